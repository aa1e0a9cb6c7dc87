// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/deadlinefield.h"

#include "fields/deadlineinput.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace yttra {

DeadlineField::DeadlineField(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_meaning(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 2);
    layout->addWidget(m_meaning, 3);
    m_edit->setPlaceholderText(tr("e.g. 2026-06-30, juni 2026, Q4 2026, tertial 1 2027, löpande"));
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meaning->setWordWrap(true);
    m_meaning->setForegroundRole(QPalette::PlaceholderText);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &DeadlineField::edited);
}

void DeadlineField::setLanguage(const QString &language)
{
    m_language = language;
    if (const auto parsed = DeadlineInput::parse(m_edit->text()))
        showMeaning(parsed.value());
}

void DeadlineField::setDeadline(const QString &canonical)
{
    const auto parsed = Deadline::parse(canonical);
    const Deadline deadline = parsed ? parsed.value() : Deadline();
    const QString shown = DeadlineInput::editText(deadline, m_language);
    // The text typed stays as typed while it means this deadline ("Q4 2026" is not rewritten
    // to "kvartal 4 2026" under the user's cursor).
    const auto current = DeadlineInput::parse(m_edit->text());
    if (!(current && current.value() == deadline))
        m_edit->setText(shown);
    m_valid = true;
    m_edit->setStyleSheet(QString());
    m_edit->setToolTip(QString());
    showMeaning(deadline);
}

void DeadlineField::setPendingText(const QString &typed)
{
    m_edit->setText(typed);
    const auto parsed = DeadlineInput::parse(typed);
    if (parsed)
        showMeaning(parsed.value());
    else
        markInvalid(parsed.error());
}

QString DeadlineField::text() const
{
    return m_edit->text();
}

void DeadlineField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void DeadlineField::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_meaning->setAccessibleName(tr("%1 as read").arg(name));
}

void DeadlineField::edited(const QString &typed)
{
    const auto parsed = DeadlineInput::parse(typed);
    if (!parsed) {
        markInvalid(parsed.error());
        Q_EMIT invalidTextEdited(typed, parsed.error());
        return;
    }
    m_valid = true;
    m_edit->setStyleSheet(QString());
    m_edit->setToolTip(QString());
    showMeaning(parsed.value());
    Q_EMIT deadlineEdited(parsed.value().toString());
}

void DeadlineField::showMeaning(const Deadline &deadline)
{
    m_valid = true;
    m_meaning->setStyleSheet(QString());
    if (deadline.isNone()) {
        m_meaning->setText(tr("No deadline"));
        return;
    }
    const QString words = deadline.displayText(m_language);
    const auto last = deadline.lastDay();
    // The document's words, unless the field already shows them; and the last day it means.
    const bool sameWords = m_edit->text().trimmed().compare(words, Qt::CaseInsensitive) == 0;
    QString text;
    if (last && deadline.form() != Deadline::Form::Date)
        text = sameWords ? tr("at the latest %1").arg(last->toString(Qt::ISODate))
                         : tr("%1 (at the latest %2)").arg(words, last->toString(Qt::ISODate));
    else
        text = sameWords ? QString() : words;
    m_meaning->setText(text.isEmpty() ? QString() : u"→ "_s + text);
}

void DeadlineField::markInvalid(const QString &why)
{
    m_valid = false;
    m_edit->setStyleSheet(u"QLineEdit { border: 1px solid #c42b1c; background: #fde7e9; }"_s);
    m_edit->setToolTip(why);
    m_meaning->setStyleSheet(u"QLabel { color: #c42b1c; }"_s);
    m_meaning->setText(tr("Not a deadline yet; not saved until it is one"));
}

} // namespace yttra

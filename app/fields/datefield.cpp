// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/datefield.h"

#include "model/statement.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace yttra {

DateField::DateField(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_button);
    // The field and its button stay together at the left, however wide the form is.
    layout->addStretch(1);
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_edit->setMaxLength(10);
    m_edit->setClearButtonEnabled(true);
    // Wide enough for a date and the clear button, not for a sentence: the field says what
    // it holds.
    const int textWidth = std::max(m_edit->fontMetrics().horizontalAdvance(u"0000-00-00"_s),
                                   m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()));
    m_edit->setFixedWidth(textWidth + m_edit->fontMetrics().height() + 28);
    m_edit->installEventFilter(this);
    m_button->setText(tr("…", "calendar button"));
    m_button->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    // Alt+Down opens the calendar from the text: the button need not take a tab stop.
    m_button->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { markInvalid(!isValid()); });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
}

QString DateField::text() const
{
    return m_edit->text().trimmed();
}

void DateField::setText(const QString &isoDate)
{
    if (m_edit->text() != isoDate)
        m_edit->setText(isoDate);
    markInvalid(!isValid());
}

bool DateField::isValid() const
{
    const QString t = text();
    return t.isEmpty() || Statement::isValidDate(t);
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_button->setEnabled(!readOnly);
}

void DateField::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
}

void DateField::edited(const QString &)
{
    if (isValid()) {
        markInvalid(false);
        Q_EMIT dateEdited(text());
    } else if (text().size() >= 10) {
        markInvalid(true); // a whole date that is not one: say so now, not only on leaving
    }
}

void DateField::markInvalid(bool invalid)
{
    if (invalid == m_edit->property("invalid").toBool())
        return;
    m_edit->setProperty("invalid", invalid);
    m_edit->setStyleSheet(invalid ? u"QLineEdit { border: 1px solid #c42b1c; background: #fde7e9; }"_s : QString());
    m_edit->setToolTip(invalid ? tr("Not a date: write it as YYYY-MM-DD, for example 2026-05-15, or leave the field empty.")
                               : QString());
}

void DateField::showCalendar()
{
    if (m_edit->isReadOnly())
        return;
    QMenu popup(this);
    auto *calendar = new QCalendarWidget(&popup);
    calendar->setObjectName(u"calendar"_s);
    calendar->setGridVisible(true);
    calendar->setFirstDayOfWeek(Qt::Monday);
    const QDate shown = QDate::fromString(text(), Qt::ISODate);
    calendar->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
    auto *action = new QWidgetAction(&popup);
    action->setDefaultWidget(calendar);
    popup.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &popup, [this, &popup](QDate date) {
        m_edit->setText(date.toString(Qt::ISODate));
        popup.close();
        markInvalid(false);
        Q_EMIT dateEdited(text());
    });
    calendar->setFocus();
    popup.exec(m_button->mapToGlobal(QPoint(m_button->width() - popup.sizeHint().width(), m_button->height())));
    m_edit->setFocus();
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace yttra

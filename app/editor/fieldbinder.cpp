// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/fieldbinder_p.h"

#include "document/statementdocument.h"
#include "document/statementfields.h"
#include "fields/datefield.h"
#include "fields/deadlinefield.h"
#include "fields/markdowntextedit.h"
#include "fields/richtextedit.h"
#include "fields/undoshortcutfilter.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace yttra {

FieldBinder::FieldBinder(QObject *parent) : QObject(parent) {}

void FieldBinder::setDocument(StatementDocument *document)
{
    // Text typed into the document shown so far belongs to it, not to the next one.
    commitPendingEdits();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_pendingDeadlines.clear();
    if (m_document) {
        connect(m_document, &StatementDocument::fieldChanged, this, &FieldBinder::fieldChanged);
        connect(m_document, &StatementDocument::pendingEditsRequested, this, &FieldBinder::commitPendingEdits, Qt::DirectConnection);
    }
    reload();
}

void FieldBinder::setPrefix(const QString &prefix)
{
    // Text typed into this item's field belongs to this item, however the form moves on.
    commitPendingEdits();
    m_prefix = prefix;
    reload();
    applyCommentMarks();
}

void FieldBinder::commitPendingEdits()
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.kind == Kind::Rich && binding.widget)
            static_cast<RichTextEdit *>(binding.widget.data())->commit();
    }
}

void FieldBinder::setCommentMarks(const QHash<QString, QStringList> &openComments)
{
    m_commentMarks = openComments;
    applyCommentMarks();
}

void FieldBinder::applyCommentMarks()
{
    // The field's own background turns pale yellow, as a highlighter pen would mark it, and
    // its tooltip says what was said; the widget's own tooltip comes back when the mark goes.
    static const char ownToolTip[] = "yttraOwnToolTip";
    for (const Binding &binding : std::as_const(m_bindings)) {
        QWidget *widget = widgetFor(m_prefix + binding.path);
        if (!widget)
            continue;
        const QStringList comments = m_commentMarks.value(m_prefix + binding.path);
        const bool wasMarked = widget->property(commentMarkProperty).toBool();
        if (comments.isEmpty() == !wasMarked) {
            if (!comments.isEmpty())
                widget->setToolTip(commentToolTip(comments));
            continue;
        }
        if (comments.isEmpty()) {
            widget->setPalette(QPalette());
            widget->setToolTip(widget->property(ownToolTip).toString());
        } else {
            widget->setProperty(ownToolTip, widget->toolTip());
            QPalette palette = widget->palette();
            palette.setColor(QPalette::Base, commentMarkColour());
            widget->setPalette(palette);
            widget->setToolTip(commentToolTip(comments));
        }
        widget->setProperty(commentMarkProperty, !comments.isEmpty());
        // A style sheet that asks for the property sees it only when polished again.
        if (!widget->styleSheet().isEmpty()) {
            widget->style()->unpolish(widget);
            widget->style()->polish(widget);
        }
    }
}

QString FieldBinder::commentToolTip(const QStringList &comments)
{
    QStringList lines{tr("%n open comment(s):", nullptr, static_cast<int>(comments.size()))};
    for (const QString &text : comments)
        lines.append(u"• "_s + (text.size() > 200 ? text.left(200) + u'…' : text));
    return lines.join(u'\n');
}

void FieldBinder::add(QWidget *widget, QWidget *focusWidget, const QString &path, Kind kind)
{
    m_byPath.insert(path, m_bindings.size());
    m_bindings.append({widget, path, kind});
    // Ctrl+Z in a field undoes the document's last step, not the field's own history.
    UndoShortcutFilter::install(focusWidget);
}

void FieldBinder::bind(QLineEdit *edit, const QString &path)
{
    const qsizetype index = m_bindings.size();
    add(edit, edit, path, Kind::Line);
    connect(edit, &QLineEdit::textEdited, this, [this, index](const QString &text) { write(index, text, true); });
}

void FieldBinder::bind(RichTextEdit *edit, const QString &path)
{
    const qsizetype index = m_bindings.size();
    add(edit, edit->textEdit(), path, Kind::Rich);
    connect(edit, &RichTextEdit::markdownEdited, this, [this, index](const QString &md) { write(index, md, true); });
}

void FieldBinder::bind(DateField *edit, const QString &path)
{
    const qsizetype index = m_bindings.size();
    add(edit, edit->lineEdit(), path, Kind::Date);
    connect(edit, &DateField::dateEdited, this, [this, index](const QString &date) { write(index, date, true); });
}

void FieldBinder::bind(DeadlineField *edit, const QString &path)
{
    const qsizetype index = m_bindings.size();
    add(edit, edit->lineEdit(), path, Kind::Deadline);
    connect(edit, &DeadlineField::deadlineEdited, this, [this, index](const QString &canonical) {
        m_pendingDeadlines.remove(m_prefix + m_bindings.at(index).path);
        write(index, canonical, true);
    });
    connect(edit, &DeadlineField::invalidTextEdited, this, [this, index](const QString &typed) {
        m_pendingDeadlines.insert(m_prefix + m_bindings.at(index).path, typed);
    });
}

void FieldBinder::bind(QComboBox *combo, const QString &path)
{
    const qsizetype index = m_bindings.size();
    add(combo, combo, path, Kind::Combo);
    connect(combo, &QComboBox::activated, this, [this, index, combo](int row) {
        write(index, combo->itemData(row), false);
    });
}

void FieldBinder::bind(QPlainTextEdit *edit, const QString &path)
{
    const qsizetype index = m_bindings.size();
    edit->setUndoRedoEnabled(false);
    add(edit, edit, path, Kind::Lines);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, index, edit] {
        if (m_writing || edit->property("yttraLoading").toBool())
            return;
        QStringList lines = edit->toPlainText().split(u'\n');
        // Lines being typed are kept as they are; only blank ones between entries are dropped
        // so that Enter at the end does not store an empty board.
        lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
        write(index, lines, true);
    });
}

void FieldBinder::write(qsizetype binding, const QVariant &value, bool typing)
{
    if (!m_document || m_readOnly)
        return;
    const QString pointer = m_prefix + m_bindings.at(binding).path;
    m_writing = true;
    const auto result = m_document->setField(pointer, value, typing ? StatementDocument::Merge::Typing : StatementDocument::Merge::Separate);
    m_writing = false;
    if (!result)
        Q_EMIT editFailed(pointer, result.error());
}

void FieldBinder::reload()
{
    for (const Binding &binding : std::as_const(m_bindings))
        load(binding);
}

void FieldBinder::load(const Binding &binding)
{
    if (!binding.widget)
        return;
    const QString pointer = m_prefix + binding.path;
    const std::optional<QVariant> value = m_document ? StatementFields::value(m_document->statement(), pointer) : std::nullopt;
    // A prefix that names nothing (no measure selected) leaves the fields empty and disabled;
    // a read-only document disables the combo boxes, which have no read-only state.
    binding.widget->setEnabled(value.has_value() && !(m_readOnly && binding.kind == Kind::Combo));
    const QVariant v = value.value_or(QVariant());
    switch (binding.kind) {
    case Kind::Line: {
        auto *edit = static_cast<QLineEdit *>(binding.widget.data());
        if (edit->text() != v.toString()) {
            const int cursor = edit->cursorPosition();
            edit->setText(v.toString());
            edit->setCursorPosition(std::min(cursor, static_cast<int>(edit->text().size())));
        }
        break;
    }
    case Kind::Rich:
        static_cast<RichTextEdit *>(binding.widget.data())->setMarkdown(v.toString());
        break;
    case Kind::Date:
        static_cast<DateField *>(binding.widget.data())->setText(v.toString());
        break;
    case Kind::Deadline: {
        auto *field = static_cast<DeadlineField *>(binding.widget.data());
        if (m_document)
            field->setLanguage(m_document->statement().language);
        const auto pending = m_pendingDeadlines.constFind(pointer);
        if (pending != m_pendingDeadlines.cend())
            field->setPendingText(*pending);
        else
            field->setDeadline(v.toString());
        break;
    }
    case Kind::Combo: {
        auto *combo = static_cast<QComboBox *>(binding.widget.data());
        combo->setCurrentIndex(combo->findData(v.toString()));
        break;
    }
    case Kind::Lines: {
        auto *edit = static_cast<QPlainTextEdit *>(binding.widget.data());
        const QStringList shown = edit->toPlainText().split(u'\n');
        QStringList nonBlank = shown;
        nonBlank.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
        if (nonBlank != v.toStringList()) {
            edit->setProperty("yttraLoading", true);
            edit->setPlainText(v.toStringList().join(u'\n'));
            edit->setProperty("yttraLoading", false);
        }
        break;
    }
    }
}

void FieldBinder::fieldChanged(const QString &pointer)
{
    // What this binder wrote is already on screen; rewriting it would move the cursor.
    if (m_writing || !pointer.startsWith(m_prefix))
        return;
    const auto it = m_byPath.constFind(pointer.mid(m_prefix.size()));
    if (it == m_byPath.cend())
        return;
    if (m_bindings.at(*it).kind == Kind::Deadline)
        m_pendingDeadlines.remove(pointer);
    load(m_bindings.at(*it));
}

void FieldBinder::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (!binding.widget)
            continue;
        switch (binding.kind) {
        case Kind::Line: static_cast<QLineEdit *>(binding.widget.data())->setReadOnly(readOnly); break;
        case Kind::Rich: static_cast<RichTextEdit *>(binding.widget.data())->setReadOnly(readOnly); break;
        case Kind::Date: static_cast<DateField *>(binding.widget.data())->setReadOnly(readOnly); break;
        case Kind::Deadline: static_cast<DeadlineField *>(binding.widget.data())->setReadOnly(readOnly); break;
        case Kind::Combo: binding.widget->setEnabled(!readOnly); break;
        case Kind::Lines: static_cast<QPlainTextEdit *>(binding.widget.data())->setReadOnly(readOnly); break;
        }
    }
}

QWidget *FieldBinder::widgetFor(const QString &pointer) const
{
    if (!pointer.startsWith(m_prefix))
        return nullptr;
    const auto it = m_byPath.constFind(pointer.mid(m_prefix.size()));
    if (it == m_byPath.cend())
        return nullptr;
    const Binding &binding = m_bindings.at(*it);
    switch (binding.kind) {
    case Kind::Rich: return static_cast<RichTextEdit *>(binding.widget.data())->textEdit();
    case Kind::Date: return static_cast<DateField *>(binding.widget.data())->lineEdit();
    case Kind::Deadline: return static_cast<DeadlineField *>(binding.widget.data())->lineEdit();
    default: return binding.widget;
    }
}

QString FieldBinder::pointerAt(const QWidget *widget) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (QString pointer = pointerOf(w); !pointer.isEmpty())
            return pointer;
    }
    return {};
}

QString FieldBinder::pointerOf(const QWidget *widget) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.widget == widget || widgetFor(m_prefix + binding.path) == widget)
            return m_prefix + binding.path;
    }
    return {};
}

} // namespace yttra

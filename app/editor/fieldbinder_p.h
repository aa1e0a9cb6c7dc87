// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/statementdocument.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace yttra {

class DateField;
class DeadlineField;
class RichTextEdit;

/// Connects a form's widgets to fields of the document by JSON pointer: what the user
/// types goes to the document as one undoable edit (typing merged per field), and what the
/// document changes (undo, redo, another view) comes back to the widget. A form for one
/// item binds its widgets once, by the field's path below the item ("/text"), and moves
/// between items by changing the prefix ("/items/3"), so switching items creates nothing.
class FieldBinder : public QObject
{
    Q_OBJECT

public:
    explicit FieldBinder(QObject *parent = nullptr);

    void setDocument(StatementDocument *document);
    StatementDocument *document() const { return m_document; }
    /// The pointer the bound paths hang from; empty for the statement's own fields.
    void setPrefix(const QString &prefix);
    QString prefix() const { return m_prefix; }

    void bind(QLineEdit *edit, const QString &path);
    void bind(RichTextEdit *edit, const QString &path);
    void bind(DateField *edit, const QString &path);
    void bind(DeadlineField *edit, const QString &path);
    /// A combo box whose items carry the file's enumeration strings as their data.
    void bind(QComboBox *combo, const QString &path);
    /// A list of strings, one per line (the boards an audit is addressed to).
    void bind(QPlainTextEdit *edit, const QString &path);

    /// Shows every bound field as the document holds it.
    void reload();
    /// Writes to the document what the rich text fields hold and have not committed yet
    /// (they commit on a pause in typing).
    void commitPendingEdits();
    void setReadOnly(bool readOnly);

    /// The widget showing the field at this pointer (full pointer), or null.
    QWidget *widgetFor(const QString &pointer) const;
    /// The full pointer a bound widget shows, or empty.
    QString pointerOf(const QWidget *widget) const;
    /// The field a widget belongs to: the widget itself or one of its parents is bound.
    QString pointerAt(const QWidget *widget) const;

    /// Marks the fields that reviewers' open comments are about (by full pointer, with the
    /// comments' texts for the tooltip), here and on whichever item or measure the form shows later.
    void setCommentMarks(const QHash<QString, QStringList> &openComments);
    /// The mark: the field's background, and a property that is true while it is marked
    /// (for a field whose style sheet paints its own background).
    static QColor commentMarkColour() { return {0xff, 0xf3, 0xc4}; }
    static constexpr char commentMarkProperty[] = "yttraOpenComments";

Q_SIGNALS:
    /// The document refused what was typed (the widget keeps it).
    void editFailed(const QString &pointer, const QString &message);

private:
    enum class Kind { Line, Rich, Date, Deadline, Combo, Lines };
    struct Binding
    {
        QPointer<QWidget> widget;
        QString path;
        Kind kind;
    };

    void add(QWidget *widget, QWidget *focusWidget, const QString &path, Kind kind);
    void write(qsizetype binding, const QVariant &value, bool typing);
    void load(const Binding &binding);
    void fieldChanged(const QString &pointer);
    void applyCommentMarks();
    static QString commentToolTip(const QStringList &comments);

    QPointer<StatementDocument> m_document;
    QString m_prefix;
    QList<Binding> m_bindings;
    QHash<QString, qsizetype> m_byPath;
    /// Deadlines typed that are not deadlines (yet), by full pointer: kept for when the
    /// user comes back to the field, so nothing typed is lost by looking elsewhere.
    QHash<QString, QString> m_pendingDeadlines;
    QHash<QString, QStringList> m_commentMarks;
    bool m_writing = false;
    bool m_readOnly = false;
};

} // namespace yttra

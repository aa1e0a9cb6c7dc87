// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace yttra {

class FieldBinder;
class StatementDocument;

/// One form of the editor (the statement's details, the audit, an item, ...): shows the
/// part of the document it is for and sends edits through its FieldBinder.
class EditorPage : public QWidget
{
    Q_OBJECT

public:
    explicit EditorPage(QWidget *parent = nullptr);

    virtual void setDocument(StatementDocument *document);
    StatementDocument *document() const;
    FieldBinder *binder() const { return m_binder; }

    /// Shows the document without letting it be changed (someone else has it open); a
    /// document that is read-only itself (from a newer Yttra) is never editable.
    virtual void setReadOnly(bool readOnly);
    /// Whether the user may change the document here.
    bool isEditable() const;

    /// Puts the focus on the field at this pointer; false if the page does not show it.
    virtual bool focusPointer(const QString &pointer);

protected:
    FieldBinder *m_binder;
    bool m_readOnly = false;
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileerror.h"
#include "jsonformat.h"
#include "result.h"
#include "statement.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUndoStack>
#include <QVariant>

#include <memory>

namespace yttra {

/// One open statement: the data, the file it belongs to, and the undo stack through which
/// every change goes, so the editor, autosave, the command line and tests share one path
/// for edits. The modified flag is the undo stack's clean state.
class StatementDocument : public QObject
{
    Q_OBJECT

public:
    enum class Merge { Typing, Separate };

    explicit StatementDocument(Statement statement = {}, QObject *parent = nullptr);
    ~StatementDocument() override;

    /// Opens a file; a file from a newer Yttra opens read-only (see readOnlyReason()).
    static Result<std::unique_ptr<StatementDocument>, FileError> open(const QString &path);

    const Statement &statement() const { return m_statement; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);

    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// What open() passed over in the file rather than refuse it (a logo that cannot be
    /// read), for the user to be told.
    const QList<FormatError> &openWarnings() const { return m_openWarnings; }

    QUndoStack *undoStack() { return &m_undoStack; }

    /// Saves to the document's file, or to another path (which then becomes its file).
    Result<void, FileError> save();
    Result<void, FileError> saveAs(const QString &path);

    // Edits. Each is one undoable step; an invalid one changes nothing and says why.
    Result<void> setField(const QString &pointer, const QVariant &value, Merge merge = Merge::Typing);
    Result<void> insertItem(qsizetype index, const Item &item);
    Result<void> removeItem(qsizetype index);
    Result<void> moveItem(qsizetype from, qsizetype to);
    Result<void> insertMeasure(qsizetype index, const Measure &measure);
    Result<void> removeMeasure(qsizetype index);
    Result<void> moveMeasure(qsizetype from, qsizetype to);
    Result<void> link(qsizetype measureIndex, const QString &itemId);
    Result<void> unlink(qsizetype measureIndex, const QString &itemId);
    /// Replaces the review (comments, state, history) in one step; `text` names the step in
    /// the Edit menu. ReviewEditing builds the new review.
    Result<void> setReview(const std::optional<Review> &review, const QString &text);

Q_SIGNALS:
    void fieldChanged(const QString &pointer);
    void itemInserted(qsizetype index);
    void itemRemoved(qsizetype index);
    void itemMoved(qsizetype from, qsizetype to);
    void measureInserted(qsizetype index);
    void measureRemoved(qsizetype index);
    void measureMoved(qsizetype from, qsizetype to);
    void linksChanged(qsizetype measureIndex);
    void reviewChanged();
    /// After any change, undo and redo included.
    void changed();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    friend class DocumentCommand;

    Result<void> refuseIfReadOnly() const;
    Result<void> checkIndex(qsizetype index, qsizetype size) const;
    Statement &mutableStatement() { return m_statement; }

    Statement m_statement;
    QString m_fileName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QList<FormatError> m_openWarnings;
    QUndoStack m_undoStack;
};

} // namespace yttra

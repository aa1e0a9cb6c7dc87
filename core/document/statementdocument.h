// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "format/jsonformat.h"
#include "model/statement.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>
#include <QVariant>

#include <memory>
#include <utility>

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
    /// A read-only document refuses every edit, undo and redo, each with readOnlyReason().
    bool isReadOnly() const { return m_readOnly != ReadOnly::No; }
    /// Why it is read-only, in the user's words, for refusals and the window to show.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Makes the document read-only for a reason outside it: someone else has the file open,
    /// or the user chose to open it read-only. A file from a newer Yttra keeps its own reason.
    void setReadOnly(const QString &reason);
    /// Leaves the state setReadOnly() began (the other user closed the file). A file from a
    /// newer Yttra stays read-only, and the failure says why.
    Result<void> setEditable();
    /// What open() passed over in the file rather than refuse it (a logo that cannot be
    /// read), for the user to be told.
    const QList<FormatError> &openWarnings() const { return m_openWarnings; }

    /// A window that binds actions to the stack itself disables them while isReadOnly().
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Saves to the document's file, or to another path (which then becomes its file).
    /// Returns the warnings to tell the user (a save written directly, see SaveFile).
    /// A read-only document is never written to its own file; after setReadOnly() it may be
    /// saved under another path, which makes it the user's own and editable again.
    Result<QStringList, FileError> save();
    Result<QStringList, FileError> saveAs(const QString &path);

    /// What an edit did. An edit that would leave the statement as it is pushes no step and
    /// says so, for the caller to tell the user rather than act as if something happened.
    enum class Change { None, Made };

    // Edits. Each is one undoable step; an invalid one changes nothing and says why.
    Result<Change> setField(const QString &pointer, const QVariant &value, Merge merge = Merge::Typing);
    Result<Change> insertItem(qsizetype index, const Item &item);
    Result<Change> removeItem(qsizetype index);
    Result<Change> moveItem(qsizetype from, qsizetype to);
    /// Inserts a copy of the item after it, under a new id, linked to the same measures.
    Result<Change> duplicateItem(qsizetype index);
    Result<Change> insertMeasure(qsizetype index, const Measure &measure);
    Result<Change> removeMeasure(qsizetype index);
    Result<Change> moveMeasure(qsizetype from, qsizetype to);
    Result<Change> insertSignature(qsizetype index, const Signature &signature);
    Result<Change> removeSignature(qsizetype index);
    Result<Change> moveSignature(qsizetype from, qsizetype to);
    Result<Change> link(qsizetype measureIndex, const QString &itemId);
    Result<Change> unlink(qsizetype measureIndex, const QString &itemId);
    /// Links exactly these measures (by id) to the item and unlinks the others, in one step
    /// named `text` (empty: "Link measures").
    Result<Change> setMeasuresOfItem(const QString &itemId, const QStringList &measureIds, const QString &text = {});
    /// Links the measure at this index to exactly these items (by id) in one step: links it
    /// keeps stay where they are, new ones follow in the given order.
    Result<Change> setItemsOfMeasure(qsizetype measureIndex, const QStringList &itemIds, const QString &text = {});
    /// Replaces the review (comments, state, history) in one step; `text` names the step in
    /// the Edit menu. ReviewEditing builds the new review.
    Result<Change> setReview(const std::optional<Review> &review, const QString &text);
    /// Undo and redo, refused while the document is read-only. Pending edits are committed
    /// first, so that undo takes back what the user typed last.
    Result<Change> undo();
    Result<Change> redo();

    /// Asks editors that hold text not yet committed (a field that commits on a pause in
    /// typing) to commit it now: before every other change of the document, before it is
    /// undone, redone or saved, and (by whoever does it) before it is read for output.
    void commitPendingEdits();

Q_SIGNALS:
    void fieldChanged(const QString &pointer);
    void itemInserted(qsizetype index);
    void itemRemoved(qsizetype index);
    void itemMoved(qsizetype from, qsizetype to);
    void measureInserted(qsizetype index);
    void measureRemoved(qsizetype index);
    void measureMoved(qsizetype from, qsizetype to);
    void signatureInserted(qsizetype index);
    void signatureRemoved(qsizetype index);
    void signatureMoved(qsizetype from, qsizetype to);
    void linksChanged(qsizetype measureIndex);
    void reviewChanged();
    /// After any change, undo and redo included.
    void changed();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    void readOnlyChanged(bool readOnly);
    /// From commitPendingEdits(). Connect directly: whoever emits it reads the document as
    /// soon as it returns.
    void pendingEditsRequested();

private:
    friend class DocumentCommand;

    /// Every change goes on the undo stack through here.
    void push(QUndoCommand *command);

    /// A measure (by index) and an item (by id) it links to, or is to link to.
    using Link = std::pair<qsizetype, QString>;

    /// Why it cannot be changed: only a file from a newer Yttra keeps that however it is saved.
    enum class ReadOnly { No, NewerFormat, Set };

    Result<Change> refuseIfReadOnly() const;
    Result<Change> checkIndex(qsizetype index, qsizetype size) const;
    /// A new item's or measure's id: not empty, not `taken` (else `whenTaken` is the
    /// refusal), and of the letters ids are made of.
    Result<Change> checkNewId(const QString &id, bool taken, const QString &whenTaken) const;
    /// Whether a move within a list of `size` may be made: the document is editable and both
    /// indexes are in the list.
    Result<Change> checkMove(qsizetype from, qsizetype to, qsizetype size) const;
    /// The ids a measure is to link to: each an item of the statement, and only once.
    Result<Change> checkItemIds(const QStringList &itemIds) const;
    /// Makes and breaks these links (already checked) in one step named `text`, leaving out
    /// those that are already so.
    Change pushLinks(const QList<Link> &links, const QList<Link> &unlinks, const QString &text);
    Statement &mutableStatement() { return m_statement; }

    Statement m_statement;
    QString m_fileName;
    ReadOnly m_readOnly = ReadOnly::No;
    QString m_readOnlyReason;
    QList<FormatError> m_openWarnings;
    QUndoStack m_undoStack;
};

} // namespace yttra

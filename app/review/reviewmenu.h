// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/review.h"
#include "model/statement.h"
#include "review/commentmerge.h"

#include <QMenu>
#include <QPointer>

namespace yttra {

class CommentsPane;
class Settings;
class StatementDocument;
class StatementEditor;

/// The Review menu: the draft's review state (each change recorded in the history with who
/// and when), a comment on the field the user is in, taking a reviewer's comments back from
/// their copy, and comparing two versions. The window adds its own review actions to it.
class ReviewMenu : public QMenu
{
    Q_OBJECT

public:
    ReviewMenu(StatementEditor *editor, CommentsPane *comments, Settings *settings, QWidget *parent = nullptr);

    void setDocument(StatementDocument *document);
    /// Whether the review may be changed here: not when the file cannot be saved.
    void setCommentingAllowed(bool allowed);

    QAction *stateAction(ReviewState state) const;
    QAction *commentAction() const { return m_comment; }
    QAction *importCommentsAction() const { return m_import; }
    QAction *compareAction() const { return m_compare; }

    /// Moves the draft to another state; false when the user gives no name or it fails.
    bool changeState(ReviewState state);
    /// Takes the comments and replies of a reviewer's copy into the open statement and says
    /// what came in and which comments are about text that has changed since.
    bool importComments(const QString &path);
    /// Takes the comments and replies of a copy into the open statement as one undoable
    /// step, without saying anything: for readers of other formats (a review in Word).
    Result<CommentMergeResult> mergeComments(const Statement &copy);
    /// What a merge brought in from `source`, for the user: the counts, then each comment
    /// about text that has changed since, by its place.
    QString describe(const CommentMergeResult &result, const QString &source) const;

Q_SIGNALS:
    /// The comments pane should be shown (a comment is being written, or came in).
    void commentsWanted();
    /// A short note for the status bar.
    void message(const QString &text);

private:
    void updateActions();
    void chooseCopy();
    void compareVersions();

    QPointer<StatementEditor> m_editor;
    CommentsPane *m_comments;
    Settings *m_settings;
    QPointer<StatementDocument> m_document;
    bool m_allowed = true;
    QMenu *m_stateMenu;
    QList<QAction *> m_states; // in the order of ReviewState
    QAction *m_comment;
    QAction *m_import;
    QAction *m_compare;
};

} // namespace yttra

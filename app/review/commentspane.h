// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

namespace Ui {
class CommentsPane;
}

class QTreeWidget;
class QTreeWidgetItem;

namespace yttra {

struct Comment;
class Settings;
class StatementDocument;
class StatementEditor;

/// The reviewers' comments beside the form: those on the part shown or on the whole
/// statement, with their replies; writing a comment on the field the user was last in (with
/// the text selected there), replying, resolving and reopening, going to a comment's field;
/// and the review's history. Every change is one step on the document's undo stack.
class CommentsPane : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { CurrentPart, WholeStatement };

    explicit CommentsPane(QWidget *parent = nullptr);
    ~CommentsPane() override;

    /// The editor whose document, current part and fields the comments are about.
    void setEditor(StatementEditor *editor);
    /// Where the author's name comes from (Settings::ReviewerName).
    void setSettings(Settings *settings);
    /// Whether comments may be written and changed: not when the file cannot be saved here.
    void setCommentingAllowed(bool allowed);

    void setScope(Scope scope);
    Scope scope() const;
    void setShowResolved(bool show);

    QTreeWidget *list() const;
    QTreeWidget *history() const;
    /// The id of the comment selected (or whose reply is selected), or empty.
    QString selectedComment() const;
    void selectComment(const QString &id);

    /// Opens the box to write a comment on the editor's current field.
    void startComment();
    /// Opens the box to write a reply to the selected comment.
    void startReply();
    /// Adds what is written in the box; false (saying why) when it cannot.
    bool submit();
    void cancel();
    bool isComposing() const;
    /// Resolves the selected comment, or reopens it when it is resolved.
    void toggleResolved();
    /// Shows the selected comment's field in the editor.
    void revealSelected();

    /// The user's name for comments and the history (Settings::ReviewerName), asked for
    /// once when the settings have none; empty when the user gives none.
    static QString reviewerName(QWidget *parent, Settings *settings);

Q_SIGNALS:
    /// A short note for the status bar.
    void message(const QString &text);

private:
    enum class Compose { Nothing, Comment, Reply };

    void refresh();
    void refreshHistory();
    void updateButtons();
    void updateComposeTarget();
    /// "Åtgärdsområde 2, expected effect" (StatementEditor::fieldPlaceOf).
    QString placeOf(const QString &target) const;
    StatementDocument *document() const;
    const Comment *commentWithId(const QString &id) const;

    std::unique_ptr<Ui::CommentsPane> m_ui;
    QPointer<StatementEditor> m_editor;
    QPointer<StatementDocument> m_document;
    Settings *m_settings = nullptr;
    bool m_allowed = true;
    Compose m_compose = Compose::Nothing;
    QString m_target;  // the field a new comment is about
    QString m_replyTo; // the comment a reply answers
};

} // namespace yttra

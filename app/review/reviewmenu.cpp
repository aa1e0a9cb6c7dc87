// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewmenu.h"

#include "base/savefile.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "document/statementdocument.h"
#include "editor/statementeditor.h"
#include "format/statementfile.h"
#include "review/commentspane.h"
#include "review/comparedialog.h"
#include "review/reviewediting.h"

#include <QActionGroup>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace yttra {

ReviewMenu::ReviewMenu(StatementEditor *editor, CommentsPane *comments, Settings *settings, QWidget *parent)
    : QMenu(tr("&Review"), parent), m_editor(editor), m_comments(comments), m_settings(settings)
{
    setObjectName(u"menuReview"_s);
    m_comment = addAction(tr("&Comment on This Field…"), this, [this] {
        Q_EMIT commentsWanted();
        m_comments->startComment();
    });
    m_comment->setObjectName(u"actionComment"_s);
    m_comment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    addSeparator();

    m_stateMenu = addMenu(tr("&State"));
    m_stateMenu->setObjectName(u"menuReviewState"_s);
    auto *group = new QActionGroup(this);
    for (const auto &entry : reviewStateNames) {
        const ReviewState state = entry.first;
        // &1 … &5, in the order a draft goes through them.
        QAction *action = m_stateMenu->addAction(u"&%1 %2"_s.arg(m_states.size() + 1).arg(ReviewEditing::stateName(state)));
        action->setObjectName(u"actionState_"_s + QString::fromUtf16(entry.second));
        action->setCheckable(true);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, state] { changeState(state); });
        m_states.append(action);
    }
    addSeparator();
    m_import = addAction(tr("&Import Comments From…"), this, &ReviewMenu::chooseCopy);
    m_import->setObjectName(u"actionImportComments"_s);
    m_compare = addAction(tr("Compare &Versions…"), this, &ReviewMenu::compareVersions);
    m_compare->setObjectName(u"actionCompareVersions"_s);
    updateActions();
}

QAction *ReviewMenu::stateAction(ReviewState state) const
{
    return m_states.value(static_cast<int>(state));
}

void ReviewMenu::setDocument(StatementDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &StatementDocument::reviewChanged, this, &ReviewMenu::updateActions);
    updateActions();
}

void ReviewMenu::setCommentingAllowed(bool allowed)
{
    m_allowed = allowed;
    updateActions();
}

void ReviewMenu::updateActions()
{
    const bool can = m_allowed && m_document && !m_document->isReadOnly();
    const ReviewState state = m_document && m_document->statement().review ? m_document->statement().review->state : ReviewState::Draft;
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        m_states.at(i)->setChecked(static_cast<int>(state) == i);
        m_states.at(i)->setEnabled(can);
    }
    m_stateMenu->setTitle(tr("&State: %1").arg(ReviewEditing::stateName(state)));
    m_comment->setEnabled(can);
    m_import->setEnabled(can);
    m_compare->setEnabled(m_document != nullptr);
}

bool ReviewMenu::changeState(ReviewState state)
{
    if (!m_document || !m_allowed) {
        updateActions();
        return false;
    }
    const QString by = CommentsPane::reviewerName(this, m_settings);
    const auto changed = by.isEmpty() ? Result<void>::failure(tr("a change of state needs your name (Settings)"))
                                      : ReviewEditing::changeState(*m_document, state, by);
    if (!changed)
        MessageBox::warning(parentWidget(), tr("Cannot change the review state"), changed.error());
    else
        Q_EMIT message(tr("The statement is now: %1").arg(ReviewEditing::stateName(state)));
    updateActions(); // a refused change leaves the old state checked
    return changed.ok();
}

void ReviewMenu::chooseCopy()
{
    const QString folder = m_document && !m_document->fileName().isEmpty() ? QFileInfo(m_document->fileName()).absolutePath() : QString();
    const QString path = FileDialog::openFileName(parentWidget(), tr("Import Comments From"), folder,
                                                  FileDialog::statementFilter());
    if (!path.isEmpty())
        importComments(path);
}

bool ReviewMenu::importComments(const QString &path)
{
    const QString title = tr("Cannot import comments");
    if (!m_document || !m_allowed || m_document->isReadOnly())
        return false;
    if (!m_document->fileName().isEmpty() && SaveFile::isSameFile(m_document->fileName(), path)) {
        MessageBox::warning(parentWidget(), title,
                            tr("%1 is the open statement's own file: choose the copy a reviewer sent back.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const auto copy = StatementFile::load(path);
    if (!copy) {
        MessageBox::critical(parentWidget(), title, copy.error().text());
        return false;
    }
    const auto merged = mergeComments(copy.value().statement);
    if (!merged) {
        MessageBox::critical(parentWidget(), title, merged.error());
        return false;
    }
    const CommentMergeResult &result = merged.value();
    const QString name = QFileInfo(path).fileName();
    if (result.isEmpty()) {
        MessageBox::information(parentWidget(), tr("Import Comments"), tr("%1 has no comments that are not here already.").arg(name));
        return true;
    }
    if (!result.conflicts.isEmpty())
        MessageBox::warning(parentWidget(), tr("Comments imported, with conflicts"), describe(result, name));
    else
        MessageBox::information(parentWidget(), tr("Comments imported"), describe(result, name));
    Q_EMIT message(tr("Imported the comments from %1. Undo takes them away again.").arg(name));
    return true;
}

Result<CommentMergeResult> ReviewMenu::mergeComments(const Statement &copy)
{
    if (!m_document || !m_allowed || m_document->isReadOnly())
        return Result<CommentMergeResult>::failure(tr("the statement's comments cannot be changed here"));
    auto merged = ReviewEditing::importComments(*m_document, copy);
    if (merged)
        Q_EMIT commentsWanted();
    return merged;
}

QString ReviewMenu::describe(const CommentMergeResult &result, const QString &source) const
{
    QStringList said{tr("%n new comment(s)", nullptr, result.added), tr("%n new reply(-ies)", nullptr, result.repliesAdded + result.repliesOnAdded)};
    if (result.resolvedChanged > 0)
        said.append(tr("%n comment(s) resolved or reopened", nullptr, result.resolvedChanged));
    QString text = tr("From %1: %2.").arg(source, said.join(u", "_s));
    if (!result.conflicts.isEmpty()) {
        QStringList lines;
        for (const CommentConflict &conflict : result.conflicts) {
            const QString place = m_editor ? m_editor->fieldPlaceOf(conflict.target) : conflict.target;
            lines.append(conflict.quote.isEmpty() ? tr("• %1: %2").arg(place, conflict.reason)
                                                  : tr("• %1, “%2”: %3").arg(place, conflict.quote, conflict.reason));
        }
        text += u"\n\n"_s + tr("%n comment(s) are about text that has changed since:", nullptr, static_cast<int>(result.conflicts.size()))
                + u'\n' + lines.join(u'\n');
    }
    return text;
}

void ReviewMenu::compareVersions()
{
    if (!m_document)
        return;
    m_document->commitPendingEdits();
    const QString name = m_document->fileName().isEmpty() ? tr("the open statement")
                                                          : tr("%1 (as it is now)").arg(QFileInfo(m_document->fileName()).fileName());
    CompareDialog dialog(m_document->statement(), name, parentWidget());
    dialog.setObjectName(u"compareDialog"_s);
    dialog.exec();
}

} // namespace yttra

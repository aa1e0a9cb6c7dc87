// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/commentspane.h"
#include "ui_commentspane.h"

#include "common/messagebox.h"
#include "document/navigatormodel.h"
#include "document/statementdocument.h"
#include "editor/statementeditor.h"
#include "review/reviewediting.h"
#include "session/settings.h"

#include <QDateTime>
#include <QHeaderView>
#include <QListView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr int CommentIdRole = Qt::UserRole + 1;

// A stored time stamp as the user's locale writes it, in the user's time zone.
QString shownTime(const QString &stamp)
{
    const QDateTime at = QDateTime::fromString(stamp, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : stamp;
}

QString shortened(const QString &text, qsizetype length)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length) + u'…' : simple;
}

} // namespace

CommentsPane::CommentsPane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::CommentsPane>())
{
    m_ui->setupUi(this);
    m_ui->composeButtons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    m_ui->historyList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyList->header()->setStretchLastSection(true);

    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, &CommentsPane::refresh);
    connect(m_ui->showResolvedCheck, &QCheckBox::toggled, this, &CommentsPane::refresh);
    connect(m_ui->commentList, &QTreeWidget::currentItemChanged, this, &CommentsPane::updateButtons);
    connect(m_ui->commentList, &QTreeWidget::itemActivated, this, &CommentsPane::revealSelected);
    connect(m_ui->newButton, &QPushButton::clicked, this, &CommentsPane::startComment);
    connect(m_ui->replyButton, &QPushButton::clicked, this, &CommentsPane::startReply);
    connect(m_ui->resolveButton, &QPushButton::clicked, this, &CommentsPane::toggleResolved);
    connect(m_ui->goToButton, &QPushButton::clicked, this, &CommentsPane::revealSelected);
    connect(m_ui->composeButtons, &QDialogButtonBox::accepted, this, &CommentsPane::submit);
    connect(m_ui->composeButtons, &QDialogButtonBox::rejected, this, &CommentsPane::cancel);
    refresh();
}

CommentsPane::~CommentsPane() = default;

void CommentsPane::setEditor(StatementEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (editor) {
        connect(editor->navigator()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
            if (scope() == Scope::CurrentPart)
                refresh();
            updateComposeTarget();
        });
        connect(editor, &StatementEditor::currentFieldChanged, this, &CommentsPane::updateComposeTarget);
    }
    // The document is the editor's, whichever it shows now.
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = editor ? editor->document() : nullptr;
    if (m_document) {
        connect(m_document, &StatementDocument::reviewChanged, this, &CommentsPane::refresh);
        // Places are named after the items' headings and measures' titles, which follow
        // their order and labels; typing in other fields changes nothing here.
        for (const auto signal : {&StatementDocument::itemInserted, &StatementDocument::itemRemoved,
                                  &StatementDocument::measureInserted, &StatementDocument::measureRemoved})
            connect(m_document, signal, this, &CommentsPane::refresh);
        for (const auto signal : {&StatementDocument::itemMoved, &StatementDocument::measureMoved})
            connect(m_document, signal, this, &CommentsPane::refresh);
        connect(m_document, &StatementDocument::fieldChanged, this, [this](const QString &pointer) {
            if (pointer == u"/language" || pointer.endsWith(u"/label") || pointer.endsWith(u"/number") || pointer.endsWith(u"/title"))
                refresh();
        });
    }
    cancel();
    refresh();
}

StatementDocument *CommentsPane::document() const
{
    return m_document;
}

void CommentsPane::setSettings(Settings *settings)
{
    m_settings = settings;
}

void CommentsPane::setCommentingAllowed(bool allowed)
{
    m_allowed = allowed;
    if (!allowed)
        cancel();
    updateButtons();
}

void CommentsPane::setScope(Scope scope)
{
    m_ui->scopeCombo->setCurrentIndex(scope == Scope::CurrentPart ? 0 : 1);
}

CommentsPane::Scope CommentsPane::scope() const
{
    return m_ui->scopeCombo->currentIndex() == 0 ? Scope::CurrentPart : Scope::WholeStatement;
}

void CommentsPane::setShowResolved(bool show)
{
    m_ui->showResolvedCheck->setChecked(show);
}

QTreeWidget *CommentsPane::list() const
{
    return m_ui->commentList;
}

QTreeWidget *CommentsPane::history() const
{
    return m_ui->historyList;
}

QString CommentsPane::placeOf(const QString &target) const
{
    return m_editor ? m_editor->fieldPlaceOf(target) : target;
}

void CommentsPane::refresh()
{
    const QString selected = selectedComment();
    QTreeWidget *list = m_ui->commentList;
    list->clear();
    const Statement *statement = m_document ? &m_document->statement() : nullptr;
    const bool hasReview = statement && statement->review;
    const int currentRow = m_editor ? m_editor->navigator()->currentIndex().row() : -1;
    int shown = 0;
    int hiddenResolved = 0;
    const int open = hasReview ? statement->review->openComments() : 0;
    if (hasReview) {
        for (const Comment &comment : statement->review->comments) {
            if (scope() == Scope::CurrentPart && m_editor->navigatorModel()->rowOfPointer(comment.target) != currentRow)
                continue;
            if (comment.resolved && !m_ui->showResolvedCheck->isChecked()) {
                ++hiddenResolved;
                continue;
            }
            ++shown;
            QStringList lines{tr("%1 · %2").arg(comment.author.isEmpty() ? tr("Unknown") : comment.author, shownTime(comment.created)),
                              tr("On %1").arg(placeOf(comment.target))};
            if (!comment.quote.isEmpty())
                lines.append(u"“%1”"_s.arg(shortened(comment.quote, 120)));
            lines.append(comment.text);
            if (comment.resolved)
                lines.first().prepend(tr("Resolved — "));
            auto *item = new QTreeWidgetItem(list, {lines.join(u'\n')});
            item->setData(0, CommentIdRole, comment.id);
            item->setToolTip(0, comment.text);
            if (comment.resolved)
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            for (const Reply &reply : comment.replies) {
                auto *child = new QTreeWidgetItem(item, {tr("%1 · %2").arg(reply.author.isEmpty() ? tr("Unknown") : reply.author,
                                                                           shownTime(reply.created))
                                                         + u'\n' + reply.text});
                child->setData(0, CommentIdRole, comment.id);
                if (comment.resolved)
                    child->setForeground(0, item->foreground(0));
            }
            item->setExpanded(true);
        }
    }
    m_ui->stateLabel->setText(tr("Review: %1 · %n open comment(s)", nullptr, open)
                                  .arg(ReviewEditing::stateName(hasReview ? statement->review->state : ReviewState::Draft)));
    QString empty;
    if (shown == 0) {
        empty = scope() == Scope::CurrentPart ? tr("No comments on this part.") : tr("No comments on the statement.");
        if (hiddenResolved > 0)
            empty += u' ' + tr("%n resolved comment(s) not shown.", nullptr, hiddenResolved);
    }
    m_ui->emptyLabel->setText(empty);
    m_ui->emptyLabel->setVisible(shown == 0);
    list->setVisible(shown > 0);
    selectComment(selected);
    refreshHistory();
    updateButtons();
}

void CommentsPane::refreshHistory()
{
    QTreeWidget *list = m_ui->historyList;
    list->clear();
    if (!m_document || !m_document->statement().review)
        return;
    const Review &review = *m_document->statement().review;
    // Newest first: what happened last is what one looks for.
    for (auto it = review.history.crbegin(); it != review.history.crend(); ++it) {
        QString what;
        if (const auto change = ReviewEditing::stateChange(*it)) {
            what = tr("%1 → %2").arg(ReviewEditing::stateName(change->from), ReviewEditing::stateName(change->to));
            if (!change->note.isEmpty())
                what += u": "_s + change->note;
        } else if (it->event == u"commentResolved") {
            what = tr("Resolved a comment");
        } else if (it->event == u"commentReopened") {
            what = tr("Reopened a comment");
        } else {
            what = it->note.isEmpty() ? it->event : tr("%1: %2").arg(it->event, it->note);
        }
        new QTreeWidgetItem(list, {shownTime(it->at), it->by, what});
    }
}

QString CommentsPane::selectedComment() const
{
    const QTreeWidgetItem *item = m_ui->commentList->currentItem();
    return item ? item->data(0, CommentIdRole).toString() : QString();
}

void CommentsPane::selectComment(const QString &id)
{
    QTreeWidget *list = m_ui->commentList;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, CommentIdRole).toString() == id) {
            list->setCurrentItem(list->topLevelItem(i));
            list->scrollToItem(list->topLevelItem(i));
            return;
        }
    }
}

void CommentsPane::updateButtons()
{
    const bool can = m_allowed && m_document && !m_document->isReadOnly();
    const Comment *comment = commentWithId(selectedComment());
    m_ui->newButton->setEnabled(can);
    m_ui->replyButton->setEnabled(can && comment);
    m_ui->resolveButton->setEnabled(can && comment);
    m_ui->resolveButton->setText(comment && comment->resolved ? tr("Reo&pen") : tr("Resol&ve"));
    m_ui->goToButton->setEnabled(comment != nullptr);
}

bool CommentsPane::isComposing() const
{
    return m_compose != Compose::Nothing;
}

void CommentsPane::startComment()
{
    if (!m_allowed || !m_document || m_document->isReadOnly())
        return;
    m_compose = Compose::Comment;
    m_ui->composeBox->setTitle(tr("New comment"));
    m_ui->composeBox->show();
    updateComposeTarget();
    m_ui->composeEdit->setFocus();
}

void CommentsPane::startReply()
{
    if (!m_allowed || !m_document || m_document->isReadOnly() || selectedComment().isEmpty())
        return;
    m_compose = Compose::Reply;
    m_replyTo = selectedComment();
    m_ui->composeBox->setTitle(tr("Reply"));
    m_ui->composeBox->show();
    updateComposeTarget();
    m_ui->composeEdit->setFocus();
}

void CommentsPane::updateComposeTarget()
{
    if (m_compose == Compose::Nothing || !m_document)
        return;
    QPushButton *add = m_ui->composeButtons->button(QDialogButtonBox::Ok);
    if (m_compose == Compose::Reply) {
        if (const Comment *c = commentWithId(m_replyTo))
            m_ui->composeTarget->setText(tr("To %1 on %2: “%3”").arg(c->author, placeOf(c->target), shortened(c->text, 80)));
        add->setEnabled(true);
        return;
    }
    // A new comment is about the field the user was last in; going to another field
    // while writing moves it there.
    m_target = m_editor ? m_editor->currentField() : QString();
    if (m_target.isEmpty()) {
        m_ui->composeTarget->setText(tr("Click in the field the comment is about, and select the words if it is about some."));
        add->setEnabled(false);
        return;
    }
    const QString quote = m_editor->selectedText(m_target);
    m_ui->composeTarget->setText(quote.isEmpty() ? tr("On %1").arg(placeOf(m_target))
                                                 : tr("On %1: “%2”").arg(placeOf(m_target), shortened(quote, 80)));
    add->setEnabled(true);
}

QString CommentsPane::reviewerName(QWidget *parent, Settings *settings)
{
    QString name = settings ? settings->value(Settings::ReviewerName) : QString();
    if (!name.isEmpty())
        return name;
    const auto given = MessageBox::askText(parent, tr("Your Name"), tr("Your name, as it stands on your comments and in the review's history:"));
    if (!given || given->trimmed().isEmpty())
        return {};
    name = given->trimmed();
    if (settings)
        Q_UNUSED(settings->setValue(Settings::ReviewerName, name)); // asked again next time if refused
    return name;
}

bool CommentsPane::submit()
{
    if (!isComposing() || !m_document)
        return false;
    const QString text = m_ui->composeEdit->toPlainText().trimmed();
    if (text.isEmpty()) {
        Q_EMIT message(tr("Write the comment first."));
        m_ui->composeEdit->setFocus();
        return false;
    }
    const QString name = reviewerName(this, m_settings);
    if (name.isEmpty()) {
        Q_EMIT message(tr("A comment needs your name: set it in Settings."));
        return false;
    }
    QString id = m_replyTo;
    Result<void> done;
    if (m_compose == Compose::Comment) {
        if (m_target.isEmpty())
            return false;
        const auto added = ReviewEditing::addComment(*m_document, m_target, m_editor->selectedText(m_target), name, text);
        if (added)
            id = added.value();
        else
            done = Result<void>::failure(added.error());
    } else {
        done = ReviewEditing::reply(*m_document, m_replyTo, name, text);
    }
    if (!done) {
        MessageBox::warning(this, tr("Cannot add the comment"), done.error());
        return false;
    }
    cancel();
    selectComment(id);
    return true;
}

void CommentsPane::cancel()
{
    m_compose = Compose::Nothing;
    m_replyTo.clear();
    m_target.clear();
    m_ui->composeEdit->clear();
    m_ui->composeBox->hide();
}

void CommentsPane::toggleResolved()
{
    const QString id = selectedComment();
    const Comment *comment = commentWithId(id);
    if (!m_allowed || !comment)
        return;
    const bool resolved = comment->resolved;
    // Someone must stand for it in the history.
    const QString name = reviewerName(this, m_settings);
    if (name.isEmpty())
        return;
    if (const auto done = ReviewEditing::setResolved(*m_document, id, !resolved, name); !done) {
        MessageBox::warning(this, tr("Cannot change the comment"), done.error());
        return;
    }
    // Resolved comments may now be hidden; the next one is where the user goes on.
    if (!resolved && !m_ui->showResolvedCheck->isChecked() && m_ui->commentList->topLevelItemCount() > 0)
        m_ui->commentList->setCurrentItem(m_ui->commentList->topLevelItem(0));
    else
        selectComment(id);
}

void CommentsPane::revealSelected()
{
    const Comment *comment = commentWithId(selectedComment());
    if (!comment || !m_editor)
        return;
    if (StatementEditor::isRemovedPart(comment->target) || !m_editor->revealPointer(comment->target))
        Q_EMIT message(tr("The part this comment was about has been removed."));
}

const Comment *CommentsPane::commentWithId(const QString &id) const
{
    if (id.isEmpty() || !m_document || !m_document->statement().review)
        return nullptr;
    const Review &review = *m_document->statement().review;
    const qsizetype i = review.indexOfComment(id);
    return i < 0 ? nullptr : &review.comments.at(i);
}

} // namespace yttra

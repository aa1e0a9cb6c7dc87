// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentcommands_p.h"

#include "document/statementfields.h"
#include "model/commenttargets.h"

namespace yttra {

namespace {

constexpr int setFieldCommandId = 1;

// What differs between the list of items and the register of measures.
template <typename T>
struct ListOf;

template <>
struct ListOf<Item>
{
    static constexpr QStringView name = u"items";
    static QList<Item> &of(Statement &s) { return s.items; }
    static void inserted(StatementDocument *d, qsizetype i) { Q_EMIT d->itemInserted(i); }
    static void removed(StatementDocument *d, qsizetype i) { Q_EMIT d->itemRemoved(i); }
    static void moved(StatementDocument *d, qsizetype from, qsizetype to) { Q_EMIT d->itemMoved(from, to); }
};

template <>
struct ListOf<Measure>
{
    static constexpr QStringView name = u"measures";
    static QList<Measure> &of(Statement &s) { return s.measures; }
    static void inserted(StatementDocument *d, qsizetype i) { Q_EMIT d->measureInserted(i); }
    static void removed(StatementDocument *d, qsizetype i) { Q_EMIT d->measureRemoved(i); }
    static void moved(StatementDocument *d, qsizetype from, qsizetype to) { Q_EMIT d->measureMoved(from, to); }
};

template <>
struct ListOf<Signature>
{
    static constexpr QStringView name = u"signatures";
    static QList<Signature> &of(Statement &s) { return s.signatures; }
    static void inserted(StatementDocument *d, qsizetype i) { Q_EMIT d->signatureInserted(i); }
    static void removed(StatementDocument *d, qsizetype i) { Q_EMIT d->signatureRemoved(i); }
    static void moved(StatementDocument *d, qsizetype from, qsizetype to) { Q_EMIT d->signatureMoved(from, to); }
};

} // namespace

void DocumentCommand::followComments(QStringView list, const std::function<qsizetype(qsizetype)> &newIndex)
{
    std::optional<Review> &review = statement().review;
    m_commentsFollowed = false;
    if (!review)
        return;
    Review moved = *review;
    if (!CommentTargets::follow(moved, list, newIndex))
        return;
    m_reviewBefore = std::exchange(review, std::move(moved));
    m_commentsFollowed = true;
    Q_EMIT document()->reviewChanged();
}

void DocumentCommand::restoreComments()
{
    if (!m_commentsFollowed)
        return;
    // The stack is linear, so the review now is the one the redo left: put back the one before.
    statement().review = m_reviewBefore;
    m_commentsFollowed = false;
    Q_EMIT document()->reviewChanged();
}

SetFieldCommand::SetFieldCommand(StatementDocument *document, QString pointer, QVariant oldValue, QVariant newValue,
                                 bool mergeable, bool startsReview)
    : DocumentCommand(document, StatementDocument::tr("Edit %1").arg(StatementFields::label(pointer)))
    , m_pointer(std::move(pointer))
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
    , m_mergeable(mergeable)
    , m_startsReview(startsReview)
{
}

void SetFieldCommand::apply(const QVariant &value)
{
    // Both values were checked before the command was made, so setting cannot fail here.
    const auto result = StatementFields::setValue(statement(), m_pointer, value);
    Q_ASSERT(result.ok());
    Q_UNUSED(result);
    Q_EMIT document()->fieldChanged(m_pointer);
}

void SetFieldCommand::undo()
{
    apply(m_oldValue);
    if (m_startsReview)
        statement().review.reset(); // "draft" is how a missing review reads; put back the missing one
}

void SetFieldCommand::redo()
{
    apply(m_newValue);
}

int SetFieldCommand::id() const
{
    return setFieldCommandId;
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_pointer != m_pointer)
        return false;
    m_newValue = next->m_newValue;
    if (m_newValue == m_oldValue) {
        // Typing and deleting back to where it was leaves nothing to undo. The stack drops an
        // obsolete command without undoing it, so the review it started must go now.
        if (m_startsReview)
            statement().review.reset();
        setObsolete(true);
    }
    return true;
}

template <typename T>
void InsertCommand<T>::redo()
{
    ListOf<T>::of(statement()).insert(m_index, m_element);
    followComments(ListOf<T>::name, [this](qsizetype i) { return i >= m_index ? i + 1 : i; });
    ListOf<T>::inserted(document(), m_index);
}

template <typename T>
void InsertCommand<T>::undo()
{
    ListOf<T>::of(statement()).removeAt(m_index);
    restoreComments();
    ListOf<T>::removed(document(), m_index);
}

template <typename T>
void RemoveCommand<T>::redo()
{
    m_element = ListOf<T>::of(statement()).takeAt(m_index);
    if constexpr (std::is_same_v<T, Item>) {
        m_links.clear();
        QList<Measure> &measures = statement().measures;
        for (qsizetype m = 0; m < measures.size(); ++m) {
            const qsizetype position = measures.at(m).items.indexOf(m_element.id);
            if (position >= 0) {
                m_links.append({m, position});
                measures[m].items.removeAt(position);
            }
        }
    }
    followComments(ListOf<T>::name, [this](qsizetype i) { return i == m_index ? -1 : i > m_index ? i - 1 : i; });
    ListOf<T>::removed(document(), m_index);
    for (const Link &link : std::as_const(m_links))
        Q_EMIT document()->linksChanged(link.measure);
}

template <typename T>
void RemoveCommand<T>::undo()
{
    ListOf<T>::of(statement()).insert(m_index, m_element);
    if constexpr (std::is_same_v<T, Item>) {
        for (const Link &link : std::as_const(m_links))
            statement().measures[link.measure].items.insert(link.position, m_element.id);
    }
    restoreComments();
    ListOf<T>::inserted(document(), m_index);
    for (const Link &link : std::as_const(m_links))
        Q_EMIT document()->linksChanged(link.measure);
}

template <typename T>
void MoveCommand<T>::redo()
{
    ListOf<T>::of(statement()).move(m_from, m_to);
    followComments(ListOf<T>::name, [this](qsizetype i) {
        if (i == m_from)
            return m_to;
        if (m_from < m_to && i > m_from && i <= m_to)
            return i - 1;
        if (m_to < m_from && i >= m_to && i < m_from)
            return i + 1;
        return i;
    });
    ListOf<T>::moved(document(), m_from, m_to);
}

template <typename T>
void MoveCommand<T>::undo()
{
    ListOf<T>::of(statement()).move(m_to, m_from);
    restoreComments();
    ListOf<T>::moved(document(), m_to, m_from);
}

template class InsertCommand<Item>;
template class InsertCommand<Measure>;
template class RemoveCommand<Item>;
template class RemoveCommand<Measure>;
template class MoveCommand<Item>;
template class MoveCommand<Measure>;
template class InsertCommand<Signature>;
template class RemoveCommand<Signature>;
template class MoveCommand<Signature>;

SetReviewCommand::SetReviewCommand(StatementDocument *document, std::optional<Review> before, std::optional<Review> after,
                                   const QString &text)
    : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetReviewCommand::apply(const std::optional<Review> &review)
{
    statement().review = review;
    Q_EMIT document()->reviewChanged();
}

void SetReviewCommand::redo()
{
    apply(m_after);
}

void SetReviewCommand::undo()
{
    apply(m_before);
}

LinkCommand::LinkCommand(StatementDocument *document, qsizetype measure, QString itemId, bool link, const QString &text,
                         QUndoCommand *parent)
    : DocumentCommand(document, text, parent), m_measure(measure), m_itemId(std::move(itemId)), m_link(link)
{
}

void LinkCommand::set(bool linked)
{
    QStringList &items = statement().measures[m_measure].items;
    if (linked) {
        items.insert(m_position < 0 ? items.size() : std::min(m_position, items.size()), m_itemId);
    } else {
        m_position = items.indexOf(m_itemId);
        items.removeAt(m_position);
    }
    Q_EMIT document()->linksChanged(m_measure);
}

void LinkCommand::redo()
{
    set(m_link);
}

void LinkCommand::undo()
{
    set(!m_link);
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/statementdocument.h"

#include "base/savefile.h"
#include "document/documentcommands_p.h"
#include "document/statementfields.h"
#include "format/statementfile.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace yttra {

StatementDocument::StatementDocument(Statement statement, QObject *parent)
    : QObject(parent), m_statement(std::move(statement))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &StatementDocument::changed);
}

StatementDocument::~StatementDocument()
{
    // Commands refer to this document; drop them before its members go.
    m_undoStack.clear();
}

Result<std::unique_ptr<StatementDocument>, FileError> StatementDocument::open(const QString &path)
{
    auto read = StatementFile::load(path);
    if (!read)
        return Result<std::unique_ptr<StatementDocument>, FileError>::failure(read.error());
    auto document = std::make_unique<StatementDocument>(std::move(read.value().statement));
    document->m_fileName = path;
    document->m_readOnly = read.value().readOnly ? ReadOnly::NewerFormat : ReadOnly::No;
    document->m_readOnlyReason = read.value().notice;
    document->m_openWarnings = read.value().warnings;
    return document;
}

void StatementDocument::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

bool StatementDocument::isModified() const
{
    return !m_undoStack.isClean();
}

void StatementDocument::setReadOnly(const QString &reason)
{
    // What a newer Yttra wrote would be lost by any edit, whoever else has the file open.
    if (m_readOnly == ReadOnly::NewerFormat || (m_readOnly == ReadOnly::Set && m_readOnlyReason == reason))
        return;
    m_readOnly = ReadOnly::Set;
    m_readOnlyReason = reason;
    // Also when it was read-only already: the window shows the new reason.
    Q_EMIT readOnlyChanged(true);
}

Result<void> StatementDocument::setEditable()
{
    if (m_readOnly == ReadOnly::NewerFormat)
        return Result<void>::failure(m_readOnlyReason);
    if (m_readOnly == ReadOnly::No)
        return {};
    m_readOnly = ReadOnly::No;
    m_readOnlyReason.clear();
    Q_EMIT readOnlyChanged(false);
    return {};
}

void StatementDocument::commitPendingEdits()
{
    Q_EMIT pendingEditsRequested();
}

void StatementDocument::push(QUndoCommand *command)
{
    // Text still waiting in a field is its own step, taken before this one: it was typed
    // first, and its field's pointer may name another item once this step has moved items.
    commitPendingEdits();
    m_undoStack.push(command);
}

Result<StatementDocument::Change> StatementDocument::undo()
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    commitPendingEdits();
    if (!m_undoStack.canUndo())
        return Change::None;
    m_undoStack.undo();
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::redo()
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    commitPendingEdits();
    if (!m_undoStack.canRedo())
        return Change::None;
    m_undoStack.redo();
    return Change::Made;
}

Result<QStringList, FileError> StatementDocument::save()
{
    if (m_fileName.isEmpty())
        return Result<QStringList, FileError>::failure({FileError::Kind::CannotWrite, QString(), QString(), tr("the statement has no file name yet")});
    return saveAs(m_fileName);
}

Result<QStringList, FileError> StatementDocument::saveAs(const QString &path)
{
    // Another path is a file of the user's own, unless what a newer Yttra wrote would be lost.
    const bool ownFile = !m_fileName.isEmpty() && SaveFile::isSameFile(m_fileName, path);
    if (m_readOnly == ReadOnly::NewerFormat || (m_readOnly == ReadOnly::Set && ownFile))
        return Result<QStringList, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), m_readOnlyReason});
    commitPendingEdits();
    auto saved = StatementFile::save(m_statement, path);
    if (!saved)
        return saved;
    setFileName(path);
    m_undoStack.setClean();
    // Only a file from a newer Yttra stays read-only, and that was refused above.
    const auto editable = setEditable();
    Q_ASSERT(editable.ok());
    Q_UNUSED(editable);
    return saved;
}

// The checks below return Change::None when they pass: they change nothing themselves, and
// an edit can hand on their failure as its own.

Result<StatementDocument::Change> StatementDocument::refuseIfReadOnly() const
{
    if (isReadOnly())
        return Result<Change>::failure(m_readOnlyReason);
    return Change::None;
}

Result<StatementDocument::Change> StatementDocument::checkIndex(qsizetype index, qsizetype size) const
{
    if (index < 0 || index >= size)
        return Result<Change>::failure(tr("there is no entry number %1 (there are %2)").arg(index + 1).arg(size));
    return Change::None;
}

Result<StatementDocument::Change> StatementDocument::checkNewId(const QString &id, bool taken, const QString &whenTaken) const
{
    if (taken || id.isEmpty())
        return Result<Change>::failure(whenTaken);
    if (!Statement::isValidId(id))
        return Result<Change>::failure(tr("\"%1\" is not a valid id: use letters A-Z, digits, \"-\" and \"_\"").arg(id));
    return Change::None;
}

Result<StatementDocument::Change> StatementDocument::checkMove(qsizetype from, qsizetype to, qsizetype size) const
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(from, size); !r)
        return r;
    return checkIndex(to, size);
}

Result<StatementDocument::Change> StatementDocument::setField(const QString &pointer, const QVariant &value, Merge merge)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    const auto old = StatementFields::value(m_statement, pointer);
    if (!old)
        return Result<Change>::failure(tr("%1 is not an editable field").arg(pointer));
    if (*old == value)
        return Change::None;
    // Checked, not written: the command's first redo() writes the field, as every later redo
    // does. The checked value is as the field holds it (a QString for a typed QByteArray, a
    // list for a single addressee), so that "no change" and merging compare like with like.
    const auto checked = StatementFields::check(m_statement, pointer, value);
    if (!checked)
        return Result<Change>::failure(checked.error());
    if (checked.value() == *old)
        return Change::None;
    // Only the review state can start a review; the command does that, and undo ends it.
    const bool startsReview = !m_statement.review && pointer == u"/review/state";
    push(new SetFieldCommand(this, pointer, *old, checked.value(), merge == Merge::Typing, startsReview));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::insertItem(qsizetype index, const Item &item)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.items.size() + 1); !r)
        return r;
    if (auto r = checkNewId(item.id, m_statement.indexOfItem(item.id) >= 0,
                            tr("an item needs an id of its own; \"%1\" is taken or empty").arg(item.id));
        !r)
        return r;
    push(new InsertCommand<Item>(this, index, item, tr("Add item")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::removeItem(qsizetype index)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.items.size()); !r)
        return r;
    push(new RemoveCommand<Item>(this, index, tr("Remove item")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::moveItem(qsizetype from, qsizetype to)
{
    if (auto r = checkMove(from, to, m_statement.items.size()); !r || from == to)
        return r;
    push(new MoveCommand<Item>(this, from, to, tr("Move item")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::duplicateItem(qsizetype index)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.items.size()); !r)
        return r;
    Item copy = m_statement.items.at(index);
    const QString originalId = copy.id;
    // The copy's id starts as the original's does, so it reads as the same kind of item.
    copy.id = m_statement.unusedId(originalId.isEmpty() ? QStringView(u"r") : QStringView(originalId).left(1));
    // The copy answers with the same measures: the insert and its links are one step.
    auto step = std::make_unique<QUndoCommand>(tr("Duplicate item"));
    new InsertCommand<Item>(this, index + 1, copy, QString(), step.get());
    for (qsizetype m = 0; m < m_statement.measures.size(); ++m) {
        if (m_statement.measures.at(m).items.contains(originalId))
            new LinkCommand(this, m, copy.id, true, QString(), step.get());
    }
    push(step.release());
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::insertMeasure(qsizetype index, const Measure &measure)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.measures.size() + 1); !r)
        return r;
    if (auto r = checkNewId(measure.id, m_statement.indexOfMeasure(measure.id) >= 0,
                            tr("a measure needs an id of its own; \"%1\" is taken or empty").arg(measure.id));
        !r)
        return r;
    if (auto r = checkItemIds(measure.items); !r)
        return r;
    push(new InsertCommand<Measure>(this, index, measure, tr("Add measure")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::removeMeasure(qsizetype index)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.measures.size()); !r)
        return r;
    push(new RemoveCommand<Measure>(this, index, tr("Remove measure")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::moveMeasure(qsizetype from, qsizetype to)
{
    if (auto r = checkMove(from, to, m_statement.measures.size()); !r || from == to)
        return r;
    push(new MoveCommand<Measure>(this, from, to, tr("Move measure")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::insertSignature(qsizetype index, const Signature &signature)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.signatures.size() + 1); !r)
        return r;
    push(new InsertCommand<Signature>(this, index, signature, tr("Add signature")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::removeSignature(qsizetype index)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.signatures.size()); !r)
        return r;
    push(new RemoveCommand<Signature>(this, index, tr("Remove signature")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::moveSignature(qsizetype from, qsizetype to)
{
    if (auto r = checkMove(from, to, m_statement.signatures.size()); !r || from == to)
        return r;
    push(new MoveCommand<Signature>(this, from, to, tr("Move signature")));
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::link(qsizetype measureIndex, const QString &itemId)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(measureIndex, m_statement.measures.size()); !r)
        return r;
    if (m_statement.indexOfItem(itemId) < 0)
        return Result<Change>::failure(tr("there is no item \"%1\"").arg(itemId));
    return pushLinks({{measureIndex, itemId}}, {}, tr("Link measure"));
}

Result<StatementDocument::Change> StatementDocument::unlink(qsizetype measureIndex, const QString &itemId)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(measureIndex, m_statement.measures.size()); !r)
        return r;
    return pushLinks({}, {{measureIndex, itemId}}, tr("Unlink measure"));
}

Result<StatementDocument::Change> StatementDocument::setMeasuresOfItem(const QString &itemId, const QStringList &measureIds, const QString &text)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (m_statement.indexOfItem(itemId) < 0)
        return Result<Change>::failure(tr("there is no item \"%1\"").arg(itemId));
    for (const QString &id : measureIds) {
        if (m_statement.indexOfMeasure(id) < 0)
            return Result<Change>::failure(tr("there is no measure \"%1\"").arg(id));
    }
    QList<Link> links;
    QList<Link> unlinks;
    for (qsizetype m = 0; m < m_statement.measures.size(); ++m) {
        if (measureIds.contains(m_statement.measures.at(m).id))
            links.append({m, itemId});
        else
            unlinks.append({m, itemId});
    }
    return pushLinks(links, unlinks, text.isEmpty() ? tr("Link measures") : text);
}

Result<StatementDocument::Change> StatementDocument::setItemsOfMeasure(qsizetype measureIndex, const QStringList &itemIds, const QString &text)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(measureIndex, m_statement.measures.size()); !r)
        return r;
    if (auto r = checkItemIds(itemIds); !r)
        return r;
    QList<Link> links;
    QList<Link> unlinks;
    for (const QString &id : m_statement.measures.at(measureIndex).items) {
        if (!itemIds.contains(id))
            unlinks.append({measureIndex, id});
    }
    for (const QString &id : itemIds)
        links.append({measureIndex, id});
    return pushLinks(links, unlinks, text.isEmpty() ? tr("Link measure") : text);
}

Result<StatementDocument::Change> StatementDocument::checkItemIds(const QStringList &itemIds) const
{
    QSet<QString> linked;
    for (const QString &itemId : itemIds) {
        if (m_statement.indexOfItem(itemId) < 0)
            return Result<Change>::failure(tr("the measure links to the item \"%1\", which does not exist").arg(itemId));
        // The reader refuses a file that links twice; unlink() would also leave one behind.
        if (linked.contains(itemId))
            return Result<Change>::failure(tr("the measure links to the item \"%1\" twice").arg(itemId));
        linked.insert(itemId);
    }
    return Change::None;
}

StatementDocument::Change StatementDocument::pushLinks(const QList<Link> &links, const QList<Link> &unlinks, const QString &text)
{
    // Links that already stand and unlinks of what is not linked change nothing: leave them
    // out, so that a step that would change nothing is not pushed at all.
    const auto isLinked = [this](const Link &l) { return m_statement.measures.at(l.first).items.contains(l.second); };
    QList<Link> making;
    QList<Link> breaking;
    std::copy_if(links.cbegin(), links.cend(), std::back_inserter(making), [&](const Link &l) { return !isLinked(l); });
    std::copy_if(unlinks.cbegin(), unlinks.cend(), std::back_inserter(breaking), isLinked);
    if (making.isEmpty() && breaking.isEmpty())
        return Change::None;
    if (making.size() + breaking.size() == 1) {
        const bool link = !making.isEmpty();
        const Link &l = link ? making.first() : breaking.first();
        push(new LinkCommand(this, l.first, l.second, link, text));
        return Change::Made;
    }
    // Breaking first, then making: undo runs the parts backwards, so each link goes back to
    // the place it had.
    auto step = std::make_unique<QUndoCommand>(text);
    for (const Link &l : std::as_const(breaking))
        new LinkCommand(this, l.first, l.second, false, QString(), step.get());
    for (const Link &l : std::as_const(making))
        new LinkCommand(this, l.first, l.second, true, QString(), step.get());
    push(step.release());
    return Change::Made;
}

Result<StatementDocument::Change> StatementDocument::setReview(const std::optional<Review> &review, const QString &text)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (review == m_statement.review)
        return Change::None;
    push(new SetReviewCommand(this, m_statement.review, review, text));
    return Change::Made;
}

} // namespace yttra

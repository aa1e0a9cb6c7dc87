// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementdocument.h"

#include "documentcommands.h"
#include "statementfields.h"
#include "statementfile.h"

#include <QRegularExpression>
#include <QSet>

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
    document->m_readOnly = read.value().readOnly;
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

Result<void, FileError> StatementDocument::save()
{
    if (m_fileName.isEmpty())
        return Result<void, FileError>::failure({FileError::Kind::CannotWrite, QString(), QString(), tr("the statement has no file name yet")});
    return saveAs(m_fileName);
}

Result<void, FileError> StatementDocument::saveAs(const QString &path)
{
    if (m_readOnly)
        return Result<void, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), m_readOnlyReason});
    auto saved = StatementFile::save(m_statement, path);
    if (!saved)
        return saved;
    setFileName(path);
    m_undoStack.setClean();
    return {};
}

Result<void> StatementDocument::refuseIfReadOnly() const
{
    if (m_readOnly)
        return Result<void>::failure(m_readOnlyReason);
    return {};
}

Result<void> StatementDocument::checkIndex(qsizetype index, qsizetype size) const
{
    if (index < 0 || index >= size)
        return Result<void>::failure(tr("there is no entry number %1 (there are %2)").arg(index + 1).arg(size));
    return {};
}

Result<void> StatementDocument::setField(const QString &pointer, const QVariant &value, Merge merge)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    const auto old = StatementFields::value(m_statement, pointer);
    if (!old)
        return Result<void>::failure(tr("%1 is not an editable field").arg(pointer));
    if (*old == value)
        return {};
    // Try the value on the real statement to check it, then put the old one back: the
    // command's first redo() makes the change, as every later redo does.
    // Only the review state can start a review; the command does that, and undo ends it.
    const bool startsReview = !m_statement.review && pointer == u"/review/state";
    if (auto r = StatementFields::setValue(m_statement, pointer, value); !r)
        return r;
    // Keep the value as the field holds it (a QString for a typed QByteArray, a list for a
    // single addressee), so that "no change" and merging compare like with like.
    const QVariant newValue = StatementFields::value(m_statement, pointer).value_or(value);
    const auto restored = StatementFields::setValue(m_statement, pointer, *old);
    Q_ASSERT(restored.ok());
    Q_UNUSED(restored);
    if (startsReview)
        m_statement.review.reset();
    if (newValue == *old)
        return {};
    m_undoStack.push(new SetFieldCommand(this, pointer, *old, newValue, merge == Merge::Typing, startsReview));
    return {};
}

Result<void> StatementDocument::insertItem(qsizetype index, const Item &item)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.items.size() + 1); !r)
        return r;
    if (m_statement.indexOfItem(item.id) >= 0 || item.id.isEmpty())
        return Result<void>::failure(tr("an item needs an id of its own; \"%1\" is taken or empty").arg(item.id));
    if (!Statement::isValidId(item.id))
        return Result<void>::failure(tr("\"%1\" is not a valid id: use letters A-Z, digits, \"-\" and \"_\"").arg(item.id));
    m_undoStack.push(new InsertCommand<Item>(this, index, item, tr("Add item")));
    return {};
}

Result<void> StatementDocument::removeItem(qsizetype index)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.items.size()); !r)
        return r;
    m_undoStack.push(new RemoveCommand<Item>(this, index, tr("Remove item")));
    return {};
}

Result<void> StatementDocument::moveItem(qsizetype from, qsizetype to)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(from, m_statement.items.size()); !r)
        return r;
    if (auto r = checkIndex(to, m_statement.items.size()); !r)
        return r;
    if (from != to)
        m_undoStack.push(new MoveCommand<Item>(this, from, to, tr("Move item")));
    return {};
}

Result<void> StatementDocument::insertMeasure(qsizetype index, const Measure &measure)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.measures.size() + 1); !r)
        return r;
    if (m_statement.indexOfMeasure(measure.id) >= 0 || measure.id.isEmpty())
        return Result<void>::failure(tr("a measure needs an id of its own; \"%1\" is taken or empty").arg(measure.id));
    if (!Statement::isValidId(measure.id))
        return Result<void>::failure(tr("\"%1\" is not a valid id: use letters A-Z, digits, \"-\" and \"_\"").arg(measure.id));
    QSet<QString> linked;
    for (const QString &itemId : measure.items) {
        if (m_statement.indexOfItem(itemId) < 0)
            return Result<void>::failure(tr("the measure links to the item \"%1\", which does not exist").arg(itemId));
        // The reader refuses a file that links twice; unlink() would also leave one behind.
        if (linked.contains(itemId))
            return Result<void>::failure(tr("the measure links to the item \"%1\" twice").arg(itemId));
        linked.insert(itemId);
    }
    m_undoStack.push(new InsertCommand<Measure>(this, index, measure, tr("Add measure")));
    return {};
}

Result<void> StatementDocument::removeMeasure(qsizetype index)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(index, m_statement.measures.size()); !r)
        return r;
    m_undoStack.push(new RemoveCommand<Measure>(this, index, tr("Remove measure")));
    return {};
}

Result<void> StatementDocument::moveMeasure(qsizetype from, qsizetype to)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(from, m_statement.measures.size()); !r)
        return r;
    if (auto r = checkIndex(to, m_statement.measures.size()); !r)
        return r;
    if (from != to)
        m_undoStack.push(new MoveCommand<Measure>(this, from, to, tr("Move measure")));
    return {};
}

Result<void> StatementDocument::link(qsizetype measureIndex, const QString &itemId)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(measureIndex, m_statement.measures.size()); !r)
        return r;
    if (m_statement.indexOfItem(itemId) < 0)
        return Result<void>::failure(tr("there is no item \"%1\"").arg(itemId));
    if (m_statement.measures.at(measureIndex).items.contains(itemId))
        return {};
    m_undoStack.push(new LinkCommand(this, measureIndex, itemId, true, tr("Link measure")));
    return {};
}

Result<void> StatementDocument::unlink(qsizetype measureIndex, const QString &itemId)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (auto r = checkIndex(measureIndex, m_statement.measures.size()); !r)
        return r;
    if (!m_statement.measures.at(measureIndex).items.contains(itemId))
        return {};
    m_undoStack.push(new LinkCommand(this, measureIndex, itemId, false, tr("Unlink measure")));
    return {};
}

Result<void> StatementDocument::setReview(const std::optional<Review> &review, const QString &text)
{
    if (auto r = refuseIfReadOnly(); !r)
        return r;
    if (review == m_statement.review)
        return {};
    m_undoStack.push(new SetReviewCommand(this, m_statement.review, review, text));
    return {};
}

} // namespace yttra

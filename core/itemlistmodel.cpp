// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemlistmodel.h"

#include "documentlabels.h"
#include "listpointer.h"
#include "statementdocument.h"
#include "validator.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The first line of a markdown text, without list or emphasis marks, for a one-line summary.
QString firstLine(const QString &markdown)
{
    QString line = markdown.section(u'\n', 0, 0).trimmed();
    if (line.startsWith(u"- "_s) || line.startsWith(u"* "_s))
        line = line.mid(2);
    return line.remove(u"**"_s).remove(u'*');
}

// A kind as a combo box or a script may give it: its index in ItemKind order, the file's
// word, or the word of either document language.
std::optional<ItemKind> kindFrom(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::UInt) {
        const int i = value.toInt();
        if (i >= 0 && i < int(itemKindNames.size()))
            return itemKindNames.at(i).first;
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (const auto kind = enumFromName(itemKindNames, text))
        return kind;
    for (const auto &entry : itemKindNames) {
        for (const QStringView language : {u"sv", u"en"}) {
            if (DocumentLabels(language).itemKind(entry.first).compare(text, Qt::CaseInsensitive) == 0)
                return entry.first;
        }
    }
    return std::nullopt;
}

} // namespace

QString ItemListModel::rowMimeType()
{
    return u"application/x-yttra-item-row"_s;
}

ItemListModel::ItemListModel(QObject *parent) : QAbstractListModel(parent) {}

void ItemListModel::setDocument(StatementDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_rows = 0;
    m_findings.clear();
    if (m_document) {
        m_rows = static_cast<int>(m_document->statement().items.size());
        m_findings.resize(m_rows);
        connect(m_document, &StatementDocument::itemInserted, this, &ItemListModel::itemInserted);
        connect(m_document, &StatementDocument::itemRemoved, this, &ItemListModel::itemRemoved);
        connect(m_document, &StatementDocument::itemMoved, this, &ItemListModel::itemMoved);
        connect(m_document, &StatementDocument::fieldChanged, this, &ItemListModel::fieldChanged);
        // Whether an item is complete can change with any edit (a measure linked to it, the
        // statement's kind), so the findings are renewed after each.
        connect(m_document, &StatementDocument::changed, this, &ItemListModel::updateFindings);
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    endResetModel();
    updateFindings();
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Statement &s = m_document->statement();
    const qsizetype row = m_pending.documentRow(index.row());
    if (row < 0 || row >= s.items.size())
        return {};
    const Item &item = s.items.at(row);
    const DocumentLabels labels(s.language);
    switch (role) {
    case Qt::DisplayRole: {
        QString kind = labels.itemKind(item.kind);
        if (!item.number.isEmpty())
            kind += u' ' + item.number;
        return u"%1 (%2)\n%3"_s.arg(labels.itemHeading(s, row), kind, firstLine(item.text));
    }
    case Qt::EditRole:
        return item.label;
    case Qt::ToolTipRole:
        return item.text;
    case IdRole:
        return item.id;
    case KindRole:
        return enumName(itemKindNames, item.kind);
    case TextRole:
        return item.text;
    case HeadingRole:
        return labels.itemHeading(s, row);
    case NumberRole:
        return item.number;
    case CompleteRole:
        return m_findings.value(index.row()).isEmpty();
    case FindingsRole:
        return m_findings.value(index.row());
    case KindChoicesRole: {
        QStringList words;
        for (const auto &entry : itemKindNames)
            words.append(labels.itemKind(entry.first));
        return words;
    }
    default:
        return {};
    }
}

bool ItemListModel::refuse(const QString &reason)
{
    m_lastError = reason;
    return false;
}

bool ItemListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return refuse(tr("there is no such item"));
    // A view that "clears" dragged rows sets empty values; that is never an edit.
    if (!value.isValid())
        return refuse(tr("no value was given"));
    const QString item = u"/items/%1/"_s.arg(index.row());
    QString pointer;
    QVariant fieldValue = value.toString();
    switch (role) {
    case Qt::EditRole:
        pointer = item + u"label"_s;
        break;
    case TextRole:
        pointer = item + u"text"_s;
        break;
    case NumberRole:
        pointer = item + u"number"_s;
        break;
    case KindRole: {
        const auto kind = kindFrom(value);
        if (!kind)
            return refuse(tr("\"%1\" is not a kind of item").arg(value.toString()));
        pointer = item + u"kind"_s;
        fieldValue = enumName(itemKindNames, *kind);
        break;
    }
    default:
        return refuse(tr("this part of an item cannot be edited here"));
    }
    // A committed edit is a step of its own in the Edit menu, not merged with typing.
    // The document's signal updates the row.
    if (const auto r = m_document->setField(pointer, fieldValue, StatementDocument::Merge::Separate); !r)
        return refuse(r.error());
    m_lastError.clear();
    return true;
}

Qt::ItemFlags ItemListModel::flags(const QModelIndex &index) const
{
    const bool editable = m_document && !m_document->isReadOnly();
    if (!index.isValid())
        return editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // between rows
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (editable)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return f;
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {KindRole, "kind"},
                  {TextRole, "text"},
                  {HeadingRole, "heading"},
                  {NumberRole, "number"},
                  {CompleteRole, "complete"},
                  {FindingsRole, "findings"},
                  {KindChoicesRole, "kindChoices"}});
    return names;
}

Qt::DropActions ItemListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ItemListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ItemListModel::mimeTypes() const
{
    return {rowMimeType()};
}

QMimeData *ItemListModel::mimeData(const QModelIndexList &indexes) const
{
    // One item at a time: the document moves single items.
    if (!m_document || indexes.size() != 1 || !checkIndex(indexes.first(), CheckIndexOption::IndexIsValid))
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    // The document's address only tells a drop from this document from one from another
    // window; it is never followed.
    stream << quint64(reinterpret_cast<quintptr>(m_document.data())) << qint32(indexes.first().row());
    auto *data = new QMimeData;
    data->setData(rowMimeType(), bytes);
    return data;
}

std::optional<int> ItemListModel::draggedRow(const QMimeData *data) const
{
    if (!m_document || !data || !data->hasFormat(rowMimeType()))
        return std::nullopt;
    QDataStream stream(data->data(rowMimeType()));
    quint64 document = 0;
    qint32 row = -1;
    stream >> document >> row;
    if (stream.status() != QDataStream::Ok || document != quint64(reinterpret_cast<quintptr>(m_document.data()))
        || row < 0 || row >= m_rows)
        return std::nullopt;
    return row;
}

bool ItemListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::MoveAction && draggedRow(data).has_value() && !m_document->isReadOnly();
}

bool ItemListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped between rows: before `row`; onto an item: in its place; below the last: at the end.
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : m_rows;
    return moveRows({}, *draggedRow(data), 1, {}, before);
}

bool ItemListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                             int destinationChild)
{
    if (!m_document || sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return refuse(tr("only one item can be moved at a time"));
    if (sourceRow < 0 || sourceRow >= m_rows || destinationChild < 0 || destinationChild > m_rows)
        return refuse(tr("there is no such item"));
    // destinationChild counts rows before the move; the document wants the final index.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false; // dropped where it was: nothing to do, nothing to undo
    if (const auto r = m_document->moveItem(sourceRow, to); !r)
        return refuse(r.error());
    m_lastError.clear();
    return true;
}

void ItemListModel::itemInserted(qsizetype index)
{
    m_pending.inserted(index);
    beginInsertRows({}, int(index), int(index));
    ++m_rows;
    m_findings.insert(index, QStringList());
    m_pending.clear();
    endInsertRows();
    headingsChanged(index + 1, m_rows - 1);
}

void ItemListModel::itemRemoved(qsizetype index)
{
    m_pending.removed(index);
    beginRemoveRows({}, int(index), int(index));
    --m_rows;
    m_findings.removeAt(index);
    m_pending.clear();
    endRemoveRows();
    headingsChanged(index, m_rows - 1);
}

void ItemListModel::itemMoved(qsizetype from, qsizetype to)
{
    // Qt counts the destination before the move: below the source it is one further.
    m_pending.moved(from, to);
    beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
    m_findings.move(from, to);
    m_pending.clear();
    endMoveRows();
    headingsChanged(std::min(from, to), std::max(from, to));
}

// Headings without a label are numbered by position, so moves renumber the rows between.
void ItemListModel::headingsChanged(qsizetype first, qsizetype last)
{
    if (first <= last && first >= 0)
        Q_EMIT dataChanged(index(int(first)), index(int(last)), {Qt::DisplayRole, HeadingRole});
}

void ItemListModel::fieldChanged(const QString &pointer)
{
    if (pointer == u"/language") {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0), index(m_rows - 1));
        return;
    }
    const auto entry = ListPointer::parse(pointer, u"items");
    if (entry && entry->index < m_rows)
        Q_EMIT dataChanged(index(int(entry->index)), index(int(entry->index)));
}

void ItemListModel::updateFindings()
{
    if (!m_document)
        return;
    // One check for all rows (not one per row asked), and only rows whose verdict changed
    // are announced.
    QList<QStringList> findings(m_rows);
    for (const Finding &finding : Validator::check(m_document->statement())) {
        const auto entry = ListPointer::parse(finding.pointer, u"items");
        if (entry && entry->index < m_rows)
            findings[entry->index].append(finding.message);
    }
    for (int row = 0; row < m_rows; ++row) {
        if (findings.at(row) != m_findings.value(row)) {
            m_findings[row] = findings.at(row);
            Q_EMIT dataChanged(index(row), index(row), {CompleteRole, FindingsRole});
        }
    }
}

} // namespace yttra

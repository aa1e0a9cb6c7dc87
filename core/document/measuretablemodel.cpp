// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/measuretablemodel.h"

#include "document/listpointer.h"
#include "document/statementdocument.h"
#include "language/documentlabels.h"

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// A status as a combo box or a script may give it: its index in MeasureStatus order, the
// file's word, or the word of either document language.
std::optional<MeasureStatus> statusFrom(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::UInt) {
        const int i = value.toInt();
        if (i >= 0 && i < int(measureStatusNames.size()))
            return measureStatusNames.at(i).first;
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (const auto status = enumFromName(measureStatusNames, text))
        return status;
    for (const auto &entry : measureStatusNames) {
        for (const QStringView language : {u"sv", u"en"}) {
            if (DocumentLabels(language).measureStatus(entry.first).compare(text, Qt::CaseInsensitive) == 0)
                return entry.first;
        }
    }
    return std::nullopt;
}

// The column that shows a measure's member.
int columnOf(QStringView member)
{
    if (member == u"title" || member == u"description")
        return MeasureTableModel::Title; // the description is the title's tooltip
    if (member == u"owner")
        return MeasureTableModel::Owner;
    if (member == u"deadline")
        return MeasureTableModel::Deadline;
    if (member == u"status")
        return MeasureTableModel::Status;
    if (member == u"caseReference")
        return MeasureTableModel::CaseReference;
    if (member == u"comment")
        return MeasureTableModel::Comment;
    return -1;
}

QString itemHeadings(const Statement &s, const Measure &m, const DocumentLabels &labels)
{
    QStringList headings;
    for (const QString &id : m.items) {
        const qsizetype i = s.indexOfItem(id);
        headings.append(i >= 0 ? labels.itemHeading(s, i) : id);
    }
    return headings.join(u", "_s);
}

} // namespace

MeasureTableModel::MeasureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MeasureTableModel::setDocument(StatementDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_rows = 0;
    if (m_document) {
        m_rows = static_cast<int>(m_document->statement().measures.size());
        connect(m_document, &StatementDocument::measureInserted, this, &MeasureTableModel::measureInserted);
        connect(m_document, &StatementDocument::measureRemoved, this, &MeasureTableModel::measureRemoved);
        connect(m_document, &StatementDocument::measureMoved, this, &MeasureTableModel::measureMoved);
        connect(m_document, &StatementDocument::fieldChanged, this, &MeasureTableModel::fieldChanged);
        connect(m_document, &StatementDocument::linksChanged, this,
                [this](qsizetype measure) { rowChanged(measure, Items, Items); });
        // The Items column shows item headings, which are numbered by the items' positions.
        for (auto signal : {&StatementDocument::itemInserted, &StatementDocument::itemRemoved})
            connect(m_document, signal, this, [this] { columnChanged(Items); });
        connect(m_document, &StatementDocument::itemMoved, this, [this] { columnChanged(Items); });
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    endResetModel();
}

int MeasureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MeasureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Statement &s = m_document->statement();
    const qsizetype row = m_pending.documentRow(index.row());
    if (row < 0 || row >= s.measures.size())
        return {};
    const Measure &m = s.measures.at(row);
    const DocumentLabels labels(s.language);
    switch (role) {
    case IdRole:
        return m.id;
    case StatusRole:
        return static_cast<int>(m.status);
    case StatusChoicesRole: {
        QStringList words;
        for (const auto &entry : measureStatusNames)
            words.append(labels.measureStatus(entry.first));
        return words;
    }
    case DeadlineRole:
        return QVariant::fromValue(m.deadline);
    case SearchTextRole:
        return QStringList{m.title, m.description, itemHeadings(s, m, labels), m.owner, m.deadline.displayText(s.language),
                           m.deadline.toString(), labels.measureStatus(m.status), m.caseReference, m.comment}
            .join(u'\n');
    case Qt::EditRole:
        // What an editor starts from: the deadline as it is typed, the rest as shown.
        if (index.column() == Deadline)
            return m.deadline.toString();
        if (index.column() == Items)
            return {};
        break;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Title:
        return role == Qt::ToolTipRole && !m.description.isEmpty() ? m.description : m.title;
    case Items:
        return itemHeadings(s, m, labels);
    case Owner:
        return m.owner;
    case Deadline:
        return m.deadline.displayText(s.language);
    case Status:
        return labels.measureStatus(m.status);
    case CaseReference:
        return m.caseReference;
    case Comment:
        return m.comment;
    default:
        return {};
    }
}

bool MeasureTableModel::refuse(const QString &reason)
{
    m_lastError = reason;
    return false;
}

bool MeasureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return refuse(tr("there is no such measure"));
    // A view that "clears" cells after a drag sets empty values; that is never an edit.
    if (!value.isValid())
        return refuse(tr("no value was given"));
    const QString measure = u"/measures/%1/"_s.arg(index.row());
    QString pointer;
    QVariant fieldValue = value.toString();
    if (role == StatusRole || (role == Qt::EditRole && index.column() == Status)) {
        const auto status = statusFrom(value);
        if (!status)
            return refuse(tr("\"%1\" is not a status of a measure").arg(value.toString()));
        pointer = measure + u"status"_s;
        fieldValue = enumName(measureStatusNames, *status);
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Title: pointer = measure + u"title"_s; break;
        case Owner: pointer = measure + u"owner"_s; break;
        // Parsed by Deadline::parse in the document; a text it refuses changes nothing.
        case Deadline: pointer = measure + u"deadline"_s; fieldValue = value.toString().trimmed(); break;
        case CaseReference: pointer = measure + u"caseReference"_s; break;
        case Comment: pointer = measure + u"comment"_s; break;
        default: return refuse(tr("the items a measure answers are linked, not typed"));
        }
    } else {
        return refuse(tr("this part of a measure cannot be edited here"));
    }
    // A committed cell is a step of its own in the Edit menu, not merged with typing.
    // The document's signal updates the cell.
    if (const auto r = m_document->setField(pointer, fieldValue, StatementDocument::Merge::Separate); !r)
        return refuse(r.error());
    m_lastError.clear();
    return true;
}

Qt::ItemFlags MeasureTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Items && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Measure");
    case Items: return tr("Answers");
    case Owner: return tr("Responsible");
    case Deadline: return tr("Deadline");
    case Status: return tr("Status");
    case CaseReference: return tr("Case");
    case Comment: return tr("Comment");
    default: return {};
    }
}

void MeasureTableModel::measureInserted(qsizetype index)
{
    m_pending.inserted(index);
    beginInsertRows({}, int(index), int(index));
    ++m_rows;
    m_pending.clear();
    endInsertRows();
}

void MeasureTableModel::measureRemoved(qsizetype index)
{
    m_pending.removed(index);
    beginRemoveRows({}, int(index), int(index));
    --m_rows;
    m_pending.clear();
    endRemoveRows();
}

void MeasureTableModel::measureMoved(qsizetype from, qsizetype to)
{
    // Qt counts the destination before the move: below the source it is one further.
    m_pending.moved(from, to);
    beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
    m_pending.clear();
    endMoveRows();
}

void MeasureTableModel::rowChanged(qsizetype row, int firstColumn, int lastColumn)
{
    if (row >= 0 && row < m_rows)
        Q_EMIT dataChanged(index(int(row), firstColumn), index(int(row), lastColumn));
}

void MeasureTableModel::columnChanged(int column)
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, column), index(m_rows - 1, column));
}

void MeasureTableModel::fieldChanged(const QString &pointer)
{
    // The document's language decides every word the table shows.
    if (pointer == u"/language") {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        return;
    }
    if (const auto entry = ListPointer::parse(pointer, u"measures")) {
        const int column = columnOf(entry->member);
        if (column >= 0)
            rowChanged(entry->index, column, column);
        return;
    }
    // An item's label is its heading in the Items column.
    if (const auto entry = ListPointer::parse(pointer, u"items"); entry && entry->member == u"label")
        columnChanged(Items);
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuretablemodel.h"

#include "documentlabels.h"
#include "statementdocument.h"

using namespace Qt::StringLiterals;

namespace yttra {

MeasureTableModel::MeasureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MeasureTableModel::setDocument(StatementDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &StatementDocument::changed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
}

int MeasureTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return static_cast<int>(m_document->statement().measures.size());
}

int MeasureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasureTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Statement &s = m_document->statement();
    const Measure &m = s.measures.at(index.row());
    const DocumentLabels labels(s.language);
    switch (index.column()) {
    case Title:
        return role == Qt::ToolTipRole && !m.description.isEmpty() ? m.description : m.title;
    case Items: {
        QStringList headings;
        for (const QString &id : m.items) {
            const qsizetype i = s.indexOfItem(id);
            headings.append(i >= 0 ? labels.itemHeading(s, i) : id);
        }
        return headings.join(u", "_s);
    }
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

} // namespace yttra

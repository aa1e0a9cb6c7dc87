// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemlistmodel.h"

#include "documentlabels.h"
#include "statementdocument.h"

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

} // namespace

ItemListModel::ItemListModel(QObject *parent) : QAbstractListModel(parent) {}

void ItemListModel::setDocument(StatementDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Headings derive from positions, so any structural change can rename every row.
        connect(m_document, &StatementDocument::changed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return static_cast<int>(m_document->statement().items.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Statement &s = m_document->statement();
    const Item &item = s.items.at(index.row());
    const DocumentLabels labels(s.language);
    switch (role) {
    case Qt::DisplayRole: {
        QString kind = labels.itemKind(item.kind);
        if (!item.number.isEmpty())
            kind += u' ' + item.number;
        return u"%1 (%2)\n%3"_s.arg(labels.itemHeading(s, index.row()), kind, firstLine(item.text));
    }
    case Qt::ToolTipRole:
        return item.text;
    case IdRole:
        return item.id;
    case KindRole:
        return enumName(itemKindNames, item.kind);
    case TextRole:
        return item.text;
    default:
        return {};
    }
}

} // namespace yttra

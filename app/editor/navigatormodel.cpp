// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigatormodel.h"

#include "documentlabels.h"
#include "markdown.h"
#include "statementdocument.h"

#include <QFont>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

const QString itemMimeType = u"application/x-yttra-item-index"_s;

// The first words of a markdown text, for a one-line reminder of what an item says.
QString opening(const QString &markdown)
{
    QString first = markdown.section(u'\n', 0, 0).trimmed();
    if (first.startsWith(u"- "_s) || first.startsWith(u"* "_s))
        first = first.mid(2);
    first.remove(u"**"_s).remove(u'*').remove(u'\\');
    if (first.size() > 160)
        first = first.left(160) + u'…';
    return first;
}

} // namespace

NavigatorModel::NavigatorModel(QObject *parent) : QAbstractListModel(parent) {}

void NavigatorModel::setDocument(StatementDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_problems.fill(0, rowCount());
    m_errors.fill(false, rowCount());
    if (m_document) {
        connect(m_document, &StatementDocument::itemInserted, this, [this](qsizetype i) {
            beginInsertRows({}, rowOfItem(i), rowOfItem(i));
            m_problems.insert(rowOfItem(i), 0);
            m_errors.insert(rowOfItem(i), false);
            endInsertRows();
            itemsChangedFrom(i + 1);
        });
        connect(m_document, &StatementDocument::itemRemoved, this, [this](qsizetype i) {
            beginRemoveRows({}, rowOfItem(i), rowOfItem(i));
            m_problems.removeAt(rowOfItem(i));
            m_errors.removeAt(rowOfItem(i));
            endRemoveRows();
            itemsChangedFrom(i);
        });
        connect(m_document, &StatementDocument::itemMoved, this, [this](qsizetype from, qsizetype to) {
            // QList::move puts the item at `to`; a model names the row it goes before.
            const int destination = rowOfItem(to > from ? to + 1 : to);
            beginMoveRows({}, rowOfItem(from), rowOfItem(from), {}, destination);
            m_problems.move(rowOfItem(from), rowOfItem(to));
            m_errors.move(rowOfItem(from), rowOfItem(to));
            endMoveRows();
            itemsChangedFrom(std::min(from, to));
        });
        connect(m_document, &StatementDocument::reviewChanged, this, [this] {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::ToolTipRole, Qt::AccessibleTextRole, OpenCommentsRole});
        });
        connect(m_document, &StatementDocument::fieldChanged, this, [this](const QString &pointer) {
            if (pointer == u"/language") {
                itemsChangedFrom(0);
                return;
            }
            if (!pointer.startsWith(u"/items/"_s))
                return;
            const QStringView rest = QStringView(pointer).mid(7);
            const qsizetype slash = rest.indexOf(u'/');
            const QStringView field = rest.mid(slash + 1);
            // The heading depends on the label and (when derived) only on the position;
            // the kind, number and text are shown too.
            if (field == u"label" || field == u"kind" || field == u"number" || field == u"text") {
                const QModelIndex i = index(rowOfItem(rest.left(slash).toInt()));
                Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
            }
        });
    }
    endResetModel();
}

void NavigatorModel::itemsChangedFrom(qsizetype first)
{
    // Derived headings ("Åtgärdsområde 4") follow the position.
    if (first < itemCount())
        Q_EMIT dataChanged(index(rowOfItem(first)), index(rowOfItem(itemCount() - 1)), {Qt::DisplayRole, Qt::AccessibleTextRole});
}

qsizetype NavigatorModel::itemCount() const
{
    return m_document ? m_document->statement().items.size() : 0;
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(itemRows + itemCount() + 2);
}

int NavigatorModel::rowOf(Page page) const
{
    switch (page) {
    case Page::Details: return 0;
    case Page::Audit: return 1;
    case Page::Summary: return 2;
    case Page::Item: return itemCount() > 0 ? itemRows : -1;
    case Page::Measures: return static_cast<int>(itemRows + itemCount());
    case Page::Signatures: return static_cast<int>(itemRows + itemCount() + 1);
    }
    return -1;
}

NavigatorModel::Page NavigatorModel::pageAt(int row) const
{
    if (row <= 0)
        return Page::Details;
    if (row == 1)
        return Page::Audit;
    if (row == 2)
        return Page::Summary;
    if (row < itemRows + itemCount())
        return Page::Item;
    if (row == itemRows + itemCount())
        return Page::Measures;
    return Page::Signatures;
}

qsizetype NavigatorModel::itemAt(int row) const
{
    return pageAt(row) == Page::Item ? row - itemRows : -1;
}

int NavigatorModel::rowOfPointer(const QString &pointer) const
{
    const QList<QStringView> tokens = QStringView(pointer).mid(1).split(u'/');
    const QStringView head = tokens.value(0);
    if (head == u"audit")
        return rowOf(Page::Audit);
    if (head == u"summary" || head == u"readingGuide")
        return rowOf(Page::Summary);
    if (head == u"items" && tokens.size() >= 2) {
        bool ok = false;
        const int item = tokens.at(1).toInt(&ok);
        if (ok && item >= 0 && item < itemCount())
            return rowOfItem(item);
        return rowOf(Page::Item);
    }
    if (head == u"measures")
        return rowOf(Page::Measures);
    if (head == u"signatures" || head == u"reservations")
        return rowOf(Page::Signatures);
    return rowOf(Page::Details);
}

void NavigatorModel::setFindings(const QList<Finding> &findings)
{
    QList<int> problems(rowCount(), 0);
    QList<bool> errors(rowCount(), false);
    for (const Finding &finding : findings) {
        const int row = rowOfPointer(finding.pointer);
        if (row < 0 || row >= problems.size())
            continue;
        ++problems[row];
        errors[row] = errors.at(row) || finding.severity == Finding::Severity::Error;
    }
    // Only the rows whose mark changes are repainted: typing changes one at most.
    for (int row = 0; row < problems.size(); ++row) {
        if (row < m_problems.size() && problems.at(row) == m_problems.at(row) && errors.at(row) == m_errors.at(row))
            continue;
        if (row < m_problems.size()) {
            m_problems[row] = problems.at(row);
            m_errors[row] = errors.at(row);
        }
        Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole, Qt::ToolTipRole, ProblemCountRole, CompleteRole});
    }
    m_problems = problems;
    m_errors = errors;
}

int NavigatorModel::openCommentsAt(int row) const
{
    if (!m_document || !m_document->statement().review)
        return 0;
    int open = 0;
    for (const Comment &comment : m_document->statement().review->comments) {
        if (!comment.resolved && rowOfPointer(comment.target) == row)
            ++open;
    }
    return open;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const Page page = pageAt(row);
    const int problems = m_problems.value(row);
    const State state = m_errors.value(row) ? State::Errors : problems > 0 ? State::Gaps : State::Complete;
    const Statement &s = m_document->statement();

    if (role == PageRole)
        return static_cast<int>(page);
    if (role == ItemIndexRole)
        return static_cast<qlonglong>(itemAt(row));
    if (role == ProblemCountRole)
        return problems;
    if (role == CompleteRole)
        return problems == 0;
    if (role == OpenCommentsRole)
        return openCommentsAt(row);
    // Said after what the row is: "…, 2 open comments".
    const int comments = role == Qt::ToolTipRole || role == Qt::AccessibleTextRole ? openCommentsAt(row) : 0;
    const auto withComments = [comments](const QVariant &text) -> QVariant {
        if (comments == 0)
            return text;
        const QString said = tr("%n open comment(s)", nullptr, comments);
        return text.toString().isEmpty() ? said : text.toString() + u", "_s + said;
    };

    if (page == Page::Item) {
        const qsizetype i = itemAt(row);
        const Item &item = s.items.at(i);
        const DocumentLabels labels(s.language);
        QString kind = labels.itemKind(item.kind);
        if (!item.number.isEmpty())
            kind += u' ' + item.number;
        switch (role) {
        case Qt::DisplayRole:
            return u"%1 · %2\n%3"_s.arg(labels.itemHeading(s, i), kind, opening(item.text));
        case Qt::AccessibleTextRole:
            return withComments(tr("%1, %2: %3").arg(labels.itemHeading(s, i), kind,
                                                     state == State::Complete ? tr("complete") : tr("%n gap(s)", nullptr, problems)));
        case Qt::ToolTipRole:
            return withComments(state == State::Complete ? tr("Complete")
                                                         : tr("%n thing(s) missing or wrong; see Completeness", nullptr, problems));
        case Qt::DecorationRole:
            return icon(state);
        default:
            return {};
        }
    }

    const auto pageName = [&]() -> QString {
        switch (page) {
        case Page::Details: return tr("Statement details");
        case Page::Audit: return tr("Audit");
        case Page::Summary: return tr("Summary");
        case Page::Measures: return tr("Measures register (%n)", nullptr, static_cast<int>(s.measures.size()));
        case Page::Signatures: return tr("Signatures");
        case Page::Item: break;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        return pageName();
    case Qt::AccessibleTextRole:
        return withComments(pageName());
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::DecorationRole:
        // Pages other than items are marked only when something is wrong on them.
        return problems > 0 ? icon(state) : QVariant();
    case Qt::ToolTipRole:
        return withComments(problems > 0 ? tr("%n thing(s) missing or wrong; see Completeness", nullptr, problems) : QVariant());
    default:
        return {};
    }
}

QIcon NavigatorModel::icon(State state) const
{
    QIcon &cached = m_icons[static_cast<int>(state)];
    if (!cached.isNull())
        return cached;
    // Drawn here: the marks must not depend on an icon theme being installed.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = state == State::Complete ? QColor(0x10, 0x7c, 0x10) : state == State::Gaps ? QColor(0xc1, 0x7d, 0x00) : QColor(0xc4, 0x2b, 0x1c);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(3, 3, 26, 26));
    QPen pen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    if (state == State::Complete) {
        QPainterPath check;
        check.moveTo(9.5, 16.5);
        check.lineTo(14, 21);
        check.lineTo(22.5, 11.5);
        p.drawPath(check);
    } else {
        p.drawLine(QPointF(16, 9), QPointF(16, 18));
        p.drawPoint(QPointF(16, 23));
    }
    p.end();
    cached = QIcon(pixmap);
    return cached;
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && pageAt(index.row()) == Page::Item)
        f |= Qt::ItemIsDragEnabled;
    if (!index.isValid() || pageAt(index.row()) == Page::Item)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

Qt::DropActions NavigatorModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList NavigatorModel::mimeTypes() const
{
    return {itemMimeType};
}

QMimeData *NavigatorModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || itemAt(indexes.first().row()) < 0)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(itemMimeType, QByteArray::number(itemAt(indexes.first().row())));
    return data;
}

bool NavigatorModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(itemMimeType) || action != Qt::MoveAction || !m_document || m_document->isReadOnly() || m_readOnly)
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    // Between the items, or on one, or just after the last (the measure register's row).
    return target >= itemRows && target <= itemRows + itemCount();
}

bool NavigatorModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const qsizetype from = data->data(itemMimeType).toLongLong(&ok);
    if (!ok || from < 0 || from >= itemCount())
        return false;
    // Dropped on a row: take its place. Dropped between rows: go before the row below.
    qsizetype to = (parent.isValid() ? parent.row() : row) - itemRows;
    if (!parent.isValid() && to > from)
        --to;
    to = std::clamp<qsizetype>(to, 0, itemCount() - 1);
    moveItem(from, to);
    // Nothing for the view to remove afterwards: the document has moved the row itself.
    return false;
}

bool NavigatorModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                              int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || itemAt(sourceRow) < 0)
        return false;
    if (destinationChild < itemRows || destinationChild > itemRows + itemCount())
        return false; // items stay between the summary and the measure register
    const qsizetype from = itemAt(sourceRow);
    qsizetype to = destinationChild - itemRows;
    if (to > from)
        --to;
    return moveItem(from, to);
}

bool NavigatorModel::moveItem(qsizetype from, qsizetype to)
{
    if (!m_document || from == to || m_readOnly)
        return false;
    return m_document->moveItem(from, to).ok();
}

} // namespace yttra

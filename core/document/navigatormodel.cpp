// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/navigatormodel.h"

#include "document/listpointer.h"
#include "document/statementdocument.h"
#include "language/documentlabels.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

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

// What a derived heading ("Åtgärdsområde 4") changes in, when an item's position changes.
const QList<int> headingRoles{Qt::DisplayRole, Qt::AccessibleTextRole, NavigatorModel::HeadingRole};

} // namespace

QString NavigatorModel::rowMimeType()
{
    return u"application/x-yttra-item-row"_s;
}

NavigatorModel::NavigatorModel(QObject *parent) : QAbstractListModel(parent) {}

void NavigatorModel::setDocument(StatementDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_items = m_document ? static_cast<int>(m_document->statement().items.size()) : 0;
    m_pending.clear();
    m_findings.clear();
    m_rowFindings = QList<QStringList>(rowCount());
    m_rowErrors = QList<bool>(rowCount(), false);
    if (m_document) {
        connect(m_document, &StatementDocument::itemInserted, this, &NavigatorModel::itemInserted);
        connect(m_document, &StatementDocument::itemRemoved, this, &NavigatorModel::itemRemoved);
        connect(m_document, &StatementDocument::itemMoved, this, &NavigatorModel::itemMoved);
        connect(m_document, &StatementDocument::fieldChanged, this, &NavigatorModel::fieldChanged);
        // The register's row counts the measures.
        connect(m_document, &StatementDocument::measureInserted, this, [this] { pageChanged(Page::Measures); });
        connect(m_document, &StatementDocument::measureRemoved, this, [this] { pageChanged(Page::Measures); });
        connect(m_document, &StatementDocument::reviewChanged, this, [this] {
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::ToolTipRole, Qt::AccessibleTextRole, OpenCommentsRole});
        });
        // Whether a part is complete can change with any edit (a measure linked to an item,
        // the statement's kind), so the findings are renewed after each step, once.
        connect(m_document, &StatementDocument::changed, this, &NavigatorModel::updateFindings);
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    endResetModel();
    updateFindings();
}

StatementDocument *NavigatorModel::document() const
{
    return m_document;
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemRows + m_items + 2;
}

int NavigatorModel::rowOf(Page page) const
{
    switch (page) {
    case Page::Details: return 0;
    case Page::Audit: return 1;
    case Page::Summary: return 2;
    case Page::Item: return m_items > 0 ? itemRows : -1;
    case Page::Measures: return itemRows + m_items;
    case Page::Signatures: return itemRows + m_items + 1;
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
    if (row < itemRows + m_items)
        return Page::Item;
    if (row == itemRows + m_items)
        return Page::Measures;
    return Page::Signatures;
}

qsizetype NavigatorModel::itemAt(int row) const
{
    return pageAt(row) == Page::Item ? row - itemRows : -1;
}

int NavigatorModel::rowOfPointer(const QString &pointer) const
{
    const QStringView path = QStringView(pointer).mid(1);
    const QStringView head = path.left(path.indexOf(u'/'));
    if (head == u"audit")
        return rowOf(Page::Audit);
    if (head == u"summary" || head == u"readingGuide")
        return rowOf(Page::Summary);
    // "/items" alone is where comments on a removed item point: no item's row.
    if (head == u"items" && path.size() > head.size()) {
        const auto entry = ListPointer::parse(pointer, u"items");
        return entry && entry->index < m_items ? rowOfItem(entry->index) : rowOf(Page::Item);
    }
    if (head == u"measures")
        return rowOf(Page::Measures);
    if (head == u"signatures" || head == u"reservations")
        return rowOf(Page::Signatures);
    return rowOf(Page::Details);
}

int NavigatorModel::openCommentsAt(int row) const
{
    if (!m_document || !m_document->statement().review)
        return 0;
    const QList<Comment> &comments = m_document->statement().review->comments;
    return static_cast<int>(std::count_if(comments.begin(), comments.end(), [this, row](const Comment &comment) {
        return !comment.resolved && rowOfPointer(comment.target) == row;
    }));
}

NavigatorModel::State NavigatorModel::stateAt(int row) const
{
    if (m_rowErrors.value(row))
        return State::Errors;
    return m_rowFindings.value(row).isEmpty() ? State::Complete : State::Gaps;
}

bool NavigatorModel::isEditable() const
{
    return m_document && !m_document->isReadOnly() && !m_readOnly;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const Page page = pageAt(row);
    switch (role) {
    case PageRole:
        return static_cast<int>(page);
    case ItemIndexRole:
        return static_cast<qlonglong>(itemAt(row));
    case StateRole:
        return static_cast<int>(stateAt(row));
    case ProblemCountRole:
        return static_cast<int>(m_rowFindings.value(row).size());
    case CompleteRole:
        return m_rowFindings.value(row).isEmpty();
    case FindingsRole:
        return m_rowFindings.value(row);
    case OpenCommentsRole:
        return openCommentsAt(row);
    default:
        return page == Page::Item ? itemData(row, role) : pageData(page, row, role);
    }
}

// Said after what the row is: "…, 2 open comments".
QVariant NavigatorModel::withComments(int row, const QString &text) const
{
    const int comments = openCommentsAt(row);
    if (comments == 0)
        return text.isEmpty() ? QVariant() : QVariant(text);
    const QString said = tr("%n open comment(s)", nullptr, comments);
    return text.isEmpty() ? said : text + u", "_s + said;
}

QVariant NavigatorModel::itemData(int row, int role) const
{
    const Statement &s = m_document->statement();
    const qsizetype i = m_pending.documentRow(itemAt(row));
    if (i < 0 || i >= s.items.size())
        return {};
    const Item &item = s.items.at(i);
    const DocumentLabels labels(s.language);
    const int problems = static_cast<int>(m_rowFindings.value(row).size());
    const auto kind = [&] {
        QString kind = labels.itemKind(item.kind);
        if (!item.number.isEmpty())
            kind += u' ' + item.number;
        return kind;
    };
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 · %2\n%3"_s.arg(labels.itemHeading(s, i), kind(), opening(item.text));
    case Qt::AccessibleTextRole:
        return withComments(row, tr("%1, %2: %3").arg(labels.itemHeading(s, i), kind(),
                                                      problems == 0 ? tr("complete") : tr("%n gap(s)", nullptr, problems)));
    case Qt::ToolTipRole:
        return withComments(row, problems == 0 ? tr("Complete") : tr("%n thing(s) missing or wrong; see Completeness", nullptr, problems));
    case Qt::EditRole:
        return item.label;
    case IdRole:
        return item.id;
    case KindRole:
        return enumName(itemKindNames, item.kind);
    case TextRole:
        return item.text;
    case HeadingRole:
        return labels.itemHeading(s, i);
    case NumberRole:
        return item.number;
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

QVariant NavigatorModel::pageData(Page page, int row, int role) const
{
    const auto name = [&]() -> QString {
        switch (page) {
        case Page::Details: return tr("Statement details");
        case Page::Audit: return tr("Audit");
        case Page::Summary: return tr("Summary");
        case Page::Measures:
            return tr("Measures register (%n)", nullptr, static_cast<int>(m_document->statement().measures.size()));
        case Page::Signatures: return tr("Signatures");
        case Page::Item: break;
        }
        return {};
    };
    const int problems = static_cast<int>(m_rowFindings.value(row).size());
    switch (role) {
    case Qt::DisplayRole:
        return name();
    case Qt::AccessibleTextRole:
        return withComments(row, name());
    case Qt::ToolTipRole:
        return withComments(row, problems > 0 ? tr("%n thing(s) missing or wrong; see Completeness", nullptr, problems) : QString());
    default:
        return {};
    }
}

bool NavigatorModel::refuse(const QString &reason)
{
    m_lastError = reason;
    return false;
}

bool NavigatorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid) || itemAt(index.row()) < 0)
        return refuse(tr("there is no such item"));
    // A view that "clears" dragged rows sets empty values; that is never an edit.
    if (!value.isValid())
        return refuse(tr("no value was given"));
    if (m_readOnly)
        return refuse(tr("the statement is open read-only"));
    const QString item = u"/items/%1/"_s.arg(itemAt(index.row()));
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

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    const bool editable = isEditable();
    if (!index.isValid())
        return editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // between rows
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (editable && itemAt(index.row()) >= 0)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return f;
}

QHash<int, QByteArray> NavigatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{PageRole, "page"},
                  {ItemIndexRole, "itemIndex"},
                  {StateRole, "state"},
                  {ProblemCountRole, "problemCount"},
                  {CompleteRole, "complete"},
                  {FindingsRole, "findings"},
                  {OpenCommentsRole, "openComments"},
                  {IdRole, "id"},
                  {KindRole, "kind"},
                  {TextRole, "text"},
                  {HeadingRole, "heading"},
                  {NumberRole, "number"},
                  {KindChoicesRole, "kindChoices"}});
    return names;
}

Qt::DropActions NavigatorModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions NavigatorModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList NavigatorModel::mimeTypes() const
{
    return {rowMimeType()};
}

QMimeData *NavigatorModel::mimeData(const QModelIndexList &indexes) const
{
    // One item at a time: the document moves single items.
    if (!m_document || indexes.size() != 1 || !checkIndex(indexes.first(), CheckIndexOption::IndexIsValid)
        || itemAt(indexes.first().row()) < 0)
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    // The document's address only tells a drop from this document from one from another
    // window; it is never followed.
    stream << quint64(reinterpret_cast<quintptr>(m_document.data())) << qint64(itemAt(indexes.first().row()));
    auto *data = new QMimeData;
    data->setData(rowMimeType(), bytes);
    return data;
}

std::optional<qsizetype> NavigatorModel::draggedItem(const QMimeData *data) const
{
    if (!m_document || !data || !data->hasFormat(rowMimeType()))
        return std::nullopt;
    QDataStream stream(data->data(rowMimeType()));
    quint64 document = 0;
    qint64 item = -1;
    stream >> document >> item;
    if (stream.status() != QDataStream::Ok || document != quint64(reinterpret_cast<quintptr>(m_document.data()))
        || item < 0 || item >= m_items)
        return std::nullopt;
    return item;
}

// Where a dropped item lands: onto an item, in its place; between rows, before the row below,
// the measure register's row standing for the end of the items. Never among the other pages.
std::optional<qsizetype> NavigatorModel::dropIndex(qsizetype from, int row, const QModelIndex &parent) const
{
    if (parent.isValid()) {
        const qsizetype onto = itemAt(parent.row());
        return onto >= 0 ? std::optional(onto) : std::nullopt;
    }
    if (m_items == 0 || row < rowOfItem(0) || row > rowOf(Page::Measures))
        return std::nullopt;
    // The row counts before the move; the document wants the final index.
    const qsizetype before = row - itemRows;
    return before > from ? before - 1 : before;
}

bool NavigatorModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !isEditable())
        return false;
    const auto from = draggedItem(data);
    return from && dropIndex(*from, row, parent);
}

bool NavigatorModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qsizetype from = *draggedItem(data);
    return moved(moveItem(from, *dropIndex(from, row, parent)));
}

bool NavigatorModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                              int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return refuse(tr("only one item can be moved at a time"));
    const qsizetype from = itemAt(sourceRow);
    if (from < 0)
        return refuse(tr("there is no such item"));
    const auto to = dropIndex(from, destinationChild, {});
    if (!to)
        return refuse(tr("an item can only be moved among the items"));
    return moved(moveItem(from, *to));
}

Result<StatementDocument::Change> NavigatorModel::moveItem(qsizetype from, qsizetype to)
{
    if (!m_document)
        return Result<StatementDocument::Change>::failure(tr("there is no such item"));
    if (m_readOnly)
        return Result<StatementDocument::Change>::failure(tr("the statement is open read-only"));
    return m_document->moveItem(from, to);
}

bool NavigatorModel::moved(const Result<StatementDocument::Change> &result)
{
    if (!result)
        return refuse(result.error());
    if (result.value() == StatementDocument::Change::None)
        return false; // dropped where it was: nothing to do, nothing to undo
    m_lastError.clear();
    return true;
}

void NavigatorModel::itemInserted(qsizetype index)
{
    const int row = rowOfItem(index);
    m_pending.inserted(index);
    beginInsertRows({}, row, row);
    ++m_items;
    m_rowFindings.insert(row, QStringList());
    m_rowErrors.insert(row, false);
    m_pending.clear();
    endInsertRows();
    itemsChanged(index + 1, m_items - 1, headingRoles);
}

void NavigatorModel::itemRemoved(qsizetype index)
{
    const int row = rowOfItem(index);
    m_pending.removed(index);
    beginRemoveRows({}, row, row);
    --m_items;
    m_rowFindings.removeAt(row);
    m_rowErrors.removeAt(row);
    m_pending.clear();
    endRemoveRows();
    itemsChanged(index, m_items - 1, headingRoles);
}

void NavigatorModel::itemMoved(qsizetype from, qsizetype to)
{
    m_pending.moved(from, to);
    // Qt counts the destination before the move: below the source it is one further.
    const bool moving = beginMoveRows({}, rowOfItem(from), rowOfItem(from), {}, rowOfItem(to > from ? to + 1 : to));
    if (moving) {
        m_rowFindings.move(rowOfItem(from), rowOfItem(to));
        m_rowErrors.move(rowOfItem(from), rowOfItem(to));
    }
    m_pending.clear();
    if (moving)
        endMoveRows();
    itemsChanged(std::min(from, to), std::max(from, to), headingRoles);
}

void NavigatorModel::itemsChanged(qsizetype first, qsizetype last, const QList<int> &roles)
{
    if (first >= 0 && first <= last && last < m_items)
        Q_EMIT dataChanged(index(rowOfItem(first)), index(rowOfItem(last)), roles);
}

void NavigatorModel::pageChanged(Page page)
{
    const QModelIndex i = index(rowOf(page));
    Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void NavigatorModel::fieldChanged(const QString &pointer)
{
    if (pointer == u"/language") {
        itemsChanged(0, m_items - 1);
        return;
    }
    const auto entry = ListPointer::parse(pointer, u"items");
    if (!entry || entry->index >= m_items)
        return;
    // Only what a row shows: typing in an item's response leaves the navigator alone.
    const QStringView field = entry->member;
    if (field.isEmpty() || field == u"label" || field == u"kind" || field == u"number" || field == u"text" || field == u"id")
        itemsChanged(entry->index, entry->index);
}

void NavigatorModel::updateFindings()
{
    m_findings = m_document ? Validator::check(m_document->statement()) : QList<Finding>();
    // One check for all rows (not one per row asked), and only rows whose verdict changed
    // are announced: typing changes one at most.
    QList<QStringList> findings(rowCount());
    QList<bool> errors(rowCount(), false);
    for (const Finding &finding : std::as_const(m_findings)) {
        const int row = rowOfPointer(finding.pointer);
        if (row < 0 || row >= findings.size())
            continue;
        findings[row].append(finding.message);
        errors[row] = errors.at(row) || finding.severity == Finding::Severity::Error;
    }
    for (int row = 0; row < findings.size(); ++row) {
        if (findings.at(row) == m_rowFindings.value(row) && errors.at(row) == m_rowErrors.value(row))
            continue;
        m_rowFindings[row] = findings.at(row);
        m_rowErrors[row] = errors.at(row);
        Q_EMIT dataChanged(index(row), index(row),
                           {Qt::ToolTipRole, Qt::AccessibleTextRole, StateRole, ProblemCountRole, CompleteRole, FindingsRole});
    }
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/measurefiltermodel.h"
#include "document/measuretablemodel.h"
#include "document/navigatormodel.h"
#include "document/statementdocument.h"
#include "format/example.h"
#include "format/jsonformat.h"
#include "testhelpers.h"
#include "validation/validator.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

QStringList ids(const QAbstractItemModel &model, int role)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(role).toString());
    return list;
}

// The items' ids in the navigator's order; the pages around them have none.
QStringList itemIds(const NavigatorModel &navigator)
{
    QStringList list;
    for (int row = 0; row < navigator.rowCount(); ++row) {
        if (navigator.itemAt(row) >= 0)
            list.append(navigator.index(row).data(NavigatorModel::IdRole).toString());
    }
    return list;
}

// Counts resets: a reset loses a view's selection and scroll position.
struct ResetCounter
{
    explicit ResetCounter(QAbstractItemModel *model) : spy(model, &QAbstractItemModel::modelReset) {}
    QSignalSpy spy;
};

} // namespace

class TestEditableModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void measureCellPushesOneCommand_data();
    void measureCellPushesOneCommand();
    void itemRolePushesOneCommand_data();
    void itemRolePushesOneCommand();
    void invalidValuesAreRefused();
    void flags();
    void readOnlyDocumentIsNotEditable();
    void statusChoicesFollowTheLanguage();
    void structuralChangesAreNotResets();
    void fieldChangesUpdateTheirRow();
    void dragAndDropMovesAnItem();
    void readOnlyNavigatorRefusesMoves();
    void navigatorMoveSaysWhatChanged();
    void pagesAroundTheItems();
    void pointersFindTheirRow_data();
    void pointersFindTheirRow();
    void completeness();
    void findingsMarkTheirPage();
    void openCommentsPerRow();
    void sortsByDeadlineLastDay();
    void filtersByStatusAndText();

private:
    QModelIndex item(qsizetype index) const { return m_navigator->index(m_navigator->rowOfItem(index)); }

    std::unique_ptr<StatementDocument> m_document;
    std::unique_ptr<NavigatorModel> m_navigator;
    std::unique_ptr<MeasureTableModel> m_measures;
    std::unique_ptr<MeasureFilterModel> m_filter;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestEditableModels::init()
{
    m_document = std::make_unique<StatementDocument>(Example::statement());
    m_navigator = std::make_unique<NavigatorModel>();
    m_measures = std::make_unique<MeasureTableModel>();
    m_navigator->setDocument(m_document.get());
    m_measures->setDocument(m_document.get());
    m_filter = std::make_unique<MeasureFilterModel>();
    m_filter->setSourceModel(m_measures.get());
    // Qt's own checker of the model contract: row counts around every insert, remove and
    // move, indexes, data types. It fails the test on any breach.
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{m_navigator.get(), m_measures.get(), m_filter.get()})
        m_testers.append(new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model));
}

void TestEditableModels::cleanup()
{
    m_testers.clear(); // children of their models
    m_filter.reset();
    m_navigator.reset();
    m_measures.reset();
    m_document.reset();
}

void TestEditableModels::measureCellPushesOneCommand_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");  // DisplayRole afterwards
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("stored"); // the field's value in the statement afterwards

    QTest::newRow("title") << int(MeasureTableModel::Title) << int(Qt::EditRole) << QVariant(u"Ny policy"_s)
                           << u"Ny policy"_s << u"/measures/1/title"_s << u"Ny policy"_s;
    QTest::newRow("owner") << int(MeasureTableModel::Owner) << int(Qt::EditRole) << QVariant(u"Serviceförvaltningen"_s)
                           << u"Serviceförvaltningen"_s << u"/measures/1/owner"_s << u"Serviceförvaltningen"_s;
    QTest::newRow("deadline") << int(MeasureTableModel::Deadline) << int(Qt::EditRole) << QVariant(u" 2027-T2 "_s)
                              << u"tertial 2 2027"_s << u"/measures/1/deadline"_s << u"2027-T2"_s;
    QTest::newRow("status word") << int(MeasureTableModel::Status) << int(Qt::EditRole) << QVariant(u"avslutad"_s)
                                 << u"avslutad"_s << u"/measures/1/status"_s << u"done"_s;
    QTest::newRow("status index") << int(MeasureTableModel::Status) << int(Qt::EditRole) << QVariant(int(MeasureStatus::Cancelled))
                                  << u"avbruten"_s << u"/measures/1/status"_s << u"cancelled"_s;
    QTest::newRow("status role") << int(MeasureTableModel::Title) << int(MeasureTableModel::StatusRole)
                                 << QVariant(int(MeasureStatus::Ongoing)) << u"Nya riktlinjer för direktupphandling med dokumentationsmall"_s
                                 << u"/measures/1/status"_s << u"ongoing"_s;
    QTest::newRow("case") << int(MeasureTableModel::CaseReference) << int(Qt::EditRole) << QVariant(u"KS-2026-99"_s)
                          << u"KS-2026-99"_s << u"/measures/1/caseReference"_s << u"KS-2026-99"_s;
    QTest::newRow("comment") << int(MeasureTableModel::Comment) << int(Qt::EditRole) << QVariant(u"Försenad"_s)
                             << u"Försenad"_s << u"/measures/1/comment"_s << u"Försenad"_s;
}

void TestEditableModels::measureCellPushesOneCommand()
{
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    QFETCH(QString, pointer);
    QFETCH(QString, stored);

    const QModelIndex cell = m_measures->index(1, column);
    const QVariant shownBefore = cell.data();
    const Statement before = m_document->statement();
    QSignalSpy changed(m_measures.get(), &QAbstractItemModel::dataChanged);

    QVERIFY2(m_measures->setData(cell, value, role), qPrintable(m_measures->lastError()));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(cell.data().toString(), shown);
    QCOMPARE(m_document->statement().measures.at(1).id, u"m2"_s);
    QCOMPARE(JsonFormat::toCbor(m_document->statement()).value(u"measures"_s).toArray().at(1).toMap()
                 .value(pointer.section(u'/', 3)).toString(),
             stored);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);

    m_document->undoStack()->undo();
    QVERIFY(m_document->statement() == before);
    QCOMPARE(cell.data(), shownBefore);
    m_document->undoStack()->redo();
    QCOMPARE(cell.data().toString(), shown);

    // The same value again is no edit at all.
    QVERIFY(m_measures->setData(cell, value, role));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestEditableModels::itemRolePushesOneCommand_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected"); // the role's data afterwards

    QTest::newRow("label") << int(Qt::EditRole) << QVariant(u"Upphandling"_s) << QVariant(u"Upphandling"_s);
    QTest::newRow("kind by word") << int(NavigatorModel::KindRole) << QVariant(u"Fråga"_s) << QVariant(u"question"_s);
    QTest::newRow("kind by name") << int(NavigatorModel::KindRole) << QVariant(u"recommendation"_s) << QVariant(u"recommendation"_s);
    QTest::newRow("kind by index") << int(NavigatorModel::KindRole) << QVariant(2) << QVariant(u"question"_s);
    QTest::newRow("text") << int(NavigatorModel::TextRole) << QVariant(u"Säkerställ **rutiner**."_s) << QVariant(u"Säkerställ **rutiner**."_s);
    QTest::newRow("number") << int(NavigatorModel::NumberRole) << QVariant(u"4.2"_s) << QVariant(u"4.2"_s);
}

void TestEditableModels::itemRolePushesOneCommand()
{
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);

    const QModelIndex row = item(2);
    const QVariant before = row.data(role);
    const Statement statementBefore = m_document->statement();
    QSignalSpy changed(m_navigator.get(), &QAbstractItemModel::dataChanged);

    QVERIFY2(m_navigator->setData(row, value, role), qPrintable(m_navigator->lastError()));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(row.data(role), expected);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row.row());

    m_document->undoStack()->undo();
    QCOMPARE(row.data(role), before);
    QVERIFY(m_document->statement() == statementBefore);
}

void TestEditableModels::invalidValuesAreRefused()
{
    const QModelIndex deadline = m_measures->index(0, MeasureTableModel::Deadline);
    QCOMPARE(deadline.data(Qt::EditRole).toString(), u"2026-12"_s);
    // Free text is the deadline editor's business (DeadlineText); the model takes the file's forms.
    QVERIFY(!m_measures->setData(deadline, u"nästa vår"_s));
    QVERIFY2(m_measures->lastError().contains(u"nästa vår"_s), qPrintable(m_measures->lastError()));
    QVERIFY(!m_measures->setData(deadline, u"2026-13"_s));
    QVERIFY(!m_measures->setData(m_measures->index(0, MeasureTableModel::Status), u"färdig"_s));
    QVERIFY(!m_measures->setData(m_measures->index(0, MeasureTableModel::Status), 9));
    QVERIFY(!m_measures->setData(m_measures->index(0, MeasureTableModel::Items), u"r1"_s));
    QVERIFY(!m_navigator->setData(item(0), u"hemställan"_s, NavigatorModel::KindRole));
    // What a view sets when it "clears" dragged cells.
    QVERIFY(!m_measures->setData(m_measures->index(0, MeasureTableModel::Title), QVariant()));
    QVERIFY(!m_navigator->setData(item(0), QVariant()));
    // The pages around the items are not items.
    QVERIFY(!m_navigator->setData(m_navigator->index(m_navigator->rowOf(NavigatorModel::Page::Audit)), u"x"_s));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(deadline.data().toString(), u"december 2026"_s);

    // A valid one after a refusal clears the error.
    QVERIFY(m_measures->setData(deadline, u"ongoing"_s));
    QVERIFY(m_measures->lastError().isEmpty());
    QCOMPARE(deadline.data().toString(), u"löpande"_s);
}

void TestEditableModels::flags()
{
    for (int column = 0; column < MeasureTableModel::ColumnCount; ++column) {
        const bool editable = m_measures->flags(m_measures->index(0, column)) & Qt::ItemIsEditable;
        QCOMPARE(editable, column != MeasureTableModel::Items);
    }
    const Qt::ItemFlags itemFlags = m_navigator->flags(item(0));
    QVERIFY(itemFlags & Qt::ItemIsEditable);
    QVERIFY(itemFlags & Qt::ItemIsDragEnabled);
    QVERIFY(itemFlags & Qt::ItemIsSelectable);
    // The pages can be selected, not edited or dragged.
    const Qt::ItemFlags page = m_navigator->flags(m_navigator->index(m_navigator->rowOf(NavigatorModel::Page::Measures)));
    QVERIFY(page & Qt::ItemIsSelectable);
    QVERIFY(!(page & (Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled)));
    QVERIFY(m_navigator->flags({}) & Qt::ItemIsDropEnabled);
    QCOMPARE(m_navigator->supportedDropActions(), Qt::MoveAction);
}

void TestEditableModels::readOnlyDocumentIsNotEditable()
{
    // A file from a newer Yttra opens read-only.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.yttrande"_s);
    QByteArray bytes = JsonFormat::write(Example::statement());
    bytes.replace("\"formatVersion\": 1", "\"formatVersion\": 2");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    auto opened = StatementDocument::open(path);
    YTTRA_VERIFY_OK(opened);
    QVERIFY(opened.value()->isReadOnly());
    MeasureTableModel measures;
    measures.setDocument(opened.value().get());
    NavigatorModel navigator;
    navigator.setDocument(opened.value().get());
    QVERIFY(!(measures.flags(measures.index(0, MeasureTableModel::Title)) & Qt::ItemIsEditable));
    QVERIFY(!(navigator.flags(navigator.index(navigator.rowOfItem(0))) & Qt::ItemIsEditable));
    QVERIFY(!(navigator.flags({}) & Qt::ItemIsDropEnabled));
    QVERIFY(!measures.setData(measures.index(0, MeasureTableModel::Title), u"x"_s));
    QVERIFY(!measures.lastError().isEmpty());
}

void TestEditableModels::statusChoicesFollowTheLanguage()
{
    const QModelIndex status = m_measures->index(0, MeasureTableModel::Status);
    QCOMPARE(status.data(MeasureTableModel::StatusChoicesRole).toStringList(),
             (QStringList{u"planerad"_s, u"pågående"_s, u"avslutad"_s, u"överförd"_s, u"avbruten"_s}));
    // The editor's combo box starts at the current word.
    QCOMPARE(status.data(Qt::EditRole).toString(), u"pågående"_s);
    QCOMPARE(item(0).data(NavigatorModel::KindChoicesRole).toStringList(),
             (QStringList{u"Rekommendation"_s, u"Bedömning"_s, u"Fråga"_s}));

    QSignalSpy changed(m_measures.get(), &QAbstractItemModel::dataChanged);
    YTTRA_VERIFY_OK(m_document->setField(u"/language"_s, u"en"_s));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(status.data(MeasureTableModel::StatusChoicesRole).toStringList(),
             (QStringList{u"planned"_s, u"ongoing"_s, u"done"_s, u"transferred"_s, u"cancelled"_s}));
    QCOMPARE(status.data().toString(), u"ongoing"_s);
    // Either language's word is understood.
    QVERIFY(m_measures->setData(status, u"Avslutad"_s));
    QCOMPARE(status.data().toString(), u"done"_s);
}

void TestEditableModels::structuralChangesAreNotResets()
{
    ResetCounter itemResets(m_navigator.get());
    ResetCounter measureResets(m_measures.get());
    QSignalSpy itemsMoved(m_navigator.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy itemsInserted(m_navigator.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy itemsRemoved(m_navigator.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy measuresMoved(m_measures.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy measuresInserted(m_measures.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy measuresRemoved(m_measures.get(), &QAbstractItemModel::rowsRemoved);

    // A view's selection: the assessment b1, the third item.
    const QPersistentModelIndex selected = item(2);
    QCOMPARE(selected.data(NavigatorModel::IdRole).toString(), u"b1"_s);

    YTTRA_VERIFY_OK(m_document->moveItem(2, 0));
    QCOMPARE(itemsMoved.size(), 1);
    // rowsMoved(parent, start, end, destination, row): item 2's row put before item 0's.
    QCOMPARE(itemsMoved.first().at(1).toInt(), m_navigator->rowOfItem(2));
    QCOMPARE(itemsMoved.first().at(2).toInt(), m_navigator->rowOfItem(2));
    QCOMPARE(itemsMoved.first().at(4).toInt(), m_navigator->rowOfItem(0));
    QCOMPARE(selected.row(), m_navigator->rowOfItem(0));
    QCOMPARE(selected.data(NavigatorModel::IdRole).toString(), u"b1"_s);
    QCOMPARE(itemIds(*m_navigator), (QStringList{u"b1"_s, u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r5"_s, u"r6"_s}));
    // Headings are numbered by position.
    QCOMPARE(item(0).data(NavigatorModel::HeadingRole).toString(), u"Åtgärdsområde 1"_s);

    YTTRA_VERIFY_OK(m_document->moveItem(0, 4));
    QCOMPARE(itemsMoved.size(), 2);
    QCOMPARE(itemsMoved.last().at(1).toInt(), m_navigator->rowOfItem(0));
    QCOMPARE(itemsMoved.last().at(4).toInt(), m_navigator->rowOfItem(5)); // as counted before the move
    QCOMPARE(selected.row(), m_navigator->rowOfItem(4));

    Item question;
    question.id = u"q1"_s;
    question.kind = ItemKind::Question;
    question.text = u"Hur?"_s;
    YTTRA_VERIFY_OK(m_document->insertItem(1, question));
    QCOMPARE(itemsInserted.size(), 1);
    QCOMPARE(itemsInserted.first().at(1).toInt(), m_navigator->rowOfItem(1));
    QCOMPARE(itemIds(*m_navigator).size(), 8);
    QCOMPARE(selected.row(), m_navigator->rowOfItem(5));

    // Removing an item that measures link to: one row, and the links' rows are updated.
    QSignalSpy measureCells(m_measures.get(), &QAbstractItemModel::dataChanged);
    YTTRA_VERIFY_OK(m_document->removeItem(0)); // r1, linked from m1 and m2
    QCOMPARE(itemsRemoved.size(), 1);
    QCOMPARE(itemIds(*m_navigator).size(), 7);
    QVERIFY(!measureCells.isEmpty());
    QVERIFY(!m_measures->index(0, MeasureTableModel::Items).data().toString().isEmpty());

    Measure measure;
    measure.id = u"m11"_s;
    measure.title = u"Ny åtgärd"_s;
    YTTRA_VERIFY_OK(m_document->insertMeasure(0, measure));
    QCOMPARE(measuresInserted.size(), 1);
    YTTRA_VERIFY_OK(m_document->moveMeasure(0, 10));
    QCOMPARE(measuresMoved.size(), 1);
    QCOMPARE(m_measures->index(10, 0).data(MeasureTableModel::IdRole).toString(), u"m11"_s);
    YTTRA_VERIFY_OK(m_document->removeMeasure(10));
    QCOMPARE(measuresRemoved.size(), 1);
    YTTRA_VERIFY_OK(m_document->link(0, u"q1"_s));

    // Undo all of it, then redo: the same fine-grained signals, in reverse.
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QVERIFY(m_document->statement() == Example::statement());
    QCOMPARE(itemIds(*m_navigator), (QStringList{u"r1"_s, u"r2"_s, u"b1"_s, u"r3"_s, u"r4"_s, u"r5"_s, u"r6"_s}));
    QCOMPARE(selected.row(), m_navigator->rowOfItem(2));
    while (m_document->undoStack()->canRedo())
        m_document->undoStack()->redo();
    QCOMPARE(itemIds(*m_navigator).size(), 7);

    QCOMPARE(itemResets.spy.size(), 0);
    QCOMPARE(measureResets.spy.size(), 0);
}

void TestEditableModels::fieldChangesUpdateTheirRow()
{
    QSignalSpy items(m_navigator.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy measures(m_measures.get(), &QAbstractItemModel::dataChanged);
    YTTRA_VERIFY_OK(m_document->setField(u"/items/3/label"_s, u"Avtalsuppföljning"_s));
    QVERIFY(!items.isEmpty());
    QCOMPARE(items.first().at(0).value<QModelIndex>(), item(3));
    QCOMPARE(items.first().at(1).value<QModelIndex>(), item(3));
    // The measures that answer the item show its heading.
    QVERIFY(!measures.isEmpty());
    QCOMPARE(measures.first().at(0).value<QModelIndex>().column(), int(MeasureTableModel::Items));
    QVERIFY(m_measures->index(1, MeasureTableModel::Items).data().toString().contains(u"Avtalsuppföljning"_s));

    measures.clear();
    YTTRA_VERIFY_OK(m_document->setField(u"/measures/6/owner"_s, u"Ekonomiavdelningen"_s));
    QCOMPARE(measures.size(), 1);
    QCOMPARE(measures.first().at(0).value<QModelIndex>(), m_measures->index(6, MeasureTableModel::Owner));
    QCOMPARE(measures.first().at(1).value<QModelIndex>(), m_measures->index(6, MeasureTableModel::Owner));

    measures.clear();
    YTTRA_VERIFY_OK(m_document->unlink(4, u"b1"_s));
    QCOMPARE(measures.size(), 1);
    QCOMPARE(measures.first().at(0).value<QModelIndex>(), m_measures->index(4, MeasureTableModel::Items));
}

void TestEditableModels::dragAndDropMovesAnItem()
{
    std::unique_ptr<QMimeData> data(m_navigator->mimeData({item(0)}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(NavigatorModel::rowMimeType()));
    QVERIFY(m_navigator->canDropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOfItem(3), 0, {}));
    QVERIFY(!m_navigator->canDropMimeData(data.get(), Qt::CopyAction, m_navigator->rowOfItem(3), 0, {}));
    // Items stay between the summary and the measure register.
    QVERIFY(!m_navigator->canDropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOf(NavigatorModel::Page::Summary), 0, {}));
    QVERIFY(!m_navigator->canDropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOf(NavigatorModel::Page::Signatures), 0, {}));
    QVERIFY(!m_navigator->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(!m_navigator->canDropMimeData(data.get(), Qt::MoveAction, -1, -1,
                                          m_navigator->index(m_navigator->rowOf(NavigatorModel::Page::Audit))));
    // Pages are not dragged.
    QVERIFY(!m_navigator->mimeData({m_navigator->index(m_navigator->rowOf(NavigatorModel::Page::Audit))}));

    // Dropped between the second and third items: r1 lands as the third item.
    QVERIFY(m_navigator->dropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOfItem(3), 0, {}));
    QCOMPARE(itemIds(*m_navigator), (QStringList{u"r2"_s, u"b1"_s, u"r1"_s, u"r3"_s, u"r4"_s, u"r5"_s, u"r6"_s}));
    QCOMPARE(m_document->undoStack()->count(), 1);

    // Onto the first item: in its place. Before the measure register: at the end.
    data.reset(m_navigator->mimeData({item(2)}));
    QVERIFY(m_navigator->dropMimeData(data.get(), Qt::MoveAction, -1, -1, item(0)));
    QCOMPARE(itemIds(*m_navigator).first(), u"r1"_s);
    data.reset(m_navigator->mimeData({item(0)}));
    QVERIFY(m_navigator->dropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOf(NavigatorModel::Page::Measures), 0, {}));
    QCOMPARE(itemIds(*m_navigator).last(), u"r1"_s);
    QCOMPARE(m_document->undoStack()->count(), 3);

    // Where it was: nothing to do or undo.
    data.reset(m_navigator->mimeData({item(1)}));
    QVERIFY(!m_navigator->dropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOfItem(2), 0, {}));
    QCOMPARE(m_document->undoStack()->count(), 3);

    // From another window's document: refused.
    StatementDocument other(Example::statement());
    NavigatorModel otherNavigator;
    otherNavigator.setDocument(&other);
    data.reset(otherNavigator.mimeData({otherNavigator.index(otherNavigator.rowOfItem(0))}));
    QVERIFY(!m_navigator->canDropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOfItem(3), 0, {}));
    QVERIFY(!m_navigator->dropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOfItem(3), 0, {}));

    // What QListView calls for an internal move: before the measure register is the end.
    QVERIFY(m_navigator->moveRow({}, m_navigator->rowOfItem(0), {}, m_navigator->rowOf(NavigatorModel::Page::Measures)));
    QCOMPARE(itemIds(*m_navigator).last(), u"r2"_s);
    QCOMPARE(m_document->undoStack()->count(), 4);
    // Not past the items, not a page.
    QVERIFY(!m_navigator->moveRow({}, m_navigator->rowOfItem(0), {}, m_navigator->rowOf(NavigatorModel::Page::Audit)));
    QVERIFY(!m_navigator->lastError().isEmpty());
    QVERIFY(!m_navigator->moveRow({}, m_navigator->rowOf(NavigatorModel::Page::Audit), {}, m_navigator->rowOfItem(2)));
    QCOMPARE(m_document->undoStack()->count(), 4);
}

void TestEditableModels::readOnlyNavigatorRefusesMoves()
{
    // Shown beside someone who has the file open: the document would take edits, the
    // navigator does not offer them.
    m_navigator->setReadOnly(true);
    QVERIFY(!(m_navigator->flags(item(0)) & (Qt::ItemIsDragEnabled | Qt::ItemIsEditable)));
    QVERIFY(!(m_navigator->flags({}) & Qt::ItemIsDropEnabled));
    std::unique_ptr<QMimeData> data(m_navigator->mimeData({item(0)}));
    QVERIFY(!m_navigator->canDropMimeData(data.get(), Qt::MoveAction, m_navigator->rowOfItem(3), 0, {}));
    QVERIFY(!m_navigator->moveRow({}, m_navigator->rowOfItem(0), {}, m_navigator->rowOfItem(3)));
    QVERIFY(!m_navigator->lastError().isEmpty());
    QVERIFY(!m_navigator->setData(item(0), u"Upphandling"_s));
    QCOMPARE(m_document->undoStack()->count(), 0);

    m_navigator->setReadOnly(false);
    QVERIFY2(m_navigator->moveRow({}, m_navigator->rowOfItem(0), {}, m_navigator->rowOfItem(3)), qPrintable(m_navigator->lastError()));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestEditableModels::navigatorMoveSaysWhatChanged()
{
    // As the document's commands do: a move, none, or a refusal with its reason.
    const auto moved = m_navigator->moveItem(0, 2);
    YTTRA_VERIFY_OK(moved);
    QCOMPARE(moved.value(), StatementDocument::Change::Made);
    QCOMPARE(m_document->undoStack()->count(), 1);

    const auto same = m_navigator->moveItem(1, 1);
    YTTRA_VERIFY_OK(same);
    QCOMPARE(same.value(), StatementDocument::Change::None);
    QCOMPARE(m_document->undoStack()->count(), 1);

    const auto pastEnd = m_navigator->moveItem(0, 99);
    QVERIFY(!pastEnd.ok());
    QVERIFY(!pastEnd.error().isEmpty());

    m_navigator->setReadOnly(true);
    const auto readOnly = m_navigator->moveItem(0, 2);
    QVERIFY(!readOnly.ok());
    QCOMPARE(readOnly.error(), NavigatorModel::tr("the statement is open read-only"));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestEditableModels::pagesAroundTheItems()
{
    using Page = NavigatorModel::Page;
    const int items = static_cast<int>(Example::statement().items.size());
    // Details, audit, summary, the items, the register, the signatures.
    QCOMPARE(m_navigator->rowCount(), items + 5);
    QCOMPARE(m_navigator->pageAt(0), Page::Details);
    QCOMPARE(m_navigator->pageAt(1), Page::Audit);
    QCOMPARE(m_navigator->pageAt(2), Page::Summary);
    QCOMPARE(m_navigator->rowOf(Page::Item), m_navigator->rowOfItem(0));
    QCOMPARE(m_navigator->pageAt(m_navigator->rowOfItem(items - 1)), Page::Item);
    QCOMPARE(m_navigator->itemAt(m_navigator->rowOfItem(items - 1)), items - 1);
    QCOMPARE(m_navigator->rowOf(Page::Measures), m_navigator->rowOfItem(items));
    QCOMPARE(m_navigator->rowOf(Page::Signatures), m_navigator->rowCount() - 1);
    for (int row = 0; row < m_navigator->rowCount(); ++row) {
        const QModelIndex index = m_navigator->index(row);
        QCOMPARE(index.data(NavigatorModel::PageRole).toInt(), int(m_navigator->pageAt(row)));
        QCOMPARE(index.data(NavigatorModel::ItemIndexRole).toLongLong(), m_navigator->itemAt(row));
    }

    QCOMPARE(m_navigator->index(0).data().toString(), u"Statement details"_s);
    const QModelIndex measures = m_navigator->index(m_navigator->rowOf(Page::Measures));
    QCOMPARE(measures.data().toString(), u"Measures register (10)"_s);
    // An item: its heading, its kind and number, and the start of the auditors' words.
    const QString second = item(1).data().toString();
    QVERIFY2(second.startsWith(u"Åtgärdsområde 2 · Rekommendation"_s), qPrintable(second));
    QVERIFY2(second.section(u'\n', 1).startsWith(Example::statement().items.at(1).text.left(20).remove(u'*')), qPrintable(second));

    // The register's row counts the measures as they come and go.
    QSignalSpy changed(m_navigator.get(), &QAbstractItemModel::dataChanged);
    Measure measure;
    measure.id = u"m11"_s;
    measure.title = u"Ny åtgärd"_s;
    YTTRA_VERIFY_OK(m_document->insertMeasure(0, measure));
    QCOMPARE(measures.data().toString(), u"Measures register (11)"_s);
    QVERIFY(std::any_of(changed.begin(), changed.end(), [&measures](const QList<QVariant> &args) {
        return args.at(0).value<QModelIndex>() == measures;
    }));

    // With no document there are the pages, and nothing to say about them.
    NavigatorModel empty;
    QCOMPARE(empty.rowCount(), 5);
    QCOMPARE(empty.rowOf(Page::Item), -1);
    QVERIFY(!empty.index(0).data().isValid());
}

void TestEditableModels::pointersFindTheirRow_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("item"); // for Page::Item

    using Page = NavigatorModel::Page;
    QTest::newRow("board") << u"/board"_s << int(Page::Details) << -1;
    QTest::newRow("audit") << u"/audit/conclusion"_s << int(Page::Audit) << -1;
    QTest::newRow("summary") << u"/summary"_s << int(Page::Summary) << -1;
    QTest::newRow("reading guide") << u"/readingGuide"_s << int(Page::Summary) << -1;
    QTest::newRow("item field") << u"/items/2/response/deadline"_s << int(Page::Item) << 2;
    QTest::newRow("item") << u"/items/6"_s << int(Page::Item) << 6;
    QTest::newRow("no such item") << u"/items/99"_s << int(Page::Item) << 0;
    // Where comments on a removed item point: not at any item.
    QTest::newRow("removed item") << u"/items"_s << int(Page::Details) << -1;
    QTest::newRow("measure") << u"/measures/3/title"_s << int(Page::Measures) << -1;
    QTest::newRow("signature") << u"/signatures/0/name"_s << int(Page::Signatures) << -1;
    QTest::newRow("reservations") << u"/reservations"_s << int(Page::Signatures) << -1;
}

void TestEditableModels::pointersFindTheirRow()
{
    QFETCH(QString, pointer);
    QFETCH(int, page);
    QFETCH(int, item);

    const auto expected = static_cast<NavigatorModel::Page>(page);
    const int row = expected == NavigatorModel::Page::Item ? m_navigator->rowOfItem(item) : m_navigator->rowOf(expected);
    QCOMPARE(m_navigator->rowOfPointer(pointer), row);
}

void TestEditableModels::completeness()
{
    // The example's items are complete as the validator sees them.
    for (const Finding &finding : Validator::check(m_document->statement()))
        QVERIFY2(!finding.pointer.startsWith(u"/items/0/"_s), qPrintable(finding.text()));
    const QModelIndex first = item(0);
    QCOMPARE(first.data(NavigatorModel::CompleteRole).toBool(), true);
    QCOMPARE(first.data(NavigatorModel::StateRole).toInt(), int(NavigatorModel::State::Complete));
    QVERIFY(first.data(NavigatorModel::FindingsRole).toStringList().isEmpty());

    QSignalSpy changed(m_navigator.get(), &QAbstractItemModel::dataChanged);
    YTTRA_VERIFY_OK(m_document->setField(u"/items/0/response/expectedEffect"_s, QString()));
    QCOMPARE(first.data(NavigatorModel::CompleteRole).toBool(), false);
    QCOMPARE(first.data(NavigatorModel::StateRole).toInt(), int(NavigatorModel::State::Gaps));
    QCOMPARE(first.data(NavigatorModel::ProblemCountRole).toInt(), 1);
    QCOMPARE(first.data(NavigatorModel::FindingsRole).toStringList(), QStringList{u"the expected effect is not given"_s});
    // No translator here: the plural stays "gap(s)".
    QVERIFY2(first.data(Qt::AccessibleTextRole).toString().endsWith(u": 1 gap(s)"_s), qPrintable(first.data(Qt::AccessibleTextRole).toString()));
    const bool announced = std::any_of(changed.begin(), changed.end(), [&first](const QList<QVariant> &args) {
        return args.at(0).value<QModelIndex>() == first && args.at(2).value<QList<int>>().contains(NavigatorModel::CompleteRole);
    });
    QVERIFY(announced);
    // Only that row's verdict was announced.
    for (const QList<QVariant> &args : std::as_const(changed)) {
        if (args.at(2).value<QList<int>>().contains(NavigatorModel::CompleteRole))
            QCOMPARE(args.at(0).value<QModelIndex>(), first);
    }
    // Other rows are unaffected.
    QCOMPARE(item(1).data(NavigatorModel::CompleteRole).toBool(), true);

    m_document->undoStack()->undo();
    QCOMPARE(first.data(NavigatorModel::CompleteRole).toBool(), true);

    // A change elsewhere can make an item incomplete: its measures text and links gone.
    YTTRA_VERIFY_OK(m_document->setField(u"/items/1/response/measures"_s, QString()));
    QCOMPARE(item(1).data(NavigatorModel::CompleteRole).toBool(), true); // still linked to m1, m3, m4
    for (int measure : {0, 2, 3})
        YTTRA_VERIFY_OK(m_document->unlink(measure, u"r2"_s));
    QCOMPARE(item(1).data(NavigatorModel::CompleteRole).toBool(), false);
    // And it follows the item when the item moves.
    YTTRA_VERIFY_OK(m_document->moveItem(1, 5));
    QCOMPARE(item(5).data(NavigatorModel::CompleteRole).toBool(), false);
    QCOMPARE(item(1).data(NavigatorModel::CompleteRole).toBool(), true);
}

void TestEditableModels::findingsMarkTheirPage()
{
    const QModelIndex details = m_navigator->index(m_navigator->rowOf(NavigatorModel::Page::Details));
    QCOMPARE(details.data(NavigatorModel::StateRole).toInt(), int(NavigatorModel::State::Complete));
    QVERIFY(!details.data(Qt::ToolTipRole).isValid());

    YTTRA_VERIFY_OK(m_document->setField(u"/board"_s, QString()));
    QCOMPARE(details.data(NavigatorModel::StateRole).toInt(), int(NavigatorModel::State::Errors));
    QCOMPARE(details.data(NavigatorModel::FindingsRole).toStringList(), QStringList{u"the responding board is not named"_s});
    QVERIFY2(details.data(Qt::ToolTipRole).toString().contains(u"see Completeness"_s), qPrintable(details.data(Qt::ToolTipRole).toString()));
    // The whole list the rows are marked from, for the completeness panel: one check per change.
    QCOMPARE(m_navigator->findings(), Validator::check(m_document->statement()));

    m_document->undoStack()->undo();
    QCOMPARE(details.data(NavigatorModel::StateRole).toInt(), int(NavigatorModel::State::Complete));
    QCOMPARE(m_navigator->findings(), Validator::check(m_document->statement()));
}

void TestEditableModels::openCommentsPerRow()
{
    const auto comment = [](const QString &id, const QString &target, bool resolved) {
        Comment c;
        c.id = id;
        c.target = target;
        c.author = u"Revisor"_s;
        c.text = u"Förtydliga."_s;
        c.resolved = resolved;
        return c;
    };
    Review review;
    review.comments = {comment(u"c1"_s, u"/items/1/text"_s, false), comment(u"c2"_s, u"/items/1/response/expectedEffect"_s, true),
                       comment(u"c3"_s, u"/summary"_s, false), comment(u"c4"_s, u"/measures/2/title"_s, false),
                       comment(u"c5"_s, u"/measures/3/owner"_s, false)};
    QSignalSpy changed(m_navigator.get(), &QAbstractItemModel::dataChanged);
    YTTRA_VERIFY_OK(m_document->setReview(review, u"Kommentarer"_s));
    QVERIFY(std::any_of(changed.begin(), changed.end(), [](const QList<QVariant> &args) {
        return args.at(2).value<QList<int>>().contains(NavigatorModel::OpenCommentsRole);
    }));

    QCOMPARE(item(1).data(NavigatorModel::OpenCommentsRole).toInt(), 1); // the resolved one does not count
    QCOMPARE(item(0).data(NavigatorModel::OpenCommentsRole).toInt(), 0);
    QCOMPARE(m_navigator->index(m_navigator->rowOf(NavigatorModel::Page::Summary)).data(NavigatorModel::OpenCommentsRole).toInt(), 1);
    QCOMPARE(m_navigator->index(m_navigator->rowOf(NavigatorModel::Page::Measures)).data(NavigatorModel::OpenCommentsRole).toInt(), 2);
    // Said after what the row is, to the eye and to a screen reader.
    QCOMPARE(item(1).data(Qt::ToolTipRole).toString(), u"Complete, 1 open comment(s)"_s);
    QCOMPARE(m_navigator->index(m_navigator->rowOf(NavigatorModel::Page::Measures)).data(Qt::AccessibleTextRole).toString(),
             u"Measures register (10), 2 open comment(s)"_s);
    QVERIFY(!item(0).data(Qt::ToolTipRole).toString().contains(u"comment"_s));
}

void TestEditableModels::sortsByDeadlineLastDay()
{
    m_filter->sort(MeasureTableModel::Deadline, Qt::AscendingOrder);
    const QStringList expected{u"m5"_s, u"m2"_s, u"m4"_s, u"m9"_s, u"m1"_s, u"m7"_s, u"m10"_s, u"m6"_s, u"m3"_s, u"m8"_s};
    QCOMPARE(ids(*m_filter, MeasureTableModel::IdRole), expected);

    // Not the text's order ("andra halvåret 2026" would come first).
    QStringList byText;
    for (int row = 0; row < m_measures->rowCount(); ++row)
        byText.append(m_measures->index(row, MeasureTableModel::Deadline).data().toString());
    QVERIFY(byText.first() != u"april 2026"_s);

    // A changed deadline takes its place at once.
    QVERIFY(m_measures->setData(m_measures->index(7, MeasureTableModel::Deadline), u"2026-01-15"_s)); // m8
    QCOMPARE(ids(*m_filter, MeasureTableModel::IdRole).first(), u"m8"_s);

    // Text in Swedish alphabetical order: Å, Ä, Ö after Z.
    m_filter->sort(MeasureTableModel::Title, Qt::AscendingOrder);
    const QStringList titles = ids(*m_filter, Qt::DisplayRole);
    QCOMPARE(titles.size(), 10);
    QVERIFY2(titles.at(7).startsWith(u'R') && titles.at(8).startsWith(u'Å') && titles.at(9).startsWith(u'Ö'),
             qPrintable(titles.join(u" | "_s)));

    m_filter->sort(MeasureTableModel::Status, Qt::AscendingOrder);
    QCOMPARE(m_filter->index(0, MeasureTableModel::Status).data().toString(), u"planerad"_s);
    QCOMPARE(m_filter->index(9, MeasureTableModel::Status).data().toString(), u"avslutad"_s);
}

void TestEditableModels::filtersByStatusAndText()
{
    m_filter->setStatusFilter({MeasureStatus::Done});
    QCOMPARE(ids(*m_filter, MeasureTableModel::IdRole), QStringList{u"m5"_s});
    m_filter->setStatusFilter({MeasureStatus::Done, MeasureStatus::Ongoing});
    QCOMPARE(ids(*m_filter, MeasureTableModel::IdRole), (QStringList{u"m1"_s, u"m5"_s, u"m8"_s}));

    // Text in any column, every word, any case.
    m_filter->setStatusFilter({});
    m_filter->setFilterText(u"AVTAL"_s);
    const QStringList withAvtal = ids(*m_filter, MeasureTableModel::IdRole);
    QVERIFY(withAvtal.contains(u"m6"_s) && withAvtal.contains(u"m8"_s));
    QVERIFY(!withAvtal.contains(u"m1"_s));
    m_filter->setFilterText(u"avtal kvartalsvis"_s);
    QCOMPARE(ids(*m_filter, MeasureTableModel::IdRole), QStringList{u"m8"_s});
    // The deadline as shown and the items' headings count as text.
    m_filter->setFilterText(u"tertial"_s);
    QCOMPARE(ids(*m_filter, MeasureTableModel::IdRole), QStringList{u"m6"_s});

    // Both at once, and an edit that changes the answer.
    m_filter->setFilterText(u"avtal"_s);
    m_filter->setStatusFilter({MeasureStatus::Done});
    QVERIFY(ids(*m_filter, MeasureTableModel::IdRole).isEmpty());
    QVERIFY(m_measures->setData(m_measures->index(5, MeasureTableModel::Status), u"avslutad"_s)); // m6
    QCOMPARE(ids(*m_filter, MeasureTableModel::IdRole), QStringList{u"m6"_s});

    m_filter->setFilterText(QString());
    m_filter->setStatusFilter({});
    QCOMPARE(m_filter->rowCount(), 10);
}

QTEST_GUILESS_MAIN(TestEditableModels)
#include "tst_editablemodels.moc"

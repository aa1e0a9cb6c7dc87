// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebox.h"
#include "dialogs/linkdialog.h"
#include "document/measurefiltermodel.h"
#include "document/measuretablemodel.h"
#include "document/navigatormodel.h"
#include "document/statementdocument.h"
#include "editor/completenesspanel.h"
#include "editor/detailspage.h"
#include "editor/itempage.h"
#include "editor/measurespage.h"
#include "editor/signaturespage.h"
#include "editor/statementeditor.h"
#include "fields/datefield.h"
#include "fields/deadlinefield.h"
#include "fields/markdowntextedit.h"
#include "fields/richtextedit.h"
#include "format/example.h"
#include "guitesthelpers.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMimeData>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextEdit>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

using test::typeText;
using Page = NavigatorModel::Page;

/// The editing area on real widgets (offscreen): every kind of field reaches the document
/// as an undoable edit and comes back on undo; items and measures are added, moved,
/// removed and linked; the completeness panel leads to its fields.
class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editsStatementDetails();
    void editsAudit();
    void editsSummaryRichText();
    void editsItemFields();
    void itemDeadlineForms_data();
    void itemDeadlineForms();
    void badDeadlineIsKeptNotWritten();
    void followUpShowsItsFields();
    void editsMeasureFields();
    void editsSignatures();

    void typingMergesAndUndoRestoresTheWidget();
    void ctrlZInAFieldUndoesTheDocument();

    void addsMovesRemovesItems();
    void dragMovesAnItem();
    void duplicateKeepsLinks();
    void addsMovesRemovesMeasures();
    void sortsAndFiltersMeasures();
    void editsMeasuresInTheTable();
    void linksAMeasureToTwoItems();
    void linksMeasuresFromAnItem();

    void completenessLeadsToTheField();
    void navigatorMarksFollowTheText();
    void navigatorDrawsTheMarks();
    void readOnlyDocumentCannotBeEdited();
    void everyInputHasAnAccessibleName();
    void tabOrderFollowsTheForm();

private:
    void tickInDialog(LinkDialog *dialog, const QStringList &ids);
    bool rowShows(const QModelIndex &index, const QColor &colour) const;

    const Statement &statement() const { return m_document->statement(); }
    template <typename T>
    T *find(const QString &name) const
    {
        return m_editor->findChild<T *>(name);
    }

    std::unique_ptr<StatementDocument> m_document;
    std::unique_ptr<StatementEditor> m_editor;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

void TestEditor::initTestCase()
{
    MessageBox::setTestMode(true);
}

void TestEditor::init()
{
    m_document = std::make_unique<StatementDocument>(Example::statement());
    m_editor = std::make_unique<StatementEditor>();
    m_editor->resize(1200, 800);
    m_editor->setDocument(m_document.get());
    // Every edit below also checks the navigator's model against Qt's model contract.
    new QAbstractItemModelTester(m_editor->navigatorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_editor->navigatorModel());
    // The window's Undo and Redo, as the main window makes them.
    // (through the document, which commits what a field holds before it undoes).
    m_undo = m_document->undoStack()->createUndoAction(m_editor.get());
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(m_editor.get());
    m_redo->setShortcuts(QKeySequence::Redo);
    disconnect(m_undo, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    disconnect(m_redo, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    connect(m_undo, &QAction::triggered, m_document.get(), [this] { Q_UNUSED(m_document->undo()); });
    connect(m_redo, &QAction::triggered, m_document.get(), [this] { Q_UNUSED(m_document->redo()); });
    m_editor->addActions({m_undo, m_redo});
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestEditor::cleanup()
{
    m_editor.reset();
    m_document.reset();
}

void TestEditor::editsStatementDetails()
{
    m_editor->showPage(Page::Details);
    auto *board = find<QLineEdit>(u"boardEdit"_s);
    QVERIFY(board && board->isVisible());
    QCOMPARE(board->text(), u"Kommunstyrelsen"_s);
    board->selectAll();
    typeText(board, u"Servicenämnden"_s);
    QCOMPARE(statement().board, u"Servicenämnden"_s);

    auto *due = find<DateField>(u"dueDateField"_s);
    due->lineEdit()->selectAll();
    typeText(due->lineEdit(), u"2026-06-01"_s);
    QCOMPARE(statement().dueDate, u"2026-06-01"_s);
    auto *countdown = find<QLabel>(u"countdownLabel"_s);
    QVERIFY(!countdown->text().isEmpty());

    // Items have a kind too: this is the statement's.
    auto *kind = m_editor->detailsPage()->findChild<QComboBox *>(u"kindCombo"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(statement().kind, StatementKind::FollowUp);
    QCOMPARE(kind->currentText(), u"Uppföljande yttrande"_s);

    auto *language = find<QComboBox>(u"languageCombo"_s);
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(statement().language, u"en"_s);
    // The document's own words follow its language.
    QCOMPARE(kind->currentText(), u"Follow-up statement"_s);
}

void TestEditor::editsAudit()
{
    m_editor->showPage(Page::Audit);
    auto *reference = find<QLineEdit>(u"referenceEdit"_s);
    reference->selectAll();
    typeText(reference, u"SR-2020-83"_s);
    QCOMPARE(statement().audit.reference, u"SR-2020-83"_s);
    auto *addressees = find<QPlainTextEdit>(u"addresseesEdit"_s);
    addressees->moveCursor(QTextCursor::End);
    typeText(addressees, u"\nServicenämnden"_s);
    QCOMPARE(statement().audit.addressees, (QStringList{u"Kommunstyrelsen"_s, u"Samhällsbyggnadsnämnden"_s, u"Servicenämnden"_s}));
    auto *reportDate = find<DateField>(u"reportDateField"_s);
    reportDate->lineEdit()->clear();
    QTest::keyClick(reportDate->lineEdit(), Qt::Key_A); // not a date: nothing written
    QCOMPARE(statement().audit.reportDate, u"2026-02-10"_s);
    reportDate->lineEdit()->selectAll();
    QTest::keyClick(reportDate->lineEdit(), Qt::Key_Backspace); // empty is allowed
    QCOMPARE(statement().audit.reportDate, QString());
}

void TestEditor::editsSummaryRichText()
{
    m_editor->showPage(Page::Summary);
    auto *summary = find<RichTextEdit>(u"summaryEdit"_s);
    summary->textEdit()->setFocus();
    summary->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClick(summary->textEdit(), Qt::Key_Return);
    QTest::keyClick(summary->textEdit(), Qt::Key_B, Qt::ControlModifier);
    typeText(summary->textEdit(), u"Viktigt"_s);
    QVERIFY2(statement().summary.endsWith(u"\n\n**Viktigt**"_s), qPrintable(statement().summary.right(40)));
    QVERIFY(statement().summary.startsWith(Example::statement().summary));
}

void TestEditor::editsItemFields()
{
    m_editor->showPage(Page::Item, 1);
    ItemPage *page = m_editor->itemPage();
    QCOMPARE(page->item(), 1);
    auto *text = page->findChild<RichTextEdit *>(u"textEdit"_s);
    text->textEdit()->moveCursor(QTextCursor::End);
    typeText(text->textEdit(), u" Extra."_s);
    QCOMPARE(statement().items.at(1).text, Example::statement().items.at(1).text + u" Extra."_s);

    auto *effect = page->findChild<RichTextEdit *>(u"expectedEffectEdit"_s);
    effect->setMarkdown(QString()); // as if the field were empty
    effect->textEdit()->clear();
    typeText(effect->textEdit(), u"Bättre kontroll."_s);
    QCOMPARE(statement().items.at(1).response.expectedEffect, u"Bättre kontroll."_s);

    auto *kind = page->findChild<QComboBox *>(u"kindCombo"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(statement().items.at(1).kind, ItemKind::Assessment);

    // The heading: a suggestion picked from the list, then typed.
    auto *heading = page->findChild<QComboBox *>(u"headingCombo"_s);
    const int bedomning = heading->findText(u"Bedömning 2"_s);
    QVERIFY(bedomning >= 0);
    heading->setFocus();
    heading->setCurrentIndex(bedomning);
    Q_EMIT heading->textActivated(heading->itemText(bedomning));
    QCOMPARE(statement().items.at(1).label, u"Bedömning 2"_s);
    heading->lineEdit()->selectAll();
    typeText(heading->lineEdit(), u"Åtgärdsområde B"_s);
    QCOMPARE(statement().items.at(1).label, u"Åtgärdsområde B"_s);
    QCOMPARE(m_editor->navigatorModel()->index(m_editor->navigatorModel()->rowOfItem(1)).data().toString().section(u" · "_s, 0, 0),
             u"Åtgärdsområde B"_s);

    auto *notOurs = page->findChild<QLineEdit *>(u"notOursEdit"_s);
    typeText(notOurs, u"Besvaras av servicenämnden"_s);
    QCOMPARE(statement().items.at(1).response.notOurs, u"Besvaras av servicenämnden"_s);
    QVERIFY(page->findChild<QGroupBox *>(u"responseGroup"_s)->title().contains(u"not printed"_s));
}

void TestEditor::itemDeadlineForms_data()
{
    // Each form as people type it, and what the file then holds.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("day") << u"2022-06-07"_s << u"2022-06-07"_s;
    QTest::newRow("month") << u"juni 2022"_s << u"2022-06"_s;
    QTest::newRow("quarter") << u"Q4 2022"_s << u"2022-Q4"_s;
    QTest::newRow("tertial") << u"tertial 1 2023"_s << u"2023-T1"_s;
    QTest::newRow("half year") << u"andra halvåret 2022"_s << u"2022-H2"_s;
    QTest::newRow("year") << u"2022"_s << u"2022"_s;
    QTest::newRow("ongoing") << u"löpande"_s << u"ongoing"_s;
    QTest::newRow("none") << QString() << QString();
}

void TestEditor::itemDeadlineForms()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    m_editor->showPage(Page::Item, 0);
    auto *deadline = m_editor->itemPage()->findChild<DeadlineField *>(u"deadlineField"_s);
    QVERIFY(deadline->isVisible());
    deadline->lineEdit()->selectAll();
    QTest::keyClick(deadline->lineEdit(), Qt::Key_Backspace);
    typeText(deadline->lineEdit(), typed);
    QCOMPARE(statement().items.at(0).response.deadline.toString(), stored);
    QVERIFY(deadline->isValid());
}

void TestEditor::badDeadlineIsKeptNotWritten()
{
    m_editor->showPage(Page::Item, 0);
    auto *deadline = m_editor->itemPage()->findChild<DeadlineField *>(u"deadlineField"_s);
    const Deadline before = statement().items.at(0).response.deadline;
    deadline->lineEdit()->selectAll();
    typeText(deadline->lineEdit(), u"snart"_s);
    QCOMPARE(statement().items.at(0).response.deadline, before);
    QVERIFY(!deadline->isValid());
    // Looking at another item and coming back: the typed text is still there.
    m_editor->showPage(Page::Item, 1);
    QCOMPARE(deadline->text(), statement().items.at(1).response.deadline.displayText(u"sv"));
    m_editor->showPage(Page::Item, 0);
    QCOMPARE(deadline->text(), u"snart"_s);
    QVERIFY(!deadline->isValid());
}

void TestEditor::followUpShowsItsFields()
{
    m_editor->showPage(Page::Item, 0);
    ItemPage *page = m_editor->itemPage();
    auto *actionsTaken = page->findChild<RichTextEdit *>(u"actionsTakenEdit"_s);
    auto *deadline = page->findChild<DeadlineField *>(u"deadlineField"_s);
    auto *measuresLabel = page->findChild<QLabel *>(u"measuresLabel"_s);
    QVERIFY(!actionsTaken->isVisible());
    QVERIFY(deadline->isVisible());
    QVERIFY(measuresLabel->text().contains(u"Planned"_s));
    YTTRA_VERIFY_OK(m_document->setField(u"/kind"_s, u"followUp"_s));
    QVERIFY(actionsTaken->isVisible());
    QVERIFY(page->findChild<RichTextEdit *>(u"effectAchievedEdit"_s)->isVisible());
    QVERIFY(!deadline->isVisible());
    QVERIFY(measuresLabel->text().contains(u"Previously decided"_s));
    typeText(actionsTaken->textEdit(), u"Utbildningen har genomförts."_s);
    QCOMPARE(statement().items.at(0).response.actionsTaken, u"Utbildningen har genomförts."_s);
}

void TestEditor::editsMeasureFields()
{
    m_editor->showPage(Page::Measures);
    MeasuresPage *page = m_editor->measuresPage();
    page->selectMeasure(2);
    QCOMPARE(page->currentMeasure(), 2);
    auto *title = page->findChild<QLineEdit *>(u"titleEdit"_s);
    QCOMPARE(title->text(), statement().measures.at(2).title);
    title->end(false);
    typeText(title, u" (reviderad)"_s);
    QCOMPARE(statement().measures.at(2).title, Example::statement().measures.at(2).title + u" (reviderad)"_s);
    // The table shows it, and the row stays selected while typing.
    QCOMPARE(page->currentMeasure(), 2);
    const QModelIndex shown = page->proxy()->mapFromSource(page->proxy()->sourceModel()->index(2, 0));
    QCOMPARE(shown.data().toString(), statement().measures.at(2).title);

    auto *status = page->findChild<QComboBox *>(u"statusCombo"_s);
    QCOMPARE(status->itemText(2), u"avslutad"_s); // the document's words
    status->setFocus();
    status->setCurrentIndex(-1);
    QTest::keyClick(status, Qt::Key_End);
    QCOMPARE(statement().measures.at(2).status, MeasureStatus::Cancelled);

    auto *deadline = page->findChild<DeadlineField *>(u"deadlineField"_s);
    deadline->lineEdit()->selectAll();
    typeText(deadline->lineEdit(), u"tertial 2 2027"_s);
    QCOMPARE(statement().measures.at(2).deadline.toString(), u"2027-T2"_s);
    for (const auto &[name, pointer] : {std::pair{u"ownerEdit"_s, &Measure::owner}, std::pair{u"caseEdit"_s, &Measure::caseReference},
                                        std::pair{u"commentEdit"_s, &Measure::comment}}) {
        auto *edit = page->findChild<QLineEdit *>(name);
        edit->selectAll();
        typeText(edit, u"Värde "_s + name);
        QCOMPARE(statement().measures.at(2).*pointer, u"Värde "_s + name);
    }
    auto *description = page->findChild<RichTextEdit *>(u"descriptionEdit"_s);
    description->textEdit()->selectAll();
    typeText(description->textEdit(), u"Beskrivning"_s);
    QCOMPARE(statement().measures.at(2).description, u"Beskrivning"_s);
}

void TestEditor::editsSignatures()
{
    m_editor->showPage(Page::Signatures);
    SignaturesPage *page = m_editor->signaturesPage();
    const qsizetype before = statement().signatures.size();
    page->findChild<QPushButton *>(u"addButton"_s)->click();
    QCOMPARE(statement().signatures.size(), before + 1);
    auto *name = page->findChild<QLineEdit *>(u"nameEdit"_s);
    QVERIFY(name->text().isEmpty());
    typeText(name, u"Åsa Öberg"_s);
    QCOMPARE(statement().signatures.last().name, u"Åsa Öberg"_s);
    page->findChild<QPushButton *>(u"upButton"_s)->click();
    QCOMPARE(statement().signatures.at(before - 1).name, u"Åsa Öberg"_s);
    m_undo->trigger(); // the move
    m_undo->trigger(); // the name
    m_undo->trigger(); // the new signature
    QCOMPARE(statement().signatures, Example::statement().signatures);
    auto *reservations = page->findChild<RichTextEdit *>(u"reservationsEdit"_s);
    typeText(reservations->textEdit(), u"Reservation från (S)."_s);
    QCOMPARE(statement().reservations, u"Reservation från (S)."_s);
}

void TestEditor::typingMergesAndUndoRestoresTheWidget()
{
    m_editor->showPage(Page::Details);
    auto *office = find<QLineEdit>(u"officeEdit"_s);
    const int steps = m_document->undoStack()->count();
    office->end(false);
    typeText(office, u" och IT"_s);
    QCOMPARE(m_document->undoStack()->count(), steps + 1); // one step for the whole word
    QCOMPARE(m_undo->text(), u"Undo Edit office"_s);
    auto *board = find<QLineEdit>(u"boardEdit"_s);
    board->end(false);
    typeText(board, u"s AU"_s);
    QCOMPARE(m_document->undoStack()->count(), steps + 2);

    m_undo->trigger();
    QCOMPARE(statement().board, u"Kommunstyrelsen"_s);
    QCOMPARE(board->text(), u"Kommunstyrelsen"_s);
    m_undo->trigger();
    QCOMPARE(office->text(), u"Kommunledningskontoret"_s);
    m_redo->trigger();
    QCOMPARE(office->text(), u"Kommunledningskontoret och IT"_s);
    QCOMPARE(statement().office, u"Kommunledningskontoret och IT"_s);

    // Undo of a field on another page shows that page and field.
    m_editor->showPage(Page::Item, 2);
    m_undo->trigger();
    m_editor->revealLastChange();
    QCOMPARE(m_editor->currentPage(), Page::Details);
    QCOMPARE(QApplication::focusWidget(), office);
}

void TestEditor::ctrlZInAFieldUndoesTheDocument()
{
    m_editor->showPage(Page::Summary);
    auto *summary = find<RichTextEdit>(u"summaryEdit"_s);
    QVERIFY(summary);
    summary->textEdit()->setFocus();
    summary->textEdit()->moveCursor(QTextCursor::End);
    typeText(summary->textEdit(), u" Slut."_s);
    QVERIFY(statement().summary.endsWith(u" Slut."_s));
    QTest::keyClick(summary->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(statement().summary, Example::statement().summary);
    QCOMPARE(summary->markdown(), Example::statement().summary);
    QTest::keyClick(summary->textEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(statement().summary.endsWith(u" Slut."_s));

    // Ctrl+Z before the pause that commits what was typed: the typing is committed, then
    // undone with the typing before it in this field (typing in one field is one step).
    test::typeKeys(summary->textEdit(), u" Mer"_s);
    QVERIFY(summary->hasPendingEdit());
    QVERIFY(statement().summary.endsWith(u" Slut."_s));
    QTest::keyClick(summary->textEdit(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!summary->hasPendingEdit());
    QCOMPARE(statement().summary, Example::statement().summary);
    QCOMPARE(summary->markdown(), Example::statement().summary);
    QTest::keyClick(summary->textEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(statement().summary.contains(u" Slut."_s) && statement().summary.contains(u" Mer"_s));

    m_editor->showPage(Page::Details);
    auto *board = find<QLineEdit>(u"boardEdit"_s);
    board->setFocus();
    board->end(false);
    typeText(board, u"X"_s);
    QTest::keyClick(board, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(statement().board, u"Kommunstyrelsen"_s);
    QCOMPARE(board->text(), u"Kommunstyrelsen"_s);
}

void TestEditor::addsMovesRemovesItems()
{
    const qsizetype count = statement().items.size();
    m_editor->showPage(Page::Item, 1);
    m_editor->addItemAction()->trigger();
    QCOMPARE(statement().items.size(), count + 1);
    QCOMPARE(m_editor->currentItem(), 2);
    const QString newId = statement().items.at(2).id;
    QVERIFY(Statement::isValidId(newId));
    // The cursor is in the new item's text.
    typeText(QApplication::focusWidget(), u"Ny rekommendation"_s);
    QCOMPARE(statement().items.at(2).text, u"Ny rekommendation"_s);

    // Keyboard: Ctrl+Shift+Up in the navigator moves it up, twice.
    QListView *navigator = m_editor->navigator();
    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(navigator, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(statement().items.at(0).id, newId);
    QCOMPARE(m_editor->currentItem(), 0);
    QVERIFY(!m_editor->moveItemUpAction()->isEnabled());
    QTest::keyClick(navigator, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(statement().items.at(1).id, newId);
    QCOMPARE(m_editor->itemPage()->itemId(), newId);

    // Delete in the navigator removes it; Undo brings it back.
    QTest::keyClick(navigator, Qt::Key_Delete);
    QCOMPARE(statement().items.size(), count);
    QCOMPARE(statement().indexOfItem(newId), -1);
    m_undo->trigger();
    QCOMPARE(statement().items.at(1).id, newId);
    QCOMPARE(statement().items.at(1).text, u"Ny rekommendation"_s);
    m_editor->removeItemAction()->trigger();
    QCOMPARE(statement().items.size(), count);

    // Moving an item before the pause that commits what was typed into it: the text goes to
    // that item, wherever it now is, as a step of its own before the move.
    m_editor->showPage(Page::Item, 2);
    const QList<Item> before = statement().items;
    const QString typedInto = statement().items.at(2).id;
    auto *text = m_editor->itemPage()->findChild<RichTextEdit *>(u"textEdit"_s);
    text->textEdit()->setFocus();
    text->textEdit()->moveCursor(QTextCursor::End);
    test::typeKeys(text->textEdit(), u" Tillägg"_s);
    QVERIFY(text->hasPendingEdit());
    m_editor->moveItemUpAction()->trigger();
    QCOMPARE(statement().items.at(1).id, typedInto);
    QVERIFY(statement().items.at(1).text.endsWith(u" Tillägg"_s));
    QVERIFY(!statement().items.at(2).text.endsWith(u" Tillägg"_s));
    m_undo->trigger(); // the move
    QCOMPARE(statement().items.at(2).id, typedInto);
    QVERIFY(statement().items.at(2).text.endsWith(u" Tillägg"_s));
    m_undo->trigger(); // the typing
    QCOMPARE(statement().items, before);
}

void TestEditor::dragMovesAnItem()
{
    // What the list view does on a drop inside itself: move the row before the target row.
    NavigatorModel *model = m_editor->navigatorModel();
    const QString first = statement().items.at(0).id;
    QVERIFY(model->moveRow({}, model->rowOfItem(0), {}, model->rowOfItem(3)));
    QCOMPARE(statement().items.at(2).id, first);
    QVERIFY(model->index(model->rowOfItem(2)).data().toString().startsWith(u"Åtgärdsområde 3"_s));
    // Not past the items, not onto the fixed pages.
    QVERIFY(!model->moveRow({}, model->rowOfItem(0), {}, 1));
    QVERIFY(!model->moveRow({}, model->rowOf(Page::Audit), {}, model->rowOfItem(2)));
    // A drop through the mime data the view packs.
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(model->rowOfItem(2))}));
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, model->rowOfItem(0), 0, {}));
    model->dropMimeData(data.get(), Qt::MoveAction, model->rowOfItem(0), 0, {});
    QCOMPARE(statement().items.at(0).id, first);
    m_undo->trigger();
    m_undo->trigger();
    QCOMPARE(statement().items, Example::statement().items);
}

void TestEditor::duplicateKeepsLinks()
{
    const qsizetype count = statement().items.size();
    m_editor->showPage(Page::Item, 1);
    const Item original = statement().items.at(1);
    const qsizetype linked = statement().measuresOfItem(original.id).size();
    QVERIFY(linked > 0);
    m_editor->duplicateItemAction()->trigger();
    QCOMPARE(statement().items.size(), count + 1);
    const Item copy = statement().items.at(2);
    QVERIFY(copy.id != original.id);
    QCOMPARE(copy.text, original.text);
    QCOMPARE(statement().measuresOfItem(copy.id).size(), linked);
    QCOMPARE(m_undo->text(), u"Undo Duplicate item"_s);
    m_undo->trigger(); // one step
    QCOMPARE(statement(), Example::statement());
}

void TestEditor::addsMovesRemovesMeasures()
{
    const qsizetype count = statement().measures.size();
    m_editor->showPage(Page::Measures);
    MeasuresPage *page = m_editor->measuresPage();
    page->selectMeasure(0);
    page->findChild<QPushButton *>(u"addButton"_s)->click();
    QCOMPARE(statement().measures.size(), count + 1);
    QCOMPARE(page->currentMeasure(), 1);
    auto *title = page->findChild<QLineEdit *>(u"titleEdit"_s);
    QCOMPARE(QApplication::focusWidget(), title);
    typeText(title, u"Ny åtgärd"_s);
    QCOMPARE(statement().measures.at(1).title, u"Ny åtgärd"_s);
    const QString id = statement().measures.at(1).id;

    page->findChild<QPushButton *>(u"downButton"_s)->click();
    QCOMPARE(statement().measures.at(2).id, id);
    QCOMPARE(page->currentMeasure(), 2);
    QTableView *table = page->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(statement().measures.at(1).id, id);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(statement().measures.size(), count);
    QCOMPARE(statement().indexOfMeasure(id), -1);
    m_undo->trigger();
    QCOMPARE(statement().indexOfMeasure(id), 1);
    QCOMPARE(statement().measures.at(1).title, u"Ny åtgärd"_s);

    // A new measure from an item answers that item.
    m_editor->showPage(Page::Item, 3);
    const QString itemId = statement().items.at(3).id;
    m_editor->itemPage()->findChild<QPushButton *>(u"newMeasureButton"_s)->click();
    QCOMPARE(m_editor->currentPage(), Page::Measures);
    const qsizetype added = page->currentMeasure();
    QCOMPARE(statement().measures.at(added).items, QStringList{itemId});
}

void TestEditor::sortsAndFiltersMeasures()
{
    m_editor->showPage(Page::Measures);
    MeasuresPage *page = m_editor->measuresPage();
    QTableView *table = page->table();
    const int rows = table->model()->rowCount();
    QCOMPARE(rows, statement().measures.size());
    // Register order at first, and sorting by deadline puts the earliest last day first.
    for (int row = 0; row < rows; ++row)
        QCOMPARE(table->model()->index(row, 0).data().toString(), statement().measures.at(row).title);
    table->horizontalHeader()->setSortIndicator(3, Qt::AscendingOrder);
    QVERIFY(!page->findChild<QPushButton *>(u"upButton"_s)->isEnabled());
    std::optional<QDate> previous;
    for (int row = 0; row < rows; ++row) {
        const qsizetype measure = page->proxy()->mapToSource(table->model()->index(row, 0)).row();
        const auto last = statement().measures.at(measure).deadline.lastDay();
        if (previous && last)
            QVERIFY(*previous <= *last);
        if (last)
            previous = last;
    }
    // Filtering by text.
    auto *filter = page->findChild<QLineEdit *>(u"filterEdit"_s);
    const QString word = statement().measures.at(0).title.section(u' ', 0, 0);
    typeText(filter, word);
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < rows);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const qsizetype measure = page->proxy()->mapToSource(table->model()->index(row, 0)).row();
        const Measure &m = statement().measures.at(measure);
        QVERIFY(QString(m.title + m.owner + m.comment + m.caseReference + m.description).contains(word, Qt::CaseInsensitive));
    }
    filter->clear();
    // And by status.
    auto *status = page->findChild<QComboBox *>(u"statusFilter"_s);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // planerad
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const qsizetype measure = page->proxy()->mapToSource(table->model()->index(row, 0)).row();
        QCOMPARE(statement().measures.at(measure).status, MeasureStatus::Planned);
    }
}

void TestEditor::editsMeasuresInTheTable()
{
    m_editor->showPage(Page::Measures);
    MeasuresPage *page = m_editor->measuresPage();
    QTableView *table = page->table();
    page->selectMeasure(1);
    const QModelIndex status = table->model()->index(table->currentIndex().row(), MeasureTableModel::Status);
    // F2 opens the cell's editor: for the status, the document's own words.
    table->setFocus();
    table->setCurrentIndex(status);
    QTest::keyClick(table, Qt::Key_F2);
    auto *combo = table->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->itemText(1), u"pågående"_s);
    combo->setCurrentIndex(2);
    QTest::keyClick(combo, Qt::Key_Return);
    // The view commits the editor on the next turn of the event loop.
    QTRY_COMPARE(statement().measures.at(1).status, MeasureStatus::Done);
    QCOMPARE(m_undo->text(), u"Undo Edit status (measure 2)"_s);
    QCOMPARE(page->findChild<QComboBox *>(u"statusCombo"_s)->currentText(), u"avslutad"_s);

    // The deadline as people write it; what is not a deadline changes nothing.
    const QModelIndex deadline = table->model()->index(table->currentIndex().row(), MeasureTableModel::Deadline);
    for (const auto &[typed, stored] : {std::pair{u"Q2 2027"_s, u"2027-Q2"_s}, std::pair{u"snart"_s, u"2027-Q2"_s}}) {
        table->setCurrentIndex(deadline);
        QTest::keyClick(table, Qt::Key_F2);
        auto *line = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(line);
        line->selectAll();
        typeText(line, typed);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!line->isVisible());
        QCOMPARE(statement().measures.at(1).deadline.toString(), stored);
    }
    // A title typed into its cell.
    const QModelIndex title = table->model()->index(table->currentIndex().row(), MeasureTableModel::Title);
    table->setCurrentIndex(title);
    QTest::keyClick(table, Qt::Key_F2);
    auto *line = table->viewport()->findChild<QLineEdit *>();
    line->selectAll();
    typeText(line, u"Omdöpt åtgärd"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(statement().measures.at(1).title, u"Omdöpt åtgärd"_s);
    QCOMPARE(page->findChild<QLineEdit *>(u"titleEdit"_s)->text(), u"Omdöpt åtgärd"_s);
    m_undo->trigger();
    QCOMPARE(statement().measures.at(1).title, Example::statement().measures.at(1).title);
}

void TestEditor::tickInDialog(LinkDialog *dialog, const QStringList &ids)
{
    QListWidget *list = dialog->choiceList();
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *entry = list->item(row);
        const bool want = ids.contains(entry->data(Qt::UserRole).toString());
        if ((entry->checkState() == Qt::Checked) != want) {
            // As the user does it: to the row, and Space.
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space);
        }
    }
}

void TestEditor::linksAMeasureToTwoItems()
{
    m_editor->showPage(Page::Measures);
    MeasuresPage *page = m_editor->measuresPage();
    page->addMeasure();
    const qsizetype measure = page->currentMeasure();
    typeText(QApplication::focusWidget(), u"Gemensam åtgärd"_s);
    const QString first = statement().items.at(0).id;
    const QString third = statement().items.at(2).id;
    test::whenDialog<LinkDialog>(this, [this, first, third](LinkDialog *dialog) {
        tickInDialog(dialog, {third, first});
        dialog->accept();
    });
    page->findChild<QPushButton *>(u"linkItemsButton"_s)->click();
    QCOMPARE(statement().measures.at(measure).items, (QStringList{first, third})); // in the statement's order
    QCOMPARE(m_undo->text(), u"Undo Link Gemensam åtgärd to items"_s);
    // Each item shows it.
    m_editor->showPage(Page::Item, 2);
    auto *linked = m_editor->itemPage()->findChild<QListWidget *>(u"linkedList"_s);
    bool shown = false;
    for (int row = 0; row < linked->count(); ++row)
        shown = shown || linked->item(row)->text().contains(u"Gemensam åtgärd"_s);
    QVERIFY(shown);
    // One step for the whole choice.
    m_undo->trigger();
    QVERIFY(statement().measures.at(measure).items.isEmpty());
    // Cancel changes nothing.
    m_editor->showPage(Page::Measures);
    page->selectMeasure(measure);
    test::whenDialog<LinkDialog>(this, [this, first](LinkDialog *dialog) {
        tickInDialog(dialog, {first});
        dialog->reject();
    });
    m_editor->linkItemsAction()->trigger();
    QVERIFY(statement().measures.at(measure).items.isEmpty());
}

void TestEditor::linksMeasuresFromAnItem()
{
    m_editor->showPage(Page::Item, 4);
    const QString item = statement().items.at(4).id;
    QStringList wanted;
    for (const Measure *m : statement().measuresOfItem(item))
        wanted.append(m->id);
    const QString extra = statement().measures.at(0).id;
    QVERIFY(!wanted.contains(extra));
    wanted.append(extra);
    const QString dropped = wanted.first();
    wanted.removeFirst();
    test::whenDialog<LinkDialog>(this, [this, wanted](LinkDialog *dialog) {
        // The filter narrows the list; what is ticked stays ticked.
        dialog->filterEdit()->setText(u"x"_s);
        dialog->filterEdit()->clear();
        tickInDialog(dialog, wanted);
        dialog->accept();
    });
    m_editor->linkMeasuresAction()->trigger();
    QStringList now;
    for (const Measure *m : statement().measuresOfItem(item))
        now.append(m->id);
    std::sort(wanted.begin(), wanted.end());
    std::sort(now.begin(), now.end());
    QCOMPARE(now, wanted);
    QVERIFY(!statement().measures.at(statement().indexOfMeasure(dropped)).items.contains(item));
}

void TestEditor::completenessLeadsToTheField()
{
    // Empty the expected effect of item 3: a gap, listed and a click away.
    YTTRA_VERIFY_OK(m_document->setField(u"/items/2/response/expectedEffect"_s, QString()));
    m_editor->revalidate();
    CompletenessPanel *panel = m_editor->completenessPanel();
    QListWidget *list = panel->list();
    int row = -1;
    for (int r = 0; r < list->count(); ++r) {
        if (list->item(r)->data(Qt::UserRole).toString() == u"/items/2/response/expectedEffect")
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY2(list->item(row)->text().startsWith(u"Åtgärdsområde 3"_s), qPrintable(list->item(row)->text()));
    m_editor->showPage(Page::Details);
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_editor->currentPage(), Page::Item);
    QCOMPARE(m_editor->currentItem(), 2);
    QCOMPARE(QApplication::focusWidget(), m_editor->itemPage()->findChild<RichTextEdit *>(u"expectedEffectEdit"_s)->textEdit());

    // The board: an error, on the details page.
    YTTRA_VERIFY_OK(m_document->setField(u"/board"_s, QString()));
    QVERIFY(m_editor->revealPointer(u"/board"_s));
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(u"boardEdit"_s));
}

// Whether the navigator draws this colour somewhere in a row (its mark).
bool TestEditor::rowShows(const QModelIndex &index, const QColor &colour) const
{
    QListView *view = m_editor->navigator();
    view->scrollTo(index);
    const QImage image = view->viewport()->grab(view->visualRect(index)).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                return true;
        }
    }
    return false;
}

void TestEditor::navigatorMarksFollowTheText()
{
    NavigatorModel *model = m_editor->navigatorModel();
    const QModelIndex item = model->index(model->rowOfItem(1));
    QVERIFY(item.data(NavigatorModel::CompleteRole).toBool());
    m_editor->showPage(Page::Item, 1);
    auto *effect = m_editor->itemPage()->findChild<RichTextEdit *>(u"expectedEffectEdit"_s);
    effect->textEdit()->selectAll();
    QTest::keyClick(effect->textEdit(), Qt::Key_Delete);
    test::pauseTyping(effect->textEdit());
    QCOMPARE(statement().items.at(1).response.expectedEffect, QString());
    QTRY_VERIFY(!item.data(NavigatorModel::CompleteRole).toBool());
    QCOMPARE(item.data(NavigatorModel::StateRole).toInt(), int(NavigatorModel::State::Gaps));
    typeText(effect->textEdit(), u"Effekt"_s);
    QTRY_VERIFY(item.data(NavigatorModel::CompleteRole).toBool());
}

void TestEditor::navigatorDrawsTheMarks()
{
    // The model says what is wrong; the view draws it: a green mark on a complete item,
    // none on a complete page, a red one on a page with an error.
    m_editor->showPage(Page::Audit);
    NavigatorModel *model = m_editor->navigatorModel();
    const QColor green(0x10, 0x7c, 0x10);
    const QColor red(0xc4, 0x2b, 0x1c);
    const QModelIndex details = model->index(model->rowOf(Page::Details));
    QVERIFY(rowShows(model->index(model->rowOfItem(0)), green));
    QVERIFY(!rowShows(details, green));
    QVERIFY(!rowShows(details, red));
    YTTRA_VERIFY_OK(m_document->setField(u"/board"_s, QString()));
    QTRY_VERIFY(rowShows(details, red));
}

void TestEditor::readOnlyDocumentCannotBeEdited()
{
    QByteArray newer = Example::bytes();
    newer.replace("\"formatVersion\": 1,", "\"formatVersion\": 2,");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nyare.yttrande"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(newer);
    file.close();
    auto opened = StatementDocument::open(path);
    YTTRA_VERIFY_OK(opened);
    std::unique_ptr<StatementDocument> document = std::move(opened).value();
    QVERIFY(document->isReadOnly());
    m_editor->setDocument(document.get());
    m_editor->showPage(Page::Details);
    auto *board = find<QLineEdit>(u"boardEdit"_s);
    QVERIFY(board->isReadOnly());
    QVERIFY(!find<QComboBox>(u"kindCombo"_s)->isEnabled());
    QVERIFY(!m_editor->addItemAction()->isEnabled());
    m_editor->showPage(Page::Item, 0);
    QVERIFY(m_editor->itemPage()->findChild<RichTextEdit *>(u"textEdit"_s)->textEdit()->isReadOnly());
    m_editor->setDocument(m_document.get());
}

void TestEditor::everyInputHasAnAccessibleName()
{
    // A screen reader names every field; a label's buddy is not enough inside custom fields.
    QStringList unnamed;
    const QList<QWidget *> widgets = m_editor->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
                           || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w);
        // Parts of another input (a table's headers, a combo box's popup list) are named by it.
        if (!input || w->objectName().startsWith(u"qt_"_s) || qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QHeaderView *>(w) || w->window() != m_editor.get())
            continue;
        if (w->accessibleName().isEmpty())
            unnamed.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestEditor::tabOrderFollowsTheForm()
{
    m_editor->showPage(Page::Details);
    auto *kind = m_editor->detailsPage()->findChild<QComboBox *>(u"kindCombo"_s);
    kind->setFocus();
    // The logo's Remove button and description are passed over while there is no logo.
    const QStringList expected{u"boardEdit"_s, u"officeEdit"_s, u"addressEdit"_s, u"chooseLogoButton"_s, u"caseNumberEdit"_s};
    for (const QString &name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), name);
    }
    // Into the date, past its calendar button (Alt+Down opens it), to the language.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_editor->detailsPage()->findChild<DateField *>(u"dateField"_s)->lineEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"languageCombo"_s);

    // On an item: from the auditors' text (Tab leaves a text field) to the response.
    m_editor->showPage(Page::Item, 0);
    auto *text = m_editor->itemPage()->findChild<RichTextEdit *>(u"textEdit"_s);
    text->textEdit()->setFocus();
    QTest::keyClick(text->textEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"notOursEdit"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_editor->itemPage()->findChild<RichTextEdit *>(u"measuresEdit"_s)->textEdit());
}

} // namespace yttra

QTEST_MAIN(yttra::TestEditor)
#include "tst_editor.moc"

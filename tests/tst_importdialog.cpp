// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebox.h"
#include "dialogs/importdialog.h"
#include "document/statementdocument.h"
#include "guitesthelpers.h"
#include "import/reportimporter.h"
#include "testhelpers.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace yttra {

/// File → New from audit report: the dialog shows what was found and makes the statement.
class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void choosingItemsAndMendingText();
    void boardNotes_data();
    void boardNotes();
    void mainWindowStartsTheStatement();
    void unreadableReportIsReported();

private:
    static ImportedReport report(const QString &file = u"bulleted-two-boards.txt"_s)
    {
        auto imported = ReportImporter::import(test::dataPath(u"import/"_s + file));
        if (!imported)
            qFatal("%s", qPrintable(imported.error().text()));
        return imported.value();
    }
};

void TestImportDialog::choosingItemsAndMendingText()
{
    const ImportedReport found = report();
    ImportDialog dialog(found);
    auto *table = dialog.findChild<QTableWidget *>(u"candidateTable"_s);
    auto *boards = dialog.findChild<QComboBox *>(u"boardBox"_s);
    QVERIFY(table && boards);
    QCOMPARE(table->rowCount(), found.candidates.size());
    QCOMPARE(boards->count(), 2);

    // Choose Tekniska nämnden: its recommendations are ticked, the others not.
    boards->setCurrentText(u"Tekniska nämnden"_s);
    qsizetype expected = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const ImportCandidate &c = found.candidates.at(row);
        const bool ticked = table->item(row, 0)->checkState() == Qt::Checked;
        QCOMPARE(ticked, c.selected && (c.boards.isEmpty() || c.concerns(u"Tekniska nämnden")));
        expected += ticked ? 1 : 0;
    }
    QVERIFY(expected > 0);

    // Untick the first ticked row and mend the text of the next ticked one.
    QList<int> ticked;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->checkState() == Qt::Checked)
            ticked.append(row);
    }
    QVERIFY(ticked.size() >= 2);
    table->item(ticked.at(0), 0)->setCheckState(Qt::Unchecked);
    table->item(ticked.at(1), 4)->setText(u"Mended text."_s);

    const Statement s = dialog.statement();
    QCOMPARE(s.board, u"Tekniska nämnden"_s);
    QCOMPARE(s.kind, StatementKind::First);
    QCOMPARE(s.items.size(), expected - 1);
    QCOMPARE(s.items.first().text, u"Mended text."_s);
    QCOMPARE(s.audit.reference, u"KR-2017/0039"_s);
    QCOMPARE(s.dueDate, u"2018-04-06"_s);
}

void TestImportDialog::boardNotes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("board"); // the statement's
    QTest::addColumn<QString>("note");  // part of the note under the board; empty: none shown

    const QString twoBoards = u"bulleted-two-boards.txt"_s;
    QTest::newRow("as listed") << twoBoards << u"Tekniska nämnden"_s << u"Tekniska nämnden"_s << QString();
    QTest::newRow("abbreviation") << twoBoards << u"KS"_s << u"Kommunstyrelsen"_s
                                  << u"\"KS\" was read as Kommunstyrelsen."_s;
    QTest::newRow("committee") << twoBoards << u"Kommunstyrelsens arbetsutskott"_s << u"Kommunstyrelsen"_s
                               << u"is a committee of Kommunstyrelsen"_s;
    // The ticks decide in the dialog, so a board the report does not list is taken as typed.
    QTest::newRow("not listed") << twoBoards << u"Kulturnämnden"_s << u"Kulturnämnden"_s
                                << u"no board called \"Kulturnämnden\"; it names: Kommunstyrelsen, Tekniska nämnden."_s;
    QTest::newRow("report without boards") << u"no-addressee.txt"_s << u"Kommunstyrelsen"_s << u"Kommunstyrelsen"_s
                                           << u"does not list the boards it addresses"_s;
}

void TestImportDialog::boardNotes()
{
    QFETCH(QString, file);
    QFETCH(QString, typed);
    QFETCH(QString, board);
    QFETCH(QString, note);

    ImportDialog dialog(report(file));
    auto *boards = dialog.findChild<QComboBox *>(u"boardBox"_s);
    auto *notes = dialog.findChild<QLabel *>(u"boardNoteLabel"_s);
    QVERIFY(boards && notes);
    boards->setEditText(typed);
    QCOMPARE(notes->isVisibleTo(&dialog), !note.isEmpty());
    QVERIFY2(notes->text().contains(note), qPrintable(notes->text()));
    QCOMPARE(dialog.statement().board, board);
}

void TestImportDialog::mainWindowStartsTheStatement()
{
    MainWindow window;
    // The dialog is modal: accept it once it is up.
    test::whenDialog<ImportDialog>(this, [](ImportDialog *dialog) { dialog->accept(); });
    QVERIFY(window.newFromReport(test::dataPath(u"import/bulleted-two-boards.txt"_s)));
    QCOMPARE(window.document()->statement().audit.reference, u"KR-2017/0039"_s);
    QCOMPARE(window.document()->statement().board, u"Kommunstyrelsen"_s);
    QVERIFY(!window.document()->statement().items.isEmpty());
    QVERIFY(window.document()->fileName().isEmpty());
}

void TestImportDialog::unreadableReportIsReported()
{
    MainWindow window;
    MessageBox::clearLastMessage();
    QVERIFY(!window.newFromReport(test::dataPath(u"import/does-not-exist.pdf"_s)));
    QVERIFY2(MessageBox::lastMessage().contains(u"does-not-exist.pdf"_s), qPrintable(MessageBox::lastMessage()));
}

} // namespace yttra

QTEST_MAIN(yttra::TestImportDialog)

#include "tst_importdialog.moc"

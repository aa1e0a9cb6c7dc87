// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebox.h"
#include "dialogs/importdialog.h"
#include "dialogs/reportpageview.h"
#include "document/statementdocument.h"
#include "guitesthelpers.h"
#include "import/reportimporter.h"
#include "import/reportpageimage.h"
#include "testhelpers.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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
    void pdfPageOfTheSelectedItem();
    void steppingThroughPlaces();
    void textOfTheSelectedItem_data();
    void textOfTheSelectedItem();
    void spaceTogglesAndCountsUpdate();
    void reportFileGone_data();
    void reportFileGone();
    void uncertainItemsAreMarked();

private:
    static QString corpusPdf() { return test::dataPath(u"reports/hallefors-bolagsuppsikt/report.pdf"_s); }

    static ImportedReport imported(const QString &path)
    {
        auto imported = ReportImporter::import(path);
        if (!imported)
            qFatal("%s", qPrintable(imported.error().text()));
        return imported.value();
    }

    /// The rows whose candidates have a place with marks on a page, last first: later pages
    /// are further from what the view would show by mistake (the first page).
    static QList<int> rowsWithBoxes(const ImportedReport &report)
    {
        QList<int> rows;
        for (int row = int(report.candidates.size()) - 1; row >= 0; --row) {
            const ImportCandidate &c = report.candidates.at(row);
            if (!c.places.isEmpty() && c.places.first().page > 0 && !c.places.first().boxes.isEmpty())
                rows << row;
        }
        return rows;
    }

    /// Checks that the view shows `place`: its caption, its page drawn to the view's width,
    /// its boxes marked and in view.
    static void verifyShowsPlace(ReportPageView *view, const QString &file, const ImportPlace &place);

    /// The words of a text, letters and digits only, lower case.
    static QStringList wordsOf(const QString &text)
    {
        static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
        return text.toLower().split(nonWord, Qt::SkipEmptyParts);
    }

    /// The "Chosen: ..." label's count for recommendations, as "2 of 5".
    static QString recommendationsCount(QTableWidget *table, const ImportedReport &report)
    {
        int chosen = 0;
        int found = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (report.candidates.at(row).kind != ItemKind::Recommendation)
                continue;
            ++found;
            chosen += table->item(row, 0)->checkState() == Qt::Checked ? 1 : 0;
        }
        return u"%1 of %2 recommendation"_s.arg(chosen).arg(found);
    }
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

void TestImportDialog::verifyShowsPlace(ReportPageView *view, const QString &file, const ImportPlace &place)
{
    QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
    QVERIFY2(view->caption().startsWith(u"Page %1, line %2"_s.arg(place.page).arg(place.line)), qPrintable(view->caption()));
    QVERIFY2(view->caption().contains(place.section), qPrintable(view->caption()));

    ReportPageImage pages(file);
    const auto size = pages.pageSize(place.page);
    YTTRA_VERIFY_OK(size);
    const QImage image = view->pageImage();
    QVERIFY(!image.isNull());
    const QSizeF shown = image.deviceIndependentSize();
    QVERIFY2(qAbs(shown.width() / shown.height() - size.value().width() / size.value().height()) < 0.005,
             qPrintable(u"%1×%2"_s.arg(shown.width()).arg(shown.height())));
    // Scaled to the view's width.
    auto *scroll = view->findChild<QScrollArea *>(u"pageScroll"_s);
    QVERIFY(scroll);
    QVERIFY2(qAbs(shown.width() - scroll->viewport()->width()) <= 1,
             qPrintable(u"%1 in %2"_s.arg(shown.width()).arg(scroll->viewport()->width())));

    const qreal scale = shown.width() / size.value().width();
    const QList<QRectF> marks = view->highlights();
    QCOMPARE(marks.size(), place.boxes.size());
    QRectF all;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const QRectF expected(place.boxes.at(i).topLeft() * scale, place.boxes.at(i).size() * scale);
        QVERIFY2(qAbs(marks.at(i).left() - expected.left()) < 0.01 && qAbs(marks.at(i).top() - expected.top()) < 0.01
                     && qAbs(marks.at(i).width() - expected.width()) < 0.01
                     && qAbs(marks.at(i).height() - expected.height()) < 0.01,
                 qPrintable(u"mark %1"_s.arg(i)));
        all = all.united(expected);
    }

    // The marks are drawn: paper under the first mark is the marker's yellow in the view.
    auto *label = view->findChild<QLabel *>(u"pageImage"_s);
    QVERIFY(label);
    const QImage drawn = label->pixmap().toImage();
    QCOMPARE(drawn.size(), image.size());
    const QRect first = QRectF(marks.first().topLeft() * image.devicePixelRatio(),
                               marks.first().size() * image.devicePixelRatio()).toAlignedRect();
    bool paperMarked = false;
    for (int y = first.top(); y <= first.bottom() && !paperMarked; ++y) {
        for (int x = first.left(); x <= first.right() && !paperMarked; ++x) {
            const QColor plain = image.pixelColor(x, y);
            const QColor marked = drawn.pixelColor(x, y);
            if (qGray(plain.rgb()) > 240)
                paperMarked = marked.red() > 200 && marked.blue() < 150;
        }
    }
    QVERIFY(paperMarked);

    // And scrolled into view.
    const int top = scroll->verticalScrollBar()->value();
    QVERIFY2(all.top() >= top && all.top() < top + scroll->viewport()->height(),
             qPrintable(u"marks from %1, view from %2"_s.arg(all.top()).arg(top)));
}

void TestImportDialog::pdfPageOfTheSelectedItem()
{
    const ImportedReport found = imported(corpusPdf());
    ImportDialog dialog(found);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(u"candidateTable"_s);
    auto *view = dialog.findChild<ReportPageView *>(u"reportPageView"_s);
    QVERIFY(table && view);
    const QList<int> rows = rowsWithBoxes(found);
    QVERIFY(rows.size() >= 2);

    // The first item is shown as the dialog opens, drawn again for the view's width once shown.
    QCOMPARE(table->currentRow(), 0);
    QVERIFY(rows.contains(0));
    auto *scroll = view->findChild<QScrollArea *>(u"pageScroll"_s);
    QVERIFY(scroll);
    QTRY_VERIFY(qAbs(view->pageImage().deviceIndependentSize().width() - scroll->viewport()->width()) <= 1);
    verifyShowsPlace(view, found.file, found.candidates.first().places.first());
    if (QTest::currentTestFailed())
        return;

    for (const int row : {rows.first(), rows.last()}) {
        table->setCurrentCell(row, 4);
        verifyShowsPlace(view, found.file, found.candidates.at(row).places.first());
        if (QTest::currentTestFailed())
            return;
    }
}

void TestImportDialog::steppingThroughPlaces()
{
    ImportedReport found = imported(corpusPdf());
    int row = -1;
    for (int r = 0; r < found.candidates.size() && row < 0; ++r)
        row = found.candidates.at(r).places.size() >= 2 ? r : -1;
    if (row < 0) {
        // The report repeats no item: give one the place of another, as a summary would.
        const QList<int> rows = rowsWithBoxes(found);
        QVERIFY(rows.size() >= 2);
        row = rows.last();
        found.candidates[row].places.append(found.candidates.at(rows.first()).places.first());
    }
    const ImportCandidate &c = found.candidates.at(row);

    ImportDialog dialog(found);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(u"candidateTable"_s);
    auto *view = dialog.findChild<ReportPageView *>(u"reportPageView"_s);
    auto *previous = view->findChild<QToolButton *>(u"previousPlace"_s);
    auto *next = view->findChild<QToolButton *>(u"nextPlace"_s);
    auto *place = view->findChild<QLabel *>(u"placeLabel"_s);
    QVERIFY(table && view && previous && next && place);

    table->setCurrentCell(row, 1);
    QCOMPARE(view->placeCount(), c.places.size());
    for (int i = 0; i < c.places.size(); ++i) {
        QVERIFY(place->isVisible());
        QCOMPARE(place->text(), u"Place %1 of %2"_s.arg(i + 1).arg(c.places.size()));
        QCOMPARE(previous->isEnabled(), i > 0);
        QCOMPARE(next->isEnabled(), i + 1 < c.places.size());
        verifyShowsPlace(view, found.file, c.places.at(i));
        if (QTest::currentTestFailed())
            return;
        if (next->isEnabled())
            QTest::mouseClick(next, Qt::LeftButton);
    }
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(view->currentPlace(), int(c.places.size()) - 2);
    verifyShowsPlace(view, found.file, c.places.at(view->currentPlace()));

    // An item found once has nothing to step through.
    for (int r = 0; r < found.candidates.size(); ++r) {
        if (found.candidates.at(r).places.size() == 1) {
            table->setCurrentCell(r, 1);
            QVERIFY(!place->isVisible());
            QVERIFY(!next->isVisible());
            break;
        }
    }
}

void TestImportDialog::textOfTheSelectedItem_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pages") << test::dataPath(u"reports/hallefors-bolagsuppsikt/report.txt"_s);
    QTest::newRow("no pages") << test::dataPath(u"import/bulleted-two-boards.txt"_s);
}

void TestImportDialog::textOfTheSelectedItem()
{
    QFETCH(QString, file);
    const ImportedReport found = imported(file);
    ImportDialog dialog(found);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(u"candidateTable"_s);
    auto *view = dialog.findChild<ReportPageView *>(u"reportPageView"_s);
    auto *text = view->findChild<QPlainTextEdit *>(u"reportText"_s);
    QVERIFY(table && view && text);
    QVERIFY(table->rowCount() >= 2);
    // The first item is chosen as the dialog opens, and in view once it is shown.
    QCOMPARE(table->currentRow(), 0);
    QVERIFY(!text->extraSelections().isEmpty());
    QTRY_VERIFY(text->viewport()->rect().intersects(text->cursorRect(text->extraSelections().first().cursor)));

    for (int row = 0; row < table->rowCount(); ++row) {
        const ImportCandidate &c = found.candidates.at(row);
        if (c.places.isEmpty() || c.places.first().line < 1)
            continue;
        const ImportPlace &place = c.places.first();
        table->setCurrentCell(row, 4);
        QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
        QVERIFY(text->isVisible());
        const QString where = place.page > 0 ? u"Page %1, line %2"_s.arg(place.page).arg(place.line)
                                             : u"Line %1"_s.arg(place.line);
        QVERIFY2(view->caption().startsWith(where), qPrintable(view->caption()));
        QVERIFY(view->pageImage().isNull());

        // The marked lines hold the item's words from its first to its last (a heading such
        // as "Bedömning" may come first: the place starts there).
        const QStringList lines = view->highlightedLines();
        QVERIFY(!lines.isEmpty());
        const QStringList itemWords = wordsOf(c.text);
        const QStringList markedWords = wordsOf(lines.join(u' '));
        QVERIFY(itemWords.size() >= 3);
        const qsizetype start = markedWords.indexOf(itemWords.first());
        QVERIFY2(start >= 0 && markedWords.mid(start, 3) == itemWords.mid(0, 3),
                 qPrintable(lines.join(u'|') + u" / "_s + c.text));
        QVERIFY2(markedWords.contains(itemWords.last()), qPrintable(lines.join(u'|') + u" / "_s + c.text));
        // Not much more than the item.
        QVERIFY2(markedWords.size() <= itemWords.size() + 12, qPrintable(lines.join(u'|') + u" / "_s + c.text));
        QCOMPARE(text->extraSelections().size(), lines.size());
        // Shown: the first marked line is in the view.
        const QRect cursor = text->cursorRect(text->extraSelections().first().cursor);
        QVERIFY(text->viewport()->rect().intersects(cursor));
    }
}

void TestImportDialog::spaceTogglesAndCountsUpdate()
{
    const ImportedReport found = report();
    ImportDialog dialog(found);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(u"candidateTable"_s);
    auto *chosen = dialog.findChild<QLabel *>(u"chosenLabel"_s);
    QVERIFY(table && chosen);
    table->setFocus();

    int row = -1;
    for (int r = 0; r < found.candidates.size() && row < 0; ++r)
        row = found.candidates.at(r).kind == ItemKind::Recommendation ? r : -1;
    QVERIFY(row >= 0);
    QVERIFY2(chosen->text().contains(recommendationsCount(table, found)), qPrintable(chosen->text()));

    // On the text, not the box: the row is what Space ticks.
    table->setCurrentCell(row, 4);
    const Qt::CheckState before = table->item(row, 0)->checkState();
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(table->item(row, 0)->checkState() != before);
    QVERIFY2(chosen->text().contains(recommendationsCount(table, found)), qPrintable(chosen->text()));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(table->item(row, 0)->checkState(), before);
    QVERIFY2(chosen->text().contains(recommendationsCount(table, found)), qPrintable(chosen->text()));

    // F2 edits the text, where Space is a space.
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->findChild<QLineEdit *>()) != nullptr && editor->hasFocus());
    editor->selectAll();
    QTest::keyClicks(editor, u"Mended text"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate takes the text in once the key is handled.
    QTRY_COMPARE(table->item(row, 4)->text(), u"Mended text"_s);
    QCOMPARE(table->item(row, 0)->checkState(), before);
}

void TestImportDialog::reportFileGone_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf") << corpusPdf();
    QTest::newRow("text") << test::dataPath(u"import/bulleted-two-boards.txt"_s);
}

void TestImportDialog::reportFileGone()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, copy));
    const ImportedReport found = imported(copy);
    QVERIFY(QFile::remove(copy));

    ImportDialog dialog(found);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(u"candidateTable"_s);
    auto *view = dialog.findChild<ReportPageView *>(u"reportPageView"_s);
    auto *message = view->findChild<QLabel *>(u"pageMessage"_s);
    QVERIFY(table && view && message);
    QVERIFY(table->rowCount() > 0);
    table->setCurrentCell(table->rowCount() - 1, 1);
    QVERIFY2(view->message().contains(copy), qPrintable(view->message()));
    QVERIFY(message->isVisible());
    QVERIFY(view->pageImage().isNull());
    // The items can still be chosen and taken.
    QVERIFY(!dialog.statement().items.isEmpty());
}

void TestImportDialog::uncertainItemsAreMarked()
{
    ImportedReport found = report();
    QVERIFY(found.candidates.size() >= 2);
    found.candidates[1].uncertain = true;
    ImportDialog dialog(found);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(u"candidateTable"_s);
    auto *note = dialog.findChild<QLabel *>(u"uncertainNote"_s);
    QVERIFY(table && note);
    QVERIFY(table->item(0, 1)->icon().isNull());
    QVERIFY(table->item(0, 1)->toolTip().isEmpty());
    QVERIFY(!table->item(1, 1)->icon().isNull());
    QVERIFY2(table->item(1, 1)->toolTip().contains(u"text recognition"_s), qPrintable(table->item(1, 1)->toolTip()));
    table->setCurrentCell(0, 4);
    QVERIFY(!note->isVisible());
    table->setCurrentCell(1, 4);
    QVERIFY(note->isVisible());
}

} // namespace yttra

QTEST_MAIN(yttra::TestImportDialog)

#include "tst_importdialog.moc"

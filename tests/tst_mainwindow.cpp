// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "dialogs/followupdialog.h"
#include "document/navigatormodel.h"
#include "document/statementdocument.h"
#include "editor/auditpage.h"
#include "editor/itempage.h"
#include "editor/measurespage.h"
#include "editor/statementeditor.h"
#include "fields/datefield.h"
#include "fields/markdowntextedit.h"
#include "fields/richtextedit.h"
#include "format/example.h"
#include "format/jsontext.h"
#include "format/statementfile.h"
#include "guitesthelpers.h"
#include "pdf/pdfdocument.h"
#include "preview/pageprinter.h"
#include "preview/previewpane.h"
#include "register/registerwindow.h"
#include "session/localsystem.h"
#include "session/lockfile.h"
#include "session/recovery.h"
#include "session/settings.h"
#include "testhelpers.h"
#include "window/mainwindow.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QSpinBox>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPdfWriter>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QTimer>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace yttra {

using Page = NavigatorModel::Page;
using test::typeText;

namespace {

// What a reader sees of a markdown text: the field renders it, so compare rendered text.
QString plainText(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText().simplified();
}

// The id of a process that has ended, for locks and recovery files left by a crash.
qint64 deadProcessId()
{
    QProcess process;
    process.start(u"true"_s, {});
    process.waitForFinished();
    return process.processId() > 0 ? process.processId() : 999999;
}

} // namespace

/// The main window on the real widgets (offscreen): it shows a statement, opens, saves and
/// reopens files, starts follow-ups, prompts before losing changes, recovers what a crash
/// left behind, respects other people's locks, and reports broken files without losing
/// what it showed. Widgets are found by object name, as a user finds them by role.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheExample();
    void selectingAnItemShowsIt();
    void showsTheMeasures();
    void opensAFile();
    void brokenFileKeepsWhatWasShown();
    void newerFileOpensWithMessage();
    void exportsToExcel();
    void exportsToPdf();
    void prints();

    void titleShowsFileAndModifiedMark();
    void saveReopenCompare();
    void saveRefusalGoesToTheField();
    void closePromptsForUnsavedChanges();
    void newStatementUsesTheDefaults();
    void newFollowUp();
    void recentFiles();
    void dropAFileToOpenIt();
    void editMenuSaysWhatWillBeUndone();
    void pendingEditsAreCommittedFirst();
    void scannedReportShowsProgress();

    void autosaveWritesTheRecoveryFile();
    void settingsDialog();
    void recoveryAfterACrash();
    void recoveryDeclined();
    void lockChoices_data();
    void lockChoices();
    void staleLockIsTakenOver();
    void openReadOnly();
    void lockedFileIsReadOnlyUntilClosed_data();
    void lockedFileIsReadOnlyUntilClosed();

    void previewLaysOutOffTheUiThread();
    void everyActionHasAKey();
    void registerOpensTheStatementAtTheItem();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QString saveExample(const QString &name);
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    StatementEditor *editor() const { return m_window->editor(); }
    const Statement &statement() const { return m_window->document()->statement(); }
    QString shownText() const;
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_recoveryFolder;
    std::unique_ptr<MainWindow> m_window;
    QListView *m_navigator = nullptr;
    QLabel *m_messageBar = nullptr;
};

void TestMainWindow::initTestCase()
{
    // A dialog would wait for a click that never comes; record messages, pre-answer questions.
    MessageBox::setTestMode(true);
    FileDialog::setTestMode(true);
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_settings.get(), m_recoveryFolder);
    window->resize(1300, 850);
    window->show();
    return window;
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = Settings::createTemporary();
    // The preview lays out in the background; most tests need not wait for it.
    YTTRA_VERIFY_OK(m_settings->setValue(Settings::PreviewVisible, false));
    m_recoveryFolder = m_dir->filePath(u"recovery"_s);
    MessageBox::setTestMode(true);
    FileDialog::setTestMode(true);
    MessageBox::clearLastMessage();
    m_window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Window shortcuts (Undo, Ctrl+B in a field) work in the active window only.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_navigator = editor()->navigator();
    m_messageBar = m_window->findChild<QLabel *>(u"messageBar"_s);
    QVERIFY(m_navigator && m_navigator->model());
    QVERIFY(m_messageBar);
}

void TestMainWindow::cleanup()
{
    // Nothing may be left asking: a test that leaves a question unanswered is wrong.
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    if (m_window && m_window->document())
        m_window->document()->undoStack()->setClean(); // no "save changes?" on the way out
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestMainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString TestMainWindow::saveExample(const QString &name)
{
    const QString path = m_dir->filePath(name);
    if (!StatementFile::save(Example::statement(), path))
        return {};
    return path;
}

QString TestMainWindow::shownText() const
{
    // The auditors' words of the item shown.
    return editor()->itemPage()->findChild<RichTextEdit *>(u"textEdit"_s)->textEdit()->toPlainText().simplified();
}

void TestMainWindow::showsTheExample()
{
    const Statement example = Example::statement();
    QVERIFY(example.items.size() >= 2);
    m_window->openExample();

    QAbstractItemModel *parts = m_navigator->model();
    // Details, audit, summary, the items, the register, the signatures.
    QCOMPARE(parts->rowCount(), example.items.size() + 5);
    const QModelIndex first = parts->index(3, 0);
    QVERIFY2(first.data().toString().contains(u"Åtgärdsområde 1"_s), qPrintable(first.data().toString()));
    QVERIFY(first.data(NavigatorModel::CompleteRole).toBool());
    // The first item is selected and shown, the auditors' words included.
    QCOMPARE(m_navigator->currentIndex().row(), 3);
    QVERIFY2(shownText().contains(plainText(example.items.at(0).text)), qPrintable(shownText()));
    QVERIFY(!m_messageBar->isVisible());
    QVERIFY(MessageBox::lastMessage().isEmpty());
}

void TestMainWindow::selectingAnItemShowsIt()
{
    const Statement example = Example::statement();
    m_window->openExample();
    const QString before = shownText();

    // As a user does it: a click on the second item.
    const QModelIndex second = m_navigator->model()->index(4, 0);
    m_navigator->scrollTo(second);
    QTest::mouseClick(m_navigator->viewport(), Qt::LeftButton, {}, m_navigator->visualRect(second).center());
    QCOMPARE(editor()->currentItem(), 1);
    QVERIFY(shownText() != before);
    QVERIFY2(shownText().contains(plainText(example.items.at(1).text)), qPrintable(shownText()));

    // And from the keyboard, to the last item.
    m_navigator->setFocus();
    QTest::keyClick(m_navigator, Qt::Key_End);
    QCOMPARE(editor()->currentPage(), Page::Signatures);
    QTest::keyClick(m_navigator, Qt::Key_Up);
    QTest::keyClick(m_navigator, Qt::Key_Up);
    QCOMPARE(editor()->currentItem(), example.items.size() - 1);
    QVERIFY2(shownText().contains(plainText(example.items.last().text)), qPrintable(shownText()));
    // Ctrl+PageUp goes back a part from anywhere.
    action(u"actionPreviousPart"_s)->trigger();
    QCOMPARE(editor()->currentItem(), example.items.size() - 2);
}

void TestMainWindow::showsTheMeasures()
{
    const Statement example = Example::statement();
    QVERIFY(!example.measures.isEmpty());
    m_window->openExample();
    action(u"actionGoMeasures"_s)->trigger();
    QCOMPARE(editor()->currentPage(), Page::Measures);
    QTableView *table = editor()->measuresPage()->table();
    QVERIFY(table->isVisible());
    const QAbstractItemModel *measures = table->model();
    QCOMPARE(measures->rowCount(), example.measures.size());
    for (int row = 0; row < measures->rowCount(); ++row)
        QCOMPARE(measures->index(row, 0).data().toString(), example.measures.at(row).title);
    QVERIFY(table->columnWidth(0) > 0);
}

void TestMainWindow::opensAFile()
{
    Statement statement = Example::statement();
    statement.items.removeLast();
    statement.measures.clear();
    const QString path = m_dir->filePath(u"kommunstyrelsen-2026.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(statement, path));

    QVERIFY(m_window->openFile(path));
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QVERIFY2(m_window->windowTitle().contains(u"kommunstyrelsen-2026.yttrande"_s), qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->document()->fileName(), path);
    QCOMPARE(m_navigator->model()->rowCount(), statement.items.size() + 5);
    QCOMPARE(editor()->measuresPage()->table()->model()->rowCount(), 0);
    QCOMPARE(editor()->currentItem(), 0);
    QVERIFY(shownText().contains(plainText(statement.items.at(0).text)));
    QVERIFY(!m_messageBar->isVisible());
    // Opened means locked: others see it is open.
    QVERIFY(m_window->lock() && m_window->lock()->isHeld());
    QVERIFY(LockFile::owner(path).has_value());
}

void TestMainWindow::brokenFileKeepsWhatWasShown()
{
    m_window->openExample();
    editor()->showPage(Page::Item, 1);
    const QString title = m_window->windowTitle();
    const QString shown = shownText();
    const StatementDocument *document = m_window->document();
    const int rows = m_navigator->model()->rowCount();

    // Not JSON: the bare word on line 3 starts at column 3.
    const QString path = writeFile(u"trasig.yttrande"_s, "{\n  \"format\": \"yttra-statement\",\n  oops\n}\n");
    QVERIFY(!path.isEmpty());
    QVERIFY(!m_window->openFile(path));

    const QString message = MessageBox::lastMessage();
    QVERIFY2(message.contains(u"trasig.yttrande"_s), qPrintable(message));
    QVERIFY2(message.contains(u"3:3"_s), qPrintable(message));

    QCOMPARE(m_window->document(), document);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_navigator->model()->rowCount(), rows);
    QCOMPARE(editor()->currentItem(), 1);
    QCOMPARE(shownText(), shown);
    QVERIFY(!m_messageBar->isVisible());
}

void TestMainWindow::newerFileOpensWithMessage()
{
    QByteArray newer = Example::bytes();
    QVERIFY(newer.contains("\"formatVersion\": 1,"));
    newer.replace("\"formatVersion\": 1,", "\"formatVersion\": 2,");
    const QString path = writeFile(u"nyare.yttrande"_s, newer);
    QVERIFY(!path.isEmpty());

    QVERIFY(m_window->openFile(path));
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY(m_messageBar->isVisible());
    QVERIFY2(m_messageBar->text().contains(u"newer version"_s), qPrintable(m_messageBar->text()));
    QVERIFY(m_window->windowTitle().contains(u"nyare.yttrande"_s));
    QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
    QVERIFY(!action(u"actionSave"_s)->isEnabled());
    QCOMPARE(m_navigator->model()->rowCount(), Example::statement().items.size() + 5);

    // The message belongs to that file: it goes when an ordinary one is opened.
    m_window->openExample();
    QVERIFY(!m_messageBar->isVisible());
}

void TestMainWindow::exportsToExcel()
{
    // In the File menu, as a user finds it.
    QAction *excel = action(u"actionExportExcel"_s);
    QVERIFY(excel);
    QVERIFY(excel->text().contains(u"Excel"_s));
    QMenu *fileMenu = m_window->menuBar()->findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(fileMenu && fileMenu->actions().contains(excel));

    // The example has no file: the name comes from the audit's reference, made a file name.
    m_window->openExample();
    QVERIFY2(m_window->suggestedExcelPath().endsWith(u"/KR-2026-0012.xlsx"_s), qPrintable(m_window->suggestedExcelPath()));
    const QString plan = m_dir->filePath(u"plan.xlsx"_s);
    FileDialog::setNextFileName(plan);
    excel->trigger();
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QVERIFY(QFile(plan).size() > 0);

    // A statement from a file: beside it, with its name.
    Statement statement = Example::statement();
    statement.items[0].text = QString(40000, u'x');
    const QString path = m_dir->filePath(u"ks.2026.yttrande"_s);
    YTTRA_VERIFY_OK(StatementFile::save(statement, path));
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->suggestedExcelPath(), m_dir->filePath(u"ks.2026.xlsx"_s));
    // Warnings after the workbook was written.
    QVERIFY(m_window->exportToExcel(plan));
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Exported to Excel, with warnings: "_s), qPrintable(MessageBox::lastMessage()));
    QVERIFY(MessageBox::lastMessage().contains(u"Rekommendationer, row 2, column D"_s));

    // Never over the statement itself, and a clear error when the folder is missing.
    const QByteArray before = test::readFile(path);
    MessageBox::clearLastMessage();
    QVERIFY(!m_window->exportToExcel(m_dir->filePath(u"./ks.2026.yttrande"_s)));
    QVERIFY2(MessageBox::lastMessage().startsWith(u"Cannot export to Excel: "_s), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(test::readFile(path), before);
    MessageBox::clearLastMessage();
    QVERIFY(!m_window->exportToExcel(m_dir->filePath(u"nowhere/plan.xlsx"_s)));
    QVERIFY2(MessageBox::lastMessage().contains(u"does not exist"_s), qPrintable(MessageBox::lastMessage()));
}

void TestMainWindow::exportsToPdf()
{
    m_window->openExample();
    const QString pdf = m_dir->filePath(u"yttrande.pdf"_s);
    FileDialog::setNextFileName(pdf);
    action(u"actionExportPdf"_s)->trigger();
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
    // Cancelled: nothing written, nothing said.
    FileDialog::setNextFileName(QString());
    action(u"actionExportPdf"_s)->trigger();
    QVERIFY(MessageBox::lastMessage().isEmpty());
}

void TestMainWindow::prints()
{
    m_window->openExample();
    QAction *print = action(u"actionPrint"_s);
    QVERIFY(print && print->shortcut() == QKeySequence(QKeySequence::Print));
    // Printing to a file writes the statement's own PDF.
    const QString file = m_dir->filePath(u"utskrift.pdf"_s);
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    QVERIFY(m_window->print(printer));
    QVERIFY(test::readFile(file).startsWith("%PDF-"));
    const auto layout = PdfDocument::layout(Example::statement());
    YTTRA_VERIFY_OK(layout);
    // A paper printer gets the same pages drawn, one device page per statement page, in the
    // range asked for.
    const QString drawn = m_dir->filePath(u"ritad.pdf"_s);
    QPdfWriter writer(drawn);
    YTTRA_VERIFY_OK(PagePrinter::paint(layout.value(), writer, 1, 2));
    QProcess info;
    info.start(u"pdfinfo"_s, {drawn});
    QVERIFY(info.waitForFinished());
    QVERIFY2(info.readAllStandardOutput().contains("Pages:           2"), "two pages drawn");
}

void TestMainWindow::titleShowsFileAndModifiedMark()
{
    const QString path = saveExample(u"ks.yttrande"_s);
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->windowTitle().startsWith(u"ks.yttrande[*]"_s));
    QVERIFY(!m_window->isWindowModified());
    editor()->showPage(Page::Details);
    auto *board = editor()->findChild<QLineEdit *>(u"boardEdit"_s);
    board->end(false);
    typeText(board, u"s arbetsutskott"_s);
    QVERIFY(m_window->isWindowModified());
    action(u"actionUndo"_s)->trigger();
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::saveReopenCompare()
{
    m_window->openExample();
    // A little of everything: a line, a date, rich text, a deadline, a new item, a link.
    editor()->showPage(Page::Details);
    auto *caseNumber = editor()->findChild<QLineEdit *>(u"caseNumberEdit"_s);
    caseNumber->selectAll();
    typeText(caseNumber, u"KS-2026-0999"_s);
    auto *date = editor()->findChild<DateField *>(u"dateField"_s);
    date->lineEdit()->selectAll();
    typeText(date->lineEdit(), u"2026-05-07"_s);
    editor()->showPage(Page::Summary);
    auto *summary = editor()->findChild<RichTextEdit *>(u"summaryEdit"_s);
    summary->textEdit()->setFocus();
    summary->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClick(summary->textEdit(), Qt::Key_Return);
    QTest::keyClick(summary->textEdit(), Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    typeText(summary->textEdit(), u"första punkten\nandra punkten"_s);
    editor()->showPage(Page::Item, 0);
    editor()->addItemAction()->trigger();
    typeText(QApplication::focusWidget(), u"Ny rekommendation om **styrning**"_s);

    const QString path = m_dir->filePath(u"sparad.yttrande"_s);
    FileDialog::setNextFileName(path);
    action(u"actionSave"_s)->trigger(); // untitled: Save asks for a name
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(m_window->document()->fileName(), path);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(u"sparad.yttrande"_s));

    const Statement saved = statement();
    QVERIFY2(saved.summary.endsWith(u"\n\n- första punkten\n- andra punkten"_s), qPrintable(saved.summary.right(60)));
    auto reread = StatementFile::load(path);
    YTTRA_VERIFY_OK(reread);
    QCOMPARE(reread.value().statement, saved);

    // Reopened in a fresh window, it is the same statement.
    m_window.reset();
    m_window = makeWindow();
    QVERIFY(m_window->openFile(path));
    QCOMPARE(statement(), saved);
    QCOMPARE(statement().caseNumber, u"KS-2026-0999"_s);
    QCOMPARE(statement().date, u"2026-05-07"_s);
    QCOMPARE(statement().items.at(1).text, u"Ny rekommendation om \\*\\*styrning\\*\\*"_s);
}

void TestMainWindow::saveRefusalGoesToTheField()
{
    const QString path = saveExample(u"ks.yttrande"_s);
    QVERIFY(m_window->openFile(path));
    const QByteArray before = test::readFile(path);
    editor()->showPage(Page::Details);
    auto *board = editor()->findChild<QLineEdit *>(u"boardEdit"_s);
    board->selectAll();
    QTest::keyClick(board, Qt::Key_Delete);
    QCOMPARE(statement().board, QString());
    editor()->showPage(Page::Item, 2);

    QVERIFY(!m_window->save());
    QVERIFY2(MessageBox::lastMessage().contains(u"board"_s), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(editor()->currentPage(), Page::Details);
    QCOMPARE(QApplication::focusWidget(), board);
    // The file is as it was, the edit still in the window.
    QCOMPARE(test::readFile(path), before);
    QVERIFY(m_window->isWindowModified());
    typeText(board, u"Kommunstyrelsen"_s);
    QVERIFY(m_window->save());
}

void TestMainWindow::closePromptsForUnsavedChanges()
{
    const QString path = saveExample(u"ks.yttrande"_s);
    QVERIFY(m_window->openFile(path));
    editor()->showPage(Page::Details);
    auto *office = editor()->findChild<QLineEdit *>(u"officeEdit"_s);
    office->end(false);
    typeText(office, u" X"_s);

    // Cancel: the window stays, with the change.
    QVERIFY2(statement().office.endsWith(u" X"_s), qPrintable(statement().office));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(MessageBox::lastMessage().startsWith(u"Save changes?"_s));
    QVERIFY(statement().office.endsWith(u" X"_s));

    // Save: written, then closed.
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_window->close());
    auto reread = StatementFile::load(path);
    YTTRA_VERIFY_OK(reread);
    QVERIFY(reread.value().statement.office.endsWith(u" X"_s));

    // Close Without Saving: closed, the file untouched, nothing left to recover.
    m_window = makeWindow();
    QVERIFY(m_window->openFile(path));
    editor()->showPage(Page::Details);
    editor()->findChild<QLineEdit *>(u"officeEdit"_s)->end(false);
    typeText(editor()->findChild<QLineEdit *>(u"officeEdit"_s), u"Y"_s);
    QVERIFY(m_window->recovery()->saveNow().ok());
    QVERIFY(!m_window->recovery()->recoveryFile().isEmpty());
    const QString recoveryFile = m_window->recovery()->recoveryFile();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QVERIFY(!test::readFile(path).contains("XY\""));
    QVERIFY(test::readFile(path).contains(" X\""));
    QVERIFY(!QFile::exists(recoveryFile));
    // An unchanged statement closes without a question.
    m_window = makeWindow();
    QVERIFY(m_window->openFile(path));
    MessageBox::clearLastMessage();
    QVERIFY(m_window->close());
    QCOMPARE(MessageBox::questionsAsked(), 0);
}

void TestMainWindow::scannedReportShowsProgress()
{
    // A scan made here: report text painted into page images at 200 dpi, the images into a PDF
    // without text.
    const QString scan = m_dir->filePath(u"scanned-report.pdf"_s);
    {
        constexpr int dpi = 200;
        QPdfWriter writer(scan);
        writer.setResolution(dpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter pdf(&writer);
        for (int page = 1; page <= 2; ++page) {
            if (page > 1)
                QVERIFY(writer.newPage());
            QImage image(writer.width(), writer.height(), QImage::Format_Grayscale8);
            image.fill(Qt::white);
            QPainter painter(&image);
            QFont font(u"Liberation Serif"_s);
            font.setPixelSize(12 * dpi / 72);
            painter.setFont(font);
            painter.drawText(image.rect().adjusted(dpi, dpi, -dpi, -dpi), Qt::TextWordWrap,
                             u"Granskning av kommunstyrelsens uppsikt, sidan %1.\n\nRekommendation %1\nKommunstyrelsen "
                             "bör säkerställa att årets uppföljning redovisas för fullmäktige."_s.arg(page));
            painter.end();
            pdf.drawImage(QPoint(0, 0), image);
        }
    }

    // The progress dialog is looked at whenever the recognition lets events through, and the
    // import dialog that follows is closed.
    QStringList labels;
    bool modal = false;
    int maximum = 0;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *progress = m_window->findChild<QProgressDialog *>(u"recognitionProgress"_s); progress && progress->isVisible()) {
            if (!labels.contains(progress->labelText()))
                labels.append(progress->labelText());
            modal = progress->isModal();
            maximum = progress->maximum();
        }
        if (auto *dialog = m_window->findChild<QDialog *>(u"importDialog"_s); dialog && dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    QVERIFY(!m_window->newFromReport(scan)); // declined in the import dialog
    poll.stop();
    // Page 1's label may come and go before the dialog is looked at; page 2's is seen.
    QVERIFY2(labels.contains(u"Reading page 2 of 2 with text recognition…"_s), qPrintable(labels.join(u'\n')));
    for (const QString &label : std::as_const(labels))
        QVERIFY2(label == u"Reading page 1 of 2 with text recognition…"_s || label == u"Reading page 2 of 2 with text recognition…"_s,
                 qPrintable(label));
    QVERIFY(modal);
    QCOMPARE(maximum, 2);
    // Gone once the report is read.
    QVERIFY(!m_window->findChild<QProgressDialog *>(u"recognitionProgress"_s));
}

void TestMainWindow::newStatementUsesTheDefaults()
{
    YTTRA_VERIFY_OK(m_settings->setValue(Settings::DefaultBoard, u"Servicenämnden"_s));
    YTTRA_VERIFY_OK(m_settings->setValue(Settings::DefaultOffice, u"Serviceförvaltningen"_s));
    action(u"actionNew"_s)->trigger();
    QCOMPARE(statement().board, u"Servicenämnden"_s);
    QCOMPARE(statement().office, u"Serviceförvaltningen"_s);
    QVERIFY(statement().items.isEmpty());
    QCOMPARE(editor()->currentPage(), Page::Details);
    QVERIFY(m_window->windowTitle().startsWith(u"Untitled"_s));
}

void TestMainWindow::newFollowUp()
{
    const QString path = saveExample(u"forsta.yttrande"_s);
    QVERIFY(m_window->openFile(path));
    const Statement first = statement();
    test::whenDialog<FollowUpDialog>(this, [](FollowUpDialog *dialog) {
        // The period starts at the first statement's date; the end is typed.
        QCOMPARE(dialog->from(), u"2026-05-06"_s);
        dialog->toField()->lineEdit()->setFocus();
        typeText(dialog->toField()->lineEdit(), u"2027-04-30"_s);
        dialog->accept();
    });
    action(u"actionNewFollowUp"_s)->trigger();
    QCOMPARE(statement().kind, StatementKind::FollowUp);
    QCOMPARE(statement().period.from, u"2026-05-06"_s);
    QCOMPARE(statement().period.to, u"2027-04-30"_s);
    QVERIFY(m_window->document()->fileName().isEmpty());
    QCOMPARE(statement().items.size(), first.items.size());
    QCOMPARE(statement().items.at(0).response.measures, first.items.at(0).response.measures);
    QVERIFY(statement().summary.isEmpty());
    // The form asks what a follow-up asks.
    editor()->showPage(Page::Item, 0);
    QVERIFY(editor()->itemPage()->findChild<RichTextEdit *>(u"actionsTakenEdit"_s)->isVisible());
    // A follow-up of a follow-up is not offered.
    QVERIFY(!action(u"actionNewFollowUp"_s)->isEnabled());
    // The first statement's file is untouched, and no longer locked by us.
    QCOMPARE(StatementFile::load(path).value().statement, first);
    QVERIFY(!LockFile::owner(path).has_value());
}

void TestMainWindow::recentFiles()
{
    const QString a = saveExample(u"a.yttrande"_s);
    const QString b = saveExample(u"b.yttrande"_s);
    QVERIFY(m_window->openFile(a));
    QVERIFY(m_window->openFile(b));
    QCOMPARE(m_settings->value(Settings::RecentFiles), (QStringList{b, a}));
    auto *menu = m_window->findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(menu->actions().at(1)->text().contains(u"a.yttrande"_s));
    menu->actions().at(1)->trigger();
    QCOMPARE(m_window->document()->fileName(), a);
}

void TestMainWindow::dropAFileToOpenIt()
{
    const QString path = saveExample(u"dragen.yttrande"_s);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->document()->fileName(), path);
    // Not a statement: not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir->filePath(u"bild.png"_s))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::editMenuSaysWhatWillBeUndone()
{
    m_window->openExample();
    QMenu *edit = m_window->menuBar()->findChild<QMenu *>(u"menuEdit"_s);
    QAction *undo = action(u"actionUndo"_s);
    QVERIFY(edit->actions().contains(undo));
    QVERIFY(!undo->isEnabled());
    editor()->showPage(Page::Audit);
    auto *title = editor()->auditPage()->findChild<QLineEdit *>(u"titleEdit"_s);
    QVERIFY(title->isVisible());
    title->setFocus();
    title->end(false);
    typeText(title, u" 2026"_s);
    QCOMPARE(undo->text(), u"&Undo Edit audit title"_s);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(statement().audit.title, Example::statement().audit.title);
    QCOMPARE(action(u"actionRedo"_s)->text(), u"&Redo Edit audit title"_s);
}

// Text a field has not committed yet (it waits for a pause in typing) goes into what is
// saved, exported and undone.
void TestMainWindow::pendingEditsAreCommittedFirst()
{
    m_window->openExample();
    StatementDocument *document = m_window->document();
    QString pending = u"Granskning av styrningen"_s;
    int asked = 0;
    connect(document, &StatementDocument::pendingEditsRequested, document, [&] {
        ++asked;
        if (!pending.isEmpty())
            YTTRA_VERIFY_OK(document->setField(u"/audit/title"_s, std::exchange(pending, QString())));
    });

    const QString path = m_dir->filePath(u"pending.yttrande"_s);
    FileDialog::setNextFileName(path);
    action(u"actionSave"_s)->trigger();
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
    QVERIFY(!m_window->isWindowModified());
    const auto saved = StatementFile::load(path);
    YTTRA_VERIFY_OK(saved);
    QCOMPARE(saved.value().statement.audit.title, u"Granskning av styrningen"_s);

    asked = 0;
    QVERIFY(m_window->exportToExcel(m_dir->filePath(u"pending.xlsx"_s)));
    QVERIFY(m_window->exportToPdf(m_dir->filePath(u"pending.pdf"_s)));
    QCOMPARE(asked, 2);

    // The window's Undo takes back what was committed just before it.
    pending = u"Granskning av styrningen 2026"_s;
    action(u"actionUndo"_s)->trigger();
    QVERIFY(pending.isEmpty());
    QCOMPARE(statement().audit.title, u"Granskning av styrningen"_s);
}

void TestMainWindow::autosaveWritesTheRecoveryFile()
{
    const QString path = saveExample(u"ks.yttrande"_s);
    QVERIFY(m_window->openFile(path));
    Recovery *recovery = m_window->recovery();
    QVERIFY(recovery);
    // The interval comes from the settings (30 s unless changed).
    QCOMPARE(recovery->interval(), std::chrono::milliseconds(30000));
    YTTRA_VERIFY_OK(m_settings->setValue(Settings::AutosaveInterval, 5));
    QCOMPARE(recovery->interval(), std::chrono::milliseconds(5000));
    recovery->setInterval(std::chrono::milliseconds(50));
    editor()->showPage(Page::Summary);
    typeText(editor()->findChild<RichTextEdit *>(u"summaryEdit"_s)->textEdit(), u"Osparat "_s);
    QTRY_VERIFY(!recovery->recoveryFile().isEmpty() && QFile::exists(recovery->recoveryFile()));
    QVERIFY(test::readFile(recovery->recoveryFile()).contains("Osparat"));
    // On turning to another program too, whatever the interval.
    recovery->setInterval(std::chrono::hours(1));
    typeText(editor()->findChild<RichTextEdit *>(u"summaryEdit"_s)->textEdit(), u"ännu mer"_s);
    QVERIFY(!test::readFile(recovery->recoveryFile()).contains("ännu mer"));
    Q_EMIT qApp->applicationStateChanged(Qt::ApplicationInactive);
    QVERIFY(test::readFile(recovery->recoveryFile()).contains("ännu mer"));
    // Saved: the recovery file goes.
    const QString file = recovery->recoveryFile();
    QVERIFY(m_window->save());
    QVERIFY(!QFile::exists(file));
}

void TestMainWindow::settingsDialog()
{
    test::whenDialog<QDialog>(this, [](QDialog *dialog) {
        auto *board = dialog->findChild<QLineEdit *>(u"boardEdit"_s);
        auto *interval = dialog->findChild<QSpinBox *>(u"autosaveSpin"_s);
        auto *preview = dialog->findChild<QCheckBox *>(u"previewCheck"_s);
        QVERIFY(board && interval && preview);
        QVERIFY(!preview->isChecked());
        typeText(board, u"Tekniska nämnden"_s);
        interval->setValue(60);
        preview->setChecked(true);
        dialog->accept();
    });
    action(u"actionSettings"_s)->trigger();
    QCOMPARE(m_settings->value(Settings::DefaultBoard), u"Tekniska nämnden"_s);
    QCOMPARE(m_settings->value(Settings::AutosaveInterval), 60);
    QVERIFY(m_settings->value(Settings::PreviewVisible));
    QVERIFY(m_window->preview()->isVisible());
    QCOMPARE(m_window->recovery()->interval(), std::chrono::milliseconds(60000));
    // A new statement starts with the board.
    action(u"actionNew"_s)->trigger();
    QCOMPARE(statement().board, u"Tekniska nämnden"_s);
}

void TestMainWindow::recoveryAfterACrash()
{
    // A Yttra before this one edited a saved statement and ended without saving: its
    // recovery file is all that is left of the edit.
    const QString path = saveExample(u"ks.yttrande"_s);
    {
        auto opened = StatementDocument::open(path);
        YTTRA_VERIFY_OK(opened);
        std::unique_ptr<StatementDocument> crashed = std::move(opened).value();
        Recovery recovery(crashed.get(), m_recoveryFolder);
        YTTRA_VERIFY_OK(crashed->setField(u"/summary"_s, u"Det här skrevs före kraschen."_s));
        YTTRA_VERIFY_OK(recovery.saveNow());
        QVERIFY(QFile::exists(recovery.recoveryFile()));
    } // the process "ends" without saving or discarding
    QCOMPARE(Recovery::pendingRecoveries(m_recoveryFolder).size(), 1);

    // The next start offers it, and the user takes it.
    m_window.reset();
    m_window = makeWindow();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->offerRecovery());
    QVERIFY2(MessageBox::lastMessage().contains(u"ks.yttrande"_s), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(statement().summary, u"Det här skrevs före kraschen."_s);
    QCOMPARE(m_window->document()->fileName(), path);
    QVERIFY(m_window->isWindowModified()); // saving is the user's decision
    // Still on disk until saved: another crash now loses nothing.
    QCOMPARE(Recovery::pendingRecoveries(m_recoveryFolder).size(), 0); // in use by this window
    QVERIFY(!m_window->recovery()->recoveryFile().isEmpty());
    const QString recoveryFile = m_window->recovery()->recoveryFile();
    QVERIFY(QFile::exists(recoveryFile));
    QVERIFY(m_window->save());
    QVERIFY(!QFile::exists(recoveryFile));
    QCOMPARE(StatementFile::load(path).value().statement.summary, u"Det här skrevs före kraschen."_s);
}

void TestMainWindow::recoveryDeclined()
{
    auto makeCrash = [this](const QString &summary) {
        StatementDocument crashed(Example::statement());
        Recovery recovery(&crashed, m_recoveryFolder);
        QVERIFY(crashed.setField(u"/summary"_s, summary).ok());
        QVERIFY(recovery.saveNow().ok());
    };
    makeCrash(u"Kvar till nästa gång"_s);
    m_window.reset();
    m_window = makeWindow();
    // Cancel: asked again next time.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->offerRecovery());
    QCOMPARE(Recovery::pendingRecoveries(m_recoveryFolder).size(), 1);
    QVERIFY(statement().summary.isEmpty());
    // Discard: gone for good.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(!m_window->offerRecovery());
    QCOMPARE(Recovery::pendingRecoveries(m_recoveryFolder).size(), 0);
    // Nothing pending: no question at all.
    MessageBox::clearLastMessage();
    QVERIFY(!m_window->offerRecovery());
    QCOMPARE(MessageBox::questionsAsked(), 0);
}

void TestMainWindow::lockChoices_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("opened");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-only") << int(QMessageBox::Yes) << true << true;
    QTest::newRow("open anyway") << int(QMessageBox::Ignore) << true << false;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << false;
}

void TestMainWindow::lockChoices()
{
    QFETCH(int, answer);
    QFETCH(bool, opened);
    QFETCH(bool, readOnly);
    const QString path = saveExample(u"delad.yttrande"_s);
    // Someone else has it open (another lock, held and alive).
    LockFile theirs(path);
    QVERIFY(theirs.acquire().ok());
    m_window->openExample();
    const StatementDocument *before = m_window->document();

    MessageBox::clearLastMessage();
    MessageBox::setNextAnswer(static_cast<QMessageBox::StandardButton>(answer));
    QCOMPARE(m_window->openFile(path), opened);
    QCOMPARE(MessageBox::questionsAsked(), 1);
    QVERIFY2(MessageBox::lastMessage().contains(LocalSystem::loginName()), qPrintable(MessageBox::lastMessage()));
    if (!opened) {
        QCOMPARE(m_window->document(), before);
        QVERIFY(theirs.isHeld());
        return;
    }
    QCOMPARE(m_window->document()->fileName(), path);
    QCOMPARE(m_window->isLockedReadOnly(), readOnly);
    editor()->showPage(Page::Details);
    auto *board = editor()->findChild<QLineEdit *>(u"boardEdit"_s);
    QCOMPARE(board->isReadOnly(), readOnly);
    QCOMPARE(action(u"actionSave"_s)->isEnabled(), !readOnly);
    QVERIFY(m_messageBar->isVisible());
    if (readOnly) {
        QVERIFY2(m_messageBar->text().contains(u"Read-only"_s), qPrintable(m_messageBar->text()));
        QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
        QVERIFY(!editor()->addItemAction()->isEnabled());
        // Save As makes an editable copy of one's own.
        const QString copy = m_dir->filePath(u"kopia.yttrande"_s);
        FileDialog::setNextFileName(copy);
        QVERIFY(m_window->save());
        QCOMPARE(m_window->document()->fileName(), copy);
        QVERIFY(!m_window->isLockedReadOnly());
        QVERIFY(!board->isReadOnly());
    } else {
        QVERIFY(m_window->lock() && m_window->lock()->isHeld());
        typeText(board, u" (vår)"_s);
        QVERIFY(m_window->save());
    }
}

void TestMainWindow::openReadOnly()
{
    // File → Open Read-Only…: to read and print, leaving the file to whoever edits it.
    const QString path = saveExample(u"att-läsa.yttrande"_s);
    FileDialog::setNextFileName(path);
    action(u"actionOpenReadOnly"_s)->trigger();
    StatementDocument *document = m_window->document();
    QCOMPARE(document->fileName(), path);
    QVERIFY(document->isReadOnly());
    QVERIFY2(document->readOnlyReason().contains(u"Open Read-Only"_s), qPrintable(document->readOnlyReason()));
    QVERIFY(m_messageBar->isVisible());
    QVERIFY(!action(u"actionSave"_s)->isEnabled());
    // No lock: someone else may open it to edit.
    QVERIFY(!LockFile::owner(path));
    LockFile theirs(path);
    QVERIFY(theirs.acquire().ok());

    editor()->showPage(Page::Details);
    auto *board = editor()->findChild<QLineEdit *>(u"boardEdit"_s);
    const QString before = statement().board;
    typeText(board, u" (min)"_s);
    QCOMPARE(statement().board, before);
    // Chosen, not waited out: the lock check does not make it editable.
    QVERIFY(!m_window->isLockedReadOnly());
    QVERIFY(!m_window->recheckLock());
    QVERIFY(document->isReadOnly());
}

void TestMainWindow::lockedFileIsReadOnlyUntilClosed_data()
{
    QTest::addColumn<bool>("theySave");
    QTest::newRow("closed as it was") << false;
    QTest::newRow("saved, then closed") << true;
}

void TestMainWindow::lockedFileIsReadOnlyUntilClosed()
{
    QFETCH(bool, theySave);
    const QString path = saveExample(u"delad.yttrande"_s);
    auto theirs = std::make_unique<LockFile>(path);
    QVERIFY(theirs->acquire().ok());
    MessageBox::setNextAnswer(QMessageBox::Yes); // Open Read-Only
    QVERIFY(m_window->openFile(path));
    StatementDocument *document = m_window->document();

    // The document itself is read-only, and says who has the file and where.
    QVERIFY(document->isReadOnly());
    const QString who = LocalSystem::fullName().isEmpty() ? LocalSystem::loginName() : LocalSystem::fullName();
    const QString reason = document->readOnlyReason();
    QVERIFY2(reason.contains(who) && reason.contains(LocalSystem::hostName()), qPrintable(reason));
    // The window shows it: the bar above the form, the status bar and the title.
    QVERIFY(m_messageBar->isVisible());
    QVERIFY2(m_messageBar->text().contains(u"Read-only"_s), qPrintable(m_messageBar->text()));
    QVERIFY2(m_messageBar->text().contains(who.toHtmlEscaped()), qPrintable(m_messageBar->text()));
    auto *status = m_window->findChild<QLabel *>(u"readOnlyStatus"_s);
    QVERIFY(status && status->isVisible());
    QCOMPARE(status->text(), u"Read-only: "_s + reason);
    QVERIFY(m_window->windowTitle().contains(u"read-only"_s));

    // Typing changes nothing; an edit another way is refused with the reason; no undo.
    editor()->showPage(Page::Details);
    auto *board = editor()->findChild<QLineEdit *>(u"boardEdit"_s);
    const QString boardBefore = statement().board;
    typeText(board, u" (min)"_s);
    QCOMPARE(board->text(), boardBefore);
    QCOMPARE(statement().board, boardBefore);
    const auto refused = document->setField(u"/board"_s, u"X"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), reason);
    QVERIFY(!action(u"actionUndo"_s)->isEnabled());
    QVERIFY(!action(u"actionSave"_s)->isEnabled());
    QVERIFY(!editor()->addItemAction()->isEnabled());

    // Still theirs: it stays so.
    QVERIFY(!m_window->recheckLock());
    QVERIFY(m_window->document()->isReadOnly());

    Statement saved = Example::statement();
    saved.board = u"Tekniska nämnden"_s;
    if (theySave)
        YTTRA_VERIFY_OK(StatementFile::save(saved, path));
    theirs.reset(); // they close it
    QVERIFY(m_window->recheckLock());
    QVERIFY(!m_window->document()->isReadOnly());
    QVERIFY(!m_window->isLockedReadOnly());
    QVERIFY(m_window->lock() && m_window->lock()->isHeld());
    QCOMPARE(LockFile::owner(path)->pid, LocalSystem::processId());
    QCOMPARE(statement().board, theySave ? saved.board : boardBefore);
    QVERIFY(!m_messageBar->isVisible());
    QVERIFY(!status->isVisible());
    QVERIFY(!m_window->windowTitle().contains(u"read-only"_s));
    QVERIFY(action(u"actionSave"_s)->isEnabled());

    editor()->showPage(Page::Details);
    board = editor()->findChild<QLineEdit *>(u"boardEdit"_s);
    QVERIFY(!board->isReadOnly());
    QTest::keyClick(board, Qt::Key_End);
    typeText(board, u" (min)"_s);
    QCOMPARE(statement().board, (theySave ? saved.board : boardBefore) + u" (min)"_s);
    QVERIFY(action(u"actionUndo"_s)->isEnabled());
    QVERIFY(m_window->save());
}

void TestMainWindow::staleLockIsTakenOver()
{
    const QString path = saveExample(u"kvar.yttrande"_s);
    // A lock left by a Yttra on this machine whose process is gone.
    const QByteArray stale = JsonText::serialize(QCborMap{{u"format"_s, u"yttra-lock"_s},
                                                          {u"user"_s, u"anna"_s},
                                                          {u"name"_s, u"Anna Berg"_s},
                                                          {u"host"_s, LocalSystem::hostName()},
                                                          {u"pid"_s, deadProcessId()},
                                                          {u"time"_s, u"2026-05-02T10:14:00+02:00"_s}});
    QFile lock(LockFile::lockPath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(stale);
    lock.close();
    MessageBox::clearLastMessage();
    QVERIFY(m_window->openFile(path));
    QCOMPARE(MessageBox::questionsAsked(), 0);
    QVERIFY(m_window->lock() && m_window->lock()->isHeld());
    QCOMPARE(LockFile::owner(path)->pid, LocalSystem::processId());
    QVERIFY(!m_window->isLockedReadOnly());
}

void TestMainWindow::previewLaysOutOffTheUiThread()
{
    YTTRA_VERIFY_OK(m_settings->setValue(Settings::PreviewVisible, true));
    m_window->openExample();
    PreviewPane *preview = m_window->preview();
    QTRY_VERIFY(preview->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() > 0, 20000);
    QVERIFY(preview->lastLayoutThread() != nullptr);
    QVERIFY(preview->lastLayoutThread() != QThread::currentThread());
    // An edit lays out again, later, in the background.
    const int layouts = preview->layoutsDone();
    preview->setDelay(50);
    editor()->showPage(Page::Summary);
    typeText(editor()->findChild<RichTextEdit *>(u"summaryEdit"_s)->textEdit(), u"Nytt"_s);
    QCOMPARE(preview->layoutsDone(), layouts); // not while typing
    QTRY_VERIFY_WITH_TIMEOUT(preview->layoutsDone() > layouts, 20000);
    // Pages can be turned.
    if (preview->pageCount() > 1) {
        preview->setCurrentPage(1);
        QTRY_COMPARE(preview->currentPage(), 1);
    }
    // The toggle hides it and remembers.
    action(u"actionPreview"_s)->trigger();
    QVERIFY(!preview->isVisible());
    QVERIFY(!m_settings->value(Settings::PreviewVisible));
}

void TestMainWindow::everyActionHasAKey()
{
    // Every menu entry is reachable without a mouse: a shortcut, or a mnemonic in its menu.
    // The window's own menus too (Review), not only those the menu bar owns.
    QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
    QMenu *review = m_window->findChild<QMenu *>(u"menuReview"_s);
    QVERIFY(review);
    menus += review;
    menus += review->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        for (const QAction *entry : menu->actions()) {
            if (entry->isSeparator())
                continue;
            QVERIFY2(!entry->shortcut().isEmpty() || entry->text().contains(u'&'),
                     qPrintable(menu->title() + u": "_s + entry->text()));
        }
    }
}

void TestMainWindow::registerOpensTheStatementAtTheItem()
{
    // A copy of the register's fixture: opening a statement takes its lock beside it.
    const QString fixture = QStringLiteral(YTTRA_TEST_DATA) + u"/register/kommunstyrelsen/2025/it-sakerhet-uppfoljning.yttrande"_s;
    QDir(m_dir->path()).mkpath(u"register/2025"_s);
    const QString path = m_dir->filePath(u"register/2025/it-sakerhet-uppfoljning.yttrande"_s);
    QVERIFY(QFile::copy(fixture, path));

    // View → Register opens the window, once: a second time raises the same one.
    QAction *open = action(u"actionRegister"_s);
    QVERIFY(open);
    QVERIFY(!open->shortcut().isEmpty());
    open->trigger();
    RegisterWindow *window = m_window->registerWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    open->trigger();
    QCOMPARE(m_window->registerWindow(), window);
    QCOMPARE(m_window->findChildren<RegisterWindow *>().size(), 1);

    // Unsaved changes are asked about first, as for Open; then the file opens at the item.
    m_window->openExample();
    QVERIFY(m_window->document()->setField(u"/office"_s, u"Ändrad"_s).ok());
    QVERIFY(m_window->document()->isModified());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    emit window->openStatement(path, u"r3"_s);
    QCOMPARE(m_window->document()->fileName(), path);
    QCOMPARE(editor()->currentPage(), Page::Item);
    QCOMPARE(editor()->currentItem(), statement().indexOfItem(u"r3"));
    QCOMPARE(editor()->currentItem(), 2);

    // Cancelled: the statement shown stays.
    m_window->openExample();
    QVERIFY(m_window->document()->setField(u"/office"_s, u"Ändrad igen"_s).ok());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    emit window->openStatement(path, u"r1"_s);
    QVERIFY(m_window->document()->fileName().isEmpty());
    QCOMPARE(statement().office, u"Ändrad igen"_s);
}

} // namespace yttra

QTEST_MAIN(yttra::TestMainWindow)
#include "tst_mainwindow.moc"

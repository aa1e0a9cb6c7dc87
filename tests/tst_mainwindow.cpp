// SPDX-License-Identifier: GPL-3.0-or-later
#include "example.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "statementdocument.h"
#include "statementfile.h"
#include "xlsxexporter.h"
#include "testhelpers.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// What a reader sees of a markdown text: the view renders it, so compare rendered text.
QString plainText(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText().simplified();
}

} // namespace

/// The main window on the real widgets (offscreen): it shows a statement's items, the
/// selected item and the measure register, opens files, and reports broken ones without
/// losing what it showed. Widgets are found by object name, as a user finds them by role.
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

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QString shownText() const { return m_itemView->toPlainText().simplified(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QListView *m_itemList = nullptr;
    QTextBrowser *m_itemView = nullptr;
    QTableView *m_measureTable = nullptr;
    QLabel *m_messageBar = nullptr;
};

void TestMainWindow::initTestCase()
{
    // A dialog would wait for a click that never comes; record messages instead.
    MessageBox::setTestMode(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    MessageBox::clearLastMessage();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    m_itemList = m_window->findChild<QListView *>(u"itemList"_s);
    m_itemView = m_window->findChild<QTextBrowser *>(u"itemView"_s);
    m_measureTable = m_window->findChild<QTableView *>(u"measureTable"_s);
    m_messageBar = m_window->findChild<QLabel *>(u"messageBar"_s);
    QVERIFY(m_itemList && m_itemList->model());
    QVERIFY(m_itemView);
    QVERIFY(m_measureTable && m_measureTable->model());
    QVERIFY(m_messageBar);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
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

void TestMainWindow::showsTheExample()
{
    const Statement example = Example::statement();
    QVERIFY(example.items.size() >= 2);
    m_window->openExample();

    QAbstractItemModel *items = m_itemList->model();
    QCOMPARE(items->rowCount(), example.items.size());
    QVERIFY2(items->index(0, 0).data().toString().contains(u"Åtgärdsområde 1"_s), qPrintable(items->index(0, 0).data().toString()));
    // The first item is selected and shown, the auditors' words included.
    QCOMPARE(m_itemList->currentIndex().row(), 0);
    QVERIFY2(shownText().contains(plainText(example.items.at(0).text)), qPrintable(shownText()));
    QVERIFY(!m_messageBar->isVisible());
    QVERIFY(MessageBox::lastMessage().isEmpty());
}

void TestMainWindow::selectingAnItemShowsIt()
{
    const Statement example = Example::statement();
    m_window->openExample();
    const QString before = shownText();

    // As a user does it: a click on the second row.
    const QModelIndex second = m_itemList->model()->index(1, 0);
    m_itemList->scrollTo(second);
    QTest::mouseClick(m_itemList->viewport(), Qt::LeftButton, {}, m_itemList->visualRect(second).center());
    QCOMPARE(m_itemList->currentIndex().row(), 1);
    QVERIFY(shownText() != before);
    QVERIFY2(shownText().contains(plainText(example.items.at(1).text)), qPrintable(shownText()));
    QVERIFY(!shownText().contains(plainText(example.items.at(0).text)));

    // And from the keyboard, to the last item.
    m_itemList->setFocus();
    QTest::keyClick(m_itemList, Qt::Key_End);
    QCOMPARE(m_itemList->currentIndex().row(), example.items.size() - 1);
    QVERIFY2(shownText().contains(plainText(example.items.last().text)), qPrintable(shownText()));
}

void TestMainWindow::showsTheMeasures()
{
    const Statement example = Example::statement();
    QVERIFY(!example.measures.isEmpty());
    m_window->openExample();

    const QAbstractItemModel *measures = m_measureTable->model();
    QCOMPARE(measures->rowCount(), example.measures.size());
    for (int row = 0; row < measures->rowCount(); ++row)
        QCOMPARE(measures->index(row, 0).data().toString(), example.measures.at(row).title);
    QVERIFY(!m_measureTable->isColumnHidden(0));
    QVERIFY(m_measureTable->columnWidth(0) > 0);
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
    QCOMPARE(m_itemList->model()->rowCount(), statement.items.size());
    QCOMPARE(m_measureTable->model()->rowCount(), 0);
    QCOMPARE(m_itemList->currentIndex().row(), 0);
    QVERIFY(shownText().contains(plainText(statement.items.at(0).text)));
    QVERIFY(!m_messageBar->isVisible());
}

void TestMainWindow::brokenFileKeepsWhatWasShown()
{
    m_window->openExample();
    const QModelIndex second = m_itemList->model()->index(1, 0);
    m_itemList->setCurrentIndex(second);
    const QString title = m_window->windowTitle();
    const QString shown = shownText();
    const StatementDocument *document = m_window->document();
    const int rows = m_itemList->model()->rowCount();

    // Not JSON: the bare word on line 3 starts at column 3.
    const QString path = writeFile(u"trasig.yttrande"_s, "{\n  \"format\": \"yttra-statement\",\n  oops\n}\n");
    QVERIFY(!path.isEmpty());
    QVERIFY(!m_window->openFile(path));

    const QString message = MessageBox::lastMessage();
    QVERIFY2(message.contains(u"trasig.yttrande"_s), qPrintable(message));
    QVERIFY2(message.contains(u"3:3"_s), qPrintable(message));

    QCOMPARE(m_window->document(), document);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_itemList->model()->rowCount(), rows);
    QCOMPARE(m_itemList->currentIndex().row(), 1);
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
    QCOMPARE(m_itemList->model()->rowCount(), Example::statement().items.size());

    // The message belongs to that file: it goes when an ordinary one is opened.
    m_window->openExample();
    QVERIFY(!m_messageBar->isVisible());
}

void TestMainWindow::exportsToExcel()
{
    // In the File menu, as a user finds it.
    QAction *action = m_window->findChild<QAction *>(u"actionExportExcel"_s);
    QVERIFY(action);
    QVERIFY(action->text().contains(u"Excel"_s));
    QMenu *fileMenu = m_window->menuBar()->findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(fileMenu && fileMenu->actions().contains(action));

    // The example has no file: the name comes from the audit's reference, made a file name.
    m_window->openExample();
    QVERIFY2(m_window->suggestedExcelPath().endsWith(u"/KR-2026-0012.xlsx"_s), qPrintable(m_window->suggestedExcelPath()));
    const QString plan = m_dir->filePath(u"plan.xlsx"_s);
    QVERIFY(m_window->exportToExcel(plan));
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

} // namespace yttra

QTEST_MAIN(yttra::TestMainWindow)
#include "tst_mainwindow.moc"

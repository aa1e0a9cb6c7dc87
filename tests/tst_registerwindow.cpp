// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filedialog.h"
#include "register/registerfiltermodel.h"
#include "register/registermodel.h"
#include "register/registerwindow.h"
#include "session/settings.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

// The fixture's states are judged on this day (tests/data/register/README.md).
const QDate today(2025, 6, 15);

QString fixture()
{
    return QDir::cleanPath(QStringLiteral(YTTRA_TEST_DATA) + u"/register"_s);
}

// Copies a folder tree (the fixture) so a test may change it.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

class TestRegisterWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryItemWithItsState();
    void overdueIsNotColourAlone();
    void filtersNarrowTheRows();
    void sortsByNextDate();
    void listsTheProblems();
    void doubleClickAsksToOpenTheStatement();
    void remembersTheFolder();
    void readsAgainWhenTheFolderChanges();
    void aNewerReadOvertakesAnOlder();
    void noProgressBarForAFastRead();
    void progressBarForASlowRead();
    void hiddenReadsWhenShownAgain();
    void itemsSortByNumber();
    void aFolderThatCannotBeReadIsSaid();

private:
    // A window on `folder`, read and shown.
    std::unique_ptr<RegisterWindow> openOn(const QString &folder);
    // The rows shown, in their order, by the state column's text.
    QStringList shownStates(const RegisterWindow &window) const;
    int rowOf(const RegisterWindow &window, const QString &file, const QString &itemId) const;

    std::unique_ptr<Settings> m_settings;
};

void TestRegisterWindow::initTestCase()
{
    // The register's cache goes to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    FileDialog::setTestMode(true);
}

void TestRegisterWindow::init()
{
    m_settings = Settings::createTemporary();
}

void TestRegisterWindow::cleanup()
{
    m_settings.reset();
}

std::unique_ptr<RegisterWindow> TestRegisterWindow::openOn(const QString &folder)
{
    auto window = std::make_unique<RegisterWindow>(m_settings.get());
    window->setToday(today);
    QSignalSpy read(window.get(), &RegisterWindow::registerRead);
    window->setFolder(folder);
    window->show();
    if (!read.wait(10000) && read.isEmpty())
        qWarning("the register was not read");
    // Until no read runs (one overtaken may still be finishing).
    QDeadlineTimer deadline(10000);
    while (window->isReading() && !deadline.hasExpired())
        QTest::qWait(10);
    return window;
}

QStringList TestRegisterWindow::shownStates(const RegisterWindow &window) const
{
    QStringList states;
    const QAbstractItemModel *model = window.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        states.append(
            enumName(registerStateNames, RegisterState(model->index(row, 0).data(RegisterModel::StateRole).toInt())));
    return states;
}

int TestRegisterWindow::rowOf(const RegisterWindow &window, const QString &file, const QString &itemId) const
{
    const QAbstractItemModel *model = window.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(RegisterModel::ItemIdRole).toString() == itemId
            && index.data(RegisterModel::FileRole).toString().startsWith(file))
            return row;
    }
    return -1;
}

void TestRegisterWindow::showsEveryItemWithItsState()
{
    auto window = openOn(fixture());
    QCOMPARE(window->table()->model()->rowCount(), 11);
    QStringList states = shownStates(*window);
    states.sort();
    QCOMPARE(states,
        (QStringList { u"done"_s, u"done"_s, u"done"_s, u"done"_s, u"dueSoon"_s, u"notFollowedUp"_s, u"onTrack"_s,
            u"onTrack"_s, u"onTrack"_s, u"open"_s, u"overdue"_s }));
    // Each state by its name in the state column, as the user reads it.
    const QAbstractItemModel *model = window->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto state = RegisterState(model->index(row, 0).data(RegisterModel::StateRole).toInt());
        QCOMPARE(
            model->index(row, RegisterModel::StateColumn).data().toString(), RegisterStateRules::displayName(state));
    }
    const QString summary = window->summary()->text();
    QVERIFY2(
        summary.contains(u"11"_s) && summary.contains(u"4 "_s + RegisterStateRules::displayName(RegisterState::Done)),
        qPrintable(summary));
}

void TestRegisterWindow::overdueIsNotColourAlone()
{
    auto window = openOn(fixture());
    const int row = rowOf(*window, u"kommunstyrelsen/"_s, u"r2"_s);
    QVERIFY(row >= 0);
    const QModelIndex state = window->table()->model()->index(row, RegisterModel::StateColumn);
    QCOMPARE(state.data(RegisterModel::StateRole).toInt(), int(RegisterState::Overdue));
    // Its name and an icon of its own say it, besides the colour.
    QCOMPARE(state.data().toString(), RegisterStateRules::displayName(RegisterState::Overdue));
    const auto icon = state.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(state.data(Qt::ForegroundRole).isValid());
    // An icon that no other state has.
    const int onTrack = rowOf(*window, u"kommunstyrelsen/"_s, u"r4"_s);
    const auto other = window->table()->model()->index(onTrack, 0).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(icon.cacheKey() != other.cacheKey() || icon.pixmap(16).toImage() != other.pixmap(16).toImage());
    QVERIFY(!window->table()->model()->index(onTrack, 0).data(Qt::ForegroundRole).isValid());
}

void TestRegisterWindow::filtersNarrowTheRows()
{
    auto window = openOn(fixture());
    auto *state = window->findChild<QComboBox *>(u"stateFilter"_s);
    auto *board = window->findChild<QComboBox *>(u"boardFilter"_s);
    auto *year = window->findChild<QComboBox *>(u"yearFilter"_s);
    auto *responsible = window->findChild<QComboBox *>(u"responsibleFilter"_s);
    auto *search = window->findChild<QLineEdit *>(u"registerSearch"_s);
    QVERIFY(state && board && year && responsible && search);
    const QAbstractItemModel *model = window->table()->model();

    state->setCurrentIndex(state->findData(int(RegisterState::Done)));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(shownStates(*window), QStringList(4, u"done"_s));
    QVERIFY2(window->summary()->text().contains(u"4"_s), qPrintable(window->summary()->text()));

    QVERIFY(board->findText(u"Servicenämnden"_s) > 0);
    board->setCurrentIndex(board->findText(u"Servicenämnden"_s));
    QCOMPARE(model->rowCount(), 1);
    state->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 2);
    board->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 11);

    // The years of the statements found, newest first.
    QVERIFY(year->count() > 2);
    year->setCurrentIndex(year->findText(u"2024"_s));
    QVERIFY(model->rowCount() > 0 && model->rowCount() < 11);
    year->setCurrentIndex(0);

    // Someone responsible for a measure: only the items with their measures.
    QVERIFY(responsible->count() > 1);
    responsible->setCurrentIndex(1);
    const QString name = responsible->currentText();
    QVERIFY(model->rowCount() > 0 && model->rowCount() < 11);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0).data(RegisterModel::ResponsibleRole).toStringList().contains(name));
    responsible->setCurrentIndex(0);

    // Words anywhere in the row, case aside: a board's name, then the state's name too.
    search->setText(u"miljönämnden"_s);
    QCOMPARE(model->rowCount(), 2);
    search->setText(u"miljönämnden "_s + RegisterStateRules::displayName(RegisterState::Done));
    QCOMPARE(model->rowCount(), 1);
    search->setText(u"no such words anywhere"_s);
    QCOMPARE(model->rowCount(), 0);
    search->clear();
    QCOMPARE(model->rowCount(), 11);
}

void TestRegisterWindow::sortsByNextDate()
{
    auto window = openOn(fixture());
    QTableView *table = window->table();
    const auto dates = [table] {
        QList<QDate> days;
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row)
            days.append(
                QDate::fromString(model->index(row, RegisterModel::NextDateColumn).data().toString(), Qt::ISODate));
        return days;
    };
    table->sortByColumn(RegisterModel::NextDateColumn, Qt::AscendingOrder);
    QList<QDate> days = dates();
    QVERIFY(days.first().isValid());
    qsizetype dated = 0;
    while (dated < days.size() && days.at(dated).isValid())
        ++dated;
    QVERIFY(dated >= 5);
    for (qsizetype i = 1; i < dated; ++i)
        QVERIFY2(days.at(i - 1) <= days.at(i),
            qPrintable(days.at(i - 1).toString(Qt::ISODate) + u" > "_s + days.at(i).toString(Qt::ISODate)));
    // Rows without a date come last, whichever way.
    for (qsizetype i = dated; i < days.size(); ++i)
        QVERIFY(!days.at(i).isValid());

    table->sortByColumn(RegisterModel::NextDateColumn, Qt::DescendingOrder);
    days = dates();
    for (qsizetype i = 1; i < dated; ++i)
        QVERIFY(days.at(i - 1) >= days.at(i));
    QVERIFY(days.first().isValid());
}

void TestRegisterWindow::listsTheProblems()
{
    auto window = openOn(fixture());
    QListWidget *problems = window->problemsList();
    QCOMPARE(problems->count(), 2);
    QStringList texts;
    for (int i = 0; i < problems->count(); ++i)
        texts.append(problems->item(i)->text());
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"trasig.yttrande"_s), qPrintable(all));
    QVERIFY2(all.contains(u"nyare/framtida-format.yttrande"_s), qPrintable(all));
    // Folded away, but said: the button names how many, and opens the list.
    auto *toggle = window->findChild<QToolButton *>(u"problemsToggle"_s);
    QVERIFY(toggle && toggle->isVisible());
    QVERIFY(toggle->text().contains(u"2"_s));
    QVERIFY(!problems->isVisible());
    toggle->click();
    QVERIFY(problems->isVisible());
}

void TestRegisterWindow::doubleClickAsksToOpenTheStatement()
{
    auto window = openOn(fixture());
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy open(window.get(), &RegisterWindow::openStatement);
    QTableView *table = window->table();

    // A row with a follow-up opens the follow-up (where its state comes from) ...
    int row = rowOf(*window, u"kommunstyrelsen/"_s, u"r2"_s);
    QVERIFY(row >= 0);
    QRect rect = table->visualRect(table->model()->index(row, RegisterModel::BoardColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), fixture() + u"/kommunstyrelsen/2025/it-sakerhet-uppfoljning.yttrande"_s);
    QCOMPARE(open.at(0).at(1).toString(), u"r2"_s);

    // ... one without, its first statement.
    row = rowOf(*window, u"servicenamnden/"_s, u"r1"_s);
    QVERIFY(row >= 0);
    rect = table->visualRect(table->model()->index(row, RegisterModel::BoardColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(0).toString(), fixture() + u"/servicenamnden/lokalforsorjning.yttrande"_s);
    QCOMPARE(open.at(1).at(1).toString(), u"r1"_s);
}

void TestRegisterWindow::remembersTheFolder()
{
    {
        auto window = openOn(fixture());
        QCOMPARE(m_settings->value(Settings::RegisterFolder), fixture());
    }
    // A new window reads the folder remembered.
    RegisterWindow window(m_settings.get());
    QCOMPARE(window.folder(), fixture());
    window.setToday(today);
    QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 11, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isReading(), 10000);

    // The folder chooser changes it.
    QTemporaryDir empty;
    FileDialog::setNextFileName(empty.path());
    window.findChild<QPushButton *>(u"chooseFolder"_s)->click();
    QCOMPARE(window.folder(), QDir::cleanPath(empty.path()));
    QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 0, 10000);
    QCOMPARE(m_settings->value(Settings::RegisterFolder), QDir::cleanPath(empty.path()));
}

void TestRegisterWindow::readsAgainWhenTheFolderChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(fixture(), dir.path()));
    // The first statement of Servicenämnden copied into a new subfolder after the window
    // first read the tree: its items come in again (a second statement of the same audit).
    QFile::remove(dir.filePath(u"servicenamnden/lokalforsorjning.yttrande"_s));
    auto window = openOn(dir.path());
    window->setQuietPause(200);
    QCOMPARE(window->model()->rowCount(), 9);
    QVERIFY(QFile::copy(fixture() + u"/servicenamnden/lokalforsorjning.yttrande"_s,
        dir.filePath(u"servicenamnden/lokalforsorjning.yttrande"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), 11, 8000);

    // A folder made later is watched too.
    QTRY_VERIFY_WITH_TIMEOUT(!window->isReading(), 8000);
    QSignalSpy read(window.get(), &RegisterWindow::registerRead);
    QVERIFY(QDir(dir.path()).mkpath(u"ny/mapp"_s));
    // Read again after the pause, which watches the new folder.
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 8000);
    QVERIFY(QFile::copy(fixture() + u"/trasig.yttrande"_s, dir.filePath(u"ny/mapp/trasig.yttrande"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(window->problemsList()->count(), 3, 8000);
}

void TestRegisterWindow::aNewerReadOvertakesAnOlder()
{
    QTemporaryDir empty;
    auto window = openOn(fixture());
    QCOMPARE(window->model()->rowCount(), 11);
    QSignalSpy read(window.get(), &RegisterWindow::registerRead);
    // The fixture read again, then at once the empty folder: the fixture's result, whenever
    // it comes, is not shown over the empty folder's.
    window->refresh();
    window->setFolder(empty.path());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isReading(), 10000);
    QCOMPARE(window->model()->rowCount(), 0);
    QCOMPARE(read.size(), 1);
}

void TestRegisterWindow::noProgressBarForAFastRead()
{
    auto window = std::make_unique<RegisterWindow>(m_settings.get());
    window->show();
    QSignalSpy read(window.get(), &RegisterWindow::registerRead);
    QTemporaryDir empty;
    window->setFolder(empty.path());
    QVERIFY(!window->progressBar()->isVisible());
    QVERIFY(read.wait(5000));
    QVERIFY(!window->progressBar()->isVisible());
    // And after half a second, when it would have come, there is still none.
    QTest::qWait(700);
    QVERIFY(!window->progressBar()->isVisible());
}

void TestRegisterWindow::progressBarForASlowRead()
{
    auto window = std::make_unique<RegisterWindow>(m_settings.get());
    window->show();
    RegisterReader::Options options;
    options.useCache = false; // every file read, so the hook is called
    options.afterReadingFile = [](const QString &path) {
        if (path.endsWith(u"trasig.yttrande"_s))
            QThread::msleep(1500);
    };
    window->setReaderOptions(options);
    window->setToday(today);
    QSignalSpy read(window.get(), &RegisterWindow::registerRead);
    QElapsedTimer clock;
    clock.start();
    window->setFolder(fixture());
    QVERIFY(!window->progressBar()->isVisible());
    // The window answers meanwhile, and after half a second says it is reading.
    QTRY_VERIFY_WITH_TIMEOUT(window->progressBar()->isVisible(), 1400);
    QVERIFY(clock.elapsed() >= 450);
    QVERIFY(window->isReading());
    QVERIFY(read.wait(10000));
    QVERIFY(!window->progressBar()->isVisible());
    QCOMPARE(window->model()->rowCount(), 11);
}

void TestRegisterWindow::hiddenReadsWhenShownAgain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyTree(fixture(), dir.path()));
    auto window = openOn(dir.path());
    window->setQuietPause(100);
    window->hide();
    QSignalSpy read(window.get(), &RegisterWindow::registerRead);
    QVERIFY(QFile::remove(dir.filePath(u"servicenamnden/lokalforsorjning.yttrande"_s)));
    QTest::qWait(600);
    QVERIFY(read.isEmpty());
    QCOMPARE(window->model()->rowCount(), 11);
    window->show();
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), 9, 8000);
}

void TestRegisterWindow::itemsSortByNumber()
{
    RegisterModel model;
    Register reg;
    for (const QString &number : { u"10"_s, u"2"_s, u"1"_s }) {
        RegisterEntry entry;
        entry.itemId = u"r"_s + number;
        entry.itemNumber = number;
        reg.entries.append(entry);
    }
    model.setRegister(reg);
    RegisterFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(RegisterModel::ItemColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data(RegisterModel::ItemIdRole).toString(), u"r1"_s);
    QCOMPARE(filter.index(1, 0).data(RegisterModel::ItemIdRole).toString(), u"r2"_s);
    QCOMPARE(filter.index(2, 0).data(RegisterModel::ItemIdRole).toString(), u"r10"_s);
}

void TestRegisterWindow::aFolderThatCannotBeReadIsSaid()
{
    QTemporaryDir dir;
    auto window = openOn(dir.filePath(u"gone"_s));
    QCOMPARE(window->model()->rowCount(), 0);
    QVERIFY2(window->summary()->text().contains(u"gone"_s), qPrintable(window->summary()->text()));
    // Made meanwhile: Refresh reads it.
    QVERIFY(QDir(dir.path()).mkpath(u"gone"_s));
    QVERIFY(
        QFile::copy(fixture() + u"/servicenamnden/lokalforsorjning.yttrande"_s, dir.filePath(u"gone/a.yttrande"_s)));
    window->findChild<QPushButton *>(u"refresh"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), 2, 8000);
}

QTEST_MAIN(TestRegisterWindow)
#include "tst_registerwindow.moc"

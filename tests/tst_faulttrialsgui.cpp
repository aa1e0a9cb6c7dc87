// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "document/statementdocument.h"
#include "faultshim/faulttrials.h"
#include "session/localsystem.h"
#include "session/lockfile.h"
#include "session/recovery.h"
#include "session/settings.h"
#include "testhelpers.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// The field every trial edits, and how it reads in the example before.
const QString editedField = u"/caseNumber"_s;

// --- The child: the real main window in a process of its own, killed or failed on purpose ---

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

std::unique_ptr<MainWindow> childWindow(Settings *settings, const QString &recoveryFolder)
{
    // No dialog may wait for a click: messages are recorded and printed, questions answered
    // in advance.
    MessageBox::setTestMode(true);
    FileDialog::setTestMode(true);
    Q_UNUSED(settings->setValue(Settings::PreviewVisible, false));
    return std::make_unique<MainWindow>(settings, recoveryFolder);
}

QString caseNumber(const MainWindow &window)
{
    return window.document() ? window.document()->statement().caseNumber : QString();
}

// "save FILE RECOVERY VALUE": opens the file, edits it, autosaves, saves.
// "autosave FILE RECOVERY COUNT": opens the file, then edits and autosaves COUNT times.
// "recover RECOVERY": offers what was left, answers Recover, says what came back.
// "hold FILE": opens the file (taking its lock) and keeps it open until standard input ends.
// "open FILE": opens the file, answering Open Read-Only if asked, and says what it was told.
int runChild(const QStringList &arguments)
{
    const QString role = arguments.value(0);
    auto settings = Settings::createTemporary();
    const QTemporaryDir unused; // the recovery folder of the roles that do not edit
    const QString recoveryFolder = role == u"save" || role == u"autosave" ? arguments.value(2)
        : role == u"recover"                                              ? arguments.value(1)
                                                                          : unused.path();
    auto window = childWindow(settings.get(), recoveryFolder);

    if (role == u"save" || role == u"autosave") {
        if (!window->openFile(arguments.value(1))) {
            say(u"not opened: "_s + MessageBox::lastMessage());
            return 1;
        }
        say(u"opened"_s);
        const int count = role == u"save" ? 1 : arguments.value(3).toInt();
        for (int i = 1; i <= count; ++i) {
            const QString value = role == u"save" ? arguments.value(3) : u"KS-auto-%1"_s.arg(i);
            if (!window->document()->setField(editedField, value, StatementDocument::Merge::Separate)) {
                say(u"cannot edit"_s);
                return 1;
            }
            // The autosave the recovery timer makes, now rather than in an interval.
            const auto autosaved = window->recovery()->saveNow();
            say(autosaved ? u"autosaved %1"_s.arg(i) : u"autosave failed: "_s + autosaved.error().text());
        }
        if (role == u"save") {
            MessageBox::clearLastMessage();
            say(window->save() ? u"saved"_s : u"failed: "_s + MessageBox::lastMessage());
        }
        return 0;
    }
    if (role == u"recover") {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        if (window->offerRecovery()) {
            say(u"recovered %1"_s.arg(caseNumber(*window)));
            say(u"read-only %1"_s.arg(window->document()->isReadOnly() ? 1 : 0));
        } else {
            say(u"nothing"_s);
        }
        // An answer not used is not carried over: the next process starts afresh anyway.
        return 0;
    }
    if (role == u"hold") {
        if (!window->openFile(arguments.value(1)))
            return 1;
        say(u"holding"_s);
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        return 0;
    }
    if (role == u"open") {
        MessageBox::setNextAnswer(QMessageBox::Yes); // Open Read-Only
        const bool opened = window->openFile(arguments.value(1));
        say(u"opened %1"_s.arg(opened ? 1 : 0));
        say(u"questions %1"_s.arg(MessageBox::questionsAsked()));
        say(u"told %1"_s.arg(MessageBox::lastMessage().replace(u'\n', u' ')));
        say(u"locked read-only %1"_s.arg(window->isLockedReadOnly() ? 1 : 0));
        say(u"read-only %1"_s.arg(window->document() && window->document()->isReadOnly() ? 1 : 0));
        return 0;
    }
    return 2;
}

// --- The trials ---

struct ChildRun
{
    bool finished = false;
    bool killed = false;
    int exitCode = -1;
    QStringList lines; // standard output
    QString err;

    bool said(const QString &line) const { return lines.contains(line); }
    QString value(const QString &prefix) const
    {
        for (const QString &line : lines) {
            if (line.startsWith(prefix + u' '))
                return line.mid(prefix.size() + 1);
        }
        return {};
    }
};

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = test::untranslatedEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

struct Tally
{
    int trials = 0;
    int old = 0;
    int complete = 0;
    int recovered = 0;
    int staleLocks = 0;
    int temporaryLeft = 0;
};

} // namespace

/// The fault trials of docs/reliability.md for the editor, with the real main window in
/// processes of its own: killed (SIGKILL) at every file operation of an autosave and a save,
/// and at any moment of a run of autosaves, it leaves the old file or the complete new one,
/// and the next start recovers the last autosave; a save that meets a full disk, a read-only
/// folder or a vanished drive says so and keeps the old file; a second instance on a file
/// is told who has it open and opens it read-only.
class TestFaultTrialsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedWhileSaving();
    void killedWhileAutosaving();
    void failedSave_data();
    void failedSave();
    void twoInstancesOnOneFile();

private:
    ChildRun start(const QStringList &arguments, const QProcessEnvironment &env, qint64 killAfterMs = -1);
    /// The trial's folder afresh: the old statement, and a recovery folder inside it.
    void resetFolder();
    QString target() const { return QDir(m_folder).filePath(u"statement.yttrande"_s); }
    QString recoveryFolder() const { return QDir(m_folder).filePath(u"recovery"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QByteArray m_old;
    QStringList m_figures;
};

ChildRun TestFaultTrialsGui::start(const QStringList &arguments, const QProcessEnvironment &env, qint64 killAfterMs)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(QStringList{u"--child"_s} + arguments);
    process.setProcessEnvironment(env);
    process.start();
    ChildRun run;
    if (!process.waitForStarted(30000))
        return run;
    if (killAfterMs >= 0) {
        QThread::msleep(static_cast<unsigned long>(killAfterMs));
        process.kill();
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.finished = true;
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestFaultTrialsGui::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(YTTRA_FAULTSHIM)));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(u"trial"_s);
    m_old = test::readFile(QStringLiteral(YTTRA_TEST_DATA "/../../resources/example/example.yttrande"));
    QVERIFY(!m_old.isEmpty());
}

void TestFaultTrialsGui::cleanupTestCase()
{
    for (const QString &line : std::as_const(m_figures))
        qInfo("%s", qPrintable(line));
}

void TestFaultTrialsGui::resetFolder()
{
    QDir(m_folder).removeRecursively();
    QVERIFY(QDir().mkpath(recoveryFolder()));
    QFile file(target());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_old), m_old.size());
}

void TestFaultTrialsGui::killedWhileSaving()
{
    // The saved file of an undisturbed run: what "the complete new one" is, byte for byte.
    resetFolder();
    const QString value = u"KS-2026-9001"_s;
    const ChildRun undisturbed = start({u"save"_s, target(), recoveryFolder(), value}, childEnvironment());
    QVERIFY2(undisturbed.finished && undisturbed.said(u"saved"_s), qPrintable(undisturbed.lines.join(u'\n') + undisturbed.err));
    const QByteArray saved = test::readFile(target());
    QVERIFY(saved != m_old && saved.contains(value.toUtf8()));
    // Saved: nothing left to recover, no lock left behind.
    QVERIFY(Recovery::pendingRecoveries(recoveryFolder()).isEmpty());

    // Killed before its first, second, ... file operation in the folder (the lock, the
    // autosave's, the save's, the recovery file's removal), until it runs to its end.
    const QString lockName = QFileInfo(LockFile::lockPath(target())).fileName();
    Tally tally;
    bool completed = false;
    for (int n = 0; n < 500 && !completed; ++n) {
        resetFolder();
        const ChildRun killed = start({u"save"_s, target(), recoveryFolder(), value},
                                      test::faultEnvironment(childEnvironment(), m_folder, u"kill"_s, n));
        QVERIFY(killed.finished);
        completed = !killed.killed;
        const QByteArray now = test::readFile(target());
        QVERIFY2(now == m_old || now == saved,
                 qPrintable(u"killed before file operation %1: the file is neither old nor new (%2 bytes)"_s.arg(n + 1).arg(now.size())));
        if (completed) {
            QVERIFY2(killed.said(u"saved"_s), qPrintable(killed.lines.join(u'\n') + killed.err));
            QCOMPARE(now, saved);
            break;
        }
        ++tally.trials;
        (now == m_old ? tally.old : tally.complete)++;
        const test::Leftovers left = test::leftovers(m_folder, {u"statement.yttrande"_s, u"recovery"_s, lockName});
        QVERIFY2(left.other.isEmpty(), qPrintable(u"left beside the file: "_s + left.other.join(u", "_s)));
        tally.temporaryLeft += int(left.temporary.size());
        if (QFileInfo::exists(LockFile::lockPath(target())))
            ++tally.staleLocks;

        // The next start: what was autosaved comes back, unless the save got it on disk.
        const ChildRun next = start({u"recover"_s, recoveryFolder()}, childEnvironment());
        QVERIFY2(next.finished && next.exitCode == 0, qPrintable(next.err));
        const QString recovered = next.value(u"recovered"_s);
        if (!recovered.isEmpty()) {
            ++tally.recovered;
            QCOMPARE(recovered, value);
            // A lock the killed process left is stale: the recovered statement is editable.
            QCOMPARE(next.value(u"read-only"_s), u"0"_s);
        } else {
            QVERIFY(next.said(u"nothing"_s));
            // Only an edit never autosaved may be lost (at most one autosave interval of work).
            QVERIFY2(now == saved || !killed.said(u"autosaved 1"_s),
                     qPrintable(u"killed before file operation %1: the autosaved edit is lost"_s.arg(n + 1)));
        }
    }
    QVERIFY(completed);
    QVERIFY(tally.trials >= 10);
    m_figures.append(u"FIGURES GUI autosave + save, killed before each of its %1 file operations: file old %2, complete new %3; "
                     "the next start recovered the autosave %4 times; stale locks left %5 (taken over), hidden temporary files left %6"_s
                         .arg(tally.trials)
                         .arg(tally.old)
                         .arg(tally.complete)
                         .arg(tally.recovered)
                         .arg(tally.staleLocks)
                         .arg(tally.temporaryLeft));
}

void TestFaultTrialsGui::killedWhileAutosaving()
{
    // A run of autosaves, one after another, killed at moments spread over it: the next start
    // recovers the last one finished (or the one being written, if it got on disk), and the
    // statement's own file is never touched by an autosave.
    constexpr int autosaves = 60;
    resetFolder();
    QElapsedTimer clock;
    clock.start();
    const ChildRun undisturbed = start({u"autosave"_s, target(), recoveryFolder(), QString::number(autosaves)}, childEnvironment());
    const qint64 duration = clock.elapsed();
    QVERIFY2(undisturbed.finished && undisturbed.said(u"autosaved %1"_s.arg(autosaves)), qPrintable(undisturbed.err));

    constexpr int points = 10;
    Tally tally;
    for (int i = 0; i < points; ++i) {
        resetFolder();
        const qint64 delay = duration * (i + 1) / (points + 1);
        const ChildRun killed = start({u"autosave"_s, target(), recoveryFolder(), QString::number(autosaves)}, childEnvironment(), delay);
        QVERIFY(killed.finished);
        QCOMPARE(test::readFile(target()), m_old);
        int last = 0;
        for (const QString &line : killed.lines) {
            if (line.startsWith(u"autosaved "))
                last = line.mid(10).toInt();
        }
        const ChildRun next = start({u"recover"_s, recoveryFolder()}, childEnvironment());
        QVERIFY2(next.finished && next.exitCode == 0, qPrintable(next.err));
        const QString recovered = next.value(u"recovered"_s);
        ++tally.trials;
        if (recovered.isEmpty()) {
            QVERIFY2(last == 0, qPrintable(u"killed after %1 ms: autosave %2 is lost"_s.arg(delay).arg(last)));
            continue;
        }
        ++tally.recovered;
        const QStringList acceptable{u"KS-auto-%1"_s.arg(last), u"KS-auto-%1"_s.arg(last + 1)};
        QVERIFY2(acceptable.contains(recovered),
                 qPrintable(u"killed after %1 ms, after autosave %2: recovered %3"_s.arg(delay).arg(last).arg(recovered)));
        const test::Leftovers left = test::leftovers(recoveryFolder(), {});
        for (const QString &name : left.other)
            tally.temporaryLeft += name.endsWith(u".tmp") ? 1 : 0;
    }
    m_figures.append(u"FIGURES GUI %1 autosaves in %2 ms, killed at %3 moments: the last autosave recovered %4 times (none made yet: %5)"_s
                         .arg(autosaves)
                         .arg(duration)
                         .arg(tally.trials)
                         .arg(tally.recovered)
                         .arg(tally.trials - tally.recovered));
}

void TestFaultTrialsGui::failedSave_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("error");
    QTest::addColumn<long long>("after");
    QTest::addColumn<QString>("reason");
    QTest::newRow("disk full half-way") << u"fail"_s << u"write"_s << u"ENOSPC"_s << 8000LL << u"No space left on device"_s;
    QTest::newRow("read-only folder") << u"fail"_s << u"create"_s << u"EROFS"_s << 0LL << u"Read-only file system"_s;
    QTest::newRow("drive gone at rename") << u"fail"_s << u"rename"_s << u"EIO"_s << 0LL << u"Input/output error"_s;
    QTest::newRow("drive vanishes half-way") << u"vanish"_s << QString() << QString() << 8000LL << u"Input/output error"_s;
}

void TestFaultTrialsGui::failedSave()
{
    QFETCH(QString, mode);
    QFETCH(QString, at);
    QFETCH(QString, error);
    QFETCH(long long, after);
    QFETCH(QString, reason);
    resetFolder();
    // The recovery folder is elsewhere here: the fault is the drive the statement is on.
    const QString recovery = m_dir->filePath(u"recovery-elsewhere"_s);
    QDir(recovery).removeRecursively();
    const QString value = u"KS-2026-9002"_s;
    const ChildRun failed = start({u"save"_s, target(), recovery, value},
                                  test::faultEnvironment(childEnvironment(), m_folder, mode, after, at, error));
    if (mode == u"vanish")
        QVERIFY(QDir().rename(m_folder + u".gone"_s, m_folder));
    QVERIFY2(failed.finished && !failed.killed && failed.exitCode == 0, qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"faultshim: "_s), qPrintable(u"the fault was never met: "_s + failed.err));

    // A clear message: which file, why, and that the old one is still there.
    const QString message = failed.value(u"failed:"_s);
    QVERIFY2(!message.isEmpty(), qPrintable(failed.lines.join(u'\n')));
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.startsWith(u"Cannot save the statement: "_s), qPrintable(message));
    QVERIFY2(message.contains(target()), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(u"the previous file is unchanged"_s), qPrintable(message));
    QCOMPARE(test::readFile(target()), m_old);

    // The edit is not lost either: the next start offers it.
    const ChildRun next = start({u"recover"_s, recovery}, childEnvironment());
    QCOMPARE(next.value(u"recovered"_s), value);
}

void TestFaultTrialsGui::twoInstancesOnOneFile()
{
    resetFolder();
    // The first instance opens the file and keeps it open.
    QProcess first;
    first.setProgram(QCoreApplication::applicationFilePath());
    first.setArguments({u"--child"_s, u"hold"_s, target()});
    first.setProcessEnvironment(childEnvironment());
    first.start();
    QVERIFY(first.waitForStarted(30000));
    QVERIFY(first.waitForReadyRead(60000));
    QCOMPARE(QString::fromUtf8(first.readLine()).trimmed(), u"holding"_s);

    // The second is told who has it open (name and machine) and opens it read-only.
    const ChildRun second = start({u"open"_s, target()}, childEnvironment());
    QVERIFY2(second.finished && second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(second.value(u"opened"_s), u"1"_s);
    QCOMPARE(second.value(u"questions"_s), u"1"_s);
    const QString told = second.value(u"told"_s);
    qInfo("%s", qPrintable(told));
    QVERIFY2(told.contains(u"is open by"_s), qPrintable(told));
    QVERIFY2(told.contains(LocalSystem::loginName()), qPrintable(told));
    QVERIFY2(told.contains(LocalSystem::hostName()), qPrintable(told));
    QCOMPARE(second.value(u"locked read-only"_s), u"1"_s);
    QCOMPARE(second.value(u"read-only"_s), u"1"_s);

    // The first is killed: its lock stays behind, stale, and the next instance takes it over
    // without asking.
    first.kill();
    QVERIFY(first.waitForFinished(30000));
    QVERIFY(QFileInfo::exists(LockFile::lockPath(target())));
    const ChildRun third = start({u"open"_s, target()}, childEnvironment());
    QCOMPARE(third.value(u"opened"_s), u"1"_s);
    QCOMPARE(third.value(u"questions"_s), u"0"_s);
    QCOMPARE(third.value(u"read-only"_s), u"0"_s);
    QCOMPARE(test::readFile(target()), m_old);

    // Killed between creating its lock and writing who it is: the empty lock names nobody
    // to ask, so once it has stayed empty past the moment a writer needs, it is stale too.
    resetFolder();
    QFile::remove(LockFile::lockPath(target()));
    const ChildRun killed = start({u"save"_s, target(), recoveryFolder(), u"KS-2026-9003"_s},
                                  test::faultEnvironment(childEnvironment(), m_folder, u"kill"_s, 1));
    QVERIFY(killed.killed);
    QCOMPARE(QFileInfo(LockFile::lockPath(target())).size(), 0);
    QFile emptyLock(LockFile::lockPath(target()));
    QVERIFY(emptyLock.open(QIODevice::ReadWrite));
    QVERIFY(emptyLock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    emptyLock.close();
    const ChildRun after = start({u"open"_s, target()}, childEnvironment());
    QCOMPARE(after.value(u"opened"_s), u"1"_s);
    QCOMPARE(after.value(u"questions"_s), u"0"_s);
    QCOMPARE(after.value(u"read-only"_s), u"0"_s);
}

} // namespace yttra

int main(int argc, char *argv[])
{
    if (argc >= 2 && qstrcmp(argv[1], "--child") == 0) {
        QApplication app(argc, argv);
        QApplication::setApplicationName(u"YttraFaultTrials"_s);
        return yttra::runChild(QCoreApplication::arguments().mid(2));
    }
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    yttra::TestFaultTrialsGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faulttrialsgui.moc"

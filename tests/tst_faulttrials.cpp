// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultshim/faulttrials.h"
#include "format/statementfile.h"
#include "pdftools.h"
#include "testhelpers.h"
#include "toolrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// What a writing command must leave as its target: one of these, whatever happens to it.
enum class Outcome { Old, New, Broken };

enum class Kind { Pdf, Xlsx, Docx, Statement };

/// One command of yttra-cli that writes a file, and how its output is recognised.
struct WritingCommand
{
    QString name;
    QStringList arguments; // "{out}" is the target
    QString target;        // the file name in the output folder
    Kind kind;
};

QList<WritingCommand> writingCommands()
{
    const QString example = QStringLiteral(YTTRA_TEST_DATA "/../../resources/example/example.yttrande");
    const QString report = test::dataPath(u"reports/botkyrka-ekonomistyrning/report.pdf"_s);
    return {
        {u"export --pdf"_s, {u"export"_s, example, u"--pdf"_s, u"{out}"_s}, u"statement.pdf"_s, Kind::Pdf},
        {u"export --xlsx"_s, {u"export"_s, example, u"--xlsx"_s, u"{out}"_s}, u"plan.xlsx"_s, Kind::Xlsx},
        {u"export --docx"_s, {u"export"_s, example, u"--docx"_s, u"{out}"_s}, u"statement.docx"_s, Kind::Docx},
        {u"import -o"_s, {u"import"_s, report, u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, u"{out}"_s}, u"imported.yttrande"_s, Kind::Statement},
        {u"followup -o"_s, {u"followup"_s, example, u"-o"_s, u"{out}"_s}, u"followup.yttrande"_s, Kind::Statement},
    };
}

struct CliRun
{
    bool killed = false;   // ended by SIGKILL
    bool finished = false; // ended at all
    int exitCode = -1;
    QString err;
};

struct Tally
{
    int old = 0;
    int complete = 0;
    int temporaryLeft = 0;
    int trials = 0;
};

} // namespace

/// The fault trials of docs/reliability.md for the command line, with real processes: every
/// command that writes a file is killed (SIGKILL) at many moments of its run and at every
/// file operation of its save, and made to meet a full disk, a read-only folder and a drive
/// that goes away. Its target must always be the old file, byte for byte, or a complete new
/// one that an independent reader accepts; a failure must say what and where, and keep the
/// old file.
class TestFaultTrials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void killedAtAnyMoment_data();
    void killedAtAnyMoment();
    void killedAtEveryFileOperation_data();
    void killedAtEveryFileOperation();
    void failedSave_data();
    void failedSave();
    void fullTmpfs();

private:
    static WritingCommand command(const QString &name);
    CliRun run(const WritingCommand &command, const QString &folder, const QProcessEnvironment &env, qint64 killAfterUs = -1);
    /// Puts the old file in place of the target (and nothing else in the folder).
    void resetFolder(const QString &folder, const WritingCommand &command);
    /// Old, new, or broken: new ones are kept in m_fresh to be read after the trials.
    Outcome judge(const WritingCommand &command, const QString &folder, QString *why);
    /// Reads every new file the trials of a command left with an independent reader.
    void checkFresh(const WritingCommand &command);
    QString summary(Kind kind, const QStringList &files, QStringList *problems);
    void report(const QString &what, const Tally &tally);

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_oldFile;   // command name: a valid file of the target's kind, different content
    QHash<QString, QString> m_reference; // command name: the output of an undisturbed run
    QStringList m_fresh;                 // new targets to read, kept aside
    int m_freshCount = 0;
    QStringList m_figures;
};

WritingCommand TestFaultTrials::command(const QString &name)
{
    for (const WritingCommand &c : writingCommands()) {
        if (c.name == name)
            return c;
    }
    return {};
}

CliRun TestFaultTrials::run(const WritingCommand &command, const QString &folder, const QProcessEnvironment &env, qint64 killAfterUs)
{
    QStringList arguments;
    for (const QString &a : command.arguments)
        arguments.append(a == u"{out}" ? QDir(folder).filePath(command.target) : a);
    QProcess process;
    process.setProgram(QStringLiteral(YTTRA_CLI));
    process.setArguments(arguments);
    process.setWorkingDirectory(m_dir->path());
    process.setProcessEnvironment(env);
    process.start();
    CliRun result;
    if (!process.waitForStarted(30000))
        return result;
    if (killAfterUs >= 0) {
        QThread::usleep(static_cast<unsigned long>(killAfterUs));
        process.kill(); // SIGKILL
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.finished = true;
    result.killed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestFaultTrials::initTestCase()
{
    if (const QString missing = test::missingPdfTools(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    const test::ToolRun probe = test::runTool(QStringLiteral(YTTRA_PYTHON), {u"-c"_s, u"import openpyxl, docx"_s});
    if (probe.exitCode != 0)
        QSKIP(qPrintable(u"openpyxl or python-docx is missing (python3-openpyxl, python3-docx): "_s + probe.out));
    QVERIFY(QFileInfo::exists(QStringLiteral(YTTRA_FAULTSHIM)));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir(m_dir->path()).mkpath(u"old"_s);
    QDir(m_dir->path()).mkpath(u"reference"_s);
    QDir(m_dir->path()).mkpath(u"fresh"_s);

    // The old files: each kind made from another statement (the follow-up), so that old and
    // new differ in content, not only in their time stamps.
    const QString oldFolder = m_dir->filePath(u"old"_s);
    const QString followUp = QDir(oldFolder).filePath(u"followup-source.yttrande"_s);
    const WritingCommand makeFollowUp = command(u"followup -o"_s);
    {
        QStringList arguments = makeFollowUp.arguments;
        arguments.replace(arguments.indexOf(u"{out}"_s), followUp);
        QCOMPARE(test::runTool(QStringLiteral(YTTRA_CLI), arguments).exitCode, 0);
    }
    for (const WritingCommand &c : writingCommands()) {
        const QString old = QDir(oldFolder).filePath(c.target);
        if (c.kind == Kind::Statement) {
            QVERIFY(QFile::copy(followUp, old));
            if (c.name == u"followup -o") {
                // The follow-up's own old file: the example itself, as a first statement.
                QFile::remove(old);
                QVERIFY(QFile::copy(QStringLiteral(YTTRA_TEST_DATA "/../../resources/example/example.yttrande"), old));
            }
        } else {
            QStringList arguments = c.arguments;
            arguments.replace(1, followUp);
            arguments.replace(arguments.indexOf(u"{out}"_s), old);
            const test::ToolRun made = test::runTool(QStringLiteral(YTTRA_CLI), arguments);
            QVERIFY2(made.exitCode == 0, qPrintable(made.out));
        }
        m_oldFile.insert(c.name, old);

        const QString referenceFolder = m_dir->filePath(u"reference"_s);
        const CliRun reference = run(c, referenceFolder, test::untranslatedEnvironment());
        QVERIFY2(reference.finished && !reference.killed && reference.exitCode == 0, qPrintable(reference.err));
        m_reference.insert(c.name, QDir(referenceFolder).filePath(c.target));
        QVERIFY(test::readFile(old) != test::readFile(m_reference.value(c.name)));
    }
}

void TestFaultTrials::cleanupTestCase()
{
    // The figures for docs/reliability.md, in one place at the end of the log.
    for (const QString &line : std::as_const(m_figures))
        qInfo("%s", qPrintable(line));
}

void TestFaultTrials::resetFolder(const QString &folder, const WritingCommand &command)
{
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QVERIFY(QFile::copy(m_oldFile.value(command.name), QDir(folder).filePath(command.target)));
}

Outcome TestFaultTrials::judge(const WritingCommand &command, const QString &folder, QString *why)
{
    const QString target = QDir(folder).filePath(command.target);
    const QByteArray bytes = test::readFile(target);
    if (!QFileInfo::exists(target)) {
        *why = u"the target is gone"_s;
        return Outcome::Broken;
    }
    if (bytes == test::readFile(m_oldFile.value(command.name)))
        return Outcome::Old;
    if (command.kind == Kind::Statement) {
        // A statement's file is the same bytes every time: it is whole when it is the reference.
        if (bytes == test::readFile(m_reference.value(command.name)))
            return Outcome::New;
        *why = u"the target is neither the old file nor the new one (%1 bytes)"_s.arg(bytes.size());
        return Outcome::Broken;
    }
    // Exports carry their time of making: read them all after the trials.
    const QString kept = m_dir->filePath(u"fresh/%1-%2"_s.arg(++m_freshCount).arg(command.target));
    QFile::copy(target, kept);
    m_fresh.append(kept);
    return Outcome::New;
}

QString TestFaultTrials::summary(Kind kind, const QStringList &files, QStringList *problems)
{
    // What an independent reader finds in each file, one line each; a file it cannot read
    // is a problem.
    QStringList lines;
    if (kind == Kind::Pdf) {
        for (const QString &file : files) {
            if (const QString problem = test::qpdfProblems(file); !problem.isEmpty())
                problems->append(file + u": qpdf --check: "_s + problem);
            lines.append(test::pdfText(file));
        }
        return lines.join(u'\n');
    }
    const QString script = kind == Kind::Xlsx
        ? u"import sys, openpyxl\n"
          "for path in sys.argv[1:]:\n"
          "    try:\n"
          "        book = openpyxl.load_workbook(path)\n"
          "        print('|'.join('%s:%d:%d:%s' % (s.title, s.max_row, s.max_column, s.cell(1, 1).value) for s in book.worksheets))\n"
          "    except Exception as error:\n"
          "        print('unreadable: %s: %s' % (path, error))\n"_s
        : u"import sys, docx\n"
          "for path in sys.argv[1:]:\n"
          "    try:\n"
          "        document = docx.Document(path)\n"
          "        print('%d:%d:%s' % (len(document.paragraphs), len(document.tables), '/'.join(p.text for p in document.paragraphs if p.text)[:2000]))\n"
          "    except Exception as error:\n"
          "        print('unreadable: %s: %s' % (path, error))\n"_s;
    const test::ToolRun read = test::runTool(QStringLiteral(YTTRA_PYTHON), QStringList{u"-c"_s, script} + files);
    if (read.exitCode != 0)
        problems->append(read.out);
    for (const QString &line : read.stdOut.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"unreadable: "))
            problems->append(line);
    }
    return read.stdOut;
}

void TestFaultTrials::checkFresh(const WritingCommand &command)
{
    if (m_fresh.isEmpty())
        return;
    QStringList problems;
    const QString expected = summary(command.kind, {m_reference.value(command.name)}, &problems).trimmed();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(!expected.isEmpty());
    const QString found = summary(command.kind, m_fresh, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QStringList lines = command.kind == Kind::Pdf ? found.split(u'\n') : found.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_fresh.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).trimmed() == expected, qPrintable(m_fresh.at(i) + u" is not the complete new file: "_s + lines.at(i).left(300)));
    for (const QString &file : std::as_const(m_fresh))
        QFile::remove(file);
    m_fresh.clear();
}

void TestFaultTrials::report(const QString &what, const Tally &tally)
{
    m_figures.append(u"FIGURES %1: %2 trials, target old %3, complete new %4, hidden temporary files left %5"_s.arg(what)
                         .arg(tally.trials)
                         .arg(tally.old)
                         .arg(tally.complete)
                         .arg(tally.temporaryLeft));
}

void TestFaultTrials::killedAtAnyMoment_data()
{
    QTest::addColumn<QString>("name");
    for (const WritingCommand &c : writingCommands())
        QTest::newRow(qPrintable(c.name)) << c.name;
}

void TestFaultTrials::killedAtAnyMoment()
{
    QFETCH(QString, name);
    const WritingCommand c = command(name);
    const QString folder = m_dir->filePath(u"out"_s);

    // How long the command takes here, undisturbed: the kills are spread over that, and a
    // little past it (a busy machine is slower than the measurement).
    QList<qint64> durations;
    for (int i = 0; i < 3; ++i) {
        resetFolder(folder, c);
        QElapsedTimer clock;
        clock.start();
        const CliRun undisturbed = run(c, folder, test::untranslatedEnvironment());
        durations.append(clock.nsecsElapsed() / 1000);
        QVERIFY2(undisturbed.finished && undisturbed.exitCode == 0, qPrintable(undisturbed.err));
    }
    std::sort(durations.begin(), durations.end());
    const qint64 duration = durations.at(1);

    constexpr int points = 24;
    Tally tally;
    for (int i = 0; i < points; ++i) {
        resetFolder(folder, c);
        const qint64 delay = duration * 5 * i / (4 * points);
        const CliRun killed = run(c, folder, test::untranslatedEnvironment(), delay);
        QVERIFY(killed.finished);
        QString why;
        const Outcome outcome = judge(c, folder, &why);
        QVERIFY2(outcome != Outcome::Broken, qPrintable(u"killed after %1 µs: %2"_s.arg(delay).arg(why)));
        ++tally.trials;
        (outcome == Outcome::Old ? tally.old : tally.complete)++;
        const test::Leftovers left = test::leftovers(folder, {c.target});
        QVERIFY2(left.other.isEmpty(), qPrintable(u"left beside the target: "_s + left.other.join(u", "_s)));
        tally.temporaryLeft += int(left.temporary.size());
    }
    checkFresh(c);
    report(u"%1, killed at %2 moments over its %3 ms run"_s.arg(name).arg(points).arg(duration / 1000), tally);
}

void TestFaultTrials::killedAtEveryFileOperation_data()
{
    killedAtAnyMoment_data();
}

void TestFaultTrials::killedAtEveryFileOperation()
{
    // The moments that matter most are few and short (the save itself): the shim kills the
    // command before its first, second, ... file operation in the output folder (opening,
    // each 4 KB written, fsync, close, rename), until it runs to its end.
    QFETCH(QString, name);
    const WritingCommand c = command(name);
    const QString folder = m_dir->filePath(u"out"_s);
    Tally tally;
    bool completed = false;
    for (int n = 0; n < 1000 && !completed; ++n) {
        resetFolder(folder, c);
        const CliRun killed = run(c, folder, test::faultEnvironment(test::untranslatedEnvironment(), folder, u"kill"_s, n));
        QVERIFY(killed.finished);
        completed = !killed.killed;
        if (completed)
            QVERIFY2(killed.exitCode == 0, qPrintable(killed.err));
        QString why;
        const Outcome outcome = judge(c, folder, &why);
        QVERIFY2(outcome != Outcome::Broken, qPrintable(u"killed before file operation %1: %2"_s.arg(n + 1).arg(why)));
        if (!completed) {
            ++tally.trials;
            (outcome == Outcome::Old ? tally.old : tally.complete)++;
        } else {
            QVERIFY(outcome == Outcome::New);
        }
        const test::Leftovers left = test::leftovers(folder, {c.target});
        QVERIFY2(left.other.isEmpty(), qPrintable(u"left beside the target: "_s + left.other.join(u", "_s)));
        if (completed)
            QVERIFY2(left.temporary.isEmpty(), qPrintable(u"a finished save left "_s + left.temporary.join(u", "_s)));
        tally.temporaryLeft += int(left.temporary.size());
    }
    QVERIFY(completed);
    QVERIFY(tally.trials >= 5);
    checkFresh(c);
    report(u"%1, killed before each of its %2 file operations"_s.arg(name).arg(tally.trials), tally);
}

void TestFaultTrials::failedSave_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("afterPercent"); // of the new file's size
    QTest::addColumn<QString>("reason");   // what the message must say
    struct Fault
    {
        const char *name;
        const char *mode;
        const char *at;
        const char *error;
        int afterPercent;
        const char *reason;
    };
    const Fault faults[] = {
        {"disk full at once", "fail", "write", "ENOSPC", 0, "No space left on device"},
        {"disk full half-way", "fail", "write", "ENOSPC", 50, "No space left on device"},
        {"quota reached half-way", "fail", "write", "EDQUOT", 50, "quota exceeded"},
        {"disk full found at fsync", "fail", "fsync", "ENOSPC", 0, "No space left on device"},
        {"read-only folder", "fail", "create", "EROFS", 0, "Read-only file system"},
        {"folder without permission", "fail", "create", "EACCES", 0, "Permission denied"},
        {"drive gone at rename", "fail", "rename", "EIO", 0, "Input/output error"},
        {"drive vanishes half-way", "vanish", "", "", 50, ""},
    };
    for (const WritingCommand &c : writingCommands()) {
        for (const Fault &f : faults) {
            QTest::addRow("%s, %s", qPrintable(c.name), f.name)
                << c.name << QString::fromLatin1(f.mode) << QString::fromLatin1(f.at) << QString::fromLatin1(f.error) << f.afterPercent
                << QString::fromLatin1(f.reason);
        }
    }
}

void TestFaultTrials::failedSave()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, at);
    QFETCH(QString, error);
    QFETCH(int, afterPercent);
    QFETCH(QString, reason);
    const WritingCommand c = command(name);
    const QString folder = m_dir->filePath(u"out"_s);
    resetFolder(folder, c);
    const qint64 after = QFileInfo(m_reference.value(c.name)).size() * afterPercent / 100;
    const CliRun failed = run(c, folder, test::faultEnvironment(test::untranslatedEnvironment(), folder, mode, after, at, error));
    const bool vanished = mode == u"vanish";
    if (vanished) {
        // The drive comes back.
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(QDir().rename(folder + u".gone"_s, folder));
    }
    QVERIFY(failed.finished && !failed.killed);
    QVERIFY2(failed.err.contains(u"faultshim: "_s), qPrintable(u"the fault was never met: "_s + failed.err));

    // A clear message, in Yttra's own line (not only in a library's): which file, why, and
    // that the old one is still there.
    QCOMPARE(failed.exitCode, 3);
    const QString target = QDir(folder).filePath(c.target);
    QString message;
    for (const QString &line : failed.err.split(u'\n')) {
        if (line.startsWith(target + u": "_s))
            message = line;
    }
    QVERIFY2(!message.isEmpty(), qPrintable(failed.err));
    qInfo("%s", qPrintable(message));
    if (!reason.isEmpty())
        QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
    else
        QVERIFY2(message.contains(u"Input/output error"_s) || message.contains(u"No such file or directory"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the previous file is unchanged"_s), qPrintable(message));

    QString why;
    QVERIFY2(judge(c, folder, &why) == Outcome::Old, qPrintable(why));
    const test::Leftovers left = test::leftovers(folder, {c.target});
    QVERIFY2(left.other.isEmpty(), qPrintable(u"left beside the target: "_s + left.other.join(u", "_s)));
    if (vanished) {
        // Nothing can be removed from a drive that is gone: its temporary file stays, hidden.
        QVERIFY(left.temporary.size() <= 1);
    } else {
        QVERIFY2(left.temporary.isEmpty(), qPrintable(u"left beside the target: "_s + left.temporary.join(u", "_s)));
    }
}

void TestFaultTrials::fullTmpfs()
{
    // A real full disk as well, where the machine allows it (root, and a kernel that lets
    // this container mount): a small tmpfs with the old file and little room beside it.
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root");
    const QString mountPoint = m_dir->filePath(u"tmpfs"_s);
    QDir().mkpath(mountPoint);
    const test::ToolRun mounted = test::runTool(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256k"_s, u"tmpfs"_s, mountPoint});
    if (mounted.exitCode != 0)
        QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + mounted.out));
    struct Unmount
    {
        QString path;
        ~Unmount() { test::runTool(u"umount"_s, {path}); }
    } unmount{mountPoint};

    const WritingCommand c = command(u"export --pdf"_s);
    QVERIFY(QFile::copy(m_oldFile.value(c.name), QDir(mountPoint).filePath(c.target)));
    // Fill the disk but for 16 KB, far less than the new PDF needs.
    QFile filler(QDir(mountPoint).filePath(u"filler"_s));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray fill(256 * 1024 - QFileInfo(m_oldFile.value(c.name)).size() - 16 * 1024, 'x');
    QCOMPARE(filler.write(fill), fill.size());
    QVERIFY(filler.flush());
    filler.close();
    QVERIFY(QFileInfo(m_reference.value(c.name)).size() > 32 * 1024);

    const CliRun failed = run(c, mountPoint, test::untranslatedEnvironment());
    QVERIFY(failed.finished && !failed.killed);
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(QDir(mountPoint).filePath(c.target)), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"No space left on device"_s), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(u"the previous file is unchanged"_s), qPrintable(failed.err));
    qInfo("%s", qPrintable(failed.err.trimmed()));
    QCOMPARE(test::readFile(QDir(mountPoint).filePath(c.target)), test::readFile(m_oldFile.value(c.name)));
    const test::Leftovers left = test::leftovers(mountPoint, {c.target, u"filler"_s});
    QVERIFY2(left.other.isEmpty() && left.temporary.isEmpty(), qPrintable((left.other + left.temporary).join(u", "_s)));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestFaultTrials)
#include "tst_faulttrials.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/example.h"
#include "format/jsonformat.h"
#include "format/statementfile.h"
#include "model/followup.h"
#include "pdftools.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// What one run of yttra-cli did.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// One directory entry as the command must leave it: same bytes, same modification time.
struct Entry
{
    bool isDir = false;
    QString linkTarget; // symbolic links are compared by where they point
    QByteArray bytes;
    QDateTime modified;

    bool operator==(const Entry &) const = default;
};

// Far in the past, so that a command rewriting a fixture within the same second as the
// fixture was made still shows up as a changed modification time.
const QDateTime fixtureTime = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

/// yttra-cli as a script sees it: the real executable, its exit codes, what it prints where,
/// and the promises made for every command: the input is never changed and a failed command
/// leaves no file behind. Every test runs in a fresh folder of fixtures, and cleanup() checks
/// that folder after every single case.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void commands_data();
    void commands();
    void helpListsOnlyTheseCommands_data();
    void helpListsOnlyTheseCommands();
    void validateWarningForm();
    void followUpOutput();
    void exampleMatchesBuiltIn();
    void runsWithoutDisplay();
    void reviewCopy();
    void comparisonPdf();
    void registerJsonAndCalendar();
    void registerWorkbook();
    void registerReport();
    void failedWriteKeepsExistingFile_data();
    void failedWriteKeepsExistingFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void writeFixture(const QString &name, const QByteArray &bytes);
    QMap<QString, Entry> snapshot() const;
    static QProcessEnvironment environment();
    /// Runs yttra-cli in the fixture folder; `{dir}` in an argument becomes that folder. A
    /// file size limit (bytes) makes its writes fail as a full disk would.
    Run run(const QStringList &arguments, const QProcessEnvironment &env = environment(), rlim_t fileSizeLimit = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    QMap<QString, Entry> m_before;
    bool m_ran = false;
    int m_lastExitCode = -1;
    QString m_expectedOutput; // the one new file a successful command may leave
    int m_outputExitCode = 0; // the exit code it leaves it with (compare: 1 when different)
};

void TestCli::writeFixture(const QString &name, const QByteArray &bytes)
{
    QFile file(path(name));
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    // setFileTime needs an open file; appending nothing leaves the bytes alone.
    QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Append));
    QVERIFY(file.setFileTime(fixtureTime, QFileDevice::FileModificationTime));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_ran = false;
    m_lastExitCode = -1;
    m_expectedOutput.clear();
    m_outputExitCode = 0;

    const Statement example = Example::statement();
    QVERIFY(!example.items.isEmpty());
    writeFixture(u"example.yttrande"_s, Example::bytes());

    // Two template gaps in one item, nothing else: validate must warn about exactly these.
    Statement gaps = example;
    QVERIFY(gaps.items.size() > 2);
    gaps.items[2].response.expectedEffect.clear();
    gaps.items[2].response.deadline = Deadline();
    writeFixture(u"gaps.yttrande"_s, JsonFormat::write(gaps));

    // One text longer than an Excel cell holds: export cuts it and warns.
    Statement longText = example;
    longText.items[0].text = QString(40000, u'x');
    writeFixture(u"long.yttrande"_s, JsonFormat::write(longText));

    auto followUp = FollowUp::derive(example, u"2026-05-06"_s, u"2027-04-30"_s);
    YTTRA_VERIFY_OK(followUp);
    writeFixture(u"followup.yttrande"_s, JsonFormat::write(followUp.value()));

    // Logos: one the export must leave out and say so, one that the reader passes over, and
    // image files for --logo.
    Statement brokenLogo = example;
    brokenLogo.logo = {u"image/png"_s, test::readFile(test::dataPath(u"logo/broken.png"_s)), u"Logotyp"_s};
    writeFixture(u"brokenlogo.yttrande"_s, JsonFormat::write(brokenLogo));
    QByteArray badLogo = JsonFormat::write(brokenLogo);
    QVERIFY(badLogo.contains("\"data\": \"iVBOR"));
    badLogo.replace("\"data\": \"iVBOR", "\"data\": \"%%%%%");
    writeFixture(u"badlogo.yttrande"_s, badLogo);
    writeFixture(u"logo.svg"_s, test::readFile(test::dataPath(u"logo/board.svg"_s)));
    writeFixture(u"notanimage.png"_s, test::readFile(test::dataPath(u"logo/notanimage.png"_s)));

    // Not JSON: the error must point at line 4, where the bare word starts.
    writeFixture(u"broken.yttrande"_s, "{\n  \"format\": \"yttra-statement\",\n  \"formatVersion\": 1,\n  oops\n}\n");

    // Good JSON with a value the format does not allow.
    QByteArray structure = Example::bytes();
    QVERIFY(structure.contains("\"kind\": \"first\""));
    structure.replace("\"kind\": \"first\"", "\"kind\": \"bogus\"");
    writeFixture(u"structure.yttrande"_s, structure);

    // A reviewed copy: one comment with a reply, for `comments`.
    Statement reviewed = example;
    reviewed.review = Review();
    Comment comment;
    comment.id = u"c-1"_s;
    comment.target = u"/summary"_s;
    comment.quote = u"upphandling"_s;
    comment.author = u"Anna Andersson"_s;
    comment.created = u"2026-05-04T09:30:00+02:00"_s;
    comment.text = u"Kan detta kortas?"_s;
    comment.replies.append({u"Bo Berg"_s, u"2026-05-05T10:00:00+02:00"_s, u"Ja, gjort."_s, {}});
    reviewed.review->comments.append(comment);
    writeFixture(u"reviewed.yttrande"_s, JsonFormat::write(reviewed));

    QByteArray newer = Example::bytes();
    QVERIFY(newer.contains("\"formatVersion\": 1,"));
    newer.replace("\"formatVersion\": 1,", "\"formatVersion\": 2,");
    writeFixture(u"newer.yttrande"_s, newer);

    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    // Other spellings of example.yttrande: a link to the file, and a link to the folder itself.
    QVERIFY(QFile::link(u"example.yttrande"_s, path(u"link.yttrande"_s)));
    QVERIFY(QFile::link(u"."_s, path(u"alias"_s)));
    // An earlier PDF that a failed export or comparison must leave as it was.
    writeFixture(u"existing.pdf"_s, "%PDF-1.5\n% an earlier export\n%%EOF\n");

    // Root reads everything, so a file without permissions only tests something for others.
    if (!isRoot()) {
        writeFixture(u"locked.yttrande"_s, Example::bytes());
        QVERIFY(QFile::setPermissions(path(u"locked.yttrande"_s), QFileDevice::Permissions()));
    }

    m_before = snapshot();
}

QMap<QString, Entry> TestCli::snapshot() const
{
    QMap<QString, Entry> entries;
    QDirIterator it(m_dir->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    const QDir root(m_dir->path());
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        Entry entry;
        if (info.isSymLink()) {
            entry.linkTarget = info.symLinkTarget();
        } else if (info.isDir()) {
            entry.isDir = true;
        } else {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                entry.bytes = file.readAll();
            entry.modified = info.lastModified().toUTC();
        }
        entries.insert(root.relativeFilePath(info.filePath()), entry);
    }
    return entries;
}

void TestCli::cleanup()
{
    if (m_dir && m_ran) {
        const QMap<QString, Entry> after = snapshot();
        // No command changes its input, or any other file lying next to it.
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key() + u" was removed"_s));
            const Entry &now = after.value(it.key());
            QVERIFY2(now.bytes == it->bytes, qPrintable(it.key() + u" was changed"_s));
            QVERIFY2(now.modified == it->modified,
                     qPrintable(it.key() + u" was touched: modified "_s + now.modified.toString(Qt::ISODate)));
            QVERIFY2(now == *it, qPrintable(it.key() + u" is no longer what it was"_s));
        }
        // A failed command leaves nothing, not even a temporary file; a successful one
        // exactly the output it was asked for.
        QStringList added;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!m_before.contains(it.key()))
                added.append(it.key());
        }
        QStringList allowed;
        if (m_lastExitCode == m_outputExitCode && !m_expectedOutput.isEmpty() && m_expectedOutput != u"-")
            allowed.append(m_expectedOutput);
        QVERIFY2(added == allowed, qPrintable(u"new files after exit code %1: %2 (expected: %3)"_s.arg(m_lastExitCode)
                                                  .arg(added.join(u", "_s), allowed.join(u", "_s))));
    }
    m_dir.reset();
}

QProcessEnvironment TestCli::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The patterns below are the untranslated messages.
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    return env;
}

Run TestCli::run(const QStringList &arguments, const QProcessEnvironment &env, rlim_t fileSizeLimit)
{
    QStringList args;
    for (const QString &a : arguments)
        args.append(QString(a).replace(u"{dir}"_s, m_dir->path()));

    QProcess process;
    process.setProgram(QStringLiteral(YTTRA_CLI));
    process.setArguments(args);
    process.setWorkingDirectory(m_dir->path());
    process.setProcessEnvironment(env);
    if (fileSizeLimit > 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing the process
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start();
    Run result;
    m_ran = true;
    m_lastExitCode = -1;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        qWarning("yttra-cli %s did not finish", qPrintable(args.join(u' ')));
        return result;
    }
    // A crash is never an answer, whatever the code would have been.
    if (process.exitStatus() != QProcess::NormalExit) {
        qWarning("yttra-cli %s crashed", qPrintable(args.join(u' ')));
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    m_lastExitCode = result.exitCode;
    return result;
}

void TestCli::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    // Regular expressions (multi-line) that must match somewhere; "" means: nothing printed.
    QTest::addColumn<QString>("stdoutPattern");
    QTest::addColumn<QString>("stderrPattern");
    QTest::addColumn<QString>("output"); // the file a successful run writes, or ""

    const QString usage = u"^yttra-cli: .+\\n"_s;
    const QString any = u"[\\s\\S]*"_s;

    QTest::newRow("help") << QStringList{u"--help"_s} << 0
                          << u"^Usage: yttra-cli(?=[\\s\\S]*^  validate )(?=[\\s\\S]*^  export FILE \\[--pdf OUT\\.pdf \\[--with-comments\\]\\] \\[--xlsx OUT\\.xlsx\\])(?=[\\s\\S]*^  followup )(?=[\\s\\S]*^  example )(?=[\\s\\S]*^  compare OLD\\.yttrande NEW\\.yttrande \\[--pdf OUT\\.pdf\\]\\n)"_s
                          << u""_s << u""_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << 0 << u"^Usage: yttra-cli"_s << u""_s << u""_s;
    QTest::newRow("version") << QStringList{u"--version"_s} << 0 << u"\\Ayttra-cli \\d+\\.\\d+\\.\\d+\\n\\z"_s << u""_s << u""_s;

    // Wrong usage: 2, the reason on stderr, nothing on stdout.
    QTest::newRow("no command") << QStringList{} << 2 << u""_s << usage << u""_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u""_s
                                     << u"^yttra-cli: unknown command \"frobnicate\""_s << u""_s;
    QTest::newRow("export: no output") << QStringList{u"export"_s, u"example.yttrande"_s} << 2 << u""_s
                                       << u"^yttra-cli: export needs an output, for example --pdf OUT\\.pdf"_s << u""_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("validate: unknown option") << QStringList{u"validate"_s, u"--bogus"_s, u"example.yttrande"_s} << 2
                                              << u""_s << u"^yttra-cli: .*bogus"_s << u""_s;
    QTest::newRow("validate: no file") << QStringList{u"validate"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("validate: two files") << QStringList{u"validate"_s, u"example.yttrande"_s, u"gaps.yttrande"_s} << 2
                                         << u""_s << usage << u""_s;
    QTest::newRow("followup: no file") << QStringList{u"followup"_s, u"-o"_s, u"out.yttrande"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("followup: missing -o") << QStringList{u"followup"_s, u"example.yttrande"_s} << 2 << u""_s
                                          << u"^yttra-cli: .*-o"_s << u""_s;
    QTest::newRow("followup: -o without value") << QStringList{u"followup"_s, u"example.yttrande"_s, u"-o"_s} << 2
                                                << u""_s << usage << u""_s;
    QTest::newRow("followup: empty -o") << QStringList{u"followup"_s, u"example.yttrande"_s, u"-o"_s, u""_s} << 2
                                        << u""_s << usage << u""_s;
    QTest::newRow("followup: two files") << QStringList{u"followup"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"-o"_s, u"out.yttrande"_s}
                                         << 2 << u""_s << usage << u""_s;
    QTest::newRow("followup: unknown option") << QStringList{u"followup"_s, u"example.yttrande"_s, u"--strict"_s, u"-o"_s, u"out.yttrande"_s}
                                              << 2 << u""_s << usage << u""_s;
    QTest::newRow("followup: --from not a date") << QStringList{u"followup"_s, u"example.yttrande"_s, u"--from"_s, u"2026-13-01"_s, u"-o"_s, u"out.yttrande"_s}
                                                 << 2 << u""_s << u"^yttra-cli: \"2026-13-01\" is not a date"_s << u""_s;
    QTest::newRow("followup: --to not a date") << QStringList{u"followup"_s, u"example.yttrande"_s, u"--to"_s, u"next year"_s, u"-o"_s, u"out.yttrande"_s}
                                               << 2 << u""_s << u"^yttra-cli: \"next year\" is not a date"_s << u""_s;
    QTest::newRow("followup: period reversed") << QStringList{u"followup"_s, u"example.yttrande"_s, u"--from"_s, u"2027-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"-o"_s, u"out.yttrande"_s}
                                               << 2 << u""_s << usage << u""_s;
    QTest::newRow("followup: --to before the statement") << QStringList{u"followup"_s, u"example.yttrande"_s, u"--to"_s, u"2020-01-01"_s, u"-o"_s, u"out.yttrande"_s}
                                                         << 2 << u""_s << usage << u""_s;
    QTest::newRow("example: no -o") << QStringList{u"example"_s} << 2 << u""_s << u"^yttra-cli: .*-o"_s << u""_s;
    QTest::newRow("example: empty -o") << QStringList{u"example"_s, u"-o"_s, u""_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("example: extra argument") << QStringList{u"example"_s, u"extra.yttrande"_s, u"-o"_s, u"out.yttrande"_s} << 2
                                             << u""_s << usage << u""_s;

    // validate
    QTest::newRow("validate: example") << QStringList{u"validate"_s, u"example.yttrande"_s} << 0 << u""_s << u""_s << u""_s;
    QTest::newRow("validate: example, strict") << QStringList{u"validate"_s, u"--strict"_s, u"example.yttrande"_s} << 0
                                               << u""_s << u""_s << u""_s;
    QTest::newRow("validate: gaps") << QStringList{u"validate"_s, u"gaps.yttrande"_s} << 0
                                    << u"\\A(warning /items/2/response/[A-Za-z]+: [^\\n]+\\n){2}\\z"_s << u""_s << u""_s;
    QTest::newRow("validate: gaps, strict") << QStringList{u"validate"_s, u"gaps.yttrande"_s, u"--strict"_s} << 1
                                            << u"\\A(error /items/2/response/[A-Za-z]+: [^\\n]+\\n){2}\\z"_s << any << u""_s;
    QTest::newRow("validate: follow-up with gaps") << QStringList{u"validate"_s, u"followup.yttrande"_s} << 0
                                                   << u"^warning /items/0/response/actionsTaken: "_s << u""_s << u""_s;
    QTest::newRow("validate: invalid JSON") << QStringList{u"validate"_s, u"broken.yttrande"_s} << 1 << u""_s
                                            << u"^broken\\.yttrande: 4:3: .+"_s << u""_s;
    QTest::newRow("validate: invalid structure") << QStringList{u"validate"_s, u"structure.yttrande"_s} << 1 << u""_s
                                                 << u"^structure\\.yttrande: /kind: .*bogus"_s << u""_s;
    QTest::newRow("validate: missing file") << QStringList{u"validate"_s, u"missing.yttrande"_s} << 3 << u""_s
                                            << u"^missing\\.yttrande: .+"_s << u""_s;
    QTest::newRow("validate: a folder") << QStringList{u"validate"_s, u"folder"_s} << 3 << u""_s << u"^folder: .+"_s << u""_s;
    QTest::newRow("validate: path through a file") << QStringList{u"validate"_s, u"example.yttrande/x"_s} << 3 << u""_s
                                                   << u"^example\\.yttrande/x: .+"_s << u""_s;
    if (!isRoot()) {
        QTest::newRow("validate: no permission") << QStringList{u"validate"_s, u"locked.yttrande"_s} << 3 << u""_s
                                                 << u"^locked\\.yttrande: .+"_s << u""_s;
    }

    // followup
    QTest::newRow("followup") << QStringList{u"followup"_s, u"example.yttrande"_s, u"--from"_s, u"2026-05-06"_s, u"--to"_s, u"2027-04-30"_s, u"-o"_s, u"out.yttrande"_s}
                              << 0 << any << u""_s << u"out.yttrande"_s;
    QTest::newRow("followup: default period") << QStringList{u"followup"_s, u"example.yttrande"_s, u"-o"_s, u"out.yttrande"_s}
                                              << 0 << any << u""_s << u"out.yttrande"_s;
    QTest::newRow("followup: output in a subfolder") << QStringList{u"followup"_s, u"-o"_s, u"folder/out.yttrande"_s, u"example.yttrande"_s}
                                                     << 0 << any << u""_s << u"folder/out.yttrande"_s;
    QTest::newRow("followup: of a follow-up") << QStringList{u"followup"_s, u"followup.yttrande"_s, u"-o"_s, u"out.yttrande"_s}
                                              << 1 << u""_s << u"^followup\\.yttrande: .*already a follow-up"_s << u""_s;
    QTest::newRow("followup: of a newer file") << QStringList{u"followup"_s, u"newer.yttrande"_s, u"-o"_s, u"out.yttrande"_s}
                                               << 1 << u""_s << u"^newer\\.yttrande: .*newer version"_s << u""_s;
    QTest::newRow("followup: invalid JSON") << QStringList{u"followup"_s, u"broken.yttrande"_s, u"-o"_s, u"out.yttrande"_s}
                                            << 1 << u""_s << u"^broken\\.yttrande: 4:3: "_s << u""_s;
    QTest::newRow("followup: invalid structure") << QStringList{u"followup"_s, u"structure.yttrande"_s, u"-o"_s, u"out.yttrande"_s}
                                                 << 1 << u""_s << u"^structure\\.yttrande: /kind: "_s << u""_s;
    QTest::newRow("followup: missing input") << QStringList{u"followup"_s, u"missing.yttrande"_s, u"-o"_s, u"out.yttrande"_s}
                                             << 3 << u""_s << u"^missing\\.yttrande: "_s << u""_s;
    QTest::newRow("followup: input is a folder") << QStringList{u"followup"_s, u"folder"_s, u"-o"_s, u"out.yttrande"_s}
                                                 << 3 << u""_s << u"^folder: "_s << u""_s;
    // The output must never replace the input, however it is spelt.
    const QStringList sameFile{u"example.yttrande"_s, u"./example.yttrande"_s, u"folder/../example.yttrande"_s,
                               u"{dir}/example.yttrande"_s, u"link.yttrande"_s, u"alias/example.yttrande"_s};
    for (const QString &spelling : sameFile) {
        QTest::addRow("followup: -o %s is the input", qPrintable(spelling))
            << QStringList{u"followup"_s, u"example.yttrande"_s, u"-o"_s, spelling} << 2 << u""_s
            << u"^yttra-cli: .*overwrite the input"_s << u""_s;
    }
    QTest::newRow("followup: -o is the input, input spelt by link")
        << QStringList{u"followup"_s, u"link.yttrande"_s, u"-o"_s, u"example.yttrande"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("followup: output folder missing") << QStringList{u"followup"_s, u"example.yttrande"_s, u"-o"_s, u"nowhere/out.yttrande"_s}
                                                     << 3 << u""_s << u"^nowhere/out\\.yttrande: .*does not exist"_s << u""_s;
    QTest::newRow("followup: output is a folder") << QStringList{u"followup"_s, u"example.yttrande"_s, u"-o"_s, u"folder"_s}
                                                  << 3 << u""_s << u"^folder: "_s << u""_s;
    QTest::newRow("followup: output through a file") << QStringList{u"followup"_s, u"example.yttrande"_s, u"-o"_s, u"gaps.yttrande/out.yttrande"_s}
                                                     << 3 << u""_s << u"^gaps\\.yttrande/out\\.yttrande: "_s << u""_s;

    // export
    QTest::newRow("export: xlsx") << QStringList{u"export"_s, u"example.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s} << 0
                                  << u"\\AWrote the Excel action plan out\\.xlsx\\.\\n\\z"_s << u""_s << u"out.xlsx"_s;
    QTest::newRow("export: options first, into a subfolder")
        << QStringList{u"export"_s, u"--xlsx"_s, u"folder/out.xlsx"_s, u"followup.yttrande"_s} << 0 << any << u""_s
        << u"folder/out.xlsx"_s;
    QTest::newRow("export: a cut cell is a warning")
        << QStringList{u"export"_s, u"long.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s} << 0 << any
        << u"\\Aout\\.xlsx: warning: Rekommendationer, row 2, column D \\(Rekommendation / bedömning\\): [^\\n]+\\n\\z"_s
        << u"out.xlsx"_s;
    QTest::newRow("export: a newer file") << QStringList{u"export"_s, u"newer.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s} << 0
                                          << any << u"^newer\\.yttrande: .*newer version"_s << u"out.xlsx"_s;
    QTest::newRow("export: no file") << QStringList{u"export"_s, u"--xlsx"_s, u"out.xlsx"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("export: two files") << QStringList{u"export"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s}
                                       << 2 << u""_s << usage << u""_s;
    QTest::newRow("export: --xlsx without value") << QStringList{u"export"_s, u"example.yttrande"_s, u"--xlsx"_s} << 2
                                                  << u""_s << usage << u""_s;
    QTest::newRow("export: empty --xlsx") << QStringList{u"export"_s, u"example.yttrande"_s, u"--xlsx"_s, u""_s} << 2
                                          << u""_s << usage << u""_s;
    QTest::newRow("export: --xlsx twice")
        << QStringList{u"export"_s, u"example.yttrande"_s, u"--xlsx"_s, u"a.xlsx"_s, u"--xlsx"_s, u"b.xlsx"_s} << 2 << u""_s
        << u"^yttra-cli: --xlsx is given more than once"_s << u""_s;
    // import (the report is read from the test data, outside the fixture folder)
    const QString report = test::dataPath(u"import/bulleted-two-boards.txt"_s);
    QTest::newRow("import: a board's items") << QStringList{u"import"_s, report, u"--board"_s, u"tekniska nämnden"_s, u"-o"_s, u"out.yttrande"_s}
                                             << 0 << u"\\AWrote out\\.yttrande with \\d+ items for Tekniska nämnden\\.\\n\\z"_s
                                             << u"KR-2017/0039"_s << u"out.yttrande"_s;
    // --explain: every item with its line in the file (lines 40 and 87 of the report hold the
    // first recommendation), whether the statement takes it; without -o nothing is written.
    QTest::newRow("import: --explain")
        << QStringList{u"import"_s, report, u"--board"_s, u"tekniska nämnden"_s, u"--explain"_s} << 0
        << u"\\A1\\. Rekommendation \\(Kommunstyrelsen\\), line 40, 1 Sammanfattning: not taken: addressed to Kommunstyrelsen\\n"
           "   also at line 87, 4\\.1 Rekommendationer\\n   Fastställa ett reglemente för intern kontroll[^\\n]*\\n"
           "(?:.*\\n)*4\\. Rekommendation \\(Tekniska nämnden\\), line 46, 1 Sammanfattning: taken\\n"
           "(?:.*\\n)*6\\. Bedömning \\(Kommunstyrelsen\\), line 66, 3\\.1 Bedömning: offered, not taken\\n"
           "(?:.*\\n)*2 items taken into the statement\\.\\n\\z"_s
        << u"KR-2017/0039"_s << u""_s;
    QTest::newRow("import: --explain and -o")
        << QStringList{u"import"_s, report, u"--board"_s, u"tekniska nämnden"_s, u"--explain"_s, u"-o"_s, u"out.yttrande"_s} << 0
        << u"\\A1\\. Rekommendation [^\\n]+\\n(?:.*\\n)*2 items taken into the statement\\.\\nWrote out\\.yttrande with 2 items "
           "for Tekniska nämnden\\.\\n\\z"_s
        << u"KR-2017/0039"_s << u"out.yttrande"_s;
    QTest::newRow("import: neither -o nor --explain")
        << QStringList{u"import"_s, report, u"--board"_s, u"tekniska nämnden"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("import: unknown board") << QStringList{u"import"_s, report, u"--board"_s, u"Kulturnämnden"_s, u"-o"_s, u"out.yttrande"_s}
                                           << 1 << u""_s << u"no board called \"Kulturnämnden\"; it names: Kommunstyrelsen, Tekniska nämnden\\.\n\\z"_s << u""_s;
    QTest::newRow("import: unknown board, the closest") << QStringList{u"import"_s, report, u"--board"_s, u"Tekniknämnden"_s, u"-o"_s, u"out.yttrande"_s}
                                                        << 1 << u""_s
                                                        << u"\\A[^\\n]+bulleted-two-boards\\.txt: The report addresses no board called \"Tekniknämnden\"; it names: "
                                                           "Kommunstyrelsen, Tekniska nämnden\\. The closest is \"Tekniska nämnden\"\\.\n\\z"_s
                                                        << u""_s;
    QTest::newRow("import: unknown board, --all") << QStringList{u"import"_s, report, u"--board"_s, u"Kulturnämnden"_s, u"--all"_s, u"-o"_s, u"out.yttrande"_s}
                                                  << 0 << u"\\AWrote out\\.yttrande with \\d+ items for Kulturnämnden\\.\n\\z"_s
                                                  << u"^Note: The report addresses no board called \"Kulturnämnden\"; it names: Kommunstyrelsen, Tekniska nämnden\\.$"_s
                                                  << u"out.yttrande"_s;
    QTest::newRow("import: KS") << QStringList{u"import"_s, report, u"--board"_s, u"KS"_s, u"-o"_s, u"out.yttrande"_s}
                                << 0 << u"\\AWrote out\\.yttrande with \\d+ items for Kommunstyrelsen\\.\n\\z"_s
                                << u"^Note: \"KS\" was read as Kommunstyrelsen\\.$"_s << u"out.yttrande"_s;
    QTest::newRow("import: a committee") << QStringList{u"import"_s, report, u"--board"_s, u"Kommunstyrelsens arbetsutskott"_s, u"-o"_s, u"out.yttrande"_s}
                                         << 0 << u"\\AWrote out\\.yttrande with \\d+ items for Kommunstyrelsen\\.\n\\z"_s
                                         << u"^Note: \"Kommunstyrelsens arbetsutskott\" is a committee of Kommunstyrelsen: the statement is made for Kommunstyrelsen\\.$"_s
                                         << u"out.yttrande"_s;
    QTest::newRow("import: the place added") << QStringList{u"import"_s, report, u"--board"_s, u"Tekniska nämnden i Sjövik"_s, u"-o"_s, u"out.yttrande"_s}
                                             << 0 << u"\\AWrote out\\.yttrande with \\d+ items for Tekniska nämnden\\.\n\\z"_s
                                             << u"^Note: The report calls the board \"Tekniska nämnden\"; that name is taken for \"Tekniska nämnden i Sjövik\", "
                                                "which differs only in the municipality or region it names\\.$"_s
                                             << u"out.yttrande"_s;
    // A report that names no board at all (as a real one read from PDF did) takes the one named.
    QTest::newRow("import: report without boards") << QStringList{u"import"_s, test::dataPath(u"import/no-addressee.txt"_s), u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, u"out.yttrande"_s}
                                                   << 0 << u"\\AWrote out\\.yttrande with 3 items for Kommunstyrelsen\\.\n\\z"_s
                                                   << u"^Note: The report does not list the boards it addresses; the statement is made for Kommunstyrelsen, as named\\.$"_s
                                                   << u"out.yttrande"_s;
    QTest::newRow("import: no board") << QStringList{u"import"_s, report, u"-o"_s, u"out.yttrande"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("import: no output") << QStringList{u"import"_s, report, u"--board"_s, u"Kommunstyrelsen"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("import: bad kind") << QStringList{u"import"_s, report, u"--board"_s, u"Kommunstyrelsen"_s, u"--kind"_s, u"second"_s, u"-o"_s, u"out.yttrande"_s}
                                      << 2 << u""_s << usage << u""_s;
    QTest::newRow("import: missing report") << QStringList{u"import"_s, u"missing.pdf"_s, u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, u"out.yttrande"_s}
                                            << 3 << u""_s << u"^missing\\.pdf: "_s << u""_s;
    QTest::newRow("import: not a report") << QStringList{u"import"_s, u"broken.yttrande"_s, u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, u"out.yttrande"_s}
                                          << 1 << u""_s << u"^broken\\.yttrande: "_s << u""_s;

    // compare and comments
    QTest::newRow("compare: same") << QStringList{u"compare"_s, u"example.yttrande"_s, u"link.yttrande"_s} << 0 << u"\\A\\z"_s
                                   << u""_s << u""_s;
    QTest::newRow("compare: different") << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s} << 1
                                        << u"^Åtgärdsområde 3: expected effect changed\\n    \\[-"_s << u""_s << u""_s;
    QTest::newRow("compare: missing file") << QStringList{u"compare"_s, u"example.yttrande"_s, u"missing.yttrande"_s} << 3
                                           << u""_s << u"^missing\\.yttrande: no such file"_s << u""_s;
    QTest::newRow("compare: invalid file") << QStringList{u"compare"_s, u"broken.yttrande"_s, u"example.yttrande"_s} << 3
                                           << u""_s << u"^broken\\.yttrande: 4:3: "_s << u""_s;
    QTest::newRow("compare: one file") << QStringList{u"compare"_s, u"example.yttrande"_s} << 2 << u""_s << usage << u""_s;
    QTest::newRow("compare: pdf of differences") << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u"out.pdf"_s}
                                                 << 1 << u"^Åtgärdsområde 3: expected effect changed\\n"_s << u""_s << u"out.pdf"_s;
    QTest::newRow("compare: pdf of the same") << QStringList{u"compare"_s, u"--pdf"_s, u"folder/out.pdf"_s, u"example.yttrande"_s, u"link.yttrande"_s}
                                              << 0 << u"\\A\\z"_s << u""_s << u"folder/out.pdf"_s;
    QTest::newRow("compare: --pdf without value") << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s}
                                                  << 2 << u""_s << usage << u""_s;
    QTest::newRow("compare: empty --pdf") << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u""_s}
                                          << 2 << u""_s << u"^yttra-cli: --pdf needs a file name"_s << u""_s;
    QTest::newRow("compare: --pdf twice")
        << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u"a.pdf"_s, u"--pdf"_s, u"b.pdf"_s} << 2
        << u""_s << u"^yttra-cli: --pdf is given more than once"_s << u""_s;
    QTest::newRow("compare: --pdf is the older file")
        << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u"link.yttrande"_s} << 2 << u""_s
        << u"^yttra-cli: the output would overwrite the input file example\\.yttrande"_s << u""_s;
    QTest::newRow("compare: --pdf is the newer file")
        << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u"./gaps.yttrande"_s} << 2 << u""_s
        << u"^yttra-cli: the output would overwrite the input file gaps\\.yttrande"_s << u""_s;
    QTest::newRow("compare: unknown option") << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s}
                                             << 2 << u""_s << usage << u""_s;
    QTest::newRow("compare: --pdf into a missing folder")
        << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u"nowhere/out.pdf"_s} << 3
        << u"^Åtgärdsområde 3: "_s << u"\\Anowhere/out\\.pdf: .*does not exist\\n\\z"_s << u""_s;
    QTest::newRow("compare: --pdf is a folder")
        << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u"folder"_s} << 3 << any
        << u"\\Afolder: is a folder"_s << u""_s;
    QTest::newRow("compare: pdf, a file cannot be read")
        << QStringList{u"compare"_s, u"example.yttrande"_s, u"missing.yttrande"_s, u"--pdf"_s, u"out.pdf"_s} << 3 << u""_s
        << u"^missing\\.yttrande: no such file"_s << u""_s;
    QTest::newRow("comments: none") << QStringList{u"comments"_s, u"example.yttrande"_s} << 0 << u"\\A\\z"_s
                                    << u"^example\\.yttrande: no comments"_s << u""_s;
    QTest::newRow("comments: listed")
        << QStringList{u"comments"_s, u"reviewed.yttrande"_s} << 0
        << u"\\A\\[open\\] c-1 /summary\\n  Anna Andersson, 2026-05-04T09:30:00\\+02:00\\n  > upphandling\\n  Kan detta kortas\\?\\n    Bo Berg, 2026-05-05T10:00:00\\+02:00: Ja, gjort\\.\\n\\z"_s
        << u""_s << u""_s;
    QTest::newRow("export: pdf") << QStringList{u"export"_s, u"example.yttrande"_s, u"--pdf"_s, u"out.pdf"_s} << 0
                                 << u"\\AWrote the PDF out\\.pdf\\.\\n\\z"_s << u""_s << u"out.pdf"_s;
    QTest::newRow("export: review copy")
        << QStringList{u"export"_s, u"reviewed.yttrande"_s, u"--pdf"_s, u"out.pdf"_s, u"--with-comments"_s} << 0
        << u"\\AWrote the review copy out\\.pdf\\.\\n\\z"_s << u""_s << u"out.pdf"_s;
    QTest::newRow("export: --with-comments without --pdf")
        << QStringList{u"export"_s, u"reviewed.yttrande"_s, u"--with-comments"_s} << 2 << u""_s
        << u"^yttra-cli: --with-comments needs --pdf OUT\\.pdf\\n"_s << u""_s;
    QTest::newRow("export: --with-comments with only --xlsx")
        << QStringList{u"export"_s, u"reviewed.yttrande"_s, u"--with-comments"_s, u"--xlsx"_s, u"out.xlsx"_s} << 2 << u""_s
        << u"^yttra-cli: --with-comments needs --pdf OUT\\.pdf\\n"_s << u""_s;
    QTest::newRow("export: --with-comments with a value")
        << QStringList{u"export"_s, u"reviewed.yttrande"_s, u"--pdf"_s, u"out.pdf"_s, u"--with-comments=yes"_s} << 2 << u""_s
        << usage << u""_s;
    QTest::newRow("export: --pdf twice")
        << QStringList{u"export"_s, u"example.yttrande"_s, u"--pdf"_s, u"a.pdf"_s, u"--pdf"_s, u"b.pdf"_s} << 2 << u""_s
        << u"^yttra-cli: --pdf is given more than once"_s << u""_s;
    QTest::newRow("export: a logo that cannot be drawn")
        << QStringList{u"export"_s, u"brokenlogo.yttrande"_s, u"--pdf"_s, u"out.pdf"_s} << 0 << u"\\AWrote the PDF out\\.pdf\\.\\n\\z"_s
        << u"\\Aout\\.pdf: warning: the logo is left out: the logo's PNG image cannot be read \\(.+\\)\\n\\z"_s << u"out.pdf"_s;
    QTest::newRow("validate: a logo member that cannot be read")
        << QStringList{u"validate"_s, u"badlogo.yttrande"_s} << 0
        << u"\\Awarning /logo/data: the logo is left out: .*base64\\n"_s << u""_s << u""_s;
    QTest::newRow("export: a logo that cannot be drawn, in Word")
        << QStringList{u"export"_s, u"brokenlogo.yttrande"_s, u"--docx"_s, u"out.docx"_s} << 0
        << u"\\AWrote the Word document out\\.docx\\.\\n\\z"_s
        << u"\\Aout\\.docx: warning: the logo is left out: the logo's PNG image cannot be read \\(.+\\)\\n\\z"_s << u"out.docx"_s;
    QTest::newRow("export: a logo member that cannot be read")
        << QStringList{u"export"_s, u"badlogo.yttrande"_s, u"--pdf"_s, u"out.pdf"_s} << 0 << u"\\AWrote the PDF out\\.pdf\\.\\n\\z"_s
        << u"\\Abadlogo\\.yttrande: warning: /logo/data: the logo is left out: .*base64\\n\\z"_s << u"out.pdf"_s;
    QTest::newRow("export: --logo")
        << QStringList{u"export"_s, u"brokenlogo.yttrande"_s, u"--logo"_s, u"logo.svg"_s, u"--pdf"_s, u"out.pdf"_s} << 0
        << u"\\AWrote the PDF out\\.pdf\\.\\n\\z"_s << u""_s << u"out.pdf"_s;
    QTest::newRow("export: --logo not an image")
        << QStringList{u"export"_s, u"example.yttrande"_s, u"--logo"_s, u"notanimage.png"_s, u"--pdf"_s, u"out.pdf"_s} << 0
        << u"\\AWrote the PDF out\\.pdf\\.\\n\\z"_s
        << u"\\Awarning: The logo notanimage\\.png is neither a PNG nor an SVG image\\. The outputs are made without a logo\\.\\n\\z"_s
        << u"out.pdf"_s;
    QTest::newRow("export: --logo missing")
        << QStringList{u"export"_s, u"example.yttrande"_s, u"--logo"_s, u"nosuch.png"_s, u"--pdf"_s, u"out.pdf"_s} << 0
        << u"\\AWrote the PDF out\\.pdf\\.\\n\\z"_s << u"\\Awarning: The logo nosuch\\.png does not exist\\."_s << u"out.pdf"_s;
    QTest::newRow("export: --logo-description without --logo")
        << QStringList{u"export"_s, u"example.yttrande"_s, u"--logo-description"_s, u"Logotyp"_s, u"--pdf"_s, u"out.pdf"_s} << 2
        << u""_s << u"^yttra-cli: --logo-description needs --logo IMAGE\\n"_s << u""_s;
    QTest::newRow("export: --logo with only --xlsx")
        << QStringList{u"export"_s, u"example.yttrande"_s, u"--logo"_s, u"logo.svg"_s, u"--xlsx"_s, u"out.xlsx"_s} << 2 << u""_s
        << u"^yttra-cli: --logo needs --pdf OUT\\.pdf or --docx OUT\\.docx\\n"_s << u""_s;
    QTest::newRow("export: --logo twice")
        << QStringList{u"export"_s, u"example.yttrande"_s, u"--logo"_s, u"logo.svg"_s, u"--logo"_s, u"logo.svg"_s, u"--pdf"_s, u"out.pdf"_s}
        << 2 << u""_s << u"^yttra-cli: --logo is given more than once"_s << u""_s;
    QTest::newRow("export: pdf onto the input") << QStringList{u"export"_s, u"example.yttrande"_s, u"--pdf"_s, u"./example.yttrande"_s}
                                                << 2 << u""_s << u"^yttra-cli: "_s << u""_s;
    QTest::newRow("export: unknown option") << QStringList{u"export"_s, u"example.yttrande"_s, u"--strict"_s, u"--xlsx"_s, u"out.xlsx"_s}
                                            << 2 << u""_s << usage << u""_s;
    QTest::newRow("export: invalid JSON") << QStringList{u"export"_s, u"broken.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s}
                                          << 1 << u""_s << u"^broken\\.yttrande: 4:3: "_s << u""_s;
    QTest::newRow("export: invalid structure") << QStringList{u"export"_s, u"structure.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s}
                                               << 1 << u""_s << u"^structure\\.yttrande: /kind: "_s << u""_s;
    QTest::newRow("export: missing input") << QStringList{u"export"_s, u"missing.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s}
                                           << 3 << u""_s << u"^missing\\.yttrande: "_s << u""_s;
    QTest::newRow("export: input is a folder") << QStringList{u"export"_s, u"folder"_s, u"--xlsx"_s, u"out.xlsx"_s}
                                               << 3 << u""_s << u"^folder: "_s << u""_s;
    for (const QString &spelling : sameFile) {
        QTest::addRow("export: --xlsx %s is the input", qPrintable(spelling))
            << QStringList{u"export"_s, u"example.yttrande"_s, u"--xlsx"_s, spelling} << 2 << u""_s
            << u"^yttra-cli: .*overwrite the input"_s << u""_s;
    }
    QTest::newRow("export: --xlsx is the input, input spelt by link")
        << QStringList{u"export"_s, u"link.yttrande"_s, u"--xlsx"_s, u"example.yttrande"_s} << 2 << u""_s
        << u"^yttra-cli: .*overwrite the input"_s << u""_s;
    QTest::newRow("export: output folder missing") << QStringList{u"export"_s, u"example.yttrande"_s, u"--xlsx"_s, u"nowhere/out.xlsx"_s}
                                                   << 3 << u""_s << u"\\Anowhere/out\\.xlsx: .*does not exist\\n\\z"_s << u""_s;
    QTest::newRow("export: output is a folder") << QStringList{u"export"_s, u"example.yttrande"_s, u"--xlsx"_s, u"folder"_s}
                                                << 3 << u""_s << u"\\Afolder: is a folder"_s << u""_s;
    QTest::newRow("export: output through a file")
        << QStringList{u"export"_s, u"example.yttrande"_s, u"--xlsx"_s, u"gaps.yttrande/out.xlsx"_s} << 3 << u""_s
        << u"^gaps\\.yttrande/out\\.xlsx: "_s << u""_s;
    if (!isRoot()) {
        QTest::newRow("export: no permission") << QStringList{u"export"_s, u"locked.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s}
                                               << 3 << u""_s << u"^locked\\.yttrande: .+"_s << u""_s;
    }

    // register (the fixture folder of tests/data/register, judged on a fixed day)
    const QString registerFolder = test::dataPath(u"register"_s);
    QTest::newRow("register: the table")
        << QStringList{u"register"_s, registerFolder, u"--today"_s, u"2025-06-15"_s} << 0
        << u"\\AState +Next date +Board +Audit +Item +Text\\n(?:.*\\n)*Overdue +2025-03-31 +Kommunstyrelsen +KR-2024/0012 +Rekommendation 2 +Inför en rutin"
           "(?:.*\\n)*Not followed up +\\d{4}-\\d\\d-\\d\\d +Servicenämnden +SR-2023-7 +Rekommendation 1 +Ta fram en lokalförsörjningsplan\\.\\n"
           "(?:.*\\n)*11 items in 5 statements: 1 Open, 3 On track, 1 Due soon, 1 Overdue, 4 Done, 1 Not followed up\\n\\z"_s
        << u"^trasig\\.yttrande: 34:6: "_s << u""_s;
    QTest::newRow("register: one state, one board")
        << QStringList{u"register"_s, registerFolder, u"--today"_s, u"2025-06-15"_s, u"--state"_s, u"done"_s, u"--board"_s, u"kommunstyrelsen"_s} << 0
        << u"\\AState[^\\n]+\\n(?:Done +- +Kommunstyrelsen [^\\n]+\\n){2}2 items in 5 statements: 2 Done\\n\\z"_s
        << u"^nyare/framtida-format\\.yttrande: .*newer version"_s << u""_s;
    QTest::newRow("register: unknown state") << QStringList{u"register"_s, registerFolder, u"--state"_s, u"late"_s} << 2 << u""_s
                                             << u"^yttra-cli: --state is one of open, onTrack, dueSoon, overdue, done, notFollowedUp"_s << u""_s;
    QTest::newRow("register: a bad day") << QStringList{u"register"_s, registerFolder, u"--today"_s, u"15/6"_s} << 2 << u""_s
                                         << u"^yttra-cli: --today is a date"_s << u""_s;
    QTest::newRow("register: no such folder") << QStringList{u"register"_s, u"nowhere"_s} << 3 << u""_s << u"^nowhere: "_s << u""_s;
    QTest::newRow("register: no folder") << QStringList{u"register"_s} << 2 << u""_s << usage << u""_s;

    // example
    QTest::newRow("example") << QStringList{u"example"_s, u"-o"_s, u"out.yttrande"_s} << 0 << u""_s << u""_s << u"out.yttrande"_s;
    QTest::newRow("example to stdout") << QStringList{u"example"_s, u"-o"_s, u"-"_s} << 0
                                       << u"\\A\\{\\n  \"format\": \"yttra-statement\",\\n"_s << u""_s << u"-"_s;
    QTest::newRow("example: output folder missing") << QStringList{u"example"_s, u"-o"_s, u"nowhere/out.yttrande"_s} << 3
                                                    << u""_s << u"^nowhere/out\\.yttrande: "_s << u""_s;
    QTest::newRow("example: output is a folder") << QStringList{u"example"_s, u"-o"_s, u"folder"_s} << 3 << u""_s
                                                 << u"^folder: "_s << u""_s;
}

void TestCli::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutPattern);
    QFETCH(QString, stderrPattern);
    QFETCH(QString, output);

    const Run r = run(arguments);
    const QString shown = u"\nstdout: [%1]\nstderr: [%2]"_s.arg(r.out, r.err);
    QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit code %1, expected %2"_s.arg(r.exitCode).arg(exitCode) + shown));

    auto check = [&shown](const QString &stream, const QString &text, const QString &pattern) -> QString {
        if (pattern.isEmpty())
            return text.isEmpty() ? QString() : stream + u" should be empty"_s + shown;
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        if (!re.isValid())
            return u"bad pattern "_s + pattern;
        return re.match(text).hasMatch() ? QString() : stream + u" does not match "_s + pattern + shown;
    };
    const QString outProblem = check(u"stdout"_s, r.out, stdoutPattern);
    QVERIFY2(outProblem.isEmpty(), qPrintable(outProblem));
    const QString errProblem = check(u"stderr"_s, r.err, stderrPattern);
    QVERIFY2(errProblem.isEmpty(), qPrintable(errProblem));

    m_expectedOutput = output;
    m_outputExitCode = exitCode;
    if (!output.isEmpty() && output.endsWith(u".pdf"_s)) {
        // A whole PDF (its content is the PDF tests' business).
        const QByteArray pdf = test::readFile(path(output));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.endsWith("%%EOF\n"));
    } else if (exitCode == 0 && output.endsWith(u".yttrande"_s)) {
        // Complete and readable: the output of every command opens again.
        auto read = StatementFile::load(path(output));
        YTTRA_VERIFY_OK(read);
        QVERIFY(!read.value().readOnly);
    } else if (exitCode == 0 && output.endsWith(u".xlsx"_s)) {
        // A workbook is a zip archive (its content is tst_xlsxexporter's business).
        QVERIFY(test::readFile(path(output)).startsWith("PK\x03\x04"));
    }
}

void TestCli::helpListsOnlyTheseCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{u"--help"_s};
    QTest::newRow("-h") << QStringList{u"-h"_s};
    QTest::newRow("help") << QStringList{u"help"_s};
    QTest::newRow("validate --help") << QStringList{u"validate"_s, u"--help"_s};
    QTest::newRow("followup -h") << QStringList{u"followup"_s, u"-h"_s};
    QTest::newRow("example --help") << QStringList{u"example"_s, u"--help"_s};
    QTest::newRow("export --help") << QStringList{u"export"_s, u"--help"_s};
}

void TestCli::helpListsOnlyTheseCommands()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    for (const QString &command : {u"validate"_s, u"export"_s, u"followup"_s, u"example"_s, u"compare"_s, u"comments"_s, u"import"_s,
                                   u"review-import"_s})
        QVERIFY2(r.out.contains(command), qPrintable(command + u" is not in the help:\n"_s + r.out));
    // export writes PDF, Excel and Word; ODT is not built: the help must not promise it.
    QVERIFY2(r.out.contains(u"\n  export FILE [--pdf OUT.pdf [--with-comments]] [--xlsx OUT.xlsx] "
                            "[--docx OUT.docx [--template T.docx|T.dotx] [--author NAME]] [--logo IMAGE [--logo-description TEXT]]\n"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\n  review-import REVIEWED.docx FILE.yttrande [-o OUT.yttrande] [--accept-changes]\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\n      --with-comments  with --pdf: "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"\n  compare OLD.yttrande NEW.yttrande [--pdf OUT.pdf]\n"_s), qPrintable(r.out));
    const QRegularExpression unbuilt(u"--odt\\b"_s, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!unbuilt.match(r.out).hasMatch(), qPrintable(u"the help mentions something that does not exist:\n"_s + r.out));
}

void TestCli::validateWarningForm()
{
    const Run r = run({u"validate"_s, u"gaps.yttrande"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    // Exactly the two gaps made in init(), each as "warning <pointer>: <message>".
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QStringList pointers;
    const QRegularExpression form(u"\\Awarning (/[^ /:]+)+: \\S[^\\n]*\\z"_s);
    for (const QString &line : lines) {
        QVERIFY2(form.match(line).hasMatch(), qPrintable(line));
        pointers.append(line.section(u' ', 1, 1).chopped(1));
    }
    pointers.sort();
    QCOMPARE(pointers, (QStringList{u"/items/2/response/deadline"_s, u"/items/2/response/expectedEffect"_s}));
}

void TestCli::followUpOutput()
{
    const Run r = run({u"followup"_s, u"example.yttrande"_s, u"--from"_s, u"2026-05-07"_s, u"--to"_s, u"2027-04-30"_s,
                       u"-o"_s, u"out.yttrande"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_expectedOutput = u"out.yttrande"_s;

    auto read = StatementFile::load(path(u"out.yttrande"_s));
    YTTRA_VERIFY_OK(read);
    const Statement &s = read.value().statement;
    const Statement first = Example::statement();
    QCOMPARE(s.kind, StatementKind::FollowUp);
    QCOMPARE(s.period.from, u"2026-05-07"_s);
    QCOMPARE(s.period.to, u"2027-04-30"_s);
    QCOMPARE(s.items.size(), first.items.size());
    QCOMPARE(s.measures, first.measures);
    QVERIFY(s.date.isEmpty());
    // The file on disk is what FollowUp::derive() makes, written the one way files are written.
    auto expected = FollowUp::derive(first, u"2026-05-07"_s, u"2027-04-30"_s);
    YTTRA_VERIFY_OK(expected);
    QCOMPARE(test::readFile(path(u"out.yttrande"_s)), JsonFormat::write(expected.value()));

    // Without --from the period starts on the first statement's date.
    const Run defaults = run({u"followup"_s, u"example.yttrande"_s, u"-o"_s, u"folder/default.yttrande"_s});
    QVERIFY2(defaults.exitCode == 0, qPrintable(defaults.err));
    auto readDefault = StatementFile::load(path(u"folder/default.yttrande"_s));
    YTTRA_VERIFY_OK(readDefault);
    QCOMPARE(readDefault.value().statement.period.from, first.date);
    QCOMPARE(readDefault.value().statement.period.to, QString());
    // Two outputs are expected here; cleanup() allows one, so the first is checked and removed.
    QVERIFY(QFile::remove(path(u"out.yttrande"_s)));
    m_expectedOutput = u"folder/default.yttrande"_s;
}

void TestCli::exampleMatchesBuiltIn()
{
    const Run toStdout = run({u"example"_s, u"-o"_s, u"-"_s});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.err, QString());
    QCOMPARE(toStdout.out.toUtf8(), Example::bytes());

    const Run toFile = run({u"example"_s, u"-o"_s, u"out.yttrande"_s});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QString());
    m_expectedOutput = u"out.yttrande"_s;
    QCOMPARE(test::readFile(path(u"out.yttrande"_s)), Example::bytes());
}

void TestCli::runsWithoutDisplay()
{
    // As on a server or in CI: no X, no Wayland, and no platform chosen by the caller.
    QProcessEnvironment env = environment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);

    const Run validate = run({u"validate"_s, u"gaps.yttrande"_s}, env);
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.err));
    QCOMPARE(validate.err, QString());
    QVERIFY(validate.out.startsWith(u"warning "_s));

    const Run example = run({u"example"_s, u"-o"_s, u"-"_s}, env);
    QVERIFY2(example.exitCode == 0, qPrintable(example.err));
    QCOMPARE(example.err, QString());
    QCOMPARE(example.out.toUtf8(), Example::bytes());

    const Run followUp = run({u"followup"_s, u"example.yttrande"_s, u"-o"_s, u"out.yttrande"_s}, env);
    QVERIFY2(followUp.exitCode == 0, qPrintable(followUp.err));
    QCOMPARE(followUp.err, QString());
    QVERIFY(QFile::remove(path(u"out.yttrande"_s))); // cleanup() allows one new file

    const Run exported = run({u"export"_s, u"example.yttrande"_s, u"--xlsx"_s, u"out.xlsx"_s}, env);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.err, QString());
    m_expectedOutput = u"out.xlsx"_s;
}

void TestCli::reviewCopy()
{
    // The same file twice: the statement without the review, the review copy with it.
    const Run statement = run({u"export"_s, u"reviewed.yttrande"_s, u"--pdf"_s, u"statement.pdf"_s});
    QVERIFY2(statement.exitCode == 0, qPrintable(statement.err));
    const QString plain = test::pdfText(path(u"statement.pdf"_s));
    QVERIFY(plain.contains(u"Sammanfattning"_s));
    for (const QString &word : {u"Kan detta kortas?"_s, u"Anna Andersson"_s, u"Ja, gjort."_s, u"Granskningsexemplar"_s})
        QVERIFY2(!plain.contains(word), qPrintable(word));
    QVERIFY(QFile::remove(path(u"statement.pdf"_s))); // cleanup() allows one new file

    const Run copy = run({u"export"_s, u"reviewed.yttrande"_s, u"--with-comments"_s, u"--pdf"_s, u"copy.pdf"_s});
    QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
    QCOMPARE(copy.err, QString());
    m_expectedOutput = u"copy.pdf"_s;
    const QString text = test::pdfText(path(u"copy.pdf"_s));
    QVERIFY2(text.startsWith(u"Granskningsexemplar – inte beslutat"_s), qPrintable(text.left(200)));
    QVERIFY2(text.contains(u"Kommentarer från granskningen [1] Sammanfattning ”upphandling” Anna Andersson, 2026-05-04 09:30: "
                           "Kan detta kortas? Svar från Bo Berg, 2026-05-05 10:00: Ja, gjort."_s),
             qPrintable(text.right(600)));
    const QString problems = test::qpdfProblems(path(u"copy.pdf"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// The register as JSON for scripts, and its deadlines as a calendar file that python3-icalendar
// reads, with the same UIDs in every export (an import updates instead of doubling).
void TestCli::registerJsonAndCalendar()
{
    const QString folder = test::dataPath(u"register"_s);
    const Run json = run({u"register"_s, folder, u"--today"_s, u"2025-06-15"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"judgedOn"_s).toString(), u"2025-06-15"_s);
    QCOMPARE(root.value(u"statements"_s).toInt(), 5);
    QCOMPARE(root.value(u"problems"_s).toArray().size(), 2);
    const QJsonArray entries = root.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 11);
    QMap<QString, int> states;
    int datedMeasures = 0;
    QSet<QString> firstDays;
    QSet<QString> followUpDays;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        ++states[e.value(u"state"_s).toString()];
        for (const QJsonValue &m : e.value(u"measures"_s).toArray())
            datedMeasures += m.toObject().value(u"lastDay"_s).toString().isEmpty() ? 0 : 1;
        // A day per audit and board for the first statement, and one for the follow-up: its
        // own when it is there, else when it is expected.
        const QString audit = e.value(u"auditReference"_s).toString() + e.value(u"auditTitle"_s).toString() + e.value(u"board"_s).toString();
        if (!e.value(u"firstStatementDue"_s).toString().isEmpty())
            firstDays.insert(audit);
        const bool followUpThere = !e.value(u"followUpStatement"_s).toString().isEmpty();
        if (!e.value(followUpThere ? u"followUpStatementDue"_s : u"followUpDue"_s).toString().isEmpty())
            followUpDays.insert(audit);
    }
    QCOMPARE(states, (QMap<QString, int>{{u"done"_s, 4}, {u"dueSoon"_s, 1}, {u"notFollowedUp"_s, 1}, {u"onTrack"_s, 3},
                                         {u"open"_s, 1}, {u"overdue"_s, 1}}));
    const QJsonObject overdue = entries.at(3).toObject();
    QCOMPARE(overdue.value(u"state"_s).toString(), u"overdue"_s);
    QCOMPARE(overdue.value(u"next"_s).toString(), u"2025-03-31"_s);

    const auto uidsOf = [this](const QString &name) {
        QProcess python;
        python.start(QStringLiteral(YTTRA_PYTHON), {QStringLiteral(YTTRA_TEST_DATA "/../icalcheck.py"), path(name)});
        python.waitForFinished(60000);
        const QJsonArray components = QJsonDocument::fromJson(python.readAllStandardOutput()).object().value(u"components"_s).toArray();
        QStringList uids;
        for (const QJsonValue &c : components) {
            if (c.toObject().value(u"dtstart"_s).toString().isEmpty())
                return QStringList{u"no date in "_s + c.toObject().value(u"uid"_s).toString()};
            uids.append(c.toObject().value(u"uid"_s).toString());
        }
        return uids;
    };
    const Run first = run({u"register"_s, folder, u"--today"_s, u"2025-06-15"_s, u"--ics"_s, u"first.ics"_s});
    QCOMPARE(first.exitCode, 0);
    const Run second = run({u"register"_s, folder, u"--ics"_s, u"second.ics"_s});
    QCOMPARE(second.exitCode, 0);
    const QStringList uids = uidsOf(u"first.ics"_s);
    // A day per dated measure and per statement due; UIDs unique and the same in the second
    // export, made on another day.
    QVERIFY(!firstDays.isEmpty());
    QCOMPARE(uids.size(), datedMeasures + firstDays.size() + followUpDays.size());
    QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size());
    QCOMPARE(uidsOf(u"second.ics"_s), uids);
    // The register writes nothing into the folder it reads.
    QVERIFY(!QFile::exists(folder + u"/first.ics"_s));
    QVERIFY(QFile::remove(path(u"first.ics"_s)) && QFile::remove(path(u"second.ics"_s)));
}

// The register as an Excel workbook, read back by openpyxl: real dates, the filter and the
// frozen header, and overdue rows marked by a conditional fill and by the state's word.
void TestCli::registerWorkbook()
{
    const QString folder = test::dataPath(u"register"_s);
    const Run r = run({u"register"_s, folder, u"--today"_s, u"2025-06-15"_s, u"--xlsx"_s, u"register.xlsx"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_expectedOutput = u"register.xlsx"_s;
    // The table on the terminal is what it was without --xlsx.
    QCOMPARE(r.out, run({u"register"_s, folder, u"--today"_s, u"2025-06-15"_s}).out);

    QProcess python;
    python.start(QStringLiteral(YTTRA_PYTHON), {QStringLiteral(YTTRA_TEST_DATA "/../xlsxcheck.py"), path(u"register.xlsx"_s)});
    QVERIFY(python.waitForFinished(60000));
    const QByteArray errors = python.readAllStandardError();
    QVERIFY2(python.exitCode() == 0, errors.constData());
    const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(book.value(u"sheetNames"_s).toArray(), (QJsonArray{u"Register"_s, u"Problems"_s}));
    const QJsonObject sheet = book.value(u"sheets"_s).toArray().at(0).toObject();
    QCOMPARE(sheet.value(u"maxRow"_s).toInt(), 12); // the header and 11 entries
    QCOMPARE(sheet.value(u"freeze"_s).toString(), u"A2"_s);
    QCOMPARE(sheet.value(u"autofilter"_s).toString(), u"A1:M12"_s);
    const QJsonArray rows = sheet.value(u"rows"_s).toArray();
    QCOMPARE(rows.at(0).toArray().at(0).toObject().value(u"value"_s).toString(), u"State"_s);
    QCOMPARE(rows.at(0).toArray().at(1).toObject().value(u"value"_s).toString(), u"Next date"_s);
    // The overdue entry (the fourth, as in the JSON) says so in words, its next date a date.
    const QJsonArray overdue = rows.at(4).toArray();
    QCOMPARE(overdue.at(0).toObject().value(u"value"_s).toString(), u"Overdue"_s);
    QCOMPARE(overdue.at(1).toObject().value(u"type"_s).toString(), u"d"_s);
    QCOMPARE(overdue.at(1).toObject().value(u"value"_s).toString(), u"2025-03-31"_s);
    QCOMPARE(overdue.at(1).toObject().value(u"format"_s).toString(), u"yyyy-mm-dd"_s);
    int states = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QJsonObject next = rows.at(i).toArray().at(1).toObject();
        QVERIFY2(next.value(u"value"_s).isNull() || next.value(u"type"_s).toString() == u"d",
                 qPrintable(u"row %1: the next date is not a date"_s.arg(i + 1)));
        states += rows.at(i).toArray().at(0).toObject().value(u"value"_s).toString().isEmpty() ? 0 : 1;
    }
    QCOMPARE(states, 11);
    const QJsonArray conditional = sheet.value(u"conditionalFormats"_s).toArray();
    QCOMPARE(conditional.size(), 1);
    QCOMPARE(conditional.at(0).toObject().value(u"range"_s).toString(), u"A2:M12"_s);
    const QJsonObject rule = conditional.at(0).toObject().value(u"rules"_s).toArray().at(0).toObject();
    QCOMPARE(rule.value(u"type"_s).toString(), u"expression"_s);
    QCOMPARE(rule.value(u"formula"_s).toArray().at(0).toString(), u"$A2=\"Overdue\""_s);
    // The files that could not be used, one row each.
    const QJsonObject problems = book.value(u"sheets"_s).toArray().at(1).toObject();
    QCOMPARE(problems.value(u"maxRow"_s).toInt(), 3);
    QCOMPARE(problems.value(u"autofilter"_s).toString(), u"A1:C3"_s);

    // The filters apply to the workbook too.
    QVERIFY(QFile::remove(path(u"register.xlsx"_s)));
    const Run done = run({u"register"_s, folder, u"--today"_s, u"2025-06-15"_s, u"--state"_s, u"done"_s, u"--xlsx"_s, u"register.xlsx"_s});
    QCOMPARE(done.exitCode, 0);
    python.start(QStringLiteral(YTTRA_PYTHON), {QStringLiteral(YTTRA_TEST_DATA "/../xlsxcheck.py"), path(u"register.xlsx"_s)});
    QVERIFY(python.waitForFinished(60000));
    const QJsonObject filtered = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(filtered.value(u"sheets"_s).toArray().at(0).toObject().value(u"maxRow"_s).toInt(), 5);
}

// The register as a tagged PDF for the board: the counts per state, a heading per audit and a
// table of its items, read back by pdftotext, pdfinfo and qpdf.
void TestCli::registerReport()
{
    if (const QString missing = test::missingPdfTools(); !missing.isEmpty())
        QFAIL(qPrintable(missing));
    const QString folder = test::dataPath(u"register"_s);
    const Run r = run({u"register"_s, folder, u"--today"_s, u"2025-06-15"_s, u"--pdf"_s, u"register.pdf"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_expectedOutput = u"register.pdf"_s;

    const QString text = test::pdfText(path(u"register.pdf"_s));
    for (const QString &expected : {u"Register of recommendations"_s, u"Judged on 2025-06-15"_s, u"Summary"_s, u"Open 1"_s,
                                    u"On track 3"_s, u"Due soon 1"_s, u"Overdue 1"_s, u"Done 4"_s, u"Not followed up 1"_s,
                                    u"All items 11"_s, u"Files not used"_s, u"Measures, responsible and deadline"_s,
                                    u"2025-03-31"_s, u"1(2)"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {path(u"register.pdf"_s)});
    QVERIFY2(QRegularExpression(u"^Tagged: +yes$"_s, QRegularExpression::MultilineOption).match(info.stdOut).hasMatch(),
             qPrintable(info.out));
    const QString problems = test::qpdfProblems(path(u"register.pdf"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestCli::comparisonPdf()
{
    const Run r = run({u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u"out.pdf"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString());
    m_expectedOutput = u"out.pdf"_s;
    m_outputExitCode = 1;
    // The text on the terminal is what it was without --pdf.
    const Run textOnly = run({u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s});
    QCOMPARE(r.out, textOnly.out);

    const QString text = test::pdfText(path(u"out.pdf"_s));
    for (const QString &expected : {u"Jämförelse av versioner"_s, u"Äldre version example.yttrande"_s, u"Nyare version gaps.yttrande"_s,
                                    u"Åtgärdsområde 3"_s, u"Deadline, ändrad"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    const QString problems = test::qpdfProblems(path(u"out.pdf"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestCli::failedWriteKeepsExistingFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stdoutPattern");
    QTest::newRow("export --pdf") << QStringList{u"export"_s, u"example.yttrande"_s, u"--pdf"_s, u"existing.pdf"_s} << u"\\A\\z"_s;
    QTest::newRow("export --pdf --with-comments")
        << QStringList{u"export"_s, u"reviewed.yttrande"_s, u"--pdf"_s, u"existing.pdf"_s, u"--with-comments"_s} << u"\\A\\z"_s;
    // The register's workbook and report: the files that could not be used come first on
    // standard error, then the file that could not be written.
    QTest::newRow("register --pdf") << QStringList{u"register"_s, test::dataPath(u"register"_s), u"--pdf"_s, u"existing.pdf"_s}
                                    << u"\\A\\z"_s;
    QTest::newRow("register --xlsx") << QStringList{u"register"_s, test::dataPath(u"register"_s), u"--xlsx"_s, u"existing.pdf"_s}
                                     << u"\\A\\z"_s;
    QTest::newRow("compare --pdf") << QStringList{u"compare"_s, u"example.yttrande"_s, u"gaps.yttrande"_s, u"--pdf"_s, u"existing.pdf"_s}
                                   << u"^Åtgärdsområde 3: expected effect changed\\n"_s;
}

void TestCli::failedWriteKeepsExistingFile()
{
    // A file size limit far below a PDF's size fails the write as a full disk would; the
    // earlier PDF stays as it was and nothing is left beside it (cleanup() checks both).
    QFETCH(QStringList, arguments);
    QFETCH(QString, stdoutPattern);
    const Run r = run(arguments, environment(), 4096);
    QVERIFY2(r.exitCode == 3, qPrintable(u"exit code %1: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY2(QRegularExpression(u"^existing\\.pdf: "_s, QRegularExpression::MultilineOption).match(r.err).hasMatch(), qPrintable(r.err));
    QVERIFY2(QRegularExpression(stdoutPattern, QRegularExpression::MultilineOption).match(r.out).hasMatch(), qPrintable(r.out));
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestCli)
#include "tst_cli.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/savefile.h"
#include "childprocess.h"
#include "format/example.h"
#include "format/jsonformat.h"
#include "format/statementfile.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <functional>

#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

using test::ChildOutcome;
using test::nobody;
using test::runInChild;

// A save's outcome as one line for the pipe: "saved", "saved, warning: <text>" or
// "failed <kind>: <text>".
QString describeSave(const Result<QStringList, FileError> &result)
{
    if (result)
        return result.value().isEmpty() ? u"saved"_s : u"saved, warning: "_s + result.value().join(u" | "_s);
    return u"failed %1: %2"_s.arg(static_cast<int>(result.error().kind)).arg(result.error().text());
}

QString failedPrefix(FileError::Kind kind)
{
    return u"failed %1: "_s.arg(static_cast<int>(kind));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Which file a name stands for: the same after a write in place, another after a rename.
ino_t inode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// The system's words for an errno value, as SaveFile puts them in its messages.
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

Statement smallStatement()
{
    Statement s;
    s.board = u"Servicenämnden"_s;
    Item item;
    item.id = u"r1"_s;
    item.text = u"Säkerställ rutiner."_s;
    s.items.append(item);
    return s;
}

// Larger than a few kB, so that a small file size limit stops its save half-way.
Statement largeStatement()
{
    Statement s = Example::statement();
    s.summary = QString(64 * 1024, u'å');
    return s;
}

QDateTime oldTime()
{
    return QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
}

bool setModificationTime(const QString &path, const QDateTime &time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

/// StatementFile and SaveFile on real files: what loading refuses and how it says so, that a
/// failed load changes nothing, and that a save replaces a file completely or not at all.
class TestStatementFile : public QObject
{
    Q_OBJECT

private slots:
    void loadValid();
    void loadNewerVersionIsReadOnly();
    void loadErrors_data();
    void loadErrors();
    void loadTooLarge();
    void loadAtSizeLimitIsParsed();
    void loadUnreadableFile();
    void errorTextNamesFileAndPlace();
    void malformedFilesUnchanged_data();
    void malformedFilesUnchanged();

    void saveReplacesOldContent();
    void saveCreatesNewFile();
    void saveFileWritesBytes();
    void saveTargetIsFolder();
    void saveFolderMissing();
    void loadPipeIsRefused();
    void saveRefusesStructuralErrors_data();
    void saveRefusesStructuralErrors();
    void saveIntoReadOnlyFolder_data();
    void saveIntoReadOnlyFolder();
    void saveOnFullDisk();

    // Shared drives that refuse to rename: SaveFile writes directly, after a copy.
    void saveRenamesIntoPlace();
    void saveWhereRenameIsRefused_data();
    void saveWhereRenameIsRefused();
    void saveWhereRenameFailsOtherwise_data();
    void saveWhereRenameFailsOtherwise();
    void saveDirectWriteFailurePutsBack();
    void saveDirectWriteRefusedLeavesFile();
    void saveReadOnlyFileRefused();
};

void TestStatementFile::loadValid()
{
    const QString path = test::dataPath(u"roundtrip/full.yttrande"_s);
    const auto loaded = StatementFile::load(path);
    YTTRA_VERIFY_OK(loaded);
    QVERIFY(!loaded.value().readOnly);
    QCOMPARE(loaded.value().statement.items.size(), 3);
    QCOMPARE(JsonFormat::write(loaded.value().statement), test::readFile(path));
}

void TestStatementFile::loadNewerVersionIsReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray bytes = test::readFile(test::dataPath(u"roundtrip/full.yttrande"_s));
    bytes.replace(QByteArray("\"formatVersion\": 1,"), QByteArray("\"formatVersion\": 2,"));
    const QString path = dir.filePath(u"newer.yttrande"_s);
    QVERIFY(writeFile(path, bytes));

    const auto loaded = StatementFile::load(path);
    YTTRA_VERIFY_OK(loaded);
    QVERIFY(loaded.value().readOnly);
    QCOMPARE(loaded.value().formatVersion, 2);
    QVERIFY2(loaded.value().notice.contains(u"format version 2"_s), qPrintable(loaded.value().notice));
    QCOMPARE(test::readFile(path), bytes);
}

void TestStatementFile::loadErrors_data()
{
    QTest::addColumn<QString>("setup"); // "missing", "folder" or "file"
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<FileError::Kind>("kind");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("words");

    using K = FileError::Kind;
    QTest::newRow("missing file") << u"missing"_s << QByteArray() << K::CannotRead << QString() << QStringList{u"no such file"_s};
    QTest::newRow("a folder") << u"folder"_s << QByteArray() << K::CannotRead << QString() << QStringList{u"folder"_s};
    QTest::newRow("empty") << u"file"_s << QByteArray() << K::Invalid << QString() << QStringList{u"empty"_s};
    QTest::newRow("whitespace only") << u"file"_s << QByteArray(" \n\t\r\n  \n") << K::Invalid << QString()
                                     << QStringList{u"empty"_s};
    QTest::newRow("not UTF-8") << u"file"_s << QByteArray("{\"board\": \"G\xe4vle\"}\n") << K::Invalid << u"1:13"_s
                               << QStringList{u"UTF-8"_s, u"0xE4"_s};
    QTest::newRow("not JSON") << u"file"_s << QByteArray("{\n  \"board\" = 1\n}\n") << K::Invalid << u"2:11"_s
                              << QStringList{u"\":\""_s, u"\"=\""_s};
    QTest::newRow("not an object") << u"file"_s << QByteArray("[]\n") << K::Invalid << QString()
                                   << QStringList{u"expected an object"_s, u"an array"_s};
    QTest::newRow("not a statement") << u"file"_s << QByteArray("{\"format\": \"other\"}\n") << K::Invalid
                                     << u"/format"_s << QStringList{u"not a Yttra statement"_s};
}

void TestStatementFile::loadErrors()
{
    QFETCH(QString, setup);
    QFETCH(QByteArray, content);
    QFETCH(FileError::Kind, kind);
    QFETCH(QString, location);
    QFETCH(QStringList, words);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    if (setup == u"folder")
        QVERIFY(QDir(dir.path()).mkdir(u"statement.yttrande"_s));
    else if (setup == u"file")
        QVERIFY(writeFile(path, content));
    const QStringList before = entries(dir.path());

    const auto loaded = StatementFile::load(path);
    QVERIFY2(!loaded.ok(), "loaded");
    const FileError &error = loaded.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.file, path);
    QCOMPARE(error.location, location);
    for (const QString &word : words)
        QVERIFY2(error.message.contains(word), qPrintable(u"\"%1\" lacks \"%2\""_s.arg(error.message, word)));
    QCOMPARE(entries(dir.path()), before);
    if (setup == u"file")
        QCOMPARE(test::readFile(path), content);
}

void TestStatementFile::loadTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.yttrande"_s);
    {
        // Sparse: no 50 MB are written, so the test is quick.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(StatementFile::maxSize + 1));
    }

    const auto loaded = StatementFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, FileError::Kind::Invalid);
    QCOMPARE(loaded.error().location, QString());
    const QString &message = loaded.error().message;
    QVERIFY2(message.contains(u"larger than 50 MB"_s), qPrintable(message));
    QVERIFY2(loaded.error().text().startsWith(path + u": "_s), qPrintable(loaded.error().text()));
    QCOMPARE(QFileInfo(path).size(), StatementFile::maxSize + 1);
}

void TestStatementFile::loadAtSizeLimitIsParsed()
{
    // Exactly the limit is allowed in, and then fails as what it is: not JSON.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"limit.yttrande"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(StatementFile::maxSize));
    }
    const auto loaded = StatementFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, FileError::Kind::Invalid);
    QCOMPARE(loaded.error().location, u"1:1"_s);
    QVERIFY2(loaded.error().message.contains(u"control character"_s), qPrintable(loaded.error().message));
}

void TestStatementFile::loadUnreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    const QString path = dir.filePath(u"secret.yttrande"_s);
    QVERIFY(writeFile(path, JsonFormat::write(smallStatement())));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));

    const ChildOutcome outcome = runInChild(
        [&path]() {
            if (!QFileInfo::exists(path))
                return u"setup: cannot reach the file"_s;
            const auto loaded = StatementFile::load(path);
            if (loaded)
                return u"loaded"_s;
            return u"failed %1: %2"_s.arg(static_cast<int>(loaded.error().kind)).arg(loaded.error().text());
        },
        true);
    QVERIFY(outcome.exited);
    if (outcome.report.startsWith(u"setup:"_s))
        QSKIP(qPrintable(outcome.report + u" (is the temporary folder reachable for the user nobody?)"_s));
    QVERIFY2(outcome.report.startsWith(failedPrefix(FileError::Kind::CannotRead) + path + u": cannot be read"_s),
             qPrintable(outcome.report));
}

void TestStatementFile::errorTextNamesFileAndPlace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Yttrande – IT.yttrande"_s);
    QVERIFY(writeFile(path, "{\n  \"format\": \"yttra-statement\",\n  \"formatVersion\": \"1\"\n}\n"));

    const auto loaded = StatementFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().text(), path + u": /formatVersion: expected a whole number of at least 1"_s);

    QVERIFY(writeFile(path, "{\n  \"format\": \"yttra-statement\",\n}\n"));
    const auto syntax = StatementFile::load(path);
    QVERIFY(!syntax.ok());
    QVERIFY2(syntax.error().text().startsWith(path + u": 3:1: expected a member name"_s), qPrintable(syntax.error().text()));

    QVERIFY(writeFile(path, ""));
    const auto empty = StatementFile::load(path);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().text(), path + u": the file is empty"_s);
}

void TestStatementFile::malformedFilesUnchanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");

    const QList<QStringList> cases = test::readTable(test::dataPath(u"malformed/expected.tsv"_s));
    QVERIFY(cases.size() > 100);
    for (const QStringList &row : cases)
        QTest::newRow(qPrintable(row.value(0))) << row.value(0) << row.value(1);
}

void TestStatementFile::malformedFilesUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QString, location);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(file);
    const QByteArray bytes = test::readFile(test::dataPath(u"malformed/"_s + file));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(writeFile(path, bytes));
    // A time in the past: a write during the load would move it to now.
    QVERIFY(setModificationTime(path, oldTime()));
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), oldTime());

    const auto loaded = StatementFile::load(path);
    QVERIFY2(!loaded.ok(), "the malformed file was accepted");
    QCOMPARE(loaded.error().kind, FileError::Kind::Invalid);
    QCOMPARE(loaded.error().file, path);
    QCOMPARE(loaded.error().location, location);
    QVERIFY(!loaded.error().message.isEmpty());
    const QString expectedStart = location.isEmpty() ? QString(path + u": "_s) : QString(path + u": "_s + location + u": "_s);
    QVERIFY2(loaded.error().text().startsWith(expectedStart), qPrintable(loaded.error().text()));

    QCOMPARE(test::readFile(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), oldTime());
    QCOMPARE(entries(dir.path()), QStringList{file});
}

void TestStatementFile::saveReplacesOldContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    // Much longer than the new content: nothing of its tail may remain.
    QVERIFY(writeFile(path, QByteArray(200000, 'x')));
    const QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));
    QVERIFY(setModificationTime(path, oldTime()));

    const Statement statement = smallStatement();
    YTTRA_VERIFY_OK(StatementFile::save(statement, path));

    const QByteArray expected = JsonFormat::write(statement);
    QCOMPARE(test::readFile(path), expected);
    QCOMPARE(QFileInfo(path).size(), expected.size());
    QVERIFY(QFileInfo(path).lastModified().toUTC() > oldTime());
    // A save keeps who may read the file; it must not widen it.
    // (The "User" flags depend on who runs the test; owner, group and others do not.)
    const QFileDevice::Permissions ownerGroupOthers(0x7077);
    QCOMPARE(QFile::permissions(path) & ownerGroupOthers, permissions);
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});

    const auto loaded = StatementFile::load(path);
    YTTRA_VERIFY_OK(loaded);
    QVERIFY(loaded.value().statement == statement);
}

void TestStatementFile::saveCreatesNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ny – fil.yttrande"_s);
    const Statement statement = largeStatement();
    YTTRA_VERIFY_OK(StatementFile::save(statement, path));
    QCOMPARE(test::readFile(path), JsonFormat::write(statement));
    QCOMPARE(entries(dir.path()), QStringList{u"ny – fil.yttrande"_s});
}

void TestStatementFile::saveFileWritesBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"data.bin"_s);
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i)
        bytes.append(static_cast<char>(i % 256));
    YTTRA_VERIFY_OK(SaveFile::write(path, bytes));
    QCOMPARE(test::readFile(path), bytes);
    YTTRA_VERIFY_OK(SaveFile::write(path, QByteArray()));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(entries(dir.path()), QStringList{u"data.bin"_s});
}

void TestStatementFile::saveTargetIsFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"statement.yttrande"_s));

    const auto saved = StatementFile::save(smallStatement(), path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, FileError::Kind::CannotWrite);
    QCOMPARE(saved.error().file, path);
    QVERIFY2(saved.error().message.contains(u"folder"_s), qPrintable(saved.error().message));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(entries(path), QStringList());
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});
}

void TestStatementFile::saveFolderMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"saknas"_s);
    const QString path = folder + u"/statement.yttrande"_s;

    const auto saved = StatementFile::save(smallStatement(), path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, FileError::Kind::CannotWrite);
    QCOMPARE(saved.error().file, path);
    QVERIFY2(saved.error().message.contains(u"folder"_s) && saved.error().message.contains(u"does not exist"_s)
                 && saved.error().message.contains(folder),
             qPrintable(saved.error().message));
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(entries(dir.path()), QStringList());
}

// A named pipe with no writer would block the reader for ever.
void TestStatementFile::loadPipeIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"pipe.yttrande"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const auto loaded = StatementFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, FileError::Kind::CannotRead);
    QVERIFY2(loaded.error().message.contains(u"not a regular file"_s), qPrintable(loaded.error().message));
}

void TestStatementFile::saveRefusesStructuralErrors_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<std::function<void(Statement &)>>("breakIt");
    QTest::newRow("no board") << u"/board"_s << std::function<void(Statement &)>([](Statement &s) { s.board.clear(); });
    QTest::newRow("measure without title")
        << u"/measures/0/title"_s << std::function<void(Statement &)>([](Statement &s) { s.measures[0].title = u" "_s; });
    QTest::newRow("duplicate item id")
        << u"/items/1/id"_s << std::function<void(Statement &)>([](Statement &s) { s.items[1].id = s.items[0].id; });
    QTest::newRow("link to a missing item") << u"/measures/0/items/0"_s
                                            << std::function<void(Statement &)>([](Statement &s) { s.measures[0].items[0] = u"nowhere"_s; });
}

// Such a file would not open again: the save says what to mend and the old file stays.
void TestStatementFile::saveRefusesStructuralErrors()
{
    QFETCH(QString, pointer);
    QFETCH(std::function<void(Statement &)>, breakIt);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    YTTRA_VERIFY_OK(SaveFile::write(path, Example::bytes()));

    Statement statement = Example::statement();
    breakIt(statement);
    const auto saved = StatementFile::save(statement, path);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, FileError::Kind::Invalid);
    QCOMPARE(saved.error().location, pointer);
    QVERIFY2(saved.error().message.contains(u"cannot be saved"_s), qPrintable(saved.error().message));
    QCOMPARE(test::readFile(path), Example::bytes());
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});
}

void TestStatementFile::saveIntoReadOnlyFolder_data()
{
    QTest::addColumn<bool>("existing");

    QTest::newRow("over an existing file") << true;
    QTest::newRow("a new file") << false;
}

void TestStatementFile::saveIntoReadOnlyFolder()
{
    QFETCH(bool, existing);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther;
    // The user nobody must reach the folder; it is the folder itself that is read-only.
    QVERIFY(QFile::setPermissions(dir.path(), readAndEnter | QFileDevice::WriteOwner));
    const QString folder = dir.filePath(u"readonly"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"readonly"_s));
    const QString path = folder + u"/statement.yttrande"_s;
    const QByteArray old = JsonFormat::write(smallStatement());
    if (existing) {
        QVERIFY(writeFile(path, old));
        QVERIFY(setModificationTime(path, oldTime()));
        // The file itself may be written: only the folder stops the save (a save writes a
        // new file beside the old one and renames it over).
        if (::geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(path).constData(), nobody, nobody) == 0);
    }
    QVERIFY(QFile::setPermissions(folder, readAndEnter));
    const QStringList before = entries(folder);

    const Statement statement = largeStatement();
    const ChildOutcome outcome = runInChild(
        [&]() {
            if (!QFileInfo(folder).isReadable())
                return u"setup: cannot reach the folder"_s;
            return describeSave(StatementFile::save(statement, path));
        },
        true);
    QVERIFY(QFile::setPermissions(folder, readAndEnter | QFileDevice::WriteOwner)); // so the folder can be removed

    QVERIFY(outcome.exited);
    if (outcome.report.startsWith(u"setup:"_s))
        QSKIP(qPrintable(outcome.report + u" (is the temporary folder reachable for the user nobody?)"_s));
    // First what matters most: the old file is as it was, and nothing was left beside it.
    QCOMPARE(entries(folder), before);
    if (existing) {
        QCOMPARE(test::readFile(path), old);
        QCOMPARE(QFileInfo(path).lastModified().toUTC(), oldTime());
    }
    QVERIFY2(outcome.report.startsWith(failedPrefix(FileError::Kind::CannotWrite) + path + u": cannot be written: "_s),
             qPrintable(outcome.report));
    QVERIFY2(outcome.report.contains(u"ermission"_s), qPrintable(outcome.report)); // the reason, from the system
}

void TestStatementFile::saveOnFullDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    const QByteArray old = JsonFormat::write(smallStatement());
    QVERIFY(writeFile(path, old));
    QVERIFY(setModificationTime(path, oldTime()));

    constexpr rlim_t limit = 8 * 1024;
    const Statement statement = largeStatement();
    QVERIFY(JsonFormat::write(statement).size() > qsizetype(limit) * 4);
    QVERIFY(old.size() < qsizetype(limit));

    // A file size limit fails writes the way a full disk does (EFBIG instead of ENOSPC),
    // without a disk to fill. It is set in a child, where it cannot hurt the test run.
    const ChildOutcome outcome = runInChild(
        [&]() {
            ::signal(SIGXFSZ, SIG_IGN); // report the error to the writer instead of killing it
            const rlimit small{limit, limit};
            if (::setrlimit(RLIMIT_FSIZE, &small) != 0)
                return u"setup: setrlimit failed"_s;
            return describeSave(StatementFile::save(statement, path));
        },
        false);

    QVERIFY(outcome.exited);
    QVERIFY2(!outcome.report.startsWith(u"setup:"_s), qPrintable(outcome.report));
    QCOMPARE(test::readFile(path), old);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), oldTime());
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});

    QVERIFY2(outcome.report.startsWith(failedPrefix(FileError::Kind::CannotWrite) + path + u": "_s), qPrintable(outcome.report));
    QVERIFY2(outcome.report.contains(u"the previous file is unchanged"_s), qPrintable(outcome.report));
    QVERIFY2(outcome.report.contains(u"too large"_s, Qt::CaseInsensitive), qPrintable(outcome.report)); // the system's reason

    // The same save without the limit succeeds: it was the limit that stopped it.
    YTTRA_VERIFY_OK(StatementFile::save(statement, path));
    QCOMPARE(test::readFile(path), JsonFormat::write(statement));
}

void TestStatementFile::saveRenamesIntoPlace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    QVERIFY(writeFile(path, QByteArray(5000, 'x')));
    const ino_t before = inode(path);
    const QByteArray bytes = JsonFormat::write(smallStatement());

    // The rename is asked for once, from a new file beside the target to the target itself.
    QStringList asked;
    const SaveFile::Rename rename = [&asked](const QString &from, const QString &to) {
        asked << from << to;
        return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0 ? 0 : errno;
    };
    const auto saved = SaveFile::write(path, bytes, rename);
    YTTRA_VERIFY_OK(saved);
    QCOMPARE(saved.value(), QStringList()); // nothing to warn about
    QCOMPARE(asked.size(), 2);
    QCOMPARE(QFileInfo(asked.at(0)).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY2(QFileInfo(asked.at(0)).fileName().startsWith(u".statement.yttrande."_s), qPrintable(asked.at(0)));
    QCOMPARE(asked.at(1), QFileInfo(path).absoluteFilePath());
    QCOMPARE(test::readFile(path), bytes);
    // A new file took the name: readers saw the old file or the new one, never a mix.
    QVERIFY(inode(path) != before);
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});

    // Without a rename of the caller's, the system's is used, the same way.
    const ino_t second = inode(path);
    const auto again = StatementFile::save(largeStatement(), path);
    YTTRA_VERIFY_OK(again);
    QCOMPARE(again.value(), QStringList());
    QVERIFY(inode(path) != second);
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});
}

void TestStatementFile::saveWhereRenameIsRefused_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<bool>("throughWriter");
    QTest::addColumn<bool>("copyThere"); // a file named as the copy would be is there already

    // What SMB/CIFS shares answer when a file is open elsewhere or renaming is not allowed.
    QTest::newRow("busy") << EBUSY << true << false << false;
    QTest::newRow("access denied") << EACCES << true << false << false;
    QTest::newRow("not permitted") << EPERM << true << false << false;
    QTest::newRow("not supported") << EOPNOTSUPP << true << false << false;
    QTest::newRow("target exists") << EEXIST << true << false << false;
    QTest::newRow("a new file") << EPERM << false << false << false;
    QTest::newRow("written by a library") << EBUSY << true << true << false;
    QTest::newRow("a copy already there") << EBUSY << true << false << true;
}

void TestStatementFile::saveWhereRenameIsRefused()
{
    QFETCH(int, error);
    QFETCH(bool, existing);
    QFETCH(bool, throughWriter);
    QFETCH(bool, copyThere);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    QStringList expectedEntries{u"statement.yttrande"_s};
    // Someone's own copy, or the one a crash during an earlier direct write left: kept.
    const QString otherCopy = SaveFile::backupPath(path);
    if (copyThere) {
        QVERIFY(writeFile(otherCopy, "keep me"));
        expectedEntries.append(QFileInfo(otherCopy).fileName());
    }
    const QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    if (existing) {
        // Much longer than the new content: nothing of its tail may remain.
        QVERIFY(writeFile(path, QByteArray(200000, 'x')));
        QVERIFY(QFile::setPermissions(path, permissions));
    }
    const ino_t before = inode(path);
    const QByteArray bytes = JsonFormat::write(smallStatement());

    int asked = 0;
    const SaveFile::Rename refuse = [&asked, error](const QString &, const QString &) {
        ++asked;
        return error;
    };
    const SaveFile::Writer writer = [&bytes](const QString &temporaryPath) -> Result<void, QString> {
        QFile file(temporaryPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return Result<void, QString>::failure(file.errorString());
        return {};
    };
    const auto saved = throughWriter ? SaveFile::writeWith(path, writer, refuse) : SaveFile::write(path, bytes, refuse);

    YTTRA_VERIFY_OK(saved);
    QCOMPARE(asked, 1);
    QCOMPARE(test::readFile(path), bytes);
    // Neither the temporary file nor the copy of the previous file is left behind.
    QCOMPARE(entries(dir.path()), expectedEntries);
    if (copyThere)
        QCOMPARE(test::readFile(otherCopy), QByteArray("keep me"));
    if (existing) {
        // Written into the same file, which keeps who may read it.
        QCOMPARE(inode(path), before);
        const QFileDevice::Permissions ownerGroupOthers(0x7077); // not the "User" flags: they depend on who runs the test
        QCOMPARE(QFile::permissions(path) & ownerGroupOthers, permissions);
    }

    // And the user is told, with the drive's reason and, for a file replaced, where the
    // previous version was while it was written.
    QCOMPARE(saved.value().size(), 1);
    const QString warning = saved.value().first();
    QVERIFY2(warning.contains(u"written directly"_s), qPrintable(warning));
    QVERIFY2(warning.contains(systemError(error)), qPrintable(warning));
    const QString copy = QDir::toNativeSeparators(QFileInfo(otherCopy).absoluteFilePath() + (copyThere ? u"2"_s : QString()));
    QVERIFY2(warning.contains(copy) == existing, qPrintable(warning));
}

void TestStatementFile::saveWhereRenameFailsOtherwise_data()
{
    QTest::addColumn<int>("error");

    // Failures a direct write would meet as well: the save fails as it always did.
    QTest::newRow("input/output error") << EIO;
    QTest::newRow("disk full") << ENOSPC;
    QTest::newRow("read-only file system") << EROFS;
}

void TestStatementFile::saveWhereRenameFailsOtherwise()
{
    QFETCH(int, error);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    const QByteArray old = JsonFormat::write(smallStatement());
    QVERIFY(writeFile(path, old));
    QVERIFY(setModificationTime(path, oldTime()));

    const auto saved = SaveFile::write(path, JsonFormat::write(largeStatement()),
                                       [error](const QString &, const QString &) { return error; });
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, FileError::Kind::CannotWrite);
    QCOMPARE(saved.error().file, path);
    QVERIFY2(saved.error().message.contains(systemError(error)), qPrintable(saved.error().message));
    QVERIFY2(saved.error().message.contains(u"the previous file is unchanged"_s), qPrintable(saved.error().message));
    QCOMPARE(test::readFile(path), old);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), oldTime());
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});
}

void TestStatementFile::saveDirectWriteFailurePutsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    const QByteArray old = JsonFormat::write(smallStatement());
    QVERIFY(writeFile(path, old));

    constexpr rlim_t limit = 8 * 1024;
    const QByteArray bytes = JsonFormat::write(largeStatement());
    QVERIFY(bytes.size() > qsizetype(limit) * 4);
    QVERIFY(old.size() < qsizetype(limit));

    // The drive refuses the rename and then fills up: the direct write stops part-way, after
    // the file was emptied. The limit is set only then, so the temporary file is whole.
    const ChildOutcome outcome = runInChild(
        [&]() {
            ::signal(SIGXFSZ, SIG_IGN);
            bool limited = false;
            const SaveFile::Rename refuseThenFill = [&limited](const QString &, const QString &) {
                const rlimit small{limit, limit};
                limited = ::setrlimit(RLIMIT_FSIZE, &small) == 0;
                return EBUSY;
            };
            const QString report = describeSave(SaveFile::write(path, bytes, refuseThenFill));
            return limited ? report : u"setup: setrlimit failed"_s;
        },
        false);

    QVERIFY(outcome.exited);
    QVERIFY2(!outcome.report.startsWith(u"setup:"_s), qPrintable(outcome.report));
    // The previous file is back, whole, and neither copy nor temporary file is left.
    QCOMPARE(test::readFile(path), old);
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});
    QVERIFY2(outcome.report.startsWith(failedPrefix(FileError::Kind::CannotWrite) + path + u": could not be saved: "_s),
             qPrintable(outcome.report));
    QVERIFY2(outcome.report.contains(systemError(EBUSY)), qPrintable(outcome.report));          // why not renamed
    QVERIFY2(outcome.report.contains(u"too large"_s, Qt::CaseInsensitive), qPrintable(outcome.report)); // why not written
    QVERIFY2(outcome.report.contains(u"the previous version was put back"_s), qPrintable(outcome.report));
}

void TestStatementFile::saveDirectWriteRefusedLeavesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther;
    const auto writeAll = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QVERIFY(QFile::setPermissions(dir.path(), readAndEnter | QFileDevice::WriteOwner));
    // A folder everyone may write in, holding a file its user may only read: the temporary
    // file and the copy can be made, but the file itself cannot be opened for writing.
    const QString folder = dir.filePath(u"shared"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"shared"_s));
    QVERIFY(QFile::setPermissions(folder, readAndEnter | writeAll));
    const QString path = folder + u"/statement.yttrande"_s;
    const QByteArray old = JsonFormat::write(smallStatement());
    QVERIFY(writeFile(path, old));
    QVERIFY(setModificationTime(path, oldTime()));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    const QByteArray bytes = JsonFormat::write(largeStatement());
    const ChildOutcome outcome = runInChild(
        [&]() {
            if (!QFileInfo(path).isReadable())
                return u"setup: cannot reach the file"_s;
            // Through writeWith: write() refuses a read-only file before it tries anything.
            const SaveFile::Writer writer = [&bytes](const QString &temporaryPath) -> Result<void, QString> {
                QFile file(temporaryPath);
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
                    return Result<void, QString>::failure(file.errorString());
                return {};
            };
            return describeSave(SaveFile::writeWith(path, writer, [](const QString &, const QString &) { return EACCES; }));
        },
        true);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    QVERIFY(outcome.exited);
    if (outcome.report.startsWith(u"setup:"_s))
        QSKIP(qPrintable(outcome.report + u" (is the temporary folder reachable for the user nobody?)"_s));
    QCOMPARE(test::readFile(path), old);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), oldTime());
    QCOMPARE(entries(folder), QStringList{u"statement.yttrande"_s});
    // Not "put back", which it never needed: unchanged, and why it could not be written.
    QVERIFY2(outcome.report.contains(u"the previous file is unchanged"_s), qPrintable(outcome.report));
    QVERIFY2(outcome.report.contains(u"ermission"_s), qPrintable(outcome.report));
}

void TestStatementFile::saveReadOnlyFileRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"statement.yttrande"_s);
    const QByteArray old = JsonFormat::write(smallStatement());
    QVERIFY(writeFile(path, old));
    QVERIFY(setModificationTime(path, oldTime()));
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, readOnly));
    if (::geteuid() == 0)
        QVERIFY(::chown(QFile::encodeName(path).constData(), nobody, nobody) == 0);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x0777)));

    // The folder would let a new file take the name; the user's read-only mark is respected.
    const ChildOutcome outcome = runInChild([&]() { return describeSave(SaveFile::write(path, JsonFormat::write(largeStatement()))); },
                                            true);
    QVERIFY(QFile::setPermissions(path, readOnly | QFileDevice::WriteOwner));

    QVERIFY(outcome.exited);
    QVERIFY2(outcome.report.startsWith(failedPrefix(FileError::Kind::CannotWrite) + path + u": cannot be written: "_s),
             qPrintable(outcome.report));
    QVERIFY2(outcome.report.contains(u"read-only"_s), qPrintable(outcome.report));
    QCOMPARE(test::readFile(path), old);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), oldTime());
    QCOMPARE(entries(dir.path()), QStringList{u"statement.yttrande"_s});
}

} // namespace yttra

QTEST_APPLESS_MAIN(yttra::TestStatementFile)

#include "tst_statementfile.moc"

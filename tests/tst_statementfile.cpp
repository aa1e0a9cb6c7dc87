// SPDX-License-Identifier: GPL-3.0-or-later
#include "example.h"
#include "jsonformat.h"
#include "savefile.h"
#include "statementfile.h"
#include "childprocess.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

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

// A save's outcome as one line for the pipe: "saved", or "failed <kind>: <text>".
QString describeSave(const Result<void, FileError> &result)
{
    if (result)
        return u"saved"_s;
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

} // namespace yttra

QTEST_APPLESS_MAIN(yttra::TestStatementFile)

#include "tst_statementfile.moc"

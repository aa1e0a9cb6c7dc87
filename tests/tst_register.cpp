// SPDX-License-Identifier: GPL-3.0-or-later
// The register of a folder tree of statements: states on a fixed day, first and follow-up
// statements joined, files it cannot use listed, bad folders survived, nothing written into
// the folder, and a cache that changes nothing but the time taken.

#include "format/statementfile.h"
#include "register/registerreader.h"
#include "register/registerstate.h"
#include "testhelpers.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

const QDate today(2025, 6, 15);

QString fixture()
{
    return test::dataPath(u"register"_s);
}

/// Every file and folder below `root` with its size and modification time: what must not
/// change when the register reads the folder.
QStringList listing(const QString &root)
{
    QStringList lines;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        lines.append(u"%1 %2 %3"_s.arg(QDir(root).relativeFilePath(info.filePath()))
                         .arg(info.isDir() ? -1 : info.size())
                         .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    lines.sort();
    return lines;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

QString stateName(RegisterState state)
{
    return enumName(registerStateNames, state);
}

const RegisterEntry *findEntry(const Register &reg, const QString &file, const QString &itemId)
{
    for (const RegisterEntry &entry : reg.entries) {
        if ((entry.firstFile == file || entry.followUpFile == file) && entry.itemId == itemId)
            return &entry;
    }
    return nullptr;
}

const RegisterProblem *findProblem(const Register &reg, const QString &path)
{
    for (const RegisterProblem &problem : reg.problems) {
        if (problem.path == path)
            return &problem;
    }
    return nullptr;
}

QString problemsText(const Register &reg)
{
    QStringList lines;
    for (const RegisterProblem &problem : reg.problems)
        lines.append(problem.text());
    return lines.join(u'\n');
}

RegisterEntry::PromisedMeasure measure(const QString &deadline, MeasureStatus status)
{
    RegisterEntry::PromisedMeasure m;
    m.id = u"m"_s;
    m.deadline = Deadline::parse(deadline).value();
    m.status = status;
    return m;
}

} // namespace

class TestRegister : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void states_data();
    void states();
    void everyItemOnce();
    void joined();
    void entryDetails();
    void problems();

    void rules_data();
    void rules();

    void missingFolder();
    void unreadableFolder();
    void linkLoop();
    void changedWhileRead();
    void tooLarge();
    void nothingWrittenIntoTheFolder();
    void cacheInsideTheFolderIsNotUsed();
    void cacheIsOnlyAnOptimisation();
    void staleCacheIsNotUsed();

private:
    RegisterReader::Options options() const
    {
        RegisterReader::Options o;
        o.today = today;
        o.cacheFolder = m_cache.filePath(u"cache"_s);
        return o;
    }

    QTemporaryDir m_cache;
    Register m_register;
};

void TestRegister::initTestCase()
{
    QVERIFY(m_cache.isValid());
    auto read = RegisterReader::read(fixture(), options());
    YTTRA_VERIFY_OK(read);
    m_register = read.value();
    QCOMPARE(m_register.judgedOn, today);
}

void TestRegister::states_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("state");

    const QString ks = u"kommunstyrelsen/2024/it-sakerhet-forsta.yttrande"_s;
    QTest::newRow("measure done in the follow-up") << ks << u"r1"_s << u"done"_s;
    QTest::newRow("measure's quarter ended") << ks << u"r2"_s << u"overdue"_s;
    QTest::newRow("deadline in 16 days") << ks << u"r3"_s << u"dueSoon"_s;
    QTest::newRow("deadline at the end of the year") << ks << u"r4"_s << u"onTrack"_s;
    QTest::newRow("no measure") << ks << u"r5"_s << u"open"_s;
    QTest::newRow("measure transferred to another board") << ks << u"r6"_s << u"done"_s;
    QTest::newRow("assessment with the response's own deadline") << ks << u"r7"_s << u"onTrack"_s;
    const QString sn = u"servicenamnden/lokalforsorjning.yttrande"_s;
    QTest::newRow("follow-up a year late") << sn << u"r1"_s << u"notFollowedUp"_s;
    QTest::newRow("done before the follow-up was due") << sn << u"r2"_s << u"done"_s;
    const QString mn = u"miljonamnden/tillsyn-forsta.yttrande"_s;
    QTest::newRow("question, joined by the period's link, done") << mn << u"q1"_s << u"done"_s;
    QTest::newRow("assessment with an ongoing measure") << mn << u"a1"_s << u"onTrack"_s;
}

void TestRegister::states()
{
    QFETCH(QString, file);
    QFETCH(QString, item);
    QFETCH(QString, state);
    const RegisterEntry *entry = findEntry(m_register, file, item);
    QVERIFY2(entry, qPrintable(u"no entry for %1 in %2"_s.arg(item, file)));
    QCOMPARE(stateName(entry->state), state);
    QCOMPARE(entry->judgedOn, today);
}

void TestRegister::everyItemOnce()
{
    // Seven of Kommunstyrelsen, two of Servicenämnden, two of Miljönämnden: the follow-ups'
    // items are the first statements' rows, not rows of their own.
    QCOMPARE(m_register.entries.size(), 11);
    QCOMPARE(m_register.statementCount, 5);
    // Sorted by audit reference, then board: Miljönämnden's audit has none.
    QCOMPARE(m_register.entries.first().board, u"Miljönämnden"_s);
    QCOMPARE(m_register.entries.last().auditReference, u"SR-2023-7"_s);
}

void TestRegister::joined()
{
    const QList<Register::Join> expected {
        { u"kommunstyrelsen/2024/it-sakerhet-forsta.yttrande"_s,
            u"kommunstyrelsen/2025/it-sakerhet-uppfoljning.yttrande"_s, false, false },
        { u"miljonamnden/tillsyn-forsta.yttrande"_s, u"miljonamnden/uppfoljning/tillsyn-uppfoljning.yttrande"_s, true,
            false },
    };
    QCOMPARE(m_register.joins, expected);
    const RegisterEntry *late = findEntry(m_register, u"servicenamnden/lokalforsorjning.yttrande"_s, u"r1"_s);
    QVERIFY(late);
    QVERIFY(late->followUpFile.isEmpty());
    QCOMPARE(late->followUpDue, QDate(2024, 9, 1));
}

void TestRegister::entryDetails()
{
    const RegisterEntry *entry = findEntry(m_register, u"kommunstyrelsen/2024/it-sakerhet-forsta.yttrande"_s, u"r1"_s);
    QVERIFY(entry);
    QCOMPARE(entry->followUpFile, u"kommunstyrelsen/2025/it-sakerhet-uppfoljning.yttrande"_s);
    QCOMPARE(entry->auditTitle, u"Granskning av IT-säkerhet"_s);
    QCOMPARE(entry->auditReference, u"KR-2024/0012"_s);
    QCOMPARE(entry->board, u"Kommunstyrelsen"_s);
    QCOMPARE(entry->itemKind, ItemKind::Recommendation);
    QCOMPARE(entry->itemNumber, u"1"_s);
    QCOMPARE(entry->itemText, u"Säkerställ att det finns en aktuell informationssäkerhetspolicy."_s);
    QCOMPARE(entry->statementDate, u"2024-03-01"_s);
    QCOMPARE(entry->followUpDue, QDate(2025, 1, 31));
    QCOMPARE(entry->actionsTaken, u"Policyn antogs av kommunstyrelsen i november 2024."_s);
    QCOMPARE(entry->effectAchieved, u"Alla förvaltningar arbetar efter samma policy."_s);
    QCOMPARE(entry->measures.size(), 1);
    const RegisterEntry::PromisedMeasure &m = entry->measures.first();
    QCOMPARE(m.id, u"m1"_s);
    QCOMPARE(m.title, u"Ny informationssäkerhetspolicy"_s);
    QCOMPARE(m.owner, u"Säkerhetsenheten"_s);
    QCOMPARE(m.deadline.toString(), u"2024-12"_s);
    // The follow-up's status, not the first statement's "planned".
    QCOMPARE(m.status, MeasureStatus::Done);

    const RegisterEntry *transferred
        = findEntry(m_register, u"kommunstyrelsen/2024/it-sakerhet-forsta.yttrande"_s, u"r6"_s);
    QVERIFY(transferred);
    QCOMPARE(transferred->measures.first().comment, u"Uppdraget har övergått till serviceförvaltningen"_s);
}

void TestRegister::problems()
{
    QCOMPARE(m_register.problems.size(), 2);
    const RegisterProblem *newer = findProblem(m_register, u"nyare/framtida-format.yttrande"_s);
    QVERIFY2(newer, qPrintable(problemsText(m_register)));
    QCOMPARE(newer->kind, RegisterProblem::Kind::NewerFormat);
    QVERIFY2(newer->reason.contains(u"newer version"_s) && newer->reason.contains(u"format version 2"_s),
        qPrintable(newer->reason));
    const RegisterProblem *damaged = findProblem(m_register, u"trasig.yttrande"_s);
    QVERIFY2(damaged, qPrintable(problemsText(m_register)));
    QCOMPARE(damaged->kind, RegisterProblem::Kind::Invalid);
    // A syntax error says where: line:column.
    QVERIFY2(damaged->location.contains(u':'), qPrintable(damaged->text()));
    QVERIFY(!damaged->reason.isEmpty());
    QVERIFY(damaged->text().startsWith(u"trasig.yttrande: "_s));
    // Neither gave rows.
    for (const RegisterEntry &entry : std::as_const(m_register.entries))
        QVERIFY(!entry.firstFile.startsWith(u"nyare/"_s) && entry.firstFile != u"trasig.yttrande"_s);
}

void TestRegister::rules_data()
{
    QTest::addColumn<QStringList>("deadlines"); // "deadline status" per measure
    QTest::addColumn<QString>("itemDeadline");
    QTest::addColumn<bool>("followUp"); // a follow-up was found
    QTest::addColumn<QString>("followUpDue");
    QTest::addColumn<QString>("notOurs");
    QTest::addColumn<QString>("state");

    // today is 2025-06-15; due soon is up to 2025-07-15.
    QTest::newRow("no measure") << QStringList() << u""_s << true << u""_s << u""_s << u"open"_s;
    QTest::newRow("measure without deadline")
        << QStringList { u" planned"_s } << u""_s << true << u""_s << u""_s << u"open"_s;
    QTest::newRow("only cancelled") << QStringList { u"2025-01 cancelled"_s } << u""_s << true << u""_s << u""_s
                                    << u"open"_s;
    QTest::newRow("yesterday") << QStringList { u"2025-06-14 ongoing"_s } << u""_s << true << u""_s << u""_s
                               << u"overdue"_s;
    QTest::newRow("today") << QStringList { u"2025-06-15 ongoing"_s } << u""_s << true << u""_s << u""_s
                           << u"dueSoon"_s;
    QTest::newRow("in 30 days") << QStringList { u"2025-07-15 planned"_s } << u""_s << true << u""_s << u""_s
                                << u"dueSoon"_s;
    QTest::newRow("in 31 days") << QStringList { u"2025-07-16 planned"_s } << u""_s << true << u""_s << u""_s
                                << u"onTrack"_s;
    QTest::newRow("month ending in 15 days")
        << QStringList { u"2025-06 planned"_s } << u""_s << true << u""_s << u""_s << u"dueSoon"_s;
    QTest::newRow("quarter ended") << QStringList { u"2025-Q1 planned"_s } << u""_s << true << u""_s << u""_s
                                   << u"overdue"_s;
    QTest::newRow("tertial ending in August")
        << QStringList { u"2025-T2 planned"_s } << u""_s << true << u""_s << u""_s << u"onTrack"_s;
    QTest::newRow("ongoing") << QStringList { u"ongoing ongoing"_s } << u""_s << true << u""_s << u""_s << u"onTrack"_s;
    QTest::newRow("late but done") << QStringList { u"2024 done"_s } << u""_s << true << u""_s << u""_s << u"done"_s;
    QTest::newRow("one done, one late") << QStringList { u"2024 done"_s, u"2025-Q1 ongoing"_s } << u""_s << true
                                        << u""_s << u""_s << u"overdue"_s;
    QTest::newRow("done and cancelled") << QStringList { u"2024 done"_s, u"2025-Q1 cancelled"_s } << u""_s << true
                                        << u""_s << u""_s << u"done"_s;
    QTest::newRow("late wins over due soon") << QStringList { u"2025-07-01 planned"_s, u"2025-05 planned"_s } << u""_s
                                             << true << u""_s << u""_s << u"overdue"_s;
    QTest::newRow("response's own deadline passed")
        << QStringList() << u"2025-Q1"_s << true << u""_s << u""_s << u"overdue"_s;
    QTest::newRow("follow-up missing, due yesterday")
        << QStringList { u"2026 planned"_s } << u""_s << false << u"2025-06-14"_s << u""_s << u"notFollowedUp"_s;
    QTest::newRow("follow-up missing, due today")
        << QStringList { u"2026 planned"_s } << u""_s << false << u"2025-06-15"_s << u""_s << u"onTrack"_s;
    QTest::newRow("follow-up missing, but done")
        << QStringList { u"2024 done"_s } << u""_s << false << u"2025-01-31"_s << u""_s << u"done"_s;
    QTest::newRow("not the board's item")
        << QStringList() << u""_s << true << u""_s << u"Ansvaret ligger hos servicenämnden."_s << u"done"_s;
}

void TestRegister::rules()
{
    QFETCH(QStringList, deadlines);
    QFETCH(QString, itemDeadline);
    QFETCH(bool, followUp);
    QFETCH(QString, followUpDue);
    QFETCH(QString, notOurs);
    QFETCH(QString, state);

    RegisterEntry entry;
    entry.firstFile = u"first.yttrande"_s;
    entry.followUpFile = followUp ? u"followup.yttrande"_s : QString();
    entry.followUpDue = QDate::fromString(followUpDue, Qt::ISODate);
    entry.itemDeadline = Deadline::parse(itemDeadline).value();
    entry.notOurs = notOurs;
    for (const QString &spec : std::as_const(deadlines)) {
        const QStringList parts = spec.split(u' ');
        entry.measures.append(measure(parts.at(0), *enumFromName(measureStatusNames, parts.at(1))));
    }
    QCOMPARE(stateName(RegisterStateRules::judge(entry, today)), state);
}

void TestRegister::missingFolder()
{
    QTemporaryDir dir;
    const auto read = RegisterReader::read(dir.filePath(u"nowhere"_s), options());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, FileError::Kind::CannotRead);
    QVERIFY(!read.error().message.isEmpty());
    const auto file = RegisterReader::read(test::dataPath(u"register/trasig.yttrande"_s), options());
    QVERIFY(!file.ok());
}

void TestRegister::unreadableFolder()
{
    if (isRoot())
        QSKIP("permissions do not stop root");
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(), dir.path()));
    const QString lockedFolder = dir.filePath(u"servicenamnden"_s);
    const QString lockedFile = dir.filePath(u"miljonamnden/tillsyn-forsta.yttrande"_s);
    const auto readWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY(QFile::setPermissions(lockedFolder, QFileDevice::Permissions()));
    QVERIFY(QFile::setPermissions(lockedFile, QFileDevice::Permissions()));
    RegisterReader::Options o = options();
    o.useCache = false;
    const auto read = RegisterReader::read(dir.path(), o);
    QVERIFY(QFile::setPermissions(lockedFolder, readWrite | QFileDevice::ExeOwner));
    QVERIFY(QFile::setPermissions(lockedFile, readWrite));
    YTTRA_VERIFY_OK(read);
    const Register &reg = read.value();
    const RegisterProblem *folder = findProblem(reg, u"servicenamnden"_s);
    QVERIFY2(folder, qPrintable(problemsText(reg)));
    QCOMPARE(folder->kind, RegisterProblem::Kind::FolderUnreadable);
    QVERIFY(folder->reason.contains(u"cannot be read"_s));
    const RegisterProblem *file = findProblem(reg, u"miljonamnden/tillsyn-forsta.yttrande"_s);
    QVERIFY2(file, qPrintable(problemsText(reg)));
    QCOMPARE(file->kind, RegisterProblem::Kind::FileUnreadable);
    QVERIFY2(file->reason.contains(u"cannot be read"_s), qPrintable(file->reason));
    QCOMPARE(reg.problems.size(), 4);
    // The rest is read: Kommunstyrelsen's seven, and Miljönämnden's follow-up on its own.
    QCOMPARE(reg.entries.size(), 9);
    QVERIFY(findEntry(reg, u"kommunstyrelsen/2024/it-sakerhet-forsta.yttrande"_s, u"r2"_s));
    const RegisterEntry *alone = findEntry(reg, u"miljonamnden/uppfoljning/tillsyn-uppfoljning.yttrande"_s, u"q1"_s);
    QVERIFY(alone);
    QVERIFY(alone->firstFile.isEmpty());
    QCOMPARE(stateName(alone->state), u"done"_s);
}

void TestRegister::linkLoop()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(), dir.path()));
    // A link to the folder above it, and a second way into a folder read already.
    QVERIFY(QFile::link(dir.path(), dir.filePath(u"miljonamnden/uppfoljning/tillbaka"_s)));
    QVERIFY(QFile::link(dir.filePath(u"servicenamnden"_s), dir.filePath(u"genväg"_s)));
    QVERIFY(QFile::link(dir.filePath(u"trasig.yttrande"_s), dir.filePath(u"kommunstyrelsen/samma.yttrande"_s)));
    const auto read = RegisterReader::read(dir.path(), options());
    YTTRA_VERIFY_OK(read);
    const Register &reg = read.value();
    const RegisterProblem *loop = findProblem(reg, u"miljonamnden/uppfoljning/tillbaka"_s);
    QVERIFY2(loop, qPrintable(problemsText(reg)));
    QCOMPARE(loop->kind, RegisterProblem::Kind::LinkLoop);
    QVERIFY2(loop->reason.contains(u"link back"_s), qPrintable(loop->reason));
    const RegisterProblem *twice = findProblem(reg, u"genväg"_s);
    QVERIFY2(twice, qPrintable(problemsText(reg)));
    QVERIFY2(twice->reason.contains(u"servicenamnden"_s), qPrintable(twice->reason));
    // Every statement once, whichever way it was reached.
    QCOMPARE(reg.entries.size(), 11);
    QCOMPARE(reg.problems.size(), 4);
}

void TestRegister::changedWhileRead()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(), dir.path()));
    RegisterReader::Options o = options();
    o.useCache = false;
    // Someone saves the file every time it has just been read.
    o.afterReadingFile = [](const QString &path) {
        if (!path.endsWith(u"lokalforsorjning.yttrande"_s))
            return;
        QFile file(path);
        if (file.open(QIODevice::Append))
            file.write("\n");
    };
    const auto read = RegisterReader::read(dir.path(), o);
    YTTRA_VERIFY_OK(read);
    const Register &reg = read.value();
    const RegisterProblem *changed = findProblem(reg, u"servicenamnden/lokalforsorjning.yttrande"_s);
    QVERIFY2(changed, qPrintable(problemsText(reg)));
    QCOMPARE(changed->kind, RegisterProblem::Kind::Changed);
    QVERIFY(changed->reason.contains(u"changed while"_s));
    QCOMPARE(reg.entries.size(), 9);
}

void TestRegister::tooLarge()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(), dir.path()));
    QFile huge(dir.filePath(u"servicenamnden/enorm.yttrande"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(StatementFile::maxSize + 1)); // sparse: nothing written but the size
    huge.close();
    const auto read = RegisterReader::read(dir.path(), options());
    YTTRA_VERIFY_OK(read);
    const RegisterProblem *problem = findProblem(read.value(), u"servicenamnden/enorm.yttrande"_s);
    QVERIFY2(problem, qPrintable(problemsText(read.value())));
    QCOMPARE(problem->kind, RegisterProblem::Kind::Invalid);
    QVERIFY2(problem->reason.contains(u"larger than"_s), qPrintable(problem->reason));
    QCOMPARE(read.value().entries.size(), 11);
}

void TestRegister::nothingWrittenIntoTheFolder()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(), dir.path()));
    const QStringList before = listing(dir.path());
    for (int run = 0; run < 2; ++run) // cold, then warm
        YTTRA_VERIFY_OK(RegisterReader::read(dir.path(), options()));
    QCOMPARE(listing(dir.path()), before);
    QVERIFY(QFileInfo::exists(RegisterReader::cacheFile(dir.path(), options().cacheFolder)));
}

void TestRegister::cacheInsideTheFolderIsNotUsed()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    QVERIFY(copyTree(fixture(), dir.path()));
    // A way into the folder from outside it: a cache below it is inside the folder too.
    QVERIFY(QFile::link(dir.path(), elsewhere.filePath(u"drive"_s)));
    const QStringList before = listing(dir.path());
    for (const QString &cacheFolder :
        { dir.filePath(u"kommunstyrelsen/.cache"_s), elsewhere.filePath(u"drive/.cache/register"_s) }) {
        RegisterReader::Options o = options();
        o.cacheFolder = cacheFolder;
        const auto read = RegisterReader::read(dir.path(), o);
        YTTRA_VERIFY_OK(read);
        QCOMPARE(listing(dir.path()), before);
        QCOMPARE(read.value().entries, m_register.entries);
    }
}

void TestRegister::cacheIsOnlyAnOptimisation()
{
    QTemporaryDir cacheDir;
    RegisterReader::Options o = options();
    o.cacheFolder = cacheDir.path();
    const QString cacheFile = RegisterReader::cacheFile(fixture(), o.cacheFolder);

    const auto cold = RegisterReader::read(fixture(), o);
    YTTRA_VERIFY_OK(cold);
    QVERIFY(QFileInfo::exists(cacheFile));
    const auto warm = RegisterReader::read(fixture(), o);
    YTTRA_VERIFY_OK(warm);
    QCOMPARE(warm.value(), cold.value());

    QVERIFY(QFile::remove(cacheFile));
    const auto deleted = RegisterReader::read(fixture(), o);
    YTTRA_VERIFY_OK(deleted);
    QCOMPARE(deleted.value(), cold.value());

    // A damaged cache is no cache.
    QFile damaged(cacheFile);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("\xa1\x66"
                  "format");
    damaged.close();
    const auto afterDamage = RegisterReader::read(fixture(), o);
    YTTRA_VERIFY_OK(afterDamage);
    QCOMPARE(afterDamage.value(), cold.value());

    RegisterReader::Options without = o;
    without.useCache = false;
    const auto uncached = RegisterReader::read(fixture(), without);
    YTTRA_VERIFY_OK(uncached);
    QCOMPARE(uncached.value(), cold.value());
    QCOMPARE(cold.value(), m_register);
}

void TestRegister::staleCacheIsNotUsed()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(fixture(), dir.path()));
    YTTRA_VERIFY_OK(RegisterReader::read(dir.path(), options())); // fills the cache

    // The follow-up now reports the overdue measure done: same size, a new time.
    const QString path = dir.filePath(u"kommunstyrelsen/2025/it-sakerhet-uppfoljning.yttrande"_s);
    QByteArray bytes = test::readFile(path);
    const qsizetype at = bytes.indexOf("\"status\": \"ongoing\"");
    QVERIFY(at > 0);
    bytes.replace(at, 19, "\"status\": \"done\"   ");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.flush());
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();

    const auto read = RegisterReader::read(dir.path(), options());
    YTTRA_VERIFY_OK(read);
    const RegisterEntry *entry
        = findEntry(read.value(), u"kommunstyrelsen/2024/it-sakerhet-forsta.yttrande"_s, u"r2"_s);
    QVERIFY(entry);
    QCOMPARE(stateName(entry->state), u"done"_s);
}

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/savefile.h"
#include "format/jsontext.h"
#include "session/localsystem.h"
#include "session/lockfile.h"
#include "testhelpers.h"

#include <QCborMap>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace yttra::test {
inline QString describe(const LockError &error)
{
    return error.message;
}
} // namespace yttra::test

namespace {

// The id of a process that has just ended: a child that exits at once, reaped.
qint64 deadProcessId()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

// A lock as another Yttra would have written it.
void writeLock(const QString &documentPath, const QString &user, const QString &host, qint64 pid)
{
    const QByteArray bytes = JsonText::serialize(QCborMap{{u"format"_s, u"yttra-lock"_s},
                                                          {u"user"_s, user},
                                                          {u"name"_s, u"Bo Ek"_s},
                                                          {u"host"_s, host},
                                                          {u"pid"_s, pid},
                                                          {u"time"_s, u"2024-05-02T10:14:00+02:00"_s}});
    YTTRA_VERIFY_OK(SaveFile::write(LockFile::lockPath(documentPath), bytes));
}

} // namespace

class TestLockFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lockBesideTheDocument();
    void acquireAndRelease();
    void someoneElsesLockIsReported();
    void staleLockDetectedAndTakenOver();
    void otherHostsLockIsNeverStale();
    void openAnywayReplacesTheLock();
    void releaseLeavesAnotherOwnersLock();
    void unreadableLockIsSomeone();
    void hasItOpenSaysWhoWhereAndWhen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_document;
};

void TestLockFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_document = m_dir->filePath(u"IT-säkerhet.yttrande"_s);
    YTTRA_VERIFY_OK(SaveFile::write(m_document, "{}"));
}

void TestLockFile::lockBesideTheDocument()
{
    QCOMPARE(LockFile::lockPath(m_document), m_dir->filePath(u".~lock.IT-säkerhet.yttrande#"_s));
}

void TestLockFile::acquireAndRelease()
{
    QVERIFY(!LockFile::owner(m_document));
    {
        LockFile lock(m_document);
        YTTRA_VERIFY_OK(lock.acquire());
        QVERIFY(lock.isHeld());
        QVERIFY(QFileInfo::exists(lock.lockPath()));
        YTTRA_VERIFY_OK(lock.acquire()); // held already: nothing to do

        const auto owner = LockFile::owner(m_document);
        QVERIFY(owner);
        QCOMPARE(owner->user, LocalSystem::loginName());
        QCOMPARE(owner->host, LocalSystem::hostName());
        QCOMPARE(owner->pid, LocalSystem::processId());
        QVERIFY(owner->since.isValid());
        QVERIFY(qAbs(owner->since.secsTo(QDateTime::currentDateTime())) < 60);
        QVERIFY(!owner->stale);

        // The same document opened a second time, in this very process: locked.
        LockFile second(m_document);
        QVERIFY(!second.acquire().ok());

        YTTRA_VERIFY_OK(lock.release());
        QVERIFY(!lock.isHeld());
        QVERIFY(!QFileInfo::exists(lock.lockPath()));
        YTTRA_VERIFY_OK(lock.acquire());
    }
    // Released on destruction.
    QVERIFY(!QFileInfo::exists(LockFile::lockPath(m_document)));
}

void TestLockFile::someoneElsesLockIsReported()
{
    // Someone on another machine (whose process cannot be checked from here).
    writeLock(m_document, u"bo"_s, u"ws-12.kommun.example"_s, 4242);
    LockFile lock(m_document);
    const auto acquired = lock.acquire(LockFile::Takeover::IfStale);
    QVERIFY(!acquired.ok());
    const LockError &error = acquired.error();
    QCOMPARE(error.kind, LockError::Kind::Locked);
    QCOMPARE(error.owner.user, u"bo"_s);
    QCOMPARE(error.owner.fullName, u"Bo Ek"_s);
    QCOMPARE(error.owner.host, u"ws-12.kommun.example"_s);
    QCOMPARE(error.owner.since, QDateTime::fromString(u"2024-05-02T10:14:00+02:00"_s, Qt::ISODate));
    QVERIFY(!error.owner.stale);
    QVERIFY2(error.message.contains(u"Bo Ek (bo)"_s) && error.message.contains(u"ws-12.kommun.example"_s),
             qPrintable(error.message));
    QVERIFY(!lock.isHeld());
    // Their lock is untouched.
    QCOMPARE(LockFile::owner(m_document)->user, u"bo"_s);
}

void TestLockFile::staleLockDetectedAndTakenOver()
{
    const qint64 dead = deadProcessId();
    QCOMPARE(LocalSystem::processState(dead), LocalSystem::ProcessState::Gone);
    writeLock(m_document, u"anna"_s, LocalSystem::hostName(), dead);

    const auto owner = LockFile::owner(m_document);
    QVERIFY(owner);
    QVERIFY(owner->stale);

    LockFile lock(m_document);
    // Only when asked to: the GUI may want to say so first.
    const auto refused = lock.acquire();
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().owner.stale);
    YTTRA_VERIFY_OK(lock.acquire(LockFile::Takeover::IfStale));
    QVERIFY(lock.isHeld());
    QCOMPARE(LockFile::owner(m_document)->pid, LocalSystem::processId());
}

void TestLockFile::otherHostsLockIsNeverStale()
{
    // The same dead id means nothing on another machine.
    writeLock(m_document, u"anna"_s, u"other-host.example"_s, deadProcessId());
    QVERIFY(!LockFile::owner(m_document)->stale);
    LockFile lock(m_document);
    QVERIFY(!lock.acquire(LockFile::Takeover::IfStale).ok());

    // A live process on this machine is not stale either.
    writeLock(m_document, u"anna"_s, LocalSystem::hostName(), getppid());
    QVERIFY(!LockFile::owner(m_document)->stale);
}

void TestLockFile::openAnywayReplacesTheLock()
{
    writeLock(m_document, u"bo"_s, u"ws-12.kommun.example"_s, 4242);
    LockFile lock(m_document);
    YTTRA_VERIFY_OK(lock.acquire(LockFile::Takeover::Always));
    QCOMPARE(LockFile::owner(m_document)->user, LocalSystem::loginName());
}

void TestLockFile::releaseLeavesAnotherOwnersLock()
{
    LockFile lock(m_document);
    YTTRA_VERIFY_OK(lock.acquire());
    // Someone opened it anyway and put their lock in place of ours.
    writeLock(m_document, u"bo"_s, u"ws-12.kommun.example"_s, 4242);
    YTTRA_VERIFY_OK(lock.release());
    QVERIFY(!lock.isHeld());
    QCOMPARE(LockFile::owner(m_document)->user, u"bo"_s);
}

void TestLockFile::unreadableLockIsSomeone()
{
    // LibreOffice's own format, or a lock still being written.
    YTTRA_VERIFY_OK(SaveFile::write(LockFile::lockPath(m_document), ",Bo Ek,ws-12,02.05.2024 10:14,file:///home/bo/.config;"));
    const auto owner = LockFile::owner(m_document);
    QVERIFY(owner);
    QVERIFY(owner->unknown);
    QVERIFY(!owner->stale);
    LockFile lock(m_document);
    const auto refused = lock.acquire(LockFile::Takeover::IfStale);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, LockError::Kind::Locked);
}

void TestLockFile::hasItOpenSaysWhoWhereAndWhen()
{
    // The sentence a read-only document gives as its reason: the name people know, the
    // machine, and the date only when it is not today.
    writeLock(m_document, u"bo"_s, u"ws-12.kommun.example"_s, 4242);
    const QString earlier = LockFile::owner(m_document)->hasItOpen();
    QVERIFY2(earlier.startsWith(u"Bo Ek has the file open on ws-12.kommun.example since "_s), qPrintable(earlier));
    QVERIFY2(!earlier.contains(u"(bo)"_s), qPrintable(earlier));
    QVERIFY2(earlier.contains(QLocale().toString(QDate(2024, 5, 2), QLocale::ShortFormat)), qPrintable(earlier));

    LockOwner today;
    today.user = u"kalle"_s;
    today.fullName = u"Kalle Anka"_s;
    today.host = u"DATOR"_s;
    today.since = QDateTime(QDate::currentDate(), QTime(9, 30));
    QCOMPARE(today.hasItOpen(), u"Kalle Anka has the file open on DATOR since %1."_s.arg(QLocale().toString(QTime(9, 30), QLocale::ShortFormat)));

    LockOwner someone;
    someone.unknown = true;
    QVERIFY(someone.hasItOpen().startsWith(u"Someone has the file open"_s));
}

QTEST_GUILESS_MAIN(TestLockFile)
#include "tst_lockfile.moc"

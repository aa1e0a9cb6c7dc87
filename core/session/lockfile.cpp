// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/lockfile.h"

#include "format/jsontext.h"
#include "session/localsystem.h"

#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr qint64 maxLockSize = 64 * 1024; // a lock file is a few lines

// How long a lock file may be empty while its writer fills it.
constexpr qint64 emptyLockGraceSeconds = 10;

std::optional<QByteArray> readLock(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(maxLockSize);
}

LockOwner parseOwner(const QByteArray &bytes)
{
    LockOwner owner;
    const auto parsed = JsonText::parse(bytes);
    const QCborMap map = parsed ? parsed.value().toMap() : QCborMap();
    if (map.value(u"format"_s).toString() != u"yttra-lock") {
        owner.unknown = true;
        return owner;
    }
    owner.user = map.value(u"user"_s).toString();
    owner.fullName = map.value(u"name"_s).toString();
    owner.host = map.value(u"host"_s).toString();
    owner.pid = map.value(u"pid"_s).toInteger();
    owner.since = QDateTime::fromString(map.value(u"time"_s).toString(), Qt::ISODate);
    // Only a process on this machine can be checked; anywhere else it may well run.
    owner.stale = !owner.host.isEmpty() && owner.host.compare(LocalSystem::hostName(), Qt::CaseInsensitive) == 0
                  && LocalSystem::processState(owner.pid) == LocalSystem::ProcessState::Gone;
    return owner;
}

QByteArray ourLock()
{
    const QDateTime now = QDateTime::currentDateTime();
    return JsonText::serialize(QCborMap{{u"format"_s, u"yttra-lock"_s},
                                        {u"user"_s, LocalSystem::loginName()},
                                        {u"name"_s, LocalSystem::fullName()},
                                        {u"host"_s, LocalSystem::hostName()},
                                        {u"pid"_s, LocalSystem::processId()},
                                        {u"time"_s, now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate)}});
}

} // namespace

QString LockOwner::text() const
{
    if (unknown)
        return LockFile::tr("someone (the lock file does not say who)");
    const QString who = fullName.isEmpty() ? user : u"%1 (%2)"_s.arg(fullName, user);
    const QString when = since.isValid() ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat) : LockFile::tr("an unknown time");
    return LockFile::tr("%1 on %2 since %3").arg(who, host, when);
}

QString LockOwner::hasItOpen() const
{
    if (unknown)
        return LockFile::tr("Someone has the file open; the lock file does not say who.");
    const QString who = fullName.isEmpty() ? user : fullName;
    if (!since.isValid())
        return LockFile::tr("%1 has the file open on %2.").arg(who, host);
    // Someone who opened it this morning is told by the time alone, as people say it.
    const QDateTime local = since.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                              : QLocale().toString(local, QLocale::ShortFormat);
    return LockFile::tr("%1 has the file open on %2 since %3.").arg(who, host, when);
}

LockFile::LockFile(const QString &documentPath) : m_documentPath(documentPath), m_lockPath(lockPath(documentPath)) {}

LockFile::~LockFile()
{
    const auto released = release();
    Q_UNUSED(released); // nobody left to tell; a lock we cannot remove goes stale
}

QString LockFile::lockPath(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.dir().filePath(u".~lock."_s + info.fileName() + u'#');
}

std::optional<LockOwner> LockFile::owner(const QString &documentPath)
{
    const auto bytes = readLock(lockPath(documentPath));
    if (!bytes)
        return std::nullopt;
    return parseOwner(*bytes);
}

Result<void, LockError> LockFile::acquire(Takeover takeover)
{
    if (m_held)
        return {};
    auto cannotWrite = [this](const QString &reason) {
        return Result<void, LockError>::failure(
            {LockError::Kind::CannotWrite, {}, tr("the lock file %1 cannot be written: %2").arg(m_lockPath, reason)});
    };
    // Twice at most: once more after taking over a lock, which another may win in between.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(m_lockPath);
        // NewOnly (O_EXCL): of two people opening at the same moment, exactly one creates it.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const QByteArray bytes = ourLock();
            if (file.write(bytes) != bytes.size() || !file.flush()) {
                const QString reason = file.errorString();
                file.close();
                file.remove();
                return cannotWrite(reason);
            }
            file.close();
            m_written = bytes;
            m_held = true;
            return {};
        }
        const QString reason = file.errorString();
        const auto existing = readLock(m_lockPath);
        if (!existing) {
            if (QFileInfo::exists(m_lockPath))
                return cannotWrite(reason);
            continue; // released in the meantime
        }
        LockOwner owner = parseOwner(*existing);
        // An empty lock is one whose writer died between creating and filling it (a kill, a
        // power cut): nobody holds it, yet nobody could ever be asked. A writer fills it at
        // once, so one left empty for seconds is stale.
        if (owner.unknown && existing->isEmpty()
            && QFileInfo(m_lockPath).lastModified().secsTo(QDateTime::currentDateTime()) > emptyLockGraceSeconds)
            owner.stale = true;
        const bool replace = takeover == Takeover::Always || (takeover == Takeover::IfStale && owner.stale);
        if (!replace || attempt > 0) {
            const QString message = owner.stale ? tr("%1 was left locked by %2, whose program is no longer running")
                                                : tr("%1 is being edited by %2");
            return Result<void, LockError>::failure(
                {LockError::Kind::Locked, owner, message.arg(QFileInfo(m_documentPath).fileName(), owner.text())});
        }
        // Remove only the lock we judged: if it changed meanwhile, the next round looks again.
        if (readLock(m_lockPath) == existing && !QFile::remove(m_lockPath) && QFileInfo::exists(m_lockPath))
            return cannotWrite(tr("the old lock cannot be removed"));
    }
    return cannotWrite(tr("another program keeps locking it"));
}

Result<void, FileError> LockFile::release()
{
    if (!m_held)
        return {};
    m_held = false;
    // Someone who opened it anyway may have replaced our lock with theirs: leave that.
    if (readLock(m_lockPath) != m_written)
        return {};
    QFile file(m_lockPath);
    if (!file.remove()) {
        return Result<void, FileError>::failure(
            {FileError::Kind::CannotWrite, m_lockPath, QString(), tr("the lock cannot be removed: %1").arg(file.errorString())});
    }
    return {};
}

} // namespace yttra

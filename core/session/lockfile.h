// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace yttra {

/// Who holds a document's lock, as its lock file says.
struct LockOwner
{
    QString user;     // login name
    QString fullName; // may be empty
    QString host;
    qint64 pid = 0;
    QDateTime since;
    /// The lock file could not be read (being written, or not ours): someone holds it,
    /// nobody knows who.
    bool unknown = false;
    /// Left behind: the owner ran on this machine and its process is gone.
    bool stale = false;

    /// For a message: "Anna Berg (anna) on ws-12 since 2024-05-02 10:14".
    QString text() const;
    /// Why a document opened beside this owner is read-only, as a sentence: "Anna Berg has
    /// the file open on ws-12 since 10:14." (with the date when it is not today).
    QString hasItOpen() const;
};

/// Why a lock could not be taken.
struct LockError
{
    enum class Kind { Locked, CannotWrite };

    Kind kind = Kind::Locked;
    LockOwner owner; // for Locked: who holds it
    QString message;
};

/// The lock beside a document on a shared drive (".~lock.<file name>#", as LibreOffice
/// does), holding who opened it, where and when (JSON). The editor acquires it on opening;
/// a document locked by someone else reports the owner, so the user can open it read-only,
/// anyway, or not at all. A lock left by a process that is gone from this machine is stale
/// and may be taken over; a lock from another machine never is, since its process cannot
/// be checked from here. Releasing removes only the lock this object wrote.
class LockFile
{
    Q_DECLARE_TR_FUNCTIONS(LockFile)

public:
    enum class Takeover {
        Never,   // someone else's lock, stale or not, is an error
        IfStale, // a stale lock is replaced by ours
        Always,  // "open anyway": any lock is replaced by ours
    };

    explicit LockFile(const QString &documentPath);
    ~LockFile(); // releases
    LockFile(const LockFile &) = delete;
    LockFile &operator=(const LockFile &) = delete;

    static QString lockPath(const QString &documentPath);
    /// The current owner of a document's lock, or nothing if it is not locked.
    static std::optional<LockOwner> owner(const QString &documentPath);

    Result<void, LockError> acquire(Takeover takeover = Takeover::Never);
    /// Removes the lock if it is still the one this object wrote.
    Result<void, FileError> release();
    bool isHeld() const { return m_held; }

    QString documentPath() const { return m_documentPath; }
    QString lockPath() const { return m_lockPath; }

private:
    QString m_documentPath;
    QString m_lockPath;
    QByteArray m_written; // what we wrote, to recognise our own lock
    bool m_held = false;
};

} // namespace yttra

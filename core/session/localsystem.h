// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yttra {

/// Who and where this process runs: the user, the machine and the process, and whether
/// another process on this machine still runs. Settings take the user's name from here,
/// and lock and recovery files record it so a later process can tell a live owner from a
/// crashed one.
class LocalSystem
{
public:
    enum class ProcessState { Running, Gone, Unknown };

    /// The login name ("anna"); never empty ("user" when the system names nobody).
    static QString loginName();
    /// The user's full name from the password database ("Anna Berg"), or empty.
    static QString fullName();
    static QString hostName();
    static qint64 processId();
    /// Whether a process with this id runs on this machine. Gone only when the system says
    /// so (ESRCH): a process we may not signal still runs, and a bad id is Unknown.
    static ProcessState processState(qint64 pid);
};

} // namespace yttra

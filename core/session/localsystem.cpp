// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/localsystem.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// getpwuid() shares one static buffer between threads; the _r variant does not.
template <typename Use>
auto withPasswordEntry(Use use) -> decltype(use(static_cast<const passwd *>(nullptr)))
{
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? static_cast<std::size_t>(size) : 16384);
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) != 0)
        found = nullptr;
    return use(found);
}

} // namespace

QString LocalSystem::loginName()
{
    QString name = withPasswordEntry([](const passwd *entry) {
        return entry && entry->pw_name ? QString::fromLocal8Bit(entry->pw_name) : QString();
    });
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return name.isEmpty() ? u"user"_s : name;
}

QString LocalSystem::fullName()
{
    // The GECOS field: "Full Name,Room,Work phone,Home phone,Other"; only the name matters.
    return withPasswordEntry([](const passwd *entry) {
        if (!entry || !entry->pw_gecos)
            return QString();
        return QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).trimmed();
    });
}

QString LocalSystem::hostName()
{
    return QSysInfo::machineHostName();
}

qint64 LocalSystem::processId()
{
    return QCoreApplication::applicationPid();
}

LocalSystem::ProcessState LocalSystem::processState(qint64 pid)
{
    // pid_t is an int: an id beyond it, zero or negative (a process group) names no process.
    if (pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return ProcessState::Unknown;
    if (::kill(static_cast<pid_t>(pid), 0) == 0)
        return ProcessState::Running;
    switch (errno) {
    case ESRCH: return ProcessState::Gone;
    case EPERM: return ProcessState::Running; // another user's process
    default: return ProcessState::Unknown;
    }
}

} // namespace yttra

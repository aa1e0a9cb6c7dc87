// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

// Shared by the tests that need a forked child: to lose root's power over file permissions
// (CI runs as root), or to set a file-size limit without affecting the test itself.

namespace yttra::test {

inline constexpr uid_t nobody = 65534;

/// What a forked child found out. Test macros cannot run in a child (a failure there would
/// be reported by a process about to vanish), so it reports a line of text through a pipe.
struct ChildOutcome
{
    bool exited = false; // normally, with status 0
    QString report;
};

/// Runs `body` in a forked child, as the user nobody when `unprivileged` and we are root.
inline ChildOutcome runInChild(const std::function<QString()> &body, bool unprivileged)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return {false, QStringLiteral("pipe() failed")};
    const pid_t pid = ::fork();
    if (pid < 0)
        return {false, QStringLiteral("fork() failed")};
    if (pid == 0) {
        ::close(fds[0]);
        QString report;
        if (unprivileged && ::geteuid() == 0
            && (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)) {
            report = QStringLiteral("setup: cannot become nobody");
        } else {
            report = body();
        }
        const QByteArray bytes = report.toUtf8();
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(fds[1], bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        ::_exit(0); // not exit(): the test framework's clean-up belongs to the parent
    }
    ::close(fds[1]);
    QByteArray bytes;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0)
        bytes.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return {WIFEXITED(status) && WEXITSTATUS(status) == 0, QString::fromUtf8(bytes)};
}

} // namespace yttra::test

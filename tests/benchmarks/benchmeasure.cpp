// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmeasure.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace yttra::bench {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

ProcessRun measureProcess(const QStringList &command, const QStringList &extraEnvironment)
{
    ProcessRun result;
    if (command.isEmpty())
        return result;
    std::vector<QByteArray> storage;
    for (const QString &part : command)
        storage.push_back(QFile::encodeName(part));
    std::vector<char *> argv;
    for (QByteArray &part : storage)
        argv.push_back(part.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> environmentStorage;
    for (char **e = environ; *e; ++e)
        environmentStorage.emplace_back(*e);
    for (const QString &e : extraEnvironment)
        environmentStorage.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : environmentStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    int status = 0;
    rusage usage{};
    if (::wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    result.peakMegabytes = static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return result;
}

ProcessSummary measureProcesses(int runs, const QStringList &command, const QStringList &extraEnvironment)
{
    ProcessSummary summary;
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun run = measureProcess(command, extraEnvironment);
        summary.ok = summary.ok && run.ok;
        seconds.push_back(run.seconds);
        summary.peakMegabytes = std::max(summary.peakMegabytes, run.peakMegabytes);
    }
    summary.medianSeconds = median(std::move(seconds));
    return summary;
}

} // namespace yttra::bench

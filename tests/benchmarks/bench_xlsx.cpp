// SPDX-License-Identifier: GPL-3.0-or-later
// The Excel export as a user runs it: the whole process `yttra-cli export FILE --xlsx OUT`
// on a generated statement with 100 items and 1,000 measures. Prints the median wall time
// and the largest peak memory (the child's ru_maxrss from wait4()) over several runs, with
// the targets (under 0.3 s, under 100 MB); read by a person, not asserted.

#include "generatedstatement.h"
#include "statementfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

struct Run
{
    bool ok = false;
    double seconds = 0;
    long peakKiB = 0;
};

// One run of the command with its output thrown away; the time includes start-up.
Run runOnce(const QList<QByteArray> &arguments)
{
    std::vector<char *> argv;
    for (const QByteArray &a : arguments)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);

    Run run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (::wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run.peakKiB = usage.ru_maxrss; // kilobytes on Linux
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int items = 100;
    const int measures = 1000;
    const int runs = 11;

    QTemporaryDir dir;
    const QString input = dir.filePath(u"large.yttrande"_s);
    const QString output = dir.filePath(u"large.xlsx"_s);
    if (auto saved = StatementFile::save(bench::generatedStatement(items, measures), input); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().text()));
        return 1;
    }
    const QList<QByteArray> command{QByteArrayLiteral(YTTRA_CLI), "export", QFile::encodeName(input), "--xlsx",
                                    QFile::encodeName(output)};

    std::vector<double> times;
    long peak = 0;
    runOnce(command); // warm the file cache; not counted
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(command);
        if (!run.ok) {
            std::fprintf(stderr, "yttra-cli export failed during the benchmark\n");
            return 1;
        }
        times.push_back(run.seconds);
        peak = std::max(peak, run.peakKiB);
    }
    std::sort(times.begin(), times.end());

    std::printf("statement: %d items, %d measures, %lld bytes; workbook: %lld bytes\n", items, measures,
                static_cast<long long>(QFileInfo(input).size()), static_cast<long long>(QFileInfo(output).size()));
    std::printf("yttra-cli export --xlsx: median %.3f s (min %.3f, max %.3f) over %d runs (target < 0.3 s)\n",
                times[times.size() / 2], times.front(), times.back(), runs);
    std::printf("peak memory: %.1f MB (target < 100 MB)\n", static_cast<double>(peak) / 1024.0);
    return 0;
}

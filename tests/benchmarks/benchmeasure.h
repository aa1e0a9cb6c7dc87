// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the benchmarks measure: the median of repeated runs, in process or as whole processes.

#include <QElapsedTimer>
#include <QStringList>

#include <utility>
#include <vector>

namespace yttra::bench {

/// The middle value (the upper of the two middles for an even count; 0 for none): the figure
/// every benchmark prints, since one slow run on a busy machine must not move it.
double median(std::vector<double> values);

/// Runs `f` `runs` times and returns the median wall time of one run, in milliseconds.
template <typename F>
double medianMilliseconds(int runs, F f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(std::move(times));
}

/// One whole-process run, as measureProcess() saw it.
struct ProcessRun
{
    bool ok = false; ///< started, and ended with exit code 0
    double seconds = 0;
    double peakMegabytes = 0;
};

/// Runs `command` (the program, found on PATH when not a path, then its arguments) to its end
/// and measures it as a user would see it: wall time including start-up, and the child's own
/// peak resident memory from wait4(). Its output goes to /dev/null; `extraEnvironment`
/// ("NAME=value") is added to this process's environment.
ProcessRun measureProcess(const QStringList &command, const QStringList &extraEnvironment = {});

/// `runs` whole-process runs of one command, as measureProcesses() sums them up.
struct ProcessSummary
{
    bool ok = true; ///< every run ok
    double medianSeconds = 0;
    double peakMegabytes = 0; ///< the largest peak of the runs
};

/// Runs `command` `runs` times with measureProcess(): the median wall time and the largest
/// peak memory.
ProcessSummary measureProcesses(int runs, const QStringList &command, const QStringList &extraEnvironment = {});

} // namespace yttra::bench

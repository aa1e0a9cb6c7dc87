// SPDX-License-Identifier: GPL-3.0-or-later
// The Excel export as a user runs it: the whole process `yttra-cli export FILE --xlsx OUT`
// on a generated statement with 100 items and 1,000 measures. Prints the median wall time
// and the largest peak memory (the child's ru_maxrss from wait4()) over several runs, with
// the targets (under 0.3 s, under 100 MB); read by a person, not asserted.

#include "benchmeasure.h"
#include "generatedstatement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace yttra;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int items = 100;
    const int measures = 1000;
    const int runs = 11;

    QTemporaryDir dir;
    const QString input = dir.filePath(u"large.yttrande"_s);
    const QString output = dir.filePath(u"large.xlsx"_s);
    if (!bench::saveStatement(bench::generatedStatement(items, measures), input))
        return 1;
    const QStringList command{QStringLiteral(YTTRA_CLI), u"export"_s, input, u"--xlsx"_s, output};

    std::vector<double> times;
    double peak = 0;
    bench::measureProcess(command); // warm the file cache; not counted
    for (int i = 0; i < runs; ++i) {
        const bench::ProcessRun run = bench::measureProcess(command);
        if (!run.ok) {
            std::fprintf(stderr, "yttra-cli export failed during the benchmark\n");
            return 1;
        }
        times.push_back(run.seconds);
        peak = std::max(peak, run.peakMegabytes);
    }
    const auto [fastest, slowest] = std::minmax_element(times.begin(), times.end());

    std::printf("statement: %d items, %d measures, %lld bytes; workbook: %lld bytes\n", items, measures,
                static_cast<long long>(QFileInfo(input).size()), static_cast<long long>(QFileInfo(output).size()));
    std::printf("yttra-cli export --xlsx: median %.3f s (min %.3f, max %.3f) over %d runs (target < 0.3 s)\n",
                bench::median(times), *fastest, *slowest, runs);
    std::printf("peak memory: %.1f MB (target < 100 MB)\n", peak);
    return 0;
}

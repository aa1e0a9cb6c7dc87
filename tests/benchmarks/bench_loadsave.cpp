// SPDX-License-Identifier: GPL-3.0-or-later
// Load and save of a large statement (100 items, 300 measures), as the foundation issue
// asks: prints figures; the target (under 20 ms each) is read by a person, not asserted,
// so a busy machine cannot make the test suite flaky.

#include "benchmeasure.h"
#include "format/statementfile.h"
#include "generatedstatement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace yttra;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int items = 100;
    const int measures = 300;
    const int runs = 30;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.yttrande"_s);
    const Statement statement = bench::generatedStatement(items, measures);
    if (!bench::saveStatement(statement, path))
        return 1;

    bool ok = true;
    const double load = bench::medianMilliseconds(runs, [&] { ok = ok && StatementFile::load(path).ok(); });
    const double save = bench::medianMilliseconds(runs, [&] { ok = ok && StatementFile::save(statement, path).ok(); });
    if (!ok) {
        std::fprintf(stderr, "load or save failed during the benchmark\n");
        return 1;
    }

    std::printf("statement: %d items, %d measures, %lld bytes\n", items, measures, static_cast<long long>(QFileInfo(path).size()));
    std::printf("load: median %.2f ms over %d runs (target < 20 ms)\n", load, runs);
    std::printf("save: median %.2f ms over %d runs (target < 20 ms)\n", save, runs);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The register of a shared drive's folder: 2,000 statement files (1,000 audits, each a first
// statement and its follow-up, 10 items and 10 measures each: 20,000 items) in subfolders per
// board and year. Prints the seconds cold (no cache) and warm (the cache of the previous run);
// the targets (at most 3 s cold, 1 s warm) are read by a person, not asserted.

#include "benchmeasure.h"
#include "format/statementfile.h"
#include "generatedstatement.h"
#include "model/followup.h"
#include "register/registerreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

const QStringList boards
    = { u"Kommunstyrelsen"_s, u"Servicenämnden"_s, u"Miljönämnden"_s, u"Kulturnämnden"_s, u"Tekniska nämnden"_s,
          u"Socialnämnden"_s, u"Utbildningsnämnden"_s, u"Fritidsnämnden"_s, u"Byggnadsnämnden"_s, u"Valnämnden"_s };

bool generate(const QString &root, int audits)
{
    const Statement model = bench::generatedStatement(10, 10);
    for (int a = 0; a < audits; ++a) {
        Statement first = model;
        const int year = 2020 + a % 5;
        first.board = boards.at(a % boards.size());
        first.audit.reference = u"KR-%1/%2"_s.arg(year).arg(a, 4, 10, QLatin1Char('0'));
        first.audit.title = u"Granskning nummer %1"_s.arg(a);
        first.date = u"%1-03-01"_s.arg(year);
        for (Item &item : first.items)
            item.addressedTo = first.board;
        auto derived = FollowUp::derive(first, first.date, u"%1-01-31"_s.arg(year + 1));
        if (!derived) {
            std::fprintf(stderr, "%s\n", qPrintable(derived.error()));
            return false;
        }
        Statement followUp = derived.value();
        followUp.date = u"%1-02-15"_s.arg(year + 1);
        for (int m = 0; m < followUp.measures.size(); ++m)
            followUp.measures[m].status = m % 3 == 0 ? MeasureStatus::Done : MeasureStatus::Ongoing;
        const QString folder = root + u'/' + first.board + u'/' + QString::number(year);
        if (!QDir().mkpath(folder))
            return false;
        const QString name = u"granskning-%1"_s.arg(a, 4, 10, QLatin1Char('0'));
        if (!bench::saveStatement(first, folder + u'/' + name + u"-forsta.yttrande"_s)
            || !bench::saveStatement(followUp, folder + u'/' + name + u"-uppfoljning.yttrande"_s))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int audits = 1000;
    const int runs = 5;

    QTemporaryDir folder;
    QTemporaryDir cacheRoot;
    if (!generate(folder.path(), audits))
        return 1;

    RegisterReader::Options options;
    options.today = QDate(2025, 6, 15);
    bool ok = true;
    Register last;
    int cold = 0;
    const double coldMs = bench::medianMilliseconds(runs, [&] {
        options.cacheFolder = cacheRoot.filePath(u"cold-%1"_s.arg(cold++)); // empty every time
        auto read = RegisterReader::read(folder.path(), options);
        ok = ok && read.ok();
        if (read)
            last = read.value();
    });
    const Register coldRegister = last;
    // The cache of the last cold run is the warm runs' cache.
    const double warmMs = bench::medianMilliseconds(runs, [&] {
        auto read = RegisterReader::read(folder.path(), options);
        ok = ok && read.ok() && read.value() == coldRegister;
    });
    RegisterReader::Options oneThread = options;
    oneThread.useCache = false;
    oneThread.threads = 1;
    const double singleMs
        = bench::medianMilliseconds(runs, [&] { ok = ok && RegisterReader::read(folder.path(), oneThread).ok(); });
    if (!ok) {
        std::fprintf(stderr, "the register failed, or the warm register differs from the cold one\n");
        return 1;
    }
    qint64 bytes = 0;
    QDirIterator it(folder.path(), { u"*.yttrande"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        bytes += it.nextFileInfo().size();
    std::printf("statements: %.1f MB in all\n", static_cast<double>(bytes) / 1e6);
    QFile cache(RegisterReader::cacheFile(folder.path(), options.cacheFolder));
    std::printf("folder: %d statement files, %lld entries, %lld problems, %lld joins; %d threads\n",
        coldRegister.statementCount, static_cast<long long>(coldRegister.entries.size()),
        static_cast<long long>(coldRegister.problems.size()), static_cast<long long>(coldRegister.joins.size()),
        QThread::idealThreadCount());
    bytes = cache.size();
    std::printf("cache: %.1f MB\n", static_cast<double>(bytes) / 1e6);
    std::printf("cold (no cache): median %.3f s over %d runs (target <= 3 s)\n", coldMs / 1000, runs);
    std::printf("cold, one thread: median %.3f s over %d runs\n", singleMs / 1000, runs);
    std::printf("warm (cache): median %.3f s over %d runs (target <= 1 s)\n", warmMs / 1000, runs);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// How accurately the importer reads real-shaped audit reports (issue 15, step 6): every report
// of tests/data/reports imported through the real importer, from its text and from its PDF;
// the items found matched to the ones written down by hand (by a distinctive phrase, whitespace
// and hyphenation ignored). Prints per report and input: recall, precision, items addressed to
// the right boards, due dates found and right, the letter's boards accepted; then the totals
// for text, for PDF and for both, and what was missed or found wrongly. Asserts nothing: the
// test tst_importaccuracy holds the importer to its figures.
//
// bench_importaccuracy [REPORT...]   only these reports (folder names)
// bench_importaccuracy --floors      also print each report's figures as the JSON "floors"
//                                     member its expected.json keeps for the test

#include "../importaccuracy.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace yttra;
using namespace yttra::accuracy;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

QJsonObject floorOf(const Score &s)
{
    // Rounded down to a tenth of a percent, so the floor never sits above what was measured.
    const auto down = [](double v) { return std::floor(v * 1000.0) / 1000.0; };
    return {{u"recall"_s, down(s.recall())},
            {u"precision"_s, down(s.precision())},
            {u"boardsRight"_s, s.boardsRight},
            {u"dueRight"_s, s.dueRight},
            {u"boardsAccepted"_s, s.boardsAccepted}};
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF reader needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList only = app.arguments().mid(1);
    const bool floors = only.removeAll(u"--floors"_s) > 0;

    QStringList errors;
    const QList<ExpectedReport> corpus = readCorpus(QStringLiteral(YTTRA_TEST_DATA "/reports"), &errors);
    for (const QString &e : errors)
        print(u"error: "_s + e);

    QMap<QString, Score> totals;
    Score all;
    int reports = 0;
    for (const ExpectedReport &report : corpus) {
        if (!only.isEmpty() && !only.contains(report.name))
            continue;
        ++reports;
        print(u"%1 (%2, %3)"_s.arg(report.name, report.municipality, report.firm));
        QJsonObject floor;
        for (const InputKind input : {InputKind::Text, InputKind::Pdf}) {
            const Score s = score(report, input);
            totals[inputName(input)].add(s);
            all.add(s);
            floor.insert(inputName(input), floorOf(s));
            if (!s.imported) {
                print(u"  %1: not imported: %2"_s.arg(inputName(input), s.error));
                continue;
            }
            print(u"  %1: %2"_s.arg(inputName(input), -4).arg(figures(s)));
            for (const QString &m : s.missed)
                print(u"      missed  "_s + m);
            for (const QString &e : s.extra)
                print(u"      extra   "_s + e);
            for (const QString &b : s.wrongBoards)
                print(u"      boards  "_s + b);
            for (const QString &d : s.wrongDueDates)
                print(u"      due     "_s + d);
        }
        if (floors)
            print(u"  \"floors\": "_s + QString::fromUtf8(QJsonDocument(floor).toJson(QJsonDocument::Compact)));
    }
    print(QString());
    print(u"Overall, %1 reports"_s.arg(reports));
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        print(u"  %1: %2"_s.arg(it.key(), -4).arg(figures(it.value())));
    print(u"  %1: %2"_s.arg(u"both"_s, -4).arg(figures(all)));
    print(u"Targets of issue 15: recall at least 98 %, precision at least 95 %."_s);
    return errors.isEmpty() ? 0 : 1;
}

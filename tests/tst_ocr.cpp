// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned reports read with text recognition: image-only PDFs made from the corpus
// (tests/data/reports) so that what the recognition must find is known.
#include "import/reportimporter.h"
#include "import/reportreader.h"
#include "importaccuracy.h"
#include "scannedpdf.h"
#include "testhelpers.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

// Its recommendations are on its third page, in sentences with å, ä and ö.
const QString reportName = u"hallefors-bolagsuppsikt"_s;

QString sourcePdf()
{
    return test::dataPath(u"reports/"_s + reportName + u"/report.pdf"_s);
}

QString pageText(const ReportPage &page)
{
    QStringList lines;
    for (const ReportLine &line : page.lines)
        lines.append(line.text);
    return lines.join(u' ').simplified();
}

QString allText(const QList<ReportPage> &pages)
{
    QStringList texts;
    for (const ReportPage &page : pages)
        texts.append(pageText(page));
    return texts.join(u' ');
}

QStringList recommendationTexts(const ImportedReport &report)
{
    QStringList texts;
    for (const ImportCandidate &c : report.candidates) {
        if (c.kind == ItemKind::Recommendation)
            texts.append(c.text);
    }
    return texts;
}

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recognisesEveryScannedPage();
    void readsSwedishLetters();
    void findsTheRecommendations();
    void marksTheItemsUncertain();
    void refusesWithoutOcr();
    void recognisesOnlyTheScannedPages();
    void commandLineRefusesWithoutOcr();
    void commandLineShowsProgress();

private:
    QTemporaryDir m_dir;
    QString m_scan;                 // the whole report, scanned
    QList<ReportPage> m_scanPages;  // as read from it, with recognition
    QList<int> m_progress;          // the pages the progress callback was called for
    QList<int> m_progressCounts;    // the page counts it was given
    ImportedReport m_scanned;       // the importer's findings from the scan
    ImportedReport m_original;      // ... and from the report with its text
};

void TestOcr::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scan = m_dir.filePath(u"scan.pdf"_s);
    const QString made = test::writeScanOf(
        sourcePdf(), {test::ScannedSheet::scan(0), test::ScannedSheet::scan(1), test::ScannedSheet::scan(2)}, m_scan);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    // Read once, the slow part, and analysed as the importer does; the tests look at the parts.
    ReadOptions options;
    options.recognizing = [this](int page, int pageCount) {
        m_progress.append(page);
        m_progressCounts.append(pageCount);
    };
    auto pages = ReportReader::read(m_scan, options);
    YTTRA_VERIFY_OK(pages);
    m_scanPages = pages.value();
    m_scanned = ReportImporter::analyse(m_scanPages);

    auto original = ReportImporter::import(sourcePdf());
    YTTRA_VERIFY_OK(original);
    m_original = original.value();
    QVERIFY(m_original.recognizedPages.isEmpty()); // the report itself has text on every page
}

void TestOcr::recognisesEveryScannedPage()
{
    QCOMPARE(m_scanPages.size(), 3);
    QCOMPARE(m_progress, (QList<int>{1, 2, 3}));
    QCOMPARE(m_progressCounts, (QList<int>{3, 3, 3}));
    for (const ReportPage &page : std::as_const(m_scanPages)) {
        QVERIFY2(!page.lines.isEmpty(), qPrintable(u"page %1 has no lines"_s.arg(page.number)));
        for (const ReportLine &line : page.lines) {
            QVERIFY2(line.recognized, qPrintable(line.text));
            // Boxes in points on an A4 page, not pixels.
            QVERIFY2(line.left >= 0 && line.right <= page.width + 1 && line.bottom <= page.height + 1,
                     qPrintable(u"%1: %2..%3, bottom %4"_s.arg(line.text).arg(line.left).arg(line.right).arg(line.bottom)));
            QVERIFY2(line.height > 4 && line.height < 40, qPrintable(u"%1: height %2"_s.arg(line.text).arg(line.height)));
        }
    }
    QCOMPARE(m_scanned.recognizedPages, (QList<int>{1, 2, 3}));
}

void TestOcr::readsSwedishLetters()
{
    auto original = ReportReader::read(sourcePdf());
    YTTRA_VERIFY_OK(original);
    const QString recognised = allText(m_scanPages);
    for (const QString &phrase : {u"rapporterar väsentliga risker i samband med delårsrapporten"_s,
                                  u"Örebro den 28 september 2023"_s, u"Hällefors kommun"_s}) {
        // The phrase is the report's own, so a mismatch is the recognition's.
        QVERIFY2(allText(original.value()).contains(phrase), qPrintable(phrase));
        QVERIFY2(recognised.contains(phrase), qPrintable(phrase + u" is not in:\n"_s + recognised));
    }
}

void TestOcr::findsTheRecommendations()
{
    const QStringList expected = recommendationTexts(m_original);
    const QStringList found = recommendationTexts(m_scanned);
    QVERIFY(expected.size() >= 4);
    QStringList normalisedFound;
    for (const QString &text : found)
        normalisedFound.append(accuracy::normalised(text));
    QStringList missing;
    for (const QString &text : expected) {
        if (!normalisedFound.contains(accuracy::normalised(text)))
            missing.append(text);
    }
    // A letter misread now and then is what the uncertain mark is for; most must be exact.
    QVERIFY2(missing.size() * 4 <= expected.size(),
             qPrintable(u"not found in the scan:\n"_s + missing.join(u'\n') + u"\nfound:\n"_s + found.join(u'\n')));
    QCOMPARE(found.size(), expected.size());
    QCOMPARE(m_scanned.addressees, m_original.addressees);
    QCOMPARE(m_scanned.dueDates, m_original.dueDates);
}

void TestOcr::marksTheItemsUncertain()
{
    QVERIFY(!m_scanned.candidates.isEmpty());
    for (const ImportCandidate &c : std::as_const(m_scanned.candidates))
        QVERIFY2(c.uncertain, qPrintable(c.text));
    for (const ImportCandidate &c : std::as_const(m_original.candidates))
        QVERIFY2(!c.uncertain, qPrintable(c.text));
    const QString note = u"These pages are scanned and were read by text recognition (OCR): 1, 2, 3."_s;
    QVERIFY2(std::any_of(m_scanned.notes.cbegin(), m_scanned.notes.cend(), [&](const QString &n) { return n.startsWith(note); }),
             qPrintable(m_scanned.notes.join(u'\n')));
    QVERIFY(std::none_of(m_original.notes.cbegin(), m_original.notes.cend(), [](const QString &n) { return n.contains(u"text recognition"_s); }));
}

void TestOcr::refusesWithoutOcr()
{
    ReadOptions options;
    options.ocr = false;
    int calls = 0;
    options.recognizing = [&calls](int, int) { ++calls; };
    const auto read = ReportReader::read(m_scan, options);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, FileError::Kind::Invalid);
    QVERIFY2(read.error().message.contains(u"scanned image"_s), qPrintable(read.error().text()));
    QVERIFY2(read.error().message.contains(u"--no-ocr is left out"_s), qPrintable(read.error().text()));
    QCOMPARE(calls, 0);
    const auto imported = ReportImporter::import(m_scan, options);
    QVERIFY(!imported);
    QCOMPARE(imported.error().message, read.error().message);
}

void TestOcr::recognisesOnlyTheScannedPages()
{
    // Text, the recommendations scanned, a blank sheet, text again.
    const QString mixed = m_dir.filePath(u"mixed.pdf"_s);
    const QString intro = u"Revisorerna har granskat kommunstyrelsens uppsikt över bolagen. Rapporten redovisar "
                          "iakttagelser och bedömningar i tur och ordning."_s;
    const QString end = u"Bilaga: intervjuade personer och granskade dokument, förtecknade i tur och ordning."_s;
    const QString made = test::writeScanOf(sourcePdf(),
                                               {test::ScannedSheet::withText(intro), test::ScannedSheet::scan(2),
                                                test::ScannedSheet::blank(), test::ScannedSheet::withText(end)},
                                               mixed);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    QList<int> progress;
    QList<int> counts;
    ReadOptions options;
    options.recognizing = [&progress, &counts](int page, int pageCount) {
        progress.append(page);
        counts.append(pageCount);
    };
    auto read = ReportReader::read(mixed, options);
    YTTRA_VERIFY_OK(read);
    const QList<ReportPage> pages = read.value();
    QCOMPARE(progress, QList<int>{2});
    QCOMPARE(counts, QList<int>{4});
    QCOMPARE(pages.size(), 4);
    for (const int i : {0, 3}) {
        QVERIFY(!pages.at(i).lines.isEmpty());
        for (const ReportLine &line : pages.at(i).lines)
            QVERIFY2(!line.recognized, qPrintable(line.text));
    }
    QVERIFY(pageText(pages.at(0)).startsWith(u"Revisorerna har granskat kommunstyrelsens uppsikt över bolagen."_s));
    QVERIFY(pages.at(2).lines.isEmpty());
    QVERIFY(!pages.at(1).lines.isEmpty());
    for (const ReportLine &line : pages.at(1).lines)
        QVERIFY2(line.recognized, qPrintable(line.text));

    const ImportedReport report = ReportImporter::analyse(pages);
    QCOMPARE(report.recognizedPages, QList<int>{2});
    QVERIFY(report.count(ItemKind::Recommendation) >= 3);
    for (const ImportCandidate &c : report.candidates)
        QCOMPARE(c.uncertain, c.page() == 2);
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setProgram(QStringLiteral(YTTRA_CLI));
    process.setArguments(arguments);
    process.setWorkingDirectory(directory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The patterns are the untranslated messages.
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.start();
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

void TestOcr::commandLineRefusesWithoutOcr()
{
    const QString out = m_dir.filePath(u"refused.yttrande"_s);
    const CliRun run = runCli({u"import"_s, m_scan, u"--board"_s, u"Kommunstyrelsen"_s, u"--no-ocr"_s, u"-o"_s, out},
                              m_dir.path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"it seems to be a scanned image"_s) && run.err.contains(u"--no-ocr is left out"_s),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"Reading page"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

void TestOcr::commandLineShowsProgress()
{
    // Two pages, so the progress has to count.
    const QString scan = m_dir.filePath(u"two-pages.pdf"_s);
    const QString made = test::writeScanOf(sourcePdf(), {test::ScannedSheet::scan(0), test::ScannedSheet::scan(2)}, scan);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString out = m_dir.filePath(u"scanned.yttrande"_s);
    const CliRun run = runCli({u"import"_s, scan, u"--board"_s, u"Kommunstyrelsen"_s, u"-o"_s, out}, m_dir.path());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.err.split(u'\n');
    QCOMPARE(lines.filter(u"with text recognition…"_s),
             (QStringList{u"Reading page 1 of 2 with text recognition…"_s, u"Reading page 2 of 2 with text recognition…"_s}));
    QVERIFY2(run.err.contains(u"Note: These pages are scanned and were read by text recognition (OCR): 1, 2."_s),
             qPrintable(run.err));
    // Every recommendation is on the scanned page and is named as uncertain.
    const QStringList uncertain = lines.filter(u"Uncertain (read by text recognition), page 2"_s);
    QVERIFY2(uncertain.size() >= 4, qPrintable(run.err));
    QVERIFY(QFile::exists(out));
}

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"

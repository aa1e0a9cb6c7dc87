// SPDX-License-Identifier: GPL-3.0-or-later
// How long text recognition takes a scanned page (issue 15, step 4; the aim: at most 5 s a
// page on two cores). Pages of corpus reports are drawn as images into an image-only PDF, the
// way tst_ocr makes its scans, and read with ReportReader as an import reads them. Prints the
// start (Tesseract's set-up and the first page), then seconds per page for the pages after it
// and overall. Asserts nothing.
//
// bench_ocr [DPI]            the resolution of the scan (default 300, what a scanner is set to)
// bench_ocr --corpus [DPI]   also every report of the corpus scanned whole and imported: the
//                            accuracy figures of tst_importaccuracy for the scan beside those
//                            of the PDF with text, and the seconds per page

#include "importaccuracy.h"
#include "scannedpdf.h"

#include "import/reportreader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

/// Every report of the corpus scanned whole, imported, and scored as tst_importaccuracy
/// scores the PDF with text (which is printed beside it).
int scoreCorpus(const QTemporaryDir &dir, int dpi)
{
    QStringList errors;
    const QList<accuracy::ExpectedReport> reports =
        accuracy::readCorpus(QStringLiteral(YTTRA_TEST_DATA) + u"/reports"_s, &errors);
    for (const QString &error : std::as_const(errors))
        std::fputs(qPrintable(error + u'\n'), stderr);
    accuracy::Score scanTotal;
    accuracy::Score textTotal;
    int pageTotal = 0;
    QElapsedTimer timer;
    qint64 nanoseconds = 0;
    for (const accuracy::ExpectedReport &report : reports) {
        const QString source = QDir(report.folder).filePath(u"report.pdf"_s);
        std::unique_ptr<Poppler::Document> document = Poppler::Document::load(source);
        const int pages = document ? document->numPages() : 0;
        QList<test::ScannedSheet> sheets;
        for (int i = 0; i < pages; ++i)
            sheets.append(test::ScannedSheet::scan(i));
        // score() reads the folder's report.pdf: the scan gets a folder of its own.
        accuracy::ExpectedReport scanned = report;
        scanned.folder = dir.filePath(report.name);
        QDir().mkpath(scanned.folder);
        const QString made = test::writeScanOf(source, sheets, QDir(scanned.folder).filePath(u"report.pdf"_s), dpi);
        if (!made.isEmpty()) {
            print(u"%1: %2"_s.arg(report.name, made));
            continue;
        }
        timer.start();
        const accuracy::Score scan = accuracy::score(scanned, accuracy::InputKind::Pdf);
        const qint64 spent = timer.nsecsElapsed();
        const accuracy::Score text = accuracy::score(report, accuracy::InputKind::Pdf);
        nanoseconds += spent;
        pageTotal += pages;
        scanTotal.add(scan);
        textTotal.add(text);
        print(u"%1 (%2 pages, %3 s a page)"_s.arg(report.name).arg(pages).arg(spent / 1e9 / std::max(pages, 1), 0, 'f', 2));
        print(u"  scan: "_s + (scan.imported ? accuracy::figures(scan) : scan.error));
        print(u"  text: "_s + accuracy::figures(text));
        for (const QString &missed : std::as_const(scan.missed))
            print(u"  scan missed "_s + missed);
    }
    print(u"corpus scanned at %1 dpi: %2 pages, %3 s a page (reading and import)"_s.arg(dpi).arg(pageTotal).arg(
        nanoseconds / 1e9 / std::max(pageTotal, 1), 0, 'f', 2));
    print(u"  scan: "_s + accuracy::figures(scanTotal));
    print(u"  text: "_s + accuracy::figures(textTotal));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The scans are painted into a PDF, which needs a GUI application but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool corpus = arguments.removeAll(u"--corpus"_s) > 0;
    const int dpi = !arguments.isEmpty() ? arguments.first().toInt() : 300;
    if (dpi < 72 || arguments.size() > 1) {
        std::fputs("usage: bench_ocr [--corpus] [DPI]\n", stderr);
        return 2;
    }

    QTemporaryDir dir;
    const QString scan = dir.filePath(u"scan.pdf"_s);
    // Five pages of running text, headings and lists from two reports: a cover letter, a
    // summary and findings, the recommendations.
    const QString data = QStringLiteral(YTTRA_TEST_DATA) + u"/reports/"_s;
    QString made = test::writeScanOf(data + u"vannas-styrmodell/report.pdf"_s,
                                         {test::ScannedSheet::scan(0), test::ScannedSheet::scan(2),
                                          test::ScannedSheet::scan(3)},
                                         scan, dpi);
    const QString scan2 = dir.filePath(u"scan2.pdf"_s);
    if (made.isEmpty())
        made = test::writeScanOf(data + u"hallefors-bolagsuppsikt/report.pdf"_s,
                                     {test::ScannedSheet::scan(0), test::ScannedSheet::scan(2)}, scan2, dpi);
    if (!made.isEmpty()) {
        std::fputs(qPrintable(made + u'\n'), stderr);
        return 1;
    }

    QElapsedTimer total;
    QElapsedTimer sincePage;
    QList<double> seconds; // per page, from one callback to the next
    int pages = 0;
    ReadOptions options;
    options.recognizing = [&](int, int) {
        if (pages > 0)
            seconds.append(sincePage.nsecsElapsed() / 1e9);
        sincePage.start();
        ++pages;
    };
    total.start();
    qsizetype lines = 0;
    for (const QString &file : {scan, scan2}) {
        // One read per file, as one import is: Tesseract starts once per file.
        const auto read = ReportReader::read(file, options);
        if (!read) {
            std::fputs(qPrintable(read.error().text() + u'\n'), stderr);
            return 1;
        }
        seconds.append(sincePage.nsecsElapsed() / 1e9);
        pages = 0;
        for (const ReportPage &page : read.value())
            lines += page.lines.size();
    }
    const double all = total.nsecsElapsed() / 1e9;
    QStringList each;
    for (const double s : std::as_const(seconds))
        each.append(QString::number(s, 'f', 2));
    print(u"OCR at %1 dpi: %2 pages, %3 lines recognised"_s.arg(dpi).arg(seconds.size()).arg(lines));
    print(u"seconds per page (each, the first of each file with Tesseract's start): %1"_s.arg(each.join(u", "_s)));
    print(u"seconds per page overall: %1 (total %2 s)"_s.arg(all / double(seconds.size()), 0, 'f', 2).arg(all, 0, 'f', 2));
    if (corpus)
        return scoreCorpus(dir, dpi);
    return 0;
}

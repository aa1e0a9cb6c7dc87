// SPDX-License-Identifier: GPL-3.0-or-later
// How long text recognition takes a scanned page (issue 15, step 4; the aim: at most 5 s a
// page on two cores). Pages of corpus reports are drawn as images into an image-only PDF, the
// way tst_ocr makes its scans, and read with ReportReader as an import reads them. Prints the
// start (Tesseract's set-up and the first page), then seconds per page for the pages after it
// and overall. Asserts nothing.
//
// bench_ocr [DPI]   the resolution of the scan (default 300, what a scanner is set to)

#include "scannedpdf.h"

#include "import/reportreader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    // The scans are painted into a PDF, which needs a GUI application but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int dpi = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;
    if (dpi < 72) {
        std::fputs("usage: bench_ocr [DPI]\n", stderr);
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
    return 0;
}

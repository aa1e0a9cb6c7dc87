// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/reportpageimage.h"
#include "import/reportreader.h"
#include "testhelpers.h"
#include "toolrun.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

/// The report's pages drawn for the import dialog's check: the right page at the right size,
/// and an error, not another picture, for a page or file that is not there.
class TestReportPageImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageSizesAreThePdfs();
    void pageIsDrawnWhereItsTextIs();
    void badPageIsAnError_data();
    void badPageIsAnError();
    void missingFileIsAnError();
    void changedOrRemovedFileIsAnError();

private:
    static QString report() { return test::dataPath(u"reports/hallefors-bolagsuppsikt/report.pdf"_s); }

    /// How many of the image's pixels in `rect` are dark (print).
    static int darkPixels(const QImage &image, const QRect &rect)
    {
        int dark = 0;
        const QRect inside = rect.intersected(image.rect());
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            for (int x = inside.left(); x <= inside.right(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        return dark;
    }
};

// Measured by pdfinfo, a reader we did not write.
void TestReportPageImage::pageSizesAreThePdfs()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo is missing: run scripts/install-deps (poppler-utils)");
    const test::ToolRun info = test::runTool(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"999"_s, report()});
    QCOMPARE(info.exitCode, 0);
    static const QRegularExpression sizeLine(u"^Page\\s+(\\d+) size:\\s+([\\d.]+) x ([\\d.]+) pts"_s,
                                             QRegularExpression::MultilineOption);
    ReportPageImage pages(report());
    int seen = 0;
    for (auto it = sizeLine.globalMatch(info.stdOut); it.hasNext();) {
        const auto m = it.next();
        const auto size = pages.pageSize(m.captured(1).toInt());
        YTTRA_VERIFY_OK(size);
        QVERIFY(qAbs(size.value().width() - m.captured(2).toDouble()) < 0.01);
        QVERIFY(qAbs(size.value().height() - m.captured(3).toDouble()) < 0.01);
        ++seen;
    }
    QVERIFY(seen > 0);
    const auto count = pages.pageCount();
    YTTRA_VERIFY_OK(count);
    QCOMPARE(count.value(), seen);
}

// The lines the reader finds on the page are print in the picture, the margin above them is
// paper; twice the resolution is twice the size.
void TestReportPageImage::pageIsDrawnWhereItsTextIs()
{
    const auto read = ReportReader::read(report());
    YTTRA_VERIFY_OK(read);
    ReportPageImage pages(report());
    for (const ReportPage &page : read.value()) {
        const auto size = pages.pageSize(page.number);
        YTTRA_VERIFY_OK(size);
        const auto image = pages.render(page.number, 72);
        YTTRA_VERIFY_OK(image);
        QVERIFY(qAbs(image.value().width() - size.value().width()) <= 1);
        QVERIFY(qAbs(image.value().height() - size.value().height()) <= 1);
        const auto twice = pages.render(page.number, 144);
        YTTRA_VERIFY_OK(twice);
        QVERIFY(qAbs(twice.value().width() - 2 * size.value().width()) <= 1);

        double firstTop = size.value().height();
        QVERIFY(!page.lines.isEmpty());
        for (const ReportLine &line : page.lines) {
            QVERIFY(line.hasGeometry());
            firstTop = std::min(firstTop, line.top);
            const QRect rect = QRectF(QPointF(line.left, line.top), QPointF(line.right, line.bottom)).toAlignedRect();
            QVERIFY2(darkPixels(image.value(), rect) > 0,
                     qPrintable(u"page %1: nothing drawn where \"%2\" is"_s.arg(page.number).arg(line.text)));
        }
        const QRect margin(0, 0, image.value().width(), int(firstTop) - 2);
        QVERIFY(margin.height() > 0);
        QCOMPARE(darkPixels(image.value(), margin), 0);
    }
}

void TestReportPageImage::badPageIsAnError_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
    QTest::newRow("after the last") << 4; // the report has three pages (pageSizesAreThePdfs)
}

void TestReportPageImage::badPageIsAnError()
{
    QFETCH(int, page);
    ReportPageImage pages(report());
    const auto count = pages.pageCount();
    YTTRA_VERIFY_OK(count);
    QVERIFY(page < 1 || page > count.value());
    const auto image = pages.render(page, 72);
    QVERIFY(!image);
    QVERIFY2(image.error().contains(u"no page %1"_s.arg(page)), qPrintable(image.error()));
    QVERIFY(!pages.pageSize(page));
    // The document is still there for the pages it has.
    YTTRA_VERIFY_OK(pages.render(1, 36));
}

void TestReportPageImage::missingFileIsAnError()
{
    const QString missing = test::dataPath(u"reports/does-not-exist.pdf"_s);
    ReportPageImage pages(missing);
    const auto image = pages.render(1, 72);
    QVERIFY(!image);
    QVERIFY2(image.error().contains(missing), qPrintable(image.error()));
    QVERIFY(!pages.pageCount());

    QTemporaryDir dir;
    const QString notPdf = dir.filePath(u"report.pdf"_s);
    QFile file(notPdf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is text, not a PDF.\n");
    file.close();
    const auto damaged = ReportPageImage(notPdf).render(1, 72);
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().contains(notPdf), qPrintable(damaged.error()));
}

void TestReportPageImage::changedOrRemovedFileIsAnError()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"report.pdf"_s);
    QVERIFY(QFile::copy(report(), copy));
    ReportPageImage pages(copy);
    YTTRA_VERIFY_OK(pages.render(1, 36));

    // Another version of the report under the same name: its pages are not the ones found.
    QFile file(copy);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n% appended\n");
    file.close();
    const auto changed = pages.render(2, 36);
    QVERIFY(!changed);
    QVERIFY2(changed.error().contains(u"changed"_s), qPrintable(changed.error()));

    QVERIFY(QFile::remove(copy));
    const auto removed = pages.render(1, 36);
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(u"no longer there"_s), qPrintable(removed.error()));
}

} // namespace yttra

QTEST_MAIN(yttra::TestReportPageImage)

#include "tst_reportpageimage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/logoimage.h"
#include "testhelpers.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

Logo logoFile(const QString &name, const QString &mediaType)
{
    return {mediaType, test::readFile(test::dataPath(u"logo/"_s + name)), QString()};
}

} // namespace

/// Decoding and checking the board's logo: what the settings, the editor and every export
/// rely on to refuse an image none of them could draw.
class TestLogoImage : public QObject
{
    Q_OBJECT

private slots:
    void readsPng();
    void readsSvgWithItsShape();
    void refusesWhatCannotBeDrawn_data();
    void refusesWhatCannotBeDrawn();
    void loadDetectsTheTypeByContent();
    void loadNamesTheFile_data();
    void loadNamesTheFile();
    void loadRefusesHugeFiles();
    void pngForWord();
};

void TestLogoImage::readsPng()
{
    const auto image = LogoImage::read(logoFile(u"board.png"_s, u"image/png"_s));
    YTTRA_VERIFY_OK(image);
    QCOMPARE(image.value().naturalSize(), QSizeF(240, 80));
    QCOMPARE(image.value().fittedSize(QSizeF(300, 30)), QSizeF(90, 30));
}

void TestLogoImage::readsSvgWithItsShape()
{
    const auto image = LogoImage::read(logoFile(u"board.svg"_s, u"image/svg+xml"_s));
    YTTRA_VERIFY_OK(image);
    const QSizeF size = image.value().naturalSize();
    QVERIFY2(qAbs(size.width() / size.height() - 3) < 1e-6, qPrintable(u"%1 x %2"_s.arg(size.width()).arg(size.height())));
}

void TestLogoImage::refusesWhatCannotBeDrawn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("words");
    QTest::newRow("truncated PNG") << u"broken.png"_s << u"PNG"_s;
    QTest::newRow("text") << u"notanimage.png"_s << u"neither a PNG nor an SVG"_s;
    QTest::newRow("SVG without a size") << u"noviewbox.svg"_s << u"no size"_s;
    QTest::newRow("nothing") << u"missing"_s << u"no image"_s;
}

void TestLogoImage::refusesWhatCannotBeDrawn()
{
    QFETCH(QString, file);
    QFETCH(QString, words);
    const auto image = LogoImage::read(logoFile(file, u"image/png"_s));
    QVERIFY(!image);
    QVERIFY2(image.error().contains(words), qPrintable(image.error()));
}

void TestLogoImage::loadDetectsTheTypeByContent()
{
    // What the file is called says nothing: this PNG is named .svg.
    const auto png = LogoImage::load(test::dataPath(u"logo/png-named.svg"_s));
    YTTRA_VERIFY_OK(png);
    QCOMPARE(png.value().mediaType, u"image/png"_s);
    QCOMPARE(png.value().data, test::readFile(test::dataPath(u"logo/png-named.svg"_s)));
    QVERIFY(png.value().description.isEmpty());

    const auto svg = LogoImage::load(test::dataPath(u"logo/board.svg"_s));
    YTTRA_VERIFY_OK(svg);
    QCOMPARE(svg.value().mediaType, u"image/svg+xml"_s);
}

void TestLogoImage::loadNamesTheFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing") << test::dataPath(u"logo/nosuch.png"_s) << u"does not exist"_s;
    QTest::newRow("a folder") << test::dataPath(u"logo"_s) << u"not a file"_s;
    QTest::newRow("text") << test::dataPath(u"logo/notanimage.png"_s) << u"neither a PNG nor an SVG"_s;
    QTest::newRow("truncated PNG") << test::dataPath(u"logo/broken.png"_s) << u"cannot be used"_s;
}

void TestLogoImage::loadNamesTheFile()
{
    QFETCH(QString, path);
    QFETCH(QString, words);
    const auto logo = LogoImage::load(path);
    QVERIFY(!logo);
    QVERIFY2(logo.error().contains(QDir::toNativeSeparators(path)), qPrintable(logo.error()));
    QVERIFY2(logo.error().contains(words), qPrintable(logo.error()));
}

void TestLogoImage::loadRefusesHugeFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.png"_s);
    QVERIFY(QFile::copy(test::dataPath(u"logo/board.png"_s), path));
    {
        // A real PNG made too long: the size alone refuses it, before a byte is read.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(LogoImage::maxFileSize + 1));
    }
    const auto logo = LogoImage::load(path);
    QVERIFY(!logo);
    QVERIFY2(logo.error().contains(u"at most 5 MB"_s), qPrintable(logo.error()));
}

void TestLogoImage::pngForWord()
{
    // A PNG that is small enough is passed on untouched...
    const Logo png = logoFile(u"board.png"_s, u"image/png"_s);
    const auto pngImage = LogoImage::read(png);
    YTTRA_VERIFY_OK(pngImage);
    QCOMPARE(pngImage.value().png(200), png.data);
    QCOMPARE(QImage::fromData(pngImage.value().png(40)).size(), QSize(120, 40));

    // ...an SVG is drawn at the height asked for, in its own colours and shape.
    const auto svg = LogoImage::read(logoFile(u"board.svg"_s, u"image/svg+xml"_s));
    YTTRA_VERIFY_OK(svg);
    const QImage image = QImage::fromData(svg.value().png(100));
    QCOMPARE(image.size(), QSize(300, 100));
    QCOMPARE(image.pixelColor(50, 10).name(), u"#1f4e79"_s);
    QCOMPARE(image.pixelColor(200, 90).alpha(), 0);
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestLogoImage)
#include "tst_logoimage.moc"

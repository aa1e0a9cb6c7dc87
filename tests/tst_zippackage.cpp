// SPDX-License-Identifier: GPL-3.0-or-later
// ZipPackage: the zip containers of Word documents and Excel workbooks, read and written
// with libzip, checked against Python's zipfile (a reader we did not write).

#include "testhelpers.h"
#include "zip/zippackage.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra::test {

inline QString describe(const ZipError &error)
{
    return error.message;
}

} // namespace yttra::test

namespace yttra {

class TestZipPackage : public QObject
{
    Q_OBJECT

private:
    static QByteArray sample()
    {
        ZipPackage package;
        package.setPart(u"[Content_Types].xml"_s, "<Types/>");
        package.setPart(u"word/document.xml"_s, QByteArray("<w:document>") + QByteArray(5000, 'a') + "</w:document>");
        package.setPart(u"media/ä.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\1\2", 11));
        return package.toBytes().value();
    }

    /// Runs Python's zipfile on the archive: "name size" a line, after testzip().
    static QString pythonListing(const QByteArray &zip)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.zip"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(zip) != zip.size())
            return u"cannot write"_s;
        file.close();
        QProcess python;
        python.start(QStringLiteral(YTTRA_PYTHON),
                     {u"-c"_s, u"import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n"
                               "for i in z.infolist(): print(i.filename, i.file_size, i.compress_type)"_s,
                      path});
        python.waitForFinished(30000);
        return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).trimmed();
    }

private Q_SLOTS:
    void writtenArchiveReadsInPython()
    {
        QCOMPARE(pythonListing(sample()), u"[Content_Types].xml 8 8\nword/document.xml 5025 8\nmedia/ä.png 11 8"_s);
    }

    void roundTripKeepsPartsInOrder()
    {
        auto read = ZipPackage::read(sample());
        YTTRA_VERIFY_OK(read);
        QCOMPARE(read.value().names(), (QStringList{u"[Content_Types].xml"_s, u"word/document.xml"_s, u"media/ä.png"_s}));
        QCOMPARE(read.value().part(u"media/ä.png"_s), QByteArray("\x89PNG\r\n\x1a\n\0\1\2", 11));
        QCOMPARE(read.value().part(u"word/document.xml"_s).size(), 5025);
        QVERIFY(read.value().part(u"missing"_s).isEmpty());

        ZipPackage changed = read.value();
        changed.setPart(u"word/document.xml"_s, "<new/>");
        changed.removePart(u"media/ä.png"_s);
        changed.setPart(u"added.xml"_s, "<added/>");
        auto again = ZipPackage::read(changed.toBytes().value());
        YTTRA_VERIFY_OK(again);
        QCOMPARE(again.value().names(), (QStringList{u"[Content_Types].xml"_s, u"word/document.xml"_s, u"added.xml"_s}));
        QCOMPARE(again.value().part(u"word/document.xml"_s), QByteArray("<new/>"));
    }

    void badArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");

        const QByteArray zip = sample();
        QTest::newRow("text") << QByteArray("just some text, not a zip archive at all") << int(ZipError::Kind::NotZip) << u"not a zip"_s;
        QTest::newRow("empty") << QByteArray() << int(ZipError::Kind::NotZip) << u"not a zip"_s;
        QTest::newRow("cut short") << zip.left(zip.size() / 2) << int(ZipError::Kind::NotZip) << u"not a zip"_s;

        // A byte of the deflated document changed: its checksum no longer matches.
        QByteArray corrupt = zip;
        const qsizetype data = corrupt.indexOf("word/document.xml") + 17 + 10;
        corrupt[data] = char(corrupt.at(data) ^ 0x55);
        QTest::newRow("damaged part") << corrupt << int(ZipError::Kind::Damaged) << u"word/document.xml cannot be unpacked"_s;

        // The "encrypted" bit of every entry set, as a zip with a password has it.
        QByteArray encrypted = zip;
        for (const QByteArray &signature : {QByteArray("PK\x03\x04", 4), QByteArray("PK\x01\x02", 4)}) {
            const int offset = signature.at(2) == 3 ? 6 : 8; // the general purpose flags
            for (qsizetype at = encrypted.indexOf(signature); at >= 0; at = encrypted.indexOf(signature, at + 4))
                encrypted[at + offset] = char(encrypted.at(at + offset) | 1);
        }
        QTest::newRow("password") << encrypted << int(ZipError::Kind::Encrypted) << u"protected by a password"_s;
    }

    void badArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const auto read = ZipPackage::read(bytes);
        QVERIFY(!read);
        QCOMPARE(int(read.error().kind), kind);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    }

    void bombIsRefused()
    {
        // 600 MB of zeros claimed by one part: refused before anything is unpacked.
        ZipPackage package;
        package.setPart(u"a.xml"_s, QByteArray(1024 * 1024, '\0'));
        QByteArray zip = package.toBytes().value();
        const quint32 claimed = 600u * 1024 * 1024;
        for (const QByteArray &signature : {QByteArray("PK\x03\x04", 4), QByteArray("PK\x01\x02", 4)}) {
            const int offset = signature.at(2) == 3 ? 22 : 24; // the uncompressed size
            for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
                for (int b = 0; b < 4; ++b)
                    zip[at + offset + b] = char((claimed >> (8 * b)) & 0xFF);
            }
        }
        const auto read = ZipPackage::read(zip);
        QVERIFY(!read);
        QCOMPARE(int(read.error().kind), int(ZipError::Kind::Damaged));
        QVERIFY2(read.error().message.contains(u"more than 512 MB"_s), qPrintable(read.error().message));
    }
};

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestZipPackage)
#include "tst_zippackage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzreaders.h"
#include "testhelpers.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace yttra {

/// Every reader of outside data on every input fuzzing found a fault with (tests/data/fuzz/
/// <reader>, each a fault since mended) and on the seeds fuzzing starts from: each must end
/// with a result or an error. A reader that crashes or breaks a promise (fuzzreaders.cpp)
/// takes this test down with it, naming the input.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readInput_data();
    void readInput();
    void everyReaderHasSeeds();

private:
    static QStringList seeds(const QString &reader);
    static QStringList filesIn(const QString &folder);
};

namespace {

const QString sourceDir = QStringLiteral(YTTRA_SOURCE_DIR);

// The files a glob from the project's root names ("tests/data/reports/*/report.txt").
QStringList expand(const QString &glob)
{
    QStringList found{sourceDir};
    for (const QString &part : glob.split(u'/')) {
        QStringList next;
        for (const QString &base : std::as_const(found)) {
            const QDir dir(base);
            const QStringList names = part.contains(u'*') ? dir.entryList({part}, QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name)
                                                          : QStringList{part};
            for (const QString &name : names) {
                if (QFileInfo::exists(dir.filePath(name)))
                    next.append(dir.filePath(name));
            }
        }
        found = next;
    }
    return found;
}

} // namespace

QStringList TestFuzzRegressions::filesIn(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

// tests/fuzz/corpus/<reader> and the globs tests/fuzz/seeds.txt gives it.
QStringList TestFuzzRegressions::seeds(const QString &reader)
{
    QStringList files = filesIn(sourceDir + u"/tests/fuzz/corpus/"_s + reader);
    const QString list = QString::fromUtf8(test::readFile(sourceDir + u"/tests/fuzz/seeds.txt"_s));
    for (const QString &line : list.split(u'\n')) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() == 2 && fields.first() == reader)
            files += expand(fields.last());
    }
    return files;
}

void TestFuzzRegressions::readInput_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("file");
    for (const fuzz::FuzzReader &reader : fuzz::fuzzReaders()) {
        const QStringList found = filesIn(test::dataPath(u"fuzz/"_s + reader.name));
        for (const QString &file : found + seeds(reader.name))
            QTest::addRow("%s: %s", qPrintable(reader.name), qPrintable(QDir(sourceDir).relativeFilePath(file))) << reader.name << file;
    }
}

void TestFuzzRegressions::readInput()
{
    QFETCH(QString, reader);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray bytes = input.readAll();
    fuzz::fuzzReader(reader)->read(bytes);
}

// A seed glob that matches nothing after a file moved would leave a reader unfuzzed.
void TestFuzzRegressions::everyReaderHasSeeds()
{
    for (const fuzz::FuzzReader &reader : fuzz::fuzzReaders())
        QVERIFY2(!seeds(reader.name).isEmpty(), qPrintable(reader.name));
    const QString list = QString::fromUtf8(test::readFile(sourceDir + u"/tests/fuzz/seeds.txt"_s));
    for (const QString &line : list.split(u'\n')) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() == 2 && !line.startsWith(u'#')) {
            QVERIFY2(fuzz::fuzzReader(fields.first()), qPrintable(line));
            QVERIFY2(!expand(fields.last()).isEmpty(), qPrintable(line));
        }
    }
}

} // namespace yttra

QTEST_GUILESS_MAIN(yttra::TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

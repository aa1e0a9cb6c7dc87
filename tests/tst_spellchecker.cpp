// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/spellchecker.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace yttra;

namespace {

std::unique_ptr<SpellChecker> checkerFor(const QString &language)
{
    auto checker = SpellChecker::forLanguage(language);
    if (!checker)
        qWarning("%s", qPrintable(checker.error()));
    return checker ? std::move(checker).value() : nullptr;
}

QStringList misspelled(const SpellChecker &checker, const QString &text)
{
    QStringList words;
    for (const MisspelledWord &w : checker.misspelledWords(text))
        words.append(text.mid(w.start, w.length));
    return words;
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionaryForLanguage_data();
    void dictionaryForLanguage();
    void swedish();
    void english();
    void missingDictionaryIsAnError();
    void personalWordList();
    void misspelledWords_data();
    void misspelledWords();
    void rangesAreUtf16Positions();
    void latin1Dictionary();
};

void TestSpellChecker::dictionaryForLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dictionary");
    QTest::newRow("sv") << u"sv"_s << u"sv_SE"_s;
    QTest::newRow("en") << u"en"_s << u"en_US"_s;
    QTest::newRow("sv-FI") << u"sv-FI"_s << u"sv_FI"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"en_GB"_s;
    QTest::newRow("none") << QString() << QString();
}

void TestSpellChecker::dictionaryForLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, dictionary);
    QCOMPARE(SpellChecker::dictionaryFor(language), dictionary);
}

void TestSpellChecker::swedish()
{
    const auto checker = checkerFor(u"sv"_s);
    QVERIFY(checker);
    QCOMPARE(checker->dictionaryName(), u"sv_SE"_s);
    QVERIFY(checker->isCorrect(u"åtgärd"));
    QVERIFY(checker->isCorrect(u"åtgärder"));
    QVERIFY(checker->isCorrect(u"Revisorerna"));
    QVERIFY(!checker->isCorrect(u"åtgärt"));
    const QStringList suggestions = checker->suggestions(u"åtgärt");
    QVERIFY2(suggestions.contains(u"åtgärd"_s), qPrintable(suggestions.join(u", "_s)));
}

void TestSpellChecker::english()
{
    const auto checker = checkerFor(u"en"_s);
    QVERIFY(checker);
    QCOMPARE(checker->dictionaryName(), u"en_US"_s);
    QVERIFY(checker->isCorrect(u"measure"));
    QVERIFY(checker->isCorrect(u"don't"));
    QVERIFY(checker->isCorrect(u"don\u2019t")); // a typographic apostrophe
    QVERIFY(!checker->isCorrect(u"mesure"));
    QVERIFY(checker->suggestions(u"mesure").contains(u"measure"_s));
    // Swedish is not English.
    QVERIFY(!checker->isCorrect(u"åtgärd"));
    // A region without a dictionary of its own falls back to the language's main one.
    if (!QFileInfo::exists(SpellChecker::systemDictionaryFolder() + u"/en_GB.dic"_s))
        QCOMPARE(checkerFor(u"en-GB"_s)->dictionaryName(), u"en_US"_s);
}

void TestSpellChecker::missingDictionaryIsAnError()
{
    QTemporaryDir empty;
    const auto none = SpellChecker::forLanguage(u"sv", empty.path());
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(u"sv_SE"_s) && none.error().contains(u"hunspell-sv"_s), qPrintable(none.error()));
    QVERIFY(!SpellChecker::forLanguage(u"tlh").ok());
    QVERIFY(!SpellChecker::forLanguage(u"").ok());
    const auto missing = SpellChecker::open(empty.filePath(u"xx.aff"_s), empty.filePath(u"xx.dic"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"xx.aff"_s), qPrintable(missing.error()));
}

void TestSpellChecker::personalWordList()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(u"ord/personal.txt"_s);
    {
        const auto checker = checkerFor(u"sv"_s);
        QVERIFY(checker);
        // No list yet: an empty one, not an error.
        YTTRA_VERIFY_OK(checker->loadPersonalWordList(list));
        QVERIFY(checker->personalWords().isEmpty());
        QVERIFY(!checker->isCorrect(u"Qwertyverket"));
        YTTRA_VERIFY_OK(checker->addWord(u"Qwertyverket"_s));
        YTTRA_VERIFY_OK(checker->addWord(u"stadsrevisionsnämndsrapporteringen"_s));
        QVERIFY(checker->isCorrect(u"Qwertyverket"));
        QVERIFY(checker->isCorrect(u"stadsrevisionsnämndsrapporteringen"));
        QVERIFY(!checker->addWord(u"två ord"_s).ok());
        QVERIFY(!checker->addWord(u" "_s).ok());
    }
    QCOMPARE(QString::fromUtf8(test::readFile(list)), u"Qwertyverket\nstadsrevisionsnämndsrapporteringen\n"_s);

    // The next session, and the other language, know them.
    const auto english = checkerFor(u"en"_s);
    QVERIFY(english);
    YTTRA_VERIFY_OK(english->loadPersonalWordList(list));
    QCOMPARE(english->personalWords(), (QStringList{u"Qwertyverket"_s, u"stadsrevisionsnämndsrapporteringen"_s}));
    QVERIFY(english->isCorrect(u"stadsrevisionsnämndsrapporteringen"));
    QVERIFY(english->misspelledWords(u"Qwertyverket is stadsrevisionsnämndsrapporteringen").isEmpty());
}

void TestSpellChecker::misspelledWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << u"sv"_s << u"Nämnden ska ta fram en åtgärt och en planm."_s << QStringList{u"åtgärt"_s, u"planm"_s};
    QTest::newRow("numbers") << u"sv"_s << u"Senast 2022-06-07, 15 procent och 3:e kvartalet, år 2023."_s << QStringList();
    QTest::newRow("case numbers") << u"sv"_s << u"Se ärende STK-2021-158 och KS 2021/1717 (SR-2020-83)."_s << QStringList();
    QTest::newRow("urls") << u"sv"_s << u"Läs https://malmo.se/revisjonn/rapport.pdf och www.exampel.se/sidda, skriv till registratur@malmo.se."_s
                          << QStringList();
    QTest::newRow("capitals") << u"sv"_s << u"Enligt GDPR och NIS ska KSF och IT-avdelningen arbeta."_s << QStringList();
    QTest::newRow("hyphenated") << u"sv"_s << u"IT-säkerhet, e-post och informationssäkerhets-arbete men IT-säkerhät."_s
                                << QStringList{u"säkerhät"_s};
    QTest::newRow("abbreviations") << u"sv"_s << u"Det gäller t.ex. avtal, bl.a. inköp fr.o.m. i år, men inte bl.x. alls."_s
                                   << QStringList{u"bl"_s}; // "x" is a word of its own
    QTest::newRow("english") << u"en"_s << u"The board will adress the recommendation by Q4 2022 (see www.exmple.com)."_s
                             << QStringList{u"adress"_s};
    QTest::newRow("empty") << u"sv"_s << QString() << QStringList();
}

void TestSpellChecker::misspelledWords()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto checker = checkerFor(language);
    QVERIFY(checker);
    QCOMPARE(misspelled(*checker, text), expected);
}

void TestSpellChecker::rangesAreUtf16Positions()
{
    const auto checker = checkerFor(u"sv"_s);
    QVERIFY(checker);
    // "𝐀" takes two UTF-16 units: positions count them as QTextLayout does.
    const QString text = u"𝐀 åtgärd åtgärt"_s;
    const QList<MisspelledWord> words = checker->misspelledWords(text);
    QCOMPARE(words.size(), 1);
    QCOMPARE(words.first().start, text.indexOf(u"åtgärt"_s));
    QCOMPARE(words.first().length, 6);
}

void TestSpellChecker::latin1Dictionary()
{
    // A dictionary in ISO 8859-1, as older ones are: words must be converted both ways.
    QTemporaryDir dir;
    QFile aff(dir.filePath(u"xx_XX.aff"_s));
    QVERIFY(aff.open(QIODevice::WriteOnly));
    aff.write("SET ISO8859-1\nTRY a\xe5\xe4\xf6\n");
    aff.close();
    QFile dic(dir.filePath(u"xx_XX.dic"_s));
    QVERIFY(dic.open(QIODevice::WriteOnly));
    dic.write("2\n\xe5tg\xe4rd\nr\xf6st\n");
    dic.close();
    auto opened = SpellChecker::open(aff.fileName(), dic.fileName());
    YTTRA_VERIFY_OK(opened);
    const auto &checker = opened.value();
    QVERIFY(checker->isCorrect(u"åtgärd"));
    QVERIFY(checker->isCorrect(u"röst"));
    QVERIFY(!checker->isCorrect(u"åtgärt"));
    QVERIFY(checker->suggestions(u"åtgärt").contains(u"åtgärd"_s));
    // Not in Latin-1 at all: simply not a word of this dictionary.
    QVERIFY(!checker->isCorrect(u"łódź"));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/localsystem.h"
#include "session/settings.h"
#include "testhelpers.h"

#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace yttra;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void everyKeyOnce();
    void storedAndReadBack();
    void badStoredValuesReadAsDefault_data();
    void badStoredValuesReadAsDefault();
    void refusesOutOfRange();
    void recentFiles();
    void wordTemplatePerBoard();
    void logoPerBoard();
    void resetAndSignal();
    void temporaryInstanceGoesAway();
};

void TestSettings::defaults()
{
    const auto settings = Settings::createTemporary();
    const QString fullName = LocalSystem::fullName();
    QCOMPARE(settings->value(Settings::ReviewerName), fullName.isEmpty() ? LocalSystem::loginName() : fullName);
    QVERIFY(!settings->value(Settings::ReviewerName).isEmpty());
    QCOMPARE(settings->value(Settings::DefaultBoard), QString());
    QCOMPARE(settings->value(Settings::DefaultOffice), QString());
    QCOMPARE(settings->value(Settings::DefaultAddress), QString());
    QCOMPARE(settings->value(Settings::AutosaveInterval), 30);
    QCOMPARE(settings->value(Settings::PreviewVisible), true);
    QCOMPARE(settings->value(Settings::RecentFiles), QStringList());
    QVERIFY(settings->value(Settings::PersonalWordList).endsWith(u"/spelling/personal-words.txt"_s));
    QVERIFY(settings->value(Settings::WordTemplates).isEmpty());
    QVERIFY(settings->value(Settings::BoardLogos).isEmpty());
    QVERIFY(!settings->isSet(Settings::AutosaveInterval));
}

void TestSettings::everyKeyOnce()
{
    const QStringList names = Settings::keyNames();
    QCOMPARE(names.size(), 11);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    for (const QString &name : names)
        QVERIFY2(name.contains(u'/'), qPrintable(name + u" is not in a group"_s));
}

void TestSettings::storedAndReadBack()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"yttra.ini"_s);
    {
        Settings settings(ini);
        YTTRA_VERIFY_OK(settings.setValue(Settings::ReviewerName, u"  Åsa Öberg "_s));
        YTTRA_VERIFY_OK(settings.setValue(Settings::DefaultBoard, u"Kommunstyrelsen"_s));
        YTTRA_VERIFY_OK(settings.setValue(Settings::DefaultOffice, u"Stadskontoret"_s));
        YTTRA_VERIFY_OK(settings.setValue(Settings::DefaultAddress, u"Box 1\n205 80 Malmö"_s));
        YTTRA_VERIFY_OK(settings.setValue(Settings::AutosaveInterval, 120));
        YTTRA_VERIFY_OK(settings.setValue(Settings::PreviewVisible, false));
        YTTRA_VERIFY_OK(settings.setValue(Settings::PersonalWordList, dir.filePath(u"ord.txt"_s)));
        YTTRA_VERIFY_OK(settings.sync());
    }
    // A second object on the same file: what the next start of Yttra sees.
    Settings settings(ini);
    QCOMPARE(settings.value(Settings::ReviewerName), u"Åsa Öberg"_s);
    QCOMPARE(settings.value(Settings::DefaultBoard), u"Kommunstyrelsen"_s);
    QCOMPARE(settings.value(Settings::DefaultOffice), u"Stadskontoret"_s);
    QCOMPARE(settings.value(Settings::DefaultAddress), u"Box 1\n205 80 Malmö"_s);
    QCOMPARE(settings.value(Settings::AutosaveInterval), 120);
    QCOMPARE(settings.value(Settings::PreviewVisible), false);
    QCOMPARE(settings.value(Settings::PersonalWordList), dir.filePath(u"ord.txt"_s));
}

void TestSettings::badStoredValuesReadAsDefault_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("raw");

    QTest::newRow("interval not a number") << u"editor/autosaveSeconds"_s << u"often"_s;
    QTest::newRow("interval too short") << u"editor/autosaveSeconds"_s << u"1"_s;
    QTest::newRow("interval too long") << u"editor/autosaveSeconds"_s << u"86400"_s;
    QTest::newRow("preview not a truth value") << u"editor/previewVisible"_s << u"maybe"_s;
    QTest::newRow("word list empty") << u"spelling/personalWordList"_s << u"  "_s;
    QTest::newRow("word templates not a map") << u"word/templates"_s << u"/mallar/ks.dotx"_s;
    QTest::newRow("logos not a map") << u"boards/logos"_s << u"/bilder/ks.png"_s;
}

void TestSettings::badStoredValuesReadAsDefault()
{
    QFETCH(QString, key);
    QFETCH(QString, raw);
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"yttra.ini"_s);
    {
        // As someone might have edited the file by hand.
        QSettings file(ini, QSettings::IniFormat);
        file.setValue(key, raw);
    }
    Settings settings(ini);
    QVERIFY(settings.isSet(Settings::AutosaveInterval) || settings.isSet(Settings::PreviewVisible)
            || settings.isSet(Settings::PersonalWordList) || settings.isSet(Settings::WordTemplates)
            || settings.isSet(Settings::BoardLogos));
    QCOMPARE(settings.value(Settings::AutosaveInterval), 30);
    QCOMPARE(settings.value(Settings::PreviewVisible), true);
    QCOMPARE(settings.value(Settings::PersonalWordList), Settings::PersonalWordList.defaultValue());
    QVERIFY(settings.value(Settings::WordTemplates).isEmpty());
    QVERIFY(settings.value(Settings::BoardLogos).isEmpty());
}

void TestSettings::refusesOutOfRange()
{
    const auto settings = Settings::createTemporary();
    YTTRA_VERIFY_OK(settings->setValue(Settings::AutosaveInterval, 60));
    const auto refused = settings->setValue(Settings::AutosaveInterval, 0);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"between 5 and 3600"_s), qPrintable(refused.error()));
    QCOMPARE(settings->value(Settings::AutosaveInterval), 60);
}

void TestSettings::recentFiles()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"yttra.ini"_s);
    Settings settings(ini);
    for (int i = 1; i <= 12; ++i)
        settings.addRecentFile(u"/home/anna/yttrande %1.yttrande"_s.arg(i));
    QStringList expected;
    for (int i = 12; i > 2; --i)
        expected.append(u"/home/anna/yttrande %1.yttrande"_s.arg(i));
    QCOMPARE(settings.value(Settings::RecentFiles), expected);

    // Opening one again puts it first, once.
    settings.addRecentFile(u"/home/anna/yttrande 5.yttrande"_s);
    QCOMPARE(settings.value(Settings::RecentFiles).first(), u"/home/anna/yttrande 5.yttrande"_s);
    QCOMPARE(settings.value(Settings::RecentFiles).size(), 10);
    QCOMPARE(settings.value(Settings::RecentFiles).count(u"/home/anna/yttrande 5.yttrande"_s), 1);

    settings.removeRecentFile(u"/home/anna/yttrande 5.yttrande"_s);
    QCOMPARE(settings.value(Settings::RecentFiles).size(), 9);

    // A single file whose name has a comma: INI files write lists and strings alike.
    YTTRA_VERIFY_OK(settings.setValue(Settings::RecentFiles, QStringList{u"/g/KS, IT-säkerhet.yttrande"_s}));
    YTTRA_VERIFY_OK(settings.sync());
    Settings again(ini);
    QCOMPARE(again.value(Settings::RecentFiles), QStringList{u"/g/KS, IT-säkerhet.yttrande"_s});
}

void TestSettings::wordTemplatePerBoard()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"yttra.ini"_s);
    {
        Settings settings(ini);
        QCOMPARE(settings.wordTemplate(u"Kommunstyrelsen"_s), QString());
        YTTRA_VERIFY_OK(settings.setWordTemplate(u"Kommunstyrelsen"_s, u"/mallar/ks.dotx"_s));
        YTTRA_VERIFY_OK(settings.setWordTemplate(u" Tekniska nämnden "_s, u"/mallar/tn//yttrande.docx"_s));
        // The same board spelt otherwise replaces its template, it is not a second board.
        YTTRA_VERIFY_OK(settings.setWordTemplate(u"kommunstyrelsen"_s, u"/mallar/ks-2027.dotx"_s));
        YTTRA_VERIFY_OK(settings.sync());
    }
    // What the next start of Yttra sees, non-ASCII board names included.
    Settings settings(ini);
    QCOMPARE(settings.value(Settings::WordTemplates).size(), 2);
    QCOMPARE(settings.wordTemplate(u"KOMMUNSTYRELSEN "_s), u"/mallar/ks-2027.dotx"_s);
    QCOMPARE(settings.wordTemplate(u"Tekniska nämnden"_s), u"/mallar/tn/yttrande.docx"_s);
    QCOMPARE(settings.wordTemplate(u"Socialnämnden"_s), QString());
    // The stored spelling of a board, found however it is spelt now.
    const QMap<QString, QString> stored = settings.value(Settings::WordTemplates);
    QCOMPARE(Settings::boardKey(stored, u" TEKNISKA NÄMNDEN"_s), u"Tekniska nämnden"_s);
    QCOMPARE(Settings::boardKey(stored, u"Socialnämnden"_s), QString());
    QCOMPARE(Settings::boardKey(stored, u" "_s), QString());

    // An empty path is Yttra's built-in template again; a board without a name has none.
    YTTRA_VERIFY_OK(settings.setWordTemplate(u"Kommunstyrelsen"_s, QString()));
    QCOMPARE(settings.wordTemplate(u"Kommunstyrelsen"_s), QString());
    QCOMPARE(settings.value(Settings::WordTemplates).size(), 1);
    const auto refused = settings.setWordTemplate(u"  "_s, u"/mallar/x.dotx"_s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"board"_s), qPrintable(refused.error()));

    // Entries without a board or a file are not kept.
    YTTRA_VERIFY_OK(settings.setValue(Settings::WordTemplates, QMap<QString, QString>{{u""_s, u"/a.dotx"_s}, {u"Kultur"_s, u" "_s}}));
    QVERIFY(settings.value(Settings::WordTemplates).isEmpty());
}

void TestSettings::logoPerBoard()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"yttra.ini"_s);
    const Logo png{u"image/png"_s, QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(16, '\0'), u"Malmö stad"_s};
    const Logo svg{u"image/svg+xml"_s, QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), QString()};
    {
        Settings settings(ini);
        QVERIFY(settings.boardLogo(u"Kommunstyrelsen"_s).isEmpty());
        YTTRA_VERIFY_OK(settings.setBoardLogo(u"Kommunstyrelsen"_s, svg));
        YTTRA_VERIFY_OK(settings.setBoardLogo(u" Tekniska nämnden "_s, svg));
        // One entry per board, however its name is spelt.
        YTTRA_VERIFY_OK(settings.setBoardLogo(u"kommunstyrelsen"_s, png));
        YTTRA_VERIFY_OK(settings.sync());
    }
    // Read back from the file: the bytes exactly (not a path), with the description.
    Settings settings(ini);
    QCOMPARE(settings.value(Settings::BoardLogos).size(), 2);
    QCOMPARE(settings.boardLogo(u"KOMMUNSTYRELSEN "_s), png);
    QCOMPARE(settings.boardLogo(u"Tekniska nämnden"_s), svg);
    QVERIFY(settings.boardLogo(u"Socialnämnden"_s).isEmpty());

    // An empty logo forgets the board's.
    YTTRA_VERIFY_OK(settings.setBoardLogo(u"Tekniska nämnden"_s, Logo()));
    QVERIFY(settings.boardLogo(u"Tekniska nämnden"_s).isEmpty());
    QCOMPARE(settings.value(Settings::BoardLogos).size(), 1);

    // Refused, saying why: no board, a logo too large, a type no export draws.
    const auto noBoard = settings.setBoardLogo(u"  "_s, png);
    QVERIFY(!noBoard.ok());
    QVERIFY2(noBoard.error().contains(u"board"_s), qPrintable(noBoard.error()));
    Logo large = png;
    large.data.append(QByteArray(Settings::maxBoardLogoBytes, 'x'));
    const auto tooLarge = settings.setBoardLogo(u"Kultur"_s, large);
    QVERIFY(!tooLarge.ok());
    QVERIFY2(tooLarge.error().contains(u"KB"_s), qPrintable(tooLarge.error()));
    const auto gif = settings.setBoardLogo(u"Kultur"_s, Logo{u"image/gif"_s, QByteArray("GIF89a"), QString()});
    QVERIFY(!gif.ok());
    QVERIFY2(gif.error().contains(u"PNG or SVG"_s), qPrintable(gif.error()));
    QVERIFY(settings.boardLogo(u"Kultur"_s).isEmpty());
    QCOMPARE(settings.boardLogo(u"Kommunstyrelsen"_s), png);

    // A map set whole keeps only what can be kept.
    YTTRA_VERIFY_OK(settings.setValue(Settings::BoardLogos, QMap<QString, Logo>{{u""_s, png}, {u"Kultur"_s, large}, {u"Fritid"_s, Logo()}}));
    QVERIFY(settings.value(Settings::BoardLogos).isEmpty());
}

void TestSettings::resetAndSignal()
{
    const auto settings = Settings::createTemporary();
    QSignalSpy changed(settings.get(), &Settings::changed);
    YTTRA_VERIFY_OK(settings->setValue(Settings::DefaultBoard, u"Tekniska nämnden"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"newStatement/board"_s);
    QVERIFY(settings->isSet(Settings::DefaultBoard));
    settings->reset(Settings::DefaultBoard);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!settings->isSet(Settings::DefaultBoard));
    QCOMPARE(settings->value(Settings::DefaultBoard), QString());
}

void TestSettings::temporaryInstanceGoesAway()
{
    QString file;
    {
        const auto settings = Settings::createTemporary();
        YTTRA_VERIFY_OK(settings->setValue(Settings::PreviewVisible, false));
        YTTRA_VERIFY_OK(settings->sync());
        file = settings->fileName();
        QVERIFY(QFileInfo::exists(file));
        // Not the user's own settings.
        QVERIFY(file != QSettings().fileName());
    }
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

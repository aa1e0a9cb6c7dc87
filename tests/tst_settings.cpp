// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/jsontext.h"
#include "session/localsystem.h"
#include "session/settings.h"
#include "session/settingsformat.h"
#include "testhelpers.h"

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace yttra;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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
    void formatKeepsTypes();
    void damagedFileReadsAsDefaultsAndIsKept_data();
    void damagedFileReadsAsDefaultsAndIsKept();
    void damagedFileCopiedOnce();
    void oldIniInputsReadAsDamaged_data();
    void oldIniInputsReadAsDamaged();
    void userSettingsMigrateFromIni();
    void userSettingsWithoutOldIni();
    void fuzzSeedSetsEveryKey();

private:
    static void writeFile(const QString &path, const QByteArray &bytes);
    static void verifyAllDefaults(const Settings &settings);
    // The user's settings of these tests: a folder of their own, never the real ones.
    QTemporaryDir m_configDir;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // QSettings finds the user's and the system's folders once per process: before any use.
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat, SettingsFormat::format()}) {
        QSettings::setPath(format, QSettings::UserScope, m_configDir.filePath(u"user"_s));
        QSettings::setPath(format, QSettings::SystemScope, m_configDir.filePath(u"system"_s));
    }
}

void TestSettings::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestSettings::verifyAllDefaults(const Settings &settings)
{
    QCOMPARE(settings.value(Settings::ReviewerName), Settings::ReviewerName.defaultValue());
    QCOMPARE(settings.value(Settings::DefaultBoard), QString());
    QCOMPARE(settings.value(Settings::DefaultOffice), QString());
    QCOMPARE(settings.value(Settings::DefaultAddress), QString());
    QCOMPARE(settings.value(Settings::AutosaveInterval), 30);
    QCOMPARE(settings.value(Settings::PreviewVisible), true);
    QCOMPARE(settings.value(Settings::RecentFiles), QStringList());
    QCOMPARE(settings.value(Settings::PersonalWordList), Settings::PersonalWordList.defaultValue());
    QVERIFY(settings.value(Settings::WordTemplates).isEmpty());
    QVERIFY(settings.value(Settings::BoardLogos).isEmpty());
    QCOMPARE(settings.value(Settings::RegisterFolder), QString());
}

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
    const QString file = dir.filePath(u"yttra.json"_s);
    {
        Settings settings(file);
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
    Settings settings(file);
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
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("interval not a number") << u"editor/autosaveSeconds"_s << QByteArray(R"("often")");
    QTest::newRow("interval too short") << u"editor/autosaveSeconds"_s << QByteArray("1");
    QTest::newRow("interval too long") << u"editor/autosaveSeconds"_s << QByteArray("86400");
    QTest::newRow("interval beyond 32 bits") << u"editor/autosaveSeconds"_s << QByteArray("4294967326");
    QTest::newRow("interval a truth value") << u"editor/autosaveSeconds"_s << QByteArray("true");
    QTest::newRow("interval a list") << u"editor/autosaveSeconds"_s << QByteArray("[60]");
    QTest::newRow("preview not a truth value") << u"editor/previewVisible"_s << QByteArray(R"("maybe")");
    QTest::newRow("preview a number") << u"editor/previewVisible"_s << QByteArray("0");
    QTest::newRow("board a number") << u"newStatement/board"_s << QByteArray("42");
    QTest::newRow("board a list") << u"newStatement/board"_s << QByteArray(R"(["a", "b"])");
    QTest::newRow("recent files not text") << u"files/recent"_s << QByteArray("[1, 2]");
    QTest::newRow("word list empty") << u"spelling/personalWordList"_s << QByteArray(R"("  ")");
    QTest::newRow("word list an object") << u"spelling/personalWordList"_s << QByteArray(R"({"path": "/x"})");
    QTest::newRow("word templates not a map") << u"word/templates"_s << QByteArray(R"("/mallar/ks.dotx")");
    QTest::newRow("word template not text") << u"word/templates"_s << QByteArray(R"({"Kommunstyrelsen": 5})");
    QTest::newRow("logos not a map") << u"boards/logos"_s << QByteArray(R"("/bilder/ks.png")");
    QTest::newRow("logo data not base64")
        << u"boards/logos"_s << QByteArray(R"({"Kommunstyrelsen": {"data": "iVBOR!!w0KGgo=", "mediaType": "image/png"}})");
    QTest::newRow("logo data a list")
        << u"boards/logos"_s << QByteArray(R"({"Kommunstyrelsen": {"data": [137, 80, 78, 71], "mediaType": "image/png"}})");
    QTest::newRow("logo without type") << u"boards/logos"_s << QByteArray(R"({"Kommunstyrelsen": {"data": "iVBORw0KGgo="}})");
}

void TestSettings::badStoredValuesReadAsDefault()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, json);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"yttra.json"_s);
    // As someone might have edited the file by hand.
    writeFile(file, "{\n  \"" + key.toUtf8() + "\": " + json + "\n}\n");
    Settings settings(file);
    QVERIFY(settings.isSet(Settings::AutosaveInterval) || settings.isSet(Settings::PreviewVisible)
            || settings.isSet(Settings::DefaultBoard) || settings.isSet(Settings::RecentFiles)
            || settings.isSet(Settings::PersonalWordList) || settings.isSet(Settings::WordTemplates)
            || settings.isSet(Settings::BoardLogos));
    verifyAllDefaults(settings);
    // A value read as its default is not damage: the file is read, and kept as it is.
    YTTRA_VERIFY_OK(settings.sync());
    QVERIFY(!QFileInfo::exists(file + u".damaged"_s));
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
    const QString file = dir.filePath(u"yttra.json"_s);
    Settings settings(file);
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

    // A single file whose name has a comma: a list of one, not a string (INI files wrote both alike).
    YTTRA_VERIFY_OK(settings.setValue(Settings::RecentFiles, QStringList{u"/g/KS, IT-säkerhet.yttrande"_s}));
    YTTRA_VERIFY_OK(settings.sync());
    Settings again(file);
    QCOMPARE(again.value(Settings::RecentFiles), QStringList{u"/g/KS, IT-säkerhet.yttrande"_s});
}

void TestSettings::wordTemplatePerBoard()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"yttra.json"_s);
    {
        Settings settings(file);
        QCOMPARE(settings.wordTemplate(u"Kommunstyrelsen"_s), QString());
        YTTRA_VERIFY_OK(settings.setWordTemplate(u"Kommunstyrelsen"_s, u"/mallar/ks.dotx"_s));
        YTTRA_VERIFY_OK(settings.setWordTemplate(u" Tekniska nämnden "_s, u"/mallar/tn//yttrande.docx"_s));
        // The same board spelt otherwise replaces its template, it is not a second board.
        YTTRA_VERIFY_OK(settings.setWordTemplate(u"kommunstyrelsen"_s, u"/mallar/ks-2027.dotx"_s));
        YTTRA_VERIFY_OK(settings.sync());
    }
    // What the next start of Yttra sees, non-ASCII board names included.
    Settings settings(file);
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
    const QString file = dir.filePath(u"yttra.json"_s);
    const Logo png{u"image/png"_s, QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(16, '\0'), u"Malmö stad"_s};
    const Logo svg{u"image/svg+xml"_s, QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), QString()};
    {
        Settings settings(file);
        QVERIFY(settings.boardLogo(u"Kommunstyrelsen"_s).isEmpty());
        YTTRA_VERIFY_OK(settings.setBoardLogo(u"Kommunstyrelsen"_s, svg));
        YTTRA_VERIFY_OK(settings.setBoardLogo(u" Tekniska nämnden "_s, svg));
        // One entry per board, however its name is spelt.
        YTTRA_VERIFY_OK(settings.setBoardLogo(u"kommunstyrelsen"_s, png));
        YTTRA_VERIFY_OK(settings.sync());
    }
    // In the file as text a person can read past: base64, not a binary QVariant.
    const auto json = JsonText::parse(test::readFile(file));
    QVERIFY(json.ok());
    const QCborValue stored = json.value().toMap().value(u"boards/logos"_s).toMap().value(u"kommunstyrelsen"_s);
    QCOMPARE(stored.toMap().value(u"data"_s).toString(), QString::fromLatin1(png.data.toBase64()));
    QCOMPARE(stored.toMap().value(u"mediaType"_s).toString(), u"image/png"_s);
    QVERIFY(!test::readFile(file).contains("@Variant"));

    // Read back from the file: the bytes exactly (not a path), with the description.
    Settings settings(file);
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
        QVERIFY(file.endsWith(u"/settings.json"_s));
        // Not the user's own settings.
        QVERIFY(file != QSettings().fileName());
    }
    QVERIFY(!QFileInfo::exists(file));
}

void TestSettings::formatKeepsTypes()
{
    const QSettings::SettingsMap map{
        {u"a/text"_s, u"Malmö \"stad\"\n"_s},
        {u"a/yes"_s, true},
        {u"a/number"_s, 42},
        {u"a/large"_s, qint64(1) << 40},
        {u"b/list"_s, QStringList{u"x"_s, u"y"_s}},
        {u"b/none"_s, QStringList()},
        {u"b/mixed"_s, QVariantList{1, u"x"_s, false}},
        {u"c/map"_s, QVariantMap{{u"z"_s, u"last"_s}, {u"a"_s, QVariantMap{{u"deep"_s, 7}}}}},
    };
    const QByteArray text = SettingsFormat::serialize(map);
    const auto read = SettingsFormat::parse(text);
    QVERIFY(read);
    QCOMPARE(*read, map);
    for (auto it = read->cbegin(); it != read->cend(); ++it)
        QCOMPARE(it.value().typeId(), map.value(it.key()).typeId());
    // Members in key order, nested maps too, so the file diffs line by line.
    QVERIFY(text.indexOf("\"a/large\"") < text.indexOf("\"a/number\""));
    QVERIFY(text.indexOf("\"a\": {") < text.indexOf("\"z\": \"last\""));

    // What settings never hold is left out of a file, not read as something else;
    // a value Settings would never store is not written.
    const auto odd = SettingsFormat::parse(R"({"n": null, "f": 1.5, "huge": 123456789012345678901234567890, "list": [null, "a"], "ok": "yes"})");
    QVERIFY(odd);
    QCOMPARE(*odd, (QSettings::SettingsMap{{u"list"_s, QStringList{u"a"_s}}, {u"ok"_s, u"yes"_s}}));
    QCOMPARE(SettingsFormat::serialize({{u"bytes"_s, QByteArray("\x89PNG")}, {u"ok"_s, 1}}), QByteArray("{\n  \"ok\": 1\n}\n"));
}

void TestSettings::damagedFileReadsAsDefaultsAndIsKept_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("INI text") << QByteArray("[review]\nname=Anna Berg\n\n[editor]\nautosaveSeconds=45\n");
    QTest::newRow("cut off") << QByteArray(R"({"review/name": "Anna Berg", "editor/autosaveSeconds": 4)");
    QTest::newRow("not an object") << QByteArray(R"(["review/name", "Anna Berg"])");
    QTest::newRow("not UTF-8") << QByteArray("{\"review/name\": \"Anna \xff\"}");
    QTest::newRow("binary") << QByteArray("\0\0\0\x08\0\0\0\x01\xff\xff\xff\xff", 12);
    QTest::newRow("nested 10,000 deep") << "{\"review/name\": " + QByteArray(10'000, '[') + QByteArray(10'000, ']') + "}";
    // Valid JSON, and no settings file is that large: not read at all, so not into memory.
    QTest::newRow("larger than 1 MB") << R"({"review/name": ")" + QByteArray(SettingsFormat::maxFileBytes, 'x') + "\"}";
}

void TestSettings::damagedFileReadsAsDefaultsAndIsKept()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"yttra.json"_s);
    writeFile(file, bytes);
    {
        Settings settings(file);
        verifyAllDefaults(settings);
        QVERIFY(!settings.isSet(Settings::ReviewerName));
        // Said, not silent.
        const auto synced = settings.sync();
        QVERIFY(!synced.ok());
        QCOMPARE(synced.error().kind, FileError::Kind::Invalid);
    }
    // Reading alone leaves the file as it was.
    QCOMPARE(test::readFile(file), bytes);

    // A change makes QSettings write over the file it could not read (FormatError does not
    // stop it): what the user had is kept beside it first.
    {
        Settings settings(file);
        YTTRA_VERIFY_OK(settings.setValue(Settings::DefaultBoard, u"Kulturnämnden"_s));
        [[maybe_unused]] const auto synced = settings.sync();
    }
    QCOMPARE(test::readFile(file + u".damaged"_s), bytes);
    Settings settings(file);
    YTTRA_VERIFY_OK(settings.sync());
    QCOMPARE(settings.value(Settings::DefaultBoard), u"Kulturnämnden"_s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"yttra.json"_s, u"yttra.json.damaged"_s}));
}

void TestSettings::damagedFileCopiedOnce()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"yttra.json"_s);
    writeFile(file, "not JSON");
    // QSettings reads the file at every sync; one damage, one copy.
    for (int i = 0; i < 3; ++i) {
        Settings settings(file);
        [[maybe_unused]] const auto synced = settings.sync();
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"yttra.json"_s, u"yttra.json.damaged"_s}));

    // Damaged again, otherwise: the earlier copy stays, the new one goes beside it.
    writeFile(file, "not JSON either");
    {
        Settings settings(file);
        [[maybe_unused]] const auto synced = settings.sync();
    }
    QCOMPARE(test::readFile(file + u".damaged"_s), QByteArray("not JSON"));
    QCOMPARE(test::readFile(file + u".damaged-2"_s), QByteArray("not JSON either"));

    // However often it happens, the folder does not fill up.
    for (int i = 0; i < 20; ++i) {
        writeFile(file, "damage" + QByteArray(i, '!')); // each its own size: not taken for another
        QVERIFY(!SettingsFormat::keepDamagedCopy(file).isEmpty());
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 11);
}

// The inputs that crashed or exhausted the memory of the INI settings (issue 17: binary
// QVariants in a damaged file) are now a file that is not JSON. More of them can be given in
// a folder named by YTTRA_SETTINGS_INPUTS.
void TestSettings::oldIniInputsReadAsDamaged_data()
{
    QTest::addColumn<QString>("input");
    QStringList folders{test::dataPath(u"fuzz/settings"_s)};
    if (const QString more = qEnvironmentVariable("YTTRA_SETTINGS_INPUTS"); !more.isEmpty())
        folders.append(more);
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

void TestSettings::oldIniInputsReadAsDamaged()
{
    QFETCH(QString, input);
    const QByteArray bytes = test::readFile(input);
    QVERIFY(!bytes.isEmpty());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"yttra.json"_s);
    writeFile(file, bytes);
    Settings settings(file);
    verifyAllDefaults(settings);
    QVERIFY(!settings.sync().ok());
    QCOMPARE(test::readFile(file), bytes);
}

void TestSettings::userSettingsMigrateFromIni()
{
    QCoreApplication::setOrganizationName(u"YttraTest"_s);
    QCoreApplication::setApplicationName(u"Migration"_s);
    const QString oldFile = m_configDir.filePath(u"user/YttraTest/Migration.conf"_s);
    const QString newFile = m_configDir.filePath(u"user/YttraTest/Migration.json"_s);
    const QByteArray png = test::readFile(test::dataPath(u"logo/board.png"_s));
    QVERIFY(!png.isEmpty());
    {
        // As Yttra before the JSON settings wrote them.
        QSettings old;
        QCOMPARE(old.fileName(), oldFile);
        old.setValue(u"review/name"_s, u"Anna Berg"_s);
        old.setValue(u"newStatement/board"_s, u"Socialnämnden"_s);
        old.setValue(u"newStatement/office"_s, u"Stadskontoret"_s);
        old.setValue(u"newStatement/address"_s, u"Box 1\nSjövik"_s);
        old.setValue(u"editor/autosaveSeconds"_s, 45);
        old.setValue(u"editor/previewVisible"_s, false);
        old.setValue(u"files/recent"_s, QStringList{u"/home/anna/b.yttrande"_s});
        old.setValue(u"spelling/personalWordList"_s, u"/home/anna/ord.txt"_s);
        old.setValue(u"word/templates"_s, QVariantMap{{u"Socialnämnden"_s, u"/srv/mallar/platina.dotx"_s}});
        old.setValue(u"boards/logos"_s,
                     QVariantMap{{u"Socialnämnden"_s, QVariantMap{{u"mediaType"_s, u"image/png"_s},
                                                                   {u"data"_s, png},
                                                                   {u"description"_s, u"Sjöviks kommun"_s}}}});
        old.setValue(u"register/folder"_s, u"/srv/yttranden"_s);
        old.setValue(u"unknown/key"_s, u"not ours"_s);
        old.sync();
        QCOMPARE(old.status(), QSettings::NoError);
    }
    const QByteArray oldBytes = test::readFile(oldFile);
    QVERIFY(!QFileInfo::exists(newFile));

    const auto verifyMigrated = [&](const Settings &settings) {
        QCOMPARE(settings.value(Settings::ReviewerName), u"Anna Berg"_s);
        QCOMPARE(settings.value(Settings::DefaultBoard), u"Socialnämnden"_s);
        QCOMPARE(settings.value(Settings::DefaultOffice), u"Stadskontoret"_s);
        QCOMPARE(settings.value(Settings::DefaultAddress), u"Box 1\nSjövik"_s);
        QCOMPARE(settings.value(Settings::AutosaveInterval), 45);
        QCOMPARE(settings.value(Settings::PreviewVisible), false);
        QCOMPARE(settings.value(Settings::RecentFiles), QStringList{u"/home/anna/b.yttrande"_s});
        QCOMPARE(settings.value(Settings::PersonalWordList), u"/home/anna/ord.txt"_s);
        QCOMPARE(settings.wordTemplate(u"socialnämnden"_s), u"/srv/mallar/platina.dotx"_s);
        QCOMPARE(settings.boardLogo(u"Socialnämnden"_s), (Logo{u"image/png"_s, png, u"Sjöviks kommun"_s}));
        QCOMPARE(settings.value(Settings::RegisterFolder), u"/srv/yttranden"_s);
    };
    {
        Settings settings;
        QCOMPARE(settings.fileName(), newFile);
        verifyMigrated(settings);
    }
    // Copied into the new file, in its own format; the old file left as it was.
    QVERIFY(QFileInfo::exists(newFile));
    const QByteArray json = test::readFile(newFile);
    QVERIFY(!json.contains("@Variant"));
    QVERIFY(!json.contains("unknown/key"));
    QVERIFY(SettingsFormat::parse(json));
    QCOMPARE(SettingsFormat::parse(json)->size(), Settings::keyNames().size());
    QCOMPARE(test::readFile(oldFile), oldBytes);
    verifyMigrated(Settings(newFile));

    // Once: a later change of the old file is not copied again.
    {
        QSettings old;
        old.setValue(u"review/name"_s, u"Someone Else"_s);
    }
    Settings settings;
    QCOMPARE(settings.value(Settings::ReviewerName), u"Anna Berg"_s);
    QVERIFY(!QFileInfo::exists(newFile + u".damaged"_s));
}

void TestSettings::userSettingsWithoutOldIni()
{
    QCoreApplication::setOrganizationName(u"YttraTest"_s);
    QCoreApplication::setApplicationName(u"Fresh"_s);
    const QString newFile = m_configDir.filePath(u"user/YttraTest/Fresh.json"_s);
    {
        Settings settings;
        QCOMPARE(settings.fileName(), newFile);
        // Nothing to migrate: no file until there is something to keep.
        QVERIFY(!QFileInfo::exists(newFile));
        verifyAllDefaults(settings);
        YTTRA_VERIFY_OK(settings.setValue(Settings::DefaultOffice, u"Miljöförvaltningen"_s));
        YTTRA_VERIFY_OK(settings.sync());
    }
    QVERIFY(!QFileInfo::exists(m_configDir.filePath(u"user/YttraTest/Fresh.conf"_s)));
    QCOMPARE(Settings().value(Settings::DefaultOffice), u"Miljöförvaltningen"_s);
}

// The file fuzzing starts from reaches every key's reading: each is set, and acceptable.
void TestSettings::fuzzSeedSetsEveryKey()
{
    const QString seed = test::dataPath(u"../fuzz/corpus/settings/settings.json"_s);
    const auto map = SettingsFormat::parse(test::readFile(seed));
    QVERIFY2(map, qPrintable(seed));
    QCOMPARE(QStringList(map->keys()), [] {
        QStringList names = Settings::keyNames();
        names.sort();
        return names;
    }());
    Settings settings(seed);
    QVERIFY(settings.value(Settings::AutosaveInterval) != Settings::AutosaveInterval.defaultValue());
    QVERIFY(settings.value(Settings::PreviewVisible) != Settings::PreviewVisible.defaultValue());
    QCOMPARE(settings.value(Settings::RecentFiles).size(), 2);
    QCOMPARE(settings.value(Settings::WordTemplates).size(), 1);
    QCOMPARE(settings.value(Settings::BoardLogos).size(), 1);
    QCOMPARE(settings.value(Settings::BoardLogos).first().data, test::readFile(test::dataPath(u"logo/board.png"_s)));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

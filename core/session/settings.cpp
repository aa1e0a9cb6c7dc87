// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/settings.h"

#include "pdf/logoimage.h"
#include "session/localsystem.h"
#include "session/settingsformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

QString emptyString()
{
    return {};
}

std::optional<QString> trimmed(const QString &value)
{
    return value.trimmed();
}

QString defaultReviewerName()
{
    const QString full = LocalSystem::fullName();
    return full.isEmpty() ? LocalSystem::loginName() : full;
}

// An address has several lines: keep them, only drop blank space around the whole.
std::optional<QString> address(const QString &value)
{
    return value.trimmed();
}

int defaultAutosaveInterval()
{
    return 30;
}

std::optional<int> autosaveInterval(const int &seconds)
{
    if (seconds < Settings::minAutosaveInterval || seconds > Settings::maxAutosaveInterval)
        return std::nullopt;
    return seconds;
}

bool on()
{
    return true;
}

std::optional<bool> anyBool(const bool &value)
{
    return value;
}

QStringList noFiles()
{
    return {};
}

std::optional<QStringList> recentFiles(const QStringList &files)
{
    QStringList kept;
    for (const QString &file : files) {
        if (!file.isEmpty() && !kept.contains(file))
            kept.append(file);
    }
    return kept.mid(0, Settings::maxRecentFiles);
}

QString defaultPersonalWordList()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/spelling/personal-words.txt"_s;
}

std::optional<QString> path(const QString &value)
{
    const QString p = value.trimmed();
    if (p.isEmpty())
        return std::nullopt; // no file at all: the default is meant
    return QDir::cleanPath(p);
}

QMap<QString, QString> noTemplates()
{
    return {};
}

// Boards with a name and a template each; one entry per board, however its name is spelt.
std::optional<QMap<QString, QString>> wordTemplates(const QMap<QString, QString> &templates)
{
    QMap<QString, QString> kept;
    for (auto it = templates.cbegin(); it != templates.cend(); ++it) {
        const QString board = it.key().trimmed();
        const QString file = it.value().trimmed();
        if (board.isEmpty() || file.isEmpty() || !Settings::boardKey(kept, board).isEmpty())
            continue;
        kept.insert(board, QDir::cleanPath(file));
    }
    return kept;
}

QMap<QString, Logo> noLogos()
{
    return {};
}

// Boards with a name and a logo each, one entry per board; a logo the settings cannot keep
// (too large, not an image type an export draws) is left out rather than refuse them all.
std::optional<QMap<QString, Logo>> boardLogos(const QMap<QString, Logo> &logos)
{
    QMap<QString, Logo> kept;
    for (auto it = logos.cbegin(); it != logos.cend(); ++it) {
        const QString board = it.key().trimmed();
        if (board.isEmpty() || it.value().isEmpty() || Settings::boardLogoRefusal(it.value())
            || !Settings::boardKey(kept, board).isEmpty())
            continue;
        Logo logo = it.value();
        logo.description = logo.description.trimmed();
        kept.insert(board, logo);
    }
    return kept;
}

// The members of one logo in the stored map.
constexpr auto logoMediaType = u"mediaType";
constexpr auto logoData = u"data";
constexpr auto logoDescription = u"description";

} // namespace

const Settings::Key<QString> Settings::ReviewerName{u"review/name", defaultReviewerName, trimmed};
const Settings::Key<QString> Settings::DefaultBoard{u"newStatement/board", emptyString, trimmed};
const Settings::Key<QString> Settings::DefaultOffice{u"newStatement/office", emptyString, trimmed};
const Settings::Key<QString> Settings::DefaultAddress{u"newStatement/address", emptyString, address};
const Settings::Key<int> Settings::AutosaveInterval{u"editor/autosaveSeconds", defaultAutosaveInterval, autosaveInterval};
const Settings::Key<bool> Settings::PreviewVisible{u"editor/previewVisible", on, anyBool};
const Settings::Key<QStringList> Settings::RecentFiles{u"files/recent", noFiles, recentFiles};
const Settings::Key<QString> Settings::PersonalWordList{u"spelling/personalWordList", defaultPersonalWordList, path};
const Settings::Key<QMap<QString, QString>> Settings::WordTemplates{u"word/templates", noTemplates, wordTemplates};
const Settings::Key<QMap<QString, Logo>> Settings::BoardLogos{u"boards/logos", noLogos, boardLogos};
const Settings::Key<QString> Settings::RegisterFolder{u"register/folder", emptyString, path};

QStringList Settings::keyNames()
{
    return {QString::fromUtf16(ReviewerName.name),   QString::fromUtf16(DefaultBoard.name),
            QString::fromUtf16(DefaultOffice.name),  QString::fromUtf16(DefaultAddress.name),
            QString::fromUtf16(AutosaveInterval.name), QString::fromUtf16(PreviewVisible.name),
            QString::fromUtf16(RecentFiles.name),    QString::fromUtf16(PersonalWordList.name),
            QString::fromUtf16(WordTemplates.name),  QString::fromUtf16(BoardLogos.name),
            QString::fromUtf16(RegisterFolder.name)};
}

Settings::Settings(QObject *parent)
    : QObject(parent),
      m_settings(std::make_unique<QSettings>(SettingsFormat::format(), QSettings::UserScope,
                                             QCoreApplication::organizationName(),
                                             QCoreApplication::applicationName()))
{
    migrateFromIni();
}

Settings::Settings(const QString &file, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(file, SettingsFormat::format()))
{
}

std::unique_ptr<Settings> Settings::createTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto settings = std::make_unique<Settings>(dir->filePath(u"settings.json"_s));
    settings->m_temporaryDir = std::move(dir);
    return settings;
}

Settings::~Settings() = default;

void Settings::migrateFromIni()
{
    if (QFileInfo::exists(m_settings->fileName()))
        return;
    // Only the user's own file, which Yttra wrote: not the system-wide ones QSettings falls back on.
    QSettings old(QSettings::NativeFormat, QSettings::UserScope, QCoreApplication::organizationName(),
                  QCoreApplication::applicationName());
    old.setFallbacksEnabled(false);
    if (!QFileInfo::exists(old.fileName()))
        return;
    // The new file first: should the old one be damaged so that QSettings aborts the process
    // reading it (the reason for the new format), the next start does not try again.
    if (!QDir().mkpath(QFileInfo(m_settings->fileName()).absolutePath()))
        return;
    QFile marker(m_settings->fileName());
    if (!marker.open(QIODevice::WriteOnly | QIODevice::NewOnly) || marker.write("{}\n") != 3)
        return;
    marker.close();
    migrate(ReviewerName, old);
    migrate(DefaultBoard, old);
    migrate(DefaultOffice, old);
    migrate(DefaultAddress, old);
    migrate(AutosaveInterval, old);
    migrate(PreviewVisible, old);
    migrate(RecentFiles, old);
    migrate(PersonalWordList, old);
    migrate(WordTemplates, old);
    migrate(BoardLogos, old);
    migrate(RegisterFolder, old);
    m_settings->sync();
}

template <typename T>
void Settings::migrate(const Key<T> &key, const QSettings &old)
{
    const QString name = QString::fromUtf16(key.name);
    if (!old.contains(name))
        return;
    // Typed, so that what the old file held in a form the new one cannot (logo bytes) is
    // converted, and what was not acceptable there is not carried over.
    if (const std::optional<T> stored = fromVariant<T>(old.value(name))) {
        if (const std::optional<T> accepted = key.normalize(*stored))
            m_settings->setValue(name, toVariant(*accepted));
    }
}

QVariant Settings::storedValue(const char16_t *name) const
{
    return m_settings->value(QString::fromUtf16(name));
}

void Settings::store(const char16_t *name, const QVariant &value)
{
    const QString key = QString::fromUtf16(name);
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
}

void Settings::remove(const char16_t *name)
{
    const QString key = QString::fromUtf16(name);
    m_settings->remove(key);
    Q_EMIT changed(key);
}

QString Settings::rejection(const char16_t *name)
{
    if (QStringView(name) == QStringView(AutosaveInterval.name))
        return tr("the autosave interval must be between %1 and %2 seconds").arg(minAutosaveInterval).arg(maxAutosaveInterval);
    return tr("the value is not acceptable for the setting \"%1\"").arg(QString::fromUtf16(name));
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = value(RecentFiles);
    files.removeAll(path);
    files.prepend(path);
    // Cannot fail: the list is normalised (capped, without duplicates) on the way in.
    const auto stored = setValue(RecentFiles, files);
    Q_UNUSED(stored);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = value(RecentFiles);
    if (files.removeAll(path) == 0)
        return;
    const auto stored = setValue(RecentFiles, files);
    Q_UNUSED(stored);
}

QString Settings::boardKeyIn(const QStringList &boards, const QString &board)
{
    const QString name = board.trimmed();
    if (name.isEmpty())
        return {};
    for (const QString &key : boards) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return key;
    }
    return {};
}

QString Settings::wordTemplate(const QString &board) const
{
    const QMap<QString, QString> templates = value(WordTemplates);
    const QString key = boardKey(templates, board);
    return key.isEmpty() ? QString() : templates.value(key);
}

Result<void> Settings::setWordTemplate(const QString &board, const QString &path)
{
    const QString name = board.trimmed();
    if (name.isEmpty())
        return Result<void>::failure(tr("a Word template is kept per board, and the statement names no board"));
    QMap<QString, QString> templates = value(WordTemplates);
    // One entry per board, however its name is spelt (the stored map has no two).
    templates.remove(boardKey(templates, name));
    if (!path.trimmed().isEmpty())
        templates.insert(name, path);
    return setValue(WordTemplates, templates);
}

Logo Settings::boardLogo(const QString &board) const
{
    const QMap<QString, Logo> logos = value(BoardLogos);
    const QString key = boardKey(logos, board);
    return key.isEmpty() ? Logo() : logos.value(key);
}

std::optional<QString> Settings::boardLogoRefusal(const Logo &logo)
{
    if (logo.mediaType != LogoImage::pngType && logo.mediaType != LogoImage::svgType)
        return tr("the logo must be a PNG or SVG image");
    if (logo.data.size() > maxBoardLogoBytes) {
        return tr("the logo is %1 KB, and the settings keep logos of at most %2 KB: save the image smaller, "
                  "or give the statement the logo in its details instead")
            .arg((logo.data.size() + 1023) / 1024)
            .arg(maxBoardLogoBytes / 1024);
    }
    return std::nullopt;
}

Result<void> Settings::setBoardLogo(const QString &board, const Logo &logo)
{
    const QString name = board.trimmed();
    if (name.isEmpty())
        return Result<void>::failure(tr("a logo is kept per board, and the statement names no board"));
    if (!logo.isEmpty()) {
        if (const auto refusal = boardLogoRefusal(logo))
            return Result<void>::failure(*refusal);
    }
    QMap<QString, Logo> logos = value(BoardLogos);
    logos.remove(boardKey(logos, name));
    if (!logo.isEmpty())
        logos.insert(name, logo);
    return setValue(BoardLogos, logos);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

Result<void, FileError> Settings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Result<void, FileError>::failure(
            {FileError::Kind::CannotWrite, fileName(), QString(), tr("the settings cannot be written")});
    case QSettings::FormatError:
        return Result<void, FileError>::failure(
            {FileError::Kind::Invalid, fileName(), QString(), tr("the settings file is not in the expected format")});
    }
    return {};
}

template <>
std::optional<QString> Settings::fromVariant<QString>(const QVariant &value)
{
    // Not a list ("a, b" in the old INI files read as one), a number or a truth value.
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    return value.toString();
}

template <>
std::optional<int> Settings::fromVariant<int>(const QVariant &value)
{
    bool ok = false;
    int number = 0;
    switch (value.typeId()) {
    case QMetaType::Int:
        return value.toInt();
    case QMetaType::LongLong: // beyond an int: toInt() says so
        number = value.toInt(&ok);
        break;
    case QMetaType::QString:
        number = value.toString().trimmed().toInt(&ok);
        break;
    default:
        break; // a truth value or a fraction is not a number of seconds
    }
    return ok ? std::optional<int>(number) : std::nullopt;
}

template <>
std::optional<bool> Settings::fromVariant<bool>(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    // QVariant would read any text but "0" and "false" as true.
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return std::nullopt;
}

template <>
std::optional<QStringList> Settings::fromVariant<QStringList>(const QVariant &value)
{
    // The old INI files could not tell a one-element list from a string: both came back as text.
    if (value.typeId() == QMetaType::QString)
        return QStringList{value.toString()};
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList list;
        for (const QVariant &v : value.toList()) {
            if (v.typeId() != QMetaType::QString)
                return std::nullopt;
            list.append(v.toString());
        }
        return list;
    }
    return std::nullopt;
}

template <>
std::optional<QMap<QString, QString>> Settings::fromVariant<QMap<QString, QString>>(const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantMap)
        return std::nullopt;
    QMap<QString, QString> map;
    const QVariantMap stored = value.toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            return std::nullopt;
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

template <>
QVariant Settings::toVariant<QMap<QString, QString>>(const QMap<QString, QString> &value)
{
    QVariantMap map;
    for (auto it = value.cbegin(); it != value.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

template <>
std::optional<QMap<QString, Logo>> Settings::fromVariant<QMap<QString, Logo>>(const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantMap)
        return std::nullopt;
    QMap<QString, Logo> map;
    const QVariantMap stored = value.toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QVariantMap)
            return std::nullopt;
        const QVariantMap members = it.value().toMap();
        const QVariant mediaType = members.value(QString::fromUtf16(logoMediaType));
        const QVariant data = members.value(QString::fromUtf16(logoData));
        const QVariant description = members.value(QString::fromUtf16(logoDescription));
        if (mediaType.typeId() != QMetaType::QString || (description.isValid() && description.typeId() != QMetaType::QString))
            return std::nullopt;
        QByteArray bytes;
        if (data.typeId() == QMetaType::QString) {
            const auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) // text other than base64 is no logo, and not one to draw half of
                return std::nullopt;
            bytes = *decoded;
        } else if (data.typeId() == QMetaType::QByteArray) {
            bytes = data.toByteArray(); // as the INI settings of earlier versions kept it
        } else {
            return std::nullopt;
        }
        map.insert(it.key(), Logo{mediaType.toString(), bytes, description.toString()});
    }
    return map;
}

template <>
QVariant Settings::toVariant<QMap<QString, Logo>>(const QMap<QString, Logo> &value)
{
    QVariantMap map;
    for (auto it = value.cbegin(); it != value.cend(); ++it) {
        map.insert(it.key(), QVariantMap{{QString::fromUtf16(logoMediaType), it.value().mediaType},
                                         {QString::fromUtf16(logoData), QString::fromLatin1(it.value().data.toBase64())},
                                         {QString::fromUtf16(logoDescription), it.value().description}});
    }
    return map;
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "model/logo.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;
class QTemporaryDir;

namespace yttra {

/// The editor's settings over QSettings, as one typed table (the Key constants below, with
/// their defaults in settings.cpp): nobody spells a settings key anywhere else, a stored
/// value of the wrong type or out of range reads as the default, and tests use a
/// temporary instance instead of the user's own settings. The file is JSON read by our own
/// parser (SettingsFormat), never an INI file whose binary values Qt would deserialise.
class Settings : public QObject
{
    Q_OBJECT

public:
    /// One setting: its key in the settings file, its default, and what it accepts.
    template <typename T>
    struct Key
    {
        using Type = T;
        const char16_t *name;
        T (*defaultValue)();
        /// The value to keep for a given one (trimmed, capped), or nothing if it is not
        /// acceptable; a stored value that is not falls back to the default.
        std::optional<T> (*normalize)(const T &value);
    };

    // The table: every setting of the editor.
    /// Your name on review comments and as the author (Handläggare) of Word documents;
    /// default: the full name of the system's user, else the login.
    static const Key<QString> ReviewerName;
    /// What a new statement starts with; default: empty.
    static const Key<QString> DefaultBoard;
    static const Key<QString> DefaultOffice;
    static const Key<QString> DefaultAddress;
    /// Seconds between writes of unsaved changes to the recovery file; default 30 (5 to 3600).
    static const Key<int> AutosaveInterval;
    /// Whether the PDF preview is shown beside the form; default on.
    static const Key<bool> PreviewVisible;
    /// The files opened last, newest first; at most maxRecentFiles, no duplicates.
    static const Key<QStringList> RecentFiles;
    /// The file of the words you added to the spelling dictionary; default: in the
    /// application's data folder.
    static const Key<QString> PersonalWordList;
    /// The Word template of each board: the board's name -> the .docx or .dotx its Word
    /// documents are made in. A board not listed gets Yttra's built-in template.
    static const Key<QMap<QString, QString>> WordTemplates;
    /// The logo of each board: the board's name -> the image itself (not its path, so a
    /// moved or deleted file does not take it away), drawn on statements that have no logo
    /// of their own. At most maxBoardLogoBytes each.
    static const Key<QMap<QString, Logo>> BoardLogos;
    /// The folder the register window (Window → Register) shows: a folder tree of
    /// statements, usually on a shared drive; default: none.
    static const Key<QString> RegisterFolder;

    static constexpr int maxRecentFiles = 10;
    static constexpr int minAutosaveInterval = 5;
    static constexpr int maxAutosaveInterval = 3600;
    /// The settings file is read at every start: a logo larger than this belongs in the
    /// statement's own file rather than there.
    static constexpr qsizetype maxBoardLogoBytes = 512 * 1024;

    /// Every key's name, in table order.
    static QStringList keyNames();

    /// The user's settings: "<organisation>/<application>.json" in the user's configuration
    /// folder. The first time, the values of the INI file earlier versions kept there
    /// ("<application>.conf") are copied into it; that file is left as it was.
    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in a JSON file of their own.
    explicit Settings(const QString &file, QObject *parent = nullptr);
    /// Settings in a new file in a temporary folder removed with the object: for tests.
    static std::unique_ptr<Settings> createTemporary();
    ~Settings() override;

    template <typename T>
    T value(const Key<T> &key) const
    {
        if (const std::optional<T> stored = fromVariant<T>(storedValue(key.name))) {
            if (const std::optional<T> accepted = key.normalize(*stored))
                return *accepted;
        }
        return key.defaultValue();
    }

    /// Stores a value, or says why it is not acceptable (and stores nothing).
    template <typename T>
    Result<void> setValue(const Key<T> &key, const T &value)
    {
        const std::optional<T> accepted = key.normalize(value);
        if (!accepted)
            return Result<void>::failure(rejection(key.name));
        store(key.name, toVariant(*accepted));
        return {};
    }

    /// Back to the default (the stored value is removed, so a later default applies).
    template <typename T>
    void reset(const Key<T> &key)
    {
        remove(key.name);
    }

    /// Whether a value is stored for the key (otherwise value() is its default).
    template <typename T>
    bool isSet(const Key<T> &key) const
    {
        return storedValue(key.name).isValid();
    }

    /// Puts a file at the top of the recent files, removing an earlier mention and the
    /// oldest beyond maxRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    /// The Word template remembered for a board (its name matched without regard to case or
    /// surrounding space), or empty for Yttra's built-in template.
    QString wordTemplate(const QString &board) const;
    /// Remembers a board's Word template; an empty path takes the board back to Yttra's
    /// built-in template. A board needs a name.
    Result<void> setWordTemplate(const QString &board, const QString &path);
    /// The logo kept for a board (its name matched as for the Word template), or an empty one.
    Logo boardLogo(const QString &board) const;
    /// Keeps a board's logo; an empty logo forgets it. Refused, saying why, for a board
    /// without a name or a logo larger than maxBoardLogoBytes.
    Result<void> setBoardLogo(const QString &board, const Logo &logo);
    /// Why a logo cannot be kept in the settings, or nothing when it can.
    static std::optional<QString> boardLogoRefusal(const Logo &logo);

    /// The key under which `boards` (board -> template or logo, as in WordTemplates and
    /// BoardLogos) holds `board`, its name matched without regard to case or surrounding
    /// space; empty when it holds none, or `board` is no name.
    template <typename T>
    static QString boardKey(const QMap<QString, T> &boards, const QString &board)
    {
        return boardKeyIn(boards.keys(), board);
    }

    /// Calls `onChange` whenever `key` is stored or reset, as long as `context` lives.
    template <typename T, typename F>
    QMetaObject::Connection watch(const Key<T> &key, const QObject *context, F onChange) const
    {
        const QString name = QString::fromUtf16(key.name);
        return connect(this, &Settings::changed, context, [name, onChange](const QString &changed) {
            if (changed == name)
                onChange();
        });
    }

    /// Where the settings are kept.
    QString fileName() const;
    /// Writes pending changes to disk, or says why that failed.
    Result<void, FileError> sync();

Q_SIGNALS:
    /// A setting was stored or reset (by this object); `key` is its name.
    void changed(const QString &key);

private:
    template <typename T>
    static std::optional<T> fromVariant(const QVariant &value);
    template <typename T>
    static QVariant toVariant(const T &value)
    {
        return QVariant::fromValue(value);
    }

    static QString boardKeyIn(const QStringList &boards, const QString &board);

    void migrateFromIni();
    // One key's value from the old INI settings, if it is acceptable.
    template <typename T>
    void migrate(const Key<T> &key, const QSettings &old);

    QVariant storedValue(const char16_t *name) const;
    void store(const char16_t *name, const QVariant &value);
    void remove(const char16_t *name);
    static QString rejection(const char16_t *name);

    std::unique_ptr<QTemporaryDir> m_temporaryDir; // only for createTemporary()
    std::unique_ptr<QSettings> m_settings;
};

// Reading stored values strictly: "abc" or 1 must not become the text, 0 or true expected.
// Numbers and truth values as text are read too: the old INI settings held nothing else.
template <>
std::optional<QString> Settings::fromVariant<QString>(const QVariant &value);
template <>
std::optional<int> Settings::fromVariant<int>(const QVariant &value);
template <>
std::optional<bool> Settings::fromVariant<bool>(const QVariant &value);
template <>
std::optional<QStringList> Settings::fromVariant<QStringList>(const QVariant &value);
template <>
std::optional<QMap<QString, QString>> Settings::fromVariant<QMap<QString, QString>>(const QVariant &value);
template <>
std::optional<QMap<QString, Logo>> Settings::fromVariant<QMap<QString, Logo>>(const QVariant &value);
// QSettings reads back only the map types it knows: a QVariantMap; logos as base64 text.
template <>
QVariant Settings::toVariant<QMap<QString, QString>>(const QMap<QString, QString> &value);
template <>
QVariant Settings::toVariant<QMap<QString, Logo>>(const QMap<QString, Logo> &value);

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <optional>

class QIODevice;

namespace yttra {

/// The settings file's format for QSettings: JSON read by our own parser (JsonText), so a
/// damaged or hand-edited settings file can never make Qt deserialise a binary QVariant,
/// which may abort the process or exhaust memory (issue 17).
///
/// The file is one JSON object whose members are the full keys ("review/name", ...), in key
/// order. Values are strings, true/false, integers, arrays and objects; anything else in the
/// file (null, fractions) is left out, and a file that is not such an object reads as empty.
class SettingsFormat
{
public:
    /// The settings file is read at every start: a larger one is not settings Yttra wrote.
    static constexpr qint64 maxFileBytes = 1024 * 1024;

    /// The format, registered with QSettings the first time it is asked for.
    static QSettings::Format format();

    /// The settings a file's text holds, or nothing when it is not a settings file (not JSON,
    /// not an object, larger than maxFileBytes). Nobody is told why: QSettings takes only
    /// true or false from its read function, and the damaged file is kept for a person to read.
    static std::optional<QSettings::SettingsMap> parse(const QByteArray &utf8);
    /// The file's text for the settings; values JSON cannot hold exactly are left out.
    static QByteArray serialize(const QSettings::SettingsMap &map);

    /// QSettings' read function. A file it cannot read is kept as a copy beside it (see
    /// keepDamagedCopy) before QSettings, which then treats it as empty, writes over it.
    static bool read(QIODevice &device, QSettings::SettingsMap &map);
    /// QSettings' write function.
    static bool write(QIODevice &device, const QSettings::SettingsMap &map);

    /// Copies a settings file that cannot be read to "<file>.damaged" (or "<file>.damaged-2"
    /// up to -10 when earlier copies are there; the oldest is replaced after that), unless a
    /// copy of it is already there. Returns the copy's path, or empty if none could be made.
    static QString keepDamagedCopy(const QString &file);
};

} // namespace yttra

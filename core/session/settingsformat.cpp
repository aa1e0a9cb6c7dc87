// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/settingsformat.h"

#include "format/jsontext.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Enough for a damaged file now and then over years; a bound, so that a file damaged again
// and again (or a fuzzer) cannot fill the folder.
constexpr int maxDamagedCopies = 10;

// A JSON value as QSettings and Settings expect it; nothing for what settings never hold
// (null, fractions, numbers beyond 64 bits), which is left out where it stands.
std::optional<QVariant> fromJson(const QCborValue &value)
{
    if (value.isString())
        return QVariant(value.toString());
    if (value.isBool())
        return QVariant(value.toBool());
    if (value.isInteger()) {
        const qint64 number = value.toInteger();
        if (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max())
            return QVariant(static_cast<int>(number));
        return QVariant(number);
    }
    if (value.isArray()) {
        QVariantList list;
        bool allStrings = true;
        for (const QCborValue &element : value.toArray()) {
            if (const std::optional<QVariant> converted = fromJson(element)) {
                allStrings = allStrings && converted->typeId() == QMetaType::QString;
                list.append(*converted);
            }
        }
        // A list of text is what Settings stores (the recent files): give it back as it was.
        if (allStrings) {
            QStringList strings;
            strings.reserve(list.size());
            for (const QVariant &element : std::as_const(list))
                strings.append(element.toString());
            return QVariant(strings);
        }
        return QVariant(list);
    }
    if (value.isMap()) {
        QVariantMap map;
        const QCborMap members = value.toMap();
        for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
            if (const std::optional<QVariant> converted = fromJson(it.value()))
                map.insert(it.key().toString(), *converted);
        }
        return QVariant(map);
    }
    return std::nullopt;
}

// The JSON for a stored value; nothing for a type the reader would not give back as it was
// (Settings stores none: logo data goes in as base64 text).
std::optional<QCborValue> toJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return QCborValue(value.toString());
    case QMetaType::Bool:
        return QCborValue(value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return QCborValue(value.toLongLong());
    case QMetaType::QStringList: {
        QCborArray array;
        for (const QString &element : value.toStringList())
            array.append(element);
        return QCborValue(array);
    }
    case QMetaType::QVariantList: {
        QCborArray array;
        for (const QVariant &element : value.toList()) {
            if (const std::optional<QCborValue> converted = toJson(element))
                array.append(*converted);
        }
        return QCborValue(array);
    }
    case QMetaType::QVariantMap: {
        // QVariantMap iterates in key order, and a QCborMap keeps the order it was given.
        QCborMap map;
        const QVariantMap members = value.toMap();
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (const std::optional<QCborValue> converted = toJson(it.value()))
                map.insert(it.key(), *converted);
        }
        return QCborValue(map);
    }
    default:
        return std::nullopt;
    }
}

} // namespace

QSettings::Format SettingsFormat::format()
{
    // QSettings keeps registered formats for the life of the process, and has room for few.
    static const QSettings::Format registered = QSettings::registerFormat(u"json"_s, read, write);
    return registered;
}

std::optional<QSettings::SettingsMap> SettingsFormat::parse(const QByteArray &utf8)
{
    if (utf8.size() > maxFileBytes)
        return std::nullopt;
    const auto parsed = JsonText::parse(utf8);
    if (!parsed || !parsed.value().isMap())
        return std::nullopt;
    QSettings::SettingsMap map;
    const QCborMap members = parsed.value().toMap();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        if (const std::optional<QVariant> value = fromJson(it.value()))
            map.insert(it.key().toString(), *value);
    }
    return map;
}

QByteArray SettingsFormat::serialize(const QSettings::SettingsMap &map)
{
    QCborMap members;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (const std::optional<QCborValue> value = toJson(it.value()))
            members.insert(it.key(), *value);
    }
    return JsonText::serialize(QCborValue(members));
}

bool SettingsFormat::read(QIODevice &device, QSettings::SettingsMap &map)
{
    std::optional<QSettings::SettingsMap> parsed;
    // Read no more than a settings file can be: a huge file must not take the memory.
    if (device.size() <= maxFileBytes)
        parsed = parse(device.read(maxFileBytes + 1));
    if (!parsed) {
        // QSettings reads a file it cannot read as empty and writes over it with the next
        // change (QSettings::FormatError does not stop the write): keep what the user had.
        if (const auto *file = qobject_cast<const QFile *>(&device))
            keepDamagedCopy(file->fileName());
        return false;
    }
    map.insert(*parsed);
    return true;
}

bool SettingsFormat::write(QIODevice &device, const QSettings::SettingsMap &map)
{
    const QByteArray text = serialize(map);
    return device.write(text) == text.size();
}

QString SettingsFormat::keepDamagedCopy(const QString &file)
{
    const QFileInfo original(file);
    if (!original.isFile())
        return {};
    // The copy carries the original's time, so that a file read again (QSettings reads it at
    // every sync) is not copied again: same size and time, same damage.
    const QDateTime modified = original.lastModified();
    QString target;
    QDateTime oldest;
    bool targetIsFree = false;
    for (int n = 1; n <= maxDamagedCopies; ++n) {
        const QString candidate = n == 1 ? file + u".damaged"_s : file + u".damaged-%1"_s.arg(n);
        const QFileInfo copy(candidate);
        if (!copy.exists()) {
            if (!targetIsFree) {
                target = candidate;
                targetIsFree = true;
            }
            continue;
        }
        if (copy.size() == original.size() && copy.lastModified() == modified)
            return candidate;
        if (!targetIsFree && (target.isEmpty() || copy.lastModified() < oldest)) {
            target = candidate;
            oldest = copy.lastModified();
        }
    }
    if (!targetIsFree && !QFile::remove(target))
        return {};
    if (!QFile::copy(file, target))
        return {};
    QFile copy(target);
    if (copy.open(QIODevice::ReadWrite))
        copy.setFileTime(modified, QFileDevice::FileModificationTime);
    return target;
}

} // namespace yttra

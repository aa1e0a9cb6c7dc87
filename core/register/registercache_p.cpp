// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registercache_p.h"

#include "base/savefile.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr auto cacheFormat = u"yttra-register-cache";
// Raise when RegisterSource's CBOR changes: an older cache is then read as empty.
constexpr int cacheVersion = 2; // 2: the statements' due dates

// The reasons kept for damaged files are translated: a cache made in another language is
// not used, so the reasons are always in the user's.
QString language()
{
    return QLocale().name();
}

} // namespace

RegisterCache::RegisterCache(QString cacheFile, QString folder)
    : m_cacheFile(std::move(cacheFile))
    , m_folder(std::move(folder))
{
}

void RegisterCache::load()
{
    m_files.clear();
    QFile file(m_cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QCborMap root = QCborValue::fromCbor(file.readAll()).toMap();
    if (root.value(u"format"_s).toString() != cacheFormat || root.value(u"version"_s).toInteger() != cacheVersion
        || root.value(u"statementFormat"_s).toInteger() != Statement::formatVersion
        || root.value(u"folder"_s).toString() != m_folder || root.value(u"language"_s).toString() != language())
        return;
    const QCborArray files = root.value(u"files"_s).toArray();
    m_files.reserve(files.size());
    for (const QCborValue &value : files) {
        const QCborMap entry = value.toMap();
        const QString path = entry.value(u"path"_s).toString();
        const Stamp stamp { entry.value(u"size"_s).toInteger(-1), entry.value(u"modified"_s).toInteger() };
        std::optional<RegisterSource> source = RegisterSource::fromCbor(entry.value(u"source"_s).toMap());
        if (path.isEmpty() || stamp.size < 0 || !source) {
            m_files.clear(); // a damaged cache is no cache
            return;
        }
        m_files.insert(path, { stamp, std::move(*source) });
    }
}

const RegisterSource *RegisterCache::find(const QString &relativePath, Stamp stamp) const
{
    const auto found = m_files.constFind(relativePath);
    if (found == m_files.cend() || found->first != stamp)
        return nullptr;
    return &found->second;
}

void RegisterCache::replace(QHash<QString, std::pair<Stamp, RegisterSource>> files)
{
    m_changed = files != m_files;
    m_files = std::move(files);
}

bool RegisterCache::save() const
{
    if (!m_changed)
        return true;
    if (!QDir().mkpath(QFileInfo(m_cacheFile).absolutePath()))
        return false;
    QStringList paths = m_files.keys();
    paths.sort();
    QCborArray files;
    for (const QString &path : std::as_const(paths)) {
        const auto &[stamp, source] = m_files.value(path);
        files.append(QCborMap { { u"path"_s, path }, { u"size"_s, stamp.size }, { u"modified"_s, stamp.modified },
            { u"source"_s, source.toCbor() } });
    }
    const QCborMap root { { u"format"_s, QString::fromUtf16(cacheFormat) }, { u"version"_s, cacheVersion },
        { u"statementFormat"_s, Statement::formatVersion }, { u"folder"_s, m_folder }, { u"language"_s, language() },
        { u"files"_s, files } };
    return SaveFile::write(m_cacheFile, QCborValue(root).toCbor()).ok();
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/registersource_p.h"

#include <QHash>
#include <QString>

namespace yttra {

/// What the register read from each file last time, kept in one file outside the folder read
/// (under the user's cache location), so an unchanged file is not parsed again. Only an
/// optimisation: a missing, damaged or foreign cache is read as empty, a cache that cannot be
/// written is left as it was, and deleting it changes nothing but the time taken.
class RegisterCache {
public:
    /// What identifies a file's version: its size and modification time (ms since the epoch).
    struct Stamp {
        qint64 size = -1;
        qint64 modified = 0;

        bool operator==(const Stamp &) const = default;
    };

    /// `cacheFile` holds the cache of the folder `folder` (absolute).
    RegisterCache(QString cacheFile, QString folder);

    /// Reads the cache file; any trouble leaves the cache empty.
    void load();

    /// The source kept for this path, when its stamp still matches.
    const RegisterSource *find(const QString &relativePath, Stamp stamp) const;

    /// Replaces the cache's contents with these files (the ones read this time), remembering
    /// whether that changes anything to save.
    void replace(QHash<QString, std::pair<Stamp, RegisterSource>> files);

    /// Writes the cache file atomically when its contents changed; false when it could not
    /// (the register goes on without it).
    bool save() const;

private:
    QString m_cacheFile;
    QString m_folder;
    QHash<QString, std::pair<Stamp, RegisterSource>> m_files;
    bool m_changed = false;
};

} // namespace yttra

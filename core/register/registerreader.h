// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "register/register.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace yttra {

/// Makes the register of a folder tree of .yttrande files (a shared drive): walks the tree
/// (following links, but never round a loop), reads the files in parallel, joins each first
/// statement with its follow-up and judges every item on a given day. Never writes into the
/// folder; the only file it writes is its cache, outside the folder.
class RegisterReader {
    Q_DECLARE_TR_FUNCTIONS(RegisterReader)

public:
    struct Options {
        /// The day states are judged against; invalid: today.
        QDate today;
        /// Where the cache file goes (a file per folder read); empty: defaultCacheFolder().
        /// A cache folder inside the folder read is not used.
        QString cacheFolder;
        bool useCache = true;
        /// A first statement with no follow-up period set expects its follow-up this many
        /// months after its date (the auditors usually ask for it about a year later).
        int followUpMonths = 12;
        /// Threads reading files; 0: as many as the machine has cores.
        int threads = 0;
        /// For tests: called (in the reading threads) with a file's absolute path after its
        /// bytes were read and before it is looked at again to see whether it changed meanwhile.
        std::function<void(const QString &)> afterReadingFile;
    };

    /// The register of `folder` and everything below it. Fails only when `folder` itself
    /// cannot be read; a subfolder or file that cannot is a problem in the register, and the
    /// rest is read.
    static Result<Register, FileError> read(const QString &folder, const Options &options);
    static Result<Register, FileError> read(const QString &folder) { return read(folder, Options()); }

    /// QStandardPaths' cache location, "register" below it.
    static QString defaultCacheFolder();
    /// The cache file for `folder` under `cacheFolder` (named by a hash of the folder's path).
    static QString cacheFile(const QString &folder, const QString &cacheFolder);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileerror.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace yttra {

/// The one way Yttra writes a file: all of it or nothing. The bytes go to a temporary file
/// beside the target, are flushed, and replace the target only when everything was written,
/// so a full disk, a crash or a missing permission leaves the previous file as it was.
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)

public:
    static Result<void, FileError> write(const QString &path, const QByteArray &contents);

    /// Writes the file through a library that wants a file name of its own (libxlsxwriter):
    /// `writer` writes the whole file to `temporaryPath`, a new empty file beside the target,
    /// and returns why it could not. The temporary file replaces the target (keeping an
    /// existing file's permissions) only when the writer succeeded; otherwise it is removed
    /// and the previous file is left as it was.
    using Writer = std::function<Result<void, QString>(const QString &temporaryPath)>;
    static Result<void, FileError> writeWith(const QString &path, const Writer &writer);

    /// Whether two paths name the same file, however they are spelt ("./a" and "a", a link
    /// and its target): an output must never replace the input it was made from.
    static bool isSameFile(const QString &a, const QString &b);
};

} // namespace yttra

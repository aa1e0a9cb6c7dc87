// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace yttra {

/// The one way Yttra writes a file: all of it or nothing. The bytes go to a temporary file
/// beside the target, are flushed, and replace the target only when everything was written,
/// so a full disk, a crash or a missing permission leaves the previous file as it was.
///
/// Some shared drives (SMB/CIFS) refuse to rename a file over another, or to rename at all.
/// There the file is written directly instead: the previous file is first copied to
/// backupPath(), the new bytes are written into the file and read back, and the copy is
/// removed once they match; if they cannot be written, the copy is put back. A save that
/// took this way succeeds with a warning saying so, for the user to be told: it is not
/// atomic, and a crash in the middle leaves the previous version only in the copy.
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)

public:
    /// How the finished temporary file takes the target's name: returns 0, or the errno of
    /// the failure. rename(2) unless another is given (a test gives one that fails as a
    /// shared drive does).
    using Rename = std::function<int(const QString &from, const QString &to)>;

    /// Returns the warnings the user should hear about (the direct write), usually none.
    static Result<QStringList, FileError> write(const QString &path, const QByteArray &contents, const Rename &rename = {});

    /// Writes the file through a library that wants a file name of its own (libxlsxwriter):
    /// `writer` writes the whole file to `temporaryPath`, a new empty file beside the target,
    /// and returns why it could not. The temporary file replaces the target (keeping an
    /// existing file's permissions) only when the writer succeeded; otherwise it is removed
    /// and the previous file is left as it was.
    using Writer = std::function<Result<void, QString>(const QString &temporaryPath)>;
    static Result<QStringList, FileError> writeWith(const QString &path, const Writer &writer, const Rename &rename = {});

    /// Where the previous file is copied while it is written directly: "name~" beside it
    /// ("name~2" and on when that is taken).
    static QString backupPath(const QString &path);

    /// Whether two paths name the same file, however they are spelt ("./a" and "a", a link
    /// and its target): an output must never replace the input it was made from.
    static bool isSameFile(const QString &a, const QString &b);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace yttra {

Result<void, FileError> SaveFile::write(const QString &path, const QByteArray &contents)
{
    auto failure = [&](const QString &message) {
        return Result<void, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), message});
    };

    const QFileInfo target(path);
    if (target.isDir())
        return failure(tr("is a folder, not a file"));
    // Replacing a device or a pipe by renaming a regular file over it is never what is meant.
    if (target.exists() && !target.isFile())
        return failure(tr("is not a regular file"));
    if (!target.dir().exists())
        return failure(tr("the folder %1 does not exist").arg(target.absolutePath()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("cannot be written: %1").arg(file.errorString()));
    // Write until everything is out: a write that stops part-way (a full disk, a file size
    // limit) returns a short count without an error, and only the next write says why.
    qsizetype written = 0;
    while (written < contents.size()) {
        const qint64 n = file.write(contents.constData() + written, contents.size() - written);
        if (n <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return failure(tr("could not be written completely (%1); the previous file is unchanged").arg(reason));
        }
        written += n;
    }
    if (!file.commit())
        return failure(tr("could not be saved (%1); the previous file is unchanged").arg(file.errorString()));
    return {};
}

} // namespace yttra

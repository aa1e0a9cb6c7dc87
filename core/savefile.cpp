// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Why the target cannot be written, before anything is tried; empty when it may be.
QString targetProblem(const QFileInfo &target)
{
    if (target.isDir())
        return SaveFile::tr("is a folder, not a file");
    // Replacing a device or a pipe by renaming a regular file over it is never what is meant.
    if (target.exists() && !target.isFile())
        return SaveFile::tr("is not a regular file");
    if (!target.dir().exists())
        return SaveFile::tr("the folder %1 does not exist").arg(target.absolutePath());
    return {};
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Result<void, FileError> SaveFile::write(const QString &path, const QByteArray &contents)
{
    auto failure = [&](const QString &message) {
        return Result<void, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), message});
    };

    if (const QString problem = targetProblem(QFileInfo(path)); !problem.isEmpty())
        return failure(problem);

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

Result<void, FileError> SaveFile::writeWith(const QString &path, const Writer &writer)
{
    const QFileInfo target(path);
    const bool existed = target.exists();
    if (const QString problem = targetProblem(target); !problem.isEmpty())
        return Result<void, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), problem});
    auto failure = [&](const QString &message) {
        const QString text = existed ? tr("%1; the previous file is unchanged").arg(message) : message;
        return Result<void, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), text});
    };
    // As QSaveFile does: writing through a link replaces the file it points to, not the link.
    const QString finalPath = target.isSymLink() && existed ? target.canonicalFilePath() : target.absoluteFilePath();
    const QFileInfo final(finalPath);

    // A new, empty file beside the target under a name nobody else uses, created as any new
    // file is (0666 less the umask), so the writer only has to fill it.
    QString temporary;
    for (int attempt = 0; attempt < 20 && temporary.isEmpty(); ++attempt) {
        const QString candidate = final.dir().filePath(
            u".%1.%2.tmp"_s.arg(final.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')));
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            temporary = candidate;
        } else if (!QFileInfo::exists(candidate)) {
            return failure(tr("cannot be written: %1").arg(file.errorString()));
        }
    }
    if (temporary.isEmpty())
        return failure(tr("cannot be written: no free name for a temporary file in %1").arg(final.absolutePath()));

    auto discard = [&](const QString &message) {
        QFile::remove(temporary);
        return failure(message);
    };
    if (auto written = writer(temporary); !written)
        return discard(tr("could not be written: %1").arg(written.error()));
    if (existed)
        QFile::setPermissions(temporary, QFile::permissions(finalPath));

    // On disk before it takes the target's name: a crash after the rename must not leave an
    // empty file where the previous one was.
    {
        QFile file(temporary);
        if (!file.open(QIODevice::ReadWrite))
            return discard(tr("could not be written: %1").arg(file.errorString()));
        if (::fsync(file.handle()) != 0)
            return discard(tr("could not be written to disk: %1").arg(systemError(errno)));
    }
    // rename() replaces the target in one step: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(finalPath).constData()) != 0)
        return discard(tr("could not be saved: %1").arg(systemError(errno)));
    return {};
}

bool SaveFile::isSameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

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

int renameFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0 ? 0 : errno;
}

// The ways SMB/CIFS shares (and Windows underneath them) refuse a rename they would allow as
// a write: the target is open elsewhere, renaming over a file is not supported, or renaming
// is not allowed at all. A full disk or a broken connection would fail a direct write too.
bool renameRefused(int error)
{
    return error == EACCES || error == EPERM || error == EBUSY || error == ETXTBSY || error == EEXIST
           || error == EOPNOTSUPP || error == ENOTSUP || error == ENOSYS;
}

// Writes until everything is out: a write that stops part-way (a full disk, a file size
// limit) returns a short count without an error, and only the next write says why. The
// file must be open Unbuffered: QFile's buffer would take the bytes and its flush() lose
// the reason after a short write ("Unknown error").
Result<void, QString> writeAll(QFile &file, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return Result<void, QString>::failure(file.errorString());
        written += n;
    }
    if (!file.flush())
        return Result<void, QString>::failure(file.errorString());
    return {};
}

Result<QByteArray, QString> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray, QString>::failure(file.errorString());
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray, QString>::failure(file.errorString());
    return bytes;
}

// Writes `bytes` over the file at `path` in place, puts them on disk and reads them back: a
// drive that refuses renames is not trusted to keep every write either.
Result<void, QString> writeInPlace(const QString &path, const QByteArray &bytes)
{
    using R = Result<void, QString>;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            return R::failure(file.errorString());
        if (auto written = writeAll(file, bytes); !written)
            return written;
        if (::fsync(file.handle()) != 0)
            return R::failure(systemError(errno));
        file.close();
        // A network file system may report a lost write only when the file is closed.
        if (file.error() != QFileDevice::NoError)
            return R::failure(file.errorString());
    }
    const auto back = readAll(path);
    if (!back)
        return R::failure(SaveFile::tr("it cannot be read back: %1").arg(back.error()));
    if (back.value().size() != bytes.size())
        return R::failure(SaveFile::tr("%1 bytes were read back instead of %2").arg(back.value().size()).arg(bytes.size()));
    if (back.value() != bytes)
        return R::failure(SaveFile::tr("the bytes read back differ from those written"));
    return {};
}

// A new, empty file for the copy of the previous version, only as readable as the file: its
// name is the first free one of "name~", "name~2", ... so a copy someone keeps, or one a
// crash left behind, is never overwritten.
Result<QString, QString> createBackup(const QString &target)
{
    const QString base = SaveFile::backupPath(target);
    for (int n = 1; n < 100; ++n) {
        const QString candidate = n == 1 ? base : base + QString::number(n);
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.setPermissions(QFile::permissions(target));
            return candidate;
        }
        if (!QFileInfo::exists(candidate))
            return Result<QString, QString>::failure(file.errorString());
    }
    return Result<QString, QString>::failure(SaveFile::tr("%1 and the 98 names after it are taken").arg(QDir::toNativeSeparators(base)));
}

// The way round a drive that refused the rename (`refused` says how): the temporary file's
// bytes are written into the target itself, after the previous file was copied beside it, and
// the copy is written back if that fails. Returns the warning for the user, or what went
// wrong and where the previous version is.
Result<QString, QString> writeDirectly(const QString &temporary, const QString &target, bool existed, const QString &refused)
{
    using R = Result<QString, QString>;
    const auto contents = readAll(temporary);
    if (!contents) {
        return R::failure(SaveFile::tr("could not be saved: %1, and the new content could not be read from the temporary file (%2)")
                              .arg(refused, contents.error()));
    }

    if (!existed) {
        if (auto written = writeInPlace(target, contents.value()); !written) {
            QFile::remove(target);
            return R::failure(SaveFile::tr("could not be saved: %1, and writing it directly failed too (%2)").arg(refused, written.error()));
        }
        return SaveFile::tr("written directly, as the drive refused to give the file its name in one step (%1); the new "
                            "content was read back and checked")
            .arg(refused);
    }

    // The copy is made before the target is touched: from the moment it is truncated until
    // the new bytes are checked, the copy is the only whole previous version.
    const auto previous = readAll(target);
    if (!previous) {
        return R::failure(SaveFile::tr("could not be saved: %1, and the previous file cannot be read to copy it first (%2); "
                                       "the previous file is unchanged")
                              .arg(refused, previous.error()));
    }
    const auto created = createBackup(target);
    if (!created) {
        return R::failure(SaveFile::tr("could not be saved: %1, and no copy of the previous file could be made beside it "
                                       "first (%2); the previous file is unchanged")
                              .arg(refused, created.error()));
    }
    const QString backup = created.value();
    const QString shownBackup = QDir::toNativeSeparators(backup);
    if (auto copied = writeInPlace(backup, previous.value()); !copied) {
        QFile::remove(backup);
        return R::failure(SaveFile::tr("could not be saved: %1, and the previous file could not be copied to %2 first (%3); "
                                       "the previous file is unchanged")
                              .arg(refused, shownBackup, copied.error()));
    }

    if (auto written = writeInPlace(target, contents.value()); !written) {
        // A write refused at the start (no permission) has not touched the file: it needs no
        // putting back, which might fail for the same reason and claim a loss that is not.
        if (const auto now = readAll(target); now && now.value() == previous.value()) {
            QFile::remove(backup);
            return R::failure(SaveFile::tr("could not be saved: %1, and writing into it directly failed (%2); the previous file "
                                           "is unchanged")
                                  .arg(refused, written.error()));
        }
        if (auto restored = writeInPlace(target, previous.value()); !restored) {
            return R::failure(SaveFile::tr("could not be saved: %1, and writing into it directly failed (%2); the previous "
                                           "version could not be put back (%3) and is kept in %4")
                                  .arg(refused, written.error(), restored.error(), shownBackup));
        }
        QFile::remove(backup);
        return R::failure(SaveFile::tr("could not be saved: %1, and writing into it directly failed (%2); the previous version "
                                       "was put back")
                              .arg(refused, written.error()));
    }
    QFile::remove(backup);
    return SaveFile::tr("written directly into the file, as the drive refused to replace it in one step (%1); the "
                        "previous version was kept in %2 until the new one was read back and checked")
        .arg(refused, shownBackup);
}

} // namespace

Result<QStringList, FileError> SaveFile::write(const QString &path, const QByteArray &contents, const Rename &rename)
{
    // A file the user made read-only is not replaced, though its folder would allow it.
    const QFileInfo target(path);
    if (target.isFile() && !target.isWritable())
        return Result<QStringList, FileError>::failure({FileError::Kind::CannotWrite, path, QString(), tr("cannot be written: the file is read-only")});

    const Writer writeBytes = [&contents](const QString &temporaryPath) -> Result<void, QString> {
        QFile file(temporaryPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Result<void, QString>::failure(file.errorString());
        return writeAll(file, contents);
    };
    return writeWith(path, writeBytes, rename);
}

Result<QStringList, FileError> SaveFile::writeWith(const QString &path, const Writer &writer, const Rename &rename)
{
    using R = Result<QStringList, FileError>;
    const QFileInfo target(path);
    const bool existed = target.exists();
    if (const QString problem = targetProblem(target); !problem.isEmpty())
        return R::failure({FileError::Kind::CannotWrite, path, QString(), problem});
    auto failure = [&](const QString &message) {
        const QString text = existed ? tr("%1; the previous file is unchanged").arg(message) : message;
        return R::failure({FileError::Kind::CannotWrite, path, QString(), text});
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
    const int renameError = rename ? rename(temporary, finalPath) : renameFile(temporary, finalPath);
    if (renameError == 0)
        return QStringList();
    if (!renameRefused(renameError))
        return discard(tr("could not be saved: %1").arg(systemError(renameError)));

    auto direct = writeDirectly(temporary, finalPath, existed, systemError(renameError));
    QFile::remove(temporary);
    if (!direct)
        return R::failure({FileError::Kind::CannotWrite, path, QString(), direct.error()});
    return QStringList{direct.value()};
}

QString SaveFile::backupPath(const QString &path)
{
    return path + u'~';
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

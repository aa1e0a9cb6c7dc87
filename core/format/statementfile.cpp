// SPDX-License-Identifier: GPL-3.0-or-later
#include "format/statementfile.h"

#include "base/savefile.h"
#include "validation/validator.h"

#include <QFile>
#include <QFileInfo>

namespace yttra {

Result<ReadStatement, FileError> StatementFile::load(const QString &path)
{
    auto failure = [&](FileError::Kind kind, const QString &message) {
        return Result<ReadStatement, FileError>::failure({kind, path, QString(), message});
    };

    const QFileInfo info(path);
    if (!info.exists())
        return failure(FileError::Kind::CannotRead, tr("no such file"));
    if (info.isDir())
        return failure(FileError::Kind::CannotRead, tr("is a folder, not a statement file"));
    // A pipe or a device would block the reader or never end.
    if (!info.isFile())
        return failure(FileError::Kind::CannotRead, tr("is not a regular file"));
    // Say "larger than" rather than a rounded size: 50 MB and one byte would round to "50 MB".
    if (info.size() > maxSize) {
        return failure(FileError::Kind::Invalid, tr("is larger than %1 MB (%2 bytes); statement files that large are refused")
                                                     .arg(maxSize / (1024 * 1024))
                                                     .arg(info.size()));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(FileError::Kind::CannotRead, tr("cannot be read: %1").arg(file.errorString()));
    // Read one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(FileError::Kind::CannotRead, tr("cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > maxSize)
        return failure(FileError::Kind::Invalid, tr("is larger than %1 MB; statement files that large are refused").arg(maxSize / (1024 * 1024)));
    return fromBytes(bytes, path);
}

Result<ReadStatement, FileError> StatementFile::fromBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.trimmed().isEmpty())
        return Result<ReadStatement, FileError>::failure({FileError::Kind::Invalid, name, QString(), tr("the file is empty")});
    auto read = JsonFormat::read(bytes);
    if (!read) {
        return Result<ReadStatement, FileError>::failure(
            {FileError::Kind::Invalid, name, read.error().location, read.error().message});
    }
    return std::move(read).value();
}

Result<QStringList, FileError> StatementFile::save(const Statement &statement, const QString &path)
{
    // A file with a structural error (no board, a duplicate id, a broken link) would not open
    // again; refuse it and say what to mend, while the old file stays as it was.
    const QList<Finding> findings = Validator::check(statement);
    for (const Finding &finding : findings) {
        if (finding.severity == Finding::Severity::Error) {
            return Result<QStringList, FileError>::failure(
                {FileError::Kind::Invalid, path, finding.pointer, tr("cannot be saved until this is mended: %1").arg(finding.message)});
        }
    }
    return SaveFile::write(path, JsonFormat::write(statement));
}

} // namespace yttra

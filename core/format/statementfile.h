// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "format/jsonformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace yttra {

/// Reading and writing .yttrande files on disk: the checks a file needs before its bytes
/// are parsed (exists, is a file, not empty, not huge) and the atomic save.
class StatementFile
{
    Q_DECLARE_TR_FUNCTIONS(StatementFile)

public:
    /// Larger files are refused unread: no real statement comes near it.
    static constexpr qint64 maxSize = 50 * 1024 * 1024;

    static Result<ReadStatement, FileError> load(const QString &path);

    /// Parses bytes that came from somewhere other than a file on disk (the built-in example);
    /// `name` is what error messages call them.
    static Result<ReadStatement, FileError> fromBytes(const QByteArray &bytes, const QString &name);

    /// Returns SaveFile's warnings (a save written directly where a shared drive refused the
    /// rename), for the user to be told.
    static Result<QStringList, FileError> save(const Statement &statement, const QString &path);
};

} // namespace yttra

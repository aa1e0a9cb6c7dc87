// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileerror.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace yttra {

/// The one way Yttra writes a file: all of it or nothing. The bytes go to a temporary file
/// beside the target, are flushed, and replace the target only when everything was written,
/// so a full disk, a crash or a missing permission leaves the previous file as it was.
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)

public:
    static Result<void, FileError> write(const QString &path, const QByteArray &contents);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "register/register.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace yttra {

/// The register of a folder tree as an Excel workbook for whoever follows the measures up:
/// the sheet "Register" (a row per entry, real dates, a filter, the header frozen, overdue
/// rows marked by colour and by the state's word) and the sheet "Problems" (the files that
/// could not be used).
class RegisterWorkbook {
    Q_DECLARE_TR_FUNCTIONS(RegisterWorkbook)

public:
    /// Writes the workbook to `path` completely or not at all: an existing file there is
    /// replaced only by a finished workbook. Returns the warnings (a text cut at Excel's
    /// limit of characters in a cell).
    static Result<QStringList, FileError> write(const Register &reg, const QString &path);
};

} // namespace yttra

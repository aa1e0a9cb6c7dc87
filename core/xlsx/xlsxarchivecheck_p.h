// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

namespace yttra {

/// Reads a written workbook back before it replaces anything: every part of the zip archive
/// unpacks to its recorded size and checksum (ZipPackage, with libzip), and every XML part
/// is well-formed. libxlsxwriter
/// ignores write errors on its own temporary files, so a full temporary folder would otherwise
/// give a workbook that looks written and does not open.
class XlsxArchiveCheck
{
    Q_DECLARE_TR_FUNCTIONS(XlsxArchiveCheck)

public:
    static Result<void, QString> check(const QString &path);
};

} // namespace yttra

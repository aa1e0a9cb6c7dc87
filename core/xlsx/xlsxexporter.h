// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "model/measure.h"
#include "model/statement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yttra {

/// The statement as the action plan auditors and controllers consolidate in Excel: the
/// sheets Rekommendationer (one row per item), Åtgärder (one row per measure) and
/// Uppgifter (the statement's details and counts), as docs/templates.md describes them.
class XlsxExporter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExporter)

public:
    /// Writes the workbook to `path` completely or not at all: an existing file there is
    /// replaced only by a finished workbook. Returns the warnings (a text cut at Excel's
    /// limit of characters in a cell, naming sheet, row and column).
    static Result<QStringList, FileError> write(const Statement &statement, const QString &path);

    /// An item's status as the Rekommendationer sheet shows it, derived from the statuses of
    /// the measures linked to it; none when no measure is linked (see docs/templates.md).
    static std::optional<MeasureStatus> itemStatus(const QList<MeasureStatus> &linked);
};

} // namespace yttra

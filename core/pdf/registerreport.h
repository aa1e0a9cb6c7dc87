// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdfstyle.h"
#include "register/register.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace yttra {

/// The register of a folder tree as a tagged PDF for the board: the folder and the day it
/// was judged, how many items are in each state, then audit by audit (a heading with its
/// reference, board and title) a table of the items with their state, next date and
/// measures. Laid out and written as the statement's PDF is (PdfDocument, PdfExporter).
class RegisterReport {
    Q_DECLARE_TR_FUNCTIONS(RegisterReport)

public:
    static Result<PdfDocument, QString> layout(const Register &reg, const PdfStyle &style = {});
    /// Writes the PDF to `path` completely or not at all (through SaveFile); returns its warnings.
    static Result<QStringList, FileError> write(const Register &reg, const QString &path);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "model/statement.h"
#include "pdf/pdfdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace yttra {

/// The statement as a tagged PDF in the auditors' template: every block in the structure
/// tree in reading order, fonts embedded as subsets, title, author, subject, keywords,
/// creator and language set. The statement never contains review comments; only the review
/// copy (PdfCopy::ReviewCopy) has the open ones, as numbered end notes.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    /// The PDF file's bytes. To learn what it goes without, lay the document out and ask it
    /// (PdfDocument::warnings()).
    static Result<QByteArray, QString> render(const Statement &statement, PdfCopy copy = PdfCopy::Statement);
    /// The PDF of an already laid-out document (the preview's, or a comparison), so print
    /// shows exactly it.
    static Result<QByteArray, QString> render(const PdfDocument &document);

    /// Writes the PDF to `path` completely or not at all (through SaveFile): an existing
    /// file there is replaced only by a finished PDF. Returns the warnings: what the PDF
    /// goes without (PdfDocument::warnings()), and SaveFile's.
    static Result<QStringList, FileError> write(const Statement &statement, const QString &path, PdfCopy copy = PdfCopy::Statement);
    /// Returns SaveFile's warnings only: the document's own are the caller's to ask for.
    static Result<QStringList, FileError> write(const PdfDocument &document, const QString &path);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "pdf/pdfdocument.h"
#include "pdf/pdfstyle.h"
#include "review/comparison.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace yttra {

/// What a comparison PDF calls the two versions it compares (their file names), and the
/// language of its own words ("sv" or "en").
struct ComparisonTitles
{
    QString before; // the older version
    QString after;  // the newer version
    QString language = QStringLiteral("sv");
};

/// The differences between two versions of a statement as a tagged PDF, for a review on
/// paper: the two versions, the measures whose status changed first (what a reviewer looks
/// for first), then part by part what was added, removed, moved or changed, changed text
/// word by word with removed words struck through and added words underlined. Laid out and
/// written as the statement's PDF is (PdfDocument, PdfExporter).
class ComparisonPdf
{
public:
    static Result<PdfDocument, QString> layout(const QList<Difference> &differences, const ComparisonTitles &titles,
                                               const PdfStyle &style = {});
    /// The PDF file's bytes.
    static Result<QByteArray, QString> render(const QList<Difference> &differences, const ComparisonTitles &titles);
    /// Writes the PDF to `path` completely or not at all (through SaveFile); returns its warnings.
    static Result<QStringList, FileError> write(const QList<Difference> &differences, const ComparisonTitles &titles, const QString &path);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "pdf/pdfdocumentinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace yttra {

/// Makes the tagged PDF cairo wrote an archive-grade one (PDF/A-2a, PDF/UA-1), on the object
/// level with libqpdf: the catalog's /Lang, /MarkInfo and /ViewerPreferences, XMP metadata
/// that says what the Info dictionary says and which standards the file claims, an sRGB
/// output intent, and everything drawn outside the structure tree (page headers, footers,
/// page numbers, frames and rules) marked as an artifact. Cairo 1.16 can write none of these.
class PdfArchive
{
    Q_DECLARE_TR_FUNCTIONS(PdfArchive)

public:
    /// The PDF as cairo wrote it, finished; its Info dictionary and XMP metadata say what
    /// `info` says, made at `created` by this Yttra.
    static Result<QByteArray, QString> finish(const QByteArray &pdf, const PdfDocumentInfo &info, const QDateTime &created);

    /// Whether the environment asks for plain PDF (YTTRA_PDF_PLAIN=1, for a board whose
    /// systems refuse PDF/A): the file then claims no PDF/A conformance and has no output
    /// intent; it stays tagged, PDF/UA-1, with its language, metadata and artifacts.
    static bool plainRequested();

    /// The sRGB colour profile of the output intent (icc-profiles-free's sRGB.icc).
    static QByteArray srgbProfile();
};

} // namespace yttra

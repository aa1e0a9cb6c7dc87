// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace yttra {

/// What an archived PDF says about itself, in its Info dictionary and its XMP metadata alike.
struct PdfArchiveInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString language; // "sv-SE"
    QString creator;  // "Yttra 0.1.0"
    QDateTime created;
};

/// Makes the tagged PDF cairo wrote an archive-grade one (PDF/A-2a, PDF/UA-1), on the object
/// level with libqpdf: the catalog's /Lang, /MarkInfo and /ViewerPreferences, XMP metadata
/// that says what the Info dictionary says and which standards the file claims, an sRGB
/// output intent, and everything drawn outside the structure tree (page headers, footers,
/// page numbers, frames and rules) marked as an artifact. Cairo 1.16 can write none of these.
class PdfArchive
{
    Q_DECLARE_TR_FUNCTIONS(PdfArchive)

public:
    static Result<QByteArray, QString> finish(const QByteArray &pdf, const PdfArchiveInfo &info);

    /// The XMP packet written into the catalog's /Metadata.
    static QByteArray xmp(const PdfArchiveInfo &info, const QString &producer);
    /// The sRGB colour profile of the output intent (icc-profiles-free's sRGB.icc).
    static QByteArray srgbProfile();
};

} // namespace yttra

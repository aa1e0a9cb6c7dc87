// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace yttra {

/// Adds what cairo 1.16 cannot write (the document language, /Lang) to a finished PDF as a
/// standard incremental update: a new version of the catalog appended after the file, an
/// xref section for it and a trailer pointing back with /Prev. The original bytes stay as
/// they are, so nothing cairo wrote is reinterpreted.
class PdfIncrementalUpdate
{
    Q_DECLARE_TR_FUNCTIONS(PdfIncrementalUpdate)

public:
    /// `entries` are complete dictionary entries, e.g. "/Lang (sv-SE)". The update's trailer
    /// also gets a file identifier (/ID) when the original has none.
    static Result<QByteArray, QString> addToCatalog(const QByteArray &pdf, const QByteArray &entries);

    /// A PDF string for text: a literal (…) for printable ASCII, else UTF-16BE in hex.
    static QByteArray pdfString(const QString &text);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

namespace yttra {

/// Makes sure the statement's font family is really installed before anything is laid out:
/// fontconfig answers every request with some font, so a missing family would otherwise
/// print silently in a different face with different line breaks.
class PdfFontCheck
{
    Q_DECLARE_TR_FUNCTIONS(PdfFontCheck)

public:
    /// Success when fontconfig's match for the family, in regular, bold and italic, is that
    /// family and covers the Swedish letters; otherwise an error that names the family, what
    /// fontconfig offered instead and the Debian package to install.
    static Result<void, QString> check(const QString &family);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/reportpage.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace yttra {

/// One word on a page and where it stands (points from the top left): from a PDF's text
/// layer or from text recognition of a scanned page.
struct PageWord
{
    QString text;
    QRectF box;
    bool spaceAfter = false; // the file puts a space after it (else the gap decides)
};

/// Puts a page's words into lines in reading order, whichever way the words were read.
class WordLayout
{
public:
    static QList<ReportLine> lines(QList<PageWord> words);
};

} // namespace yttra

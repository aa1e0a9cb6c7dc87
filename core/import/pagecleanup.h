// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/reportpage.h"

#include <QList>
#include <QString>

namespace yttra {

/// A line of the cleaned text, for what is laid out line by line (a "Till:" list).
struct CleanLine
{
    QString text;
    int page = 0;
    bool breakBefore = false; // a blank line, a wide gap or a new page came before it
    bool heading = false;
    bool margin = false;      // in a PDF page's header or footer area, or a footnote
    bool footnote = false;
};

/// The pages with what the layout repeats on every page taken off.
struct CleanPages
{
    QList<ReportPage> pages;   // each line evened out (ReportText::normalisedLine()), indentation kept
    QList<CleanLine> running;  // the running headers and footers removed, one entry per page they were on
    QList<int> emptyPages;     // PDF pages with no text at all (scanned pages inside a text PDF)
    int pageCount = 0;
};

/// The import's first pass: evens out each line and removes running page headers and
/// footers (municipality, title, date, page numbers), whether the report is a PDF, a text
/// file with form feeds, or a text file saved from a PDF that still carries them between
/// the pages' text.
class PageCleanup
{
public:
    static CleanPages clean(const QList<ReportPage> &pages);

private:
    static void removeRunningLines(CleanPages &clean);
    static void removeRepeatedLines(CleanPages &clean);
    static void separateFootnotes(ReportPage &page);
};

} // namespace yttra

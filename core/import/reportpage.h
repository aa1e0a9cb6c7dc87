// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace yttra {

/// A word of a line from a PDF and where it stands across the page.
struct LineWord
{
    QString text;
    double left = 0;
    double right = 0;
    bool spaceBefore = false; // set apart from the word before (else one word split in two by the file)
};

/// One line of a report as read from the file, before any clean-up. From a PDF it carries
/// where it stands on the page (points from the top left), which tells headers, footers,
/// headings and paragraph breaks apart; from a text file the geometry is unknown (-1).
struct ReportLine
{
    QString text;
    double top = -1;
    double bottom = -1;
    double left = -1;
    double right = -1;
    double height = -1;       // the height of its words: the font size, near enough
    double contentLeft = -1;  // where the text after a leading one-character mark (a bullet) begins
    bool blankBefore = false; // text files: an empty line came before this one
    int markdownLevel = 0;    // text files: 1-6 for a "#" heading line, else 0
    bool recognized = false;  // read by text recognition from a scanned page: may hold misread words
    QList<LineWord> words;    // PDFs: its words, left to right, where they stand (a table's cells are told by them)
    double columnLeft = -1;   // on a page set in columns: the left and right edges of its column
    double columnRight = -1;
    bool footnote = false;    // a footnote, kept out of the text it annotates
    int number = 0;           // where it stands on its page (in a file without pages, in the file), from 1

    bool hasGeometry() const { return height > 0; }
};

/// One page of a report: a PDF page, or in a text file the part between two form feeds.
/// `number` counts from 1; a text file without form feeds is one page numbered 0, meaning
/// "no page numbers" (places are then given by section only).
struct ReportPage
{
    int number = 0;
    double width = -1;
    double height = -1;
    QList<ReportLine> lines;
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yttra {

/// The look of the printed statement: page, margins, font and spacing, in points (1/72 inch).
/// One value, so the PDF and the preview cannot differ, and a test can ask for a font that
/// is not installed.
struct PdfStyle
{
    static constexpr double millimetre = 72.0 / 25.4;

    double pageWidth = 210 * millimetre; // A4 portrait
    double pageHeight = 297 * millimetre;
    double marginLeft = 25 * millimetre;
    double marginRight = 25 * millimetre;
    double marginTop = 28 * millimetre; // the body; the page header sits above it
    double marginBottom = 25 * millimetre;
    double headerTop = 12 * millimetre;

    /// Liberation Serif (fonts-liberation2) covers Swedish fully and is metric-compatible
    /// with Times New Roman, the face of most municipal templates.
    QString family = QStringLiteral("Liberation Serif");
    double bodySize = 11.5;
    double headerSize = 9;
    double tableSize = 10;
    double heading1Size = 18;
    double heading2Size = 14;
    double heading3Size = 11.5;

    double paragraphSpace = 7;  // between paragraphs
    double listItemSpace = 3;   // between the items of a list
    double heading2Space = 18;  // above a section heading
    double heading3Space = 10;  // above a subheading
    double headingGap = 3;      // between a heading and what follows it
    double listIndent = 18;     // per nesting level
    double listLabelWidth = 16;
    double framePadding = 6;
    double frameLineWidth = 0.75;
    double cellPadding = 3;
    double ruleWidth = 0.5;
    double signatureSpace = 30; // room to sign above the dotted line
    double fieldLabelWidth = 32 * millimetre;
    double noteIndent = 26;     // a review note's text, after its number
    double bannerSize = 10;     // "Granskningsexemplar – inte beslutat" above the page header
    double bannerTop = 6 * millimetre;
    /// The board's logo sits at the top left of the first page's header, the board's name
    /// beside it; this high it still ends above the body.
    double logoMaxWidth = 45 * millimetre;
    double logoMaxHeight = 13 * millimetre;
    double logoGap = 4 * millimetre;

    /// Lines a section must be able to start with: an item does not begin in the last few
    /// lines of a page.
    int itemStartLines = 6;

    double placeholderGrey = 0.45;

    double bodyWidth() const { return pageWidth - marginLeft - marginRight; }
    double bodyBottom() const { return pageHeight - marginBottom; }

    bool operator==(const PdfStyle &) const = default;
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPDFObjectHandle; // libqpdf stays out of the painter, which includes this for partTag

namespace yttra {

/// Makes a table row split over pages one row again in the structure tree. Cairo 1.16
/// writes structure elements strictly nested in drawing order, so the part of a row drawn on
/// the next page (after the repeated header row) cannot go into the row's cells, which were
/// closed on the page before. The painter tags it as a row part (`partTag`) with one cell
/// per column; joining moves each part cell's content to the end of the row's cell in the
/// same column and removes the part, so a screen reader reads one row with whole cells.
class PdfSplitRows
{
public:
    /// The row part's element: cairo takes only the standard structure types, and Private
    /// is the one meant for what the producer uses on its own. Yttra uses it for nothing else.
    static constexpr const char *partTag = "Private";

    /// Joins every row part under the structure tree root `root` to the row before it.
    static void join(QPDFObjectHandle root);
};

} // namespace yttra

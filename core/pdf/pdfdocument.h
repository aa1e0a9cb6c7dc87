// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/statement.h"
#include "pdf/pdfblock.h"
#include "pdf/pdfcopy.h"
#include "pdf/pdfdocumentinfo.h"
#include "pdf/pdfpage.h"
#include "pdf/pdfstyle.h"

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

namespace yttra {

struct PdfDocumentData;

/// A statement laid out in the auditors' template (or another document in its look, such as
/// the comparison of two versions): blocks, lines and A4 pages, ready to be
/// drawn as PDF pages (PdfExporter) or as preview images (renderPage). Laying out and
/// drawing need no QGuiApplication and use a Pango context of the document's own (or shared
/// with the layout it was made from), so both may run in a worker thread; a document may be
/// handed between threads, and drawing is serialised. Copies share the same laid-out pages.
class PdfDocument
{
public:
    /// An empty document with no pages.
    PdfDocument();

    /// What a statement's PDF says about itself: page header, title, author, subject,
    /// keywords, language. The Word export's document properties say the same.
    static PdfDocumentInfo info(const Statement &statement, PdfCopy copy = PdfCopy::Statement);
    /// Lays the statement out, as the statement or as the review copy (see PdfCopy). Fails,
    /// saying why, when the style's font family is not installed: it never prints in a
    /// substitute face.
    ///
    /// Given the `previous` layout of (an earlier version of) a document, it lays out again:
    /// every block whose shaping inputs equal those of one of its blocks, with the same style,
    /// language and table columns, keeps that block's shaped lines, and only the others are
    /// shaped; the pages are broken anew. The result is the same as without `previous`. The
    /// two documents then share their Pango objects, and drawing either waits for the other
    /// (see PdfPangoContext); without `previous` the document has Pango objects of its own.
    static Result<PdfDocument, QString> layout(const Statement &statement, const PdfStyle &style = {},
                                               PdfCopy copy = PdfCopy::Statement, const PdfDocument *previous = nullptr);
    /// Lays out blocks built for another document (the comparison of two versions) on the
    /// same pages, with the page header and metadata of `info`; `previous` as above.
    static Result<PdfDocument, QString> layout(const QList<PdfBlock> &blocks, const PdfDocumentInfo &info,
                                               const PdfStyle &style = {}, const PdfDocument *previous = nullptr);

    int pageCount() const;
    /// The page size in points (1/72 inch).
    QSizeF pageSize() const;
    const PdfStyle &style() const;

    /// What the layout decided, for tests and the preview: blocks in reading order and the
    /// pages with the blocks (or their parts) placed on them.
    const QList<PdfBlock> &blocks() const;
    const QList<PdfPage> &pages() const;
    /// How many blocks kept their shaping from the previous layout, and whether block `index`
    /// did: what a relayout saved, for tests and benchmarks.
    int reusedBlocks() const;
    bool isReused(int index) const;

    /// What the document goes without, and why (a logo that cannot be drawn): it was made
    /// anyway, and the user should be told.
    const QStringList &warnings() const;

    /// Page `index` (from 0) as an image at the given resolution, white background, drawn
    /// from the same layout as the PDF. A null image for an index out of range.
    QImage renderPage(int index, double dotsPerInch) const;

private:
    friend class PdfExporter;
    std::shared_ptr<PdfDocumentData> d;
};

} // namespace yttra

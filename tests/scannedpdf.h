// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scanned reports made from the corpus (tests/data/reports): a page of a PDF with text drawn
// as an image into a new PDF, so the text recognition reads a page whose words are known.
// Shared by the OCR test (tst_ocr) and its benchmark (bench_ocr).

#include <QImage>
#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <poppler-qt6.h>

#include <memory>
#include <variant>

namespace yttra::test {

/// One sheet of the PDF made: page `index` (from 0) of the source as a scanned image, text
/// drawn as text (a page with a text layer), or nothing (a blank page).
struct ScannedSheet
{
    enum class Kind { Scan, Text, Blank };
    Kind kind = Kind::Scan;
    int index = 0;
    QString text;

    static ScannedSheet scan(int index) { return {Kind::Scan, index, {}}; }
    static ScannedSheet withText(const QString &text) { return {Kind::Text, 0, text}; }
    static ScannedSheet blank() { return {Kind::Blank, 0, {}}; }
};

/// Writes `out` (A4 sheets as the source's pages are) from `sheets`, scans rendered in grey at
/// `dpi` as a scanner would; returns an error message, empty on success.
inline QString writeScanOf(const QString &source, const QList<ScannedSheet> &sheets, const QString &out,
                               int dpi = 250)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(source);
    if (!document || document->isLocked())
        return QStringLiteral("cannot open %1").arg(source);
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);

    QPdfWriter writer(out);
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const ScannedSheet &sheet = sheets.at(i);
        if (i > 0 && !writer.newPage())
            return QStringLiteral("cannot add a page to %1").arg(out);
        if (i == 0 && !painter.begin(&writer))
            return QStringLiteral("cannot write %1").arg(out);
        switch (sheet.kind) {
        case ScannedSheet::Kind::Scan: {
            std::unique_ptr<Poppler::Page> page = document->page(sheet.index);
            if (!page)
                return QStringLiteral("%1 has no page %2").arg(source).arg(sheet.index + 1);
            const QImage image = page->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
            if (image.isNull())
                return QStringLiteral("cannot render page %1 of %2").arg(sheet.index + 1).arg(source);
            // The writer's resolution is the scan's: one image pixel is one device pixel.
            painter.drawImage(QPoint(0, 0), image);
            break;
        }
        case ScannedSheet::Kind::Text: {
            QFont font(QStringLiteral("Liberation Serif"));
            font.setPointSizeF(11);
            painter.setFont(font);
            const QRect area = painter.viewport().adjusted(dpi, dpi, -dpi, -dpi); // an inch of margin
            painter.drawText(area, Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft, sheet.text);
            break;
        }
        case ScannedSheet::Kind::Blank:
            break;
        }
    }
    if (!painter.end())
        return QStringLiteral("cannot finish %1").arg(out);
    return {};
}

} // namespace yttra::test

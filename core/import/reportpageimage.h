// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
class Page;
}

namespace yttra {

/// The pages of an imported PDF report as pictures, so the user can check what the importer
/// found against the page it came from. The document is read once and kept for the next
/// page; a file that is gone or changed since gives an error instead of another report's page.
class ReportPageImage
{
    Q_DECLARE_TR_FUNCTIONS(ReportPageImage)

public:
    explicit ReportPageImage(QString path);
    ~ReportPageImage();
    ReportPageImage(const ReportPageImage &) = delete;
    ReportPageImage &operator=(const ReportPageImage &) = delete;

    QString path() const { return m_path; }

    /// How many pages the PDF has.
    Result<int> pageCount();

    /// Page `page`'s size (1-based) in PDF points, as the importer's boxes measure it.
    Result<QSizeF> pageSize(int page);

    /// Page `page` (1-based) drawn at `dpi` dots per inch (72: one pixel per point).
    Result<QImage> render(int page, qreal dpi);

private:
    /// The document, read now unless it was read before from the file as it still is.
    Result<Poppler::Document *> document();
    /// Page `page` (from 1) of the document, or why there is none.
    Result<std::unique_ptr<Poppler::Page>> pageAt(int page);

    QString m_path;
    std::unique_ptr<Poppler::Document> m_document;
    QDateTime m_modified; // the file's, when the document was read

    qint64 m_size = -1;
};

} // namespace yttra

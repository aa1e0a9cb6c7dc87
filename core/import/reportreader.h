// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "import/reportpage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace yttra {

/// How ReportReader reads a PDF's pages that have no text (scans).
struct ReadOptions
{
    bool ocr = true; // read them with text recognition; false: a scanned PDF is refused
    /// Called before each page is recognised (`page` from 1, of `pageCount` in the PDF), for
    /// progress: a page takes seconds.
    std::function<void(int page, int pageCount)> recognizing;
};

/// Reads an audit report into pages of lines: a PDF through poppler (words with their
/// places, grouped into lines), or a .txt/.md file (form feeds separate pages; Markdown
/// marks are taken off, headings remembered). Refuses, with the reason, what is not a
/// readable report: a missing or empty file, an unknown type, a damaged or password-protected
/// PDF, a PDF without text (a scan) when text recognition is refused. Pages without text are
/// read with text recognition (PageRecognizer), their lines marked `recognized`. Never changes
/// the file.
class ReportReader
{
    Q_DECLARE_TR_FUNCTIONS(ReportReader)

public:
    /// Larger files are refused unread: no report comes near it.
    static constexpr qint64 maxSize = 200 * 1024 * 1024;
    /// Longer PDFs are refused before their pages are read: reports run to a hundred pages or
    /// so, and reading takes a few milliseconds a page (docs/reliability.md, "Limits").
    static constexpr int maxPages = 2000;
    /// A PDF with more scanned pages than this is refused before recognition starts: each
    /// page takes seconds, so a scanned book would keep the user waiting for hours.
    static constexpr int maxRecognizedPages = 100;

    static Result<QList<ReportPage>, FileError> read(const QString &path, const ReadOptions &options = {});

    /// A PDF's pages; `name` is what error messages call the file.
    static Result<QList<ReportPage>, FileError> readPdf(const QByteArray &bytes, const QString &name,
                                                        const ReadOptions &options = {});

    /// A text or Markdown file's pages.
    static QList<ReportPage> readText(const QString &text);

    /// UTF-8 (with or without a byte-order mark); text that is not valid UTF-8 is read as
    /// Windows-1252, what older Swedish Windows programs write.
    static QString decodeText(const QByteArray &bytes);
};

} // namespace yttra

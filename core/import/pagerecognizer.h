// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "import/wordlayout.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Poppler {
class Page;
}
namespace tesseract {
class TessBaseAPI;
}

namespace yttra {

/// Reads the words of a scanned PDF page with text recognition (Tesseract, Swedish): renders
/// the page, recognises it, and gives its words in PDF points, ready for WordLayout::lines().
/// One recognizer serves a whole import, since starting Tesseract takes longer than a page.
class PageRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(PageRecognizer)

public:
    /// Pages are rendered at this resolution: Tesseract reads body text best at about 300 dpi.
    static constexpr int dotsPerInch = 300;

    PageRecognizer();
    ~PageRecognizer();
    PageRecognizer(const PageRecognizer &) = delete;
    PageRecognizer &operator=(const PageRecognizer &) = delete;

    /// The page's words, each with its box in points from the top left. Fails, saying what to
    /// install, when Tesseract or its Swedish data cannot be started (on the first page, and
    /// every page after that).
    Result<QList<PageWord>, QString> recognize(const Poppler::Page &page);

    /// Whether anything at all is printed on the page (a blank page needs no recognition).
    static bool hasInk(const Poppler::Page &page);

private:
    Result<void, QString> start();

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    QString m_startError; // why Tesseract could not be started, once it was tried
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/reportreader.h"

#include "import/pagerecognizer.h"
#include "import/wordlayout.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QVariant>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

FileError invalid(const QString &file, const QString &message)
{
    return {FileError::Kind::Invalid, file, {}, message};
}

FileError cannotRead(const QString &file, const QString &message)
{
    return {FileError::Kind::CannotRead, file, {}, message};
}

// poppler reports every syntax problem of a damaged file on stderr; the reader says what
// matters in its own error instead.
void quietPoppler(const QString &, const QVariant &) {}

bool startsLikePdf(const QByteArray &bytes)
{
    // The header may follow some junk, but must be within the first 1024 bytes.
    return bytes.left(1024).contains("%PDF-");
}

/// A page with fewer letters than this has no text layer worth the name: a scan carries at
/// most a few stray characters (a stamp, a page number) per page.
constexpr qsizetype minimumLettersOnPage = 20;

qsizetype lettersOf(const QList<ReportLine> &lines)
{
    qsizetype letters = 0;
    for (const ReportLine &line : lines) {
        for (const QChar c : line.text)
            letters += c.isLetter() ? 1 : 0;
    }
    return letters;
}

QList<PageWord> wordsOf(const std::vector<std::unique_ptr<Poppler::TextBox>> &boxes)
{
    QList<PageWord> words;
    words.reserve(qsizetype(boxes.size()));
    for (const auto &box : boxes)
        words.append({box->text(), box->boundingBox(), box->hasSpaceAfter()});
    return words;
}

/// Inline Markdown a report saved as text may carry (the seeds do): emphasis, links,
/// footnote marks, escapes, table bars. Plain text passes through unchanged.
QString withoutInlineMarkdown(QString line)
{
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression footnote(u"<sup>[^<]*</sup>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lineBreakTag(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression strong(u"\\*\\*|__"_s);
    static const QRegularExpression emphasis(u"(?<![\\p{L}\\d*\\\\])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\p{L}\\d*])"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression escape(u"\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])"_s);
    static const QRegularExpression tableRule(u"^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"_s);
    if (tableRule.match(line).hasMatch())
        return {};
    line.replace(link, u"\\1"_s);
    line.replace(footnote, QString());
    line.replace(lineBreakTag, u" "_s);
    line.replace(strong, QString());
    line.replace(emphasis, u"\\1"_s);
    line.replace(escape, u"\\1"_s);
    if (line.trimmed().startsWith(u'|')) {
        line = line.trimmed();
        line.remove(0, 1);
        if (line.endsWith(u'|'))
            line.chop(1);
        line.replace(u'|', u"  "_s);
    }
    return line;
}

} // namespace

QString ReportReader::decodeText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;

    // Windows-1252: Latin-1 except 0x80-0x9F, where it puts typographic quotes, dashes,
    // the bullet and the ellipsis that Swedish documents use.
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(high[c.unicode() - 0x80]);
    }
    return text;
}

QList<ReportPage> ReportReader::readText(const QString &text)
{
    static const QRegularExpression heading(u"^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$"_s);
    static const QRegularExpression rule(u"^\\s{0,3}(?:-{3,}|\\*{3,}|_{3,}|={3,})\\s*$"_s);

    QString normalisedText = text;
    normalisedText.replace(u"\r\n"_s, u"\n"_s);
    normalisedText.replace(u'\r', u'\n');
    if (normalisedText.startsWith(QChar(0xFEFF)))
        normalisedText.remove(0, 1);

    const QStringList parts = normalisedText.split(u'\f');
    QList<ReportPage> pages;
    for (qsizetype p = 0; p < parts.size(); ++p) {
        ReportPage page;
        page.number = parts.size() > 1 ? int(p + 1) : 0;
        bool blank = false;
        const QStringList rawLines = parts.at(p).split(u'\n');
        for (qsizetype n = 0; n < rawLines.size(); ++n) {
            const QString &raw = rawLines.at(n);
            if (raw.trimmed().isEmpty() || rule.match(raw).hasMatch()) {
                blank = true;
                continue;
            }
            ReportLine line;
            QString content = raw;
            if (const auto m = heading.match(raw); m.hasMatch()) {
                line.markdownLevel = int(m.capturedLength(1));
                content = m.captured(2);
            }
            line.text = withoutInlineMarkdown(content);
            if (line.text.trimmed().isEmpty()) {
                blank = true;
                continue;
            }
            line.blankBefore = blank;
            line.number = int(n + 1);
            blank = false;
            page.lines.append(line);
        }
        pages.append(page);
    }
    // A form feed at the very end leaves an empty page that is no page of the report.
    while (pages.size() > 1 && pages.last().lines.isEmpty())
        pages.removeLast();
    return pages;
}

Result<QList<ReportPage>, FileError> ReportReader::readPdf(const QByteArray &bytes, const QString &name,
                                                          const ReadOptions &options)
{
    using R = Result<QList<ReportPage>, FileError>;
    if (!startsLikePdf(bytes))
        return R::failure(invalid(name, tr("this is not a PDF file (it does not begin with %PDF)")));

    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return R::failure(invalid(name, tr("the PDF is damaged and cannot be read")));
    if (document->isLocked())
        return R::failure(invalid(name, tr("the PDF is protected by a password; open it with the password "
                                           "and save an unprotected copy, or ask the auditors for one")));

    if (document->numPages() > maxPages) {
        return R::failure(invalid(name, tr("the PDF has %1 pages; reports longer than %2 pages are refused")
                                            .arg(document->numPages())
                                            .arg(maxPages)));
    }

    QList<ReportPage> pages;
    QList<int> withoutText; // indexes of the pages to recognise
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        ReportPage reportPage;
        reportPage.number = i + 1;
        if (page) {
            reportPage.width = page->pageSizeF().width();
            reportPage.height = page->pageSizeF().height();
            reportPage.lines = WordLayout::lines(wordsOf(page->textList()));
        }
        if (lettersOf(reportPage.lines) < minimumLettersOnPage)
            withoutText.append(i);
        pages.append(reportPage);
    }
    if (pages.isEmpty())
        return R::failure(invalid(name, tr("the PDF has no pages")));

    QString recognitionError;
    if (options.ocr && !withoutText.isEmpty()) {
        // Scans are images: smoothing them as they are scaled gives Tesseract cleaner letters.
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        // A blank page (the back of a sheet) is left as it is: nothing to recognise. The
        // pages with ink are counted first, so a scan too long to recognise is refused at once.
        QList<int> scanned;
        for (const int i : std::as_const(withoutText)) {
            std::unique_ptr<Poppler::Page> page = document->page(i);
            if (!page || !PageRecognizer::hasInk(*page))
                continue;
            scanned.append(i);
            if (scanned.size() > maxRecognizedPages) {
                return R::failure(invalid(name, tr("the PDF has more than %1 scanned pages, too many to read with text "
                                                   "recognition (OCR); ask the auditors for the report as a PDF with text")
                                                    .arg(maxRecognizedPages)));
            }
        }
        PageRecognizer recognizer;
        for (const int i : std::as_const(scanned)) {
            std::unique_ptr<Poppler::Page> page = document->page(i);
            if (!page)
                continue;
            if (options.recognizing)
                options.recognizing(i + 1, int(pages.size()));
            auto words = recognizer.recognize(*page);
            if (!words) {
                // Tesseract that cannot start now will not start for the next page either.
                recognitionError = words.error();
                break;
            }
            QList<ReportLine> lines = WordLayout::lines(std::move(words).value());
            // A page of few words (a divider "Bilaga 1") is read better from its text layer.
            if (lettersOf(lines) <= lettersOf(pages.at(i).lines))
                continue;
            for (ReportLine &line : lines)
                line.recognized = true;
            pages[i].lines = std::move(lines);
        }
    }

    qsizetype letters = 0;
    for (const ReportPage &page : std::as_const(pages))
        letters += lettersOf(page.lines);
    // A few pages left unread in a report with text are noted by the importer; a report with
    // no text at all is refused, saying how it could be read.
    if (letters < minimumLettersOnPage * pages.size()) {
        if (!recognitionError.isEmpty())
            return R::failure(invalid(name, tr("the PDF has no text, it seems to be a scanned image, and %1")
                                                .arg(recognitionError)));
        if (!options.ocr)
            return R::failure(invalid(name, tr("the PDF has no text: it seems to be a scanned image. Yttra can "
                                               "read it with text recognition (OCR) when --no-ocr is left out, "
                                               "or ask the auditors for the report as a PDF with text")));
        return R::failure(invalid(name, tr("the PDF has no text: it seems to be a scanned image, and text "
                                           "recognition found no text in it either (a picture, or a very poor "
                                           "scan); ask the auditors for the report as a PDF with text")));
    }
    return pages;
}

Result<QList<ReportPage>, FileError> ReportReader::read(const QString &path, const ReadOptions &options)
{
    using R = Result<QList<ReportPage>, FileError>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(cannotRead(path, tr("no such file")));
    if (info.isDir())
        return R::failure(cannotRead(path, tr("is a folder, not a report")));
    if (info.size() > maxSize)
        return R::failure(invalid(path, tr("the file is larger than %1 MB, too large for a report")
                                            .arg(maxSize / (1024 * 1024))));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(cannotRead(path, tr("cannot be read: %1").arg(file.errorString())));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(cannotRead(path, tr("cannot be read: %1").arg(file.errorString())));
    if (bytes.trimmed().isEmpty())
        return R::failure(invalid(path, tr("the file is empty")));

    const QString suffix = info.suffix().toLower();
    if (suffix == u"pdf" || bytes.startsWith("%PDF-"))
        return readPdf(bytes, path, options);

    static const QStringList textSuffixes = {u"txt"_s, u"text"_s, u"md"_s, u"markdown"_s};
    static const QStringList officeSuffixes = {u"doc"_s, u"docx"_s, u"odt"_s, u"rtf"_s, u"pages"_s};
    if (officeSuffixes.contains(suffix))
        return R::failure(invalid(path, tr("Yttra cannot read word-processor files; save the report as PDF "
                                           "and import that")));
    if (!textSuffixes.contains(suffix))
        return R::failure(invalid(path, tr("Yttra reads reports as PDF (.pdf), text (.txt) or Markdown (.md) "
                                           "files, and this is none of these")));
    if (bytes.contains('\0'))
        return R::failure(invalid(path, tr("this is not a text file (it holds binary data)")));

    const QList<ReportPage> pages = readText(decodeText(bytes));
    const bool anyText = std::any_of(pages.cbegin(), pages.cend(), [](const ReportPage &p) { return !p.lines.isEmpty(); });
    if (!anyText)
        return R::failure(invalid(path, tr("the file is empty")));
    return pages;
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/pagecleanup.h"

#include "import/boardresolver.h"
#include "import/reporttext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption
    | QRegularExpression::UseUnicodePropertiesOption;

/// What stays of a header or footer line when its page number is taken off: lines that
/// differ only by the page number are the same running line.
QString signature(QStringView line)
{
    static const QRegularExpression trailingNumber(
        u"(?:^|\\s)(?:sida|sid\\.?|page|s\\.)?\\s*\\d{1,3}(?:\\s*(?:av|of|/|\\()\\s*\\d{1,3}\\)?)?$"_s, caseless);
    static const QRegularExpression leadingNumber(
        u"^(?:sida|sid\\.?|page|s\\.)?\\s*\\d{1,3}(?:\\s*(?:av|of|/|\\()\\s*\\d{1,3}\\)?)?(?:\\s|$)"_s, caseless);
    static const QRegularExpression separators(u"^[\\s|•·–—:,-]+|[\\s|•·–—:,-]+$"_s);
    QString s = line.toString().toLower().simplified();
    s.remove(trailingNumber);
    s.remove(leadingNumber);
    s.remove(separators);
    return s.simplified();
}

int leadingSpaces(QStringView raw)
{
    int n = 0;
    for (const QChar c : raw) {
        if (c == u' ')
            ++n;
        else if (c == u'\t')
            n += 4;
        else
            break;
    }
    return n;
}

} // namespace

void PageCleanup::separateFootnotes(ReportPage &page)
{
    // A text copied from a word processor keeps each footnote's mark as a digit glued to the
    // word or year it annotates ("upphandling1", "under 20241") and its note at the page's or
    // the document's end ("1 Lag (2016:1145) ..."). A note whose mark is found is set apart
    // and its mark taken off. PDFs tell footnotes by their size (ReportText).
    static const QRegularExpression note(u"^\\s*(\\d{1,2})\\s+\\p{Lu}"_s, QRegularExpression::UseUnicodePropertiesOption);
    qsizetype first = page.lines.size();
    while (first > 0 && !page.lines.at(first - 1).hasGeometry() && note.match(page.lines.at(first - 1).text).hasMatch())
        --first;
    if (first == page.lines.size() || first == 0 || !page.lines.at(first).blankBefore)
        return;
    for (qsizetype n = first; n < page.lines.size(); ++n) {
        const QString number = note.match(page.lines.at(n).text).captured(1);
        const QRegularExpression mark(u"(?:(?<=[\\p{L})])|(?<=\\b(?:19|20)\\d\\d))"_s + number + u"(?=[\\s.,;:)]|$)"_s,
                                      QRegularExpression::UseUnicodePropertiesOption);
        for (qsizetype i = first - 1; i >= 0; --i) {
            ReportLine &line = page.lines[i];
            const auto m = mark.match(line.text);
            if (m.hasMatch()) {
                line.text.remove(m.capturedStart(), m.capturedLength());
                page.lines[n].footnote = true;
                break;
            }
        }
    }
}

CleanPages PageCleanup::clean(const QList<ReportPage> &pages)
{
    CleanPages clean;
    clean.pages = pages;
    for (const ReportPage &page : std::as_const(clean.pages))
        clean.pageCount = std::max(clean.pageCount, page.number);

    // Keep each line's indentation (text files mark nested lists with it) before the
    // normalised text loses it.
    for (ReportPage &page : clean.pages) {
        for (ReportLine &line : page.lines) {
            const int spaces = leadingSpaces(line.text);
            line.text = ReportText::normalisedLine(line.text);
            if (!line.hasGeometry())
                line.left = spaces;
        }
    }
    for (ReportPage &page : clean.pages)
        separateFootnotes(page);
    if (clean.pages.size() > 1)
        removeRunningLines(clean);
    else if (clean.pages.size() == 1 && clean.pages.first().number == 0)
        removeRepeatedLines(clean);
    for (const ReportPage &page : std::as_const(clean.pages)) {
        if (page.lines.isEmpty() && page.width > 0)
            clean.emptyPages.append(page.number);
    }
    return clean;
}

void PageCleanup::removeRunningLines(CleanPages &clean)
{
    const auto zone = [](const ReportPage &page) {
        // Headers and footers stand within a PDF page's top and bottom margins (wherever
        // poppler's reading order puts them); in a text file among its first and last lines.
        QList<qsizetype> indices;
        const qsizetype n = page.lines.size();
        for (qsizetype i = 0; i < n; ++i) {
            const ReportLine &line = page.lines.at(i);
            if (line.hasGeometry() && page.height > 0) {
                if (line.top < 0.12 * page.height || line.bottom > 0.88 * page.height)
                    indices.append(i);
            } else if (i < 4 || i >= n - 4) {
                indices.append(i);
            }
        }
        return indices;
    };

    QHash<QString, int> pagesWith;
    int textPages = 0;
    for (const ReportPage &page : std::as_const(clean.pages)) {
        if (!page.lines.isEmpty())
            ++textPages;
        QSet<QString> seen;
        for (const qsizetype i : zone(page)) {
            const QString sig = signature(page.lines.at(i).text);
            if (!sig.isEmpty() && !seen.contains(sig)) {
                seen.insert(sig);
                ++pagesWith[sig];
            }
        }
    }
    // On at least a third of the pages (odd and even pages may carry different headers),
    // and never a line that is on one page only.
    const int threshold = std::max(2, int(std::ceil(0.3 * textPages)));
    for (ReportPage &page : clean.pages) {
        const QList<qsizetype> indices = zone(page);
        for (auto it = indices.crbegin(); it != indices.crend(); ++it) {
            const ReportLine &line = page.lines.at(*it);
            const QString sig = signature(line.text);
            if (ReportText::isPageNumber(line.text) || (!sig.isEmpty() && pagesWith.value(sig) >= threshold)) {
                clean.running.append({line.text.simplified(), page.number, false, false});
                const bool blank = line.blankBefore;
                page.lines.removeAt(*it);
                if (*it < page.lines.size())
                    page.lines[*it].blankBefore = page.lines[*it].blankBefore || blank;
            }
        }
    }
}

void PageCleanup::removeRepeatedLines(CleanPages &clean)
{
    ReportPage &page = clean.pages.first();
    // A text file saved from a PDF without form feeds still carries the running headers,
    // each as a short paragraph of its own between the pages' text. A short line that
    // stands apart three times or more is one, unless it is a heading word, a board's
    // name, a list item or a question.
    QList<std::pair<qsizetype, qsizetype>> shortParagraphs; // [first, last]
    const qsizetype n = page.lines.size();
    for (qsizetype start = 0; start < n;) {
        qsizetype end = start;
        while (end + 1 < n && !page.lines.at(end + 1).blankBefore)
            ++end;
        bool isShort = end - start < 3;
        for (qsizetype i = start; isShort && i <= end; ++i)
            isShort = page.lines.at(i).text.size() <= 80;
        if (isShort)
            shortParagraphs.append({start, end});
        start = end + 1;
    }

    const auto candidate = [](const QString &text) {
        // Headers carry no sentence and no "label: value" ("Status: Kvarstår" is content).
        if (text.contains(u':') || text.endsWith(u'?') || text.endsWith(u'.'))
            return false;
        return !ReportText::bulletOf(text) && !ReportText::isKeywordHeading(text)
            && !BoardResolver::isBoardName(text) && !signature(text).isEmpty();
    };
    QHash<QString, int> count;
    for (const auto &[first, last] : std::as_const(shortParagraphs)) {
        for (qsizetype i = first; i <= last; ++i) {
            const QString &text = page.lines.at(i).text;
            if (candidate(text))
                ++count[signature(text)];
        }
    }
    QSet<qsizetype> remove;
    for (const auto &[first, last] : std::as_const(shortParagraphs)) {
        for (qsizetype i = first; i <= last; ++i) {
            const QString &text = page.lines.at(i).text;
            if (candidate(text) && count.value(signature(text)) >= 3)
                remove.insert(i);
        }
    }
    QList<ReportLine> kept;
    bool blank = false;
    for (qsizetype i = 0; i < n; ++i) {
        const ReportLine &line = page.lines.at(i);
        if (remove.contains(i)) {
            clean.running.append({line.text.simplified(), page.number, line.blankBefore, false});
            blank = true;
            continue;
        }
        ReportLine copy = line;
        copy.blankBefore = copy.blankBefore || blank;
        blank = false;
        kept.append(copy);
    }
    page.lines = kept;
}

} // namespace yttra

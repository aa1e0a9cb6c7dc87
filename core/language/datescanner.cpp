// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/datescanner.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

struct MonthName
{
    const char16_t *name;
    int month;
};

// Swedish first (the reports' language), then English, which the editor may be given;
// abbreviations as Swedish texts write them ("3 feb. 2021", "sept 2022").
constexpr MonthName monthNames[] = {
    {u"januari", 1}, {u"februari", 2}, {u"mars", 3}, {u"april", 4}, {u"maj", 5}, {u"juni", 6},
    {u"juli", 7}, {u"augusti", 8}, {u"september", 9}, {u"oktober", 10}, {u"november", 11},
    {u"december", 12}, {u"january", 1}, {u"february", 2}, {u"march", 3}, {u"may", 5},
    {u"june", 6}, {u"july", 7}, {u"august", 8}, {u"october", 10}, {u"jan", 1}, {u"feb", 2},
    {u"mar", 3}, {u"apr", 4}, {u"jun", 6}, {u"jul", 7}, {u"aug", 8}, {u"sep", 9},
    {u"sept", 9}, {u"okt", 10}, {u"oct", 10}, {u"nov", 11}, {u"dec", 12},
};

const QString monthAlternatives = u"januari|februari|mars|april|maj|juni|juli|augusti|september|"
                                   "oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|"
                                   "okt|nov|dec"_s;

// ISO days, with room for a line break after either hyphen; Swedish "23 mars 2018" (with an
// optional "den" and ordinal ":e"/":a", and without the spaces text recognition may lose:
// "19januari"); and "19/6 2019" or "19/6-2019".
const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(
        u"(?<![\\d-])(\\d{4})-\\s?(\\d{1,2})-\\s?(\\d{1,2})(?!\\d)"
        "|(?<![\\p{L}\\d])(?:den\\s+)?(\\d{1,2})(?::[ae])?\\s*("_s
            + monthAlternatives
            + u")(?!\\p{L})\\.?(?:\\s*(\\d{4})(?!\\d))?"
              "|(?<![\\d/])(\\d{1,2})/(\\d{1,2})[\\s-](\\d{4})(?!\\d)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

} // namespace

int DateScanner::monthNumber(QStringView name)
{
    // "feb." is "feb" abbreviated.
    if (name.endsWith(u'.'))
        name.chop(1);
    for (const MonthName &m : monthNames) {
        if (name.compare(QStringView(m.name), Qt::CaseInsensitive) == 0)
            return m.month;
    }
    return 0;
}

QList<DateScanner::Found> DateScanner::find(QStringView text, QDate after)
{
    QList<Found> found;
    auto it = datePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QDate date;
        bool yearless = false;
        if (m.hasCaptured(1)) {
            date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        } else if (m.hasCaptured(4) && m.hasCaptured(6)) {
            date = QDate(m.captured(6).toInt(), monthNumber(m.capturedView(5)), m.captured(4).toInt());
        } else if (m.hasCaptured(4)) {
            if (!after.isValid())
                continue;
            yearless = true;
            const int month = monthNumber(m.capturedView(5));
            const int day = m.captured(4).toInt();
            date = QDate(after.year(), month, day);
            if (date.isValid() && date < after)
                date = QDate(after.year() + 1, month, day);
            // 29 February: the next year that has one.
            for (int year = after.year() + 1; !date.isValid() && year <= after.year() + 8; ++year)
                date = QDate(year, month, day);
        } else
            date = QDate(m.captured(9).toInt(), m.captured(8).toInt(), m.captured(7).toInt());
        if (date.isValid())
            found.append({m.capturedStart(), m.capturedEnd(), date, yearless});
    }
    return found;
}

std::optional<QDate> DateScanner::parseWhole(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const QList<Found> dates = find(trimmed);
    if (dates.size() == 1 && dates.first().start == 0 && dates.first().end == trimmed.size())
        return dates.first().date;
    return std::nullopt;
}

} // namespace yttra

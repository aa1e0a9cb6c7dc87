// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

namespace yttra {

/// Finds the calendar days people write in Swedish prose: "2021-03-26", "den 23 mars 2018",
/// "23 mars 2018", "19/6 2019". Shared by the report importer (deadlines in a cover letter)
/// and the deadline parser, so both read a day the same way.
class DateScanner
{
public:
    struct Found
    {
        qsizetype start = 0; // position in the scanned text
        qsizetype end = 0;   // one past the last character
        QDate date;
        bool yearless = false; // written without a year, which was taken from `after`
    };

    /// Every day named in the text, in order. A date broken by a line break after a
    /// hyphen ("2026-01- 30") is still found; written dates that name no real day
    /// ("2021-02-30") are left out. With `after` valid, a day written without a year ("senast
    /// den 15 mars") is the first such day on or after it (a letter asks for an answer after
    /// it is sent); without, such days are left out.
    static QList<Found> find(QStringView text, QDate after = {});

    /// The day when the whole text (trimmed, an optional leading "den") is one date.
    static std::optional<QDate> parseWhole(QStringView text);

    /// The month (1-12) a Swedish or English month name or its usual abbreviation stands
    /// for ("mars", "mar", "March", "sept"), case-insensitive; 0 when it is none.
    static int monthNumber(QStringView name);
};

} // namespace yttra

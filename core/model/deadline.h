// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace yttra {

/// When a measure is to be done at the latest, kept as the period its author meant
/// (a day, month, quarter, tertial, half-year or year; ongoing; or not given) and
/// comparable by that period's last day, so overdue work can be found.
class Deadline
{
    Q_DECLARE_TR_FUNCTIONS(Deadline)

public:
    enum class Form { None, Date, Month, Quarter, Tertial, HalfYear, Year, Ongoing };

    /// No deadline given.
    Deadline() = default;

    static Deadline date(QDate day);
    static Deadline month(int year, int month);
    static Deadline quarter(int year, int quarter);
    static Deadline tertial(int year, int tertial);
    static Deadline halfYear(int year, int half);
    static Deadline year(int year);
    static Deadline ongoing();

    /// Parses the canonical file-format string ("", "ongoing", "2022", "2022-06",
    /// "2022-06-07", "2021-Q1", "2023-T1", "2022-H2"); anything else is an error
    /// whose message quotes the string and lists the accepted forms.
    static Result<Deadline> parse(QStringView canonical);

    Form form() const { return m_form; }
    bool isNone() const { return m_form == Form::None; }

    /// The canonical string, as written to the file.
    QString toString() const;

    /// The deadline as a document shows it, in the document's language ("sv": "juni 2022",
    /// "kvartal 1 2021", "tertial 1 2023", "andra halvåret 2022", "i slutet av 2022", "löpande";
    /// "en" likewise).
    /// Empty for no deadline.
    QString displayText(QStringView language = u"sv") const;

    /// The last day of the period; none for ongoing or no deadline.
    std::optional<QDate> lastDay() const;

    /// Ordered by last day; deadlines without one come after all others (ongoing before none);
    /// periods with the same last day are ordered shortest first (a day before its month).
    std::strong_ordering operator<=>(const Deadline &other) const;
    bool operator==(const Deadline &other) const = default;

private:
    Deadline(Form form, int year, int number, QDate day);

    Form m_form = Form::None;
    int m_year = 0;
    int m_number = 0; // month, quarter, tertial or half; 0 where the form has none
    QDate m_day;      // the day of a Date deadline
};

} // namespace yttra

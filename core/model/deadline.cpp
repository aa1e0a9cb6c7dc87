// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/deadline.h"

#include <array>
#include <tuple>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

// Document labels, not UI strings: the document's language decides, so they are hard-coded
// here rather than translated or taken from QLocale (which would depend on the system).
constexpr std::array<const char16_t *, 12> swedishMonths = {
    u"januari", u"februari", u"mars",      u"april",   u"maj",      u"juni",
    u"juli",    u"augusti",  u"september", u"oktober", u"november", u"december",
};

constexpr std::array<const char16_t *, 12> englishMonths = {
    u"January", u"February", u"March",     u"April",   u"May",      u"June",
    u"July",    u"August",   u"September", u"October", u"November", u"December",
};

// Only ASCII digits: QChar::isDigit() would also accept other scripts' digits.
std::optional<int> digits(QStringView text)
{
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString fourDigits(int year)
{
    return u"%1"_s.arg(year, 4, 10, QChar(u'0'));
}

QString twoDigits(int number)
{
    return u"%1"_s.arg(number, 2, 10, QChar(u'0'));
}

QDate lastDayOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return QDate(year, month, first.daysInMonth());
}

// The order of periods that end on the same day: shortest first; undated ones last.
int periodRank(Deadline::Form form)
{
    switch (form) {
    case Deadline::Form::Date:
        return 0;
    case Deadline::Form::Month:
        return 1;
    case Deadline::Form::Quarter:
        return 2;
    case Deadline::Form::Tertial:
        return 3;
    case Deadline::Form::HalfYear:
        return 4;
    case Deadline::Form::Year:
        return 5;
    case Deadline::Form::Ongoing:
        return 6;
    case Deadline::Form::None:
        return 7;
    }
    return 7;
}

bool isEnglish(QStringView language)
{
    // BCP 47: the primary subtag is what comes before the first '-' ('_' in POSIX locale
    // names), and tags are case-insensitive.
    qsizetype end = language.indexOf(u'-');
    const qsizetype underscore = language.indexOf(u'_');
    if (end < 0 || (underscore >= 0 && underscore < end))
        end = underscore;
    const QStringView primary = end < 0 ? language : language.left(end);
    return primary.compare(u"en", Qt::CaseInsensitive) == 0;
}

} // namespace

Deadline::Deadline(Form form, int year, int number, QDate day)
    : m_form(form), m_year(year), m_number(number), m_day(day)
{
}

Deadline Deadline::date(QDate day)
{
    Q_ASSERT(day.isValid());
    return Deadline(Form::Date, 0, 0, day);
}

Deadline Deadline::month(int year, int month)
{
    Q_ASSERT(year >= 1 && year <= 9999 && month >= 1 && month <= 12);
    return Deadline(Form::Month, year, month, QDate());
}

Deadline Deadline::quarter(int year, int quarter)
{
    Q_ASSERT(year >= 1 && year <= 9999 && quarter >= 1 && quarter <= 4);
    return Deadline(Form::Quarter, year, quarter, QDate());
}

Deadline Deadline::tertial(int year, int tertial)
{
    Q_ASSERT(year >= 1 && year <= 9999 && tertial >= 1 && tertial <= 3);
    return Deadline(Form::Tertial, year, tertial, QDate());
}

Deadline Deadline::halfYear(int year, int half)
{
    Q_ASSERT(year >= 1 && year <= 9999 && half >= 1 && half <= 2);
    return Deadline(Form::HalfYear, year, half, QDate());
}

Deadline Deadline::year(int year)
{
    Q_ASSERT(year >= 1 && year <= 9999);
    return Deadline(Form::Year, year, 0, QDate());
}

Deadline Deadline::ongoing()
{
    return Deadline(Form::Ongoing, 0, 0, QDate());
}

Result<Deadline> Deadline::parse(QStringView canonical)
{
    const auto failure = [canonical] {
        return Result<Deadline>::failure(
            tr("\"%1\" is not a deadline: use YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Tn, YYYY-Hn, "
               "YYYY or \"ongoing\"")
                .arg(canonical.toString()));
    };

    if (canonical.isEmpty())
        return Deadline();
    if (canonical == u"ongoing")
        return ongoing();

    const qsizetype length = canonical.size();
    if (length != 4 && length != 7 && length != 10)
        return failure();

    // There is no year 0 in the calendar QDate uses, so "0000" has no last day.
    const std::optional<int> year = digits(canonical.first(4));
    if (!year || *year < 1)
        return failure();
    if (length == 4)
        return Deadline::year(*year);

    if (canonical[4] != u'-')
        return failure();

    if (length == 7) {
        const QChar kind = canonical[5];
        if (kind == u'Q' || kind == u'T' || kind == u'H') {
            const std::optional<int> number = digits(canonical.sliced(6, 1));
            const int count = kind == u'Q' ? 4 : kind == u'T' ? 3 : 2;
            if (!number || *number < 1 || *number > count)
                return failure();
            if (kind == u'Q')
                return quarter(*year, *number);
            if (kind == u'T')
                return tertial(*year, *number);
            return halfYear(*year, *number);
        }
        const std::optional<int> month = digits(canonical.sliced(5, 2));
        if (!month || *month < 1 || *month > 12)
            return failure();
        return Deadline::month(*year, *month);
    }

    // length == 10: YYYY-MM-DD, a day that exists in the calendar.
    if (canonical[7] != u'-')
        return failure();
    const std::optional<int> month = digits(canonical.sliced(5, 2));
    const std::optional<int> day = digits(canonical.sliced(8, 2));
    if (!month || !day || !QDate::isValid(*year, *month, *day))
        return failure();
    return date(QDate(*year, *month, *day));
}

QString Deadline::toString() const
{
    switch (m_form) {
    case Form::None:
        return {};
    case Form::Date:
        return fourDigits(m_day.year()) + u'-' + twoDigits(m_day.month()) + u'-'
            + twoDigits(m_day.day());
    case Form::Month:
        return fourDigits(m_year) + u'-' + twoDigits(m_number);
    case Form::Quarter:
        return fourDigits(m_year) + u"-Q"_s + QString::number(m_number);
    case Form::Tertial:
        return fourDigits(m_year) + u"-T"_s + QString::number(m_number);
    case Form::HalfYear:
        return fourDigits(m_year) + u"-H"_s + QString::number(m_number);
    case Form::Year:
        return fourDigits(m_year);
    case Form::Ongoing:
        return u"ongoing"_s;
    }
    return {};
}

QString Deadline::displayText(QStringView language) const
{
    const bool english = isEnglish(language);
    const QString year = fourDigits(m_year);
    const QString number = QString::number(m_number);

    switch (m_form) {
    case Form::None:
        return {};
    case Form::Date:
        return toString();
    case Form::Month: {
        const auto &names = english ? englishMonths : swedishMonths;
        const QString name = m_number >= 1 && m_number <= 12
            ? QString::fromUtf16(names[std::size_t(m_number - 1)])
            : number;
        return name + u' ' + year;
    }
    case Form::Quarter:
        return (english ? u"Q"_s : u"kvartal "_s) + number + u' ' + year;
    case Form::Tertial:
        return (english ? u"four-month period "_s : u"tertial "_s) + number + u' ' + year;
    case Form::HalfYear:
        if (english)
            return (m_number == 1 ? u"first half of "_s : u"second half of "_s) + year;
        return (m_number == 1 ? u"första halvåret "_s : u"andra halvåret "_s) + year;
    case Form::Year:
        // "Genomförs senast: i slutet av 2022" says what a bare "2022" leaves open.
        return (english ? u"end of "_s : u"i slutet av "_s) + year;
    case Form::Ongoing:
        return english ? u"ongoing"_s : u"löpande"_s;
    }
    return {};
}

std::optional<QDate> Deadline::lastDay() const
{
    switch (m_form) {
    case Form::None:
    case Form::Ongoing:
        return std::nullopt;
    case Form::Date:
        return m_day;
    case Form::Month:
        return lastDayOfMonth(m_year, m_number);
    case Form::Quarter:
        return lastDayOfMonth(m_year, 3 * m_number);
    case Form::Tertial:
        return lastDayOfMonth(m_year, 4 * m_number);
    case Form::HalfYear:
        return lastDayOfMonth(m_year, 6 * m_number);
    case Form::Year:
        return QDate(m_year, 12, 31);
    }
    return std::nullopt;
}

std::strong_ordering Deadline::operator<=>(const Deadline &other) const
{
    // Key: undated last, then by last day, then shortest period first. The fields compared
    // at the end never differ for deadlines built by parse() or the checked factories, but
    // keep the ordering strong (equal exactly when ==) whatever went in.
    const auto key = [](const Deadline &d) {
        const std::optional<QDate> last = d.lastDay();
        return std::tuple(!last.has_value(), last ? last->toJulianDay() : qint64(0),
                          periodRank(d.m_form), d.m_year, d.m_number, d.m_day.toJulianDay());
    };
    return key(*this) <=> key(other);
}

} // namespace yttra

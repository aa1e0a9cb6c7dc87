// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/deadlinetext.h"

#include "language/datescanner.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption
    | QRegularExpression::UseUnicodePropertiesOption;

QRegularExpression pattern(const QString &expression)
{
    return QRegularExpression(u"^(?:"_s + expression + u")$"_s, caseless);
}

// Ordinals as written before "kvartalet", "tertialet", "halvåret"; "sista" is resolved by
// the caller, since the last quarter is the fourth but the last half-year the second.
constexpr auto ordinals = u"första|förste|1:a|1a|andra|2:a|2a|tredje|3:e|3e|fjärde|4:e|4e|sista|"
                          "first|1st|second|2nd|third|3rd|fourth|4th|last";

int ordinalNumber(QStringView word, int last)
{
    const QString w = word.toString().toLower();
    if (w == u"första" || w == u"förste" || w == u"1:a" || w == u"1a" || w == u"first" || w == u"1st")
        return 1;
    if (w == u"andra" || w == u"2:a" || w == u"2a" || w == u"second" || w == u"2nd")
        return 2;
    if (w == u"tredje" || w == u"3:e" || w == u"3e" || w == u"third" || w == u"3rd")
        return 3;
    if (w == u"fjärde" || w == u"4:e" || w == u"4e" || w == u"fourth" || w == u"4th")
        return 4;
    if (w == u"sista" || w == u"last")
        return last;
    return 0;
}

enum class Period { Quarter, Tertial, HalfYear };

int periodCount(Period period)
{
    return period == Period::Quarter ? 4 : period == Period::Tertial ? 3 : 2;
}

/// The text as the patterns expect it: lower case, one space between words, dashes as '-',
/// no closing punctuation.
QString normalised(QStringView text)
{
    QString s = text.toString().toLower();
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2212)
            c = u'-';
        else if (u == 0x00A0 || u == 0x2007 || u == 0x202F || u == u'\t')
            c = u' ';
    }
    s = s.simplified();
    while (!s.isEmpty() && (s.endsWith(u'.') || s.endsWith(u',') || s.endsWith(u';') || s.endsWith(u'!')))
        s.chop(1);
    // "2022 ." leaves a space before the chopped dot.
    return s.trimmed();
}

/// What people write before the period itself: "senast", "genomförs senast den", "under",
/// "i slutet av", "till och med". Stripped repeatedly, so "senast i slutet av 2022" works.
QString withoutPrefixes(QString s)
{
    static const QRegularExpression prefixes(
        u"^(?:(?:\\S+\\s+){0,4}?senast|under|i\\s+slutet\\s+av|slutet\\s+av|vid\\s+slutet\\s+av|"
        "vid\\s+utgången\\s+av|utgången\\s+av|till\\s+och\\s+med|t\\.?o\\.?m\\.?|"
        "(?:ska\\s+vara\\s+)?(?:klart|klar|klara|färdigt|färdig|genomförs|genomfört|genomförd|"
        "genomförda)|by\\s+the\\s+end\\s+of|the\\s+end\\s+of|end\\s+of|by|until|deadline:?|den)\\s+"_s,
        caseless);
    for (;;) {
        const QRegularExpressionMatch m = prefixes.match(s);
        if (!m.hasMatch() || m.capturedLength() == s.size())
            return s;
        s = s.mid(m.capturedLength());
    }
}

bool isOngoing(const QString &s)
{
    static const QRegularExpression ongoing = pattern(
        u"(?:(?:arbetet\\s+)?(?:sker|pågår|görs|genomförs|utförs)\\s+)?"
        "(?:löpande|kontinuerligt|fortlöpande|fortgående|successivt)"
        "(?:\\s+(?:arbete|under\\s+året|vid\\s+behov|och\\s+vid\\s+behov))?"
        "|ongoing|continuous|continuously|pågående"_s);
    return ongoing.match(s).hasMatch();
}

/// The file's own strings in any case: "2021-q1", "Ongoing".
std::optional<Deadline> canonical(const QString &s)
{
    static const QRegularExpression form(u"^(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?|-[qth]\\d)?|ongoing)$"_s,
                                         caseless);
    if (!form.match(s).hasMatch())
        return std::nullopt;
    const auto parsed = Deadline::parse(s == u"ongoing" ? s : s.toUpper());
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

/// One way of writing a deadline tried on the text: nullopt when the text is not written
/// that way, so the next way is tried; a failure when it is, but names no period.
using Attempt = std::optional<Result<Deadline>>;

Result<Deadline> unreadable(const QString &quoted)
{
    return Result<Deadline>::failure(
        DeadlineText::tr("\"%1\" is not a deadline Yttra can read: write a day (2022-06-07 or 7 juni 2022), "
                         "a month (juni 2022), a quarter (Q1 2021), a tertial (tertial 1 2023), a half-year "
                         "(andra halvåret 2022), a year (2022) or \"löpande\"")
            .arg(quoted));
}

const QString &yearPattern()
{
    static const QString year = u"(\\d{4})"_s;
    return year;
}

int yearOf(const QRegularExpressionMatch &m, int group)
{
    return m.captured(group).toInt();
}

/// The canonical file strings and "löpande", as written or after "senast", "under", ...
Attempt canonicalOrOngoing(const QString &original, const QString &s)
{
    for (const QString &text : {original, s}) {
        if (auto c = canonical(text))
            return Result<Deadline>(*c);
        if (isOngoing(text))
            return Result<Deadline>(Deadline::ongoing());
    }
    return std::nullopt;
}

/// A day, or what looks like one but names none ("2022-02-30", "30 februari 2022").
Attempt day(const QString &s, const QString &quoted)
{
    if (const auto found = DateScanner::parseWhole(s))
        return Result<Deadline>(Deadline::date(*found));
    static const QRegularExpression dayShape = pattern(
        u"\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?::[ae])?\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}[\\s-]\\d{4}"_s);
    if (!dayShape.match(s).hasMatch())
        return std::nullopt;
    static const QRegularExpression monthWord(u"\\p{L}+"_s, caseless);
    const auto word = monthWord.match(s);
    if (!word.hasMatch() || DateScanner::monthNumber(word.capturedView()) != 0)
        return Result<Deadline>::failure(DeadlineText::tr("\"%1\" is not a day in the calendar").arg(quoted));
    return std::nullopt;
}

Result<Deadline> periodDeadline(Period kind, int number, int inYear, const QString &quoted)
{
    if (inYear < 1)
        return unreadable(quoted);
    if (number < 1 || number > periodCount(kind))
        return Result<Deadline>::failure(
            DeadlineText::tr("\"%1\": a year has quarters 1-4, tertials 1-3 and half-years 1-2").arg(quoted));
    switch (kind) {
    case Period::Quarter:
        return Deadline::quarter(inYear, number);
    case Period::Tertial:
        return Deadline::tertial(inYear, number);
    case Period::HalfYear:
        return Deadline::halfYear(inYear, number);
    }
    return unreadable(quoted);
}

struct PeriodForm
{
    Period kind;
    QRegularExpression before; // the period's word first, then the year
    QRegularExpression after;  // the year first (or, for ordinals, unused)
};

/// A period by its letter or word and number, either way round: "Q1 2021", "kv 1 2021",
/// "kvartal 1, 2021", "2021 Q1", "T1-2023", "tertial 1 2023", "H2 2022", "halvår 2 2022",
/// and the English display form "four-month period 1 2023".
Attempt numberedPeriod(const QString &s, const QString &quoted)
{
    // Compiled once: the editor reads its deadline field at every keystroke.
    static const auto forms = [] {
        const QList<std::pair<Period, QString>> words = {
            {Period::Quarter, u"q|kv\\.?|kvartal"_s},
            {Period::Tertial, u"t|tertial|four-month\\s+period"_s},
            {Period::HalfYear, u"h|halvår|halvåret|half"_s},
        };
        QList<PeriodForm> list;
        for (const auto &[kind, w] : words) {
            list.append({kind, pattern(u"(?:"_s + w + u")\\s?-?\\s?(\\d+)\\s?[-/,]?\\s?(?:år\\s+)?"_s + yearPattern()),
                         pattern(yearPattern() + u"\\s?[-/,]?\\s?(?:"_s + w + u")\\s?-?\\s?(\\d+)"_s)});
        }
        return list;
    }();
    for (const PeriodForm &form : forms) {
        if (const auto m = form.before.match(s); m.hasMatch())
            return periodDeadline(form.kind, m.captured(1).toInt(), yearOf(m, 2), quoted);
        if (const auto m = form.after.match(s); m.hasMatch())
            return periodDeadline(form.kind, m.captured(2).toInt(), yearOf(m, 1), quoted);
    }
    return std::nullopt;
}

/// A period by its ordinal: "första kvartalet 2021", "andra halvåret 2022", "sista
/// tertialet 2023", "andra halvan av 2022", "first half of 2022".
Attempt ordinalPeriod(const QString &s, const QString &quoted)
{
    static const auto forms = [] {
        const QList<std::pair<Period, QString>> words = {
            {Period::Quarter, u"kvartalet|kvartal|quarter\\s+of|quarter"_s},
            {Period::Tertial, u"tertialet|tertial"_s},
            {Period::HalfYear, u"halvåret|halvår|halvan\\s+av|half\\s+of|half"_s},
        };
        QList<PeriodForm> list;
        for (const auto &[kind, w] : words) {
            list.append({kind,
                         pattern(u"(?:the\\s+)?("_s + QString::fromUtf16(ordinals) + u")\\s+(?:"_s + w
                                 + u")\\s?,?\\s?(?:år\\s+)?"_s + yearPattern()),
                         {}});
        }
        return list;
    }();
    for (const PeriodForm &form : forms) {
        if (const auto m = form.before.match(s); m.hasMatch())
            return periodDeadline(form.kind, ordinalNumber(m.capturedView(1), periodCount(form.kind)), yearOf(m, 2),
                                  quoted);
    }
    return std::nullopt;
}

/// Months: "juni 2022", "i juni 2022", "jun. 2022", "June 2022", "2022-6", "06/2022".
Attempt month(const QString &s, const QString &quoted)
{
    static const QRegularExpression monthName =
        pattern(u"(?:i\\s+|in\\s+)?(\\p{L}+\\.?)\\s+(?:månad\\s+)?(?:år\\s+)?"_s + yearPattern());
    if (const auto m = monthName.match(s); m.hasMatch()) {
        const int number = DateScanner::monthNumber(m.capturedView(1));
        if (number != 0 && yearOf(m, 2) >= 1)
            return Result<Deadline>(Deadline::month(yearOf(m, 2), number));
    }
    static const QRegularExpression monthNumber =
        pattern(yearPattern() + u"-(\\d{1,2})|(\\d{1,2})\\s?/\\s?"_s + yearPattern());
    if (const auto m = monthNumber.match(s); m.hasMatch()) {
        const bool yearFirst = m.hasCaptured(1);
        const int y = yearFirst ? yearOf(m, 1) : yearOf(m, 4);
        const int number = yearFirst ? m.captured(2).toInt() : m.captured(3).toInt();
        if (y >= 1 && number >= 1 && number <= 12)
            return Result<Deadline>(Deadline::month(y, number));
        return unreadable(quoted);
    }
    return std::nullopt;
}

/// Years: "2022", "år 2022", "vid årsskiftet 2022/2023" (done by the end of 2022).
Attempt year(const QString &s)
{
    static const QRegularExpression yearOnly = pattern(u"(?:år|året|year)?\\s?"_s + yearPattern());
    if (const auto m = yearOnly.match(s); m.hasMatch() && yearOf(m, 1) >= 1)
        return Result<Deadline>(Deadline::year(yearOf(m, 1)));
    static const QRegularExpression turnOfYear =
        pattern(u"(?:vid\\s+)?årsskiftet\\s+"_s + yearPattern() + u"\\s?[-/]\\s?"_s + yearPattern());
    if (const auto m = turnOfYear.match(s); m.hasMatch() && yearOf(m, 2) == yearOf(m, 1) + 1 && yearOf(m, 1) >= 1)
        return Result<Deadline>(Deadline::year(yearOf(m, 1)));
    return std::nullopt;
}

/// For a text that looks like a deadline but names no last day: which part is missing.
Result<Deadline> whyNoDeadline(const QString &s, const QString &quoted)
{
    static const QRegularExpression season(u"\\b(?:våren|hösten|sommaren|vintern|vårterminen|höstterminen|"
                                           "spring|summer|autumn|fall|winter)\\b"_s, caseless);
    if (season.match(s).hasMatch())
        return Result<Deadline>::failure(
            DeadlineText::tr("\"%1\" names a season, which has no last day: write for example \"första halvåret 2022\" "
                             "or \"juni 2022\"").arg(quoted));
    static const QRegularExpression vague(u"\\b(?:början|mitten|beginning|middle|start)\\b"_s, caseless);
    if (vague.match(s).hasMatch())
        return Result<Deadline>::failure(
            DeadlineText::tr("\"%1\" says when the work starts or is halfway, not when it is done at the latest")
                .arg(quoted));
    static const QRegularExpression hasYear(u"\\d{4}"_s);
    static const QRegularExpression periodWord(u"\\b(?:q\\d|t\\d|h\\d|kv|kvartal\\w*|tertial\\w*|halvår\\w*|"
                                               "quarter|half)\\b"_s, caseless);
    if (!hasYear.match(s).hasMatch()) {
        static const QRegularExpression monthAlone(u"^(?:i\\s+)?(\\p{L}+\\.?)$"_s, caseless);
        const auto m = monthAlone.match(s);
        if (periodWord.match(s).hasMatch() || (m.hasMatch() && DateScanner::monthNumber(m.capturedView(1)) != 0))
            return Result<Deadline>::failure(DeadlineText::tr("\"%1\" gives no year").arg(quoted));
    }
    return unreadable(quoted);
}

} // namespace

std::optional<Deadline> DeadlineText::tryParse(QStringView text)
{
    auto parsed = parse(text);
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

Result<Deadline> DeadlineText::parse(QStringView text)
{
    const QString quoted = text.trimmed().toString();
    const QString original = normalised(text);
    if (original.isEmpty())
        return Deadline();
    const QString s = withoutPrefixes(original);

    // The first way of writing that fits the text decides, right or wrong: a text that looks
    // like a day but names none is not read again as a month.
    if (auto attempt = canonicalOrOngoing(original, s))
        return *attempt;
    if (auto attempt = day(s, quoted))
        return *attempt;
    if (auto attempt = numberedPeriod(s, quoted))
        return *attempt;
    if (auto attempt = ordinalPeriod(s, quoted))
        return *attempt;
    if (auto attempt = month(s, quoted))
        return *attempt;
    if (auto attempt = year(s))
        return *attempt;
    return whyNoDeadline(s, quoted);
}

} // namespace yttra

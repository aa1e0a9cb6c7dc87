// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/boardresolver.h"

#include "import/textdistance_p.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

constexpr auto caseless = QRegularExpression::CaseInsensitiveOption
    | QRegularExpression::UseUnicodePropertiesOption;

// A board's name by its form: a compound ending in the definite "-nämnden"/"-styrelsen"
// (or genitive), with shared first parts ("Kultur- och fritidsnämnden", "Kultur-, idrotts-
// och fritidsnämnden"), "Tekniska nämnden", and the council, which is informed rather than
// answering.
const QString boardWord = u"(?:(?:\\p{L}+-,\\s+)*\\p{L}+-\\s+(?:och|samt)\\s+)?\\p{L}*(?:nämnden|styrelsen)s?"
                          "|\\p{L}*nämnderna(?:s)?"
                          "|(?:(?:\\p{L}+-,\\s+)*\\p{L}+-\\s+(?:och|samt)\\s+)?\\p{L}*fullmäktiges?"
                          "|(?:tekniska|sociala|kulturella|gemensamma)\\s+nämnden?s?"_s;

/// A municipal company, whose board answers a lay audit: capitalised words ending in "AB"
/// ("Halmstads Energi och Miljö AB", "Östersundshem AB"), with "och" between words allowed, and
/// "styrelsen för/i" before it taken in. Case matters: "ab" in running text is no company. The
/// audit firms ("Deloitte AB", "KPMG AB") are companies that answer nothing.
const QRegularExpression &companyPattern()
{
    static const QRegularExpression pattern(
        u"(?<![\\p{L}\\d-])(?:[Ss]tyrelsen\\s+(?:för|i)\\s+)?"
        "(?!(?:KPMG|Deloitte|Ernst|EY|PwC|Öhrlings|PricewaterhouseCoopers|Grant\\s+Thornton|BDO|AB)\\b)"
        "(\\p{Lu}[\\p{L}\\d-]*(?:\\s+(?:och\\s+)?(?!AB\\b)\\p{Lu}[\\p{L}\\d-]*){0,4}\\s+AB)"
        "(?::s)?(?![\\p{L}\\d])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression &boardPattern()
{
    static const QRegularExpression pattern(u"(?<![\\p{L}\\d-])(?:"_s + boardWord + u")(?![\\p{L}\\d])"_s, caseless);
    return pattern;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

/// "kommunstyrelsens" → "kommunstyrelsen", "nämndernas" → "nämnderna",
/// "kommunfullmäktiges" → "kommunfullmäktige".
QString basicForm(QStringView name)
{
    QString s = name.trimmed().toString().simplified();
    while (!s.isEmpty() && (s.endsWith(u':') || s.endsWith(u',') || s.endsWith(u'.')))
        s.chop(1);
    const QString lower = s.toLower();
    if (lower.endsWith(u"ens") || lower.endsWith(u"ernas") || lower.endsWith(u"iges"))
        s.chop(1);
    return s;
}

/// A board's name ends in one of these words (or its genitive).
bool endsInBoardWord(QStringView name)
{
    static const QRegularExpression ending(u"(?:nämnden|styrelsen|fullmäktige)s?$"_s, caseless);
    return ending.match(name).hasMatch();
}

/// The name without a municipality or region after it: "Stadsbyggnadsnämnden i Malmö stad",
/// "Kommunstyrelsen, Sjöviks kommun", "Regionstyrelsen Region Skåne" → the board alone.
QString withoutPlace(const QString &name)
{
    static const QRegularExpression qualified(
        u"^(?<board>.+?)(?:\\s*[,–—-]\\s*|\\s+)"
        "(?:i\\s+[\\p{L}-]+(?<inPlace>\\s+(?:kommun|stad|län))?|[\\p{L}-]+\\s+(?:kommun|stad)|region\\s+[\\p{L}-]+)$"_s,
        caseless);
    const auto m = qualified.match(name);
    if (!m.hasMatch())
        return name;
    const QString board = m.captured(u"board");
    // A bare "i X" may be part of a name ("Nämnden för arbete i ..."): only a name that
    // ends as a board's does is cut there.
    const bool bareIn = name.sliced(board.size()).trimmed().startsWith(u"i "_s, Qt::CaseInsensitive)
        && m.captured(u"inPlace").isEmpty();
    if (endsInBoardWord(board) || (!bareIn && BoardResolver::isBoardName(board)))
        return board;
    return name;
}

/// What two names of one board have in common: no place, no genitive, no capitals.
QString comparable(const QString &name)
{
    return basicForm(withoutPlace(name.simplified())).toLower();
}

/// The part of a board's name that says what it does: "social" for "socialnämnden"; empty
/// for a part that only says whose board it is ("kommun" in "kommunfullmäktige"), which
/// the municipality's other boards share.
QString ownPart(const QString &comparableName)
{
    static const QRegularExpression boardWord(u"[\\s-]*(?:nämnden|styrelsen|fullmäktige)$"_s, caseless);
    static const QRegularExpression levelOnly(u"^(?:kommun|region|landstings?)$"_s, caseless);
    const QString part = QString(comparableName).remove(boardWord);
    return levelOnly.match(part).hasMatch() ? QString() : part;
}

QString withoutGenitive(QString name)
{
    if (name.endsWith(u":s"_s))
        name.chop(2);
    return basicForm(name);
}

} // namespace

BoardResolver::BoardResolver(const QStringList &known)
{
    for (const QString &board : known)
        add(board);
}

void BoardResolver::add(const QString &board)
{
    const QString name = capitalised(basicForm(board));
    if (name.isEmpty() || isGeneric(name))
        return;
    for (const QString &k : std::as_const(m_known)) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return;
    }
    m_known.append(name);
    m_knownPatterns.append(QRegularExpression(u"(?<![\\p{L}\\d-])"_s + QRegularExpression::escape(name)
                                                  + u"s?(?![\\p{L}\\d])"_s,
                                              caseless));
}

bool BoardResolver::isGeneric(QStringView word)
{
    static const QRegularExpression generic(u"^(?:nämnden|nämndens|styrelsen|styrelsens|nämnderna|nämndernas|"
                                            "nämnd|nämnder|styrelse|styrelser|varje nämnd|respektive nämnd)$"_s,
                                            caseless);
    return generic.match(word.trimmed()).hasMatch();
}

bool BoardResolver::isBoardName(QStringView text)
{
    static const QRegularExpression whole(u"^(?:"_s + boardWord
                                              + u"|nämnden\\s+för\\s+[\\p{L} ,-]{3,60}"
                                                "|\\p{L}*(?:nämnd|styrelse)(?:en)?\\s+\\p{Lu}\\p{L}+)$"_s,
                                          caseless);
    QString s = text.trimmed().toString().simplified();
    while (s.endsWith(u':') || s.endsWith(u','))
        s.chop(1);
    if (const auto c = companyPattern().match(s); c.hasMatch() && c.capturedStart() == 0 && c.capturedEnd() == s.size())
        return true;
    return !s.isEmpty() && s.size() <= 80 && !isGeneric(s) && whole.match(s).hasMatch();
}

std::optional<QString> BoardResolver::match(QStringView name) const
{
    const QString basic = basicForm(name);
    if (basic.isEmpty())
        return std::nullopt;
    for (const QString &k : m_known) {
        if (k.compare(basic, Qt::CaseInsensitive) == 0 || k.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    }
    // One letter wrong in a long name is a typo ("serviceenämnden"), not another board.
    if (basic.size() >= 8) {
        const QString lower = basic.toLower();
        for (const QString &k : m_known) {
            if (TextDistance::levenshtein(lower, k.toLower(), 1) <= 1)
                return k;
        }
    }
    return std::nullopt;
}

QString BoardResolver::canonical(QStringView name) const
{
    if (auto known = match(name))
        return *known;
    return capitalised(basicForm(name));
}

QList<BoardResolver::Mention> BoardResolver::mentions(QStringView text) const
{
    QList<Mention> found;
    const auto overlaps = [&found](qsizetype start, qsizetype end) {
        return std::any_of(found.cbegin(), found.cend(),
                           [&](const Mention &m) { return start < m.end && m.start < end; });
    };

    // The abbreviations the report defines ("HSN", "SUS-styrelsen", "BUN:s"), as written.
    for (auto a = m_abbreviations.cbegin(); a != m_abbreviations.cend(); ++a) {
        // A word defined in lower case ("bolaget") is a word: any case, and "bolagets".
        const bool lowerCase = a.key() == a.key().toLower();
        const QRegularExpression word(u"(?<![\\p{L}\\d-])"_s + QRegularExpression::escape(a.key())
                                          + (lowerCase ? u"s?"_s : u"(?::s)?"_s) + u"(?![\\p{L}\\d])"_s,
                                      lowerCase ? QRegularExpression::PatternOptions(caseless)
                                                : QRegularExpression::PatternOptions(QRegularExpression::NoPatternOption));
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!overlaps(m.capturedStart(), m.capturedEnd()))
                found.append({m.capturedStart(), m.capturedEnd(), canonical(a.value()), false});
        }
    }

    // Companies, before their words are taken for anything else.
    auto company = companyPattern().globalMatch(text);
    while (company.hasNext()) {
        const auto m = company.next();
        if (!overlaps(m.capturedStart(), m.capturedEnd()))
            found.append({m.capturedStart(), m.capturedEnd(), canonical(m.capturedView(1)), false});
    }

    // Known names first: they may have forms the pattern does not know ("Nämnden för X").
    for (qsizetype k = 0; k < m_known.size(); ++k) {
        auto it = m_knownPatterns.at(k).globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!overlaps(m.capturedStart(), m.capturedEnd()))
                found.append({m.capturedStart(), m.capturedEnd(), m_known.at(k), false});
        }
    }

    auto it = boardPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (overlaps(m.capturedStart(), m.capturedEnd()))
            continue;
        const QStringView word = m.capturedView();
        Mention mention{m.capturedStart(), m.capturedEnd(), {}, false};
        if (isGeneric(word)) {
            mention.generic = true;
            // "nämnderna" is every board, not one of them.
            const bool plural = word.contains(u"erna", Qt::CaseInsensitive);
            if (!plural)
                mention.board = theOneMeant(word);
        } else {
            mention.board = canonical(word);
        }
        found.append(mention);
    }
    std::sort(found.begin(), found.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return found;
}

QString BoardResolver::theOneMeant(QStringView generic) const
{
    if (m_known.size() == 1)
        return m_known.first();
    // "nämnden" beside a company is the one nämnd known; "styrelsen" the one styrelse or company.
    const bool board = generic.startsWith(u"nämnd", Qt::CaseInsensitive);
    QString meant;
    for (const QString &k : m_known) {
        const bool fits = board ? k.contains(u"nämnd"_s, Qt::CaseInsensitive)
                                : k.contains(u"styrelse"_s, Qt::CaseInsensitive) || k.endsWith(u" AB"_s);
        if (!fits)
            continue;
        if (!meant.isEmpty())
            return {};
        meant = k;
    }
    return meant;
}

QStringList BoardResolver::boardsIn(QStringView text) const
{
    QStringList boards;
    for (const Mention &m : mentions(text)) {
        if (!m.board.isEmpty() && !boards.contains(m.board))
            boards.append(m.board);
    }
    return boards;
}

QStringList BoardResolver::split(QStringView phrase) const
{
    const QStringList named = boardsIn(phrase);
    if (!named.isEmpty())
        return named;
    const QString trimmed = phrase.trimmed().toString().simplified();
    if (trimmed.isEmpty() || isGeneric(trimmed))
        return {};
    for (const Mention &m : mentions(trimmed)) {
        if (m.generic)
            return {};
    }
    // A name the patterns do not know ("Nämnden för funktionsstöd"): short phrases only,
    // since a long one is a clause, not a name.
    if (trimmed.count(u' ') <= 5 && trimmed.front().isLetter())
        return {canonical(trimmed)};
    return {};
}

void BoardResolver::define(const QMap<QString, QString> &abbreviations)
{
    for (auto it = abbreviations.cbegin(); it != abbreviations.cend(); ++it) {
        if (!m_abbreviations.contains(it.key()))
            m_abbreviations.insert(it.key(), it.value());
    }
}

QMap<QString, QString> BoardResolver::abbreviationsIn(QStringView text) const
{
    // "(BUN)", "(SUS-styrelsen)", "(nedan HSN)".
    static const QRegularExpression defined(u"^\\s*\\((?:nedan\\s+|härefter\\s+)?(\\p{Lu}{2,6}(?:-\\p{Ll}+)?)\\)"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    // "Halmstads Energi och Miljö AB (bolaget)": the company, wherever the report says "bolaget".
    static const QRegularExpression theCompany(u"^\\s*\\((?:nedan\\s+|härefter\\s+)?(bolaget)\\)"_s, caseless);
    QMap<QString, QString> found;
    for (const Mention &m : mentions(text)) {
        if (m.generic || m.board.isEmpty())
            continue;
        if (const auto d = defined.match(text.sliced(m.end)); d.hasMatch() && !found.contains(d.captured(1)))
            found.insert(d.captured(1), m.board);
        else if (const auto c = theCompany.match(text.sliced(m.end)); c.hasMatch() && m.board.endsWith(u" AB"_s))
            found.insert(c.captured(1).toLower(), m.board);
    }
    return found;
}

BoardResolver::Resolution BoardResolver::understand(QStringView name, const QMap<QString, QString> &abbreviations)
{
    static const QMap<QString, QString> standard = {{u"KS"_s, u"Kommunstyrelsen"_s}, {u"KF"_s, u"Kommunfullmäktige"_s}};
    static const QRegularExpression oneWord(u"^\\p{L}{2,6}$"_s, QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression committee(
        u"^(?<board>.+?)\\s+(?:\\p{L}*utskott(?:et)?|presidi(?:um|et)|\\p{L}*beredning(?:en)?)$"_s, caseless);

    Resolution r;
    QString n = name.toString().simplified();
    while (n.endsWith(u'.') || n.endsWith(u',') || n.endsWith(u':'))
        n.chop(1);
    const auto expanded = [&](const QString &word) -> QString {
        if (!oneWord.match(word).hasMatch())
            return {};
        const QString key = word.toUpper();
        return abbreviations.value(key, standard.value(key));
    };
    if (const auto m = committee.match(n); m.hasMatch()) {
        const QString owner = withoutGenitive(m.captured(u"board"));
        const QString board = expanded(owner).isEmpty() ? owner : expanded(owner);
        if (isBoardName(board) && !isGeneric(board)) {
            r.committee = n;
            if (board != owner)
                r.abbreviation = owner;
            n = capitalised(board);
        }
    }
    // A company answers through its board: "styrelsen för X AB" and "X AB:s styrelse" are X AB.
    static const QRegularExpression companyBoard(
        u"^(?:styrelsen\\s+(?:för|i)\\s+(?<company>.+\\sAB)|(?<owner>.+\\sAB):?s\\s+styrelse)$"_s, caseless);
    if (const auto m = companyBoard.match(n); m.hasMatch())
        n = m.captured(u"company").isEmpty() ? m.captured(u"owner") : m.captured(u"company");
    if (r.committee.isEmpty() && !expanded(n).isEmpty()) {
        r.abbreviation = n;
        n = expanded(n);
    }
    r.named = n;
    return r;
}

std::optional<BoardResolver::Resolution> BoardResolver::resolve(QStringView name,
                                                                const QMap<QString, QString> &abbreviations) const
{
    Resolution r = understand(name, abbreviations);
    const auto taken = [&r](const QString &board, Likeness likeness) {
        r.board = board;
        r.likeness = likeness;
        return r;
    };
    if (m_known.contains(r.named))
        return taken(r.named, Likeness::Same);
    for (const QString &k : m_known) {
        if (k.compare(r.named, Qt::CaseInsensitive) == 0)
            return taken(k, Likeness::Case);
    }
    if (const auto known = match(r.named))
        return taken(*known, Likeness::Spelling);
    // With the place left out, the name must still point to one board only.
    const QString wanted = comparable(r.named);
    QStringList same;
    for (const QString &k : m_known) {
        if (comparable(k) == wanted)
            same.append(k);
    }
    if (same.size() == 1)
        return taken(same.first(), Likeness::Qualifier);
    return std::nullopt;
}

std::optional<QString> BoardResolver::closest(QStringView name) const
{
    const QString wanted = comparable(understand(name, {}).named);
    const QString part = ownPart(wanted);
    const int limit = std::max(2, int(wanted.size() / 4)); // a few letters, more in a long name
    std::optional<QString> best;
    int bestDistance = limit + 1;
    for (const QString &k : m_known) {
        const QString other = comparable(k);
        // The name's own part in the other's ("social" in "social- och omsorgsnämnden") is
        // the closest there is, whatever the number of letters.
        const bool holdsPart = part.size() >= 4 && other.contains(part);
        const int distance = holdsPart ? 0 : TextDistance::levenshtein(wanted, other, limit);
        if (distance < bestDistance) {
            best = k;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace yttra

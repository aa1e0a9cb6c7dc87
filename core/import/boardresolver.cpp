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
// (or genitive), with a shared first part ("Kultur- och fritidsnämnden"), "Tekniska
// nämnden", and the council, which is informed rather than answering.
const QString boardWord = u"(?:\\p{L}+-\\s+(?:och|samt)\\s+)?\\p{L}*(?:nämnden|styrelsen)s?"
                          "|\\p{L}*nämnderna(?:s)?"
                          "|(?:\\p{L}+-\\s+(?:och|samt)\\s+)?\\p{L}*fullmäktiges?"
                          "|(?:tekniska|sociala|kulturella|gemensamma)\\s+nämnden?s?"_s;

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
            if (!plural && m_known.size() == 1)
                mention.board = m_known.first();
        } else {
            mention.board = canonical(word);
        }
        found.append(mention);
    }
    std::sort(found.begin(), found.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return found;
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

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/itemfinder.h"

#include "import/itemscanner.h"
#include "import/textdistance_p.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

bool sameBoards(const QStringList &a, const QStringList &b)
{
    // A text that names no board (the letter's "rekommenderar att nämnden:") is the same item
    // as the one the report addresses by name.
    if (a.isEmpty() || b.isEmpty())
        return true;
    if (a.size() != b.size())
        return false;
    return std::all_of(a.cbegin(), a.cend(), [&b](const QString &x) { return b.contains(x, Qt::CaseInsensitive); });
}

} // namespace

QString ItemFinder::describe(const ImportPlace &place)
{
    if (place.page > 0 && !place.section.isEmpty())
        return tr("page %1, section %2").arg(place.page).arg(place.section);
    if (place.page > 0)
        return tr("page %1").arg(place.page);
    if (!place.section.isEmpty())
        return tr("section %1").arg(place.section);
    return tr("the beginning of the report");
}

bool ItemFinder::sameWording(const QString &a, const QString &b, bool *exact)
{
    const QString x = TextDistance::comparable(a);
    const QString y = TextDistance::comparable(b);
    if (exact)
        *exact = x == y;
    if (x == y)
        return true;
    const QString &shorter = x.size() < y.size() ? x : y;
    const QString &longer = x.size() < y.size() ? y : x;
    if (shorter.isEmpty())
        return false;
    // Cut short: a line lost at a page break ("... för systemdrift och nät").
    if (longer.startsWith(shorter) && shorter.size() >= 0.85 * double(longer.size()))
        return true;
    // A typo or two in a long text ("eskaleringsvägar" / "eskaleringvägar"); short texts
    // differing by a word are different items, and so are texts with other figures in them.
    static const QRegularExpression figures(u"\\d+"_s);
    QStringList xFigures;
    QStringList yFigures;
    for (auto it = figures.globalMatch(x); it.hasNext();)
        xFigures.append(it.next().captured());
    for (auto it = figures.globalMatch(y); it.hasNext();)
        yFigures.append(it.next().captured());
    if (xFigures != yFigures)
        return false;
    const int limit = int(0.03 * double(longer.size()));
    return limit >= 1 && TextDistance::levenshtein(x, y, limit) <= limit;
}

QList<ImportCandidate> ItemFinder::merged(const QList<ImportCandidate> &candidates, QStringList &notes)
{
    QList<ImportCandidate> out;
    for (const ImportCandidate &c : candidates) {
        // Two items of one list are two items, however alike; the same wording found in two
        // places (the summary and the conclusions) is one.
        auto same = std::find_if(out.begin(), out.end(), [&c](const ImportCandidate &o) {
            if (o.kind != c.kind || !sameBoards(o.boards, c.boards))
                return false;
            bool exact = false;
            if (!sameWording(o.text, c.text, &exact))
                return false;
            const ImportPlace &place = c.places.first();
            return exact
                || std::none_of(o.places.cbegin(), o.places.cend(), [&place](const ImportPlace &p) { return p.sameSection(place); });
        });
        if (same == out.end()) {
            out.append(c);
            continue;
        }
        bool exact = false;
        sameWording(same->text, c.text, &exact);
        if (!exact) {
            // The longer wording is the more complete one: extraction loses text more often
            // than it adds any.
            const bool takeNew = c.text.size() > same->text.size();
            notes.append(tr("The same text stands at %1 and at %2 with slightly different wording; the %3 one "
                            "was kept: check it.")
                             .arg(describe(same->places.first()), describe(c.places.first()),
                                  takeNew ? tr("second") : tr("first")));
            if (takeNew)
                same->text = c.text;
        }
        for (const ImportPlace &p : c.places) {
            if (!same->places.contains(p))
                same->places.append(p);
        }
        if (same->boards.isEmpty())
            same->boards = c.boards;
        if (same->number.isEmpty())
            same->number = c.number;
        same->remains = same->remains || c.remains;
        same->selected = same->selected && c.selected;
    }
    return out;
}

QList<ImportCandidate> ItemFinder::find(QStringList &notes)
{
    QList<ImportCandidate> found = ItemScanner(m_boards, notes).scan(m_text.blocks());
    return merged(found, notes);
}

} // namespace yttra

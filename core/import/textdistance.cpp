// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdistance_p.h"

#include <algorithm>
#include <vector>

namespace yttra {

int TextDistance::levenshtein(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Only the cells within `limit` of the diagonal can hold a distance within the limit.
    const int outside = limit + 1;
    std::vector<int> previous(std::size_t(m + 1), outside);
    std::vector<int> current(std::size_t(m + 1), outside);
    for (qsizetype j = 0; j <= std::min<qsizetype>(m, limit); ++j)
        previous[std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        const qsizetype from = std::max<qsizetype>(1, i - limit);
        const qsizetype to = std::min<qsizetype>(m, i + limit);
        std::fill(current.begin(), current.end(), outside);
        if (i <= limit)
            current[0] = int(i);
        int best = current[0];
        for (qsizetype j = from; j <= to; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            const int value = std::min({previous[std::size_t(j - 1)] + cost, previous[std::size_t(j)] + 1,
                                        current[std::size_t(j - 1)] + 1});
            current[std::size_t(j)] = std::min(value, outside);
            best = std::min(best, current[std::size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[std::size_t(m)], outside);
}

QString TextDistance::comparable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

} // namespace yttra

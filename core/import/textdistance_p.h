// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace yttra {

/// How far apart two texts are, for the importer's tolerance of the small differences a
/// report's two copies of a recommendation (or a typo in a board's name) show.
class TextDistance
{
public:
    /// The Levenshtein distance (insertions, deletions, substitutions), computed only within
    /// `limit`: any distance above it is returned as limit + 1, which keeps long texts cheap.
    static int levenshtein(QStringView a, QStringView b, int limit);

    /// The text reduced to what wording is compared on: lower case, letters and digits,
    /// one space between words.
    static QString comparable(QStringView text);
};

} // namespace yttra

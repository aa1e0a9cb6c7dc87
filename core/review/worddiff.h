// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace yttra {

/// A run of words that is the same in both texts, only in the old one, or only in the new.
struct WordChange
{
    enum class Kind { Same, Deleted, Inserted };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const WordChange &) const = default;
};

/// What changed between two texts, word by word (a changed word in a long paragraph shows as
/// that word, not as the whole paragraph).
class WordDiff
{
public:
    static QList<WordChange> compare(const QString &before, const QString &after);
    /// "[-old-]{+new+}" marks, as `git diff --word-diff` prints them.
    static QString toText(const QList<WordChange> &changes);
};

} // namespace yttra

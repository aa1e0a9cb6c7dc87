// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"
#include "review/worddiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yttra {

/// One thing that differs between two versions of a statement.
struct Difference
{
    enum class Kind { Added, Removed, Changed, Moved };

    Kind kind = Kind::Changed;
    QString part;    // where in the statement, as a person names it: "Summary", "Åtgärdsområde 2", "Measure “…”"
    QString pointer; // in the newer version; in the older one for what was removed
    QString field;   // which field of the part, empty for a whole added, removed or moved part
    QString before;
    QString after;
    QList<WordChange> words; // for changed text: what changed, word by word
    bool statusChange = false; // a measure's status: what a reviewer looks for first
};

/// Compares two versions of a statement part by part and field by field. Items and measures
/// are matched by id, so a reordered item shows as moved, not as removed and added.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    static QList<Difference> compare(const Statement &before, const Statement &after);

    /// The differences as text for a terminal, one part and field a line, changed text
    /// below it with [-removed-] and {+added+} words.
    static QString toText(const QList<Difference> &differences);
};

} // namespace yttra

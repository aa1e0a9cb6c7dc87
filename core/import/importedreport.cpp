// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importedreport.h"

#include "import/boardresolver.h"

#include <algorithm>

namespace yttra {

bool ImportCandidate::concerns(QStringView board) const
{
    if (boards.isEmpty())
        return true;
    return std::any_of(boards.cbegin(), boards.cend(),
                       [board](const QString &b) { return board.compare(b, Qt::CaseInsensitive) == 0; });
}

QStringList ImportedReport::boards() const
{
    QStringList all = addressees;
    for (const ImportCandidate &c : candidates) {
        for (const QString &b : c.boards) {
            if (!all.contains(b, Qt::CaseInsensitive))
                all.append(b);
        }
    }
    for (const DueDate &d : dueDates) {
        if (!d.board.isEmpty() && !all.contains(d.board, Qt::CaseInsensitive))
            all.append(d.board);
    }
    return all;
}

std::optional<QString> ImportedReport::matchBoard(QStringView name) const
{
    return BoardResolver(boards()).match(name);
}

QDate ImportedReport::dueDate(QStringView board, StatementKind round) const
{
    const std::optional<QString> known = matchBoard(board);
    QDate forAnyBoard;
    for (const DueDate &d : dueDates) {
        if (d.round == round && known && d.board == *known)
            return d.date;
        if (d.round == round && d.board.isEmpty())
            forAnyBoard = d.date;
    }
    return forAnyBoard;
}

qsizetype ImportedReport::count(ItemKind kind, bool selectedOnly) const
{
    return std::count_if(candidates.cbegin(), candidates.cend(), [&](const ImportCandidate &c) {
        return c.kind == kind && (!selectedOnly || c.selected);
    });
}

} // namespace yttra

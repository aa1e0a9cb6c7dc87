// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/boardresolver.h"
#include "import/importedreport.h"
#include "import/pagecleanup.h"
#include "import/reportpage.h"
#include "import/reporttext.h"

#include <QList>
#include <QStringList>

namespace yttra {

/// The report importer's passes, in the order ReportImporter::analyse() runs them. Each does
/// one job on what the passes before it made, so each can be run, and tested, alone.
class ImportPasses
{
public:
    /// 1. Page cleanup: the pages as read → lines evened out, running headers and footers
    /// removed (kept aside, they still tell the title and date), pages without text listed.
    static CleanPages cleanPages(const QList<ReportPage> &pages);

    /// 2. Headings: cleaned pages → blocks, headings told from paragraphs and list items,
    /// lines of one sentence joined, each block in its numbered section.
    static ReportText findHeadings(const CleanPages &pages);

    /// 3. Boards: the "Till:" and "För kännedom:" lists → the report's addressees and
    /// informed, and a resolver that knows them for the passes after.
    static BoardResolver findBoards(const ReportText &text, ImportedReport &report);

    /// 4. Abbreviations: the ones the report defines for its boards ("barn- och utbildningsnämnden
    /// (BUN)"), the first definition of each kept; `boards` learns them, so the passes after
    /// read "BUN bör ..." as the board, and a board the user names by one resolves.
    static void findAbbreviations(const ReportText &text, BoardResolver &boards, ImportedReport &report);

    /// 5. Items: the blocks → the candidates the board must answer, each with its boards;
    /// boards only the items name join `boards`; what was unclear goes to `notes`.
    static QList<ImportCandidate> findItems(const ReportText &text, BoardResolver &boards, QStringList &notes);

    /// 6. Addressees, when the report has no "Till:" list: the boards the letter sends it to
    /// for a statement, or else those the items are addressed to; noted either way.
    static void findAddressees(const ReportText &text, BoardResolver &boards, ImportedReport &report);

    /// 7. Details: reference, title, auditor, dates, conclusion, recipient, where to send
    /// the statement, the follow-up period.
    static void findDetails(const ReportText &text, ImportedReport &report);

    /// 8. Due dates: when each addressed board's statement is due, per round.
    static void findDueDates(const ReportText &text, const BoardResolver &boards, ImportedReport &report);
};

} // namespace yttra

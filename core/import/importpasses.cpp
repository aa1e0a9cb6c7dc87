// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpasses.h"

#include "import/detailfinder.h"
#include "import/itemfinder.h"
#include "import/reportimporter.h"

using namespace Qt::StringLiterals;

namespace yttra {

CleanPages ImportPasses::cleanPages(const QList<ReportPage> &pages)
{
    return PageCleanup::clean(pages);
}

ReportText ImportPasses::findHeadings(const CleanPages &pages)
{
    return ReportText(pages);
}

BoardResolver ImportPasses::findBoards(const ReportText &text, ImportedReport &report)
{
    BoardResolver boards;
    DetailFinder(text).findBoards(report, boards);
    return boards;
}

QList<ImportCandidate> ImportPasses::findItems(const ReportText &text, BoardResolver &boards, QStringList &notes)
{
    return ItemFinder(text, boards).find(notes);
}

void ImportPasses::findAddressees(const ReportText &text, BoardResolver &boards, ImportedReport &report)
{
    if (!report.addressees.isEmpty())
        return;
    const DetailFinder finder(text);
    QStringList found = finder.boardsAskedToAnswer(boards);
    if (found.isEmpty())
        found = boards.known();
    if (found.isEmpty())
        found = finder.auditedBoards();
    for (const QString &b : std::as_const(found)) {
        if (!report.addressees.contains(b))
            report.addressees.append(b);
        boards.add(b);
    }
    // The notes keep the importer's translation context, where their translations are.
    if (report.addressees.isEmpty())
        report.notes.append(
            ReportImporter::tr("No board to answer was found (no \"Till:\" list): name the board yourself."));
    else
        report.notes.append(ReportImporter::tr("The report has no \"Till:\" list; the boards that must answer were "
                                               "taken from its text: %1.")
                                .arg(report.addressees.join(u", "_s)));
}

void ImportPasses::findDetails(const ReportText &text, ImportedReport &report)
{
    DetailFinder(text).findDetails(report);
}

void ImportPasses::findDueDates(const ReportText &text, const BoardResolver &boards, ImportedReport &report)
{
    DetailFinder(text).findDueDates(report, boards);
}

void ImportPasses::findAbbreviations(const ReportText &text, BoardResolver &boards, ImportedReport &report)
{
    for (const ReportBlock &block : text.blocks()) {
        const QMap<QString, QString> defined = boards.abbreviationsIn(block.text);
        for (auto it = defined.cbegin(); it != defined.cend(); ++it) {
            if (!report.abbreviations.contains(it.key()))
                report.abbreviations.insert(it.key(), it.value());
        }
    }
    boards.define(report.abbreviations);
}

} // namespace yttra

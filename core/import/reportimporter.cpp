// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/reportimporter.h"

#include "import/importpasses.h"
#include "import/itemfinder.h"
#include "import/reportreader.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace yttra {

Result<ImportedReport, FileError> ReportImporter::import(const QString &path, const ReadOptions &options)
{
    auto pages = ReportReader::read(path, options);
    if (!pages)
        return Result<ImportedReport, FileError>::failure(pages.error());
    ImportedReport report = analyse(pages.value());
    report.file = path;
    return report;
}

ImportedReport ReportImporter::analyse(const QList<ReportPage> &pages)
{
    const ReportText text = ImportPasses::findHeadings(ImportPasses::cleanPages(pages));
    ImportedReport report;
    report.pageCount = text.pageCount();
    BoardResolver boards = ImportPasses::findBoards(text, report);
    ImportPasses::findAbbreviations(text, boards, report);
    // The items' notes are kept apart so they follow the notes on the report as a whole.
    QStringList itemNotes;
    report.candidates = ImportPasses::findItems(text, boards, itemNotes);
    ImportPasses::findAddressees(text, boards, report);
    ImportPasses::findDetails(text, report);
    ImportPasses::findDueDates(text, boards, report);

    // Text recognition misreads a letter here and there: what it read must be checked, so the
    // items it touched are marked and the pages named.
    for (const ReportPage &page : pages) {
        if (std::any_of(page.lines.cbegin(), page.lines.cend(), [](const ReportLine &l) { return l.recognized; }))
            report.recognizedPages.append(page.number);
    }
    for (ImportCandidate &c : report.candidates) {
        c.uncertain = std::any_of(c.places.cbegin(), c.places.cend(), [&report](const ImportPlace &p) {
            return report.recognizedPages.contains(p.page);
        });
    }
    noteWhatIsMissing(report, text, itemNotes);
    return report;
}

void ReportImporter::noteWhatIsMissing(ImportedReport &report, const ReportText &text, const QStringList &itemNotes)
{
    if (report.reference.isEmpty())
        report.notes.append(tr("No reference (such as SR-2020-83) was found."));
    if (report.title.isEmpty())
        report.notes.append(tr("The audit's title was not found."));

    const qsizetype recommendations = report.count(ItemKind::Recommendation);
    const qsizetype questions = report.count(ItemKind::Question);
    if (recommendations == 0 && questions == 0)
        report.notes.append(tr("No recommendations or questions were found in the report; add the items yourself, "
                               "or import the report itself if this was only its cover letter."));
    if (report.addressees.size() > 1) {
        for (const ImportCandidate &c : std::as_const(report.candidates)) {
            if (c.kind != ItemKind::Assessment && c.boards.isEmpty())
                report.notes.append(tr("The item at %1 does not say which board it is addressed to; it is kept for "
                                       "every board.").arg(ItemFinder::describe(c.places.first())));
        }
    }
    report.notes += itemNotes;

    for (const QString &board : std::as_const(report.addressees)) {
        if (!report.dueDate(board, StatementKind::First).isValid())
            report.notes.append(tr("No due date was found for %1's statement.").arg(board));
    }
    if (!text.pagesWithoutText().isEmpty()) {
        QStringList numbers;
        for (const int page : text.pagesWithoutText())
            numbers.append(QString::number(page));
        report.notes.append(tr("These pages have no text (scanned?) and were not read: %1.").arg(numbers.join(u", "_s)));
    }
    if (!report.recognizedPages.isEmpty()) {
        QStringList numbers;
        for (const int page : std::as_const(report.recognizedPages))
            numbers.append(QString::number(page));
        report.notes.append(tr("These pages are scanned and were read by text recognition (OCR): %1. Check the "
                               "items found on them, word for word, against the report.")
                                .arg(numbers.join(u", "_s)));
    }
}

Result<BoardChoice, QString> ReportImporter::chooseBoard(const ImportedReport &report, QStringView name)
{
    const QString given = name.toString().simplified();
    if (given.isEmpty())
        return Result<BoardChoice, QString>::failure(tr("Name the board that answers."));
    const BoardResolver boards(report.boards());
    if (boards.known().isEmpty()) {
        // A report that does not say whom it addresses cannot contradict the user.
        BoardResolver::Resolution understood = BoardResolver::understand(given, report.abbreviations);
        understood.board = understood.named;
        BoardChoice choice{understood.board, notesOn(understood)};
        choice.notes.append(tr("The report does not list the boards it addresses; the statement is made for %1, "
                               "as named.")
                                .arg(choice.board));
        return choice;
    }
    if (const auto resolved = boards.resolve(given, report.abbreviations))
        return BoardChoice{resolved->board, notesOn(*resolved)};

    const QString listed = report.boards().join(u", "_s);
    if (const auto closest = boards.closest(given))
        return Result<BoardChoice, QString>::failure(
            tr("The report addresses no board called \"%1\"; it names: %2. The closest is \"%3\".")
                .arg(given, listed, *closest));
    return Result<BoardChoice, QString>::failure(
        tr("The report addresses no board called \"%1\"; it names: %2.").arg(given, listed));
}

BoardChoice ReportImporter::chooseAnyBoard(const ImportedReport &report, QStringView name)
{
    auto chosen = chooseBoard(report, name);
    if (chosen)
        return std::move(chosen).value();
    return BoardChoice{name.toString().simplified(), {chosen.error()}};
}

QStringList ReportImporter::notesOn(const BoardResolver::Resolution &resolution)
{
    QStringList notes;
    if (!resolution.committee.isEmpty())
        notes.append(tr("\"%1\" is a committee of %2: the statement is made for %2.")
                         .arg(resolution.committee, resolution.named));
    if (!resolution.abbreviation.isEmpty())
        notes.append(tr("\"%1\" was read as %2.").arg(resolution.abbreviation, resolution.named));
    switch (resolution.likeness) {
    case BoardResolver::Likeness::Same:
        break;
    case BoardResolver::Likeness::Case:
    case BoardResolver::Likeness::Spelling:
        notes.append(tr("The report calls the board \"%1\"; that name is taken for \"%2\".")
                         .arg(resolution.board, resolution.named));
        break;
    case BoardResolver::Likeness::Qualifier:
        notes.append(tr("The report calls the board \"%1\"; that name is taken for \"%2\", which differs only in "
                        "the municipality or region it names.")
                         .arg(resolution.board, resolution.named));
        break;
    }
    return notes;
}

Statement ReportImporter::toStatement(const ImportedReport &report, const QString &board, StatementKind kind,
                                      bool allBoards)
{
    Statement statement;
    statement.kind = kind;
    statement.board = report.matchBoard(board).value_or(board.trimmed());
    statement.recipient = report.recipient;
    statement.submitTo = report.submitTo;
    const QDate due = report.dueDate(statement.board, kind);
    statement.dueDate = due.isValid() ? due.toString(Qt::ISODate) : QString();
    statement.period.from = report.followUpPeriod.from;
    statement.period.to = report.followUpPeriod.to;

    statement.audit.title = report.title;
    statement.audit.reference = report.reference;
    statement.audit.auditor = report.auditor;
    statement.audit.reportDate = report.reportDate;
    statement.audit.decisionDate = report.decisionDate;
    statement.audit.addressees = report.addressees;
    statement.audit.conclusion = report.conclusion;

    int recommendations = 0;
    int assessments = 0;
    int questions = 0;
    for (const ImportCandidate &c : report.candidates) {
        if (!c.selected || (!allBoards && !c.concerns(statement.board)))
            continue;
        Item item;
        item.kind = c.kind;
        switch (c.kind) {
        case ItemKind::Recommendation:
            item.id = u"r"_s + QString::number(++recommendations);
            break;
        case ItemKind::Assessment:
            item.id = u"b"_s + QString::number(++assessments);
            break;
        case ItemKind::Question:
            item.id = u"q"_s + QString::number(++questions);
            break;
        }
        item.number = c.number;
        item.addressedTo = c.boards.join(u", "_s);
        item.section = c.section();
        item.text = c.text;
        statement.items.append(item);
    }
    return statement;
}

} // namespace yttra

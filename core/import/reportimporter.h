// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "import/boardresolver.h"
#include "import/importedreport.h"
#include "import/reportpage.h"
#include "import/reportreader.h"
#include "model/statement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace yttra {

class ReportText;

/// Starts a statement from the auditors' report: reads the report (PDF, .txt, .md), finds its
/// details, due dates and candidate items for the user to confirm, and makes the statement
/// for one board from what the user kept.
class ReportImporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportImporter)

public:
    /// Reads and analyses the report at `path`. Fails with a FileError (kind Invalid: not a
    /// readable report, e.g. empty, unknown type, encrypted or scanned PDF; CannotRead: the
    /// file cannot be opened) whose message says why. Scanned pages are read with text
    /// recognition unless `options` refuse it (see ReportReader).
    static Result<ImportedReport, FileError> import(const QString &path, const ReadOptions &options = {});

    /// Analyses pages already read (ReportReader::readText() of text in memory, or pages a
    /// test builds); never fails: what it cannot find it leaves empty and notes. Items found on
    /// recognised pages (lines marked `recognized`) are marked uncertain, with a note.
    static ImportedReport analyse(const QList<ReportPage> &pages);

    /// The board the statement is for, from the name the user gives. A report that lists no
    /// boards takes any name, with a note; otherwise the name must stand for one of the boards
    /// it lists, which it may do loosely (case, genitive, a typo, the municipality added or
    /// left out, KS/KF or an abbreviation the report defines, a committee of the board), each
    /// loose reading with a note. Fails with a message listing the report's boards (and the
    /// closest one) when the name stands for none of them.
    static Result<BoardChoice, QString> chooseBoard(const ImportedReport &report, QStringView name);

    /// chooseBoard(), or else the name as given, with the reason it would be refused as its
    /// note: for when the user takes items whatever board they name (--all, the dialog's ticks).
    static BoardChoice chooseAnyBoard(const ImportedReport &report, QStringView name);

    /// The statement of `kind` for `board` from the report's selected candidates: the items
    /// addressed to that board (or to no board in particular), or all selected items when
    /// `allBoards`; the audit's details; the due date for that board and round; ids r1, r2,
    /// ... for recommendations, b1, ... for assessments (bedömningar), q1, ... for questions,
    /// in the order of the report. The board is spelt as the report spells it when it names
    /// it (see ImportedReport::matchBoard()).
    static Statement toStatement(const ImportedReport &report, const QString &board, StatementKind kind,
                                 bool allBoards = false);

private:
    static QStringList notesOn(const BoardResolver::Resolution &resolution);
    static void noteWhatIsMissing(ImportedReport &report, const ReportText &text, const QStringList &itemNotes);
};

} // namespace yttra

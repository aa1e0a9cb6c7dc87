// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/item.h"
#include "model/statement.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace yttra {

/// Where in the report a candidate item was found.
struct ImportPlace
{
    int page = 0;    // 1-based; 0 when the file has no pages (a text file without form feeds)
    QString section; // the section's number ("4.2"), or its heading when it has none
    QString heading; // the heading above the text ("Rekommendationer")
    int line = 0;    // the first line of the text on its page (of the file, without pages), 1-based; 0 unknown
    QList<QRectF> boxes; // PDFs: the text's lines on `page`, in points from the page's top left

    /// In the same section of the same page, wherever in it.
    bool sameSection(const ImportPlace &other) const { return page == other.page && section == other.section; }

    bool operator==(const ImportPlace &) const = default;
};

/// A recommendation, assessment or question the importer proposes for the statement.
struct ImportCandidate
{
    ItemKind kind = ItemKind::Recommendation;
    QStringList boards;    // the boards it is addressed to; empty when the report names none
    QString text;          // the auditors' words (markdown)
    QString number;        // its number in the report ("3" for "Rekommendation 3"), or empty
    bool selected = true;  // proposed for the statement (assessments are offered unselected)
    bool remains = false;  // a recommendation a follow-up audit says remains ("kvarstår")
    bool uncertain = false; // found (also) on a page read by text recognition: check its words
    QList<ImportPlace> places; // every place the text was found, in the order of the report

    int page() const { return places.isEmpty() ? 0 : places.first().page; }
    QString section() const { return places.isEmpty() ? QString() : places.first().section; }
    /// Addressed to this board (case-insensitive), or to no board in particular.
    bool concerns(QStringView board) const;

    bool operator==(const ImportCandidate &) const = default;
};

/// When a board's statement is due: the first statement or the follow-up.
struct DueDate
{
    QString board; // empty: the letter names no board, the date is whichever board's answers
    StatementKind round = StatementKind::First;
    QDate date;

    bool operator==(const DueDate &) const = default;
};

/// The board a statement is made for, from the name the user gave (ReportImporter::chooseBoard()).
struct BoardChoice
{
    QString board;     // as the report spells it when it names it
    QStringList notes; // how the name was understood, for the user to check

    bool operator==(const BoardChoice &) const = default;
};

/// What the importer found in an audit report: the audit's details, the due dates per board
/// and round, the candidate items, and notes on what it was unsure of. The user may change
/// any of it (select, edit texts) before a statement is made from it.
struct ImportedReport
{
    QString file;          // the path it was read from
    int pageCount = 0;     // 0 for a text file without page breaks
    QList<int> recognizedPages; // 1-based: the scanned pages read by text recognition
    QString title;         // "Granskning av IT-säkerhet"
    QString reference;     // "SR-2020-83"
    QString auditor;       // "Malmö stadsrevision"
    QString reportDate;    // ISO date or empty
    QString decisionDate;  // ISO date or empty: when the auditors decided to send it
    QString conclusion;    // the overall assessment ("Den sammanfattande bedömningen är ...")
    QString recipient;     // whom the statement goes to ("Revisorskollegiet")
    QString submitTo;      // where to send it (an e-mail address)
    Period followUpPeriod; // what the follow-up reports on ("vidtagits under 2021")
    QStringList addressees; // the boards that must answer ("Till:")
    QStringList informed;   // the boards informed ("För kännedom:")
    QList<DueDate> dueDates;
    QMap<QString, QString> abbreviations; // those the report defines: "BUN" → "Barn- och utbildningsnämnden"
    QList<ImportCandidate> candidates;
    QStringList notes;      // what the importer was unsure of, for the user to check

    /// The addressees, then any other board a candidate is addressed to.
    QStringList boards() const;

    /// The spelling the report uses for a board the user names ("servicenämnden",
    /// "Servicenämndens" → "Servicenämnden"), if the report names it at all.
    std::optional<QString> matchBoard(QStringView name) const;

    /// When the board's statement of this round is due: its own date, else a date the letter
    /// gives naming no board; invalid when the report does not say.
    QDate dueDate(QStringView board, StatementKind round) const;

    /// How many candidates are of this kind (only the selected ones, if asked).
    qsizetype count(ItemKind kind, bool selectedOnly = false) const;

    bool operator==(const ImportedReport &) const = default;
};

} // namespace yttra

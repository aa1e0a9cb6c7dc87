// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/boardresolver.h"
#include "import/importedreport.h"
#include "import/reporttext.h"
#include "language/datescanner.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

namespace yttra {

/// Finds the audit's details in the cleaned report text: the boards addressed ("Till:") and
/// informed ("För kännedom:"), reference, title, auditor, report and decision dates, the
/// overall assessment, where and to whom the statement goes, and the due dates per board
/// and round, however the cover letter words them ("senast den 23 mars 2018", "senast
/// 2025-03-31 (servicenämnden) respektive 2025-04-04 (kommunstyrelsen)").
class DetailFinder
{
    Q_DECLARE_TR_FUNCTIONS(DetailFinder)

public:
    /// "Vår sammanfattande bedömning är att ...": the report's overall assessment (its conclusion).
    static bool isOverallAssessment(const QString &text);
    explicit DetailFinder(const ReportText &text) : m_text(text) {}

    /// The "Till:" and "För kännedom:" lists, into the report and the board resolver.
    void findBoards(ImportedReport &report, BoardResolver &boards) const;

    /// When the report has no "Till:" list: the boards the auditors send it to "för yttrande".
    QStringList boardsAskedToAnswer(const BoardResolver &boards) const;
    /// The boards the letter says were audited ("har granskat stadsbyggnadsnämndens
    /// handläggning"), from the first sentence that says so.
    QStringList auditedBoards() const;
    /// The one company the report names ("Exempelby Bostäder AB"), or empty when it names none
    /// or several.
    QString onlyCompany() const;

    /// Reference, title, auditor, dates, conclusion, recipient, submission address and the
    /// follow-up period.
    void findDetails(ImportedReport &report) const;

    /// The due dates per board and round; notes what was unclear.
    void findDueDates(ImportedReport &report, const BoardResolver &boards) const;

    /// A paragraph split into sentences, not at abbreviations ("t.ex.", "bl.a.") nor inside
    /// dates and e-mail addresses.
    static QStringList sentences(QStringView text);

private:
    QStringList collectNames(qsizetype lineIndex, const QString &rest) const;

    // findDetails(), step by step.
    struct ReferenceLine
    {
        QString reference;
        QString titleBeside; // the rest of the title line the reference stands on
    };
    static QList<CleanLine> withBrokenLinesJoined(const QList<CleanLine> &lines);
    static ReferenceLine findReference(const QList<CleanLine> &lines, const QList<CleanLine> &running);
    static void findTitle(ImportedReport &report, const QList<CleanLine> &lines, const QList<CleanLine> &running,
                          const QString &titleBesideReference);
    static QString subjectLine(const QList<CleanLine> &lines);
    static QString titlePartOf(const QString &running);
    static QString findReportDate(const QList<CleanLine> &lines, const QList<CleanLine> &running);
    /// The date at the head of the cover letter, if the report begins with one.
    static QDate letterDate(const QList<CleanLine> &lines);
    void findDetailsInSentences(ImportedReport &report) const;
    /// The two columns of a flattened letterhead under its heading line; returns the last line read.
    qsizetype readTwoColumns(qsizetype headingLine, ImportedReport &report) const;
    static QString recipientIn(const QString &text);
    static QString decisionDateIn(const QString &sentence);
    static QString auditorIn(const QString &sentence);
    static QString auditorBodyIn(const QString &sentence);
    static bool isSubjectDate(QStringView text, const DateScanner::Found &date);
    /// The audit firm a text names ("KPMG AB", "Ernst & Young" → "EY"), or empty.
    static QString firmIn(const QString &text);
    static QString submitAddressIn(const QString &sentence);
    static Period followUpPeriodIn(const QString &sentence);

    // findDueDates(), step by step.
    struct FoundDate;
    static QList<DateScanner::Found> statementDueDatesIn(const QString &sentence, QDate sent);
    static QList<QStringList> boardsRightAfter(const QString &sentence, const QList<DateScanner::Found> &dates,
                                               const BoardResolver &boards,
                                               QList<std::pair<qsizetype, qsizetype>> &spans);
    static QList<FoundDate> dueDatesIn(const QString &sentence, int page, const QString &context,
                                       const QStringList &addressees, const BoardResolver &boards, QDate sent);
    static QList<FoundDate> onePerBoardAndRound(const QList<FoundDate> &found, ImportedReport &report);
    static void sortInLetterOrder(QList<FoundDate> &dates, const QStringList &order);

    const ReportText &m_text;
};

} // namespace yttra

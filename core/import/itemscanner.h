// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/boardresolver.h"
#include "import/importedreport.h"
#include "import/reporttext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace yttra {

/// Reads the report's blocks in order and turns them into item candidates, one named rule
/// for each way a report writes an item, carrying what the text so far has set up: a list's
/// introduction, a recommendations chapter, a "Rekommendation N" heading, a "Bedömning"
/// section. The candidates come out as found: ItemFinder merges the repeated ones.
class ItemScanner
{
public:
    /// Boards the text addresses recommendations to are added to `boards`; what was unclear
    /// goes to `notes`.
    ItemScanner(BoardResolver &boards, QStringList &notes) : m_boards(boards), m_notes(notes) {}

    /// The candidates of `blocks` (blocks in a page's margin set aside), in their order.
    QList<ImportCandidate> scan(const QList<ReportBlock> &blocks);

    /// What a paragraph ending in ":" or "att" says of the list after it: what its items are,
    /// to whom, and whether a follow-up audit calls them remaining or done.
    struct ListIntro
    {
        ItemKind kind = ItemKind::Recommendation;
        QStringList boards;
        bool remains = false;
        bool done = false;
        bool questionParagraphs = false; // questions may follow as paragraphs ending in "?"
        qsizetype last = -1;             // the candidate the list last added
    };
    /// "Utifrån ... rekommenderar vi kommunstyrelsen att:", "vill vi ha ett skriftligt svar
    /// på följande:", "Följande rekommendationer kvarstår:"; nothing for any other text.
    std::optional<ListIntro> introOf(const QString &text) const;

    /// What a follow-up audit says of a recommendation: "Rekommendationen kvarstår",
    /// "Rekommendation 2 är åtgärdad", "Status: Delvis åtgärdad".
    enum class Status { None, Remains, Done };
    /// `number` is the recommendation's number, when the text gives one.
    static Status statusOf(const QString &text, QString *number);

    /// "Rekommendationer", "Revisionens rekommendationer till kommunstyrelsen".
    static bool isRecommendationChapter(const QString &heading);
    /// "Bedömning", "Revisionell bedömning", "Samlad bedömning och rekommendationer".
    static bool isAssessmentHeading(const QString &heading);
    /// The words of a "Rekommendation N: ..." heading are the recommendation itself when they
    /// say what to do; otherwise they are a title and the text follows.
    static bool isRecommendationWording(const QString &text);
    /// Whether a numbered line reads as a chapter heading rather than an item: a chapter's
    /// word ("Inledning", "Revisionell bedömning", "Bilaga 1"), or, when `continuesList` is
    /// false (its number does not follow the list's), a short title without a verb
    /// ("Styrning och uppföljning"). "Inled ett arbete med ..." is an item.
    static bool isChapterHeadingLine(const QString &text, bool continuesList);

private:
    struct PendingRecommendation
    {
        QString number;
        QStringList boards;
    };

    struct Assessment
    {
        QStringList parts;
        const ReportBlock *block = nullptr;
        bool lastWasItem = false;
        bool summary = false; // under a summary heading, where background stands too
    };

    void heading(const ReportBlock &block);
    void paragraph(const ReportBlock &block);
    void listItem(const ReportBlock &block);
    void tableRow(const ReportBlock &block);

    // The rules for a heading: each takes the heading when it is its kind, and says so.
    bool recommendationHeading(const ReportBlock &block);
    bool assessmentHeading(const ReportBlock &block);
    bool chapterHeading(const ReportBlock &block);

    // The rules for a paragraph, in the order they are tried.
    bool listIntroduction(const ReportBlock &block);
    bool questionParagraph(const ReportBlock &block);
    bool pendingRecommendationText(const ReportBlock &block);
    bool numberedRecommendation(const ReportBlock &block);
    bool labelledAssessment(const ReportBlock &block);
    bool inlineRecommendations(const ReportBlock &block);
    bool inlineSentence(const QString &sentence, const ReportBlock &block);
    bool urgedSentence(const QString &sentence, const ReportBlock &block);
    bool shouldSentence(const QString &sentence, const ReportBlock &block, const QStringList &lastBoards);
    void followUpStatus(const QString &text);
    bool chapterParagraph(const ReportBlock &block);
    void judgedParagraph(const ReportBlock &block);

    // The rules for a list item, in the order they are tried.
    bool numberedChapterHeading(const ReportBlock &block);
    bool subItem(const ReportBlock &block);
    void newItem(const ReportBlock &block);

    static ImportPlace placeOf(const ReportBlock &block);
    /// Boards named, else the report's only board; else none (the caller notes it).
    QStringList resolved(const QStringList &named) const;
    /// The boards named in `text`, else `fallback`, resolved.
    QStringList namedOr(const QString &text, const QStringList &fallback) const;
    void learn(const QStringList &boards);
    qsizetype add(ItemKind kind, const QString &text, const ReportBlock &block, const QStringList &boards,
                  const QString &number = {}, bool remains = false, bool selected = true);
    /// The recommendation a status is about: the one numbered so, else the last one.
    qsizetype target(const QString &number) const;
    QStringList assessmentBoards(const QString &text) const;
    void appendToAssessment(const ReportBlock &block, bool item);
    void finishAssessment();

    BoardResolver &m_boards;
    QStringList &m_notes;
    QList<ImportCandidate> m_found;
    std::optional<ListIntro> m_list;
    std::optional<PendingRecommendation> m_pending;
    std::optional<Assessment> m_assessment;
    bool m_chapter = false;
    QStringList m_chapterBoards;
    qsizetype m_lastRecommendation = -1;
    double m_firstIndent = -1; // the current list's first item: deeper ones are its sub-items
    qsizetype m_lastItem = -1; // the candidate the current list last added
    QString m_lastMarker;      // the current list's last item's marker ("3.", "•"); empty before its first
};

} // namespace yttra

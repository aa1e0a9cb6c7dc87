// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/item.h"
#include "model/measure.h"
#include "model/statement.h"

#include <QString>
#include <QStringView>

namespace yttra {

/// The words a statement document itself uses (headings, kinds, statuses), in the
/// document's language: Swedish, or English for "en". These are not user-interface text:
/// a Swedish statement says "Åtgärdsområde 1" whatever language the editor speaks.
/// All of them live here, so the outputs cannot drift apart.
class DocumentLabels
{
public:
    explicit DocumentLabels(QStringView language);

    QString itemKind(ItemKind kind) const;
    QString measureStatus(MeasureStatus status) const;
    /// "Första yttrande" or "Uppföljande yttrande".
    QString statementKind(StatementKind kind) const;
    /// How many measures have a status, as a field name: "Antal avslutade åtgärder".
    QString measureCount(MeasureStatus status) const;
    /// The section heading of the item at `index`: its label, or "Åtgärdsområde N".
    QString itemHeading(const Statement &statement, qsizetype index) const;
    /// The heading of the item at `index` when it has no label of its own: "Åtgärdsområde N".
    QString defaultItemHeading(qsizetype index) const;

    /// The fixed words of the printed statement (headings, column heads, field names).
    enum class Phrase {
        Date,
        Address,
        CaseNumber,
        DocumentType,
        To,
        Summary,
        MeasureTable,
        MeasureColumn,
        CommentColumn,
        StatementSection,
        ReadingGuide,
        PlannedMeasures,
        ExpectedEffect,
        Deadline,
        PreviousMeasure,
        ActionsTaken,
        EffectAchieved,
        LinkedMeasures,
        Reservations,
        AuditorsText,
        Recipient,
        NamePlaceholder,
        TitlePlaceholder,
        NoMeasures,
        TheAuditors,
        // The Excel action plan: sheet names, column headings and the fields of its
        // details sheet (the statement's own words above are used where they fit).
        ItemsSheet,
        MeasuresSheet,
        DetailsSheet,
        NumberColumn,
        KindColumn,
        AddressedToColumn,
        ItemTextColumn,
        DeadlineColumn,
        LastDayColumn,
        ActionsTakenColumn,
        StatusColumn,
        ItemsColumn,
        OwnerColumn,
        CaseColumn,
        FieldColumn,
        ValueColumn,
        AuditTitle,
        AuditReference,
        Auditor,
        ReportDate,
        Board,
        Office,
        StatementKindField,
        DueDate,
        Period,
        ItemCount,
        MeasureCount,
        TextCut,
        // The review copy: its banner, the end notes and what they say of a field.
        ReviewCopy,
        ReviewComments,
        NoOpenComments,
        NotPrinted,
        NotInStatement,
        // The comparison of two versions.
        ComparisonTitle,
        OlderVersion,
        NewerVersion,
        VersionsSame,
        ComparisonLegend,
        StatusChanges,
        Added,
        Removed,
        Changed,
    };
    QString phrase(Phrase phrase) const;
    /// A gap in a draft, shown on paper so a reviewer sees it: "[Förväntad effekt saknas]".
    QString missing(const QString &what) const;
    /// The status word as a table column heading or a sentence: "Pågående".
    QString measureStatusHeading(MeasureStatus status) const;
    /// The bold subject line: "Rapport från revisorskollegiet - <title> <reference>", naming
    /// the recipient (or else the auditor) as a noun inside the sentence.
    QString subjectLine(const Statement &statement) const;
    /// The subject line's words before the audit's title and reference.
    QString subjectPrefix(const Statement &statement) const;
    /// One linked measure under an item: "<title> – pågående, senast juni 2027".
    QString linkedMeasure(const Measure &measure) const;
    /// The page as Swedish official documents number it: "2(5)".
    QString pageOfPages(int page, int pages) const;
    /// The language tag a PDF catalog gets (/Lang): "sv-SE" for Swedish.
    QString pdfLanguage(QStringView language) const;

    /// The field a JSON pointer names, as a reader of the document finds it: the part, then
    /// the field, "Åtgärdsområde 2 – Förväntad effekt", "Åtgärd ”Ny riktlinje” – Ansvarig",
    /// "Sammanfattning". The pointer itself when it names nothing Yttra knows.
    QString fieldName(const Statement &statement, QStringView pointer) const;
    /// A timestamp of a review (ISO 8601 with offset) as the document shows it:
    /// "2026-05-04 09:30", in the time zone it was written in. Anything else as it is.
    QString timestamp(const QString &iso) const;
    /// Who wrote a review comment and when: "Anna Andersson, 2026-05-04 09:30".
    QString commentBy(const QString &author, const QString &created) const;
    /// Who answered and when: "Svar från Bo Berg, 2026-05-05 10:00".
    QString replyBy(const QString &author, const QString &created) const;
    /// Quoted text as the document's language quotes: ”så här” in Swedish.
    QString quoted(const QString &text) const;
    /// A moved item in a comparison: "Flyttad från plats 2 till 4".
    QString moved(const QString &from, const QString &to) const;
    /// A measure's changed status in a comparison: "Status ändrad från pågående till avslutad".
    QString statusChanged(const QString &from, const QString &to) const;

private:
    /// The document's word for the member a pointer ends in, or empty.
    QString memberName(const Statement &statement, const QList<QStringView> &tokens) const;

    bool m_english;
};

} // namespace yttra

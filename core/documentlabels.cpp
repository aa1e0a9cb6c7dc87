// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlabels.h"

using namespace Qt::StringLiterals;

namespace yttra {

DocumentLabels::DocumentLabels(QStringView language)
    : m_english(language.left(2).compare(u"en", Qt::CaseInsensitive) == 0 && (language.size() == 2 || language.at(2) == u'-' || language.at(2) == u'_'))
{
}

QString DocumentLabels::itemKind(ItemKind kind) const
{
    switch (kind) {
    case ItemKind::Recommendation: return m_english ? u"Recommendation"_s : u"Rekommendation"_s;
    case ItemKind::Assessment: return m_english ? u"Assessment"_s : u"Bedömning"_s;
    case ItemKind::Question: return m_english ? u"Question"_s : u"Fråga"_s;
    }
    return {};
}

QString DocumentLabels::measureStatus(MeasureStatus status) const
{
    switch (status) {
    case MeasureStatus::Planned: return m_english ? u"planned"_s : u"planerad"_s;
    case MeasureStatus::Ongoing: return m_english ? u"ongoing"_s : u"pågående"_s;
    case MeasureStatus::Done: return m_english ? u"done"_s : u"avslutad"_s;
    case MeasureStatus::Transferred: return m_english ? u"transferred"_s : u"överförd"_s;
    case MeasureStatus::Cancelled: return m_english ? u"cancelled"_s : u"avbruten"_s;
    }
    return {};
}

QString DocumentLabels::statementKind(StatementKind kind) const
{
    switch (kind) {
    case StatementKind::First: return m_english ? u"First statement"_s : u"Första yttrande"_s;
    case StatementKind::FollowUp: return m_english ? u"Follow-up statement"_s : u"Uppföljande yttrande"_s;
    }
    return {};
}

QString DocumentLabels::measureCount(MeasureStatus status) const
{
    if (m_english)
        return u"Measures %1"_s.arg(measureStatus(status));
    switch (status) {
    case MeasureStatus::Planned: return u"Antal planerade åtgärder"_s;
    case MeasureStatus::Ongoing: return u"Antal pågående åtgärder"_s;
    case MeasureStatus::Done: return u"Antal avslutade åtgärder"_s;
    case MeasureStatus::Transferred: return u"Antal överförda åtgärder"_s;
    case MeasureStatus::Cancelled: return u"Antal avbrutna åtgärder"_s;
    }
    return {};
}

QString DocumentLabels::itemHeading(const Statement &statement, qsizetype index) const
{
    const Item &item = statement.items.at(index);
    if (!item.label.trimmed().isEmpty())
        return item.label;
    return (m_english ? u"Response area %1"_s : u"Åtgärdsområde %1"_s).arg(index + 1);
}

QString DocumentLabels::phrase(Phrase phrase) const
{
    const bool en = m_english;
    switch (phrase) {
    case Phrase::Date: return en ? u"Date"_s : u"Datum"_s;
    case Phrase::Address: return en ? u"Address"_s : u"Adress"_s;
    case Phrase::CaseNumber: return en ? u"Case number"_s : u"Diarienummer"_s;
    case Phrase::DocumentType: return en ? u"Statement"_s : u"Yttrande"_s;
    case Phrase::To: return en ? u"To"_s : u"Till"_s;
    case Phrase::Summary: return en ? u"Summary"_s : u"Sammanfattning"_s;
    case Phrase::MeasureTable: return en ? u"Summary of measures"_s : u"Sammanställning av åtgärder"_s;
    case Phrase::MeasureColumn: return en ? u"Measure"_s : u"Åtgärd"_s;
    case Phrase::CommentColumn: return en ? u"Comment"_s : u"Kommentar"_s;
    case Phrase::StatementSection: return en ? u"Statement"_s : u"Yttrande"_s;
    case Phrase::ReadingGuide: return en ? u"Reading guide"_s : u"Läsanvisningar"_s;
    case Phrase::PlannedMeasures: return en ? u"Planned measures"_s : u"Planerade åtgärder"_s;
    case Phrase::ExpectedEffect: return en ? u"Expected effect"_s : u"Förväntad effekt"_s;
    case Phrase::Deadline: return en ? u"To be done by"_s : u"Genomförs senast"_s;
    case Phrase::PreviousMeasure: return en ? u"Previously decided measure"_s : u"Tidigare beslutad åtgärd"_s;
    case Phrase::ActionsTaken: return en ? u"Measures taken so far"_s : u"Hittills vidtagna åtgärder"_s;
    case Phrase::EffectAchieved: return en ? u"Effect in the organisation"_s : u"Effekt i verksamheten"_s;
    case Phrase::LinkedMeasures: return en ? u"Measures"_s : u"Åtgärder"_s;
    case Phrase::Reservations: return en ? u"Dissents and separate opinions"_s : u"Reservationer och särskilda yttranden"_s;
    case Phrase::AuditorsText: return en ? u"The auditors' text"_s : u"Revisorernas text"_s;
    case Phrase::Recipient: return en ? u"Recipient"_s : u"Mottagare"_s;
    case Phrase::NamePlaceholder: return en ? u"[First name Last name]"_s : u"[Förnamn Efternamn]"_s;
    case Phrase::TitlePlaceholder: return en ? u"[Title]"_s : u"[Titel]"_s;
    case Phrase::NoMeasures: return en ? u"[No measures in the register]"_s : u"[Inga åtgärder i registret]"_s;
    case Phrase::TheAuditors: return en ? u"the auditors"_s : u"revisorerna"_s;
    case Phrase::ItemsSheet: return en ? u"Recommendations"_s : u"Rekommendationer"_s;
    case Phrase::MeasuresSheet: return en ? u"Measures"_s : u"Åtgärder"_s;
    case Phrase::DetailsSheet: return en ? u"Details"_s : u"Uppgifter"_s;
    case Phrase::NumberColumn: return en ? u"No."_s : u"Nr"_s;
    case Phrase::KindColumn: return en ? u"Type"_s : u"Typ"_s;
    case Phrase::AddressedToColumn: return en ? u"Addressed to"_s : u"Riktad till"_s;
    case Phrase::ItemTextColumn: return en ? u"Recommendation / assessment"_s : u"Rekommendation / bedömning"_s;
    case Phrase::DeadlineColumn: return en ? u"Done by"_s : u"Senast genomförd"_s;
    case Phrase::LastDayColumn: return en ? u"End date"_s : u"Slutdatum"_s;
    case Phrase::ActionsTakenColumn: return en ? u"Measures taken"_s : u"Vidtagna åtgärder"_s;
    case Phrase::StatusColumn: return u"Status"_s;
    case Phrase::ItemsColumn: return en ? u"Concerns"_s : u"Avser"_s;
    case Phrase::OwnerColumn: return en ? u"Responsible"_s : u"Ansvarig"_s;
    case Phrase::CaseColumn: return en ? u"Case"_s : u"Ärende"_s;
    case Phrase::FieldColumn: return en ? u"Detail"_s : u"Uppgift"_s;
    case Phrase::ValueColumn: return en ? u"Value"_s : u"Värde"_s;
    case Phrase::AuditTitle: return en ? u"Audit"_s : u"Granskning"_s;
    case Phrase::AuditReference: return en ? u"Reference"_s : u"Referens"_s;
    case Phrase::Auditor: return en ? u"Auditor"_s : u"Revisor"_s;
    case Phrase::ReportDate: return en ? u"Report date"_s : u"Rapportdatum"_s;
    case Phrase::Board: return en ? u"Board"_s : u"Nämnd"_s;
    case Phrase::Office: return en ? u"Office"_s : u"Förvaltning"_s;
    case Phrase::StatementKindField: return en ? u"Kind of statement"_s : u"Typ av yttrande"_s;
    case Phrase::DueDate: return en ? u"Due by"_s : u"Ska vara inkommen senast"_s;
    case Phrase::Period: return u"Period"_s;
    case Phrase::ItemCount: return en ? u"Number of recommendations"_s : u"Antal rekommendationer"_s;
    case Phrase::MeasureCount: return en ? u"Number of measures"_s : u"Antal åtgärder"_s;
    case Phrase::TextCut:
        return en ? u"[Text cut: an Excel cell holds at most 32,767 characters.]"_s
                  : u"[Texten är avkortad: en cell i Excel rymmer högst 32 767 tecken.]"_s;
    }
    return {};
}

QString DocumentLabels::missing(const QString &what) const
{
    return (m_english ? u"[%1 missing]"_s : u"[%1 saknas]"_s).arg(what);
}

QString DocumentLabels::measureStatusHeading(MeasureStatus status) const
{
    const QString word = measureStatus(status);
    return word.left(1).toUpper() + word.mid(1);
}

QString DocumentLabels::subjectLine(const Statement &statement) const
{
    QString from = statement.recipient.trimmed();
    if (from.isEmpty())
        from = statement.audit.auditor.trimmed();
    if (from.isEmpty()) {
        from = phrase(Phrase::TheAuditors);
    } else if (!m_english) {
        // "Revisorskollegiet", "Kommunrevisionen i X", "Revisorerna" are common nouns in the
        // definite form and take a small letter inside the sentence; a proper name
        // ("Malmö stads revisorer") keeps its capital.
        const QString firstWord = from.section(u' ', 0, 0);
        const bool definite = firstWord.endsWith(u"en") || firstWord.endsWith(u"et") || firstWord.endsWith(u"na");
        if (definite && firstWord.size() > 1 && firstWord.mid(1) == firstWord.mid(1).toLower())
            from = from.left(1).toLower() + from.mid(1);
    }
    QString subject = (m_english ? u"Report from %1 - "_s : u"Rapport från %1 - "_s).arg(from);
    const QString title = statement.audit.title.trimmed();
    const QString reference = statement.audit.reference.trimmed();
    subject += title;
    if (!title.isEmpty() && !reference.isEmpty())
        subject += u' ';
    subject += reference;
    return subject;
}

QString DocumentLabels::caseReference(const QString &reference) const
{
    return (m_english ? u"Case %1"_s : u"Ärende %1"_s).arg(reference);
}

QString DocumentLabels::linkedMeasure(const Measure &measure) const
{
    QString title = measure.title.trimmed();
    if (title.endsWith(u'.')) // "Ny riktlinje." – pågående reads badly
        title.chop(1);
    QString line = title + u" – "_s + measureStatus(measure.status);
    const QString language = m_english ? u"en"_s : u"sv"_s;
    if (measure.deadline.form() == Deadline::Form::Ongoing)
        line += u", "_s + measure.deadline.displayText(language);
    else if (!measure.deadline.isNone())
        line += (m_english ? u", by %1"_s : u", senast %1"_s).arg(measure.deadline.displayText(language));
    return line;
}

QString DocumentLabels::pageOfPages(int page, int pages) const
{
    return u"%1(%2)"_s.arg(page).arg(pages);
}

QString DocumentLabels::pdfLanguage(QStringView language) const
{
    QString tag = language.toString().trimmed();
    tag.replace(u'_', u'-');
    if (tag.isEmpty() || tag.compare(u"sv", Qt::CaseInsensitive) == 0)
        return u"sv-SE"_s;
    return tag;
}

} // namespace yttra

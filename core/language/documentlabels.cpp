// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/documentlabels.h"

#include <QDateTime>

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
    return defaultItemHeading(index);
}

QString DocumentLabels::defaultItemHeading(qsizetype index) const
{
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
    case Phrase::ReviewCopy: return en ? u"Review copy – not decided"_s : u"Granskningsexemplar – inte beslutat"_s;
    case Phrase::ReviewComments: return en ? u"Review comments"_s : u"Kommentarer från granskningen"_s;
    case Phrase::NoOpenComments: return en ? u"There are no open review comments."_s : u"Det finns inga öppna kommentarer från granskningen."_s;
    case Phrase::NotPrinted: return en ? u"(not printed in the statement)"_s : u"(visas inte i yttrandet)"_s;
    case Phrase::NotInStatement: return en ? u"(no longer in the statement)"_s : u"(finns inte längre i yttrandet)"_s;
    case Phrase::ComparisonTitle: return en ? u"Comparison of versions"_s : u"Jämförelse av versioner"_s;
    case Phrase::OlderVersion: return en ? u"Older version"_s : u"Äldre version"_s;
    case Phrase::NewerVersion: return en ? u"Newer version"_s : u"Nyare version"_s;
    case Phrase::VersionsSame: return en ? u"The versions are the same: nothing has changed."_s : u"Versionerna är likadana: ingenting har ändrats."_s;
    case Phrase::ComparisonLegend:
        return en ? u"Removed words are struck through, added words are underlined."_s
                  : u"Borttagna ord är överstrukna, tillagda ord är understrukna."_s;
    case Phrase::StatusChanges: return en ? u"Changed status"_s : u"Ändrad status"_s;
    case Phrase::Added: return en ? u"Added"_s : u"Tillagd"_s;
    case Phrase::Removed: return en ? u"Removed"_s : u"Borttagen"_s;
    case Phrase::Changed: return en ? u"changed"_s : u"ändrad"_s;
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

QString DocumentLabels::subjectPrefix(const Statement &statement) const
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
    return (m_english ? u"Report from %1 - "_s : u"Rapport från %1 - "_s).arg(from);
}

QString DocumentLabels::subjectLine(const Statement &statement) const
{
    QString subject = subjectPrefix(statement);
    const QString title = statement.audit.title.trimmed();
    const QString reference = statement.audit.reference.trimmed();
    subject += title;
    if (!title.isEmpty() && !reference.isEmpty())
        subject += u' ';
    subject += reference;
    return subject;
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

QString DocumentLabels::memberName(const Statement &statement, const QList<QStringView> &tokens) const
{
    const bool en = m_english;
    const QStringView head = tokens.first();
    const QStringView name = tokens.last();
    if (tokens.size() == 1) {
        if (name == u"kind") return phrase(Phrase::StatementKindField);
        if (name == u"language") return en ? u"Language"_s : u"Språk"_s;
        if (name == u"board") return phrase(Phrase::Board);
        if (name == u"office") return phrase(Phrase::Office);
        if (name == u"recipient") return phrase(Phrase::Recipient);
        if (name == u"date") return phrase(Phrase::Date);
        if (name == u"caseNumber") return phrase(Phrase::CaseNumber);
        if (name == u"address") return phrase(Phrase::Address);
        if (name == u"dueDate") return phrase(Phrase::DueDate);
        if (name == u"submitTo") return en ? u"Send to"_s : u"Skickas till"_s;
        if (name == u"summary") return phrase(Phrase::Summary);
        if (name == u"readingGuide") return phrase(Phrase::ReadingGuide);
        if (name == u"reservations") return phrase(Phrase::Reservations);
        return {};
    }
    if (head == u"period") {
        if (name == u"from") return en ? u"Start of the period"_s : u"Periodens början"_s;
        if (name == u"to") return en ? u"End of the period"_s : u"Periodens slut"_s;
    } else if (head == u"audit") {
        if (name == u"title") return phrase(Phrase::AuditTitle);
        if (name == u"reference") return phrase(Phrase::AuditReference);
        if (name == u"auditor") return phrase(Phrase::Auditor);
        if (name == u"reportDate") return phrase(Phrase::ReportDate);
        if (name == u"decisionDate") return en ? u"Decision date"_s : u"Beslutsdatum"_s;
        if (name == u"addressees") return en ? u"Boards addressed"_s : u"Nämnder som granskningen riktas till"_s;
        if (name == u"conclusion") return en ? u"The audit's conclusion"_s : u"Granskningens slutsats"_s;
    } else if (head == u"review" && name == u"state") {
        return en ? u"Review state"_s : u"Granskningsstatus"_s;
    } else if (head == u"items") {
        if (name == u"kind") return phrase(Phrase::KindColumn);
        if (name == u"number") return phrase(Phrase::NumberColumn);
        if (name == u"label") return en ? u"Heading"_s : u"Rubrik"_s;
        if (name == u"addressedTo") return phrase(Phrase::AddressedToColumn);
        if (name == u"section") return en ? u"Section of the report"_s : u"Avsnitt i rapporten"_s;
        if (name == u"text") return phrase(Phrase::AuditorsText);
        if (name == u"measures")
            return phrase(statement.kind == StatementKind::FollowUp ? Phrase::PreviousMeasure : Phrase::PlannedMeasures);
        if (name == u"expectedEffect") return phrase(Phrase::ExpectedEffect);
        if (name == u"deadline") return phrase(Phrase::Deadline);
        if (name == u"actionsTaken") return phrase(Phrase::ActionsTaken);
        if (name == u"effectAchieved") return phrase(Phrase::EffectAchieved);
        if (name == u"notOurs") return en ? u"Why the board does not answer it"_s : u"Varför nämnden inte besvarar den"_s;
    } else if (head == u"measures") {
        if (name == u"title") return en ? u"Title"_s : u"Benämning"_s;
        if (name == u"description") return en ? u"Description"_s : u"Beskrivning"_s;
        if (name == u"items") return phrase(Phrase::ItemsColumn);
        if (name == u"owner") return phrase(Phrase::OwnerColumn);
        if (name == u"deadline") return phrase(Phrase::DeadlineColumn);
        if (name == u"status") return phrase(Phrase::StatusColumn);
        if (name == u"caseReference") return phrase(Phrase::CaseColumn);
        if (name == u"comment") return phrase(Phrase::CommentColumn);
    } else if (head == u"signatures") {
        if (name == u"role") return en ? u"Role"_s : u"Roll"_s;
        if (name == u"name") return en ? u"Name"_s : u"Namn"_s;
        if (name == u"title") return en ? u"Title"_s : u"Titel"_s;
    }
    return {};
}

QString DocumentLabels::fieldName(const Statement &statement, QStringView pointer) const
{
    if (!pointer.startsWith(u'/'))
        return pointer.toString();
    const QList<QStringView> tokens = pointer.mid(1).split(u'/');
    const QStringView head = tokens.first();

    // The part a field of a list belongs to, as the document names it.
    QString part;
    if (tokens.size() >= 2 && (head == u"items" || head == u"measures" || head == u"signatures")) {
        bool ok = false;
        const qsizetype index = tokens.at(1).toLongLong(&ok);
        if (!ok || index < 0)
            return pointer.toString();
        if (head == u"items") {
            part = index < statement.items.size() ? itemHeading(statement, index)
                                                  : (m_english ? u"Item %1"_s : u"Punkt %1"_s).arg(index + 1);
        } else if (head == u"measures") {
            const QString title = index < statement.measures.size() ? statement.measures.at(index).title.trimmed() : QString();
            part = title.isEmpty() ? (m_english ? u"Measure %1"_s : u"Åtgärd %1"_s).arg(index + 1)
                                   : (m_english ? u"Measure “%1”"_s : u"Åtgärd ”%1”"_s).arg(title);
        } else {
            part = (m_english ? u"Signature %1"_s : u"Underskrift %1"_s).arg(index + 1);
        }
        if (tokens.size() == 2)
            return part;
    }
    const QString member = memberName(statement, tokens);
    if (member.isEmpty())
        return part.isEmpty() ? pointer.toString() : part + u" – "_s + pointer.toString();
    return part.isEmpty() ? member : part + u" – "_s + member;
}

QString DocumentLabels::timestamp(const QString &iso) const
{
    const QDateTime time = QDateTime::fromString(iso.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        return iso.trimmed();
    return time.toString(u"yyyy-MM-dd HH:mm"_s);
}

QString DocumentLabels::commentBy(const QString &author, const QString &created) const
{
    const QStringList parts{author.trimmed(), timestamp(created)};
    QStringList given;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            given.append(part);
    }
    return given.join(u", "_s);
}

QString DocumentLabels::replyBy(const QString &author, const QString &created) const
{
    const QString by = commentBy(author, created);
    if (by.isEmpty())
        return m_english ? u"Reply"_s : u"Svar"_s;
    return (m_english ? u"Reply from %1"_s : u"Svar från %1"_s).arg(by);
}

QString DocumentLabels::quoted(const QString &text) const
{
    return (m_english ? u"“%1”"_s : u"”%1”"_s).arg(text);
}

QString DocumentLabels::moved(const QString &from, const QString &to) const
{
    return (m_english ? u"Moved from place %1 to %2"_s : u"Flyttad från plats %1 till %2"_s).arg(from, to);
}

QString DocumentLabels::statusChanged(const QString &from, const QString &to) const
{
    return (m_english ? u"Status changed from %1 to %2"_s : u"Status ändrad från %1 till %2"_s).arg(from, to);
}

} // namespace yttra

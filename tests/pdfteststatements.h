// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format/example.h"
#include "model/statement.h"

#include <QString>
#include <QStringList>

// Crafted statements for the PDF tests (tst_pdflayout, tst_pdfexporter): a follow-up shaped
// like the real one in shared/seeds, long texts, a 30-row measure table, an item longer than
// a page, notOurs, an empty draft, and rich text with links and nested lists.

namespace yttra::test {

inline QString longParagraph(int sentences, const QString &topic)
{
    QStringList parts;
    for (int i = 0; i < sentences; ++i) {
        parts.append(QStringLiteral("Mening %1 om %2: stadskontoret har i samverkan med förvaltningarna sett över "
                                    "rutinerna för informationssäkerhet, och åtgärderna följs upp årligen.")
                         .arg(i + 1)
                         .arg(topic));
    }
    return parts.join(QLatin1Char(' '));
}

inline Measure measure(const QString &id, const QString &title, MeasureStatus status, const QStringList &items,
                       const QString &caseReference = {}, const QString &comment = {}, const QString &deadline = {})
{
    Measure m;
    m.id = id;
    m.title = title;
    m.status = status;
    m.items = items;
    m.caseReference = caseReference;
    m.comment = comment;
    m.deadline = Deadline::parse(deadline).value();
    return m;
}

/// A follow-up statement after the seed "Granskning av IT-säkerhet SR-2020-83".
inline Statement followUpStatement()
{
    Statement s;
    s.kind = StatementKind::FollowUp;
    s.board = QStringLiteral("Kommunstyrelsen");
    s.office = QStringLiteral("Stadskontoret");
    s.recipient = QStringLiteral("Revisorskollegiet");
    s.date = QStringLiteral("2022-01-23");
    s.caseNumber = QStringLiteral("STK-2021-158");
    s.address = QStringLiteral("August Palms Plats 1");
    s.period = {QStringLiteral("2021-04-07"), QStringLiteral("2022-01-31"), {}};
    s.audit.title = QStringLiteral("Granskning av IT-säkerhet");
    s.audit.reference = QStringLiteral("SR-2020-83");
    s.audit.auditor = QStringLiteral("Malmö stadsrevision");
    s.summary = QStringLiteral(
        "Revisorskollegiet har beslutat att kommunstyrelsen ska inkomma med två yttranden med anledning av "
        "stadsrevisionens rapport *Granskning av IT-säkerhet*. Kommunstyrelsens första yttrande skickades den "
        "7 april 2021.\n\nEftersom majoriteten av åtgärderna innebär förändringar i styrdokument går det ännu "
        "inte att dra några slutsatser om effekterna i verksamheten.");
    s.readingGuide = QStringLiteral(
        "För att underlätta för läsaren har de nio åtgärdsområdena lyfts in som inledning och omgetts med en svart "
        "inramning. Därefter redovisas kommunstyrelsens hittills vidtagna åtgärder.");
    const QStringList texts = {
        QStringLiteral("Etablera en organisation med tydligt ansvar och mandat för stadens informations och IT-säkerhetsarbete."),
        QStringLiteral("Ta fram policy för informationssäkerhet eller revidera befintlig Trygg- och säkerhetspolicy så att informationssäkerhet är inkluderat."),
        QStringLiteral("Säkerställa att det finns en samlad förteckning över informationssystem och digitala tjänster."),
        QStringLiteral("Säkerställa att det genomförs risk- och konsekvensanalyser för verksamhetskritiska informationssystem."),
        QStringLiteral("Säkerställa att metod för klassning finns som är tillämpbar för dagens informationssystem."),
        QStringLiteral("Säkerställa att nyanställda samt befintliga medarbetare får information och utbildning i informationssäkerhet."),
        QStringLiteral("Besluta om stadsövergripande rutin för incidenthantering och rapportering."),
        QStringLiteral("Säkerställa genom intern kontroll att det sker ett tillräckligt arbete med informationssäkerhet i förvaltningarna."),
        QStringLiteral("Skapa struktur för enhetlig uppföljning av informationssäkerhet inklusive IT-säkerhet."),
    };
    for (int i = 0; i < texts.size(); ++i) {
        Item item;
        item.id = QStringLiteral("r%1").arg(i + 1);
        item.number = QString::number(i + 1);
        item.text = texts.at(i);
        item.response.measures = QStringLiteral("Stadskontoret har fått i uppdrag att utreda och föreslå åtgärder inom område %1.").arg(i + 1);
        item.response.expectedEffect = QStringLiteral("Tydligare ansvar och bättre efterlevnad inom område %1.").arg(i + 1);
        item.response.actionsTaken = QStringLiteral("- Ett förslag på ny riktlinje är framtaget, se ärende STK-2021-1717.\n"
                                                    "- Förvaltningarna har fått stöd och utbildning i område %1.")
                                         .arg(i + 1);
        item.response.effectAchieved = i % 3 == 2 ? QString() : QStringLiteral("Det går ännu inte att se effekter i verksamheten.");
        s.items.append(item);
    }
    s.measures = {
        measure(QStringLiteral("m1"), QStringLiteral("Ny riktlinje för informationssäkerhet i Malmö stad."), MeasureStatus::Ongoing, {QStringLiteral("r1"), QStringLiteral("r2")}, QStringLiteral("STK-2021-1717")),
        measure(QStringLiteral("m2"), QStringLiteral("Översyn av befintlig trygghets- och säkerhetspolicy."), MeasureStatus::Planned, {QStringLiteral("r2")}, {}, QStringLiteral("Revidering av befintlig policy ska påbörjas under 2022."), QStringLiteral("2022")),
        measure(QStringLiteral("m3"), QStringLiteral("Nulägesuppföljning avseende informationssäkerhetsarbetet 2021."), MeasureStatus::Done, {QStringLiteral("r8"), QStringLiteral("r9")}, QStringLiteral("STK-2021-795")),
        measure(QStringLiteral("m4"), QStringLiteral("Utveckling av befintligt metodstöd för informationsklassificering."), MeasureStatus::Done, {QStringLiteral("r5")}, {}, QStringLiteral("Sker löpande vid behov."), QStringLiteral("ongoing")),
        measure(QStringLiteral("m5"), QStringLiteral("Definiera begreppen systemägare och systemförvaltare"), MeasureStatus::Transferred, {QStringLiteral("r4")}, {}, QStringLiteral("Uppdraget har övergått till serviceförvaltningen.")),
        measure(QStringLiteral("m6"), QStringLiteral("Utveckla incidentprocessen för IT-säkerhet"), MeasureStatus::Cancelled, {QStringLiteral("r7")}),
    };
    s.signatures = {{QStringLiteral("Ordförande"), QString(), QString(), {}}, {QString(), QString(), QString(), {}}};
    return s;
}

/// The first-statement example with a review comment that must never be printed.
inline Statement exampleWithReview()
{
    Statement s = Example::statement();
    Review review;
    Comment comment;
    comment.id = QStringLiteral("c1");
    comment.target = QStringLiteral("/items/0/response/expectedEffect");
    comment.author = QStringLiteral("Förvaltningschefen");
    comment.text = QStringLiteral("HEMLIG GRANSKNINGSKOMMENTAR: formulera om effekten.");
    review.comments.append(comment);
    s.review = review;
    return s;
}

/// Long texts everywhere: paragraphs and lists split across pages.
inline Statement longStatement(int items = 8)
{
    Statement s = Example::statement();
    s.items.clear();
    s.measures.clear();
    s.summary = longParagraph(12, QStringLiteral("sammanfattningen")) + QStringLiteral("\n\n") + longParagraph(9, QStringLiteral("bakgrunden"));
    for (int i = 0; i < items; ++i) {
        Item item;
        item.id = QStringLiteral("r%1").arg(i + 1);
        item.text = longParagraph(2 + i % 3, QStringLiteral("rekommendation %1").arg(i + 1));
        item.response.measures = longParagraph(7 + i, QStringLiteral("åtgärderna")) + QStringLiteral("\n\n- ")
            + longParagraph(5, QStringLiteral("första punkten")) + QStringLiteral("\n- ") + longParagraph(4, QStringLiteral("andra punkten"));
        item.response.expectedEffect = longParagraph(5 + i % 4, QStringLiteral("effekten"));
        item.response.deadline = Deadline::parse(QStringLiteral("2027-H1")).value();
        s.items.append(item);
    }
    return s;
}

/// A follow-up with 30 measures: the summary table runs over pages.
inline Statement thirtyMeasures()
{
    Statement s = followUpStatement();
    s.measures.clear();
    for (int m = 0; m < 30; ++m) {
        s.measures.append(measure(QStringLiteral("m%1").arg(m + 1),
                                  QStringLiteral("Åtgärd %1: översyn och uppdatering av rutinen för rapportering av informationssäkerhetsincidenter").arg(m + 1),
                                  static_cast<MeasureStatus>(m % 5), {QStringLiteral("r%1").arg(m % 9 + 1)},
                                  m % 2 ? QStringLiteral("STK-2022-%1").arg(100 + m) : QString(),
                                  m % 3 ? QStringLiteral("Redovisas i delårsrapporten.") : QString()));
    }
    return s;
}

/// One item whose auditors' text is longer than a page: the frame must break cleanly.
inline Statement longItem()
{
    Statement s = Example::statement();
    s.items = {s.items.first()};
    s.items.first().text = longParagraph(18, QStringLiteral("den första delen")) + QStringLiteral("\n\n")
        + longParagraph(18, QStringLiteral("den andra delen")) + QStringLiteral("\n\n") + longParagraph(12, QStringLiteral("den tredje delen"));
    return s;
}

/// An item another board now answers: only the frame and the reason.
inline Statement notOursStatement()
{
    Statement s = Example::statement();
    s.items[1].response.notOurs = QStringLiteral("Uppdraget har övergått till servicenämnden, som besvarar rekommendationen.");
    return s;
}

/// A draft with every optional field empty: the gaps must show.
inline Statement emptyDraft()
{
    Statement s;
    s.board = QStringLiteral("Kommunstyrelsen");
    Item item;
    item.id = QStringLiteral("r1");
    item.text = QStringLiteral("Säkerställa att rutinerna för direktupphandling följs.");
    s.items.append(item);
    Item empty;
    empty.id = QStringLiteral("r2");
    s.items.append(empty);
    return s;
}

/// Bold, italic, links, numbered and nested lists inside the members.
inline Statement richText()
{
    Statement s = Example::statement();
    s.items = {s.items.first()};
    s.items.first().response.measures = QStringLiteral(
        "Vi gör **tre** saker, se [riktlinjen](https://example.org/riktlinje?a=(1)) och *bilagan*:\n\n"
        "1. Först en översyn.\n2. Sedan utbildning:\n   - för chefer\n   - för beställare\n3. Sist uppföljning.\n\n"
        "Ett avslutande stycke.");
    return s;
}

/// A field of `lines` lines, each with a word of its own ("k0017") that a test can find once
/// and only once in the PDF's text.
inline QString numberedLines(int lines, QChar letter)
{
    QStringList text;
    for (int i = 1; i <= lines; ++i)
        text.append(QStringLiteral("Rad %1%2 av %3.").arg(letter).arg(i, 4, 10, QLatin1Char('0')).arg(lines));
    return text.join(QLatin1Char('\n'));
}

/// Which of the fields of fieldOfLines() is long.
enum class LongField { MeasureComment, Answer, Recommendation };

/// The follow-up with one field `lines` lines long: a measure's comment in the summary table
/// (its row taller than a page from about 60 lines), an answer (one markdown paragraph, its
/// lines joined) or the auditors' text in its frame. The field's words are numberedLines(lines, 'k').
inline Statement fieldOfLines(LongField field, int lines)
{
    Statement s = followUpStatement();
    const QString text = numberedLines(lines, QLatin1Char('k'));
    switch (field) {
    case LongField::MeasureComment: s.measures[1].comment = text; break;
    case LongField::Answer: s.items[1].response.actionsTaken = text; break;
    case LongField::Recommendation: s.items[1].text = text; break;
    }
    return s;
}

} // namespace yttra::test

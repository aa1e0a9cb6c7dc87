// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedstatement.h"

#include "format/statementfile.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace yttra::bench {

namespace {

const QString paragraph = u"Kommunstyrelsen har gett kommunledningskontoret i uppdrag att se över rutinerna för "
                          u"uppföljning och att säkerställa att ansvar och mandat är tydligt fördelade mellan "
                          u"förvaltningarna. Arbetet sker i samverkan med berörda nämnder och redovisas för "
                          u"kommunstyrelsen i samband med delårsrapporten."_s;

const QStringList deadlines = {u"2027-06-30"_s, u"2027-03"_s, u"2027-Q2"_s, u"2027-T1"_s, u"2027-H1"_s, u"2027"_s, u"ongoing"_s};

} // namespace

Statement generatedStatement(int items, int measures)
{
    Statement s;
    s.board = u"Kommunstyrelsen"_s;
    s.office = u"Kommunledningskontoret"_s;
    s.recipient = u"Revisorerna"_s;
    s.date = u"2026-05-06"_s;
    s.dueDate = u"2026-05-15"_s;
    s.caseNumber = u"KS-2026-0345"_s;
    s.audit.title = u"Granskning av intern kontroll"_s;
    s.audit.reference = u"KR-2026/0012"_s;
    s.audit.addressees = {u"Kommunstyrelsen"_s, u"Servicenämnden"_s};
    s.audit.conclusion = paragraph;
    s.summary = paragraph + u"\n\n"_s + paragraph;
    for (int i = 0; i < items; ++i) {
        Item item;
        item.id = u"r%1"_s.arg(i + 1);
        item.kind = i % 7 == 6 ? ItemKind::Assessment : ItemKind::Recommendation;
        item.number = QString::number(i + 1);
        item.addressedTo = s.board;
        item.section = u"3.%1"_s.arg(i % 9 + 1);
        item.text = u"Säkerställa att uppföljningen av område %1 dokumenteras och rapporteras till nämnden."_s.arg(i + 1);
        item.response.measures = u"- "_s + paragraph + u"\n- "_s + paragraph;
        item.response.expectedEffect = paragraph;
        item.response.deadline = Deadline::parse(deadlines.at(i % deadlines.size())).value();
        s.items.append(item);
    }
    for (int m = 0; m < measures && items > 0; ++m) {
        Measure measure;
        measure.id = u"m%1"_s.arg(m + 1);
        measure.title = u"Åtgärd %1: ny rutin för uppföljning och rapportering"_s.arg(m + 1);
        measure.description = paragraph;
        for (int k = 0; k < 2 + m % 2; ++k) {
            const QString id = u"r%1"_s.arg((m + k * 7) % items + 1);
            if (!measure.items.contains(id))
                measure.items.append(id);
        }
        measure.owner = u"Kommunledningskontoret, avdelning %1"_s.arg(m % 5 + 1);
        measure.deadline = Deadline::parse(deadlines.at(m % deadlines.size())).value();
        measure.status = static_cast<MeasureStatus>(m % 5);
        measure.caseReference = u"KS-2026-%1"_s.arg(1000 + m);
        measure.comment = m % 3 == 0 ? u"Redovisas i delårsrapporten."_s : QString();
        s.measures.append(measure);
    }
    s.signatures = {{u"Ordförande"_s, u"Karin Lindqvist"_s, u"Kommunstyrelsens ordförande"_s, {}}};
    return s;
}

bool saveStatement(const Statement &statement, const QString &path)
{
    if (auto saved = StatementFile::save(statement, path); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().text()));
        return false;
    }
    return true;
}

} // namespace yttra::bench

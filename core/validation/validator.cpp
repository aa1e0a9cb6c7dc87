// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/validator.h"

#include "model/statementlimits.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

class Checker
{
public:
    Checker(const Statement &s, Validator::Options options) : m_s(s), m_options(options) {}

    QList<Finding> run()
    {
        checkStructure();
        checkTemplate();
        return m_findings;
    }

private:
    void error(const QString &pointer, const QString &message)
    {
        m_findings.append({Finding::Severity::Error, pointer, message});
    }

    void gap(const QString &pointer, const QString &message)
    {
        m_findings.append({m_options.strict ? Finding::Severity::Error : Finding::Severity::Warning, pointer, message});
    }

    void warning(const QString &pointer, const QString &message)
    {
        m_findings.append({Finding::Severity::Warning, pointer, message});
    }

    // What JsonFormat refuses to read must not be saved: the file would not open again.
    void checkLimits()
    {
        if (const QString refusal = StatementLimits::itemsRefusal(m_s.items.size()); !refusal.isEmpty())
            error(u"/items"_s, refusal);
        if (const QString refusal = StatementLimits::measuresRefusal(m_s.measures.size()); !refusal.isEmpty())
            error(u"/measures"_s, refusal);
        const auto text = [this](const QString &pointer, const QString &value) {
            if (const QString refusal = StatementLimits::textRefusal(value.size()); !refusal.isEmpty())
                error(pointer, refusal);
        };
        text(u"/audit/conclusion"_s, m_s.audit.conclusion);
        text(u"/summary"_s, m_s.summary);
        text(u"/readingGuide"_s, m_s.readingGuide);
        text(u"/reservations"_s, m_s.reservations);
        for (qsizetype i = 0; i < m_s.items.size(); ++i) {
            const Item &item = m_s.items.at(i);
            const QString at = u"/items/%1/"_s.arg(i);
            text(at + u"text"_s, item.text);
            text(at + u"response/measures"_s, item.response.measures);
            text(at + u"response/expectedEffect"_s, item.response.expectedEffect);
            text(at + u"response/actionsTaken"_s, item.response.actionsTaken);
            text(at + u"response/effectAchieved"_s, item.response.effectAchieved);
            text(at + u"response/notOurs"_s, item.response.notOurs);
        }
        for (qsizetype m = 0; m < m_s.measures.size(); ++m) {
            text(u"/measures/%1/description"_s.arg(m), m_s.measures.at(m).description);
            text(u"/measures/%1/comment"_s.arg(m), m_s.measures.at(m).comment);
        }
    }

    void checkStructure()
    {
        checkLimits();
        if (isBlank(m_s.board))
            error(u"/board"_s, Validator::tr("the responding board is not named"));

        QSet<QString> itemIds;
        for (qsizetype i = 0; i < m_s.items.size(); ++i) {
            const QString &id = m_s.items.at(i).id;
            const QString where = u"/items/%1/id"_s.arg(i);
            if (!Statement::isValidId(id))
                error(where, Validator::tr("\"%1\" is not a valid id").arg(id));
            else if (itemIds.contains(id))
                error(where, Validator::tr("the id \"%1\" is used by an earlier item").arg(id));
            itemIds.insert(id);
        }
        QSet<QString> measureIds;
        for (qsizetype m = 0; m < m_s.measures.size(); ++m) {
            const Measure &measure = m_s.measures.at(m);
            const QString where = u"/measures/%1"_s.arg(m);
            if (!Statement::isValidId(measure.id))
                error(where + u"/id"_s, Validator::tr("\"%1\" is not a valid id").arg(measure.id));
            else if (measureIds.contains(measure.id))
                error(where + u"/id"_s, Validator::tr("the id \"%1\" is used by an earlier measure").arg(measure.id));
            measureIds.insert(measure.id);
            if (isBlank(measure.title))
                error(where + u"/title"_s, Validator::tr("the measure has no title"));
            for (qsizetype k = 0; k < measure.items.size(); ++k) {
                if (!itemIds.contains(measure.items.at(k)))
                    error(where + u"/items/%1"_s.arg(k), Validator::tr("links to the item \"%1\", which does not exist").arg(measure.items.at(k)));
            }
        }
    }

    void checkTemplate()
    {
        const bool first = m_s.kind == StatementKind::First;
        const QDate periodEnd = QDate::fromString(m_s.period.to, Qt::ISODate);

        for (qsizetype i = 0; i < m_s.items.size(); ++i) {
            const Item &item = m_s.items.at(i);
            const Response &r = item.response;
            const QString where = u"/items/%1/response"_s.arg(i);
            if (!isBlank(r.notOurs))
                continue; // answered by another board: the reason is the whole answer
            if (isBlank(r.measures) && m_s.measuresOfItem(item.id).isEmpty())
                gap(where + u"/measures"_s, first ? Validator::tr("no measures are given") : Validator::tr("the previously decided measure is not given"));
            if (isBlank(r.expectedEffect))
                gap(where + u"/expectedEffect"_s, Validator::tr("the expected effect is not given"));
            if (first && r.deadline.isNone())
                gap(where + u"/deadline"_s, Validator::tr("no deadline is given"));
            if (!first && isBlank(r.actionsTaken))
                gap(where + u"/actionsTaken"_s, Validator::tr("the measures taken so far are not given"));
            // Early on, the effect may honestly be unknown yet; the template still wants a word on it.
            if (!first && isBlank(r.effectAchieved))
                warning(where + u"/effectAchieved"_s, Validator::tr("the effect achieved is not given"));
            if (first)
                checkAgainstPeriod(where + u"/deadline"_s, r.deadline, periodEnd);
        }

        for (qsizetype m = 0; m < m_s.measures.size(); ++m) {
            const Measure &measure = m_s.measures.at(m);
            const QString where = u"/measures/%1"_s.arg(m);
            if (measure.items.isEmpty())
                warning(where + u"/items"_s, Validator::tr("the measure \"%1\" answers no item").arg(measure.title));
            if (first)
                checkAgainstPeriod(where + u"/deadline"_s, measure.deadline, periodEnd);
        }

        const QDate date = QDate::fromString(m_s.date, Qt::ISODate);
        const QDate due = QDate::fromString(m_s.dueDate, Qt::ISODate);
        if (date.isValid() && due.isValid() && date > due)
            warning(u"/date"_s, Validator::tr("the statement is dated %1, after it is due (%2)").arg(m_s.date, m_s.dueDate));
    }

    // A first statement's plan should be done by the end of the period the follow-up reports on.
    void checkAgainstPeriod(const QString &pointer, const Deadline &deadline, const QDate &periodEnd)
    {
        const auto last = deadline.lastDay();
        if (periodEnd.isValid() && last && *last > periodEnd) {
            warning(pointer, Validator::tr("the deadline (%1) is after the follow-up period ends (%2)")
                                 .arg(deadline.displayText(m_s.language), m_s.period.to));
        }
    }

    const Statement &m_s;
    Validator::Options m_options;
    QList<Finding> m_findings;
};

} // namespace

QString Finding::text() const
{
    return (severity == Severity::Error ? u"error "_s : u"warning "_s) + pointer + u": "_s + message;
}

QList<Finding> Validator::check(const Statement &statement, Options options)
{
    return Checker(statement, options).run();
}

bool Validator::hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

} // namespace yttra

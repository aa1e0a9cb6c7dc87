// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/followup.h"

#include <QDate>

namespace yttra {

namespace {

bool isDateOrEmpty(const QString &s)
{
    return s.isEmpty() || Statement::isValidDate(s);
}

} // namespace

Result<Statement> FollowUp::derive(const Statement &first, const QString &from, const QString &to)
{
    if (first.kind != StatementKind::First)
        return Result<Statement>::failure(tr("a follow-up is derived from a first statement; this one is already a follow-up"));
    for (const QString &date : {from, to}) {
        if (!isDateOrEmpty(date))
            return Result<Statement>::failure(tr("\"%1\" is not a date: use YYYY-MM-DD").arg(date));
    }
    const QString periodFrom = from.isEmpty() ? first.date : from;
    if (!periodFrom.isEmpty() && !to.isEmpty() && to < periodFrom)
        return Result<Statement>::failure(tr("the period ends (%1) before it starts (%2)").arg(to, periodFrom));

    Statement followUp = first;
    followUp.kind = StatementKind::FollowUp;
    followUp.date.clear();
    followUp.dueDate.clear();
    followUp.summary.clear();
    followUp.period.from = periodFrom;
    followUp.period.to = to;
    for (Item &item : followUp.items) {
        // What the first statement planned is now "Tidigare beslutad åtgärd"; the report starts empty.
        item.response.actionsTaken.clear();
        item.response.effectAchieved.clear();
    }
    followUp.review.reset();
    return followUp;
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registerdates.h"

#include "register/registerentry.h"

#include <optional>

namespace yttra {

QDate RegisterDates::next(const RegisterEntry &entry)
{
    if (entry.state == RegisterState::NotFollowedUp && entry.followUpDue.isValid())
        return entry.followUpDue;
    std::optional<QDate> next;
    for (const RegisterEntry::PromisedMeasure &m : entry.measures) {
        if (m.status == MeasureStatus::Done || m.status == MeasureStatus::Cancelled
            || m.status == MeasureStatus::Transferred)
            continue;
        if (const auto day = m.deadline.lastDay(); day && (!next || *day < *next))
            next = day;
    }
    if (next)
        return *next;
    return entry.itemDeadline.lastDay().value_or(QDate());
}

} // namespace yttra

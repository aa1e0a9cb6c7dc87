// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/calendarentry.h"
#include "register/register.h"

#include <QCoreApplication>
#include <QList>

namespace yttra {

/// The register's days as calendar entries: each measure's deadline, and when each statement
/// is due to the auditors (a follow-up not written yet: when it is expected), with UIDs that stay the same from one export to the next
/// (the audit's reference, the board and the ids), so importing a newer file updates the
/// calendar instead of doubling it.
class RegisterCalendar
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCalendar)

public:
    static QList<CalendarEntry> entries(const Register &reg);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace yttra {

/// One day to put in a calendar: a measure's deadline or a statement's due date. An all-day
/// event by default (what Outlook imports), or a to-do (which Thunderbird lists as a task).
struct CalendarEntry
{
    enum class Kind { Event, Todo };

    /// The same for the same deadline in every export, so importing a new file updates the
    /// entry instead of adding a second one ("r3-m2.ks-2025-17@yttra").
    QString uid;
    Kind kind = Kind::Event;
    QDate date;
    QString summary;
    QString description;
    QStringList categories;
    bool done = false; // a to-do already completed

    bool operator==(const CalendarEntry &) const = default;
};

} // namespace yttra

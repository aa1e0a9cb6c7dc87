// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/calendarentry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace yttra {

/// Writes entries as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 character, text values escaped, dates as all-day values. What
/// Outlook, Thunderbird and Google Calendar import.
class CalendarWriter
{
public:
    /// `name` titles the calendar (X-WR-CALNAME); `stamp` is when the file was made (DTSTAMP),
    /// given so that the same input gives the same file.
    static QByteArray write(const QList<CalendarEntry> &entries, const QString &name, const QDateTime &stamp);

    /// A text value with the characters RFC 5545 reserves escaped: backslash, semicolon,
    /// comma, and line breaks as "\n".
    static QString escaped(const QString &text);

    /// One content line folded for the file: at most 75 octets a physical line, continued
    /// lines starting with a space, each ended by CRLF.
    static QByteArray folded(const QString &line);
};

} // namespace yttra

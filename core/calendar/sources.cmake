# SPDX-License-Identifier: GPL-3.0-or-later
# Calendar files (iCalendar, RFC 5545): deadlines and due dates for Outlook and Thunderbird.
target_sources(yttracore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/calendarentry.h
    ${CMAKE_CURRENT_LIST_DIR}/calendarwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/calendarwriter.h
)

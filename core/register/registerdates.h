// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace yttra {

struct RegisterEntry;

/// The dates of a register entry that its outputs show (the table, JSON, Excel, PDF), in one
/// place so that they all show the same day.
class RegisterDates {
public:
    /// The day that decides the entry's state: when its missing follow-up was due, else its
    /// next open measure's last day, else its own deadline's last day. Invalid when none.
    static QDate next(const RegisterEntry &entry);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/enumnames.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace yttra {

struct RegisterEntry;

/// Where a recommendation (assessment, question) stands on a given day.
enum class RegisterState { Open, OnTrack, DueSoon, Overdue, Done, NotFollowedUp };

inline constexpr EnumNameTable<RegisterState, 6> registerStateNames { {
    { RegisterState::Open, u"open" },
    { RegisterState::OnTrack, u"onTrack" },
    { RegisterState::DueSoon, u"dueSoon" },
    { RegisterState::Overdue, u"overdue" },
    { RegisterState::Done, u"done" },
    { RegisterState::NotFollowedUp, u"notFollowedUp" },
} };

/// The rules that decide an entry's state, all in one place: the register, the command line
/// and the window judge alike.
class RegisterStateRules {
    Q_DECLARE_TR_FUNCTIONS(RegisterStateRules)

public:
    /// A deadline this many days ahead (or fewer) is "due soon".
    static constexpr int dueSoonDays = 30;

    /// The entry's state on `today`, from its measures (their latest status and deadline),
    /// its own deadline, whether the board says it is not its item, and whether its follow-up
    /// was due and is missing. Reads nothing but the entry.
    static RegisterState judge(const RegisterEntry &entry, QDate today);

    /// The state as the user reads it ("Overdue"), translated.
    static QString displayName(RegisterState state);
    /// The language ("en" or "sv") of the register's words in what is made from it (the
    /// workbook, the report, the calendar): the program's translation says which.
    static QString language();
};

} // namespace yttra

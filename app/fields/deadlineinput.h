// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/deadline.h"

#include <QString>

namespace yttra {

/// What a person types into a deadline field, read as a Deadline, and how a deadline is
/// shown there for editing. The one place the editor reads typed deadlines.
class DeadlineInput
{
public:
    static Result<Deadline> parse(const QString &typed);
    /// The text a field shows for a deadline, which parse() reads back to the same deadline.
    static QString editText(const Deadline &deadline, const QString &language);
};

} // namespace yttra

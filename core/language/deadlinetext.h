// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/deadline.h"

#include <QCoreApplication>
#include <QStringView>

#include <optional>

namespace yttra {

/// Reads a deadline as people write it in Swedish (or English) into the `Deadline` forms:
/// "senast den 23 mars 2018", "juni 2022", "i slutet av 2022", "Q1 2021", "första tertialet
/// 2023", "andra halvåret 2022", "sker löpande", and the canonical file strings themselves.
/// Used by the report importer and by the editor's deadline field.
class DeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineText)

public:
    /// The deadline the whole text names. Case and extra spaces do not matter; a blank text
    /// is "no deadline" (Deadline() with Form::None). A text that names no single period
    /// (a season, "i början av 2022", a day that does not exist, a missing year) is an
    /// error whose message says why, quoting the text.
    static Result<Deadline> parse(QStringView text);

    /// parse() without the reason: the deadline, or nullopt when the text is not one.
    static std::optional<Deadline> tryParse(QStringView text);
};

} // namespace yttra

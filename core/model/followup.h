// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/statement.h"

#include <QCoreApplication>
#include <QString>

namespace yttra {

/// Starts the follow-up statement a year later from the first one: what was promised is
/// kept to be reported on, what is new (date, summary, measures taken) starts empty.
class FollowUp
{
    Q_DECLARE_TR_FUNCTIONS(FollowUp)

public:
    /// `from` and `to` (ISO dates, may be empty) bound the period reported on; `from`
    /// defaults to the first statement's date.
    static Result<Statement> derive(const Statement &first, const QString &from = {}, const QString &to = {});
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yttra {

/// One problem in a statement, at a JSON pointer.
struct Finding
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Warning;
    QString pointer;
    QString message;

    /// "error /items/0/response/deadline: no deadline is given" (the command line's format).
    QString text() const;
    bool operator==(const Finding &) const = default;
};

/// Checks a statement: structural errors (what would make the file unreadable or the links
/// wrong) and gaps in what the auditors' template demands (warnings, or errors when strict).
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    struct Options
    {
        bool strict = false; // template gaps are errors
    };

    static QList<Finding> check(const Statement &statement, Options options);
    static QList<Finding> check(const Statement &statement) { return check(statement, Options{}); }
    static bool hasErrors(const QList<Finding> &findings);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "register/registerentry.h"
#include "register/registerproblem.h"

#include <QDate>
#include <QList>
#include <QString>

namespace yttra {

/// The register of one folder tree: every item of every audit and board found there, the
/// files that could not be used, and which first and follow-up statements were joined.
struct Register {
    /// A first statement and the follow-up found for it.
    struct Join {
        QString firstFile;
        QString followUpFile;
        /// Joined by the follow-up's period starting on the first statement's date (the
        /// link FollowUp::derive leaves), not by audit reference.
        bool byLink = false;
        /// Another, later follow-up of the same first statement is the one the entries use.
        bool superseded = false;

        bool operator==(const Join &) const = default;
    };

    QString folder; // absolute, as given
    QDate judgedOn;
    int statementCount = 0; // statement files used
    QList<RegisterEntry> entries; // by audit reference, board, then the statement's order
    QList<RegisterProblem> problems; // by path
    QList<Join> joins; // by first statement

    /// The entries in one state.
    QList<RegisterEntry> entriesIn(RegisterState state) const;

    bool operator==(const Register &) const = default;
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/deadline.h"
#include "model/item.h"
#include "model/measure.h"
#include "register/registerstate.h"

#include <QDate>
#include <QList>
#include <QString>

namespace yttra {

/// One row of the register: one recommendation, assessment or question of an audit to one
/// board, what was promised about it and what the follow-up reported, and its state.
struct RegisterEntry {
    /// A measure answering the item, as last reported: the follow-up's status and deadline
    /// when the follow-up has the measure, the first statement's otherwise.
    struct PromisedMeasure {
        QString id;
        QString title;
        QString owner; // responsible
        Deadline deadline;
        MeasureStatus status = MeasureStatus::Planned;
        QString caseReference;
        QString comment;

        bool operator==(const PromisedMeasure &) const = default;
    };

    /// Paths relative to the register's folder, with '/'. The first statement is empty when
    /// only a follow-up was found; the follow-up is empty when none was found.
    QString firstFile;
    QString followUpFile;

    QString auditTitle;
    QString auditReference;
    QString board;
    QString statementDate; // the first statement's date (ISO, may be empty)
    /// When the follow-up was due: the end of the period the first statement set for it, or
    /// a year after the first statement. Invalid when neither is known.
    QDate followUpDue;
    /// When each statement is (was) due to the auditors, as the statements say; invalid when
    /// they do not say, or the statement is not there.
    QDate firstStatementDue;
    QDate followUpStatementDue;

    QString itemId;
    ItemKind itemKind = ItemKind::Recommendation;
    QString itemNumber;
    QString itemText; // markdown: the auditors' words
    Deadline itemDeadline; // the response's own deadline (senast genomförd)
    QString notOurs; // non-empty: why the board does not answer the item

    QList<PromisedMeasure> measures;
    QString actionsTaken; // markdown, from the follow-up
    QString effectAchieved; // markdown, from the follow-up

    RegisterState state = RegisterState::Open;
    QDate judgedOn; // the day the state was judged against

    bool operator==(const RegisterEntry &) const = default;
};

} // namespace yttra

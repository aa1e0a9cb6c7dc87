// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registerstate.h"

#include "register/registerentry.h"

#include <QList>

namespace yttra {

namespace {

/// Done and transferred measures leave this board nothing to do: transferred work is
/// answered by the board it went to ("Uppdraget har övergått till serviceförvaltningen").
bool isSettled(MeasureStatus status)
{
    return status == MeasureStatus::Done || status == MeasureStatus::Transferred;
}

} // namespace

RegisterState RegisterStateRules::judge(const RegisterEntry &entry, QDate today)
{
    // The rules in the order they are tried; the first that holds decides.

    // 1. Done when the board says the item is not its own: nothing is left for it to do, and
    //    the entry carries the reason for the reader to judge.
    if (!entry.notOurs.trimmed().isEmpty())
        return RegisterState::Done;

    // A cancelled measure is no longer promised: it neither finishes the item nor can be late.
    QList<const RegisterEntry::PromisedMeasure *> inForce;
    for (const RegisterEntry::PromisedMeasure &measure : entry.measures) {
        if (measure.status != MeasureStatus::Cancelled)
            inForce.append(&measure);
    }

    // 2. Done when every measure in force is done (or transferred), as last reported: the
    //    follow-up's status wins over the first statement's. Done is done, even when the
    //    follow-up is missing or a deadline has passed.
    bool allSettled = !inForce.isEmpty();
    for (const RegisterEntry::PromisedMeasure *measure : std::as_const(inForce))
        allSettled = allSettled && isSettled(measure->status);
    if (allSettled)
        return RegisterState::Done;

    // 3. Not followed up when the first statement's follow-up was due before today and no
    //    follow-up of the same audit and board exists: the auditors are owed a statement, which
    //    matters more than any single deadline.
    if (!entry.firstFile.isEmpty() && entry.followUpFile.isEmpty() && entry.followUpDue.isValid()
        && entry.followUpDue < today)
        return RegisterState::NotFollowedUp;

    // The deadlines still open: of the measures not settled, or, when the item has no
    // measure, the response's own deadline (a promise written in the text alone).
    QList<Deadline> open;
    for (const RegisterEntry::PromisedMeasure *measure : std::as_const(inForce)) {
        if (!isSettled(measure->status) && !measure->deadline.isNone())
            open.append(measure->deadline);
    }
    if (inForce.isEmpty() && !entry.itemDeadline.isNone())
        open.append(entry.itemDeadline);

    // 4. Overdue when a deadline's last day (the model's: a quarter ends on its last day) is
    //    before today and its measure is not done.
    // 5. Due soon when one ends today or within dueSoonDays: time to act, not yet late.
    bool dueSoon = false;
    for (const Deadline &deadline : std::as_const(open)) {
        const std::optional<QDate> last = deadline.lastDay();
        if (!last)
            continue;
        if (*last < today)
            return RegisterState::Overdue;
        if (*last <= today.addDays(dueSoonDays))
            dueSoon = true;
    }
    if (dueSoon)
        return RegisterState::DueSoon;

    // 6. On track when the open measures have later deadlines, or are ongoing (löpande: the
    //    work is continuous and cannot be late).
    if (!open.isEmpty())
        return RegisterState::OnTrack;

    // 7. Open otherwise: no measure in force yet, or none that says when; nothing promised
    //    can be held to a day.
    return RegisterState::Open;
}

QString RegisterStateRules::displayName(RegisterState state)
{
    switch (state) {
    case RegisterState::Open: return tr("Open");
    case RegisterState::OnTrack: return tr("On track");
    case RegisterState::DueSoon: return tr("Due soon");
    case RegisterState::Overdue: return tr("Overdue");
    case RegisterState::Done: return tr("Done");
    case RegisterState::NotFollowedUp: return tr("Not followed up");
    }
    return {};
}

QString RegisterStateRules::language()
{
    return tr("en", "the language of the register's words: en or sv");
}

} // namespace yttra

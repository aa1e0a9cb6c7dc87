// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/enumnames.h"
#include "model/deadline.h"

#include <QCborMap>
#include <QString>
#include <QStringList>

namespace yttra {

enum class MeasureStatus { Planned, Ongoing, Done, Transferred, Cancelled };

inline constexpr EnumNameTable<MeasureStatus, 5> measureStatusNames{{
    {MeasureStatus::Planned, u"planned"},
    {MeasureStatus::Ongoing, u"ongoing"},
    {MeasureStatus::Done, u"done"},
    {MeasureStatus::Transferred, u"transferred"},
    {MeasureStatus::Cancelled, u"cancelled"},
}};

/// One row of the measure register (the summary table). A measure may answer several
/// items and an item may have several measures: the link is the list of item ids here.
struct Measure
{
    QString id;
    QString title; // plain text
    QString description; // markdown
    QStringList items;   // ids of the items it answers
    QString owner;
    Deadline deadline;
    MeasureStatus status = MeasureStatus::Planned;
    QString caseReference;
    QString comment; // plain text
    QCborMap extra;

    bool operator==(const Measure &) const = default;
};

} // namespace yttra

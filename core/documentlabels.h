// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item.h"
#include "measure.h"
#include "statement.h"

#include <QString>
#include <QStringView>

namespace yttra {

/// The words a statement document itself uses (headings, kinds, statuses), in the
/// document's language: Swedish, or English for "en". These are not user-interface text:
/// a Swedish statement says "Åtgärdsområde 1" whatever language the editor speaks.
/// All of them live here, so the outputs cannot drift apart.
class DocumentLabels
{
public:
    explicit DocumentLabels(QStringView language);

    QString itemKind(ItemKind kind) const;
    QString measureStatus(MeasureStatus status) const;
    /// The section heading of the item at `index`: its label, or "Åtgärdsområde N".
    QString itemHeading(const Statement &statement, qsizetype index) const;

private:
    bool m_english;
};

} // namespace yttra

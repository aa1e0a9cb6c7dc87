// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/statementlimits.h"

namespace yttra {

QString StatementLimits::itemsRefusal(qsizetype items)
{
    if (items <= maxItems)
        return {};
    return tr("the statement has %1 items; statements with more than %2 items are refused").arg(items).arg(maxItems);
}

QString StatementLimits::measuresRefusal(qsizetype measures)
{
    if (measures <= maxMeasures)
        return {};
    return tr("the statement has %1 measures; statements with more than %2 measures are refused").arg(measures).arg(maxMeasures);
}

QString StatementLimits::textRefusal(qsizetype length)
{
    if (length <= maxTextLength)
        return {};
    return tr("the text is %1 characters long; texts longer than %2 characters are refused").arg(length).arg(maxTextLength);
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace yttra {

class StatementDocument;

/// Changes the many-to-many links between measures and items in one undoable step, from
/// either side: the measures of an item, or the items of a measure.
class LinkEditing
{
    Q_DECLARE_TR_FUNCTIONS(LinkEditing)

public:
    /// Links exactly these measures (by id) to the item, unlinking the others.
    static Result<void> setMeasuresOfItem(StatementDocument &document, const QString &itemId, const QStringList &measureIds,
                                          const QString &stepName);
    /// Links the measure at this index to exactly these items (by id), in their given order.
    static Result<void> setItemsOfMeasure(StatementDocument &document, qsizetype measure, const QStringList &itemIds,
                                          const QString &stepName);
};

} // namespace yttra

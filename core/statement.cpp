// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include <QSet>

namespace yttra {

qsizetype Statement::indexOfItem(QStringView id) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Statement::indexOfMeasure(QStringView id) const
{
    for (qsizetype i = 0; i < measures.size(); ++i) {
        if (measures.at(i).id == id)
            return i;
    }
    return -1;
}

QList<const Measure *> Statement::measuresOfItem(QStringView itemId) const
{
    QList<const Measure *> linked;
    for (const Measure &m : measures) {
        if (m.items.contains(itemId))
            linked.append(&m);
    }
    return linked;
}

QString Statement::unusedId(QStringView prefix) const
{
    QSet<QString> used;
    for (const Item &i : items)
        used.insert(i.id);
    for (const Measure &m : measures)
        used.insert(m.id);
    for (int n = 1;; ++n) {
        QString candidate = prefix.toString() + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace yttra

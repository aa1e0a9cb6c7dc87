// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/statement.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

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

// The patterns are anchored with \A and \z: "$" would also match before a final line
// break, and let "r1\n" pass as an id.
bool Statement::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_-]+"_s));
    return pattern.match(id).hasMatch();
}

// QDate::fromString(Qt::ISODate) alone is not enough: it takes any punctuation as a
// separator ("2022/01/05").
bool Statement::isValidDate(const QString &date)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"([0-9]{4})-([0-9]{2})-([0-9]{2})"_s));
    const QRegularExpressionMatch m = pattern.match(date);
    return m.hasMatch() && QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

} // namespace yttra

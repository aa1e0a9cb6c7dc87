// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commenttargets.h"

using namespace Qt::StringLiterals;

namespace yttra {

qsizetype CommentTargets::indexIn(QStringView pointer, QStringView list)
{
    // "/items/12/response/measures": the list's name, then the index.
    if (pointer.size() < list.size() + 3 || pointer.at(0) != u'/' || !pointer.mid(1).startsWith(list)
        || pointer.at(list.size() + 1) != u'/')
        return -1;
    QStringView rest = pointer.mid(list.size() + 2);
    const qsizetype end = rest.indexOf(u'/');
    bool ok = false;
    const qsizetype index = rest.left(end < 0 ? rest.size() : end).toLongLong(&ok);
    return ok && index >= 0 ? index : -1;
}

bool CommentTargets::follow(Review &review, QStringView list, const std::function<qsizetype(qsizetype)> &newIndex)
{
    bool changed = false;
    const QString prefix = u'/' + list.toString();
    for (Comment &comment : review.comments) {
        const qsizetype old = indexIn(comment.target, list);
        if (old < 0)
            continue;
        const qsizetype now = newIndex(old);
        if (now == old)
            continue;
        const qsizetype tail = prefix.size() + 1 + QString::number(old).size(); // "/items/12"
        comment.target = now < 0 ? prefix : prefix + u'/' + QString::number(now) + QStringView(comment.target).mid(tail);
        changed = true;
    }
    return changed;
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <optional>

namespace yttra {

/// Where a JSON pointer points inside one of the statement's lists: "/items/3/response/deadline"
/// in "items" is entry 3, member "response/deadline". The models use it to update only the
/// row a change or a finding belongs to.
struct ListPointer
{
    qsizetype index = -1;
    QStringView member; // empty when the pointer names the entry itself

    static std::optional<ListPointer> parse(QStringView pointer, QStringView list)
    {
        if (!pointer.startsWith(u'/') || !pointer.sliced(1).startsWith(list))
            return std::nullopt;
        QStringView rest = pointer.sliced(1 + list.size());
        if (!rest.startsWith(u'/'))
            return std::nullopt;
        rest = rest.sliced(1);
        const qsizetype slash = rest.indexOf(u'/');
        bool ok = false;
        const qsizetype index = (slash < 0 ? rest : rest.first(slash)).toLongLong(&ok);
        if (!ok || index < 0)
            return std::nullopt;
        return ListPointer{index, slash < 0 ? QStringView() : rest.sliced(slash + 1)};
    }
};

} // namespace yttra

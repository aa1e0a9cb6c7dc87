// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace yttra {

/// Maps an enum to the exact strings the file format uses for it, both ways.
/// Each model header declares one table; this is the only code that walks them.
template <typename Enum, std::size_t N>
using EnumNameTable = std::array<std::pair<Enum, const char16_t *>, N>;

template <typename Enum, std::size_t N>
QString enumName(const EnumNameTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const EnumNameTable<Enum, N> &table, QStringView name)
{
    for (const auto &[e, n] : table) {
        if (name == QStringView(n))
            return e;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QStringList enumNames(const EnumNameTable<Enum, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names.append(QString::fromUtf16(entry.second));
    return names;
}

} // namespace yttra

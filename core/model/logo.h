// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace yttra {

/// The board's logo as the file (and the settings, per board) carry it.
struct Logo
{
    QString mediaType;   // "image/png" or "image/svg+xml"
    QByteArray data;     // the image file's bytes
    QString description; // alt text read out instead of the image; empty: decorative
    bool isEmpty() const { return data.isEmpty(); }
    bool operator==(const Logo &) const = default;
};

} // namespace yttra

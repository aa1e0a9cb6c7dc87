// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"

#include <QByteArray>

namespace yttra {

/// The built-in example: a complete first statement of a fictional municipality, the first
/// thing a new user sees.
class Example
{
public:
    /// The example file exactly as shipped.
    static QByteArray bytes();
    static Statement statement();
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"

#include <QMetaType>

#include <functional>

namespace yttra::test {

/// An edit that makes the newer of two versions, as a column of test data.
using StatementChange = std::function<void(Statement &)>;

} // namespace yttra::test

Q_DECLARE_METATYPE(yttra::test::StatementChange)

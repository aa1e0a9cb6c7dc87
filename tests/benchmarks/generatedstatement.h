// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"

namespace yttra::bench {

/// A large, realistic statement for benchmarks: `items` items with a few paragraphs of
/// Swedish text each, `measures` measures each linked to two or three items, every deadline
/// form in use. Deterministic, so runs compare.
Statement generatedStatement(int items, int measures);

/// Saves a benchmark's input file; when that fails, says why on stderr and returns false.
bool saveStatement(const Statement &statement, const QString &path);

} // namespace yttra::bench

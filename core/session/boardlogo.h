// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/logo.h"
#include "model/statement.h"

namespace yttra {

class Settings;

/// Which logo a statement's pages carry: its own when it has one, else the one the settings
/// keep for its board. Every output of the window (PDF, review copy, print, preview, Word)
/// takes the statement through here, so they all show the same logo.
class BoardLogo
{
public:
    static Logo effective(const Statement &statement, const Settings *settings);
    /// The statement as the outputs draw it: with the effective logo as its own.
    static Statement forOutput(const Statement &statement, const Settings *settings);
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/boardlogo.h"

#include "session/settings.h"

namespace yttra {

Logo BoardLogo::effective(const Statement &statement, const Settings *settings)
{
    if (!statement.logo.isEmpty() || !settings)
        return statement.logo;
    return settings->boardLogo(statement.board);
}

Statement BoardLogo::forOutput(const Statement &statement, const Settings *settings)
{
    // A copy shares the statement's lists until one of them is written: only the logo is new.
    Statement output = statement;
    output.logo = effective(statement, settings);
    return output;
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/register.h"

namespace yttra {

QList<RegisterEntry> Register::entriesIn(RegisterState state) const
{
    QList<RegisterEntry> found;
    for (const RegisterEntry &entry : entries) {
        if (entry.state == state)
            found.append(entry);
    }
    return found;
}

} // namespace yttra

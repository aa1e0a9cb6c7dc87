// SPDX-License-Identifier: GPL-3.0-or-later
#include "register/registerproblem.h"

namespace yttra {

QString RegisterProblem::text() const
{
    QString s = path;
    if (!location.isEmpty())
        s += QStringLiteral(": ") + location;
    return s + QStringLiteral(": ") + reason;
}

} // namespace yttra

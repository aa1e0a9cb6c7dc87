// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields/deadlineinput.h"

#include "language/deadlinetext.h"

namespace yttra {

Result<Deadline> DeadlineInput::parse(const QString &typed)
{
    // What people write ("juni 2022", "Q4 2022", "löpande") and the file's own strings.
    return DeadlineText::parse(typed);
}

QString DeadlineInput::editText(const Deadline &deadline, const QString &language)
{
    // The words the document itself uses, when they read back as the same deadline;
    // otherwise the file's string, which always does.
    const QString shown = deadline.displayText(language);
    if (!shown.isEmpty() && DeadlineText::tryParse(shown) == deadline)
        return shown;
    return deadline.toString();
}

} // namespace yttra

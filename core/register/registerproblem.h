// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yttra {

/// A file or folder the register could not use, and why: listed, never passed over in silence.
struct RegisterProblem {
    enum class Kind {
        FolderUnreadable, ///< a folder that cannot be listed
        LinkLoop, ///< a link back to a folder being read, or to one read already
        FileUnreadable, ///< a file that cannot be opened or read
        Invalid, ///< not a statement file, or a damaged one
        NewerFormat, ///< written by a newer Yttra: its meaning may have changed
        Changed, ///< the file changed while it was being read
    };

    Kind kind = Kind::Invalid;
    QString path; // relative to the register's folder, with '/'
    QString location; // JSON pointer or line:column in the file, may be empty
    QString reason; // translated

    /// "path: location: reason", as terminals and editors show a place in a file.
    QString text() const;

    bool operator==(const RegisterProblem &) const = default;
};

} // namespace yttra

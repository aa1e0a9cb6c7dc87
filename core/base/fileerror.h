// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yttra {

/// Why a file could not be read or written: which file, where in it, and what is wrong.
/// The kind decides the command line's exit code (invalid input 1, cannot read or write 3).
struct FileError
{
    enum class Kind { Invalid, CannotRead, CannotWrite };

    Kind kind = Kind::Invalid;
    QString file;
    QString location; // JSON pointer or line:column; empty when the file as a whole is meant
    QString message;

    /// "file: location: message", the form editors and terminals recognise.
    QString text() const
    {
        QString s = file;
        if (!location.isEmpty())
            s += QStringLiteral(": ") + location;
        return s + QStringLiteral(": ") + message;
    }
};

} // namespace yttra

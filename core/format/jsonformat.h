// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/statement.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yttra {

/// Where in a document something is wrong (a JSON pointer, or line:column for syntax
/// errors) and what.
struct FormatError
{
    QString location; // "/items/2/kind", "12:7", or "" for the document as a whole
    QString message;
};

/// A statement read from a file, with what the reader found out about the file itself.
struct ReadStatement
{
    Statement statement;
    int formatVersion = Statement::formatVersion;
    /// Written by a newer Yttra: show it, never overwrite it.
    bool readOnly = false;
    QString notice; // why it is read-only
    /// Members the reader passed over rather than refuse the whole file (a logo that cannot
    /// be read): kept as they stand in the statement's `extra`, so saving writes them back.
    QList<FormatError> warnings;
};

/// The mapping between a Statement and the JSON text of a .yttrande file (format version 1).
class JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)

public:
    /// Reads a whole file's bytes. Every departure from the format is an error naming the
    /// place; members the format does not define are kept in the model's `extra` maps.
    static Result<ReadStatement, FormatError> read(const QByteArray &utf8);

    /// The file's bytes: known members in documented order, then kept unknown members,
    /// two-space indentation, final newline.
    static QByteArray write(const Statement &statement);

    /// The document as an ordered map (what write() serialises).
    static QCborMap toCbor(const Statement &statement);

    /// A JSON pointer with the reference tokens escaped (RFC 6901).
    static QString pointer(const QStringList &tokens);
};

} // namespace yttra

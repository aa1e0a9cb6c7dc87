// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "model/statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace yttra {

/// How a Word document is made: in Yttra's own template or the municipality's, and who
/// wrote it (the template's Handläggare/Author).
struct DocxOptions
{
    QString templatePath; // a .docx or .dotx; empty: Yttra's built-in template
    QString author;
};

/// A Word document and what the user should know about it (a template field left unfilled).
struct DocxExport
{
    QByteArray bytes;
    QStringList warnings;
};

/// The statement as a Word document (.docx) with the same content, in the same order, as the
/// template PDF: the built-in template looks like the PDF; a municipality's template keeps
/// its styles, page setup, header, footer and logo, gets its content controls, bookmarks,
/// DOCPROPERTY fields and custom properties filled (DocxFields::templateFields()), and the
/// statement's body where it has a place named "Yttrande" (else at the end of its body).
/// Every field is wrapped so that a review in Word can be read back (WordReviewImport); the
/// values as exported are kept in the document (a custom XML part) to tell later whether the
/// reviewer or the secretary changed a field.
class DocxExporter
{
    Q_DECLARE_TR_FUNCTIONS(DocxExporter)

public:
    static Result<DocxExport, FileError> render(const Statement &statement, const DocxOptions &options = {});
    /// Writes the document to `path` completely or not at all; returns the warnings.
    static Result<QStringList, FileError> write(const Statement &statement, const QString &path, const DocxOptions &options = {});

    /// The statement's fields as an export shows them, by tag: what a reviewer who changed
    /// nothing leaves in Word.
    static QHash<QString, QString> fieldValues(const Statement &statement);

    /// The namespace of the custom XML part with the exported values.
    static QString recordNamespace();
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/fileerror.h"
#include "base/result.h"
#include "model/statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace yttra {

class StatementDocument;

/// A field a reviewer changed in Word: what the statement holds now and what the reviewer
/// left, both as the file keeps them, for the secretary to accept or reject.
struct ProposedChange
{
    QString pointer; // into the statement
    QString field;   // as a person names it: "Åtgärdsområde 2 – Förväntad effekt"
    QString before;
    QString after;
    QStringList by; // who made the change: the authors of tracked changes, else the document's last author
    /// The statement's field has changed too since the Word document was exported: the
    /// reviewer worked on an older text.
    bool changedSince = false;

    bool operator==(const ProposedChange &) const = default;
};

/// What a reviewed Word document brings back to its statement.
struct WordReview
{
    QList<Comment> comments;         // anchored to the statement's fields (targets by index)
    QList<ProposedChange> changes;   // one per field the reviewer changed
    QStringList notPlaced;           // what could not be taken in, each with why: never dropped silently
    QStringList notes;               // how something was placed (a comment on a heading, on the field below it)
    QStringList missingFields;       // fields of the export that are no longer in the document
    bool exportRecordFound = false;  // whether the document says what it held when exported

    /// The statement with the comments taken in as a reviewer's copy, for CommentMerge.
    Statement copyWithComments(const Statement &statement) const;
};

/// Reads a Word document exported by Yttra (DocxExporter) after a manager reviewed it in
/// Word: comments (with replies and their done state, as Word writes them in comments.xml
/// and commentsExtended.xml) become review comments on the fields and words they were made
/// on; text changed inside a field (typed over, or as tracked changes, insertions taken in
/// and deletions left out) becomes a proposed change of that field. Nothing is applied here:
/// the caller shows the changes for the secretary to accept or reject one by one.
class WordReviewImport
{
    Q_DECLARE_TR_FUNCTIONS(WordReviewImport)

public:
    static Result<WordReview, FileError> read(const QString &path, const Statement &statement);
    static Result<WordReview, QString> read(const QByteArray &docx, const Statement &statement);

    /// Takes one proposed change into the document, as one edit on its undo stack.
    static Result<void> accept(StatementDocument &document, const ProposedChange &change);
};

} // namespace yttra

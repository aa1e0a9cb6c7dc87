// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/review.h"
#include "model/statement.h"
#include "pdf/pdfblock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace yttra {

/// The end notes of a review copy: every open review comment, numbered in the reading order
/// of where its field is printed, with its marker ("[1]") put at the end of that field in
/// the blocks. A comment on a field that is not printed is marked at the nearest printed
/// part (an item's heading, a measure's row); one whose field is gone, or that has no
/// printed part, is numbered after the others and marked nowhere.
class PdfReviewNotes
{
public:
    struct Note
    {
        int number = 0;
        Comment comment;
        QString destination; // the named destination of the note, which its marker links to
        bool printed = false; // the field itself is printed and carries the marker
        bool exists = false;  // the field is still in the statement
    };

    /// Numbers the statement's open comments and puts their markers into `blocks`, whose
    /// spans know the fields they show (PdfSpan::sources). `elsewhere`: fields printed
    /// outside the blocks (in the page header), which get no marker but are not "not printed".
    static QList<Note> place(const Statement &statement, QList<PdfBlock> &blocks, const QStringList &elsewhere = {});
};

} // namespace yttra

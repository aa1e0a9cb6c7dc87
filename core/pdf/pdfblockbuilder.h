// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language/documentlabels.h"
#include "markdown/markdown.h"
#include "model/statement.h"
#include "pdf/pdfblock.h"
#include "pdf/pdfblockwriter.h"
#include "pdf/pdfcopy.h"
#include "pdf/pdfstyle.h"

#include <QList>

namespace yttra {

/// Turns a statement into the blocks of the auditors' template, in reading order: header
/// block, document type, subject, summary, the follow-up's table of measures, the reading
/// guide, one section per item with the auditors' text in a frame, signatures and
/// reservations. Gaps in a draft become grey placeholders, never nothing. Every span that
/// shows a field knows its JSON pointer. Review comments are not part of the statement:
/// only a review copy reads them, marking the commented fields and listing the open
/// comments as numbered end notes.
class PdfBlockBuilder : private PdfBlockWriter
{
public:
    PdfBlockBuilder(const Statement &statement, const PdfStyle &style, PdfCopy copy = PdfCopy::Statement);

    QList<PdfBlock> build();

private:
    void headerBlock();
    void measureTable();
    void itemSection(qsizetype index);
    void signatures();
    void reviewNotes();

    void field(const QString &label, const QString &value, const QString &pointer);
    /// A markdown member (at `pointer`) as paragraphs and lists, or the placeholder
    /// "[<what> saknas]".
    void markdown(const QString &text, const QString &what, const QString &pointer);

    static QList<PdfSpan> spansOf(const QList<MarkdownSpan> &spans);
    QList<PdfSpan> placeholder(const QString &text) const;

    const Statement &m_statement;
    PdfCopy m_copy;
    DocumentLabels m_labels;
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentlabels.h"
#include "markdown.h"
#include "pdfblock.h"
#include "pdfstyle.h"
#include "statement.h"

#include <QList>

namespace yttra {

/// Turns a statement into the blocks of the auditors' template, in reading order: header
/// block, document type, subject, summary, the follow-up's table of measures, the reading
/// guide, one section per item with the auditors' text in a frame, signatures and
/// reservations. Gaps in a draft become grey placeholders, never nothing. Review comments
/// are not part of the printed statement and are never read here.
class PdfBlockBuilder
{
public:
    PdfBlockBuilder(const Statement &statement, const PdfStyle &style);

    QList<PdfBlock> build();

private:
    void headerBlock();
    void measureTable();
    void itemSection(qsizetype index);
    void signatures();

    void heading(PdfBlock::Kind kind, const QString &text, bool startsItem = false);
    void field(const QString &label, const QString &value);
    void paragraph(const QList<PdfSpan> &spans, PdfBlock::Look look = PdfBlock::Look::Body);
    /// A markdown member as paragraphs and lists, or the placeholder "[<what> saknas]".
    void markdown(const QString &text, const QString &what);
    void beginFrame();
    void endFrame();
    PdfBlock &append(PdfBlock block, double space);
    PdfTag tag(const char *name);

    static QList<PdfSpan> spansOf(const QList<MarkdownSpan> &spans);
    QList<PdfSpan> placeholder(const QString &text) const;

    const Statement &m_statement;
    const PdfStyle &m_style;
    DocumentLabels m_labels;
    QList<PdfBlock> m_blocks;
    QList<PdfTag> m_base; // Document, and the Div of an open frame
    int m_nextId = 1;
    int m_frameId = -1;
    int m_itemIndex = -1;
    bool m_afterHeading = false;
    bool m_frameStart = false;
};

} // namespace yttra

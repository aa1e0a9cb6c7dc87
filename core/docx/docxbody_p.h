// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/docxnumbering_p.h"
#include "docx/docxstyles_p.h"
#include "docx/xmlnode_p.h"
#include "language/documentlabels.h"
#include "model/statement.h"
#include "pdf/pdfblock.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace yttra {

/// The statement's body in WordprocessingML: the blocks of the auditors' template (the same
/// content, in the same order, as the PDF) as paragraphs and a table in the document's
/// styles, lists as real numbering, headings and signatures kept with what follows. Every
/// field is wrapped in a content control tagged with its place (DocxFields), a markdown
/// field around its paragraphs and a plain one around its words, so a reviewer's changes and
/// comments in Word can be read back into the field they were made on. An empty field shows
/// the PDF's grey "[... saknas]" as the control's placeholder.
class DocxBody
{
public:
    struct Context
    {
        const DocxStyles &styles;
        DocxNumbering &numbering;
        /// The relationship id of a link to `url` (added to the document's relationships).
        std::function<QString(const QString &url)> linkRelationship;
        QString language;    // of every run: "sv-SE"
        int textWidth = 9072; // between the margins, in twips: the table's columns
        int firstControlId = 1;
    };

    DocxBody(const Statement &statement, Context context);

    std::vector<XmlNode> build(const QList<PdfBlock> &blocks);

private:
    XmlNode paragraph(const PdfBlock &block);
    XmlNode table(const QList<const PdfBlock *> &rows);
    void appendSpans(XmlNode &paragraph, const QList<PdfSpan> &spans, bool boldParagraph);
    void appendRuns(XmlNode &parent, const PdfSpan &span, bool boldParagraph);
    XmlNode run(const PdfSpan &span, bool boldParagraph) const;
    /// A content control for the field at `pointer` around `content`; nothing wraps content
    /// whose field has no tag.
    XmlNode control(const QString &pointer, bool placeholder, std::vector<XmlNode> content);
    QString styleOf(const PdfBlock &block) const;
    bool isWholeMarkdownField(const PdfBlock &block) const;

    const Statement &m_statement;
    Context m_context;
    DocumentLabels m_labels;
    QHash<int, int> m_lists; // the statement's list (its L tag) -> w:numId
    int m_nextId;
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxbody_p.h"

#include "docx/docxfields.h"
#include "docx/wordml_p.h"

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {

XmlNode valued(const QString &name, const QString &value)
{
    XmlNode node = XmlNode::element(w, name);
    node.setAttribute(w, u"val"_s, value);
    return node;
}

const QString *fieldOf(const PdfSpan &span)
{
    return span.value == PdfSpan::Value::None || span.field.isEmpty() ? nullptr : &span.field;
}

} // namespace

DocxBody::DocxBody(const Statement &statement, Context context)
    : m_statement(statement), m_context(std::move(context)), m_labels(statement.language), m_nextId(m_context.firstControlId)
{
}

std::vector<XmlNode> DocxBody::build(const QList<PdfBlock> &blocks)
{
    std::vector<XmlNode> body;
    for (qsizetype i = 0; i < blocks.size();) {
        const PdfBlock &block = blocks.at(i);
        if (block.isTableRow()) {
            QList<const PdfBlock *> rows;
            while (i < blocks.size() && blocks.at(i).isTableRow() && blocks.at(i).tableId == block.tableId)
                rows.append(&blocks.at(i++));
            body.push_back(table(rows));
            continue;
        }
        if (isWholeMarkdownField(block)) {
            // A markdown field's paragraphs and lists, in one control.
            const QString pointer = block.spans.first().field;
            std::vector<XmlNode> paragraphs;
            bool placeholder = true;
            while (i < blocks.size() && isWholeMarkdownField(blocks.at(i)) && blocks.at(i).spans.first().field == pointer) {
                placeholder = placeholder && blocks.at(i).spans.first().placeholder;
                paragraphs.push_back(paragraph(blocks.at(i++)));
            }
            body.push_back(control(pointer, placeholder, std::move(paragraphs)));
            continue;
        }
        body.push_back(paragraph(block));
        ++i;
    }
    return body;
}

bool DocxBody::isWholeMarkdownField(const PdfBlock &block) const
{
    if (block.isTableRow() || block.spans.isEmpty())
        return false;
    const QString *pointer = fieldOf(block.spans.first());
    if (!pointer)
        return false;
    for (const PdfSpan &span : block.spans) {
        if (span.value != PdfSpan::Value::Markdown || !fieldOf(span) || *fieldOf(span) != *pointer)
            return false;
    }
    return true;
}

QString DocxBody::styleOf(const PdfBlock &block) const
{
    const DocxStyles &s = m_context.styles;
    switch (block.kind) {
    case PdfBlock::Kind::Heading1: return s.id(DocxStyle::Heading1);
    case PdfBlock::Kind::Heading2: return s.id(DocxStyle::Heading2);
    case PdfBlock::Kind::Heading3: return s.id(DocxStyle::Heading3);
    case PdfBlock::Kind::SignatureLine: return s.id(DocxStyle::SignatureLine);
    case PdfBlock::Kind::ListItem:
        if (block.frameId >= 0)
            return s.id(DocxStyle::Recommendation);
        return s.id(block.label.endsWith(u'.') ? DocxStyle::ListNumber : DocxStyle::ListBullet);
    case PdfBlock::Kind::TableHeaderRow:
    case PdfBlock::Kind::TableRow:
    case PdfBlock::Kind::Paragraph:
        break;
    }
    switch (block.look) {
    case PdfBlock::Look::Field: return s.id(DocxStyle::Field);
    case PdfBlock::Look::Subject: return s.id(DocxStyle::Subject);
    case PdfBlock::Look::Signature: return s.id(DocxStyle::Signature);
    case PdfBlock::Look::Body:
    case PdfBlock::Look::Note:
        break;
    }
    if (block.frameId >= 0)
        return s.id(DocxStyle::Recommendation);
    if (block.level > 0)
        return s.id(DocxStyle::ListContinue);
    return s.id(DocxStyle::Normal);
}

XmlNode DocxBody::paragraph(const PdfBlock &block)
{
    XmlNode p = XmlNode::element(w, u"p"_s);
    XmlNode &properties = p.appendElement(w, u"pPr"_s);
    const QString style = styleOf(block);
    if (!style.isEmpty())
        properties.append(valued(u"pStyle"_s, style));
    if (block.keepWithNext && !block.isHeading())
        properties.appendElement(w, u"keepNext"_s); // headings keep with what follows by their style
    if (block.kind == PdfBlock::Kind::ListItem) {
        int list = -1;
        for (const PdfTag &container : block.containers) {
            if (container.name == "L")
                list = container.id;
        }
        if (!m_lists.contains(list)) {
            const bool numbered = block.label.endsWith(u'.');
            m_lists.insert(list, m_context.numbering.newList(numbered, numbered ? block.label.chopped(1).toInt() : 1));
        }
        XmlNode &numbering = properties.appendElement(w, u"numPr"_s);
        numbering.append(valued(u"ilvl"_s, QString::number(std::clamp(block.level - 1, 0, 8))));
        numbering.append(valued(u"numId"_s, QString::number(m_lists.value(list))));
    }
    const bool bold = block.isHeading() || block.look == PdfBlock::Look::Subject;
    appendSpans(p, block.spans, bold);
    return p;
}

void DocxBody::appendSpans(XmlNode &paragraph, const QList<PdfSpan> &spans, bool boldParagraph)
{
    for (qsizetype i = 0; i < spans.size();) {
        const PdfSpan &span = spans.at(i);
        const QString *pointer = fieldOf(span);
        if (span.value == PdfSpan::Value::Text && pointer) {
            // A plain field's words, in a control of their own inside the paragraph.
            XmlNode runs = XmlNode::element(w, u"sdtContent"_s);
            bool placeholder = true;
            while (i < spans.size() && spans.at(i).value == PdfSpan::Value::Text && fieldOf(spans.at(i))
                   && *fieldOf(spans.at(i)) == *pointer) {
                placeholder = placeholder && spans.at(i).placeholder;
                appendRuns(runs, spans.at(i++), boldParagraph);
            }
            paragraph.append(control(*pointer, placeholder, std::move(runs.children)));
            continue;
        }
        appendRuns(paragraph, span, boldParagraph);
        ++i;
    }
}

void DocxBody::appendRuns(XmlNode &parent, const PdfSpan &span, bool boldParagraph)
{
    if (span.text.isEmpty())
        return;
    if (span.link.isEmpty()) {
        parent.append(run(span, boldParagraph));
        return;
    }
    XmlNode &link = parent.appendElement(w, u"hyperlink"_s);
    link.setAttribute(r, u"id"_s, m_context.linkRelationship(span.link));
    link.setAttribute(w, u"history"_s, u"1"_s);
    link.append(run(span, boldParagraph));
}

XmlNode DocxBody::run(const PdfSpan &span, bool boldParagraph) const
{
    const DocxStyles &s = m_context.styles;
    XmlNode run = XmlNode::element(w, u"r"_s);
    XmlNode &properties = run.appendElement(w, u"rPr"_s);
    QString style;
    bool italic = false;
    if (span.placeholder)
        style = s.id(DocxStyle::Placeholder);
    else if (!span.link.isEmpty())
        style = s.id(DocxStyle::Hyperlink);
    else if (span.bold && !boldParagraph)
        style = s.id(DocxStyle::Strong);
    if (!span.placeholder && span.italic) {
        if (style.isEmpty())
            style = s.id(DocxStyle::Emphasis);
        else
            italic = true; // bold and italic: Strong, and italic as well
    }
    if (!style.isEmpty())
        properties.append(valued(u"rStyle"_s, style));
    if (italic)
        properties.appendElement(w, u"i"_s);
    properties.append(valued(u"lang"_s, m_context.language));

    // "Datum \t2022-01-23": the space before the tab is for PDF text extraction; Word keeps the tab.
    const QString text = QString(span.text).replace(u" \t"_s, u"\t"_s);
    QString pending;
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        XmlNode &t = run.appendElement(w, u"t"_s);
        t.setAttribute(xml, u"space"_s, u"preserve"_s);
        t.append(XmlNode::textNode(pending));
        pending.clear();
    };
    for (QChar c : text) {
        if (c == u'\n' || c == u'\t') {
            flush();
            run.appendElement(w, c == u'\n' ? u"br"_s : u"tab"_s);
        } else {
            pending += c;
        }
    }
    flush();
    return run;
}

XmlNode DocxBody::control(const QString &pointer, bool placeholder, std::vector<XmlNode> content)
{
    const QString tag = DocxFields::tag(m_statement, pointer);
    XmlNode sdt = XmlNode::element(w, u"sdt"_s);
    XmlNode &properties = sdt.appendElement(w, u"sdtPr"_s);
    properties.append(valued(u"alias"_s, m_labels.fieldName(m_statement, pointer)));
    properties.append(valued(u"tag"_s, tag));
    properties.append(valued(u"id"_s, QString::number(m_nextId++)));
    // The reviewer edits the text; the control itself cannot be deleted, so the field stays findable.
    properties.append(valued(u"lock"_s, u"sdtLocked"_s));
    if (placeholder)
        properties.appendElement(w, u"showingPlcHdr"_s);
    XmlNode &inner = sdt.appendElement(w, u"sdtContent"_s);
    inner.children = std::move(content);
    return sdt;
}

XmlNode DocxBody::table(const QList<const PdfBlock *> &rows)
{
    const DocxStyles &s = m_context.styles;
    const qsizetype columns = rows.isEmpty() ? 0 : rows.first()->cells.size();
    // The summary table: the measure and the comment wide, the three status columns as wide
    // as their headings in a bold sans serif ("Pågående"), so that no heading breaks inside a word.
    QList<int> weights(columns, 1);
    if (columns == 5)
        weights = {32, 13, 13, 13, 29};
    int total = 0;
    for (int weight : weights)
        total += weight;

    XmlNode tbl = XmlNode::element(w, u"tbl"_s);
    XmlNode &properties = tbl.appendElement(w, u"tblPr"_s);
    if (!s.id(DocxStyle::Table).isEmpty())
        properties.append(valued(u"tblStyle"_s, s.id(DocxStyle::Table)));
    XmlNode &width = properties.appendElement(w, u"tblW"_s);
    width.setAttribute(w, u"w"_s, u"5000"_s);
    width.setAttribute(w, u"type"_s, u"pct"_s);
    XmlNode &look = properties.appendElement(w, u"tblLook"_s);
    for (const auto &[name, value] : {std::pair{u"firstRow"_s, u"1"_s}, {u"lastRow"_s, u"0"_s}, {u"firstColumn"_s, u"0"_s},
                                      {u"lastColumn"_s, u"0"_s}, {u"noHBand"_s, u"1"_s}, {u"noVBand"_s, u"1"_s}})
        look.setAttribute(w, name, value);

    QList<int> twips;
    XmlNode &grid = tbl.appendElement(w, u"tblGrid"_s);
    for (int weight : weights) {
        twips.append(total > 0 ? m_context.textWidth * weight / total : 0);
        grid.appendElement(w, u"gridCol"_s).setAttribute(w, u"w"_s, QString::number(twips.last()));
    }

    for (const PdfBlock *row : rows) {
        const bool header = row->kind == PdfBlock::Kind::TableHeaderRow;
        XmlNode &tr = tbl.appendElement(w, u"tr"_s);
        XmlNode &rowProperties = tr.appendElement(w, u"trPr"_s);
        rowProperties.appendElement(w, u"cantSplit"_s); // a row never breaks across pages
        if (header)
            rowProperties.appendElement(w, u"tblHeader"_s); // and the header repeats on every page
        for (qsizetype c = 0; c < row->cells.size(); ++c) {
            XmlNode &tc = tr.appendElement(w, u"tc"_s);
            XmlNode &cellWidth = tc.appendElement(w, u"tcPr"_s).appendElement(w, u"tcW"_s);
            cellWidth.setAttribute(w, u"w"_s, QString::number(twips.value(c)));
            cellWidth.setAttribute(w, u"type"_s, u"dxa"_s);
            XmlNode &p = tc.appendElement(w, u"p"_s);
            const DocxStyle style = header ? DocxStyle::TableHeading
                : (columns == 5 && c >= 1 && c <= 3) ? DocxStyle::TableMark
                                                     : DocxStyle::TableText;
            if (!s.id(style).isEmpty())
                p.appendElement(w, u"pPr"_s).append(valued(u"pStyle"_s, s.id(style)));
            appendSpans(p, row->cells.at(c), header);
        }
    }
    return tbl;
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxfieldreader_p.h"

#include "docx/docxfields.h"
#include "docx/docxnumbering_p.h"
#include "docx/wordml_p.h"
#include "markdown/markdownwriter.h"

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {

/// An on/off property (w:b, w:i): on unless its value says off.
bool isOn(const XmlNode *property)
{
    if (!property)
        return false;
    const QString v = property->attribute(w, u"val");
    return v.isEmpty() || (v != u"0" && v != u"false" && v != u"off");
}

/// A control's name for finding it again: its tag, else its title.
QString controlName(const XmlNode &sdt)
{
    const QStringList names = controlNames(sdt);
    return names.isEmpty() ? QString() : names.first().isEmpty() ? names.last() : names.first();
}

} // namespace

DocxFieldReader::DocxFieldReader(const DocxStyles &styles, const XmlNode *numbering, const XmlNode *stylesPart,
                                 std::function<QString(const QString &)> linkTarget)
    : m_styles(styles), m_numbering(numbering), m_stylesPart(stylesPart), m_linkTarget(std::move(linkTarget))
{
}

DocxFieldReader DocxFieldReader::readPackage(DocxPackage &package, const DocxStyles &styles)
{
    const QString main = package.mainPart();
    DocxFieldReader reader(styles, package.tree(package.related(main, numberingRelationship).value(0)),
                           package.tree(package.related(main, stylesRelationship).value(0)),
                           [&package, main](const QString &id) { return package.relationshipTarget(main, id); });
    for (const QString &part : package.textParts()) {
        if (const XmlNode *root = package.tree(part))
            reader.read(*root);
    }
    return reader;
}

void DocxFieldReader::read(const XmlNode &root)
{
    const XmlNode *body = root.child(w, u"body");
    blocks(body ? *body : root);
}

void DocxFieldReader::blocks(const XmlNode &container)
{
    for (const XmlNode &node : container.children) {
        if (!node.isElement())
            continue;
        if (node.is(w, u"p")) {
            paragraph(node);
        } else if (node.is(w, u"tbl")) {
            for (const XmlNode &row : node.children) {
                if (!row.is(w, u"tr"))
                    continue;
                for (const XmlNode &cell : row.children) {
                    if (cell.is(w, u"tc"))
                        blocks(cell);
                }
            }
        } else if (node.is(w, u"sdt")) {
            const XmlNode *content = node.child(w, u"sdtContent");
            const bool opened = openControl(node, true);
            if (content)
                blocks(*content);
            if (opened)
                closeControl();
        } else if (node.is(w, u"customXml") || node.is(w, u"ins") || node.is(w, u"moveTo")) {
            changeBy(node);
            blocks(node);
        } else if (node.is(w, u"del") || node.is(w, u"moveFrom")) {
            changeBy(node);
        } else {
            marker(node);
        }
    }
}

bool DocxFieldReader::openControl(const XmlNode &sdt, bool blockLevel)
{
    const QString name = controlName(sdt);
    if (!DocxFields::isOurs(name) && !DocxFields::templateField(name))
        return false;
    OpenField field;
    field.tag = name;
    // Yttra's markdown fields are block-level; a block-level control of a template holds text.
    const XmlNode *content = sdt.child(w, u"sdtContent");
    field.markdown = blockLevel && DocxFields::isOurs(name) && content && content->child(w, u"p");
    const XmlNode *properties = sdt.child(w, u"sdtPr");
    field.placeholder = properties && properties->child(w, u"showingPlcHdr");
    for (auto anchor = m_anchors.begin(); anchor != m_anchors.end(); ++anchor) {
        if (anchor->tag.isEmpty() && anchor->nextTag.isEmpty() && !m_openAnchors.contains(anchor.key()))
            anchor->nextTag = name;
    }
    m_open.append(field);
    return true;
}

void DocxFieldReader::closeControl()
{
    OpenField field = m_open.takeLast();
    QString value;
    if (!field.placeholder) {
        if (field.markdown) {
            value = MarkdownWriter::write(field.blocks);
        } else {
            value = field.text.trimmed();
        }
    }
    m_fields.append({field.tag, field.markdown, value, field.changedBy});
}

void DocxFieldReader::paragraph(const XmlNode &p)
{
    if (!m_open.isEmpty() && m_open.last().markdown)
        m_open.last().blocks.append(paragraphBlock(p));
    else if (!m_open.isEmpty() && !m_open.last().text.isEmpty())
        m_open.last().text += u'\n';
    for (QString &anchor : m_openAnchors) {
        DocxCommentAnchor &a = m_anchors[anchor];
        if (!a.quote.isEmpty())
            a.quote += u'\n';
    }
    m_inFieldInstruction = false;
    inlineContent(p, {});
}

MarkdownBlock DocxFieldReader::paragraphBlock(const XmlNode &p)
{
    MarkdownBlock block;
    const XmlNode *properties = p.child(w, u"pPr");
    const QString style = valueOf(properties ? properties->child(w, u"pStyle") : nullptr);
    const XmlNode *numbering = properties ? properties->child(w, u"numPr") : nullptr;
    if (!numbering && m_stylesPart && !style.isEmpty()) {
        // A list style may carry its numbering.
        for (const XmlNode &s : m_stylesPart->children) {
            if (s.is(w, u"style") && s.attribute(w, u"styleId") == style) {
                const XmlNode *stylePPr = s.child(w, u"pPr");
                numbering = stylePPr ? stylePPr->child(w, u"numPr") : nullptr;
                break;
            }
        }
    }
    int numId = -1;
    int ilvl = 0;
    if (numbering) {
        numId = valueOf(numbering->child(w, u"numId")).toInt();
        ilvl = std::clamp(valueOf(numbering->child(w, u"ilvl")).toInt(), 0, 8);
    }
    DocxNumbering::Level level;
    if (numId > 0 && m_numbering)
        level = DocxNumbering::level(*m_numbering, numId, ilvl);
    else if (m_styles.is(style, DocxStyle::ListBullet) || m_styles.is(style, DocxStyle::ListNumber))
        level = {true, m_styles.is(style, DocxStyle::ListNumber), 1};

    if (level.exists) {
        block.kind = level.numbered ? MarkdownBlock::Kind::NumberedItem : MarkdownBlock::Kind::BulletItem;
        block.level = ilvl + 1;
        if (level.numbered) {
            const QString key = u"%1/%2"_s.arg(numId).arg(ilvl);
            const int number = m_listCounters.value(key, level.start);
            block.number = number;
            m_listCounters.insert(key, number + 1);
        }
        // A deeper level starts again under a new item.
        for (int deeper = ilvl + 1; deeper < 9; ++deeper)
            m_listCounters.remove(u"%1/%2"_s.arg(numId).arg(deeper));
        m_listLevel = block.level;
    } else if (m_styles.is(style, DocxStyle::ListContinue) && m_listLevel > 0) {
        block.level = m_listLevel;
    } else {
        m_listLevel = 0;
    }
    return block;
}

DocxFieldReader::Look DocxFieldReader::runLook(const XmlNode &run, const Look &outer) const
{
    Look look = outer;
    const XmlNode *properties = run.child(w, u"rPr");
    if (!properties)
        return look;
    const QString style = valueOf(properties->child(w, u"rStyle"));
    look.bold = look.bold || m_styles.is(style, DocxStyle::Strong) || isOn(properties->child(w, u"b"));
    look.italic = look.italic || m_styles.is(style, DocxStyle::Emphasis) || isOn(properties->child(w, u"i"));
    look.placeholder = m_styles.is(style, DocxStyle::Placeholder);
    return look;
}

void DocxFieldReader::inlineContent(const XmlNode &parent, const Look &look)
{
    for (const XmlNode &node : parent.children) {
        if (!node.isElement())
            continue;
        if (node.is(w, u"r")) {
            runContent(node, runLook(node, look));
        } else if (node.is(w, u"hyperlink")) {
            Look linked = look;
            const QString id = node.attribute(r, u"id");
            if (!id.isEmpty() && m_linkTarget)
                linked.link = m_linkTarget(id);
            inlineContent(node, linked);
        } else if (node.is(w, u"ins") || node.is(w, u"moveTo")) {
            changeBy(node);
            inlineContent(node, look);
        } else if (node.is(w, u"del") || node.is(w, u"moveFrom")) {
            changeBy(node); // what the reviewer struck out is not in the field any more
        } else if (node.is(w, u"sdt")) {
            const bool opened = openControl(node, false);
            if (const XmlNode *content = node.child(w, u"sdtContent"))
                inlineContent(*content, look);
            if (opened)
                closeControl();
        } else if (node.is(w, u"smartTag") || node.is(w, u"customXml") || node.is(w, u"fldSimple") || node.is(w, u"dir")
                   || node.is(w, u"bdo")) {
            inlineContent(node, look);
        } else {
            marker(node);
        }
    }
}

void DocxFieldReader::runContent(const XmlNode &run, const Look &look)
{
    for (const XmlNode &node : run.children) {
        if (!node.isElement())
            continue;
        if (node.is(w, u"fldChar")) {
            const QString type = node.attribute(w, u"fldCharType");
            if (type == u"begin")
                m_inFieldInstruction = true;
            else if (type == u"separate" || type == u"end")
                m_inFieldInstruction = false;
        } else if (node.is(w, u"commentReference")) {
            marker(node);
        } else if (m_inFieldInstruction) {
            continue;
        } else if (node.is(w, u"t")) {
            text(node.textContent(), look);
        } else if (node.is(w, u"tab") || node.is(w, u"ptab")) {
            text(u"\t"_s, look);
        } else if (node.is(w, u"br") || node.is(w, u"cr")) {
            text(u"\n"_s, look);
        } else if (node.is(w, u"noBreakHyphen")) {
            text(u"-"_s, look);
        }
    }
}

void DocxFieldReader::text(const QString &text, const Look &look)
{
    for (const QString &anchor : m_openAnchors) {
        DocxCommentAnchor &a = m_anchors[anchor];
        a.quote += text;
        if (a.tag.isEmpty() && !m_open.isEmpty())
            a.tag = m_open.last().tag;
    }
    // A grey placeholder left in a field is not the reviewer's text.
    if (m_open.isEmpty() || look.placeholder)
        return;
    OpenField &field = m_open.last();
    if (!field.markdown) {
        field.text += text;
        return;
    }
    if (field.blocks.isEmpty())
        field.blocks.append(MarkdownBlock{});
    QList<MarkdownSpan> &spans = field.blocks.last().spans;
    if (!spans.isEmpty() && spans.last().bold == look.bold && spans.last().italic == look.italic && spans.last().link == look.link)
        spans.last().text += text;
    else
        spans.append({text, look.bold, look.italic, look.link});
}

void DocxFieldReader::changeBy(const XmlNode &change)
{
    const QString author = change.attribute(w, u"author");
    if (author.isEmpty())
        return;
    for (OpenField &field : m_open) {
        if (!field.changedBy.contains(author))
            field.changedBy.append(author);
    }
}

void DocxFieldReader::marker(const XmlNode &node)
{
    const QString id = node.attribute(w, u"id");
    if (node.is(w, u"commentRangeStart")) {
        if (!m_openAnchors.contains(id))
            m_openAnchors.append(id);
        DocxCommentAnchor &a = m_anchors[id];
        if (a.tag.isEmpty() && !m_open.isEmpty())
            a.tag = m_open.last().tag;
    } else if (node.is(w, u"commentRangeEnd")) {
        m_openAnchors.removeAll(id);
    }
    // A comment without a range (only its reference mark) is anchored where the mark is.
    if (node.is(w, u"commentReference") && !m_anchors.contains(id)) {
        DocxCommentAnchor &a = m_anchors[id];
        if (!m_open.isEmpty())
            a.tag = m_open.last().tag;
    }
}

} // namespace yttra

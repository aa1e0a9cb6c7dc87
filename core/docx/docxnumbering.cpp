// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxnumbering_p.h"

#include "docx/wordml_p.h"

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {


const XmlNode *childWith(const XmlNode &parent, QStringView name, QStringView attribute, int value)
{
    for (const XmlNode &c : parent.children) {
        if (c.is(w, name) && intAttribute(&c, attribute) == value)
            return &c;
    }
    return nullptr;
}

} // namespace

DocxNumbering::DocxNumbering(XmlNode &numbering, const XmlNode &ours) : m_numbering(numbering)
{
    int nextAbstract = 0;
    for (const XmlNode &c : numbering.children) {
        if (c.is(w, u"abstractNum"))
            nextAbstract = std::max(nextAbstract, intAttribute(&c, u"abstractNumId") + 1);
        if (c.is(w, u"num"))
            m_nextNumId = std::max(m_nextNumId, intAttribute(&c, u"numId") + 1);
    }
    // Every abstractNum comes before the first num (the schema's order).
    auto firstNum = std::find_if(numbering.children.begin(), numbering.children.end(), [](const XmlNode &c) {
        return c.is(w, u"num") || c.is(w, u"numIdMacAtCleanup");
    });
    qsizetype at = firstNum - numbering.children.begin();
    for (const XmlNode &definition : ours.children) {
        if (!definition.is(w, u"abstractNum"))
            continue;
        XmlNode copy = definition;
        const int id = nextAbstract++;
        copy.setAttribute(w, u"abstractNumId"_s, QString::number(id));
        const XmlNode *first = definition.child(w, u"lvl");
        const XmlNode *format = first ? first->child(w, u"numFmt") : nullptr;
        if (format && format->attribute(w, u"val") == u"bullet")
            m_bulletId = id;
        else
            m_numberId = id;
        numbering.children.insert(numbering.children.begin() + at++, std::move(copy));
    }
}

int DocxNumbering::newList(bool numbered, int start)
{
    const int numId = m_nextNumId++;
    XmlNode num = XmlNode::element(w, u"num"_s);
    num.setAttribute(w, u"numId"_s, QString::number(numId));
    num.appendElement(w, u"abstractNumId"_s).setAttribute(w, u"val"_s, QString::number(numbered ? m_numberId : m_bulletId));
    if (numbered && start != 1) {
        XmlNode &override = num.appendElement(w, u"lvlOverride"_s);
        override.setAttribute(w, u"ilvl"_s, u"0"_s);
        override.appendElement(w, u"startOverride"_s).setAttribute(w, u"val"_s, QString::number(start));
    }
    auto cleanup = std::find_if(m_numbering.children.begin(), m_numbering.children.end(),
                                [](const XmlNode &c) { return c.is(w, u"numIdMacAtCleanup"); });
    m_numbering.children.insert(cleanup, std::move(num));
    return numId;
}

DocxNumbering::Level DocxNumbering::level(const XmlNode &numbering, int numId, int ilvl)
{
    Level found;
    const XmlNode *num = childWith(numbering, u"num", u"numId", numId);
    if (!num)
        return found;
    const XmlNode *abstractRef = num->child(w, u"abstractNumId");
    const XmlNode *abstract = abstractRef ? childWith(numbering, u"abstractNum", u"abstractNumId", intAttribute(abstractRef, u"val")) : nullptr;
    const XmlNode *lvl = abstract ? childWith(*abstract, u"lvl", u"ilvl", ilvl) : nullptr;
    const XmlNode *override = childWith(*num, u"lvlOverride", u"ilvl", ilvl);
    if (override && override->child(w, u"lvl"))
        lvl = override->child(w, u"lvl");
    if (!lvl)
        return found;
    found.exists = true;
    const XmlNode *format = lvl->child(w, u"numFmt");
    const QString kind = format ? format->attribute(w, u"val") : u"decimal"_s;
    found.numbered = kind != u"bullet" && kind != u"none";
    if (const XmlNode *start = lvl->child(w, u"start"))
        found.start = intAttribute(start, u"val", 1);
    if (override) {
        if (const XmlNode *startOverride = override->child(w, u"startOverride"))
            found.start = intAttribute(startOverride, u"val", found.start);
    }
    return found;
}

} // namespace yttra

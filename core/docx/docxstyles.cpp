// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxstyles_p.h"

#include "docx/wordml_p.h"

#include <QStringList>

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {

/// One of Yttra's styles: its kind, its id in Yttra's own styles part and the names a
/// template may know it by (compared without case and spaces).
struct StyleDefinition
{
    DocxStyle style;
    const char16_t *type;
    const char16_t *ourId;
    QStringList names;
};

// In an order in which every style comes after the one it is based on.
const QList<StyleDefinition> &definitions()
{
    static const QList<StyleDefinition> all{
        {DocxStyle::Normal, u"paragraph", u"Normal", {u"Normal"_s, u"Normalt"_s}},
        {DocxStyle::Heading1, u"paragraph", u"Heading1", {u"heading 1"_s, u"Rubrik 1"_s}},
        {DocxStyle::Heading2, u"paragraph", u"Heading2", {u"heading 2"_s, u"Rubrik 2"_s}},
        {DocxStyle::Heading3, u"paragraph", u"Heading3", {u"heading 3"_s, u"Rubrik 3"_s}},
        {DocxStyle::Field, u"paragraph", u"Uppgift", {u"Uppgift"_s}},
        {DocxStyle::Subject, u"paragraph", u"Arendemening", {u"Ärendemening"_s, u"Arendemening"_s, u"Subject line"_s}},
        {DocxStyle::Recommendation, u"paragraph", u"Rekommendation", {u"Rekommendation"_s, u"Recommendation"_s}},
        {DocxStyle::ListBullet, u"paragraph", u"ListBullet", {u"List Bullet"_s, u"Punktlista"_s}},
        {DocxStyle::ListNumber, u"paragraph", u"ListNumber", {u"List Number"_s, u"Numrerad lista"_s, u"Numreradlista"_s}},
        {DocxStyle::ListContinue, u"paragraph", u"ListContinue", {u"List Continue"_s, u"Listfortsättning"_s}},
        {DocxStyle::TableHeading, u"paragraph", u"Tabellrubrik", {u"Tabellrubrik"_s, u"Table Heading"_s}},
        {DocxStyle::TableText, u"paragraph", u"Tabelltext", {u"Tabelltext"_s, u"Table Contents"_s, u"Tabellinnehåll"_s}},
        {DocxStyle::TableMark, u"paragraph", u"Tabellmarkering", {u"Tabellmarkering"_s}},
        {DocxStyle::Signature, u"paragraph", u"Underskrift", {u"Underskrift"_s}},
        {DocxStyle::SignatureLine, u"paragraph", u"Underskriftsrad", {u"Underskriftsrad"_s}},
        {DocxStyle::Header, u"paragraph", u"Header", {u"header"_s, u"Sidhuvud"_s}},
        {DocxStyle::Footer, u"paragraph", u"Footer", {u"footer"_s, u"Sidfot"_s}},
        {DocxStyle::Strong, u"character", u"Strong", {u"Strong"_s, u"Stark"_s}},
        {DocxStyle::Emphasis, u"character", u"Emphasis", {u"Emphasis"_s, u"Betoning"_s}},
        {DocxStyle::Hyperlink, u"character", u"Hyperlink", {u"Hyperlink"_s, u"Hyperlänk"_s}},
        {DocxStyle::Placeholder, u"character", u"PlaceholderText", {u"Placeholder Text"_s, u"Platshållartext"_s}},
        {DocxStyle::Table, u"table", u"TableGrid", {u"Table Grid"_s, u"Tabellrutnät"_s}},
    };
    return all;
}

QString normalized(QStringView name)
{
    QString s;
    for (QChar c : name) {
        if (!c.isSpace())
            s += c.toLower();
    }
    return s;
}


/// The style of this type whose id or name is one of `names`; nullptr when there is none.
const XmlNode *findStyle(const XmlNode &styles, QStringView type, const QStringList &names)
{
    QStringList wanted;
    for (const QString &n : names)
        wanted.append(normalized(n));
    // Names first: a template's "Rubrik1" may be any style, its "heading 1" is Heading 1.
    for (const bool byName : {true, false}) {
        for (const XmlNode &style : styles.children) {
            if (!style.is(w, u"style") || style.attribute(w, u"type") != type)
                continue;
            const QString key = normalized(byName ? valueOf(style.child(w, u"name")) : style.attribute(w, u"styleId"));
            if (!key.isEmpty() && wanted.contains(key))
                return &style;
        }
    }
    return nullptr;
}

bool hasStyleId(const XmlNode &styles, const QString &id)
{
    for (const XmlNode &style : styles.children) {
        if (style.is(w, u"style") && style.attribute(w, u"styleId") == id)
            return true;
    }
    return false;
}

QString defaultStyleId(const XmlNode &styles, QStringView type)
{
    for (const XmlNode &style : styles.children) {
        if (style.is(w, u"style") && style.attribute(w, u"type") == type && style.attribute(w, u"default") == u"1")
            return style.attribute(w, u"styleId");
    }
    return QString();
}

const XmlNode *ourStyle(const XmlNode &ours, QStringView id)
{
    for (const XmlNode &style : ours.children) {
        if (style.is(w, u"style") && style.attribute(w, u"styleId") == id)
            return &style;
    }
    return nullptr;
}

} // namespace

DocxStyles DocxStyles::find(const XmlNode &styles)
{
    DocxStyles found;
    for (const StyleDefinition &d : definitions()) {
        if (const XmlNode *style = findStyle(styles, d.type, d.names))
            found.m_ids[std::size_t(d.style)] = style->attribute(w, u"styleId");
    }
    return found;
}

DocxStyles DocxStyles::adopt(XmlNode &styles, const XmlNode &ours)
{
    DocxStyles adopted = find(styles);
    // Our ids as the document now spells them, for basedOn, next and link of copied styles.
    QHash<QString, QString> renamed;
    for (const StyleDefinition &d : definitions()) {
        if (!adopted.id(d.style).isEmpty())
            renamed.insert(QString::fromUtf16(d.ourId), adopted.id(d.style));
    }
    for (const StyleDefinition &d : definitions()) {
        if (!adopted.id(d.style).isEmpty())
            continue;
        const XmlNode *definition = ourStyle(ours, d.ourId);
        if (!definition)
            continue;
        XmlNode copy = *definition;
        QString id = QString::fromUtf16(d.ourId);
        if (hasStyleId(styles, id))
            id = u"Yttra"_s + id; // the template uses our id for a style of its own
        copy.setAttribute(w, u"styleId"_s, id);
        copy.attributes.erase(std::remove_if(copy.attributes.begin(), copy.attributes.end(),
                                             [](const QXmlStreamAttribute &a) { return a.name() == u"default"; }),
                              copy.attributes.end());
        for (const char16_t *reference : {u"basedOn", u"next", u"link"}) {
            XmlNode *ref = copy.child(w, reference);
            if (!ref)
                continue;
            const QString target = ref->attribute(w, u"val");
            QString mapped = renamed.value(target);
            if (mapped.isEmpty() && ourStyle(ours, target) && ourStyle(ours, target)->attribute(w, u"default") == u"1")
                mapped = defaultStyleId(styles, ourStyle(ours, target)->attribute(w, u"type"));
            if (mapped.isEmpty())
                copy.removeChildren(w, reference);
            else
                ref->setAttribute(w, u"val"_s, mapped);
        }
        styles.append(std::move(copy));
        adopted.m_ids[std::size_t(d.style)] = id;
        renamed.insert(QString::fromUtf16(d.ourId), id);
    }
    return adopted;
}

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/xmlnode_p.h"

#include <QString>
#include <QStringList>

namespace yttra::wordml {

// The namespaces of a WordprocessingML package (ECMA-376) that Yttra reads and writes.
inline const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString r = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString w14 = QStringLiteral("http://schemas.microsoft.com/office/word/2010/wordml");
inline const QString w15 = QStringLiteral("http://schemas.microsoft.com/office/word/2012/wordml");
inline const QString xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");
inline const QString packageRelationships = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
inline const QString contentTypes = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
inline const QString coreProperties = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
inline const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
inline const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
inline const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
inline const QString customProperties = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties");
inline const QString variantTypes = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
inline const QString customXml = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/customXml");
inline const QString wordDrawing = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
inline const QString drawing = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString picture = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
inline const QString decorative = QStringLiteral("http://schemas.microsoft.com/office/drawing/2017/decorative");
inline const QString svgPicture = QStringLiteral("http://schemas.microsoft.com/office/drawing/2016/SVG/main");

// Relationship types.
inline const QString officeDocumentRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
inline const QString stylesRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles");
inline const QString numberingRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering");
inline const QString headerRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/header");
inline const QString footerRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer");
inline const QString commentsRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments");
inline const QString commentsExtendedRelationship = QStringLiteral("http://schemas.microsoft.com/office/2011/relationships/commentsExtended");
inline const QString imageRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
inline const QString hyperlinkRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink");
inline const QString customXmlRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml");
inline const QString customXmlPropsRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps");
inline const QString corePropertiesRelationship = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties");
inline const QString customPropertiesRelationship = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties");

// Content types.
inline const QString documentContentType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
inline const QString templateContentType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
inline const QString macroDocumentContentType = QStringLiteral("application/vnd.ms-word.document.macroEnabled.main+xml");
inline const QString macroTemplateContentType = QStringLiteral("application/vnd.ms-word.template.macroEnabledTemplate.main+xml");
inline const QString headerContentType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
inline const QString numberingContentType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
inline const QString stylesContentType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
inline const QString corePropertiesContentType = QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml");
inline const QString customPropertiesContentType = QStringLiteral("application/vnd.openxmlformats-officedocument.custom-properties+xml");
inline const QString customXmlPropertiesContentType = QStringLiteral("application/vnd.openxmlformats-officedocument.customXmlProperties+xml");

// Reading WordprocessingML's small elements.

/// The w:val of a property element (w:pStyle, w:numId, w:tag …); empty when there is none.
inline QString valueOf(const XmlNode *node)
{
    return node ? node->attribute(w, u"val") : QString();
}

/// A w: attribute as a whole number, or `fallback` when it is missing or not a number.
inline int intAttribute(const XmlNode *node, QStringView name, int fallback = -1)
{
    bool ok = false;
    const int value = node ? node->attribute(w, name).toInt(&ok) : 0;
    return ok ? value : fallback;
}

/// A content control's names, as a template finds it: its tag, then its title (w:alias).
inline QStringList controlNames(const XmlNode &sdt)
{
    const XmlNode *properties = sdt.child(w, u"sdtPr");
    if (!properties)
        return {};
    return {valueOf(properties->child(w, u"tag")), valueOf(properties->child(w, u"alias"))};
}

} // namespace yttra::wordml

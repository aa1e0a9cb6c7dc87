// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <QXmlStreamAttributes>
#include <QXmlStreamNamespaceDeclarations>

#include <functional>
#include <vector>

namespace yttra {

/// One node of an XML part of a package, read and written with Qt's XML stream classes: an
/// element with its namespace, attributes, the namespace declarations it makes (kept with
/// their prefixes, which Word's mc:Ignorable names) and children; or text, a comment or a
/// processing instruction kept as they are. A template's parts are changed as trees so that
/// everything Yttra does not know passes through untouched.
struct XmlNode
{
    enum class Kind { Element, Text, Comment, ProcessingInstruction };

    Kind kind = Kind::Element;
    QString namespaceUri;
    QString name; // an element's local name; a processing instruction's target
    QXmlStreamAttributes attributes;
    QXmlStreamNamespaceDeclarations declarations;
    std::vector<XmlNode> children;
    QString text; // text, a comment, a processing instruction's data

    static XmlNode element(const QString &namespaceUri, const QString &name);
    static XmlNode textNode(const QString &text);

    bool isElement() const { return kind == Kind::Element; }
    bool is(QStringView namespaceUri, QStringView name) const;

    /// Appends a child and returns it (valid until the children change again).
    XmlNode &append(XmlNode child);
    XmlNode &appendElement(const QString &namespaceUri, const QString &name);

    /// The first child element with this name, or nullptr.
    XmlNode *child(QStringView namespaceUri, QStringView name);
    const XmlNode *child(QStringView namespaceUri, QStringView name) const;
    /// This node, or else the first below it in document order, that `match` accepts; nullptr when none does.
    const XmlNode *find(const std::function<bool(const XmlNode &)> &match) const;
    /// Removes the child elements with this name; returns how many.
    int removeChildren(QStringView namespaceUri, QStringView name);

    QString attribute(QStringView namespaceUri, QStringView name) const;
    bool hasAttribute(QStringView namespaceUri, QStringView name) const;
    void setAttribute(const QString &namespaceUri, const QString &name, const QString &value);

    /// Every text node below, in document order.
    QString textContent() const;
};

/// Parses and writes whole XML parts.
class XmlPart
{
    Q_DECLARE_TR_FUNCTIONS(XmlPart)

public:
    /// Elements nested deeper are refused: Word nests tables in tables a few levels, and the
    /// tree is freed and walked recursively, so a part nested a million deep would overflow
    /// the stack (docs/reliability.md, "Limits").
    static constexpr int maxDepth = 256;

    /// The root element, or why the bytes are not well-formed XML. Document type
    /// declarations and elements nested deeper than maxDepth are refused: no part of an
    /// Office package has either.
    static Result<XmlNode, QString> parse(const QByteArray &xml);
    /// The part's bytes: an XML declaration (standalone, as Office writes it), then the root.
    static QByteArray write(const XmlNode &root);
};

} // namespace yttra

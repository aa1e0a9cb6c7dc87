// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/xmlnode_p.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace yttra {

XmlNode XmlNode::element(const QString &namespaceUri, const QString &name)
{
    XmlNode node;
    node.namespaceUri = namespaceUri;
    node.name = name;
    return node;
}

XmlNode XmlNode::textNode(const QString &text)
{
    XmlNode node;
    node.kind = Kind::Text;
    node.text = text;
    return node;
}

bool XmlNode::is(QStringView uri, QStringView localName) const
{
    return kind == Kind::Element && name == localName && namespaceUri == uri;
}

XmlNode &XmlNode::append(XmlNode child)
{
    children.push_back(std::move(child));
    return children.back();
}

XmlNode &XmlNode::appendElement(const QString &uri, const QString &localName)
{
    return append(element(uri, localName));
}

XmlNode *XmlNode::child(QStringView uri, QStringView localName)
{
    for (XmlNode &c : children) {
        if (c.is(uri, localName))
            return &c;
    }
    return nullptr;
}

const XmlNode *XmlNode::child(QStringView uri, QStringView localName) const
{
    return const_cast<XmlNode *>(this)->child(uri, localName);
}

const XmlNode *XmlNode::find(const std::function<bool(const XmlNode &)> &match) const
{
    if (match(*this))
        return this;
    for (const XmlNode &c : children) {
        if (const XmlNode *found = c.find(match))
            return found;
    }
    return nullptr;
}

int XmlNode::removeChildren(QStringView uri, QStringView localName)
{
    const auto before = children.size();
    std::erase_if(children, [&](const XmlNode &c) { return c.is(uri, localName); });
    return int(before - children.size());
}

QString XmlNode::attribute(QStringView uri, QStringView localName) const
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName && a.namespaceUri() == uri)
            return a.value().toString();
    }
    return QString();
}

bool XmlNode::hasAttribute(QStringView uri, QStringView localName) const
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName && a.namespaceUri() == uri)
            return true;
    }
    return false;
}

void XmlNode::setAttribute(const QString &uri, const QString &localName, const QString &value)
{
    for (QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName && a.namespaceUri() == uri) {
            a = QXmlStreamAttribute(uri, localName, value);
            return;
        }
    }
    attributes.append(uri.isEmpty() ? QXmlStreamAttribute(localName, value) : QXmlStreamAttribute(uri, localName, value));
}

QString XmlNode::textContent() const
{
    if (kind == Kind::Text)
        return text;
    QString all;
    for (const XmlNode &c : children)
        all += c.textContent();
    return all;
}

Result<XmlNode, QString> XmlPart::parse(const QByteArray &xml)
{
    using R = Result<XmlNode, QString>;
    QXmlStreamReader reader(xml);
    XmlNode root;
    bool haveRoot = false;
    std::vector<XmlNode *> open;
    auto where = [&reader] { return tr("line %1, column %2").arg(reader.lineNumber()).arg(reader.columnNumber()); };

    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (open.size() >= maxDepth)
                return R::failure(tr("%1: elements nested deeper than %2 levels").arg(where()).arg(maxDepth));
            XmlNode node = XmlNode::element(reader.namespaceUri().toString(), reader.name().toString());
            node.attributes = reader.attributes();
            node.declarations = reader.namespaceDeclarations();
            if (open.empty()) {
                root = std::move(node);
                haveRoot = true;
                open.push_back(&root);
            } else {
                open.push_back(&open.back()->append(std::move(node)));
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            open.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty())
                open.back()->append(XmlNode::textNode(reader.text().toString()));
            break;
        case QXmlStreamReader::Comment:
            if (!open.empty()) {
                XmlNode comment;
                comment.kind = XmlNode::Kind::Comment;
                comment.text = reader.text().toString();
                open.back()->append(std::move(comment));
            }
            break;
        case QXmlStreamReader::ProcessingInstruction:
            if (!open.empty()) {
                XmlNode instruction;
                instruction.kind = XmlNode::Kind::ProcessingInstruction;
                instruction.name = reader.processingInstructionTarget().toString();
                instruction.text = reader.processingInstructionData().toString();
                open.back()->append(std::move(instruction));
            }
            break;
        case QXmlStreamReader::DTD:
            return R::failure(tr("%1: a document type declaration, which no part of a package has").arg(where()));
        case QXmlStreamReader::EntityReference:
            return R::failure(tr("%1: an unknown entity &%2;").arg(where(), reader.name().toString()));
        default:
            break;
        }
    }
    if (reader.hasError())
        return R::failure(tr("%1: %2").arg(where(), reader.errorString()));
    if (!haveRoot)
        return R::failure(tr("it has no root element"));
    return root;
}

namespace {

void writeNode(QXmlStreamWriter &writer, const XmlNode &node)
{
    switch (node.kind) {
    case XmlNode::Kind::Text:
        writer.writeCharacters(node.text);
        return;
    case XmlNode::Kind::Comment:
        writer.writeComment(node.text);
        return;
    case XmlNode::Kind::ProcessingInstruction:
        writer.writeProcessingInstruction(node.name, node.text);
        return;
    case XmlNode::Kind::Element:
        break;
    }
    // Declarations first, so the element is written with the prefixes it was read with.
    for (const QXmlStreamNamespaceDeclaration &d : node.declarations) {
        if (d.prefix().isEmpty())
            writer.writeDefaultNamespace(d.namespaceUri().toString());
        else
            writer.writeNamespace(d.namespaceUri().toString(), d.prefix().toString());
    }
    if (node.namespaceUri.isEmpty())
        writer.writeStartElement(node.name);
    else
        writer.writeStartElement(node.namespaceUri, node.name);
    for (const QXmlStreamAttribute &a : node.attributes) {
        if (a.namespaceUri().isEmpty())
            writer.writeAttribute(a.name().toString(), a.value().toString());
        else
            writer.writeAttribute(a.namespaceUri().toString(), a.name().toString(), a.value().toString());
    }
    for (const XmlNode &c : node.children)
        writeNode(writer, c);
    writer.writeEndElement();
}

} // namespace

QByteArray XmlPart::write(const XmlNode &root)
{
    // Into a string, encoded once at the end: a writer on a QByteArray goes through a
    // QBuffer and an encoder for every piece, which made writing the parts half the export.
    // A writer on a string declares no encoding, so the declaration is Office's own.
    QString text = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"_s;
    QXmlStreamWriter writer(&text);
    writeNode(writer, root);
    writer.writeEndDocument();
    return text.toUtf8();
}

} // namespace yttra

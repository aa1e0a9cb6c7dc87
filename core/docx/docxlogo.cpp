// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxlogo_p.h"

#include "docx/wordml_p.h"
#include "pdf/pdfstyle.h"

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {

constexpr double emuPerPoint = 12700;
// Sharp in print: the picture Word gets is drawn at this many pixels per inch.
constexpr double pixelsPerInch = 600;
// Word's own mark for a decorative picture, which screen readers pass over.
const QString decorativeExtension = u"{C183D7F6-B498-43B3-948B-1728B52AA6E4}"_s;
// Word 2016 and later draw an SVG given beside the PNG, as vectors; others show the PNG.
const QString svgExtension = u"{96DAC541-7B7A-43D3-8B79-37D633B846F1}"_s;

bool isLogoName(const QString &name)
{
    return name.compare(u"Logotyp"_s, Qt::CaseInsensitive) == 0 || name.compare(u"logo"_s, Qt::CaseInsensitive) == 0;
}

XmlNode element(const QString &namespaceUri, const QString &name, std::initializer_list<std::pair<QString, QString>> attributes = {})
{
    XmlNode node = XmlNode::element(namespaceUri, name);
    for (const auto &[key, value] : attributes)
        node.setAttribute({}, key, value);
    return node;
}

/// The highest value of a numeric attribute on the elements `match` accepts, anywhere in the tree.
int highest(const XmlNode &node, const std::function<int(const XmlNode &)> &valueOf)
{
    int result = valueOf(node);
    for (const XmlNode &child : node.children)
        result = std::max(result, highest(child, valueOf));
    return result;
}

int controlId(const XmlNode &node)
{
    return node.is(w, u"sdtPr") ? intAttribute(node.child(w, u"id"), u"val", 0) : 0;
}

void renumberControls(XmlNode &node, int &next)
{
    if (node.is(w, u"sdtPr")) {
        if (XmlNode *id = node.child(w, u"id"))
            id->setAttribute(w, u"val"_s, QString::number(next++));
    }
    for (XmlNode &child : node.children)
        renumberControls(child, next);
}

} // namespace

DocxLogo::DocxLogo(DocxPackage &package, const LogoImage &logo) : m_package(package), m_logo(logo)
{
}

int DocxLogo::unusedDrawingId()
{
    int used = 0;
    for (const QString &part : m_package.textParts()) {
        if (const XmlNode *root = m_package.tree(part)) {
            used = std::max(used, highest(*root, [](const XmlNode &node) {
                return node.is(wordDrawing, u"docPr") ? node.attribute({}, u"id").toInt() : 0;
            }));
        }
    }
    return used + 1;
}

XmlNode DocxLogo::pictureRun(const QString &part)
{
    const PdfStyle style;
    const QSizeF size = m_logo.fittedSize({style.logoMaxWidth, style.logoMaxHeight});
    if (m_media.isEmpty()) {
        m_media = m_package.unusedPartName(u"word/media/logo"_s, u".png"_s);
        m_package.setRaw(m_media, m_logo.png(int(std::lround(size.height() / 72 * pixelsPerInch))));
        m_package.setContentType(m_media, u"image/png"_s);
        if (LogoImage::mediaTypeOf(m_logo.logo().data) == LogoImage::svgType) {
            m_vector = m_media.chopped(4) + u".svg"_s;
            m_package.setRaw(m_vector, m_logo.logo().data);
            m_package.setContentType(m_vector, LogoImage::svgType.toString());
        }
    }
    const auto relate = [this, &part](const QString &media) {
        const QString folder = part.left(part.lastIndexOf(u'/') + 1);
        const QString target = media.startsWith(folder) && !folder.isEmpty() ? media.mid(folder.size()) : u"/"_s + media;
        return m_package.addRelationship(part, imageRelationship, target);
    };
    const QString relationship = relate(m_media);
    const QString cx = QString::number(std::lround(size.width() * emuPerPoint));
    const QString cy = QString::number(std::lround(size.height() * emuPerPoint));
    const QString id = QString::number(unusedDrawingId());
    const QString description = m_logo.logo().description.trimmed();

    XmlNode inline_ = element(wordDrawing, u"inline"_s, {{u"distT"_s, u"0"_s}, {u"distB"_s, u"0"_s}, {u"distL"_s, u"0"_s}, {u"distR"_s, u"0"_s}});
    inline_.append(element(wordDrawing, u"extent"_s, {{u"cx"_s, cx}, {u"cy"_s, cy}}));
    inline_.append(element(wordDrawing, u"effectExtent"_s, {{u"l"_s, u"0"_s}, {u"t"_s, u"0"_s}, {u"r"_s, u"0"_s}, {u"b"_s, u"0"_s}}));
    XmlNode &properties = inline_.append(element(wordDrawing, u"docPr"_s, {{u"id"_s, id}, {u"name"_s, u"Logo"_s}, {u"descr"_s, description}}));
    if (description.isEmpty()) {
        XmlNode &extension = properties.appendElement(drawing, u"extLst"_s).append(element(drawing, u"ext"_s, {{u"uri"_s, decorativeExtension}}));
        XmlNode &mark = extension.append(element(decorative, u"decorative"_s, {{u"val"_s, u"1"_s}}));
        mark.declarations.append(QXmlStreamNamespaceDeclaration(u"adec"_s, decorative));
    }
    inline_.appendElement(wordDrawing, u"cNvGraphicFramePr"_s).append(element(drawing, u"graphicFrameLocks"_s, {{u"noChangeAspect"_s, u"1"_s}}));
    XmlNode &pic = inline_.appendElement(drawing, u"graphic"_s)
                       .append(element(drawing, u"graphicData"_s, {{u"uri"_s, picture}}))
                       .appendElement(picture, u"pic"_s);
    XmlNode &nonVisual = pic.appendElement(picture, u"nvPicPr"_s);
    nonVisual.append(element(picture, u"cNvPr"_s, {{u"id"_s, u"0"_s}, {u"name"_s, m_media.section(u'/', -1)}, {u"descr"_s, description}}));
    nonVisual.appendElement(picture, u"cNvPicPr"_s);
    XmlNode &fill = pic.appendElement(picture, u"blipFill"_s);
    XmlNode &blip = fill.appendElement(drawing, u"blip"_s);
    blip.setAttribute(r, u"embed"_s, relationship);
    if (!m_vector.isEmpty()) {
        XmlNode &svg = blip.appendElement(drawing, u"extLst"_s)
                           .append(element(drawing, u"ext"_s, {{u"uri"_s, svgExtension}}))
                           .appendElement(svgPicture, u"svgBlip"_s);
        svg.declarations.append(QXmlStreamNamespaceDeclaration(u"asvg"_s, svgPicture));
        svg.setAttribute(r, u"embed"_s, relate(m_vector));
    }
    fill.appendElement(drawing, u"stretch"_s).appendElement(drawing, u"fillRect"_s);
    XmlNode &shape = pic.appendElement(picture, u"spPr"_s);
    XmlNode &transform = shape.appendElement(drawing, u"xfrm"_s);
    transform.append(element(drawing, u"off"_s, {{u"x"_s, u"0"_s}, {u"y"_s, u"0"_s}}));
    transform.append(element(drawing, u"ext"_s, {{u"cx"_s, cx}, {u"cy"_s, cy}}));
    shape.append(element(drawing, u"prstGeom"_s, {{u"prst"_s, u"rect"_s}})).appendElement(drawing, u"avLst"_s);

    XmlNode run = XmlNode::element(w, u"r"_s);
    XmlNode &drawingNode = run.appendElement(w, u"drawing"_s);
    for (const auto &[prefix, uri] : {std::pair{u"wp"_s, wordDrawing}, {u"a"_s, drawing}, {u"pic"_s, picture}})
        drawingNode.declarations.append(QXmlStreamNamespaceDeclaration(prefix, uri));
    drawingNode.append(std::move(inline_));
    return run;
}

void DocxLogo::addFirstPageHeader()
{
    const QString main = m_package.mainPart();
    XmlNode *body = m_package.tree(main)->child(w, u"body");
    XmlNode *section = body ? body->child(w, u"sectPr") : nullptr;
    if (!section)
        return;

    // The default header's copy, its content controls numbered after every one in use, so
    // that the template fill finds and fills them like the default header's.
    XmlNode header = XmlPart::parse(DocxPackage::builtInPart(u"header1.xml"_s)).value();
    int next = 1;
    for (const QString &part : m_package.textParts()) {
        if (const XmlNode *root = m_package.tree(part))
            next = std::max(next, highest(*root, controlId) + 1);
    }
    renumberControls(header, next);

    const QString part = m_package.unusedPartName(u"word/header"_s, u".xml"_s);
    if (XmlNode *first = header.child(w, u"p")) {
        const auto afterProperties = std::find_if_not(first->children.begin(), first->children.end(),
                                                      [](const XmlNode &c) { return c.is(w, u"pPr") || !c.isElement(); });
        XmlNode space = XmlNode::element(w, u"r"_s);
        XmlNode &text = space.appendElement(w, u"t"_s);
        text.setAttribute(xml, u"space"_s, u"preserve"_s);
        text.append(XmlNode::textNode(u" "_s));
        const auto at = first->children.insert(afterProperties, pictureRun(part));
        first->children.insert(at + 1, std::move(space));
    }
    const QString relationship = m_package.addRelationship(main, headerRelationship, part.mid(part.lastIndexOf(u'/') + 1));
    m_package.setContentType(part, headerContentType);
    m_package.treeOrNew(part, w, u"hdr"_s) = std::move(header);

    // References come first in a section's properties, titlePg before the few that follow it.
    XmlNode reference = XmlNode::element(w, u"headerReference"_s);
    reference.setAttribute(w, u"type"_s, u"first"_s);
    reference.setAttribute(r, u"id"_s, relationship);
    auto children = &section->children;
    const auto lastReference = std::find_if(children->rbegin(), children->rend(), [](const XmlNode &c) {
        return c.is(w, u"headerReference") || c.is(w, u"footerReference");
    });
    children->insert(lastReference.base(), std::move(reference));
    section->removeChildren(w, u"titlePg");
    const auto after = std::find_if(children->begin(), children->end(), [](const XmlNode &c) {
        static const QStringList later{u"textDirection"_s, u"bidi"_s, u"rtlGutter"_s, u"docGrid"_s, u"printerSettings"_s, u"sectPrChange"_s};
        return c.namespaceUri == w && later.contains(c.name);
    });
    children->insert(after, XmlNode::element(w, u"titlePg"_s));
}

bool DocxLogo::fillTemplatePlace()
{
    // Every place: a template may ask for the logo in its first page's header and in the
    // header of the pages after it.
    int filled = 0;
    for (const QString &part : m_package.textParts()) {
        if (XmlNode *root = m_package.tree(part))
            filled += fillPlaces(*root, part);
    }
    return filled > 0;
}

int DocxLogo::fillPlaces(XmlNode &node, const QString &part)
{
    if (node.is(w, u"sdt")) {
        const QStringList names = controlNames(node);
        if (std::any_of(names.begin(), names.end(), isLogoName)) {
            if (XmlNode *properties = node.child(w, u"sdtPr"))
                properties->removeChildren(w, u"showingPlcHdr");
            XmlNode *content = node.child(w, u"sdtContent");
            if (!content)
                content = &node.appendElement(w, u"sdtContent"_s);
            // A control around paragraphs gets a paragraph (keeping the first one's look), one
            // inside a paragraph a run.
            const XmlNode *paragraph = content->child(w, u"p");
            XmlNode replacement = pictureRun(part);
            if (paragraph) {
                XmlNode p = XmlNode::element(w, u"p"_s);
                if (const XmlNode *look = paragraph->child(w, u"pPr"))
                    p.append(*look);
                p.append(std::move(replacement));
                replacement = std::move(p);
            }
            content->children.clear();
            content->append(std::move(replacement));
            return 1;
        }
    }
    int filled = 0;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
        XmlNode &child = node.children[i];
        if (child.is(w, u"bookmarkStart") && isLogoName(child.attribute(w, u"name"))) {
            XmlNode run = pictureRun(part);
            if (!node.is(w, u"p")) {
                XmlNode p = XmlNode::element(w, u"p"_s);
                p.append(std::move(run));
                run = std::move(p);
            }
            node.children.insert(node.children.begin() + std::ptrdiff_t(i) + 1, std::move(run));
            ++filled;
            ++i; // past the picture
            continue;
        }
        filled += fillPlaces(child, part);
    }
    return filled;
}

} // namespace yttra

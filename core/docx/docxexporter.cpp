// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxexporter.h"

#include "base/savefile.h"
#include "docx/docxbody_p.h"
#include "docx/docxfieldreader_p.h"
#include "docx/docxlogo_p.h"
#include "docx/docxpackage_p.h"
#include "docx/docxtemplatefill_p.h"
#include "docx/wordml_p.h"
#include "language/documentlabels.h"
#include "pdf/pdfblockbuilder.h"
#include "pdf/pdfdocument.h"

#include <QDateTime>
#include <QDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {

using Field = DocxFields::TemplateField;

XmlNode ourPart(const QString &name)
{
    return XmlPart::parse(DocxPackage::builtInPart(name)).value();
}

/// The part related to the main part by `type`, created from Yttra's own when missing.
XmlNode &relatedPart(DocxPackage &package, const QString &type, const QString &name, const QString &contentType,
                     const QString &rootName)
{
    const QString main = package.mainPart();
    QString part = package.related(main, type).value(0);
    if (part.isEmpty() || !package.tree(part)) {
        part = package.unusedPartName(u"word/"_s + name, u".xml"_s);
        package.addRelationship(main, type, part.mid(part.lastIndexOf(u'/') + 1));
        package.setContentType(part, contentType);
        return package.treeOrNew(part, w, rootName);
    }
    return *package.tree(part);
}

/// The width between the margins of the body's last section, in twips.
int textWidth(const XmlNode &body)
{
    const XmlNode *section = body.child(w, u"sectPr");
    const XmlNode *size = section ? section->child(w, u"pgSz") : nullptr;
    const XmlNode *margins = section ? section->child(w, u"pgMar") : nullptr;
    const int width = intAttribute(size, u"w", 11906) - intAttribute(margins, u"left", 1417) - intAttribute(margins, u"right", 1417);
    return width > 1000 ? width : 9072;
}

/// The header block's lines a template shows in places of its own are left out of the body.
QList<PdfBlock> withoutTemplatePlaces(QList<PdfBlock> blocks, const QSet<Field::Value> &places)
{
    auto shows = [](const PdfBlock &block, std::initializer_list<QStringView> pointers) {
        for (const PdfSpan &span : block.spans) {
            for (QStringView pointer : pointers) {
                if (span.sources.contains(pointer.toString()))
                    return true;
            }
        }
        return false;
    };
    blocks.removeIf([&](const PdfBlock &block) {
        if (block.look == PdfBlock::Look::Field) {
            return (places.contains(Field::Value::Date) && shows(block, {u"/date"}))
                || (places.contains(Field::Value::CaseNumber) && shows(block, {u"/caseNumber"}))
                || (places.contains(Field::Value::Address) && shows(block, {u"/address"}))
                || (places.contains(Field::Value::Recipient) && shows(block, {u"/recipient", u"/audit/auditor"}));
        }
        // The template's heading (Rubrik) stands for the document type and the subject line.
        return places.contains(Field::Value::Title) && (block.look == PdfBlock::Look::Subject || block.kind == PdfBlock::Kind::Heading1);
    });
    return blocks;
}

void setCoreProperties(DocxPackage &package, const Statement &statement, const QString &author, const QString &now)
{
    QString part = package.related(QString(), corePropertiesRelationship).value(0);
    if (part.isEmpty()) {
        part = u"docProps/core.xml"_s;
        package.addRelationship(QString(), corePropertiesRelationship, part);
        package.setContentType(part, corePropertiesContentType);
    }
    const bool existed = package.tree(part) != nullptr;
    XmlNode &core = package.treeOrNew(part, coreProperties, u"coreProperties"_s);
    if (!existed) {
        core.declarations = {};
        core.declarations.append(QXmlStreamNamespaceDeclaration(u"cp"_s, coreProperties));
    }
    for (const auto &[prefix, uri] : {std::pair{u"dc"_s, dc}, {u"dcterms"_s, dcterms}, {u"xsi"_s, xsi}}) {
        bool declared = false;
        for (const QXmlStreamNamespaceDeclaration &d : std::as_const(core.declarations))
            declared = declared || d.namespaceUri() == uri;
        if (!declared)
            core.declarations.append(QXmlStreamNamespaceDeclaration(prefix, uri));
    }
    auto set = [&core](const QString &uri, const QString &name, const QString &value, bool dated = false) {
        core.removeChildren(uri, name);
        if (value.isEmpty())
            return;
        XmlNode &node = core.appendElement(uri, name);
        if (dated)
            node.setAttribute(xsi, u"type"_s, u"dcterms:W3CDTF"_s);
        node.append(XmlNode::textNode(value));
    };
    // The same title, author, subject, keywords and language as the PDF.
    const PdfDocumentInfo info = PdfDocument::info(statement);
    set(dc, u"title"_s, info.title);
    set(dc, u"subject"_s, info.subject);
    set(dc, u"creator"_s, info.author);
    set(coreProperties, u"keywords"_s, info.keywords);
    set(dc, u"description"_s, QString());
    set(coreProperties, u"lastModifiedBy"_s, author);
    set(dc, u"language"_s, info.pdfLanguage);
    set(dcterms, u"created"_s, now, true);
    set(dcterms, u"modified"_s, now, true);
}

/// Keeps the fields as exported in the document (a custom XML part, which Word carries along),
/// so that reading a review back can tell the reviewer's changes from the secretary's.
/// The values as exported, and who exported it when: the core properties say the same until
/// someone saves the document again (Word sets "last modified by" and "modified" then).
void addRecord(DocxPackage &package, const Statement &statement, const QList<DocxFieldText> &fields, const QString &author, const QString &now)
{
    const QString ns = DocxExporter::recordNamespace();
    XmlNode record = XmlNode::element(ns, u"export"_s);
    record.declarations.append(QXmlStreamNamespaceDeclaration(u"yttra"_s, ns));
    record.setAttribute({}, u"board"_s, statement.board);
    record.setAttribute({}, u"auditReference"_s, statement.audit.reference);
    record.setAttribute({}, u"caseNumber"_s, statement.caseNumber);
    record.setAttribute({}, u"kind"_s, enumName(statementKindNames, statement.kind));
    record.setAttribute({}, u"exported"_s, now);
    record.setAttribute({}, u"author"_s, author);
    QSet<QString> seen;
    for (const DocxFieldText &field : fields) {
        if (seen.contains(field.tag))
            continue;
        seen.insert(field.tag);
        XmlNode &entry = record.appendElement(ns, u"field"_s);
        entry.setAttribute({}, u"tag"_s, field.tag);
        entry.append(XmlNode::textNode(field.value));
    }
    const QString item = package.unusedPartName(u"customXml/item"_s, u".xml"_s);
    const QString number = item.mid(14, item.size() - 18);
    const QString props = u"customXml/itemProps"_s + number + u".xml"_s;
    package.setRaw(item, XmlPart::write(record));

    XmlNode datastore = XmlNode::element(customXml, u"datastoreItem"_s);
    datastore.declarations.append(QXmlStreamNamespaceDeclaration(u"ds"_s, customXml));
    datastore.setAttribute(customXml, u"itemID"_s, QUuid::createUuid().toString(QUuid::WithBraces).toUpper());
    datastore.appendElement(customXml, u"schemaRefs"_s).appendElement(customXml, u"schemaRef"_s).setAttribute(customXml, u"uri"_s, ns);
    package.setRaw(props, XmlPart::write(datastore));
    package.setContentType(props, customXmlPropertiesContentType);
    package.addRelationship(item, customXmlPropsRelationship, u"itemProps"_s + number + u".xml"_s);
    package.addRelationship(package.mainPart(), customXmlRelationship, u"../"_s + item);
}

struct Built
{
    DocxPackage package;
    QList<DocxFieldText> fields;
    QStringList warnings;
};

/// The municipality's template, or Yttra's own when none is given.
Result<DocxPackage, FileError> templatePackage(const DocxOptions &options)
{
    using R = Result<DocxPackage, FileError>;
    if (options.templatePath.isEmpty())
        return DocxPackage::builtIn();
    const QString shown = QDir::toNativeSeparators(options.templatePath);
    if (!QFileInfo(options.templatePath).isFile())
        return R::failure({FileError::Kind::CannotRead, shown, QString(), DocxExporter::tr("there is no such template")});
    auto read = DocxPackage::readFile(options.templatePath);
    if (!read)
        return R::failure({FileError::Kind::Invalid, shown, QString(), DocxExporter::tr("the template cannot be used: %1").arg(read.error())});
    const QString type = read.value().contentType(read.value().mainPart());
    if (type == macroDocumentContentType || type == macroTemplateContentType) {
        return R::failure({FileError::Kind::Invalid, shown, QString(),
                           DocxExporter::tr("the template holds macros (.docm/.dotm), which a .docx cannot carry: save it as a .dotx or .docx")});
    }
    return std::move(read).value();
}

/// The template with the statement's body in it and its places filled, and the fields as
/// they now read: what a reviewer who changes nothing leaves.
Result<Built, FileError> build(const Statement &statement, const DocxOptions &options)
{
    using R = Result<Built, FileError>;
    auto read = templatePackage(options);
    if (!read)
        return R::failure(read.error());
    Built built{std::move(read).value(), {}, {}};
    DocxPackage &package = built.package;
    const QString language = DocumentLabels(statement.language).pdfLanguage(statement.language);
    const QString main = package.mainPart();

    XmlNode &styles = relatedPart(package, stylesRelationship, u"styles"_s, stylesContentType, u"styles"_s);
    const DocxStyles styleIds = DocxStyles::adopt(styles, ourPart(u"styles.xml"_s));
    XmlNode &numberingPart = relatedPart(package, numberingRelationship, u"numbering"_s, numberingContentType, u"numbering"_s);
    DocxNumbering numbering(numberingPart, ourPart(u"numbering.xml"_s));

    // The logo first: Yttra's first-page header has the places the fill fills. A logo that
    // cannot be drawn is left out, said as the PDF says it.
    const PdfDocumentInfo info = PdfDocument::info(statement);
    built.warnings += info.warnings;
    if (info.logo) {
        DocxLogo logo(package, *info.logo);
        if (options.templatePath.isEmpty())
            logo.addFirstPageHeader();
        else
            logo.fillTemplatePlace(); // without a place of its own, the template's header keeps its logo
    }

    DocxTemplateFill fill(package, statement, options.author, language, styleIds.id(DocxStyle::Placeholder));
    QList<PdfBlock> blocks = PdfBlockBuilder(statement, PdfStyle{}, PdfCopy::Statement).build();
    if (!options.templatePath.isEmpty())
        blocks = withoutTemplatePlaces(std::move(blocks), fill.places());

    XmlNode &body = *package.tree(main)->child(w, u"body");
    DocxBody::Context context{styleIds, numbering,
                              [&package, &main](const QString &url) { return package.addRelationship(main, hyperlinkRelationship, url, true); },
                              language, textWidth(body), fill.highestControlId() + 1};
    DocxBody writer(statement, context);
    if (!fill.placeBody(writer.build(blocks)) && !options.templatePath.isEmpty())
        built.warnings += DocxExporter::tr("the template has no content control or bookmark named Yttrande: the statement is put at the end of its body");
    // Yttra's own template leaves a place without a value empty; only a municipality's
    // template has places the user should hear about.
    fill.fill(options.templatePath.isEmpty() ? nullptr : &built.warnings);

    built.fields = DocxFieldReader::readPackage(package, styleIds).fields();
    return built;
}

} // namespace

QString DocxExporter::recordNamespace()
{
    return u"urn:yttra:word-export:1"_s;
}

Result<DocxExport, FileError> DocxExporter::render(const Statement &statement, const DocxOptions &options)
{
    using R = Result<DocxExport, FileError>;
    auto built = build(statement, options);
    if (!built)
        return R::failure(built.error());
    DocxPackage &package = built.value().package;
    // A template becomes a document.
    const QString main = package.mainPart();
    if (package.contentType(main) == templateContentType)
        package.setContentType(main, documentContentType);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    setCoreProperties(package, statement, options.author.trimmed(), now);
    addRecord(package, statement, built.value().fields, options.author.trimmed(), now);
    auto bytes = package.toBytes();
    if (!bytes)
        return R::failure({FileError::Kind::CannotWrite, QString(), QString(), tr("the Word document could not be packed: %1").arg(bytes.error())});
    return DocxExport{std::move(bytes).value(), built.value().warnings};
}

Result<QStringList, FileError> DocxExporter::write(const Statement &statement, const QString &path, const DocxOptions &options)
{
    using R = Result<QStringList, FileError>;
    if (!options.templatePath.isEmpty() && SaveFile::isSameFile(options.templatePath, path))
        return R::failure({FileError::Kind::CannotWrite, QDir::toNativeSeparators(path), QString(), tr("it is the template itself")});
    auto rendered = render(statement, options);
    if (!rendered) {
        FileError error = rendered.error();
        if (error.file.isEmpty())
            error.file = QDir::toNativeSeparators(path);
        return R::failure(error);
    }
    auto written = SaveFile::write(path, rendered.value().bytes);
    if (!written)
        return R::failure(written.error());
    return rendered.value().warnings + written.value();
}

QHash<QString, QString> DocxExporter::fieldValues(const Statement &statement)
{
    QHash<QString, QString> values;
    auto built = build(statement, {});
    if (!built)
        return values;
    for (const DocxFieldText &field : built.value().fields) {
        if (!values.contains(field.tag))
            values.insert(field.tag, field.value);
    }
    return values;
}

} // namespace yttra

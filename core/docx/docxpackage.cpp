// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxpackage_p.h"

#include "docx/wordml_p.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {

constexpr char oleSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

} // namespace

Result<DocxPackage, QString> DocxPackage::read(const QByteArray &bytes)
{
    using R = Result<DocxPackage, QString>;
    if (bytes.startsWith(QByteArray(oleSignature, 8))) {
        return R::failure(tr("it is protected by a password (Word keeps encrypted documents in an OLE container), "
                             "or it is an old Word 97–2003 document (.doc/.dot): save it as a .docx or .dotx without a password"));
    }
    auto zip = ZipPackage::read(bytes);
    if (!zip) {
        switch (zip.error().kind) {
        case ZipError::Kind::NotZip:
            return R::failure(tr("it is not a Word document (.docx or .dotx)"));
        case ZipError::Kind::Encrypted:
            return R::failure(tr("it is encrypted: %1").arg(zip.error().message));
        case ZipError::Kind::Damaged:
            return R::failure(tr("it is a damaged Word document: %1").arg(zip.error().message));
        }
    }
    return fromZip(std::move(zip).value());
}

Result<DocxPackage, QString> DocxPackage::fromZip(ZipPackage zip)
{
    using R = Result<DocxPackage, QString>;
    DocxPackage package;
    package.m_zip = std::move(zip);
    if (!package.m_zip.contains(u"[Content_Types].xml"_s))
        return R::failure(tr("it is a zip archive but not a Word document: it has no [Content_Types].xml"));
    const QStringList main = package.related(QString(), officeDocumentRelationship);
    if (main.isEmpty() || !package.m_zip.contains(main.first()))
        return R::failure(tr("it is a zip archive but not a Word document: it has no main document part"));
    package.m_main = main.first();
    const QString type = package.contentType(package.m_main);
    if (type != documentContentType && type != templateContentType && type != macroDocumentContentType
        && type != macroTemplateContentType) {
        return R::failure(tr("it is not a Word document: its main part is %1").arg(type.isEmpty() ? tr("of no declared type") : type));
    }
    QString error;
    XmlNode *document = package.tree(package.m_main, &error);
    if (!document)
        return R::failure(error);
    if (!document->is(w, u"document") || !document->child(w, u"body"))
        return R::failure(tr("its main document part %1 has no body").arg(package.m_main));
    return package;
}

Result<DocxPackage, QString> DocxPackage::readFile(const QString &path)
{
    auto bytes = ZipPackage::readBytes(path);
    if (!bytes)
        return Result<DocxPackage, QString>::failure(bytes.error());
    return read(bytes.value());
}

QByteArray DocxPackage::builtInPart(const QString &name)
{
    QFile file(u":/yttra/word/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in Word template is missing its part %s", qPrintable(name));
    return file.readAll();
}

DocxPackage DocxPackage::builtIn()
{
    ZipPackage zip;
    const std::pair<const char16_t *, const char16_t *> parts[] = {
        {u"[Content_Types].xml", u"content-types.xml"}, {u"_rels/.rels", u"package.rels"},
        {u"word/document.xml", u"document.xml"},        {u"word/_rels/document.xml.rels", u"document.rels"},
        {u"word/styles.xml", u"styles.xml"},            {u"word/numbering.xml", u"numbering.xml"},
        {u"word/settings.xml", u"settings.xml"},        {u"word/header1.xml", u"header1.xml"},
        {u"docProps/app.xml", u"app.xml"},
    };
    for (const auto &[name, file] : parts)
        zip.setPart(QString::fromUtf16(name), builtInPart(QString::fromUtf16(file)));
    auto package = fromZip(std::move(zip));
    if (!package)
        qFatal("the built-in Word template does not read: %s", qPrintable(package.error()));
    return std::move(package).value();
}

QStringList DocxPackage::textParts()
{
    QStringList parts{m_main};
    parts += related(m_main, headerRelationship);
    parts += related(m_main, footerRelationship);
    return parts;
}

XmlNode *DocxPackage::tree(const QString &part, QString *error)
{
    if (auto it = m_trees.find(part); it != m_trees.end())
        return &it->second;
    if (!m_zip.contains(part)) {
        if (error)
            *error = tr("it has no part %1").arg(part);
        return nullptr;
    }
    const QByteArray bytes = m_zip.part(part);
    if (bytes.size() > maxPartSize) {
        if (error)
            *error = tr("its part %1 is larger than %2 MB; Word documents that large are refused").arg(part).arg(maxPartSize / (1024 * 1024));
        return nullptr;
    }
    auto parsed = XmlPart::parse(bytes);
    if (!parsed) {
        if (error)
            *error = tr("its part %1 is not well-formed XML (%2)").arg(part, parsed.error());
        return nullptr;
    }
    return &m_trees.emplace(part, std::move(parsed).value()).first->second;
}

XmlNode &DocxPackage::treeOrNew(const QString &part, const QString &rootNamespace, const QString &rootName)
{
    if (XmlNode *existing = tree(part))
        return *existing;
    XmlNode root = XmlNode::element(rootNamespace, rootName);
    root.declarations.append(QXmlStreamNamespaceDeclaration(rootNamespace == w ? u"w"_s : QString(), rootNamespace));
    return m_trees.emplace(part, std::move(root)).first->second;
}

QString DocxPackage::relationshipsPart(const QString &source)
{
    if (source.isEmpty())
        return u"_rels/.rels"_s;
    const qsizetype slash = source.lastIndexOf(u'/');
    return source.left(slash + 1) + u"_rels/"_s + source.mid(slash + 1) + u".rels"_s;
}

QString DocxPackage::resolve(const QString &source, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const qsizetype slash = source.lastIndexOf(u'/');
    const QString base = slash < 0 ? QString() : source.left(slash + 1);
    return QDir::cleanPath(base + target);
}

QStringList DocxPackage::related(const QString &source, const QString &type)
{
    QStringList parts;
    const XmlNode *rels = tree(relationshipsPart(source));
    if (!rels)
        return parts;
    for (const XmlNode &rel : rels->children) {
        if (rel.is(packageRelationships, u"Relationship") && rel.attribute({}, u"Type") == type
            && rel.attribute({}, u"TargetMode") != u"External")
            parts.append(resolve(source, rel.attribute({}, u"Target")));
    }
    return parts;
}

QString DocxPackage::relationshipTarget(const QString &source, const QString &id)
{
    const XmlNode *rels = tree(relationshipsPart(source));
    if (!rels)
        return QString();
    for (const XmlNode &rel : rels->children) {
        if (rel.is(packageRelationships, u"Relationship") && rel.attribute({}, u"Id") == id) {
            const QString target = rel.attribute({}, u"Target");
            return rel.attribute({}, u"TargetMode") == u"External" ? target : resolve(source, target);
        }
    }
    return QString();
}

QString DocxPackage::addRelationship(const QString &source, const QString &type, const QString &target, bool external)
{
    XmlNode &rels = treeOrNew(relationshipsPart(source), packageRelationships, u"Relationships"_s);
    QStringList used;
    for (const XmlNode &rel : rels.children) {
        if (rel.is(packageRelationships, u"Relationship"))
            used.append(rel.attribute({}, u"Id"));
    }
    QString id;
    for (int n = used.size() + 1;; ++n) {
        id = u"rIdY%1"_s.arg(n);
        if (!used.contains(id))
            break;
    }
    XmlNode &rel = rels.appendElement(packageRelationships, u"Relationship"_s);
    rel.setAttribute({}, u"Id"_s, id);
    rel.setAttribute({}, u"Type"_s, type);
    rel.setAttribute({}, u"Target"_s, target);
    if (external)
        rel.setAttribute({}, u"TargetMode"_s, u"External"_s);
    return id;
}

QString DocxPackage::contentType(const QString &part)
{
    const XmlNode *types = tree(u"[Content_Types].xml"_s);
    if (!types)
        return QString();
    const QString name = u"/"_s + part;
    for (const XmlNode &entry : types->children) {
        if (entry.is(contentTypes, u"Override") && entry.attribute({}, u"PartName").compare(name, Qt::CaseInsensitive) == 0)
            return entry.attribute({}, u"ContentType");
    }
    const QString extension = part.section(u'.', -1);
    for (const XmlNode &entry : types->children) {
        if (entry.is(contentTypes, u"Default") && entry.attribute({}, u"Extension").compare(extension, Qt::CaseInsensitive) == 0)
            return entry.attribute({}, u"ContentType");
    }
    return QString();
}

void DocxPackage::setContentType(const QString &part, const QString &type)
{
    XmlNode &types = treeOrNew(u"[Content_Types].xml"_s, contentTypes, u"Types"_s);
    const QString name = u"/"_s + part;
    for (XmlNode &entry : types.children) {
        if (entry.is(contentTypes, u"Override") && entry.attribute({}, u"PartName").compare(name, Qt::CaseInsensitive) == 0) {
            entry.setAttribute({}, u"ContentType"_s, type);
            return;
        }
    }
    XmlNode &entry = types.appendElement(contentTypes, u"Override"_s);
    entry.setAttribute({}, u"PartName"_s, name);
    entry.setAttribute({}, u"ContentType"_s, type);
}

QString DocxPackage::unusedPartName(const QString &prefix, const QString &suffix) const
{
    for (int n = 1;; ++n) {
        const QString name = prefix + QString::number(n) + suffix;
        if (!m_zip.contains(name) && m_trees.find(name) == m_trees.end())
            return name;
    }
}

void DocxPackage::setRaw(const QString &part, const QByteArray &data)
{
    m_trees.erase(part);
    m_zip.setPart(part, data);
}

Result<QByteArray, QString> DocxPackage::toBytes() const
{
    ZipPackage out = m_zip;
    for (const auto &[name, tree] : m_trees)
        out.setPart(name, XmlPart::write(tree));
    // [Content_Types].xml first, as Office writes it.
    ZipPackage ordered;
    ordered.setPart(u"[Content_Types].xml"_s, out.part(u"[Content_Types].xml"_s));
    for (const ZipPackage::Part &p : out.parts()) {
        if (p.name != u"[Content_Types].xml")
            ordered.setPart(p.name, p.data);
    }
    return ordered.toBytes();
}

} // namespace yttra

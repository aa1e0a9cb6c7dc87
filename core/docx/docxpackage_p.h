// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "docx/xmlnode_p.h"
#include "zip/zippackage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>

namespace yttra {

/// A Word package (.docx, .dotx): the zip container, its content types and relationships,
/// and its XML parts as trees, changed in place and written back. Reading checks what a
/// Word document must have, so a file that is not one is refused with the reason: not a
/// zip (or an old .doc), encrypted by Word (an OLE container), a zip with a password, no
/// main document part, no body.
class DocxPackage
{
    Q_DECLARE_TR_FUNCTIONS(DocxPackage)

public:
    /// XML parts larger than this are refused unread: a statement's document part at the
    /// item limit is a few megabytes, and a part's tree takes about a hundred times its size
    /// in memory, so the 512 MB a package may unpack to would need tens of gigabytes
    /// (docs/reliability.md, "Limits").
    static constexpr qsizetype maxPartSize = 16 * 1024 * 1024;

    static Result<DocxPackage, QString> read(const QByteArray &bytes);
    static Result<DocxPackage, QString> readFile(const QString &path);
    /// Yttra's own template (resources/word), which looks like the PDF.
    static DocxPackage builtIn();
    /// One part of Yttra's own template (its styles, numbering …) as it is stored.
    static QByteArray builtInPart(const QString &name);

    /// The main document part ("word/document.xml").
    QString mainPart() const { return m_main; }
    /// The parts that show text: the main document, then its headers and footers.
    QStringList textParts();

    bool contains(const QString &part) const { return m_zip.contains(part); }
    /// The part as a tree, parsed on first use; nullptr with `error` set when it is missing
    /// or not well-formed.
    XmlNode *tree(const QString &part, QString *error = nullptr);
    /// The part's tree, created with an empty root when the package has no such part.
    XmlNode &treeOrNew(const QString &part, const QString &rootNamespace, const QString &rootName);

    /// The parts related to `source` by relationship type, as part names.
    QStringList related(const QString &source, const QString &type);
    /// The target of relationship `id` of `source`: a part name, or an external address.
    QString relationshipTarget(const QString &source, const QString &id);
    /// Adds a relationship from `source` (or the package, for an empty source) and returns its id.
    QString addRelationship(const QString &source, const QString &type, const QString &target, bool external = false);

    /// The content type the package declares for a part.
    QString contentType(const QString &part);
    void setContentType(const QString &part, const QString &type);

    /// A part name not used yet, of the form "<prefix>N<suffix>".
    QString unusedPartName(const QString &prefix, const QString &suffix) const;

    void setRaw(const QString &part, const QByteArray &data);

    /// The package's bytes, with every changed tree written back.
    Result<QByteArray, QString> toBytes() const;

private:
    /// The package in a zip container, checked for what a Word document must have.
    static Result<DocxPackage, QString> fromZip(ZipPackage zip);
    static QString relationshipsPart(const QString &source);
    static QString resolve(const QString &source, const QString &target);

    ZipPackage m_zip;
    std::map<QString, XmlNode> m_trees;
    QString m_main;
};

} // namespace yttra

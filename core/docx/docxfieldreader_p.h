// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/docxpackage_p.h"
#include "docx/docxstyles_p.h"
#include "docx/xmlnode_p.h"
#include "markdown/markdown.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace yttra {

/// What one field of a Word document holds as it reads now: tracked insertions taken in,
/// tracked deletions left out, a placeholder read as empty.
struct DocxFieldText
{
    QString tag;   // the control's tag (or, for a template's own control, its tag or title)
    bool markdown; // paragraphs (a markdown field) or words in a paragraph
    QString value; // markdown, or the plain text
    QStringList changedBy; // the authors of tracked changes inside it
};

/// Where a Word comment was made: the field its range starts in (or the first it enters),
/// and the words it covers.
struct DocxCommentAnchor
{
    QString tag; // empty: on no field
    QString quote;
    QString nextTag; // on no field: the field that follows it (a comment on a field's heading)
};

/// Reads the fields and comment anchors of a WordprocessingML part (the document, a header),
/// in the document's own styles and numbering, as a reviewer left them. The same reader
/// reads an export back the moment it is made, so an untouched field reads exactly as
/// exported whatever the template.
class DocxFieldReader
{
public:
    DocxFieldReader(const DocxStyles &styles, const XmlNode *numbering, const XmlNode *stylesPart,
                    std::function<QString(const QString &relationshipId)> linkTarget = {});
    /// Reads every part of `package` that shows text (DocxPackage::textParts()) in the
    /// package's own numbering and styles, `styles` naming Yttra's among them.
    static DocxFieldReader readPackage(DocxPackage &package, const DocxStyles &styles);

    /// Reads the part's root (w:document, w:hdr, w:ftr) or any block container.
    void read(const XmlNode &root);

    const QList<DocxFieldText> &fields() const { return m_fields; }
    const QHash<QString, DocxCommentAnchor> &anchors() const { return m_anchors; }

private:
    struct OpenField
    {
        QString tag;
        bool markdown = false;
        bool placeholder = false;
        QList<MarkdownBlock> blocks;
        QString text;
        QStringList changedBy;
    };
    struct Look
    {
        bool bold = false;
        bool italic = false;
        bool placeholder = false;
        QString link;
    };

    void blocks(const XmlNode &container);
    void paragraph(const XmlNode &p);
    void inlineContent(const XmlNode &parent, const Look &look);
    void runContent(const XmlNode &run, const Look &look);
    void text(const QString &text, const Look &look);
    void changeBy(const XmlNode &change);
    void marker(const XmlNode &node);
    bool openControl(const XmlNode &sdt, bool blockLevel);
    void closeControl();
    MarkdownBlock paragraphBlock(const XmlNode &p);
    Look runLook(const XmlNode &run, const Look &outer) const;

    const DocxStyles &m_styles;
    const XmlNode *m_numbering;
    const XmlNode *m_stylesPart;
    std::function<QString(const QString &)> m_linkTarget;
    QList<OpenField> m_open;
    QList<DocxFieldText> m_fields;
    QHash<QString, DocxCommentAnchor> m_anchors;
    QStringList m_openAnchors; // comment ranges open at this point
    QHash<QString, int> m_listCounters; // "numId/ilvl" -> the next number
    int m_listLevel = 0;                // of the list item last read, for continued paragraphs
    bool m_inFieldInstruction = false;  // between a field's begin and separate
};

} // namespace yttra

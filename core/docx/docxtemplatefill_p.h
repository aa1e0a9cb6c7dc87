// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/docxfields.h"
#include "docx/docxpackage_p.h"
#include "model/statement.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace yttra {

/// Fills a municipality's Word template with a statement: its content controls and bookmarks
/// named as in DocxFields::templateFields() (by tag or title, without case), the cached
/// results of its DOCPROPERTY fields and the custom properties of those names, and puts the
/// statement's body at the place named "Yttrande". What it does not know it leaves as it is.
class DocxTemplateFill
{
    Q_DECLARE_TR_FUNCTIONS(DocxTemplateFill)

public:
    /// `placeholderStyle` is the character style of a control's placeholder text.
    DocxTemplateFill(DocxPackage &package, const Statement &statement, const QString &author, const QString &language,
                     const QString &placeholderStyle);

    /// The template fields the template has a place for (a control, bookmark or field).
    QSet<DocxFields::TemplateField::Value> places() const { return m_places; }
    /// The highest content control id the parts use.
    int highestControlId() const { return m_highestId; }

    /// Fills every place; a field without a value is left as the template has it, with a warning.
    void fill(QStringList *warnings);
    /// Puts the body at the control or bookmark "Yttrande"; returns false when the template
    /// has none, after putting it at the end of the template's body.
    bool placeBody(std::vector<XmlNode> body);

private:
    void survey(const XmlNode &node);
    void fillNode(XmlNode &node);
    void fillControl(XmlNode &sdt, const QString &value, DocxFields::TemplateField::Value kind);
    void fillBookmarks(XmlNode &parent);
    void fillFields(XmlNode &parent);
    void fillCustomProperties();
    QString valueFor(QStringView name) const;
    XmlNode valueRun(const QString &value, const XmlNode *model) const;

    DocxPackage &m_package;
    const Statement &m_statement;
    QString m_author;
    QString m_language;
    QString m_placeholderStyle;
    QSet<DocxFields::TemplateField::Value> m_places;
    QSet<DocxFields::TemplateField::Value> m_filled;
    int m_highestId = 0;
};

} // namespace yttra

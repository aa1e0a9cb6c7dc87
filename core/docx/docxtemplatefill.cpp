// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxtemplatefill_p.h"

#include "docx/wordml_p.h"

#include <QRegularExpression>

#include <iterator>

using namespace Qt::StringLiterals;
using namespace yttra::wordml;

namespace yttra {

namespace {

using Field = DocxFields::TemplateField;

const Field *controlField(const XmlNode &sdt)
{
    const QStringList names = controlNames(sdt);
    if (!names.isEmpty() && DocxFields::isOurs(names.first()))
        return nullptr; // Yttra's own field, whatever its title says
    for (const QString &name : names) {
        if (const Field *field = DocxFields::templateField(name))
            return field;
    }
    return nullptr;
}

bool isBodyControl(const XmlNode &sdt)
{
    for (const QString &name : controlNames(sdt)) {
        if (DocxFields::isBodyPlace(name))
            return true;
    }
    return false;
}

bool isBodyBookmark(const XmlNode &node)
{
    return node.is(w, u"bookmarkStart") && DocxFields::isBodyPlace(node.attribute(w, u"name"));
}

/// The property a DOCPROPERTY field instruction names: ` DOCPROPERTY "Nämnd" \* MERGEFORMAT `.
QString docPropertyName(const QString &instruction)
{
    static const QRegularExpression pattern(u"^\\s*DOCPROPERTY\\s+(?:\"([^\"]+)\"|(\\S+))"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(instruction);
    if (!match.hasMatch())
        return QString();
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

const XmlNode *firstRun(const XmlNode &node)
{
    return node.find([](const XmlNode &n) { return n.is(w, u"r"); });
}

} // namespace

DocxTemplateFill::DocxTemplateFill(DocxPackage &package, const Statement &statement, const QString &author, const QString &language,
                                   const QString &placeholderStyle)
    : m_package(package), m_statement(statement), m_author(author), m_language(language), m_placeholderStyle(placeholderStyle)
{
    for (const QString &part : package.textParts()) {
        if (const XmlNode *root = package.tree(part))
            survey(*root);
    }
}

void DocxTemplateFill::survey(const XmlNode &node)
{
    if (node.is(w, u"sdt")) {
        if (const Field *field = controlField(node))
            m_places.insert(field->value);
        if (const XmlNode *properties = node.child(w, u"sdtPr"))
            m_highestId = std::max(m_highestId, valueOf(properties->child(w, u"id")).toInt());
    } else if (node.is(w, u"bookmarkStart")) {
        if (const Field *field = DocxFields::templateField(node.attribute(w, u"name")))
            m_places.insert(field->value);
    } else if (node.is(w, u"fldSimple")) {
        if (const Field *field = DocxFields::templateField(docPropertyName(node.attribute(w, u"instr"))))
            m_places.insert(field->value);
    } else if (node.is(w, u"instrText")) {
        if (const Field *field = DocxFields::templateField(docPropertyName(node.textContent())))
            m_places.insert(field->value);
    }
    for (const XmlNode &c : node.children)
        survey(c);
}

QString DocxTemplateFill::valueFor(QStringView name) const
{
    const Field *field = DocxFields::templateField(name);
    return field ? DocxFields::templateValue(*field, m_statement, m_author) : QString();
}

void DocxTemplateFill::fill(QStringList *warnings)
{
    for (const QString &part : m_package.textParts()) {
        if (XmlNode *root = m_package.tree(part))
            fillNode(*root);
    }
    fillCustomProperties();
    for (const Field &field : DocxFields::templateFields()) {
        if (m_places.contains(field.value) && !m_filled.contains(field.value) && warnings) {
            *warnings += field.value == Field::Value::Author
                ? tr("the template's field %1 is left as it is: no author was given").arg(field.names.first())
                : tr("the template's field %1 is left as it is: the statement has no value for it").arg(field.names.first());
        }
    }
}

void DocxTemplateFill::fillNode(XmlNode &node)
{
    if (node.is(w, u"sdt")) {
        if (const Field *field = controlField(node)) {
            const QString value = DocxFields::templateValue(*field, m_statement, m_author);
            if (!value.isEmpty()) {
                fillControl(node, value, field->value);
                m_filled.insert(field->value);
            }
            return;
        }
    }
    fillBookmarks(node);
    fillFields(node);
    for (XmlNode &c : node.children)
        fillNode(c);
}

XmlNode DocxTemplateFill::valueRun(const QString &value, const XmlNode *model) const
{
    // The template's look for the text, without its grey placeholder style.
    XmlNode run = XmlNode::element(w, u"r"_s);
    XmlNode properties = XmlNode::element(w, u"rPr"_s);
    if (model) {
        if (const XmlNode *modelProperties = model->child(w, u"rPr"))
            properties = *modelProperties;
    }
    std::erase_if(properties.children, [this](const XmlNode &c) {
        return (c.is(w, u"rStyle") && !m_placeholderStyle.isEmpty() && c.attribute(w, u"val") == m_placeholderStyle) || c.is(w, u"lang");
    });
    XmlNode &lang = properties.appendElement(w, u"lang"_s);
    lang.setAttribute(w, u"val"_s, m_language);
    run.append(std::move(properties));
    XmlNode &t = run.appendElement(w, u"t"_s);
    t.setAttribute(xml, u"space"_s, u"preserve"_s);
    t.append(XmlNode::textNode(value));
    return run;
}

void DocxTemplateFill::fillControl(XmlNode &sdt, const QString &value, Field::Value kind)
{
    if (XmlNode *properties = sdt.child(w, u"sdtPr")) {
        properties->removeChildren(w, u"showingPlcHdr");
        // A control bound to the template's own XML data would show that data again.
        properties->removeChildren(w, u"dataBinding");
        if (XmlNode *date = properties->child(w, u"date"); date && kind == Field::Value::Date && Statement::isValidDate(value))
            date->setAttribute(w, u"fullDate"_s, value + u"T00:00:00Z"_s);
    }
    XmlNode *content = sdt.child(w, u"sdtContent");
    if (!content)
        content = &sdt.appendElement(w, u"sdtContent"_s);
    XmlNode run = valueRun(value, firstRun(*content));
    auto paragraph = std::find_if(content->children.begin(), content->children.end(), [](const XmlNode &c) { return c.is(w, u"p"); });
    if (paragraph != content->children.end()) {
        // A block-level control: its first paragraph, with its properties, holds the value.
        XmlNode p = XmlNode::element(w, u"p"_s);
        if (const XmlNode *pPr = paragraph->child(w, u"pPr"))
            p.append(*pPr);
        p.append(std::move(run));
        content->children.clear();
        content->append(std::move(p));
    } else {
        content->children.clear();
        content->append(std::move(run));
    }
}

void DocxTemplateFill::fillBookmarks(XmlNode &parent)
{
    for (qsizetype i = 0; i < qsizetype(parent.children.size()); ++i) {
        const XmlNode &start = parent.children[std::size_t(i)];
        if (!start.is(w, u"bookmarkStart"))
            continue;
        const Field *field = DocxFields::templateField(start.attribute(w, u"name"));
        if (!field)
            continue;
        const QString value = DocxFields::templateValue(*field, m_statement, m_author);
        if (value.isEmpty())
            continue;
        const QString id = start.attribute(w, u"id");
        // The runs up to the bookmark's end (in the same paragraph) give way to the value.
        qsizetype end = i + 1;
        while (end < qsizetype(parent.children.size()) && !(parent.children[std::size_t(end)].is(w, u"bookmarkEnd")
                                                            && parent.children[std::size_t(end)].attribute(w, u"id") == id))
            ++end;
        const bool closed = end < qsizetype(parent.children.size());
        std::optional<XmlNode> model;
        if (closed) {
            for (qsizetype k = end - 1; k > i; --k) {
                const XmlNode &c = parent.children[std::size_t(k)];
                if (c.is(w, u"r") || c.is(w, u"hyperlink") || c.is(w, u"fldSimple") || c.is(w, u"smartTag")) {
                    if (const XmlNode *run = firstRun(c))
                        model = *run;
                    parent.children.erase(parent.children.begin() + k);
                }
            }
        }
        parent.children.insert(parent.children.begin() + i + 1, valueRun(value, model ? &*model : nullptr));
        m_filled.insert(field->value);
    }
}

void DocxTemplateFill::fillFields(XmlNode &parent)
{
    // Simple fields: their result runs are the cached value.
    for (XmlNode &c : parent.children) {
        if (!c.is(w, u"fldSimple"))
            continue;
        const QString value = valueFor(docPropertyName(c.attribute(w, u"instr")));
        if (value.isEmpty())
            continue;
        const XmlNode *model = firstRun(c);
        XmlNode run = valueRun(value, model);
        c.children.clear();
        c.append(std::move(run));
        m_filled.insert(DocxFields::templateField(docPropertyName(c.attribute(w, u"instr")))->value);
    }
    // Complex fields within one paragraph: begin, instruction, separate, result runs, end.
    int depth = 0;
    QString instruction;
    qsizetype separate = -1;
    for (qsizetype i = 0; i < qsizetype(parent.children.size()); ++i) {
        const XmlNode &c = parent.children[std::size_t(i)];
        if (!c.is(w, u"r"))
            continue;
        if (depth == 1 && separate < 0) {
            for (const XmlNode &part : c.children) {
                if (part.is(w, u"instrText"))
                    instruction += part.textContent();
            }
        }
        const XmlNode *fieldChar = c.child(w, u"fldChar");
        if (!fieldChar)
            continue;
        const QString type = fieldChar->attribute(w, u"fldCharType");
        if (type == u"begin") {
            if (++depth == 1) {
                instruction.clear();
                separate = -1;
            }
        } else if (type == u"separate" && depth == 1) {
            separate = i;
        } else if (type == u"end" && depth > 0 && --depth == 0) {
            const QString name = docPropertyName(instruction);
            const QString value = valueFor(name);
            if (separate >= 0 && !value.isEmpty()) {
                std::optional<XmlNode> model;
                for (qsizetype k = i - 1; k > separate; --k) {
                    if (const XmlNode *run = firstRun(parent.children[std::size_t(k)]))
                        model = *run;
                    parent.children.erase(parent.children.begin() + k);
                }
                parent.children.insert(parent.children.begin() + separate + 1, valueRun(value, model ? &*model : nullptr));
                i = separate + 2;
                m_filled.insert(DocxFields::templateField(name)->value);
            }
            separate = -1;
        }
    }
}

void DocxTemplateFill::fillCustomProperties()
{
    const QString part = m_package.related(QString(), customPropertiesRelationship).value(0, u"docProps/custom.xml"_s);
    const bool existed = m_package.contains(part);
    XmlNode &properties = m_package.treeOrNew(part, customProperties, u"Properties"_s);
    if (!existed) {
        properties.declarations.append(QXmlStreamNamespaceDeclaration(u"vt"_s, variantTypes));
        m_package.addRelationship(QString(), customPropertiesRelationship, part);
        m_package.setContentType(part, customPropertiesContentType);
    }
    int nextPid = 2;
    QSet<Field::Value> present;
    for (XmlNode &property : properties.children) {
        if (!property.is(customProperties, u"property"))
            continue;
        nextPid = std::max(nextPid, property.attribute({}, u"pid").toInt() + 1);
        const Field *field = DocxFields::templateField(property.attribute({}, u"name"));
        if (!field)
            continue;
        present.insert(field->value);
        const QString value = DocxFields::templateValue(*field, m_statement, m_author);
        if (value.isEmpty())
            continue;
        property.children.clear();
        property.appendElement(variantTypes, u"lpwstr"_s).append(XmlNode::textNode(value));
    }
    // The ones the template lacks are added, for case systems that read the properties.
    for (const Field &field : DocxFields::templateFields()) {
        const QString value = DocxFields::templateValue(field, m_statement, m_author);
        if (present.contains(field.value) || value.isEmpty())
            continue;
        XmlNode &property = properties.appendElement(customProperties, u"property"_s);
        property.setAttribute({}, u"fmtid"_s, u"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"_s);
        property.setAttribute({}, u"pid"_s, QString::number(nextPid++));
        property.setAttribute({}, u"name"_s, field.names.first());
        property.appendElement(variantTypes, u"lpwstr"_s).append(XmlNode::textNode(value));
    }
}

bool DocxTemplateFill::placeBody(std::vector<XmlNode> body)
{
    XmlNode *document = m_package.tree(m_package.mainPart());
    XmlNode *documentBody = document ? document->child(w, u"body") : nullptr;
    if (!documentBody)
        return false;

    // Where "Yttrande" is: a block-level control (replaced), a paragraph holding the control
    // or the bookmark (replaced, the bookmark kept around the body), or a bookmark between
    // paragraphs (the body follows it). Controls, tables and cells of the template are searched too.
    std::function<bool(XmlNode &)> place = [&](XmlNode &container) -> bool {
        for (std::size_t i = 0; i < container.children.size(); ++i) {
            XmlNode &c = container.children[i];
            if (c.is(w, u"sdt") && isBodyControl(c)) {
                container.children.erase(container.children.begin() + qsizetype(i));
                container.children.insert(container.children.begin() + qsizetype(i), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
                return true;
            }
            if (c.is(w, u"p")) {
                const bool hasControl = c.find([](const XmlNode &n) { return n.is(w, u"sdt") && isBodyControl(n); });
                const XmlNode *bookmark = c.find(isBodyBookmark);
                if (!hasControl && !bookmark)
                    continue;
                std::vector<XmlNode> replacement;
                std::optional<XmlNode> end;
                if (bookmark) {
                    const QString id = bookmark->attribute(w, u"id");
                    replacement.push_back(*bookmark);
                    if (const XmlNode *found = c.find([&id](const XmlNode &n) { return n.is(w, u"bookmarkEnd") && n.attribute(w, u"id") == id; }))
                        end = *found;
                }
                replacement.insert(replacement.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
                if (end)
                    replacement.push_back(*end);
                container.children.erase(container.children.begin() + qsizetype(i));
                container.children.insert(container.children.begin() + qsizetype(i), std::make_move_iterator(replacement.begin()), std::make_move_iterator(replacement.end()));
                return true;
            }
            if (isBodyBookmark(c)) {
                container.children.insert(container.children.begin() + qsizetype(i) + 1, std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
                return true;
            }
            if (c.is(w, u"sdt")) {
                if (XmlNode *content = c.child(w, u"sdtContent"); content && place(*content))
                    return true;
            } else if (c.is(w, u"tbl")) {
                for (XmlNode &row : c.children) {
                    for (XmlNode &cell : row.children) {
                        if (cell.is(w, u"tc") && place(cell))
                            return true;
                    }
                }
            }
        }
        return false;
    };
    if (place(*documentBody))
        return true;
    auto section = std::find_if(documentBody->children.begin(), documentBody->children.end(),
                                [](const XmlNode &c) { return c.is(w, u"sectPr"); });
    documentBody->children.insert(section, std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
    return false;
}

} // namespace yttra

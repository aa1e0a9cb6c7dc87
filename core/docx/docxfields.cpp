// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxfields.h"

#include "documentlabels.h"

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// The pointer's tokens; the second names an item or measure by index.
QList<QStringView> tokensOf(QStringView pointer)
{
    QList<QStringView> tokens;
    if (!pointer.startsWith(u'/'))
        return tokens;
    for (QStringView token : pointer.mid(1).split(u'/'))
        tokens.append(token);
    return tokens;
}

QString joined(const QList<QStringView> &tokens)
{
    QString s;
    for (QStringView t : tokens)
        s += u'/' + t.toString();
    return s;
}

} // namespace

QString DocxFields::tag(const Statement &statement, QStringView pointer)
{
    QList<QStringView> tokens = tokensOf(pointer);
    if (tokens.isEmpty())
        return QString();
    QString id;
    if (tokens.size() >= 2 && (tokens.first() == u"items" || tokens.first() == u"measures")) {
        bool ok = false;
        const qsizetype index = tokens.at(1).toLongLong(&ok);
        const bool items = tokens.first() == u"items";
        const qsizetype count = items ? statement.items.size() : statement.measures.size();
        if (!ok || index < 0 || index >= count)
            return QString();
        id = items ? statement.items.at(index).id : statement.measures.at(index).id;
        tokens[1] = id;
    }
    return tagPrefix.toString() + joined(tokens);
}

QString DocxFields::pointer(const Statement &statement, QStringView tag)
{
    if (!isOurs(tag))
        return QString();
    QList<QStringView> tokens = tokensOf(tag.mid(tagPrefix.size()));
    if (tokens.isEmpty())
        return QString();
    QString index;
    if (tokens.size() >= 2 && (tokens.first() == u"items" || tokens.first() == u"measures")) {
        const qsizetype i = tokens.first() == u"items" ? statement.indexOfItem(tokens.at(1)) : statement.indexOfMeasure(tokens.at(1));
        if (i < 0)
            return QString();
        index = QString::number(i);
        tokens[1] = index;
    }
    return joined(tokens);
}

const QList<DocxFields::TemplateField> &DocxFields::templateFields()
{
    using V = TemplateField::Value;
    static const QList<TemplateField> fields{
        {V::Board, {u"Nämnd"_s, u"Board"_s}, u"/board"_s},
        {V::Office, {u"Förvaltning"_s, u"Office"_s}, u"/office"_s},
        {V::Date, {u"Datum"_s, u"Date"_s}, u"/date"_s},
        {V::CaseNumber, {u"Diarienummer"_s, u"Dnr"_s, u"Reference"_s, u"Case number"_s}, u"/caseNumber"_s},
        {V::Author, {u"Handläggare"_s, u"Author"_s}, QString()},
        {V::Title, {u"Rubrik"_s, u"Title"_s}, QString()},
        {V::Recipient, {u"Till"_s, u"To"_s, u"Mottagare"_s}, u"/recipient"_s},
        {V::Address, {u"Adress"_s, u"Address"_s}, u"/address"_s},
    };
    return fields;
}

const DocxFields::TemplateField *DocxFields::templateField(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const TemplateField &field : templateFields()) {
        for (const QString &n : field.names) {
            if (trimmed.compare(n, Qt::CaseInsensitive) == 0)
                return &field;
        }
    }
    return nullptr;
}

QString DocxFields::templateValue(const TemplateField &field, const Statement &statement, const QString &author)
{
    using V = TemplateField::Value;
    switch (field.value) {
    case V::Board: return statement.board.trimmed();
    case V::Office: return statement.office.trimmed();
    case V::Date: return statement.date.trimmed();
    case V::CaseNumber: return statement.caseNumber.trimmed();
    case V::Author: return author.trimmed();
    case V::Title: return DocumentLabels(statement.language).subjectLine(statement).trimmed();
    case V::Recipient: return statement.recipient.trimmed().isEmpty() ? statement.audit.auditor.trimmed() : statement.recipient.trimmed();
    case V::Address: return statement.address.trimmed();
    }
    return QString();
}

bool DocxFields::isBodyPlace(QStringView name)
{
    return name.trimmed().compare(u"Yttrande", Qt::CaseInsensitive) == 0 || name.trimmed().compare(u"Statement", Qt::CaseInsensitive) == 0;
}

} // namespace yttra

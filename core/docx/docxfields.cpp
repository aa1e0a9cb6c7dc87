// SPDX-License-Identifier: GPL-3.0-or-later
#include "docx/docxfields.h"

#include "language/documentlabels.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace yttra {

namespace {

/// `path` with its item or measure ("/items/<entry>/…") named anew by `rename` (an index
/// for an id, or the other way), or as it is when it names neither; empty when `path` is
/// no pointer or `rename` finds no such entry.
QString renamedEntry(QStringView path, const std::function<QString(bool items, QStringView entry)> &rename)
{
    if (!path.startsWith(u'/'))
        return QString();
    for (const QStringView list : {u"items", u"measures"}) {
        if (!path.sliced(1).startsWith(list) || !path.sliced(1 + list.size()).startsWith(u'/'))
            continue;
        const QStringView rest = path.sliced(list.size() + 2);
        const qsizetype slash = rest.indexOf(u'/');
        const QString entry = rename(list == u"items", slash < 0 ? rest : rest.first(slash));
        if (entry.isEmpty())
            return QString();
        return u'/' + list.toString() + u'/' + entry + (slash < 0 ? QString() : rest.sliced(slash).toString());
    }
    return path.toString();
}

} // namespace

QString DocxFields::tag(const Statement &statement, QStringView pointer)
{
    const QString path = renamedEntry(pointer, [&statement](bool items, QStringView entry) {
        bool ok = false;
        const qsizetype index = entry.toLongLong(&ok);
        if (!ok || index < 0 || index >= (items ? statement.items.size() : statement.measures.size()))
            return QString();
        return items ? statement.items.at(index).id : statement.measures.at(index).id;
    });
    return path.isEmpty() ? QString() : tagPrefix.toString() + path;
}

QString DocxFields::pointer(const Statement &statement, QStringView tag)
{
    if (!isOurs(tag))
        return QString();
    return renamedEntry(tag.mid(tagPrefix.size()), [&statement](bool items, QStringView entry) {
        const qsizetype index = items ? statement.indexOfItem(entry) : statement.indexOfMeasure(entry);
        return index < 0 ? QString() : QString::number(index);
    });
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

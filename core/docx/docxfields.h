// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/statement.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace yttra {

/// How the fields of a statement are found in a Word document. Each field Yttra writes is
/// wrapped in a content control tagged "yttra:" and the field's place named by ids, which
/// stays true when items are moved ("yttra:/items/r2/response/expectedEffect",
/// "yttra:/measures/m1/title", "yttra:/summary"; signatures by position). A municipality's
/// template names its own places (content controls, bookmarks, document properties) in
/// Swedish or English: the table of templateFields().
class DocxFields
{
public:
    static constexpr QStringView tagPrefix = u"yttra:";

    /// The tag of the field at `pointer` ("/items/1/response/expectedEffect"), or empty
    /// when the pointer names no item or measure of the statement.
    static QString tag(const Statement &statement, QStringView pointer);
    /// The pointer into `statement` that a tag names, or empty when the tag is not one of
    /// Yttra's or its item or measure is not in the statement (any more).
    static QString pointer(const Statement &statement, QStringView tag);
    static bool isOurs(QStringView tag) { return tag.startsWith(tagPrefix); }

    /// A place a template may have for one of the statement's details.
    struct TemplateField
    {
        enum class Value { Board, Office, Date, CaseNumber, Author, Title, Recipient, Address };
        Value value;
        QStringList names; // Swedish first, then English; compared without case
        QString pointer;   // the field it shows, when it shows one field as it is
    };
    static const QList<TemplateField> &templateFields();
    /// The template field a control, bookmark or property called `name` is, or nullptr.
    static const TemplateField *templateField(QStringView name);
    /// The value a template field gets: the statement's detail, or the author given.
    static QString templateValue(const TemplateField &field, const Statement &statement, const QString &author);
    /// The name of the place where the statement's body goes: "Yttrande".
    static bool isBodyPlace(QStringView name);
};

} // namespace yttra

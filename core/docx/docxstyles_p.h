// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/xmlnode_p.h"

#include <QString>

#include <array>

namespace yttra {

/// What a paragraph, run or table of a statement is in Word, each a named style of the
/// document: the built-in ones (Heading 1, List Bullet, Table Grid, Strong ...) and our own
/// (Rekommendation for the auditors' text, Uppgift for a header-block row ...).
enum class DocxStyle {
    Normal,
    Heading1,
    Heading2,
    Heading3,
    Field,          // "Uppgift": a label, a tab and its value ("Datum  2022-01-23")
    Subject,        // "Ärendemening": the bold subject line
    Recommendation, // "Rekommendation": the auditors' text in a thin frame
    ListBullet,
    ListNumber,
    ListContinue,
    TableHeading,
    TableText,
    TableMark, // the X of a status column, centred
    Signature,
    SignatureLine, // the dotted line to sign on
    Header,
    Footer,
    Strong,
    Emphasis,
    Hyperlink,
    Placeholder,
    Table,
};
inline constexpr int docxStyleCount = int(DocxStyle::Table) + 1;

/// The style ids a document uses for Yttra's styles. A municipality's template keeps its
/// own: a style it has (found by id or name, in English or Swedish: "Rubrik 1" is Heading 1)
/// is used as it is, and the ones it lacks are copied in from Yttra's own styles.
class DocxStyles
{
public:
    /// Finds Yttra's styles in `styles` (a styles part's root) and copies the missing ones
    /// from `ours` (Yttra's own styles part), based on the document's own Normal.
    static DocxStyles adopt(XmlNode &styles, const XmlNode &ours);
    /// Only finds them (reading a document back); a style it lacks has an empty id.
    static DocxStyles find(const XmlNode &styles);

    QString id(DocxStyle style) const { return m_ids.at(std::size_t(style)); }
    /// Whether a paragraph or run styled `styleId` is the given style.
    bool is(const QString &styleId, DocxStyle style) const { return !styleId.isEmpty() && styleId == id(style); }

private:
    std::array<QString, docxStyleCount> m_ids;
};

} // namespace yttra

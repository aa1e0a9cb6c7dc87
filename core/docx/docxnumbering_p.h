// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/xmlnode_p.h"

namespace yttra {

/// The lists of a document's numbering part: Yttra's bullet and number definitions copied in
/// beside the template's own, and one list instance (w:num) per list of the statement, so
/// that every list is real Word numbering and a numbered list starts where it should.
class DocxNumbering
{
public:
    /// `numbering` is the document's numbering part root (w:numbering, possibly empty);
    /// `ours` is Yttra's own. The definitions are copied in with ids the document does not use.
    DocxNumbering(XmlNode &numbering, const XmlNode &ours);

    /// A new list instance: numbers from `start`, or bullets. Returns its w:numId.
    int newList(bool numbered, int start = 1);

    /// What a list level of a document is: numbered (not bullets) and the number it starts at.
    struct Level
    {
        bool exists = false;
        bool numbered = false;
        int start = 1;
    };
    static Level level(const XmlNode &numbering, int numId, int ilvl);

private:
    XmlNode &m_numbering;
    int m_bulletId = -1;
    int m_numberId = -1;
    int m_nextNumId = 1;
};

} // namespace yttra

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfsplitrows.h"

#include <qpdf/QPDFObjectHandle.hh>

#include <set>
#include <string>
#include <vector>

namespace yttra {

namespace {

bool isElement(QPDFObjectHandle node, const std::string &type)
{
    return node.isDictionary() && node.getKey("/S").isNameAndEquals(type);
}

/// An element's kids: /K is one kid or an array of them.
std::vector<QPDFObjectHandle> kidsOf(QPDFObjectHandle element)
{
    QPDFObjectHandle k = element.getKey("/K");
    if (k.isArray())
        return k.getArrayAsVector();
    if (k.isNull())
        return {};
    return {k};
}

void setKids(QPDFObjectHandle element, const std::vector<QPDFObjectHandle> &kids)
{
    if (kids.empty())
        element.removeKey("/K");
    else
        element.replaceKey("/K", QPDFObjectHandle::newArray(kids));
}

/// Whether each cell of the part holds only structure elements, which can change parent
/// without touching the pages' parent trees (marked content by number could not).
bool movable(const std::vector<QPDFObjectHandle> &cells)
{
    for (QPDFObjectHandle cell : cells) {
        if (!cell.isDictionary())
            return false;
        for (QPDFObjectHandle kid : kidsOf(cell)) {
            if (!kid.isDictionary() || !kid.hasKey("/S"))
                return false;
        }
    }
    return true;
}

/// Moves the part's cells' kids into the row's cells column by column; false, and nothing
/// changed, when the two do not match.
bool joinPart(QPDFObjectHandle row, QPDFObjectHandle part)
{
    const std::vector<QPDFObjectHandle> rowCells = kidsOf(row);
    const std::vector<QPDFObjectHandle> partCells = kidsOf(part);
    if (rowCells.size() != partCells.size() || !movable(partCells))
        return false;
    for (std::size_t c = 0; c < rowCells.size(); ++c) {
        QPDFObjectHandle cell = rowCells[c];
        if (!cell.isDictionary())
            return false;
    }
    for (std::size_t c = 0; c < rowCells.size(); ++c) {
        QPDFObjectHandle cell = rowCells[c];
        std::vector<QPDFObjectHandle> kids = kidsOf(cell);
        for (QPDFObjectHandle kid : kidsOf(partCells[c])) {
            kid.replaceKey("/P", cell);
            kids.push_back(kid);
        }
        setKids(cell, kids);
    }
    return true;
}

} // namespace

void PdfSplitRows::join(QPDFObjectHandle root)
{
    const std::string part = std::string("/") + partTag;
    std::vector<QPDFObjectHandle> stack{root};
    std::set<QPDFObjGen> seen; // a tree, but walked as if it might not be
    while (!stack.empty()) {
        QPDFObjectHandle element = stack.back();
        stack.pop_back();
        if (!element.isDictionary() || (element.isIndirect() && !seen.insert(element.getObjGen()).second))
            continue;
        std::vector<QPDFObjectHandle> kids = kidsOf(element);
        std::vector<QPDFObjectHandle> kept;
        bool changed = false;
        QPDFObjectHandle row; // the last row before the current kid
        for (QPDFObjectHandle kid : kids) {
            if (isElement(kid, part) && row.isInitialized() && joinPart(row, kid)) {
                changed = true;
                continue;
            }
            if (isElement(kid, "/TR"))
                row = kid;
            kept.push_back(kid);
            if (kid.isDictionary() && kid.hasKey("/S"))
                stack.push_back(kid);
        }
        if (changed)
            setKids(element, kept);
    }
}

} // namespace yttra

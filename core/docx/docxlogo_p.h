// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docx/docxpackage_p.h"
#include "pdf/logoimage.h"

#include <QString>

namespace yttra {

/// The board's logo as a picture in a Word document: in Yttra's own template, in a header
/// of the first page of its own; in a municipality's template, which has its own logo in
/// its header, only where it asks for ours (a content control or bookmark named Logotyp or
/// logo). Its description is the picture's alternative text; without one it is marked
/// decorative. An SVG logo goes in as a PNG with the SVG beside it, for the Words that draw it.
class DocxLogo
{
public:
    DocxLogo(DocxPackage &package, const LogoImage &logo);

    /// Yttra's own template: the first page gets a header of its own (w:titlePg), the
    /// default header with the logo before the board's name, page number and all.
    void addFirstPageHeader();

    /// A municipality's template: the logo in each of its places named Logotyp or logo
    /// (without case); false when the template has none.
    bool fillTemplatePlace();

private:
    XmlNode pictureRun(const QString &part);
    int unusedDrawingId();
    int fillPlaces(XmlNode &node, const QString &part);

    DocxPackage &m_package;
    const LogoImage &m_logo;
    QString m_media;  // the picture's PNG part, once added
    QString m_vector; // and its SVG part, when the logo is one
};

} // namespace yttra

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the pictures of a Word document with python-docx (a reader we did not write), as
JSON: for each drawing, the part it is in and what that part is to the first section (the
body, its default or its first-page header), its name, its alternative text, whether Word's
decorative mark is set, the picture's content type and pixel size, whether an SVG goes
with it (Word's svgBlip); and whether the first section has a first-page header of its own.

  docxpictures.py FILE.docx
"""
import json
import struct
import sys

import docx
from docx.oxml.ns import qn
from lxml import etree

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DECORATIVE = "http://schemas.microsoft.com/office/drawing/2017/decorative"
SVG = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def svg_type(part, blip):
    """The content type of the SVG Word's svgBlip extension gives beside the picture, if any."""
    svg = blip.find(".//{%s}svgBlip" % SVG) if blip is not None else None
    return part.rels[svg.get(qn("r:embed"))].target_part.content_type if svg is not None else ""


def main():
    document = docx.Document(sys.argv[1])
    section = document.sections[0]
    roles = {str(document.part.partname): "body", str(section.header.part.partname): "header"}
    if section.different_first_page_header_footer:
        roles[str(section.first_page_header.part.partname)] = "firstHeader"
    pictures = []
    for part in document.part.package.iter_parts():
        if not str(part.partname).endswith(".xml") or not hasattr(part, "rels"):
            continue
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        for properties in root.iter("{%s}docPr" % WP):
            drawing = properties.getparent()
            blip = drawing.find(".//{%s}blip" % A)
            image = part.rels[blip.get(qn("r:embed"))].target_part if blip is not None else None
            size = None
            if image is not None and image.blob[:8] == b"\x89PNG\r\n\x1a\n":
                size = list(struct.unpack(">II", image.blob[16:24]))
            pictures.append({
                "part": str(part.partname),
                "role": roles.get(str(part.partname), ""),
                "inline": drawing.tag == "{%s}inline" % WP,
                "name": properties.get("name", ""),
                "descr": properties.get("descr", ""),
                "decorative": properties.find(".//{%s}decorative" % DECORATIVE) is not None,
                "contentType": image.content_type if image is not None else "",
                "svg": svg_type(part, blip) == "image/svg+xml",
                "pixels": size,
            })
    print(json.dumps({"firstPageHeader": section.different_first_page_header_footer, "pictures": pictures}, ensure_ascii=False))


if __name__ == "__main__":
    main()

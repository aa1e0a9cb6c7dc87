#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a Word document with python-docx (a reader we did not write) and prints what the
tests of the Word export look at, as JSON: the body's paragraphs in order (style name, text,
list level and numbering id, whether it keeps with the next), tables (rows, repeated header,
rows that may not split), content controls (tag, title, text, placeholder), the languages of
the runs, the header and footer texts and field codes, the styles, the document properties
and the custom properties.

  docxcheck.py FILE.docx
"""
import json
import sys
import zipfile

import docx
from docx.oxml.ns import qn
from lxml import etree


def text_of(element):
    parts = []
    for node in element.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def main():
    path = sys.argv[1]
    document = docx.Document(path)
    body = document.element.body
    styles = {s.style_id: s.name for s in document.styles}
    paragraphs = []
    for p in body.iter(qn("w:p")):
        if p.getparent().tag == qn("w:tc") or any(a.tag == qn("w:tc") for a in p.iterancestors()):
            continue
        ppr = p.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")).get(qn("w:val")) if ppr is not None and ppr.find(qn("w:pStyle")) is not None else None
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        paragraphs.append({
            "style": styles.get(style, style) if style else "Normal",
            "text": text_of(p),
            "numId": int(num.find(qn("w:numId")).get(qn("w:val"))) if num is not None else None,
            "level": int(num.find(qn("w:ilvl")).get(qn("w:val"))) if num is not None else None,
            "keepNext": ppr is not None and ppr.find(qn("w:keepNext")) is not None,
        })
    tables = []
    for table in document.tables:
        rows = []
        for tr in table._tbl.tr_lst:
            trpr = tr.find(qn("w:trPr"))
            rows.append({
                "cells": [text_of(tc) for tc in tr.findall(qn("w:tc"))],
                "header": trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
                "cantSplit": trpr is not None and trpr.find(qn("w:cantSplit")) is not None,
            })
        style = table.style.name if table.style is not None else None
        tables.append({"style": style, "rows": rows})
    controls = []
    for part_name, root in [("document", body)] + [
            ("header", s.header._element) for s in document.sections] + [
            ("firstHeader", s.first_page_header._element) for s in document.sections]:
        for sdt in root.iter(qn("w:sdt")):
            pr = sdt.find(qn("w:sdtPr"))
            tag = pr.find(qn("w:tag"))
            alias = pr.find(qn("w:alias"))
            controls.append({
                "part": part_name,
                "tag": tag.get(qn("w:val")) if tag is not None else "",
                "alias": alias.get(qn("w:val")) if alias is not None else "",
                "text": text_of(sdt.find(qn("w:sdtContent"))),
                "placeholder": pr.find(qn("w:showingPlcHdr")) is not None,
                "locked": pr.find(qn("w:lock")) is not None,
                "block": sdt.getparent().tag in (qn("w:body"), qn("w:sdtContent")) and sdt.find(qn("w:sdtContent")).find(qn("w:p")) is not None,
            })
    languages = sorted({lang.get(qn("w:val")) for lang in body.iter(qn("w:lang"))})
    runs_without_language = sum(1 for r in body.iter(qn("w:r"))
                                if r.find(qn("w:t")) is not None and (r.find(qn("w:rPr")) is None or r.find(qn("w:rPr")).find(qn("w:lang")) is None))
    headers = []
    for section in document.sections:
        for header in ((section.header, section.first_page_header) if section.different_first_page_header_footer else (section.header,)):
            if header.is_linked_to_previous:
                continue
            element = header._element
            headers.append({
                "text": text_of(element),
                "fields": [t.text.strip() for t in element.iter(qn("w:instrText"))] + [f.get(qn("w:instr")).strip() for f in element.iter(qn("w:fldSimple"))],
                "images": len(list(element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"))),
            })
    # What a paragraph style does by itself: keep with the next paragraph, a border or
    # shading (the framed auditors' text), keep its lines together.
    style_looks = {}
    for s in document.styles:
        ppr = s.element.find(qn("w:pPr"))
        if ppr is None:
            continue
        style_looks[s.name] = {
            "keepNext": ppr.find(qn("w:keepNext")) is not None,
            "border": ppr.find(qn("w:pBdr")) is not None,
            "shading": ppr.find(qn("w:shd")) is not None,
        }
    core = document.core_properties
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        types = etree.fromstring(z.read("[Content_Types].xml"))
        custom = {}
        if "docProps/custom.xml" in names:
            for prop in etree.fromstring(z.read("docProps/custom.xml")):
                custom[prop.get("name")] = "".join(prop.itertext())
    main_type = [o.get("ContentType") for o in types if o.get("PartName") == "/word/document.xml"]
    section = document.sections[-1]
    print(json.dumps({
        "paragraphs": paragraphs,
        "tables": tables,
        "controls": controls,
        "languages": languages,
        "runsWithoutLanguage": runs_without_language,
        "headers": headers,
        "styles": sorted(styles.values(), key=str),
        "styleLooks": style_looks,
        "core": {"title": core.title, "author": core.author, "subject": core.subject, "language": core.language,
                 "keywords": core.keywords},
        "custom": custom,
        "mainContentType": main_type[0] if main_type else None,
        "parts": names,
        "page": {"width": section.page_width, "height": section.page_height, "left": section.left_margin,
                 "right": section.right_margin, "top": section.top_margin},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()

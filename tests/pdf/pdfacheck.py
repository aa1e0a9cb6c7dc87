#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a PDF Yttra wrote against what PDF/A-2a and PDF/UA-1 ask of it, with pikepdf (a
reader we did not write). Prints one problem a line and exits 1 when there is any; prints
"ok" and a summary otherwise.

  pdfacheck.py FILE.pdf [LANGUAGE]

What it checks (a full validator such as veraPDF checks much more, see docs/pdf.md):
- not encrypted; the catalog has /Lang (LANGUAGE, default sv-SE), /MarkInfo /Marked true,
  /ViewerPreferences /DisplayDocTitle true, a /StructTreeRoot;
- XMP metadata that parses, with pdfaid:part 2, pdfaid:conformance A, pdfuaid:part 1,
  dc:title, dc:language and xmp:CreatorTool, and the same title, author, subject, keywords,
  creator, producer and dates as the Info dictionary;
- an /OutputIntent /GTS_PDFA1 with an ICC profile stream of 3 components;
- every text-showing and path-painting operator on every page is inside marked content that
  is an /Artifact or carries an MCID the structure tree reaches from that page;
- every table header cell (TH) has a /Scope;
- every Figure has a non-empty /Alt, and every image XObject a page shows (directly or in a
  form XObject) is an /Artifact or the content of a Figure.
"""
import datetime
import sys

import pikepdf

TEXT = {"Tj", "TJ", "'", '"'}
PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI", "INLINE IMAGE"}


def pdf_date(value):
    """D:20261207131500+01'00' -> an aware datetime."""
    s = str(value)[2:]
    base = datetime.datetime.strptime(s[:14], "%Y%m%d%H%M%S")
    zone = s[14:]
    if zone in ("", "Z") or zone.startswith("Z"):
        return base.replace(tzinfo=datetime.timezone.utc)
    sign = 1 if zone[0] == "+" else -1
    hours, minutes = int(zone[1:3]), int(zone[4:6])
    return base.replace(tzinfo=datetime.timezone(sign * datetime.timedelta(hours=hours, minutes=minutes)))


def xmp_date(value):
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def reachable_mcids(pdf):
    """{(page object id, mcid): the type of the element that owns it} for every marked
    content the structure tree reaches, the TH elements and the Figure elements."""
    found, headers, figures = {}, [], []
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return found, headers, figures
    stack = [(root.get("/K"), None, None)]
    while stack:
        node, page, owner = stack.pop()
        if node is None:
            continue
        if isinstance(node, pikepdf.Array):
            stack.extend((k, page, owner) for k in node)
        elif isinstance(node, int) or (isinstance(node, pikepdf.Object) and node._type_code == pikepdf.ObjectType.integer):
            if page is not None:
                found[(page.objgen, int(node))] = owner
        elif isinstance(node, pikepdf.Dictionary):
            pg = node.get("/Pg", page)
            if node.get("/Type") == "/MCR":
                found[(pg.objgen, int(node.MCID))] = owner
            elif node.get("/Type") == "/OBJR":
                pass
            else:
                kind = str(node.get("/S"))
                if kind == "/TH":
                    headers.append(node)
                elif kind == "/Figure":
                    figures.append(node)
                stack.append((node.get("/K"), pg, kind))
    return found, headers, figures


def shows_image(resources, name, depth=0):
    """Whether the XObject `name` in `resources` is an image or a form that shows one."""
    xobjects = resources.get("/XObject") if resources is not None else None
    xobject = xobjects.get(name) if xobjects is not None else None
    if xobject is None:
        return False
    if xobject.get("/Subtype") == "/Image":
        return True
    if xobject.get("/Subtype") == "/Form" and depth < 8:
        inner = xobject.get("/Resources")
        return any(str(op) == "Do" and shows_image(inner, operands[0], depth + 1)
                   for operands, op in pikepdf.parse_content_stream(xobject))
    return False


def has_scope(th):
    attributes = th.get("/A")
    if attributes is None:
        return False
    for a in (attributes if isinstance(attributes, pikepdf.Array) else [attributes]):
        if isinstance(a, pikepdf.Dictionary) and a.get("/O") == "/Table" and "/Scope" in a:
            return True
    return False


def main():
    path = sys.argv[1]
    language = sys.argv[2] if len(sys.argv) > 2 else "sv-SE"
    problems = []
    pdf = pikepdf.open(path)
    if pdf.is_encrypted:
        problems.append("encrypted")
    root = pdf.Root
    if str(root.get("/Lang", "")) != language:
        problems.append("catalog /Lang is %r, not %r" % (str(root.get("/Lang", "")), language))
    if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
        problems.append("no /MarkInfo /Marked true")
    if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        problems.append("no /ViewerPreferences /DisplayDocTitle true")
    if "/StructTreeRoot" not in root:
        problems.append("no structure tree")

    # XMP, and the Info dictionary saying the same.
    meta = pdf.open_metadata()
    want = {"{http://www.aiim.org/pdfa/ns/id/}part": "2", "{http://www.aiim.org/pdfa/ns/id/}conformance": "A",
            "{http://www.aiim.org/pdfua/ns/id/}part": "1"}
    for key, value in want.items():
        if str(meta.get(key)) != value:
            problems.append("XMP %s is %r, not %r" % (key, meta.get(key), value))
    for key in ("dc:title", "dc:language", "xmp:CreatorTool"):
        if not meta.get(key):
            problems.append("XMP has no %s" % key)
    info = pdf.docinfo
    pairs = [("/Title", "dc:title"), ("/Subject", "dc:description"), ("/Keywords", "pdf:Keywords"),
             ("/Creator", "xmp:CreatorTool"), ("/Producer", "pdf:Producer")]
    for info_key, xmp_key in pairs:
        if str(info.get(info_key, "")) != str(meta.get(xmp_key, "")):
            problems.append("Info %s %r but XMP %s %r" % (info_key, str(info.get(info_key, "")), xmp_key, meta.get(xmp_key)))
    creators = meta.get("dc:creator") or []
    if str(info.get("/Author", "")) != (creators[0] if creators else ""):
        problems.append("Info /Author %r but XMP dc:creator %r" % (str(info.get("/Author", "")), creators))
    for info_key, xmp_key in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        if info_key in info and (not meta.get(xmp_key) or pdf_date(info[info_key]) != xmp_date(meta.get(xmp_key))):
            problems.append("Info %s %s but XMP %s %r" % (info_key, info[info_key], xmp_key, meta.get(xmp_key)))
    if list(meta.get("dc:language") or []) != [language]:
        problems.append("XMP dc:language is %r" % meta.get("dc:language"))

    intents = root.get("/OutputIntents", [])
    if not any(i.get("/S") == "/GTS_PDFA1" and isinstance(i.get("/DestOutputProfile"), pikepdf.Stream)
               and int(i.DestOutputProfile.get("/N", 0)) == 3 for i in intents):
        problems.append("no /GTS_PDFA1 output intent with an RGB ICC profile")

    # Everything drawn is tagged or an artifact.
    reached, headers, figures = reachable_mcids(pdf)
    counts = {"tagged": 0, "artifact": 0, "images": 0}
    for number, page in enumerate(pdf.pages, 1):
        stack = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC":
                props = operands[1]
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                stack.append((str(operands[0]), None if mcid is None else int(mcid)))
            elif op == "BMC":
                stack.append((str(operands[0]), None))
            elif op == "EMC":
                if stack:
                    stack.pop()
                else:
                    problems.append("page %d: EMC without a marked-content sequence" % number)
            elif op in TEXT or op in PAINT:
                if any(tag == "/Artifact" for tag, _ in stack):
                    counts["artifact"] += 1
                    continue
                mcids = [m for _, m in stack if m is not None]
                image = op == "Do" and shows_image(page.obj.get("/Resources"), operands[0])
                if not mcids:
                    problems.append("page %d: %s outside tagged content and artifacts" % (number, op))
                elif (page.objgen, mcids[-1]) not in reached:
                    problems.append("page %d: MCID %d is not reached from the structure tree" % (number, mcids[-1]))
                elif image and reached[(page.objgen, mcids[-1])] != "/Figure":
                    problems.append("page %d: an image in %s, not in a Figure" % (number, reached[(page.objgen, mcids[-1])]))
                else:
                    counts["tagged"] += 1
                    counts["images"] += image
        if stack:
            problems.append("page %d: %d marked-content sequences left open" % (number, len(stack)))
    for th in headers:
        if not has_scope(th):
            problems.append("a TH without /Scope")
            break
    for figure in figures:
        if not str(figure.get("/Alt", "")).strip():
            problems.append("a Figure without /Alt")

    if problems:
        for p in problems[:50]:
            print(p)
        if len(problems) > 50:
            print("... and %d more" % (len(problems) - 50))
        sys.exit(1)
    print("ok: %d pages, %d tagged and %d artifact operators, %d TH cells, %d figures, %d tagged images"
          % (len(pdf.pages), counts["tagged"], counts["artifact"], len(headers), len(figures), counts["images"]))


if __name__ == "__main__":
    main()

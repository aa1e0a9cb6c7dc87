#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the two Word test templates of the fictional "Sjöviks kommun".

    /usr/bin/python3 tests/data/docx/make-templates.py

writes, beside this script:

  sjovik-kontroller.dotx  A Word *template* package (template.main+xml) whose
                          slots are content controls (w:sdt with w:alias and
                          w:tag), in the headers and the body, styles with the
                          localized ids of a Swedish Word.
  sjovik-bokmarken.docx   An ordinary .docx used as a template: slots are
                          bookmarks in the body, DOCPROPERTY fields in the header
                          and custom document properties, styles named as a
                          Swedish LibreOffice names them.

The parts are written by hand (not with python-docx, whose default template
would bring its own English style ids and a dozen unrelated parts), so every
element is the one we mean to test. The output is deterministic (fixed zip
timestamps, fixed order), so rerunning the script must not change the committed
files. The logos are PNGs drawn here with zlib and struct. See README.md.
"""

import math
import os
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
ZIP_TIME = (2024, 1, 15, 9, 0, 0)

# ---------------------------------------------------------------- PNG logos

def png_bytes(size, shade, ss=4):
    """An RGBA PNG of size x size; shade(u, v) gives (r, g, b) or None (transparent)
    at unit coordinates; ss x ss samples a pixel for smooth edges."""
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter: none
        for x in range(size):
            r = g = b = a = 0
            for sy in range(ss):
                for sx in range(ss):
                    c = shade((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size)
                    if c is not None:
                        r += c[0]; g += c[1]; b += c[2]; a += 1
            if a:
                raw += bytes((r // a, g // a, b // a, 255 * a // (ss * ss)))
            else:
                raw += b"\0\0\0\0"

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))


def hexrgb(h):
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def shield_emblem(u, v):
    """Sjöviks kommun's arms (controls template): a shield, a sun rising over a bay."""
    def half_width(v, inset):
        top, shoulder, point = 0.06 + inset, 0.55, 0.95 - 1.4 * inset
        if v < top or v > point:
            return -1.0
        w = 0.38 - inset
        if v <= shoulder:
            return w
        return w * math.cos((v - shoulder) / (point - shoulder) * math.pi / 2)

    dx = abs(u - 0.5)
    if dx > half_width(v, 0.0):
        return None
    if dx > half_width(v, 0.055):
        return hexrgb("1F3864")  # border, the headings' dark blue
    shore = 0.52 + 0.018 * math.sin(u * 4 * math.pi)
    if v < shore:
        if (u - 0.5) ** 2 + (v - 0.52) ** 2 < 0.19 ** 2:
            return hexrgb("F2B705")  # sun
        return hexrgb("F4F7FB")
    for crest in (0.64, 0.77):
        if abs(v - (crest + 0.02 * math.sin(u * 6 * math.pi))) < 0.016:
            return hexrgb("FFFFFF")
    return hexrgb("2E75B6")  # water


def seal_emblem(u, v):
    """A round seal (bookmarks template): a spruce over the water."""
    d = math.hypot(u - 0.5, v - 0.5)
    if d > 0.47:
        return None
    if d > 0.40:
        return hexrgb("2E5E3A")  # ring
    if v > 0.70 + 0.015 * math.sin(u * 5 * math.pi):
        return hexrgb("3B7DBF")  # water
    for top, bottom, width in ((0.16, 0.40, 0.13), (0.28, 0.54, 0.17), (0.40, 0.66, 0.21)):
        if top <= v <= bottom and abs(u - 0.5) <= width * (v - top) / (bottom - top):
            return hexrgb("2E5E3A")  # spruce tiers
    if 0.64 <= v <= 0.71 and abs(u - 0.5) < 0.03:
        return hexrgb("6B4226")  # trunk
    return hexrgb("FBFAF5")


# ---------------------------------------------------------------- XML helpers

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
WML_NS = f'xmlns:w="{NS_W}" xmlns:r="{NS_R}" xmlns:wp="{NS_WP}" xmlns:a="{NS_A}" xmlns:pic="{NS_PIC}"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
EMU_PER_CM = 360000


def attr(s):
    return quoteattr(s)


def rpr(props):
    return f"<w:rPr>{props}</w:rPr>" if props else ""


def run(text, props=""):
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<w:r>{rpr(props)}<w:t{space}>{escape(text)}</w:t></w:r>"


def tab(props=""):
    return f"<w:r>{rpr(props)}<w:tab/></w:r>"


def para(content="", ppr=""):
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{content}</w:p>"


def complex_field(instr, result, props=""):
    """A field as Word writes it: begin, instrText, separate, cached result, end."""
    return (f'<w:r>{rpr(props)}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr(props)}<w:instrText xml:space="preserve">{escape(instr)}</w:instrText></w:r>'
            f'<w:r>{rpr(props)}<w:fldChar w:fldCharType="separate"/></w:r>'
            + run(result, props)
            + f'<w:r>{rpr(props)}<w:fldChar w:fldCharType="end"/></w:r>')


def simple_field(instr, result, props=""):
    return f"<w:fldSimple w:instr={attr(instr)}>{run(result, props)}</w:fldSimple>"


def page_of_pages(props="", prefix=""):
    """'Sida 1 (2)': PAGE and NUMPAGES as complex fields."""
    return ((run(prefix, props) if prefix else "")
            + complex_field(" PAGE ", "1", props) + run(" (", props)
            + complex_field(" NUMPAGES ", "1", props) + run(")", props))


def sdt_pr(name, sdt_id, kind="", placeholder=False):
    """w:sdtPr in the order Word writes it: alias, tag, id, showingPlcHdr, type."""
    return (f"<w:sdtPr><w:alias w:val={attr(name)}/><w:tag w:val={attr(name)}/>"
            f'<w:id w:val="{sdt_id}"/>{"<w:showingPlcHdr/>" if placeholder else ""}{kind}</w:sdtPr>')


def sdt_run(name, sdt_id, text, kind="<w:text/>", placeholder=True, props=""):
    """A run-level content control; placeholder text gets the Placeholder Text style."""
    style = '<w:rStyle w:val="PlaceholderText"/>' if placeholder else ""
    return (f"<w:sdt>{sdt_pr(name, sdt_id, kind, placeholder)}"
            f"<w:sdtContent>{run(text, style + props)}</w:sdtContent></w:sdt>")


DATE_KIND = ('<w:date><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
             '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')


def inline_image(rid, cm, docpr_id, name, descr):
    cx = cy = round(cm * EMU_PER_CM)
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{docpr_id}" name={attr(name)} descr={attr(descr)}/>'
            f'<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            f'<a:graphic><a:graphicData uri="{NS_PIC}"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="0" name={attr(name)} descr={attr(descr)}/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            f'</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def rels(items, ns=PKG_REL):
    body = "".join(f'<Relationship Id="{i}" Type="{REL if not t.startswith("http") else ""}{t}" Target="{tg}"/>'
                   for i, t, tg in items)
    return f'{DECL}<Relationships xmlns="{ns}">{body}</Relationships>'


def content_types(main, overrides):
    items = [("/word/document.xml", main)] + overrides
    return (f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/>'
            + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in items)
            + "</Types>")


def core_props(title, creator, subject=""):
    return (f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title>"
            + (f"<dc:subject>{escape(subject)}</dc:subject>" if subject else "")
            + f"<dc:creator>{escape(creator)}</dc:creator><cp:lastModifiedBy>{escape(creator)}</cp:lastModifiedBy>"
            '<cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-15T09:00:00Z</dcterms:modified>'
            "</cp:coreProperties>")


def app_props(application, template, company=""):
    return (f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
            ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            + (f"<Template>{escape(template)}</Template>" if template else "")
            + f"<TotalTime>0</TotalTime><Pages>1</Pages><Application>{escape(application)}</Application>"
            "<DocSecurity>0</DocSecurity>"
            + (f"<Company>{escape(company)}</Company>" if company else "")
            + "<AppVersion>16.0000</AppVersion></Properties>")


def style(kind, sid, name, inner="", default=False):
    d = ' w:default="1"' if default else ""
    return f'<w:style w:type="{kind}"{d} w:styleId="{sid}"><w:name w:val={attr(name)}/>{inner}</w:style>'


def hdr(kind, body):
    tag = {"header": "w:hdr", "footer": "w:ftr"}[kind]
    return f"{DECL}<{tag} {WML_NS}>{body}</{tag}>"


def write_package(filename, parts):
    """parts: (name, str|bytes) in order; [Content_Types].xml first."""
    path = os.path.join(HERE, filename)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    print(f"{filename}: {os.path.getsize(path)} bytes")


# ---------------------------------------------------------------- 1. controls template (.dotx)

def make_kontroller():
    # Content-control ids: unique in the whole package (headers included).
    ids = iter(range(1101, 1200))
    bold = "<w:b/>"

    def header_controls_default():
        return (para(inline_image("rIdLogo", 0.9, 1, "Bild 1", "Sjöviks kommun")
                     + run(" Sjöviks kommun", bold + '<w:sz w:val="24"/>')
                     + tab() + sdt_run("Nämnd", next(ids), "Ange nämnd", props=bold)
                     + tab() + page_of_pages(prefix="Sida "),
                     '<w:pStyle w:val="Sidhuvud"/>')
                + para(tab() + run("Datum ") + sdt_run("Datum", next(ids), "Välj datum", DATE_KIND)
                       + tab() + run("Dnr ") + sdt_run("Diarienummer", next(ids), "Ange dnr"),
                       '<w:pStyle w:val="Sidhuvud"/>'))

    header1 = hdr("header", header_controls_default())

    # First page: a borderless two-column table, larger logo at the left.
    right = '<w:pStyle w:val="Sidhuvud"/><w:jc w:val="right"/>'
    cell = lambda width, content: (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>')
    no_borders = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    header2 = hdr("header",
        '<w:tbl><w:tblPr><w:tblW w:w="9354" w:type="dxa"/>'
        f'<w:tblBorders>{no_borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        '</w:tblPr><w:tblGrid><w:gridCol w:w="4677"/><w:gridCol w:w="4677"/></w:tblGrid><w:tr>'
        + cell(4677,
               para(inline_image("rIdLogo", 1.8, 2, "Bild 2", "Sjöviks kommun"), '<w:pStyle w:val="Sidhuvud"/>')
               + para(run("Sjöviks kommun", bold + '<w:color w:val="1F3864"/><w:sz w:val="28"/>'),
                      '<w:pStyle w:val="Sidhuvud"/>'))
        + cell(4677,
               para(sdt_run("Nämnd", next(ids), "Ange nämnd", props=bold), right)
               + para(run("Datum ") + sdt_run("Datum", next(ids), "Välj datum", DATE_KIND), right)
               + para(run("Dnr ") + sdt_run("Diarienummer", next(ids), "Ange dnr"), right)
               + para(page_of_pages(prefix="Sida "), right))
        + "</w:tr></w:tbl>" + para("", '<w:pStyle w:val="Sidhuvud"/>'))

    footer_body = (para(run("Sjöviks kommun · Kommunledningskontoret · 123 45 Sjövik · www.sjovik.example"),
                        '<w:pStyle w:val="Sidfot"/><w:jc w:val="center"/>')
                   + para(complex_field(" PAGE ", "1"), '<w:pStyle w:val="Sidfot"/><w:jc w:val="center"/>'))
    footer1 = hdr("footer", footer_body)
    footer2 = hdr("footer", footer_body)  # the first page's footer: the same text

    sekretess_kind = ('<w:dropDownList w:lastValue="Offentlig handling">'
                      '<w:listItem w:displayText="Offentlig handling" w:value="Offentlig handling"/>'
                      '<w:listItem w:displayText="Omfattas av sekretess" w:value="Omfattas av sekretess"/>'
                      "</w:dropDownList>")
    body = (
        para(sdt_run("Sekretess", next(ids), "Offentlig handling", sekretess_kind, placeholder=False,
                     props='<w:sz w:val="18"/>'), '<w:jc w:val="right"/>')
        + para(run("Till: ") + sdt_run("Till", next(ids), "Ange mottagare"))
        + para(sdt_run("Rubrik", next(ids), "Ange rubrik"), '<w:pStyle w:val="Rubrik1"/>')
        + para(run("Handläggare: ") + sdt_run("Handläggare", next(ids), "Ange handläggare"))
        + f"<w:sdt>{sdt_pr('Yttrande', next(ids), placeholder=True)}<w:sdtContent>"
        + para(run("Klicka här för att skriva yttrandet.", '<w:rStyle w:val="PlaceholderText"/>'))
        + "</w:sdtContent></w:sdt>"
        + para()
        + '<w:sectPr><w:headerReference w:type="default" r:id="rId5"/>'
          '<w:headerReference w:type="first" r:id="rId6"/>'
          '<w:footerReference w:type="default" r:id="rId7"/>'
          '<w:footerReference w:type="first" r:id="rId8"/>'
          '<w:pgSz w:w="11906" w:h="16838"/>'
          '<w:pgMar w:top="1701" w:right="1134" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/>'
          '<w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>')
    document = f"{DECL}<w:document {WML_NS}><w:body>{body}</w:body></w:document>"

    blue = '<w:color w:val="1F3864"/>'
    heading = lambda level, size, before: (
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>'
        + ("<w:unhideWhenUsed/>" if level > 1 else "") + "<w:qFormat/>"
        f'<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/>'
        f'<w:outlineLvl w:val="{level - 1}"/></w:pPr>'
        f'<w:rPr><w:b/><w:bCs/>{blue}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')
    tabs = '<w:tabs><w:tab w:val="center" w:pos="4677"/><w:tab w:val="right" w:pos="9354"/></w:tabs>'
    cell_mar = ('<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>')
    grid = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    styles = (f"{DECL}<w:styles {WML_NS}>"
        '<w:docDefaults><w:rPrDefault><w:rPr>'
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/>'
        '</w:pPr></w:pPrDefault></w:docDefaults>'
        + style("paragraph", "Normal", "Normal", "<w:qFormat/>", default=True)
        + style("paragraph", "Rubrik1", "heading 1", heading(1, 32, 360))
        + style("paragraph", "Rubrik2", "heading 2", heading(2, 26, 240))
        + style("paragraph", "Rubrik3", "heading 3", heading(3, 24, 240))
        + style("character", "Standardstycketeckensnitt", "Default Paragraph Font",
                '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', default=True)
        + style("table", "Normaltabell", "Normal Table",
                '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
                f'<w:tblPr><w:tblInd w:w="0" w:type="dxa"/>{cell_mar}</w:tblPr>', default=True)
        + style("numbering", "Ingenlista", "No List",
                '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', default=True)
        + style("paragraph", "Sidhuvud", "header",
                f'<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                f'<w:pPr>{tabs}<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>')
        + style("paragraph", "Sidfot", "footer",
                f'<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                f'<w:pPr>{tabs}<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:rPr><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>')
        + style("paragraph", "Punktlista", "List Bullet",
                '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>'
                '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/></w:pPr>')
        + style("table", "Tabellrutnt", "Table Grid",
                '<w:basedOn w:val="Normaltabell"/><w:uiPriority w:val="39"/>'
                '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                f'<w:tblPr><w:tblBorders>{grid}</w:tblBorders></w:tblPr>')
        + style("character", "PlaceholderText", "Placeholder Text",
                '<w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:semiHidden/>'
                '<w:rPr><w:color w:val="808080"/></w:rPr>')
        + "</w:styles>")

    numbering = (f"{DECL}<w:numbering {WML_NS}>"
        '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1C3E20"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="Punktlista"/>'
        '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

    settings = (f"{DECL}<w:settings {WML_NS}>"
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
        "</w:settings>")

    header_rels = rels([("rIdLogo", "image", "media/image1.png")])
    parts = [
        ("[Content_Types].xml", content_types(CT_WML + "template.main+xml", [
            ("/word/styles.xml", CT_WML + "styles+xml"),
            ("/word/settings.xml", CT_WML + "settings+xml"),
            ("/word/numbering.xml", CT_WML + "numbering+xml"),
            ("/word/header1.xml", CT_WML + "header+xml"),
            ("/word/header2.xml", CT_WML + "header+xml"),
            ("/word/footer1.xml", CT_WML + "footer+xml"),
            ("/word/footer2.xml", CT_WML + "footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")])),
        ("_rels/.rels", rels([
            ("rId1", "officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml"),
            ("rId3", "extended-properties", "docProps/app.xml")])),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", rels([
            ("rId1", "styles", "styles.xml"),
            ("rId2", "settings", "settings.xml"),
            ("rId3", "numbering", "numbering.xml"),
            ("rId5", "header", "header1.xml"),
            ("rId6", "header", "header2.xml"),
            ("rId7", "footer", "footer1.xml"),
            ("rId8", "footer", "footer2.xml")])),
        ("word/styles.xml", styles),
        ("word/settings.xml", settings),
        ("word/numbering.xml", numbering),
        ("word/header1.xml", header1),
        ("word/_rels/header1.xml.rels", header_rels),
        ("word/header2.xml", header2),
        ("word/_rels/header2.xml.rels", header_rels),
        ("word/footer1.xml", footer1),
        ("word/footer2.xml", footer2),
        ("word/media/image1.png", png_bytes(96, shield_emblem)),
        ("docProps/core.xml", core_props("Mall för yttrande", "Sjöviks kommun", "Yttrande till revisorerna")),
        ("docProps/app.xml", app_props("Microsoft Office Word", "Normal.dotm", "Sjöviks kommun")),
    ]
    write_package("sjovik-kontroller.dotx", parts)


# ---------------------------------------------------------------- 2. bookmarks template (.docx)

def make_bokmarken():
    marks = {}

    def bookmark(name, content=""):
        """bookmarkStart, content (runs, or nothing: collapsed), bookmarkEnd, same w:id."""
        i = marks.setdefault(name, len(marks))
        return (f'<w:bookmarkStart w:id="{i}" w:name={attr(name)}/>{content}'
                f'<w:bookmarkEnd w:id="{i}"/>')

    hp = '<w:pStyle w:val="Sidhuvud"/>'
    header = hdr("header",
        para(inline_image("rIdLogo", 1.2, 1, "Bild 1", "Sjöviks kommun")
             + run(" Sjöviks kommun", '<w:b/><w:sz w:val="28"/>')
             + tab() + page_of_pages(), hp)
        + para(simple_field(r" DOCPROPERTY Nämnd \* MERGEFORMAT ", "—", "<w:b/>"), hp)
        + para(run("Datum: ") + complex_field(r" DOCPROPERTY Datum \* MERGEFORMAT ", "—")
               + tab() + run("Dnr: ") + complex_field(" DOCPROPERTY Diarienummer ", "—"), hp))

    body = (
        para(bookmark("Nämnd", run("[Nämnd]", "<w:b/>")))
        + para(run("Datum: ") + bookmark("Datum"))
        + para(run("Diarienummer: ") + bookmark("Diarienummer", run("[Diarienummer]")))
        + para(run("Till: ") + bookmark("Till", run("[Till]")))
        + para(bookmark("Rubrik", run("[Rubrik]")), '<w:pStyle w:val="Rubrik1"/>')
        + para(bookmark("Yttrande"))
        + para(run("Handläggare: ") + bookmark("Handläggare"))
        + '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>'
          '<w:pgSz w:w="11906" w:h="16838"/>'
          '<w:pgMar w:top="1418" w:right="1701" w:bottom="1418" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>'
          '<w:cols w:space="720"/><w:docGrid w:linePitch="326"/></w:sectPr>')
    document = f"{DECL}<w:document {WML_NS}><w:body>{body}</w:body></w:document>"

    heading = lambda level, size: (
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
        f'<w:rPr><w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')
    tabs = '<w:tabs><w:tab w:val="center" w:pos="4252"/><w:tab w:val="right" w:pos="8504"/></w:tabs>'
    styles = (f"{DECL}<w:styles {WML_NS}>"
        '<w:docDefaults><w:rPrDefault><w:rPr>'
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'
        '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="sv-SE" w:eastAsia="zh-CN" w:bidi="hi-IN"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="140" w:line="276" w:lineRule="auto"/>'
        '</w:pPr></w:pPrDefault></w:docDefaults>'
        + style("paragraph", "Normal", "Normal", "<w:qFormat/>", default=True)
        + style("paragraph", "Rubrik1", "Rubrik 1", heading(1, 36))
        + style("paragraph", "Rubrik2", "Rubrik 2", heading(2, 32))
        + style("paragraph", "Rubrik3", "Rubrik 3", heading(3, 28))
        + style("paragraph", "Sidhuvud", "Sidhuvud",
                f'<w:basedOn w:val="Normal"/><w:pPr>{tabs}<w:spacing w:after="0"/></w:pPr>'
                '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>')
        + style("paragraph", "Rekommendation", "Rekommendation",
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
                '<w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="4" w:color="808080"/></w:pBdr>'
                '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>'
                '<w:spacing w:before="120" w:after="120"/><w:ind w:left="170"/></w:pPr>')
        + "</w:styles>")

    settings = (f"{DECL}<w:settings {WML_NS}>"
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/><w:autoHyphenation w:val="true"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="sv-SE" w:eastAsia="" w:bidi=""/>'
        "</w:settings>")

    fmtid = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    props = [(n, "—") for n in ("Nämnd", "Datum", "Diarienummer", "Handläggare", "Rubrik", "Till")]
    props.append(("Dokumenttyp", "Yttrande"))
    custom = (f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
              ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              + "".join(f'<property fmtid="{fmtid}" pid="{pid}" name={attr(n)}><vt:lpwstr>{escape(v)}</vt:lpwstr></property>'
                        for pid, (n, v) in enumerate(props, start=2))
              + "</Properties>")

    parts = [
        ("[Content_Types].xml", content_types(CT_WML + "document.main+xml", [
            ("/word/styles.xml", CT_WML + "styles+xml"),
            ("/word/settings.xml", CT_WML + "settings+xml"),
            ("/word/header1.xml", CT_WML + "header+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")])),
        ("_rels/.rels", rels([
            ("rId1", "officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml"),
            ("rId3", "extended-properties", "docProps/app.xml"),
            ("rId4", "custom-properties", "docProps/custom.xml")])),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", rels([
            ("rId1", "styles", "styles.xml"),
            ("rId2", "settings", "settings.xml"),
            ("rId4", "header", "header1.xml")])),
        ("word/styles.xml", styles),
        ("word/settings.xml", settings),
        ("word/header1.xml", header),
        ("word/_rels/header1.xml.rels", rels([("rIdLogo", "image", "media/image1.png")])),
        ("word/media/image1.png", png_bytes(96, seal_emblem)),
        ("docProps/core.xml", core_props("Yttrande", "Kommunledningskontoret")),
        ("docProps/app.xml", app_props("LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2", "")),
        ("docProps/custom.xml", custom),
    ]
    write_package("sjovik-bokmarken.docx", parts)


if __name__ == "__main__":
    make_kontroller()
    make_bokmarken()

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes each report's text (report.txt) and PDF (report.pdf) from its source (report.mk).

The source is plain report text with a few marks for the layout the PDF gets, so the text
and the PDF say the same words:

  # Heading / ## Subheading     headings (in the text: the heading line alone)
  | a | b | c |                 a table row; the first row of a table is its header
                                (in the text: cells separated by tabs, as copied from Word)
  [^1] ... and a line "[^1]: note"   a footnote (PDF: a real footnote; text: the note at the end)
  ~                             a soft hyphen: where a long word may break at a line end
  @columns 2 / @columns 1       two-column pages from here / one column again
  @pagebreak                    a new page
  @header TEXT / @footer TEXT   running header/footer on every page; {page} and {pages}
                                become the page number and count (PDF only)
  @justify                      justified paragraphs (line ends break at soft hyphens)

Everything else is a paragraph, written on one line; a paragraph of several lines (an
address block, a signature) keeps its line breaks. List items ("- ", "• ",
"1. ", "a) ") keep their marker and get a hanging indent. Run with no arguments to remake
every folder; needs LibreOffice (soffice) for the PDFs.
"""

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHY = "\u00ad"

LIST_RE = re.compile(r"^(\s*)([-•▪–]|\d+[.)]|[a-zåäö][.)])\s+")
NOTE_REF = re.compile(r"\[\^(\d+)\]")


def parse(src):
    """Blocks: (kind, data). kinds: h1, h2, p, li, table, columns, pagebreak."""
    blocks, notes, meta = [], {}, {"header": "", "footer": "", "justify": False}
    para, table = [], []

    def flush():
        nonlocal para, table
        if para:
            text = "\n".join(s.strip() for s in para)
            blocks.append(("li" if LIST_RE.match(para[0]) else "p", text))
            para = []
        if table:
            blocks.append(("table", table))
            table = []

    for line in src.splitlines():
        s = line.rstrip()
        m = re.match(r"^\[\^(\d+)\]:\s*(.*)$", s)
        if m:
            flush()
            notes[m.group(1)] = m.group(2)
            continue
        if s.startswith("@"):
            flush()
            cmd, _, arg = s[1:].partition(" ")
            if cmd in ("header", "footer"):
                meta[cmd] = arg
            elif cmd == "justify":
                meta["justify"] = True
            elif cmd == "columns":
                blocks.append(("columns", int(arg)))
            elif cmd == "pagebreak":
                blocks.append(("pagebreak", None))
            continue
        if not s.strip():
            flush()
            continue
        if s.startswith("|"):
            if para:
                flush()
            table.append([c.strip() for c in s.strip().strip("|").split("|")])
            continue
        if s.startswith("#"):
            flush()
            level = 2 if s.startswith("##") else 1
            blocks.append((f"h{level}", s.lstrip("#").strip()))
            continue
        if para and LIST_RE.match(s):
            flush()
        para.append(s)
    flush()
    return blocks, notes, meta


def plain(text):
    return NOTE_REF.sub(r"\1", text).replace("~", "")


def to_text(blocks, notes):
    out = []
    for kind, data in blocks:
        if kind in ("h1", "h2", "p", "li"):
            out.append(plain(data))
            out.append("")
        elif kind == "table":
            out.extend("\t".join(plain(c) for c in row) for row in data)
            out.append("")
        elif kind == "pagebreak":
            out.append("\f")
    if notes:
        out.extend(f"{n} {plain(t)}" for n, t in sorted(notes.items(), key=lambda kv: int(kv[0])))
        out.append("")
    return "\n".join(out).replace("\n\f\n", "\n\f")


def inline(text, notes):
    def note(m):
        n = m.group(1)
        body = html.escape(notes.get(n, "")).replace("~", SHY)
        return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{body}</text:p></text:note-body></text:note>')

    parts = NOTE_REF.split(text)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(note(re.match(r"(\d+)", part)))
        else:
            out.append(html.escape(part).replace("~", SHY).replace("\n", "<text:line-break/>"))
    return "".join(out)


def running(text):
    text = html.escape(text)
    text = text.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
    return text.replace("{pages}", "<text:page-count>1</text:page-count>")


def to_fodt(blocks, notes, meta):
    align = "justify" if meta["justify"] else "start"
    body, section, sections, tables = [], False, 0, 0
    for kind, data in blocks:
        if kind == "columns":
            if section:
                body.append("</text:section>")
                section = False
            if data == 2:
                sections += 1
                body.append(f'<text:section text:style-name="TwoColumns" text:name="Columns{sections}">')
                section = True
        elif kind == "pagebreak":
            body.append('<text:p text:style-name="PageBreak"/>')
        elif kind in ("h1", "h2"):
            level = kind[1]
            body.append(f'<text:h text:style-name="Heading{level}" text:outline-level="{level}">{inline(data, notes)}</text:h>')
        elif kind == "p":
            body.append(f'<text:p text:style-name="Body">{inline(data, notes)}</text:p>')
        elif kind == "li":
            body.append(f'<text:p text:style-name="ListItem">{inline(data, notes)}</text:p>')
        elif kind == "table":
            tables += 1
            cols = max(len(r) for r in data)
            rows = []
            for i, row in enumerate(data):
                style = "TableHead" if i == 0 else "TableText"
                cells = "".join(
                    f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="{style}">'
                    f"{inline(c, notes)}</text:p></table:table-cell>" for c in row + [""] * (cols - len(row)))
                rows.append(f"<table:table-row>{cells}</table:table-row>")
            body.append(f'<table:table table:name="Table{tables}" table:style-name="Table">'
                        f'<table:table-column table:number-columns-repeated="{cols}"/>{"".join(rows)}</table:table>')
    if section:
        body.append("</text:section>")

    header = f'<style:header><text:p text:style-name="Running">{running(meta["header"])}</text:p></style:header>' if meta["header"] else ""
    footer = f'<style:footer><text:p text:style-name="Running">{running(meta["footer"])}</text:p></style:footer>' if meta["footer"] else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="sv" fo:country="SE"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="{align}"/></style:style>
<style:style style:name="ListItem" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.1cm" fo:text-align="{align}"/></style:style>
<style:style style:name="Heading1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TableHead" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="9.5pt"/></style:style>
<style:style style:name="TableText" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Running" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="PageBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="TwoColumns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="Table" style:family="table"><style:table-properties style:width="16cm" table:align="margins" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">{header}{footer}</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""


def make(folder):
    with open(os.path.join(folder, "report.mk"), encoding="utf-8") as f:
        blocks, notes, meta = parse(f.read())
    with open(os.path.join(folder, "report.txt"), "w", encoding="utf-8") as f:
        f.write(to_text(blocks, notes))
    with tempfile.TemporaryDirectory() as tmp:
        fodt = os.path.join(tmp, "report.fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(to_fodt(blocks, notes, meta))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "report.pdf"), os.path.join(folder, "report.pdf"))


def main():
    names = sys.argv[1:] or sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "report.mk")))
    for name in names:
        make(os.path.join(HERE, name))
        print(name)


if __name__ == "__main__":
    main()

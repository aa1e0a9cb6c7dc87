#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an .xlsx workbook the way Excel users' tools do, with openpyxl (a reader Yttra did
not write), and prints what tst_xlsxexporter checks as one JSON object on standard output:
every cell's type, value and look, each sheet's view, filter, validation and print setup,
and the document properties. The test compares; this script only reads.

    xlsxcheck.py WORKBOOK       the JSON description
    xlsxcheck.py --probe        exit 0 when openpyxl can be imported

Exit codes: 0 read; 2 the workbook could not be read (the reason on stderr); 3 openpyxl is
missing.
"""
import datetime
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError as error:
    sys.stderr.write("python3-openpyxl is missing (%s): run scripts/install-deps\n" % error)
    sys.exit(3)

# Excel shows "_xHHHH_" in a stored string as the character HHHH, scanning left to right
# ("_x005F_" is how a literal "_x0041_" is stored). openpyxl 3.0 only deletes every "x005F_"
# from shared strings, so its string table reader is replaced by one that decodes as Excel does.
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def shown(text):
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def read_string_table_as_excel(xml_source):
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse
    strings = []
    for _, node in iterparse(xml_source):
        if node.tag == "{%s}si" % SHEET_MAIN_NS:
            strings.append(shown(Text.from_tree(node).content))
            node.clear()
    return strings


import openpyxl.reader.excel  # noqa: E402 (after the import check above)
if not hasattr(openpyxl.reader.excel, "read_string_table"):
    sys.stderr.write("this openpyxl (%s) reads shared strings differently; adapt xlsxcheck.py\n" % openpyxl.__version__)
    sys.exit(3)
openpyxl.reader.excel.read_string_table = read_string_table_as_excel


def utf16_length(text):
    return len(text.encode("utf-16-le")) // 2


def cell_of(cell):
    value = cell.value
    kind = cell.data_type
    if isinstance(value, (datetime.datetime, datetime.date)):
        kind = "d"
        value = value.date().isoformat() if isinstance(value, datetime.datetime) else value.isoformat()
    fill = None
    if cell.fill is not None and cell.fill.fill_type == "solid":
        fill = cell.fill.fgColor.rgb
    described = {
        "type": kind,
        "value": value,
        "format": cell.number_format,
        "bold": bool(cell.font.b),
        "wrap": bool(cell.alignment.wrap_text),
        "vertical": cell.alignment.vertical,
        "fill": fill,
    }
    if isinstance(value, str):
        described["utf16"] = utf16_length(value)
    return described


def sheet_of(sheet, raw_xml):
    setup = sheet.page_setup
    fit = sheet.sheet_properties.pageSetUpPr
    footer = sheet.oddFooter
    return {
        "name": sheet.title,
        "maxRow": sheet.max_row,
        "maxColumn": sheet.max_column,
        "rows": [[cell_of(c) for c in row] for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row,
                                                                      max_col=sheet.max_column)],
        "freeze": sheet.freeze_panes,
        "autofilter": sheet.auto_filter.ref,
        "validations": [{
            "type": v.type,
            "formula1": v.formula1,
            "sqref": str(v.sqref),
            "allowBlank": bool(v.allow_blank),
            "showErrorMessage": bool(v.showErrorMessage),
            "errorStyle": v.errorStyle,
            # Excel's attribute is inverted: showDropDown="1" hides the arrow.
            "hidesDropDown": bool(v.showDropDown),
        } for v in sheet.data_validations.dataValidation],
        "orientation": setup.orientation,
        "paperSize": None if setup.paperSize is None else int(setup.paperSize),
        # Absent attributes take the schema's defaults (fitToWidth and fitToHeight: 1).
        "fitToWidth": 1 if setup.fitToWidth is None else int(setup.fitToWidth),
        "fitToHeight": 1 if setup.fitToHeight is None else int(setup.fitToHeight),
        "fitToPage": bool(fit is not None and fit.fitToPage),
        "printTitleRows": sheet.print_title_rows,
        "footer": {
            "left": footer.left.text,
            "center": footer.center.text,
            "right": footer.right.text,
        },
        "columnWidths": {get_column_letter(c): sheet.column_dimensions[get_column_letter(c)].width
                         for c in range(1, sheet.max_column + 1)},
        "conditionalFormats": [{
            "range": str(ranges.sqref),
            "rules": [{"type": rule.type, "formula": list(rule.formula or []),
                       "fill": None if rule.dxf is None or rule.dxf.fill is None else
                       (rule.dxf.fill.bgColor.rgb if rule.dxf.fill.bgColor is not None else None)}
                      for rule in ranges.rules],
        } for ranges in sheet.conditional_formatting],
        # Any formula at all, counted in the sheet's own XML.
        "formulas": len(re.findall(rb"<f[ >]", raw_xml)),
    }


def part_texts(archive, name):
    """The leaf elements of an XML part as {local name: text}."""
    try:
        root = ET.fromstring(archive.read(name))
    except KeyError:
        return {}
    return {element.tag.split("}")[-1]: element.text for element in root.iter() if len(element) == 0}


def custom_properties(archive):
    try:
        root = ET.fromstring(archive.read("docProps/custom.xml"))
    except KeyError:
        return {}
    found = {}
    for prop in root:
        values = list(prop)
        found[prop.get("name")] = values[0].text if values else None
    return found


def sheet_parts(archive, workbook):
    """The XML of each worksheet, by sheet name, through the workbook's relationships."""
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    book = ET.fromstring(archive.read("xl/workbook.xml"))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    parts = {}
    for sheet in book.find("m:sheets", ns):
        target = targets[sheet.get("{%s}id" % ns["r"])]
        parts[sheet.get("name")] = archive.read("xl/" + target.lstrip("/").replace("xl/", "", 1))
    return parts


def main():
    if sys.argv[1:] == ["--probe"]:
        print(openpyxl.__version__)
        return 0
    if len(sys.argv) != 2:
        sys.stderr.write("usage: xlsxcheck.py WORKBOOK | --probe\n")
        return 2
    path = sys.argv[1]
    try:
        workbook = openpyxl.load_workbook(path)
        with zipfile.ZipFile(path) as archive:
            raw = sheet_parts(archive, workbook)
            app = part_texts(archive, "docProps/app.xml")
            custom = custom_properties(archive)
        properties = workbook.properties
        described = {
            "openpyxl": openpyxl.__version__,
            "sheetNames": workbook.sheetnames,
            "activeSheet": workbook.active.title,
            "sheets": [sheet_of(sheet, raw.get(sheet.title, b"")) for sheet in workbook.worksheets],
            "properties": {
                "title": properties.title,
                "subject": properties.subject,
                "creator": properties.creator,
                "keywords": properties.keywords,
                "category": properties.category,
                "company": app.get("Company"),
                "custom": custom,
            },
        }
    except Exception as error:  # anything a broken workbook makes openpyxl say
        sys.stderr.write("%s: %s: %s\n" % (path, type(error).__name__, error))
        return 2
    json.dump(described, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

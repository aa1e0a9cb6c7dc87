#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reviews a Word document the way Word writes a review, for the tests of
`yttra-cli review-import`: comments (comments.xml, with replies and their done state in
commentsExtended.xml, anchored by commentRangeStart/End and a commentReference run),
tracked changes (w:del/w:ins) and text typed over. Uses only zipfile and lxml, not Yttra.

  wordreview.py IN.docx OUT.docx STEPS.json

STEPS is a list of steps, each an object:
  {"comment": TAG, "on": WORDS, "author": A, "text": T, "id": N, "done": false, "replyTo": N}
      a comment on the first run in the content control tagged TAG that holds WORDS
      (WORDS "" and TAG "heading:TEXT": on the paragraph whose text is TEXT)
  {"track": TAG, "old": WORDS, "new": WORDS, "author": A}   a tracked replacement
  {"type": TAG, "old": WORDS, "new": WORDS}                  text typed over, untracked
  {"deleteControl": TAG}                                     every control of that tag removed, its text kept
  {"lastModifiedBy": NAME}                                   who saved it last (docProps/core.xml)
"""
import json
import sys
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
R = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
q = lambda name: "{%s}%s" % (W, name)


def control(doc, tag):
    for sdt in doc.iter(q("sdt")):
        t = sdt.find("%s/%s" % (q("sdtPr"), q("tag")))
        if t is not None and t.get(q("val")) == tag:
            return sdt
    raise SystemExit("no content control tagged %s" % tag)


def run_with(root, words):
    for r in root.iter(q("r")):
        t = r.find(q("t"))
        if t is not None and t.text and words in t.text:
            return r, t
    raise SystemExit("no run holds %r" % words)


def split_run(r, t, words):
    """Splits the run so that WORDS are a run of their own; returns that run."""
    before, after = t.text.split(words, 1)
    parent = r.getparent()
    index = parent.index(r)
    pieces = []
    for text in (before, words, after):
        copy = etree.fromstring(etree.tostring(r))
        for old in copy.findall(q("t")):
            copy.remove(old)
        nt = etree.SubElement(copy, q("t"))
        nt.text = text
        nt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        pieces.append(copy)
    parent.remove(r)
    for k, piece in enumerate(pieces):
        if piece.find(q("t")).text:
            parent.insert(index, piece)
            index += 1
    return pieces[1]


def comment_xml(step, para_id):
    c = etree.Element(q("comment"), nsmap={"w": W, "w14": W14})
    c.set(q("id"), str(step["id"]))
    c.set(q("author"), step["author"])
    c.set(q("date"), step.get("date", "2026-12-01T10:00:00Z"))
    c.set(q("initials"), "".join(part[0] for part in step["author"].split()))
    for k, line in enumerate(step["text"].split("\n")):
        p = etree.SubElement(c, q("p"))
        if k == len(step["text"].split("\n")) - 1:
            p.set("{%s}paraId" % W14, para_id)
        if k == 0:
            ref = etree.SubElement(p, q("r"))
            etree.SubElement(ref, q("annotationRef"))
        r = etree.SubElement(p, q("r"))
        t = etree.SubElement(r, q("t"))
        t.text = line
    return c


def main():
    source, target, steps_file = sys.argv[1:4]
    steps = json.load(open(steps_file, encoding="utf-8"))
    with zipfile.ZipFile(source) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    doc = etree.fromstring(parts["word/document.xml"])
    comments = etree.Element(q("comments"), nsmap={"w": W, "w14": W14})
    extended = etree.Element("{%s}commentsEx" % W15, nsmap={"w15": W15})
    para_ids = {}

    for step in steps:
        if "comment" in step:
            para_ids[step["id"]] = "%08X" % (0x10000000 + step["id"])
            comments.append(comment_xml(step, para_ids[step["id"]]))
            ex = etree.SubElement(extended, "{%s}commentEx" % W15)
            ex.set("{%s}paraId" % W15, para_ids[step["id"]])
            if "replyTo" in step:
                ex.set("{%s}paraIdParent" % W15, para_ids[step["replyTo"]])
            ex.set("{%s}done" % W15, "1" if step.get("done") else "0")
            if "replyTo" in step:
                # Word anchors a reply at its comment's range as well.
                anchor = doc.find(".//%s[@%s='%d']" % (q("commentRangeStart"), q("id"), step["replyTo"]))
                end = doc.find(".//%s[@%s='%d']" % (q("commentRangeEnd"), q("id"), step["replyTo"]))
                s = etree.Element(q("commentRangeStart")); s.set(q("id"), str(step["id"]))
                e = etree.Element(q("commentRangeEnd")); e.set(q("id"), str(step["id"]))
                anchor.addnext(s)
                end.addprevious(e)
                continue
            if step["comment"].startswith("heading:"):
                wanted = step["comment"][len("heading:"):]
                p = next(p for p in doc.iter(q("p")) if "".join(t.text or "" for t in p.iter(q("t"))) == wanted)
                runs = p.findall(q("r"))
                first, last = runs[0], runs[-1]
            else:
                r, t = run_with(control(doc, step["comment"]), step["on"])
                first = last = split_run(r, t, step["on"])
            s = etree.Element(q("commentRangeStart")); s.set(q("id"), str(step["id"]))
            e = etree.Element(q("commentRangeEnd")); e.set(q("id"), str(step["id"]))
            first.addprevious(s)
            last.addnext(e)
            ref = etree.Element(q("r"))
            etree.SubElement(ref, q("commentReference")).set(q("id"), str(step["id"]))
            e.addnext(ref)
        elif "track" in step:
            r, t = run_with(control(doc, step["track"]), step["old"])
            old = split_run(r, t, step["old"])
            dele = etree.Element(q("del")); dele.set(q("id"), "901"); dele.set(q("author"), step["author"]); dele.set(q("date"), "2026-12-01T11:00:00Z")
            ins = etree.Element(q("ins")); ins.set(q("id"), "902"); ins.set(q("author"), step["author"]); ins.set(q("date"), "2026-12-01T11:00:00Z")
            old.addprevious(dele)
            dele.append(old)
            dt = old.find(q("t")); dt.tag = q("delText")
            new = etree.fromstring(etree.tostring(old))
            new.find(q("delText")).tag = q("t")
            new.find(q("t")).text = step["new"]
            ins.append(new)
            dele.addnext(ins)
        elif "type" in step:
            r, t = run_with(control(doc, step["type"]), step["old"])
            t.text = t.text.replace(step["old"], step["new"], 1)
        elif "lastModifiedBy" in step:
            core = etree.fromstring(parts["docProps/core.xml"])
            CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
            by = core.find("{%s}lastModifiedBy" % CP)
            if by is None:
                by = etree.SubElement(core, "{%s}lastModifiedBy" % CP)
            by.text = step["lastModifiedBy"]
            parts["docProps/core.xml"] = etree.tostring(core, xml_declaration=True, encoding="UTF-8", standalone=True)
        elif "deleteControl" in step:
            # Every control of that tag (a measure's title is shown in several places).
            control(doc, step["deleteControl"])
            for sdt in [s for s in doc.iter(q("sdt")) if s.find("%s/%s" % (q("sdtPr"), q("tag"))) is not None
                        and s.find("%s/%s" % (q("sdtPr"), q("tag"))).get(q("val")) == step["deleteControl"]]:
                content = sdt.find(q("sdtContent"))
                parent = sdt.getparent()
                index = parent.index(sdt)
                for child in list(content):
                    parent.insert(index, child)
                    index += 1
                parent.remove(sdt)

    parts["word/document.xml"] = etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)
    if len(comments):
        parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True, encoding="UTF-8", standalone=True)
        parts["word/commentsExtended.xml"] = etree.tostring(extended, xml_declaration=True, encoding="UTF-8", standalone=True)
        rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
        for rid, kind, name in (("rIdC1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments.xml"),
                                ("rIdC2", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml")):
            rel = etree.SubElement(rels, "{%s}Relationship" % R)
            rel.set("Id", rid); rel.set("Type", kind); rel.set("Target", name)
        parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
        types = etree.fromstring(parts["[Content_Types].xml"])
        for name, kind in (("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
                           ("/word/commentsExtended.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml")):
            o = etree.SubElement(types, "{%s}Override" % CT)
            o.set("PartName", name); o.set("ContentType", kind)
        parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


if __name__ == "__main__":
    main()

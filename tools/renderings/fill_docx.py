#!/usr/bin/env python3
"""Fill the official blank 2021 template (report-template-2021.docx) with a report's numbers, as a bureau does in Word.

usage: fill_docx.py TEMPLATE_DOCX EXPECTED_JSON REPORT SOURCE_TEXT OUT_DOCX

Each number goes into its own cell (the first paragraph of the cell, with the cell's run formatting); the
template's text stays; the title line replaces "政府信息公开工作年度报告格式模板", and the "（文字描述）"
placeholders of parts 一, 五 and 六 get the report's prose (from report_html.prose). The expected JSON must be in
the 2021 layout (rows O1..O3, proactive columns of 2021); map a 2019 report onto it before calling.
Stdlib only (zipfile + regex): python-docx is not available.
"""
import json
import re
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, __import__("os").path.dirname(__file__))
import report_html  # noqa: E402

ROWS21 = ["R1", "R2", "G1", "G2", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "U1", "U2", "U3",
          "N1", "N2", "N3", "N4", "N5", "O1", "O2", "O3", "S7", "R4"]


def cells_of(row):
    return [m for m in re.finditer(r"<w:tc>.*?</w:tc>", row, flags=re.S)]


def put(cell, text):
    """Replace the runs of the cell's first paragraph by one run holding text."""
    m = re.search(r"(<w:p[ >].*?)(</w:p>)", cell, flags=re.S)
    para = m.group(1)
    rpr = re.search(r"<w:r>\s*(<w:rPr>.*?</w:rPr>)", para, flags=re.S) or re.search(r"<w:pPr>.*?(<w:rPr>.*?</w:rPr>).*?</w:pPr>", para, flags=re.S)
    rpr = rpr.group(1) if rpr else ""
    rpr = re.sub(r"<w:rPr>(.*)</w:rPr>", r"\1", rpr, flags=re.S)
    para = re.sub(r"<w:r>.*?</w:r>|<w:r .*?</w:r>", "", para, flags=re.S)
    run = f"<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r>"
    return cell[:m.start()] + para + run + m.group(2) + cell[m.end():]


def fill_row(row, values):
    """values go into the last len(values) cells of the row."""
    cs = cells_of(row)
    target = cs[len(cs) - len(values):]
    out, pos = [], 0
    for c, v in zip(target, values):
        out.append(row[pos:c.start()])
        out.append(put(c.group(0), "" if v is None else str(v)))
        pos = c.end()
    out.append(row[pos:])
    return "".join(out)


def fill_table(tbl, rowvalues):
    """rowvalues: {row index: [values]}"""
    rows = list(re.finditer(r"<w:tr[ >].*?</w:tr>", tbl, flags=re.S))
    out, pos = [], 0
    for i, r in enumerate(rows):
        out.append(tbl[pos:r.start()])
        out.append(fill_row(r.group(0), rowvalues[i]) if i in rowvalues else r.group(0))
        pos = r.end()
    out.append(tbl[pos:])
    return "".join(out)


def paragraph_like(para_xml, text):
    para = re.sub(r"<w:r>.*?</w:r>|<w:r .*?</w:r>", "", para_xml, flags=re.S)
    rpr = re.search(r"<w:r>\s*<w:rPr>(.*?)</w:rPr>", para_xml, flags=re.S)
    rpr = rpr.group(1) if rpr else ""
    return para.replace("</w:p>", f"<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>")


def main(template, expected, report, source, out):
    exp = json.load(open(expected, encoding="utf-8"))
    before, after, closing = report_html.prose(report, source)
    with zipfile.ZipFile(template) as z:
        files = {n: z.read(n) for n in z.namelist()}
    doc = files["word/document.xml"].decode("utf-8")

    tables = list(re.finditer(r"<w:tbl>.*?</w:tbl>", doc, flags=re.S))
    assert len(tables) == 3, len(tables)
    pro = {(c["clause"], c["row"], c["column"]): c["raw"] for c in exp["proactive"]}
    t2 = {2: [pro.get(("一", "规章", c)) for c in ("本年制发件数", "本年废止件数", "现行有效件数")],
          3: [pro.get(("一", "行政规范性文件", c)) for c in ("本年制发件数", "本年废止件数", "现行有效件数")],
          6: [pro.get(("五", "行政许可", "本年处理决定数量"))],
          9: [pro.get(("六", "行政处罚", "本年处理决定数量"))],
          10: [pro.get(("六", "行政强制", "本年处理决定数量"))],
          13: [pro.get(("八", "行政事业性收费", "本年收费金额（单位：万元）"))]}
    assert list(exp["requests"]) == ROWS21, "expected JSON must be in the 2021 layout"
    t3 = {3 + i: exp["requests"][k] for i, k in enumerate(ROWS21)}
    t4 = {3: exp["appeals"]}
    filled = [fill_table(t.group(0), v) for t, v in zip(tables, (t2, t3, t4))]
    pieces, pos = [], 0
    for t, f in zip(tables, filled):
        pieces += [doc[pos:t.start()], f]
        pos = t.end()
    pieces.append(doc[pos:])
    doc = "".join(pieces)

    paras = list(re.finditer(r"<w:p[ >](?:(?!<w:p[ >]).)*?</w:p>", doc, flags=re.S))

    def text_of(p):
        return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))

    def section(blocks, start):
        out, on = [], False
        for k, t in blocks:
            if k == "h2":
                on = t.startswith(start)
                continue
            if on:
                out.append(t)
        return out

    pre = [t for k, t in before[: next(i for i, b in enumerate(before) if b[0] == "h2")] if k == "p"]
    part1 = section(before, "一、")
    part5 = section(after, "五、")
    part6 = section(after, "六、")
    placeholders = [p for p in paras if text_of(p.group(0)).startswith("（文字描述")]
    title = next(p for p in paras if text_of(p.group(0)) == "政府信息公开工作年度报告格式模板")
    repl = {title.start(): (title, [exp["title"]], pre)}
    for p, texts in zip(placeholders, (part1, part5, part6)):
        repl[p.start()] = (p, texts, [])
    pieces, pos = [], 0
    for start in sorted(repl):
        p, texts, extra = repl[start]
        pieces.append(doc[pos:p.start()])
        pieces.append("".join(paragraph_like(p.group(0), t) for t in texts))
        if extra:  # the preamble, in the style of the first placeholder paragraph
            pieces.append("".join(paragraph_like(placeholders[0].group(0), t) for t in extra))
        pos = p.end()
    pieces.append(doc[pos:])
    doc = "".join(pieces)
    if closing:  # agency and date at the end, right-aligned
        last = placeholders[-1].group(0)
        close = "".join(paragraph_like(last.replace("<w:pPr>", "<w:pPr><w:jc w:val=\"right\"/>", 1), t) for _, t in closing)
        idx = doc.rfind("<w:sectPr")
        doc = doc[:idx] + close + doc[idx:]
    files["word/document.xml"] = doc.encode("utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


if __name__ == "__main__":
    main(*sys.argv[1:6])

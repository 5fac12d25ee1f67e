#!/usr/bin/env python3
"""Write a report as a government-site HTML page: the prose of the source text file and the tables 二, 三, 四
built from the expected JSON with the template's rowspan/colspan (as the official template and most sites do).

usage: report_html.py REPORT EXPECTED_JSON SOURCE_TEXT OUT_HTML
REPORT is huaian-2024 | shanghai-2019 | huairen-2023 (it picks the prose extractor for the source's layout).
Stdlib only. Also importable: prose(report, path) -> (before, after, closing) lists of (kind, text).
"""
import html
import json
import re
import sys

HEADING = re.compile(r"^[一二三四五六]、")
CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \t]+(?=[0-9A-Za-z（(])|(?<=[0-9A-Za-z%）)])[ \t]+(?=[^\x00-\x7f])")


def _split_parts(blocks):
    """blocks before heading 二 (without the tables) and from heading 五 on."""
    before, after, state = [], [], "before"
    for kind, text in blocks:
        if kind == "h2" and text.startswith("二、"):
            state = "tables"
        elif kind == "h2" and text.startswith("五、"):
            state = "after"
        if state == "before":
            before.append((kind, text))
        elif state == "after":
            after.append((kind, text))
    return before, after


def prose(report, path):
    lines = open(path, encoding="utf-8").read().splitlines()
    closing = []
    if report == "huaian-2024":
        lines = lines[2:]  # SOURCE / NOTE header of the fixture
        lines = [l for l in lines if not re.fullmatch(r"\s*-\d+-\s*", l)]
        body = []
        title_seen = 0
        for l in lines:
            if not l.strip():
                continue
            if title_seen < 2:  # the two title lines
                title_seen += 1
                continue
            if re.match(r"^\s{3,}", l) or not body:
                body.append(l.strip())
            else:
                body[-1] += l.strip()
        blocks = []
        for p in body:
            p = CJK_GAP.sub("", p)
            blocks.append(("h2" if HEADING.match(p) else "p", p))
    elif report == "shanghai-2019":
        text = "\n".join(lines[2:]).strip()
        paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        paras = paras[1:]  # title
        blocks = []
        for p in paras:
            if p.startswith("发布日期"):
                blocks.append(("date", p))
            elif HEADING.match(p):
                blocks.append(("h2", p))
            else:
                for q in p.split("\n"):
                    blocks.append(("p", q))
    elif report == "huairen-2023":
        # The seed lost its Word list numbering ("- 总体情况"); the page shows the numbers the document had.
        restore = {"- 总体情况": "一、总体情况", "- 存在的主要问题及改进情况": "五、存在的主要问题及改进情况",
                   "- 公开办事流程": "(二)公开办事流程", "- 认真、主动做好": "(三)认真、主动做好"}
        blocks = []
        for l in lines[1:]:
            l = l.strip()
            if not l:
                continue
            for k, v in restore.items():
                if l.startswith(k):
                    l = v + l[len(k):]
            blocks.append(("h2" if HEADING.match(l) else "p", l))
        closing = [("right", b[1]) for b in blocks[-2:]]
        blocks = blocks[:-2]
    else:
        raise SystemExit("unknown report " + report)
    before, after = _split_parts(blocks)
    return before, after, closing


def e(s):
    return html.escape(s, quote=False)


def td(text, rowspan=1, colspan=1, blank="&nbsp;"):
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    body = e(text) if text not in (None, "") else blank
    return f"<td{attrs}>{body}</td>"


def proactive_table(cells):
    clauses = []
    for c in cells:
        if c["clause"] not in clauses:
            clauses.append(c["clause"])
    out = ['<table class="t2" border="1" cellspacing="0" cellpadding="4" width="100%">']
    for cl in clauses:
        cs = [c for c in cells if c["clause"] == cl]
        cols = list(dict.fromkeys(c["column"] for c in cs))
        rows = list(dict.fromkeys(c["row"] for c in cs))
        spans = [1] * len(cols)
        spans[-1] = 4 - len(cols)
        out.append("<tr>" + td(f"第二十条第（{cl}）项", colspan=4) + "</tr>")
        out.append("<tr>" + td("信息内容") + "".join(td(col, colspan=s) for col, s in zip(cols, spans)) + "</tr>")
        for r in rows:
            vals = {c["column"]: c["raw"] for c in cs if c["row"] == r}
            out.append("<tr>" + td(r) + "".join(td(vals.get(col), colspan=s) for col, s in zip(cols, spans)) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


LABELS = {
    "R1": "一、本年新收政府信息公开申请数量", "R2": "二、上年结转政府信息公开申请数量",
    "G1": "（一）予以公开", "G2": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "D1": "1.属于国家秘密", "D2": "2.其他法律行政法规禁止公开", "D3": "3.危及“三安全一稳定”", "D4": "4.保护第三方合法权益",
    "D5": "5.属于三类内部事务信息", "D6": "6.属于四类过程性信息", "D7": "7.属于行政执法案卷", "D8": "8.属于行政查询事项",
    "U1": "1.本机关不掌握相关政府信息", "U2": "2.没有现成信息需要另行制作", "U3": "3.补正后申请内容仍不明确",
    "N1": "1.信访举报投诉类申请", "N2": "2.重复申请", "N3": "3.要求提供公开出版物", "N4": "4.无正当理由大量反复申请",
    "N5": "5.要求行政机关确认或重新出具已获取信息",
    "O1": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "O2": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "O3": "3.其他",
    "O": "（六）其他处理", "S7": "（七）总计", "R4": "四、结转下年度继续办理",
}
GROUPS = {"D": "（三）不予公开", "U": "（四）无法提供", "N": "（五）不予处理", "O": "（六）其他处理"}


def fmt(v):
    return "" if v is None else str(v)


def requests_table(rows):
    keys = list(rows)
    outcome = [k for k in keys if k not in ("R1", "R2", "R4")]
    out = ['<table class="t3" border="1" cellspacing="0" cellpadding="4" width="100%">',
           "<tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3)
           + td("申请人情况", colspan=7) + "</tr>",
           "<tr>" + td("自然人", rowspan=2) + td("法人或其他组织", colspan=5) + td("总计", rowspan=2) + "</tr>",
           "<tr>" + "".join(td(x) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>"]
    done_groups = set()
    for k in keys:
        vals = "".join(td(fmt(v)) for v in rows[k])
        lead = ""
        if k in ("R1", "R2", "R4"):
            lead = td(LABELS[k], colspan=3)
        else:
            if k == outcome[0]:
                lead += td("三、本年度办理结果", rowspan=len(outcome))
            g = k[0] if len(k) == 2 and k[0] in GROUPS else None
            if g:
                if g not in done_groups:
                    done_groups.add(g)
                    lead += td(GROUPS[g], rowspan=sum(1 for x in keys if len(x) == 2 and x[0] == g))
                lead += td(LABELS[k])
            else:
                lead += td(LABELS[k], colspan=2)
        out.append("<tr>" + lead + vals + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def appeals_table(values):
    outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return "\n".join([
        '<table class="t4" border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<tr>" + td("行政复议", colspan=5) + td("行政诉讼", colspan=10) + "</tr>",
        "<tr>" + "".join(td(x, rowspan=2) for x in outcomes) + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5) + "</tr>",
        "<tr>" + "".join(td(x) for x in outcomes * 2) + "</tr>",
        "<tr>" + "".join(td(fmt(v)) for v in values) + "</tr>",
        "</table>"])


def block(kind, text):
    if kind == "h2":
        return f'<p class="h2" style="text-indent:2em"><strong>{e(text)}</strong></p>'
    if kind == "date":
        return f'<div class="info">{e(text)}</div>'
    if kind == "right":
        return f'<p style="text-align:right">{e(text)}</p>'
    return f'<p style="text-indent:2em">{e(text)}</p>'


def page(report, expected, source):
    exp = json.load(open(expected, encoding="utf-8"))
    before, after, closing = prose(report, source)
    title = exp["title"]
    parts = [f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;font-size:15px;width:900px;margin:0 auto}}
table{{border-collapse:collapse}} td{{border:1px solid #000;text-align:center;font-size:13px}}
h1{{text-align:center;font-size:22px}} .crumb,.footer{{font-size:12px;color:#666}}</style></head>
<body>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<div class="article">
<h1>{e(title)}</h1>"""]
    parts += [block(k, t) for k, t in before]
    parts.append(block("h2", "二、主动公开政府信息情况"))
    parts.append(proactive_table(exp["proactive"]))
    parts.append(block("h2", "三、收到和处理政府信息公开申请情况"))
    parts.append(requests_table(exp["requests"]))
    parts.append(block("h2", "四、政府信息公开行政复议、行政诉讼情况"))
    parts.append(appeals_table(exp["appeals"]))
    parts += [block(k, t) for k, t in after + closing]
    parts.append("</div>\n<div class=\"footer\">主办单位：政府办公室　网站标识码：0000000000</div>\n</body></html>\n")
    return "\n".join(parts)


if __name__ == "__main__":
    report, expected, source, out = sys.argv[1:5]
    open(out, "w", encoding="utf-8").write(page(report, expected, source))

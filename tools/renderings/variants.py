#!/usr/bin/env python3
"""Constructed variants of the Huai'an 2024 renderings, one per kind of reading trouble of issue 11 (kinds 1-5, 7, 8;
kind 6, PDF input, is the original.pdf of the corpus). Writes Fixtures/Renderings/variants/: the variant files, their
expected readings where they differ from expected/huaian-2024.json (variants/expected/*.json), variants.json (file ->
expected JSON, used by RenderingCorpusTests) and README.md (what each one reproduces).

usage: variants.py RENDERINGS_DIR      (called by make.sh after the renderings exist; stdlib only)
"""
import copy
import itertools
import json
import os
import sys

OUT = sys.argv[1]
V = os.path.join(OUT, "variants")
os.makedirs(os.path.join(V, "expected"), exist_ok=True)
EXP = json.load(open(os.path.join(OUT, "expected", "huaian-2024.json"), encoding="utf-8"))
CLIP = open(os.path.join(OUT, "huaian-2024", "clipboard.txt"), encoding="utf-8").read().split("\n")
HUAIAN = "expected/huaian-2024.json"

manifest, readme = {}, []


def write(name, text, expected, what):
    with open(os.path.join(V, name), "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    manifest[name] = {"expected": expected, "reproduces": what}
    readme.append(f"- `{name}` — {what} (expected: `{expected}`)")


def write_expected(name, obj):
    with open(os.path.join(V, "expected", name), "w", encoding="utf-8") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
    return "variants/expected/" + name


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
APPEAL_HEAD = [["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
               ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
               ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]]
REQ_HEAD = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""],
            ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]


def req_grid(rows, label=lambda k, l: l):
    """Table 三 flattened as pandoc does: 3 label columns (blank where a merged cell continues), 7 values."""
    grid, seen = [], set()
    for i, (k, vals) in enumerate(rows.items()):
        vals = ["" if v is None else str(v) for v in vals]
        if k in ("R1", "R2", "R4"):
            lead = [LABELS[k], "", ""]
        else:
            first = "三、本年度办理结果" if k == "G1" else ""
            g = k[0] if len(k) == 2 and k[0] in GROUPS else None
            if g:
                lead = [first, GROUPS[g] if g not in seen else "", label(k, LABELS[k])]
                seen.add(g)
            else:
                lead = [first, label(k, LABELS[k]), ""]
        grid.append((k, lead + vals))
    return grid


def pipe(cells):
    return "| " + " | ".join(cells) + " |"


def rule(n):
    return "|" + "---|" * n


def prose_until(marker):
    out = []
    for line in CLIP:
        if line.startswith(marker):
            break
        out.append(line)
    return out


def prose_from(marker):
    for i, line in enumerate(CLIP):
        if line.startswith(marker):
            return CLIP[i:]
    raise KeyError(marker)


def proactive_pipe():
    out = [pipe(["第二十条第（一）项", "", "", ""]), rule(4)]
    for line in CLIP[CLIP.index("第二十条第（一）项") + 1: CLIP.index("三、收到和处理政府信息公开申请情况")]:
        if not line.strip():
            continue
        cells = line.split("\t")
        out.append(pipe(cells + [""] * (4 - len(cells))))
    return out


# 1. A part heading run into its paragraph.
lines, i = [], 0
while i < len(CLIP):
    line = CLIP[i]
    if line in ("一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项") and i + 2 < len(CLIP) and CLIP[i + 1] == "":
        lines.append(line + CLIP[i + 2])
        i += 3
        continue
    lines.append(line)
    i += 1
write("01-heading-run-in.txt", "\n".join(lines), HUAIAN,
      "kind 1: part headings 一, 五, 六 run into their first paragraph (`一、总体情况2024年，我市……`); tables as a browser copies them (TAB-separated)")

# 2. Cell per line, rows ended by a line that only ends the row.
markers = ["||", "|", "| |"]
lines, n = [], 0
in_tables = False
for line in CLIP:
    if line.startswith("二、"):
        in_tables = True
    if line.startswith("五、"):
        in_tables = False
    if in_tables and "\t" in line:
        lines += [c for c in line.split("\t")]
        lines.append(markers[n % 3])
        n += 1
    elif in_tables and line.startswith("第二十条"):
        lines += [line, markers[n % 3]]
        n += 1
    else:
        lines.append(line)
write("02-cell-per-line-row-end-markers.txt", "\n".join(lines), HUAIAN,
      "kind 2: one cell per line; after the last cell of every row a line that only ends the row (`||`, `|`, `| |` in turn), which is no cell")

# 3a/3b. Markdown pipe tables from a PDF-to-markdown tool.
def markdown_variant(split, typo, detached, footer_after, stray):
    g = req_grid(EXP["requests"], label=lambda k, l: typo.get(k, l))
    out = prose_until("二、主动公开政府信息情况")
    out += ["## 二、主动公开政府信息情况", ""] + proactive_pipe() + ["", "## 三、收到和处理政府信息公开申请情况", ""]
    out += [pipe(REQ_HEAD[0]), rule(10), pipe(REQ_HEAD[1]), pipe(REQ_HEAD[2])]
    for k, cells in g:
        if k in detached:  # the label row, then the values on a row of their own
            out.append(pipe(cells[:3] + [""] * 7))
            out.append(pipe(["", "", ""] + cells[3:]))
        elif k in split:
            head, tail = split[k]
            c = list(cells)
            c[2 if c[2] else 1 if c[1] else 0] = head
            out.append(pipe(c))
            rest = ["", "", ""]
            rest[2 if cells[2] else 1 if cells[1] else 0] = tail
            out.append(pipe(rest + [""] * 7))
        elif k in stray:
            out.append(pipe(cells + [""]))
        else:
            out.append(pipe(cells))
        if k == footer_after:
            out += ["", "— 3 —", ""]
    out += ["", "## 四、政府信息公开行政复议、行政诉讼情况", ""]
    out += [pipe(APPEAL_HEAD[0]), rule(15), pipe(APPEAL_HEAD[1]), pipe(APPEAL_HEAD[2]), pipe([str(v) for v in EXP["appeals"]]), ""]
    rest = prose_from("五、")
    rest[0] = "## " + rest[0]
    rest[rest.index("六、其他需要报告的事项")] = "## 六、其他需要报告的事项"
    return "\n".join(out + rest)


write("03a-markdown-pipe-tables.md",
      markdown_variant(split={"D5": ("5.属于三类内部事务信", "息")}, typo={"D6": "6.属于四类过程信息"},
                       detached={"G2", "O1", "O2"}, footer_after="U1", stray={"U2"}),
      HUAIAN,
      "kind 3: markdown pipe tables with `|---|` rules as PDF-to-markdown tools write them; merged cells blank; values of G2, O1, O2 on a row after their label; "
      "label D5 split over two rows (`5.属于三类内部事务信` / `息`); typo in D6 (`6.属于四类过程信息`, 性 dropped); page footer `— 3 —` between U1 and U2; U2 with a stray extra empty cell")
write("03b-markdown-typo-and-split.md",
      markdown_variant(split={"N5": ("5.要求行政机关确认或重新出", "具已获取信息"), "O2": ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理", "其政府信息公开申请")},
                       typo={"D5": "5.属于三类内部事物信息", "N4": "4.无正 理由大量反复申请"},
                       detached={"R1"}, footer_after="D8", stray={"G1", "S7"}),
      HUAIAN,
      "kind 3: pipe tables; typo in D5 (`5.属于三类内部事物信息`, wrong character) and in N4 (`4.无正 理由大量反复申请`, as Chromium's PDF loses 当); "
      "labels N5 and O2 split over two rows; R1 values detached from the label; footer `— 3 —` after D8; stray empty cell at the end of G1 and S7")

# 4. OCR-style markdown: one small table per row, placeholder headers, last rows under a wrong header.
def placeholder(n):
    return [pipe([f"Col{i}" for i in range(1, n + 1)]), rule(n)]


out = prose_until("二、主动公开政府信息情况") + ["# 二、主动公开政府信息情况", ""]
for line in CLIP[CLIP.index("第二十条第（一）项"): CLIP.index("三、收到和处理政府信息公开申请情况")]:
    if line.strip():
        cells = line.split("\t")
        out += placeholder(len(cells)) + [pipe(cells), ""]
out += ["# 三、收到和处理政府信息公开申请情况", ""]
for h in REQ_HEAD:
    out += placeholder(10) + [pipe(h), ""]
grid = req_grid(EXP["requests"])
for k, cells in grid[:-2]:
    out += placeholder(10) + [pipe(cells), ""]
out += ["# 四、政府信息公开行政复议、行政诉讼情况", ""]
# the OCR put the last two rows of table 三 under the first header row of table 四
out += [pipe(APPEAL_HEAD[0][:10]), rule(10)] + [pipe(cells) for _, cells in grid[-2:]] + [""]
out += placeholder(15) + [pipe(APPEAL_HEAD[1])] + [pipe(APPEAL_HEAD[2]), pipe([str(v) for v in EXP["appeals"]]), ""]
rest = prose_from("五、")
write("04-ocr-markdown.md", "\n".join(out + rest), HUAIAN,
      "kind 4: OCR markdown: one small table per row, each under a placeholder header (`| Col1 | Col2 | ... |` + rule); "
      "the last two rows of table 三 (（七）总计, 四、结转下年度继续办理) sit under the first header row of table 四")


# 5. Digits of a row run together; a space is kept only where the row identity alone would leave two splits.
def splits(digits, n):
    """All ways to cut digits into n numbers without leading zeros."""
    if n == 1:
        return [[int(digits)]] if digits and (digits == "0" or digits[0] != "0") else []
    res = []
    for i in range(1, len(digits) - n + 2):
        head = digits[:i]
        if len(head) > 1 and head[0] == "0":
            break
        for tail in splits(digits[i:], n - 1):
            res.append([int(head)] + tail)
    return res


def run_together(values, ok):
    """Concatenate values; where more than one split satisfies ok, keep the fewest spaces that leave only one (any split of any run, as a reader sees it)."""
    strs = [str(v) for v in values]
    for n in range(len(values)):
        for gaps in itertools.combinations(range(len(values) - 1, 0, -1), n):
            groups, cur = [], [strs[0]]
            for i in range(1, len(strs)):
                if i in gaps:
                    groups.append(cur)
                    cur = []
                cur.append(strs[i])
            groups.append(cur)
            # A reader does not know how many cells each run holds: every split of every run counts.
            runs = ["".join(g) for g in groups]
            options = [[p for k in range(1, len(r) + 1) for p in splits(r, k)] for r in runs]
            sols = [x for x in (list(itertools.chain(*c)) for c in itertools.product(*options)) if len(x) == len(values)]
            good = [x for x in sols if ok(x)]
            assert values in good
            if len(good) == 1:
                return " ".join("".join(g) for g in groups), n
    raise AssertionError(values)


lines, spaced = [], 0
in_t3 = in_t4 = False
for line in CLIP:
    if line.startswith("三、收到和处理"):
        in_t3 = True
    if line.startswith("四、政府信息公开行政复议"):
        in_t3, in_t4 = False, True
    if line.startswith("五、"):
        in_t4 = False
    cells = line.split("\t")
    if in_t3 and len(cells) >= 8 and cells[-1].isdigit():
        vals = [int(c) for c in cells[-7:]]
        text, g = run_together(vals, lambda s: sum(s[:6]) == s[6])
        spaced += g
        lines.append("".join(cells[:-7]) + text)
    elif in_t4 and len(cells) == 15 and all(c.isdigit() for c in cells):
        vals = [int(c) for c in cells]
        parts = []
        for b in range(3):
            text, g = run_together(vals[b * 5:b * 5 + 5], lambda s: sum(s[:4]) == s[4])
            parts.append(text)
        lines.append(" ".join(parts))
    else:
        lines.append(line)
write("05-digits-run-together.txt", "\n".join(lines), HUAIAN,
      "kind 5: the cells of each row of table 三 run together after the label (`一、本年新收政府信息公开申请数量30015300614 3119`), "
      "a space kept only where the row sum alone would allow two splits; table 四 as three runs, one per block of five")

# 7a. A partial draft: title, preamble, part 一 and the start of part 二.
draft = prose_until("三、收到和处理政府信息公开申请情况")
draft = draft[:draft.index("第二十条第（一）项") + 2]
partial = {"source": "variants/07a-partial-draft.txt (Huai'an 2024 cut after the header row of 第二十条第（一）项)",
           "title": EXP["title"], "year": 2024, "edition": None, "proactive": [], "requests": {}, "appeals": [],
           # What a partial draft lacks is an error: its parts (F-SECT), the rows of the table it stops in (T2-SHAPE21)
           # and the tables it never reaches (T3-FULL, T4-INT).
           "knownErrors": ["F-SECT", "F-TABLES", "T2-SHAPE21", "T3-FULL", "T4-INT"]}
write("07a-partial-draft.txt", "\n".join(draft), write_expected("partial-draft.json", partial),
      "kind 7: a partial draft: title, preamble, part 一 and part 二 up to the header row of its first table; expected: title and year, no table cells")

# 7b. The year only in the preamble.
lines = []
for line in CLIP:
    if line == EXP["title"]:
        line = "淮安市人民政府政府信息公开工作年度报告"
    elif line.startswith("本报告由淮安市人民政府办公室"):
        line = ("本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，"
                "编制2024年度政府信息公开工作年度报告。如对本报告有疑问，请与淮安市人民政府办公室联系。")
    lines.append(line)
noyear = copy.deepcopy(EXP)
noyear["title"] = "淮安市人民政府政府信息公开工作年度报告"
noyear["source"] = "variants/07b-year-in-preamble-only.txt (Huai'an 2024, year dropped from the title and the 统计期限 sentence)"
write("07b-year-in-preamble-only.txt", "\n".join(lines), write_expected("year-in-preamble-only.json", noyear),
      "kind 7: the title has no year and the preamble says only `编制2024年度政府信息公开工作年度报告` (no 统计期限 sentence)")

# 8. Part 二 in the 2021 layout, table 三 in the 2019 layout (one （六）其他处理 row).
mixed = copy.deepcopy(EXP)
rows = {}
for k, v in EXP["requests"].items():
    if k in ("O1", "O2"):
        continue
    if k == "O3":
        rows["O"] = [a + b + c for a, b, c in zip(EXP["requests"]["O1"], EXP["requests"]["O2"], EXP["requests"]["O3"])]
    else:
        rows[k] = v
mixed["requests"] = rows
mixed["edition"] = "mixed"
mixed["source"] = "variants/08-mixed-layout.txt (Huai'an 2024 with （六）其他处理 as one row = O1+O2+O3)"
lines = []
for line in CLIP:
    if line.startswith("（六）其他处理\t1.申请人无正当理由逾期不补正"):
        line = "（六）其他处理\t" + "\t".join(str(v) for v in rows["O"])
    elif line.startswith("2.申请人逾期未按收费通知要求") or line.startswith("3.其他\t"):
        continue
    lines.append(line)
write("08-mixed-layout.txt", "\n".join(lines), write_expected("mixed-layout.json", mixed),
      "kind 8: part 二 in the 2021 layout, table 三 in the 2019 layout with one （六）其他处理 row (O1+O2+O3 = 187 … 193); edition mixed. The seed (huairen-2023) is another")

with open(os.path.join(V, "variants.json"), "w", encoding="utf-8") as f:
    f.write(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
with open(os.path.join(V, "README.md"), "w", encoding="utf-8") as f:
    f.write("# Constructed variants, one per kind of reading trouble (issue 11)\n\n"
            "Made by `tools/renderings/variants.py` from `../huaian-2024/clipboard.txt` (Chromium's innerText of the page) and\n"
            "`../expected/huaian-2024.json`. Each reads to the expected JSON named in `variants.json`; kind 6 (PDF input) is\n"
            "`../huaian-2024/original.pdf`. The per-kind tests belong to the interpreter work; RenderingCorpusTests reads them all.\n\n"
            + "\n".join(readme) + "\n")

#!/usr/bin/env bash
# Makes the rendering corpus of issue 11 (point 7): every real report we have, rendered by the real tools people
# use, committed under tests/Workflow.Reports.Tests/Fixtures/Renderings/<report>/ so CI needs none of the tools.
#
#   tools/renderings/make.sh            # regenerate everything (idempotent: same inputs, same files)
#
# Needs: python3 (stdlib), chromium, libreoffice (soffice), poppler-utils (pdftotext), w3m, pandoc.
# Sources (read only): seeds/huairen-xzspj-2023.txt, tests/.../Fixtures/01_shanghai_*.txt and 02_huaian_*.txt,
# ${SHARED:-../shared}/reports/02_huaian_city_gov_2024.pdf (the original WPS PDF) and
# ${SHARED}/reference/report-template-2021.docx (the official blank template).
#
# Expected cells (written by hand, once per report, checked against the sources; never generated from a
# reading): Fixtures/Renderings/expected/<report>.json. Each rendering file is named <rendering>.<ext>; the test
# (Reading/Renderings/RenderingCorpusTests.cs) reads every file of a report folder against <report>.json.
#
# Per report:
#   page.html                 government-site page: prose of the source, tables 二 三 四 with the template's
#                             rowspan/colspan (tools/renderings/report_html.py, from the expected JSON)
#   chromium.pdf              Chromium --print-to-pdf of page.html (kept for huaian-2024 only: Type 3 fonts, large)
#   chromium.layout.txt       pdftotext -layout of that PDF
#   chromium.raw.txt          pdftotext -raw of that PDF
#   w3m.txt, w3m-200.txt      w3m -dump page.html (80 and 200 columns)
#   clipboard.txt             what a browser copies after select-all: document.body.innerText in Chromium
#                             (rows as lines, cells joined by TAB, merged cells once)
#   pandoc.md, pandoc.gfm.md, pandoc.plain.txt   pandoc -f html -t markdown / gfm / plain of page.html
#   libreoffice.docx          LibreOffice's Word file of page.html (shanghai, huairen)
#   libreoffice.pdf, libreoffice.layout.txt, libreoffice.raw.txt   LibreOffice's PDF of libreoffice.docx, pdftotext of it
# The PDF renderings depend on the fonts installed (Debian fonts-noto-cjk: tools/chromium.sh); without a CJK font the
# PDFs show boxes and pdftotext loses characters (当, 淮), so install it before regenerating.
# huaian-2024 also has:
#   template.docx             the official 2021 template filled in with the report (tools/renderings/fill_docx.py)
#   template.libreoffice.pdf, template.libreoffice.layout.txt, template.libreoffice.raw.txt
#   template.libreoffice.html LibreOffice's HTML export of template.docx
#   template.pandoc.gfm.md    pandoc -f docx -t gfm of template.docx
#   original.pdf              the published WPS PDF, as is; original.layout.txt / original.raw.txt by pdftotext
# variants/ holds constructed variants, one per kind of reading trouble (tools/renderings/variants.py; README.md there).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SHARED=${SHARED:-$ROOT/../shared}
FIX=tests/Workflow.Reports.Tests/Fixtures
OUT=$FIX/Renderings
TOOLS=tools/renderings
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export TZ=UTC SOURCE_DATE_EPOCH=1704067200
CHROMIUM=(chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run
  --disable-extensions --user-data-dir="$TMP/chrome" --no-pdf-header-footer)

sources=(
  "huaian-2024:$FIX/02_huaian_city_gov_2024.txt"
  "shanghai-2019:$FIX/01_shanghai_municipal_gov_office_2019.txt"
  "huairen-2023:seeds/huairen-xzspj-2023.txt"
)

soffice_to() { # soffice_to FORMAT FILE OUTDIR
  timeout 180 soffice --headless -env:UserInstallation=file://"$TMP/lo" --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}

# PDFs carry creation dates and random ids: strip what changes between runs so reruns give the same bytes.
pdf_stable() {
  python3 - "$1" <<'EOF'
import re, sys
p = sys.argv[1]; b = open(p, 'rb').read()
b = re.sub(rb'/(CreationDate|ModDate) ?\(D:[^)]*\)', lambda m: b'/' + m.group(1) + b' (D:20240101000000Z)', b)
b = re.sub(rb'/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]', lambda m: re.sub(rb'<[0-9A-Fa-f]+>', lambda h: b'<' + b'0' * (len(h.group(0)) - 2) + b'>', m.group(0)), b)
b = re.sub(rb'/DocChecksum\s*/[0-9A-Fa-f]+', lambda m: re.sub(rb'/[0-9A-Fa-f]+$', lambda h: b'/' + b'0' * (len(h.group(0)) - 1), m.group(0)), b)
open(p, 'wb').write(b)
EOF
}

# Word files written by LibreOffice: fixed zip timestamps and document dates.
docx_stable() {
  python3 - "$1" <<'EOF'
import re, sys, zipfile
p = sys.argv[1]
with zipfile.ZipFile(p) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in items:
        if n.startswith('docProps/'):
            b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2024-01-01T00:00:00Z', b)
            b = re.sub(rb'<TotalTime>\d+</TotalTime>', b'<TotalTime>0</TotalTime>', b)
        zi = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, b)
EOF
}

text_of_pdf() { # text_of_pdf PDF PREFIX
  pdftotext -layout "$1" "$2.layout.txt"
  pdftotext -raw "$1" "$2.raw.txt"
}

for s in "${sources[@]}"; do
  name=${s%%:*}; src=${s#*:}
  dir=$OUT/$name
  mkdir -p "$dir"
  exp=$OUT/expected/$name.json
  python3 $TOOLS/report_html.py "$name" "$exp" "$src" "$dir/page.html"

  "${CHROMIUM[@]}" --print-to-pdf="$TMP/$name.pdf" "file://$ROOT/$dir/page.html" >/dev/null 2>&1
  pdf_stable "$TMP/$name.pdf"
  text_of_pdf "$TMP/$name.pdf" "$dir/chromium"
  # With Noto Sans CJK (CFF outlines) Chromium embeds Type 3 fonts: 550-750 KB a report. Only one is kept.
  if [ "$name" = huaian-2024 ]; then cp "$TMP/$name.pdf" "$dir/chromium.pdf"; else rm -f "$dir/chromium.pdf"; fi

  w3m -dump -O UTF-8 -T text/html "$dir/page.html" > "$dir/w3m.txt"
  w3m -dump -cols 200 -O UTF-8 -T text/html "$dir/page.html" > "$dir/w3m-200.txt"

  # The text a browser puts on the clipboard: Chromium's innerText of the whole page.
  python3 - "$dir/page.html" "$TMP/$name.clip.html" <<'EOF'
import sys
h = open(sys.argv[1], encoding='utf-8').read()
js = ("<script>const t=document.body.innerText;document.body.textContent='';"
      "const p=document.createElement('pre');p.id='clip';p.textContent=t;document.body.appendChild(p);</script>")
open(sys.argv[2], 'w', encoding='utf-8').write(h.replace('</body>', js + '</body>'))
EOF
  "${CHROMIUM[@]}" --dump-dom "file://$TMP/$name.clip.html" 2>/dev/null > "$TMP/$name.dom"
  python3 - "$TMP/$name.dom" "$dir/clipboard.txt" <<'EOF'
import html, re, sys
d = open(sys.argv[1], encoding='utf-8').read()
t = html.unescape(re.search(r'<pre id="clip">(.*?)</pre>', d, re.S).group(1))
open(sys.argv[2], 'w', encoding='utf-8').write(t.rstrip('\n') + '\n')
EOF

  pandoc -f html -t markdown --wrap=none "$dir/page.html" -o "$dir/pandoc.md"
  pandoc -f html -t gfm --wrap=none "$dir/page.html" -o "$dir/pandoc.gfm.md"
  pandoc -f html -t plain --wrap=none "$dir/page.html" -o "$dir/pandoc.plain.txt"

  if [ "$name" != huaian-2024 ]; then
    cp "$dir/page.html" "$TMP/$name.html"
    soffice_to 'docx:MS Word 2007 XML' "$TMP/$name.html" "$TMP"
    cp "$TMP/$name.docx" "$dir/libreoffice.docx"; docx_stable "$dir/libreoffice.docx"
    soffice_to pdf "$TMP/$name.docx" "$TMP"
    cp "$TMP/$name.pdf" "$dir/libreoffice.pdf"; pdf_stable "$dir/libreoffice.pdf"
    text_of_pdf "$dir/libreoffice.pdf" "$dir/libreoffice"
  fi
done

# Huai'an: the official template filled in as in Word, and what LibreOffice and pandoc make of it.
dir=$OUT/huaian-2024
python3 $TOOLS/fill_docx.py "$SHARED/reference/report-template-2021.docx" "$OUT/expected/huaian-2024.json" \
  huaian-2024 "$FIX/02_huaian_city_gov_2024.txt" "$dir/template.docx"
cp "$dir/template.docx" "$TMP/template.docx"
soffice_to pdf "$TMP/template.docx" "$TMP"
cp "$TMP/template.pdf" "$dir/template.libreoffice.pdf"; pdf_stable "$dir/template.libreoffice.pdf"
text_of_pdf "$dir/template.libreoffice.pdf" "$dir/template.libreoffice"
soffice_to 'html:XHTML Writer File:UTF8' "$TMP/template.docx" "$TMP"
cp "$TMP/template.html" "$dir/template.libreoffice.html"
pandoc -f docx -t gfm --wrap=none "$dir/template.docx" -o "$dir/template.pandoc.gfm.md"

# Huai'an: the published PDF as is, and pdftotext of it.
cp "$SHARED/reports/02_huaian_city_gov_2024.pdf" "$dir/original.pdf"
text_of_pdf "$dir/original.pdf" "$dir/original"

python3 $TOOLS/variants.py "$OUT"
ls -la "$OUT"/*/ | awk '{print $5, $9}'

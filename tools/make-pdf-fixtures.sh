#!/usr/bin/env bash
# Makes the PDF fixtures of tests/Workflow.Reports.Tests/Fixtures/Pdf with the tools bureaus use, so that CI
# needs none of them: Chromium's print-to-pdf and LibreOffice's export of report pages rendered by the CLI, a
# scan (an image of a page, no text layer) and a copy encrypted with a password.
# Needs: the .NET SDK, chromium and a CJK font (tools/chromium.sh), soffice (libreoffice-writer-nogui), pdftoppm (poppler-utils), qpdf.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tests/Workflow.Reports.Tests/Fixtures/Pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

render() { dotnet run --project "$root/src/Workflow.Cli" -- render "$1" -o "$2" >/dev/null; }
chromium_pdf() {
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" 2>/dev/null
}
libreoffice_pdf() {
  soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work/lo" "$1" >/dev/null
  mv "$work/lo/$(basename "${1%.*}").pdf" "$2"
}

# The seed report as its official page exported by LibreOffice (Chromium's embeds whole CJK fonts: ~1 MB a file).
render "$root/seeds/huairen-xzspj-2023.txt" "$work/seed.html"
libreoffice_pdf "$work/seed.html" "$out/huairen-2023-libreoffice.pdf"

# 淮安 2024 with one blank cell: 商业企业 of 一、本年新收 (53 in the published report) left empty.
render "$root/tests/Workflow.Reports.Tests/Fixtures/02_huaian_city_gov_2024.txt" "$work/huaian.html"
sed -i 's|\(本年新收政府信息公开申请数量</th><td>3001</td>\)<td>53</td>|\1<td></td>|' "$work/huaian.html"
grep -q '<td>3001</td><td></td>' "$work/huaian.html"
chromium_pdf "$work/huaian.html" "$out/huaian-2024-blank-cell-chromium.pdf"
libreoffice_pdf "$work/huaian.html" "$out/huaian-2024-blank-cell-libreoffice.pdf"

# A scan: the first page of the published 淮安 PDF as a low-resolution image, printed to PDF without any text.
pdftoppm -r 40 -f 1 -l 1 -png "$root/tests/Workflow.Reports.Tests/Fixtures/02_huaian_city_gov_2024.pdf" "$work/page"
printf '<html><body style="margin:0"><img src="%s" style="width:100%%"></body></html>' "$(ls "$work"/page*.png)" > "$work/scan.html"
chromium_pdf "$work/scan.html" "$out/scan.pdf"

# Encrypted with a user password: nobody can open it without the password.
qpdf --encrypt secret owner 256 -- "$out/huairen-2023-libreoffice.pdf" "$out/encrypted.pdf"

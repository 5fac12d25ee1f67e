#!/usr/bin/env bash
# Memory probe (not a test): fires N parallel dry runs of a small .docx that expands to ~45 MB of text at a
# running local host and reports the host's peak working set (VmHWM) before and after.
#   HOST_PID=<pid of the host process> ADMIN_KEY=<its admin key> [BASE=http://localhost:7071] [N=12] bash tools/docx-memory.sh
# The host must run with that admin key (Workflow__AdminKey). A throw-away agency is registered for the key.
set -euo pipefail
BASE=${BASE:-http://localhost:7071}
N=${N:-12}
: "${HOST_PID:?HOST_PID is the host process id}" "${ADMIN_KEY:?ADMIN_KEY is the host admin key}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/bomb.docx" <<'PY'
import sys, zipfile
path = sys.argv[1]
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
text = "A" * (45 * 1024 * 1024)
doc = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       '<w:body><w:p><w:r><w:t>' + text + '</w:t></w:r></w:p></w:body></w:document>')
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", doc)
PY
echo "docx: $(stat -c %s "$work/bomb.docx") bytes, expands to ~45 MB of text"

agency="memprobe-$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
key=$(curl -sf -X PUT "$BASE/api/admin/agencies/$agency" -H "X-Admin-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"name":"内存探测单位","kind":"department","submitters":["a@memprobe.example"],"reviewStages":[["r@memprobe.example"]]}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')

hwm() { awk '/VmHWM/ {print $2}' "/proc/$HOST_PID/status"; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$HOST_PID/status"; }
before=$(hwm)
echo "before: VmRSS $(( $(rss) / 1024 )) MB, peak (VmHWM) $(( before / 1024 )) MB"

for i in $(seq 1 "$N"); do
  curl -s -o "$work/answer-$i.json" -w '%{http_code}\n' -X POST "$BASE/api/reports/validate" \
    -H "X-Agency-Key: $key" -H 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document' \
    --data-binary @"$work/bomb.docx" > "$work/status-$i" &
done
wait
echo "answers: $(cat "$work"/status-* | sort | uniq -c | tr '\n' ' ')"
after=$(hwm)
echo "after:  VmRSS $(( $(rss) / 1024 )) MB, peak (VmHWM) $(( after / 1024 )) MB"
echo "peak working set during the run: $(( after / 1024 )) MB (target under 1024 MB)"

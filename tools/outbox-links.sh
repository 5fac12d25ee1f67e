#!/usr/bin/env bash
# Prints the newest mails of the local outbox (Workflow:OutboxPath, default .local/outbox) as
# "date  to  subject" followed by the links in their plain-text part: the review link of a review
# request, the public URL of a "已发布" mail. Usage: bash tools/outbox-links.sh [count]   (default 3)
# OUTBOX=/other/folder overrides the folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
outbox="${OUTBOX:-$root/.local/outbox}"
count="${1:-3}"
if ! ls "$outbox"/*.eml >/dev/null 2>&1; then
  echo "No mail in $outbox yet." >&2
  exit 1
fi
ls -t "$outbox"/*.eml | head -n "$count" | while read -r mail; do
  tr -d '\r' <"$mail" >"$mail.tmp.$$"
  to=$(sed -n 's/^To: //p' "$mail.tmp.$$" | head -n 1)
  date=$(sed -n 's/^Date: //p' "$mail.tmp.$$" | head -n 1)
  subject=$(sed -n 's/^Subject: =?utf-8?B?\(.*\)?=$/\1/p' "$mail.tmp.$$" | head -n 1 | base64 -d)
  # The text/plain part: base64 lines after its headers, up to the next boundary.
  text=$(awk '/^Content-Type: text\/plain/ {part=1; next} part && /^$/ && !body {body=1; next} part && body && /^--/ {exit} part && body {print}' "$mail.tmp.$$" | base64 -d)
  rm -f "$mail.tmp.$$"
  echo "$date  $to  $subject"
  grep -oE 'https?://[^[:space:]<>"]+' <<<"$text" | sed 's/^/  /' || true
done

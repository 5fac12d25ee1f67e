#!/usr/bin/env bash
# Installs Debian's Chromium (and a CJK font, so screenshots show the Chinese text) for the browser tests.
# A no-op when /usr/bin/chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null

#!/bin/sh
# azd preprovision hook. The SendGrid sender and key must be set by the operator; the admin key and the
# review-link key are generated once per azd environment and kept in it, because a key that changed on every
# `azd provision` would lock out the admin and invalidate every review link already emailed.
set -eu

missing=""
[ -n "${SENDGRID_API_KEY:-}" ] || missing="$missing SENDGRID_API_KEY"
[ -n "${SENDGRID_FROM:-}" ] || missing="$missing SENDGRID_FROM"
if [ -n "$missing" ]; then
  echo "Missing azd environment values:$missing" >&2
  echo "Set them first, e.g.: azd env set SENDGRID_API_KEY <key>; azd env set SENDGRID_FROM <verified sender>" >&2
  exit 1
fi

for name in WORKFLOW_ADMIN_KEY WORKFLOW_REVIEW_LINK_KEY; do
  if [ -z "$(printenv "$name" || true)" ]; then
    azd env set "$name" "$(openssl rand -hex 32)"
    echo "Generated $name (read it with: azd env get-value $name)"
  fi
done

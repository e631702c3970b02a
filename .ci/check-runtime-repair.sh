#!/usr/bin/env bash
# A runtime whose database driver no longer loads (e.g. built for another Node, or a build that
# never ran) is noticed on the next use and repaired, never used as it is.
#   usage: check-runtime-repair.sh <n8n version>   (N8N_LIBREDESK_CACHE: the runtime folder)
set -euo pipefail
cd "$(dirname "$0")/.."
version="$1"
rt="${N8N_LIBREDESK_CACHE:?}/n8n-$version"
binding="$(find "$rt/node_modules/sqlite3" -name 'node_sqlite3.node' -path '*Release*' | head -n 1)"
[ -n "$binding" ] || { echo "no compiled sqlite3 in $rt" >&2; exit 1; }
rm -f "$binding"
out="$(N8N_VERSION="$version" npm run --silent n8n:install 2>&1)" || { echo "$out" >&2; echo "the installer did not repair the runtime" >&2; exit 1; }
echo "$out" | grep -q 'is broken' || { echo "$out" >&2; echo "the installer did not notice the broken runtime" >&2; exit 1; }
[ -f "$binding" ] || { echo "sqlite3 was not rebuilt" >&2; exit 1; }
echo "$out" | grep '\[install-n8n\]' | grep -v '^  '
echo "repaired: sqlite3 rebuilt and verified"

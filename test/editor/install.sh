#!/usr/bin/env bash
# Installs the editor the end-to-end suite runs in: Debian's Chromium (the driver), ripgrep and
# the Kerberos headers (code-server's native modules need them), then code-server and
# playwright-core in test/editor/host. Nothing is downloaded at test time; a second run with the
# same lockfile finds everything in place and returns at once.
set -euo pipefail
cd "$(dirname "$0")/host"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "factlint editor tests need these Debian packages: ${missing[*]} (apt-get install them, then run again)" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

stamp=node_modules/.factlint-installed
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] && [ -x node_modules/.bin/code-server ]; then
  exit 0
fi

# @vscode/ripgrep (inside code-server) fetches a prebuilt rg from GitHub in its postinstall; this
# network has no GitHub, so its download cache is filled with Debian's rg first. The version and
# tag are the ones code-server 4.100.3 pins.
rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
rg_asset="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$rg_asset" ]; then
  mkdir -p "$rg_cache"
  tar -czf "$rg_asset" -C "$(dirname "$(command -v rg)")" rg
fi

# Build native modules against the local Node headers, let code-server's postinstall run as root
# and keep its nested npx from stopping at a prompt.
export npm_config_nodedir=/usr npm_config_unsafe_perm=true npm_config_yes=true
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
touch "$stamp"

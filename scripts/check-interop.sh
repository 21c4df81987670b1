#!/usr/bin/env bash
# Opens Newsline's exchange exports in the tools they are for, as their
# users would: TimelineJS JSON and CSV in TimelineJS itself (npm
# @knight-lab/timelinejs) in headless Chromium, and the .ics in ical.js.
# Not part of `make test`: it installs Chromium (Debian) and the npm
# packages, into a temporary folder that is removed afterwards.
#
#   scripts/check-interop.sh [--keep DIR]
#
# Prints PASS or FAIL per file and exits non-zero on any failure. With
# --keep DIR, the exports, pages and screenshots stay in DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

keep=""
if [[ "${1:-}" == "--keep" ]]; then keep="${2:?--keep needs a folder}"; fi
work="$(mktemp -d)"
if [[ -n "$keep" ]]; then mkdir -p "$keep"; work="$(cd "$keep" && pwd)"; fi
cleanup() {
  [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null || true
  [[ -z "$keep" ]] && rm -rf "$work"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need chromium; then
  echo "check-interop: installing chromium (Debian)…" >&2
  apt-get install -y -qq chromium >/dev/null
fi
need node && need npm || { echo "check-interop: needs node and npm" >&2; exit 1; }
need python3 || { echo "check-interop: needs python3 (to serve the pages)" >&2; exit 1; }

npm_dir="$work/npm"
mkdir -p "$npm_dir"
if [[ ! -d "$npm_dir/node_modules/@knight-lab/timelinejs" || ! -d "$npm_dir/node_modules/ical.js" ]]; then
  echo "check-interop: installing @knight-lab/timelinejs and ical.js from npm…" >&2
  (cd "$npm_dir" && npm init -y >/dev/null && npm install --no-audit --no-fund @knight-lab/timelinejs ical.js >/dev/null)
fi
tljs_version=$(node -p "require('$npm_dir/node_modules/@knight-lab/timelinejs/package.json').version")
ical_version=$(node -p "require('$npm_dir/node_modules/ical.js/package.json').version")
echo "TimelineJS $tljs_version, ical.js $ical_version, $(chromium --version 2>/dev/null)"

site="$work/site"
mkdir -p "$site"
go run -tags migrated_fynedo ./scripts/interop-samples "$site"
cp scripts/check-interop/timeline.html "$site/"
ln -sfn "$npm_dir/node_modules/@knight-lab/timelinejs/dist" "$site/tljs"

status=0
NPM_DIR="$npm_dir" node scripts/check-interop/ics.mjs "$site" seed tricky synth || status=1

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/expect.json')" 2>/dev/null && break
  sleep 0.1
done

chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$work/chrome-profile" --window-size=1200,900 --virtual-time-budget=15000)
for name in seed tricky synth; do
  for ext in json csv; do
    url="http://127.0.0.1:$port/timeline.html?name=$name&src=$name.$ext"
    out=$("${chrome[@]}" --dump-dom "$url" 2>/dev/null | python3 -c '
import html, re, sys
m = re.search(r"<pre id=\"result\">(.*?)</pre>", sys.stdin.read(), re.S)
print(html.unescape(m.group(1)) if m else "FAIL no result: the page did not run")')
    echo "$out"
    [[ "$out" == PASS* ]] || status=1
    if [[ -n "$keep" ]]; then
      "${chrome[@]}" --screenshot="$work/$name-$ext.png" "$url" >/dev/null 2>&1 || true
    fi
  done
done
exit $status

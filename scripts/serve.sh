#!/usr/bin/env bash
# One command: installs what is missing, builds the release site, serves it at
# http://127.0.0.1:8080 (PORT to change it).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh build
bash scripts/build.sh dist
port=${PORT:-8080}
echo "Serving the Korean peace timeline at http://127.0.0.1:$port/ (Ctrl-C stops)"
exec python3 scripts/static_server.py --root dist --mount "${PUBLIC_URL:-/}" --port "$port"

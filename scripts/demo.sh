#!/usr/bin/env bash
# Serves the demo at http://127.0.0.1:8080 (sample notices and forms from public/, no backend).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
echo
echo "==> serving the demo at http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --offline "$@"

#!/usr/bin/env bash
# Install everything the tracker needs, idempotently: a virtualenv with the package,
# the web assets from the npm registry, and (with --test) Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
if [ -f package.json ]; then
  if [ ! -d node_modules ] || [ package.json -nt node_modules ] || { [ -f package-lock.json ] && [ package-lock.json -nt node_modules ]; }; then
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi
    touch node_modules
  fi
fi
if [ -f scripts/build_assets.py ]; then
  .venv/bin/python scripts/build_assets.py
fi
# the interface translations (locale/*/LC_MESSAGES/django.po -> .mo, pure Python, no gettext needed)
.venv/bin/python -m protest_tracker.i18n >/dev/null
if [ "${1:-}" = "--test" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core) >/dev/null
  else
    echo "note: Debian's chromium is not installed; browser tests will be skipped (sudo apt-get install chromium)" >&2
  fi
fi

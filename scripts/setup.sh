#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks for FasciaMap's build and tests, then the npm
# dependencies exactly as locked. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${FASCIAMAP_CHROMIUM:-}" ] || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v g++ >/dev/null 2>&1 || missing+=(g++ make python3)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages first: ${missing[*]}" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund

#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium through chromedriver; no browser is ever downloaded.
# Installs both when they are missing and we are root; otherwise says what to install and fails.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need Chromium: install Debian's packages 'chromium' and 'chromium-driver' (sudo apt-get install chromium chromium-driver), then run the tests again." >&2
exit 1

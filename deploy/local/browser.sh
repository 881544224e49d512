#!/usr/bin/env bash
# Makes sure the headless browser of the dashboard tests is installed: Debian's chromium and chromium-driver
# (/usr/bin/chromium, /usr/bin/chromedriver), installed with apt-get when missing (as root, or through sudo).
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
echo "[browser] installing Debian's chromium and chromium-driver for the dashboard tests"
run_as_root() { if [[ "$(id -u)" == 0 ]]; then "$@"; else sudo -n "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
if ! run_as_root apt-get install -y -q chromium chromium-driver >/tmp/factstream-browser-install.log 2>&1; then
  run_as_root apt-get update -q >>/tmp/factstream-browser-install.log 2>&1 || true
  run_as_root apt-get install -y -q chromium chromium-driver >>/tmp/factstream-browser-install.log 2>&1 || {
    tail -20 /tmp/factstream-browser-install.log >&2
    echo "[browser] could not install chromium and chromium-driver (log: /tmp/factstream-browser-install.log);" \
      "install them as root: apt-get install chromium chromium-driver" >&2
    exit 1
  }
fi
/usr/bin/chromium --version

#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (Playwright cannot download its own browsers here), and Noto CJK so
# the phone screenshots of Chinese pages show characters, not boxes.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then exit 0; fi
echo "Installing Chromium and CJK fonts from Debian's packages..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-noto-cjk >/dev/null

#!/usr/bin/env bash
# Install Debian's headless-capable Chromium for the browser tests of the network page,
# unless it is already there. CI runs this as root on Debian; apt needs a fresh index.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || true)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# fonts-dejavu-core: readable labels in screenshots on minimal images.
$SUDO apt-get install -y -q chromium fonts-dejavu-core
/usr/bin/chromium --version

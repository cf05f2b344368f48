#!/usr/bin/env bash
# Installs Debian's Chromium, which the chat page's browser tests drive through playwright-core
# (playwright's own browser download cannot run on these machines). Does nothing when present.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-chromium: no apt-get here; install Chromium and set CHROMIUM_PATH to it for the browser tests." >&2
  exit 1
fi
sudo_if_needed=()
if [ "$(id -u)" != 0 ]; then sudo_if_needed=(sudo); fi
"${sudo_if_needed[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y --no-install-recommends chromium

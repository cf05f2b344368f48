#!/usr/bin/env bash
# Installs Debian's redis-server, which the tests of `g4f serve --redis` start on a free loopback
# port (and which a replicated deployment may use). Re-running it is cheap: it installs only when missing.
set -euo pipefail

if [ -x /usr/bin/redis-server ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install --yes --no-install-recommends redis-server

#!/usr/bin/env bash
# Installs everything `pnpm test` needs from nothing: what the demo needs (scripts/bootstrap.sh),
# every virtualenv with the bench's peers (scripts/setup-gradio-venv.sh), and the Debian packages
# the tests drive, each by its own script where the workspace has it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
bash scripts/setup-gradio-venv.sh
if [ -f scripts/setup-chromium.sh ]; then bash scripts/setup-chromium.sh; fi
if [ -f scripts/setup-redis.sh ]; then bash scripts/setup-redis.sh; fi

#!/usr/bin/env bash
# Installs everything `pnpm test` needs from nothing: what the demo needs (scripts/bootstrap.sh),
# every virtualenv with the bench's peers (scripts/setup-gradio-venv.sh), and the Debian packages
# the tests drive (Chromium for the chat page, redis-server for the replicas), each by its own script.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
bash scripts/setup-gradio-venv.sh
bash scripts/setup-chromium.sh
bash scripts/setup-redis.sh

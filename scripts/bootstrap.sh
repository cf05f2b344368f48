#!/usr/bin/env bash
# Installs everything the project needs from nothing: pnpm (the pinned version), the node modules,
# the Python virtualenv with the pinned Gradio that the test Spaces run on, and Chromium for the
# chat page's browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  # Corepack cannot fetch pnpm on these machines; npm can.
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version"
fi
pnpm install --frozen-lockfile
bash scripts/setup-gradio-venv.sh
bash scripts/setup-chromium.sh

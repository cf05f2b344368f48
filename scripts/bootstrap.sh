#!/usr/bin/env bash
# Installs what the demo needs from nothing, and no more: pnpm (the pinned version), the node
# modules, and .venv with the pinned Gradio that the local QVQ Space runs on. The tests need
# more: scripts/bootstrap-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  # Corepack cannot fetch pnpm on these machines; npm can.
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version"
fi
pnpm install --frozen-lockfile
bash scripts/setup-demo-venv.sh

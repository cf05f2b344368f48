#!/usr/bin/env bash
# Creates .venv with the Gradio 5 release the real QVQ Space runs: all the demo needs
# (`pnpm demo` starts the local QVQ Space on it). The tests need more: scripts/setup-gradio-venv.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/python-venv.sh

setup_gradio .venv spaces/requirements.txt

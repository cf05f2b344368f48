#!/usr/bin/env bash
# Creates .venv (ignored by git) with the Gradio release the real QVQ Space runs, for the local
# test Spaces. Re-running it is cheap: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv
python=${PYTHON:-python3}
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --requirement spaces/requirements.txt; then
  echo "setup-gradio-venv: pip could not install spaces/requirements.txt into $venv" >&2
  exit 1
fi
"$venv/bin/python" -c 'import gradio; print("gradio", gradio.__version__, "ready in .venv")'

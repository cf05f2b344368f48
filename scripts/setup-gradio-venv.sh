#!/usr/bin/env bash
# Creates the virtualenvs (ignored by git) for the local test Spaces: .venv with the Gradio 5
# release the real QVQ Space runs, .venv-gradio4 with Gradio 4 for the Spaces still on it,
# .venv-gradio6 with the newest Gradio 6, .venv-g4f with g4f, whose providers the tests run
# against the local Spaces as the witness of what the real Spaces send, and .venv-openai with
# OpenAI's Python client, a test driver of `g4f serve`. The benchmarks' g4f goes
# into .venv beside Gradio.
# Re-running it is cheap: pip only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}

setup() {
  local venv=$1 requirements=$2
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --requirement "$requirements"; then
    echo "setup-gradio-venv: pip could not install $requirements into $venv" >&2
    exit 1
  fi
}

setup_gradio() {
  setup "$1" "$2"
  "$1/bin/python" -c "import gradio; print('gradio', gradio.__version__, 'ready in $1')"
}

setup_gradio .venv spaces/requirements.txt
setup_gradio .venv-gradio4 spaces/requirements-gradio4.txt
setup_gradio .venv-gradio6 spaces/requirements-gradio6.txt
setup .venv-g4f spaces/requirements-g4f.txt
.venv-g4f/bin/python -c "import g4f; print('g4f', g4f.version.utils.current_version, 'ready in .venv-g4f')"
setup .venv-openai spaces/requirements-openai.txt
.venv-openai/bin/python -c "import openai; print('openai', openai.__version__, 'ready in .venv-openai')"

# The benchmarks compare against g4f itself, in the same virtualenv as Gradio. Installed always,
# not only for `pnpm bench`: `pnpm test` runs the bench's smoke run, which needs every contender.
setup .venv spaces/requirements-bench.txt
.venv/bin/python -c "import g4f.Provider.hf_space.Qwen_QVQ_72B; print('g4f ready in .venv')"

#!/usr/bin/env bash
# Creates every virtualenv the tests and the bench need: .venv with the Gradio 5 release the real
# QVQ Space runs, .venv-gradio4 with Gradio 4 for the Spaces still on it, .venv-gradio6 with the
# newest Gradio 6, .venv-g4f with g4f, whose providers the tests run against the local Spaces as
# the witness of what the real Spaces send, and .venv-openai with OpenAI's Python client, a test
# driver of `g4f serve`. The benchmarks' g4f goes into .venv beside Gradio.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/python-venv.sh

bash scripts/setup-demo-venv.sh
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

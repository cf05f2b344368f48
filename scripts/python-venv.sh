# Sourced by the setup scripts: makes a virtualenv (ignored by git) and installs a requirements
# file into it. Re-running is cheap: pip only installs what is missing.
python=${PYTHON:-python3}

# setup VENV REQUIREMENTS
setup() {
  local venv=$1 requirements=$2
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --requirement "$requirements"; then
    echo "setup: pip could not install $requirements into $venv" >&2
    exit 1
  fi
}

# setup_gradio VENV REQUIREMENTS: as setup, then says which Gradio is ready.
setup_gradio() {
  setup "$1" "$2"
  "$1/bin/python" -c "import gradio; print('gradio', gradio.__version__, 'ready in $1')"
}

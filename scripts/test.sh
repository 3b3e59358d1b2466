#!/usr/bin/env bash
# Set up .venv with the test extras (and Debian's Chromium for the browser tests), then run every test.
. "$(dirname "$0")/_env.sh" test
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium for the browser tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi
# The ONNX/torch parity tests need torch; take it only from a local CPU wheel, never a download.
wheel=$(ls /opt/wheels/torch-2.13.0+cpu-*.whl 2>/dev/null | head -n 1 || true)
if [ -n "$wheel" ] && ! python -c "import torch" 2>/dev/null; then
  echo "installing the local CPU torch wheel for parity tests" >&2
  python -m pip install -q "$wheel" "transformers>=4.40" || echo "warning: torch parity tests will be skipped" >&2
fi
python -m pytest "$@"

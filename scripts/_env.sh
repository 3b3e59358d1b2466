# Sourced by the scripts: make .venv and install spinscope into it when missing or out of date.
# Usage: . scripts/_env.sh [extras]   e.g. ". scripts/_env.sh test"
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "creating .venv" >&2
  "$PY" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
extras="${1:-}"
stamp=".venv/.spinscope-installed${extras:+-$extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "installing spinscope${extras:+[$extras]} into .venv" >&2
  python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  python -m pip install -q -e ".${extras:+[$extras]}"
  touch "$stamp"
fi

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
  # Bytecode, which pip skips where PYTHONDONTWRITEBYTECODE is set (as on CI machines): without it
  # every `spinscope` command compiles ~900 modules (spaCy, numpy, ...) again, 1.6 of a 3.7 s cold start.
  python -m compileall -q -j 0 -x '/(torch|torchgen|functorch)/' \
    "$(python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" src >/dev/null 2>&1 || true
  touch "$stamp"
fi

#!/usr/bin/env bash
# Run the tests that cover every bundled model as a CPU with AVX2 and no AVX512/VNNI (an emulated
# Haswell, Debian's qemu-user), where ONNX Runtime takes its other int8 kernels (docs/determinism.md).
#   ./scripts/test-other-cpu.sh              # the model subset below (the snapshot alone: 6-17 min on 2 busy cores)
#   ./scripts/test-other-cpu.sh tests/x.py   # any other tests; they must not start subprocesses
#                                            # (qemu-user runs children natively, on this CPU)
. "$(dirname "$0")/_env.sh" test
if ! command -v qemu-x86_64 >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user >/dev/null) \
      || { echo "could not install qemu-user" >&2; exit 2; }
  else
    echo "needs qemu-x86_64 (Debian: apt-get install qemu-user)" >&2; exit 2
  fi
fi
# Every model: the snapshot analyses examples/ and our texts with the whole default pipeline and
# compares each annotation (labels and offsets exactly, scores to 2e-4); the others check each
# model's stored reference outputs and the bound that keeps the int8 kernels exact.
SUBSET=(
  tests/models/test_same_on_every_cpu.py
  tests/analyzers/techniques/test_techniques_model.py::test_reference_outputs_saved_at_export
  tests/analyzers/techniques/test_span_classifier.py::test_span_classifier_parity_with_export_reference
  tests/models/test_reference_outputs.py
  tests/test_snapshot.py
)
# The CPU features TCG cannot emulate are dropped by name, which only silences its warnings.
CPU="Haswell,-pcid,-x2apic,-tsc-deadline,-hle,-invpcid,-rtm"
python_bin="$(python -c 'import sys; print(sys.executable)')"
exec nice -n 10 qemu-x86_64 -cpu "$CPU" "$python_bin" -m pytest -p no:cacheprovider "${@:-${SUBSET[@]}}"

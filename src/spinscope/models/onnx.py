"""The one ONNX Runtime session factory: CPU only, the same outputs on every CPU, threads from the caller."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from spinscope.models.files import require_files

if TYPE_CHECKING:
    import onnxruntime

# Graph rewrites whose fused kernel gives other numbers on other instruction sets (docs/determinism.md).
# SkipLayerNormalization (residual add + layer norm in one kernel) moved the shared encoder's output by
# up to 0.07 between an AVX512 CPU and an AVX2-only one; FusedMatMul (the attention scale folded into
# Q.K^T) moved technique logits by 0.43. Unfused, the two CPUs agree to 1e-6, and the graphs run
# about 10% faster in CPU time than with the two fusions (this onnxruntime, this CPU).
CPU_DEPENDENT_FUSIONS = ("SkipLayerNormFusion", "MatMulScaleFusion")


def env_thread_cap() -> int | None:
    """The user's cap on intra-op threads (SPINSCOPE_ONNX_THREADS), read when a session is made."""
    value = os.environ.get("SPINSCOPE_ONNX_THREADS", "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else None


def session_threads(requested: int) -> int:
    """The intra-op threads a session asking for ``requested`` gets: at least 1, at most the user's cap."""
    cap = env_thread_cap()
    return max(1, requested if cap is None else min(requested, cap))


def make_session(path: Path, threads: int = 1, owner: str = "spinscope") -> onnxruntime.InferenceSession:
    """A CPU session with ``threads`` intra-op threads (see :func:`session_threads`), one inter-op.

    The caller decides the threads: a pipeline whose analyzers run as concurrent stages gives each
    analyzer ``threads=1`` through its config, so the stages share the cores (core/pipeline.py); a
    session splitting every matrix product over two threads would wait on whichever core is busy.
    The graphs are sequential, so more inter-op threads would only contend. Idle pool threads do not
    spin: a spinning thread burns a core that a spaCy or rules stage of the pipeline needs.

    Outputs do not depend on the thread count nor, to float rounding, on the CPU: int8 products are
    summed exactly in integers (the bundled weights are pair-bounded so that AVX2 kernels cannot
    saturate, training/pair_bound.py), and the fusions in CPU_DEPENDENT_FUSIONS are left out.
    """
    import onnxruntime as ort

    require_files(owner, [path])
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = session_threads(threads)
    opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(
        str(path), sess_options=opts, providers=["CPUExecutionProvider"],
        disabled_optimizers=list(CPU_DEPENDENT_FUSIONS),
    )

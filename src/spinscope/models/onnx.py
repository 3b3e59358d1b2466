"""The one ONNX Runtime session factory: CPU only, threads sized by the caller and the process."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from spinscope.models.files import require_files

if TYPE_CHECKING:
    import onnxruntime

# A process-wide cap on intra-op threads (SPINSCOPE_ONNX_THREADS, or set by a threaded pipeline):
# when analyzers run as concurrent stages each session gets one thread and the stages share the cores;
# a session splitting every matrix product over two threads would wait on whichever core is busy.
_cap: int | None = int(os.environ.get("SPINSCOPE_ONNX_THREADS", "0")) or None


def cap_threads(threads: int | None) -> None:
    """Cap the intra-op threads of sessions made from now on (None: no cap). The environment wins."""
    global _cap
    if not os.environ.get("SPINSCOPE_ONNX_THREADS"):
        _cap = threads


def session_threads(requested: int) -> int:
    """The intra-op threads a session asking for ``requested`` gets."""
    return max(1, requested if _cap is None else min(requested, _cap))


def make_session(path: Path, threads: int = 1, owner: str = "spinscope") -> onnxruntime.InferenceSession:
    """A CPU session with ``threads`` intra-op threads (capped, see :func:`cap_threads`), one inter-op.

    The pipeline runs beside other work on small machines, so callers choose few threads; the graphs
    are sequential, so more inter-op threads would only contend. Idle pool threads do not spin: a
    spinning thread burns a core that a spaCy or rules stage of the pipeline needs. int8 matrix
    products accumulate in integers, so the thread count does not change any output.
    """
    import onnxruntime as ort

    require_files(owner, [path])
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = session_threads(threads)
    opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])

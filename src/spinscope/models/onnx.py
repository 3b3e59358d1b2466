"""The one ONNX Runtime session factory: CPU only, threads sized by the caller."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spinscope.models.files import require_files

if TYPE_CHECKING:
    import onnxruntime


def make_session(path: Path, threads: int = 1, owner: str = "spinscope") -> onnxruntime.InferenceSession:
    """A CPU session with ``threads`` intra-op threads and one inter-op thread.

    The pipeline runs beside other work on small machines, so callers choose few threads; the graphs
    are sequential, so more inter-op threads would only contend.
    """
    import onnxruntime as ort

    require_files(owner, [path])
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])

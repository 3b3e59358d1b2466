"""The shipped narrative model: numpy over encoder vectors of a document's paragraph windows.

``model/narratives.npz`` (written by ``training/semeval25/narr_model.py``) holds, per label of the
two-level taxonomy, the encoder vector of its description, its prototype (the mean window vector
of the training documents that carry it: no training text ships), logistic-regression weights over
[document vector ; four similarities] and a threshold calibrated on out-of-fold scores; plus a
two-way domain head (climate change or Ukraine-Russia war).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.analyzers.narratives.semeval.taxonomy import OTHER, parent_of

MODEL_PATH = Path(__file__).parent / "model" / "narratives.npz"


def doc_features(V: np.ndarray, D: np.ndarray, P: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(unit document vector, ``[labels, 4]`` similarities) from window vectors ``V``."""
    mean = V.mean(axis=0)
    doc = mean / max(float(np.linalg.norm(mean)), 1e-12)
    to_desc = V @ D.T
    to_proto = V @ P.T
    sims = np.stack([to_desc.max(0), to_desc.mean(0), to_proto.max(0), doc @ P.T], axis=1)
    return doc.astype(np.float32), sims.astype(np.float32)


@dataclass
class NarrativeModel:
    labels: list[str]
    arrays: dict[str, np.ndarray]

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> NarrativeModel:
        return cls([str(x) for x in arrays["labels"]], arrays)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> NarrativeModel:
        with np.load(path) as z:
            return cls.from_arrays({k: z[k] for k in z.files})

    @property
    def units(self) -> str:
        """What the window vectors are: ``chunks`` (paragraph windows) or ``tiles`` (encoder windows)."""
        return str(self.arrays["units"]) if "units" in self.arrays else "chunks"

    @property
    def thresholds(self) -> np.ndarray:
        return self.arrays["thresholds"]

    def scores(self, V: np.ndarray) -> tuple[np.ndarray, float]:
        """(probability per label, probability that the document is about climate change)."""
        a = self.arrays
        doc, sims = doc_features(V, a["desc"], a["proto"])
        doc_z = (doc - a["doc_mean"]) / a["doc_scale"]
        sims_z = (sims - a["sim_mean"]) / a["sim_scale"]
        logits = a["W_doc"] @ doc_z + (a["W_sim"] * sims_z).sum(axis=1) + a["b"]
        p_cc = 1.0 / (1.0 + np.exp(-(float(a["dom_W"] @ doc_z) + float(a["dom_b"]))))
        return 1.0 / (1.0 + np.exp(-logits)), p_cc

    def evidence(self, V: np.ndarray, label: str, top: int = 2) -> list[int]:
        """Indices of the windows closest to the label's description and prototype, best first."""
        j = self.labels.index(label)
        closeness = V @ self.arrays["desc"][j] + V @ self.arrays["proto"][j]
        return [int(i) for i in np.argsort(-closeness)[:top]]


def decode(
    scores: np.ndarray, p_cc: float, thresholds: np.ndarray, labels: list[str] | tuple[str, ...]
) -> tuple[list[str], list[str], dict[str, float]]:
    """(coarse labels, fine labels, score of each chosen label); empty lists mean ``Other``.

    ``Other`` is a label with its own head and threshold: above it the document gets no narrative
    (about four in ten training documents have none, and F1-samples rewards saying so). Otherwise
    only the labels of the more likely domain compete (a text is about one of the two); the best
    coarse narrative is always kept, others join above their thresholds. A chosen subnarrative
    brings its parent; a chosen coarse narrative with no chosen subnarrative gets its best-scoring
    one (``<coarse>: Other`` among them), as the task's gold always pairs the two.
    """
    index = {lab: j for j, lab in enumerate(labels)}
    if OTHER in index and scores[index[OTHER]] >= thresholds[index[OTHER]]:
        return [], [], {}
    domain = "CC" if p_cc >= 0.5 else "URW"
    mine = [lab for lab in labels if lab.startswith(domain + ":")]
    fine = [lab for lab in mine if lab.count(":") >= 2 and scores[index[lab]] >= thresholds[index[lab]]]
    coarse = [lab for lab in mine if lab.count(":") == 1 and scores[index[lab]] >= thresholds[index[lab]]]
    if not coarse and not fine:
        coarse = [max((lab for lab in mine if lab.count(":") == 1), key=lambda lab: scores[index[lab]])]
    for f in fine:
        if parent_of(f) not in coarse:
            coarse.append(parent_of(f))
    for c in coarse:
        if not any(parent_of(f) == c for f in fine):
            children = [lab for lab in mine if lab.count(":") >= 2 and parent_of(lab) == c]
            if children:
                fine.append(max(children, key=lambda lab: scores[index[lab]]))
    chosen = {lab: float(scores[index[lab]]) for lab in coarse + fine}
    for f in fine:  # a parent is at least as present as its subnarrative
        chosen[parent_of(f)] = max(chosen[parent_of(f)], chosen[f])
    coarse.sort(key=lambda lab: -chosen[lab])
    fine.sort(key=lambda lab: -chosen[lab])
    return coarse, fine, chosen

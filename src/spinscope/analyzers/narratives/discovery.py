"""Discovery of recurring narratives: clusters of similar claims and sentences across a corpus.

The units are the corpus's claims and sentences (long enough to say something), embedded with the
bundled MiniLM encoder. Agglomerative clustering (average linkage, cosine distance, a distance
threshold rather than a number of clusters) groups them; above ``DIRECT_LIMIT`` units a random
sample of that many is clustered and the other units join the nearest sample cluster, which keeps
time and memory linear in the corpus. A cluster is kept when it recurs: its units come from at least
``min_size`` documents. Each cluster gets c-TF-IDF keywords, the unit closest to its centroid as
representative, its outlets, first and last seen dates and documents per ISO week.

scikit-learn is the optional ``narratives`` extra (``pip install spinscope[narratives]``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from spinscope.errors import ConfigError

# Cosine distance under which two groups of units (average linkage) tell the same story; chosen on
# a synthetic corpus of another seed than the one the bench reports (bench/bench_narratives.py).
DISTANCE_THRESHOLD = 0.68
# A new unit joins an existing cluster when its cosine similarity to the centroid reaches this.
ASSIGN_SIMILARITY = 0.62
# Direct agglomerative clustering needs the n x n distances: above this, micro-clusters first.
DIRECT_LIMIT = 4000
MIN_WORDS = 6
N_KEYWORDS = 8

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


@dataclass(slots=True)
class Unit:
    """A claim or sentence of a stored document."""

    doc_id: str
    start: int
    end: int
    text: str
    kind: str = "sentence"  # "sentence" | "claim"
    source: str | None = None
    published: str | None = None


@dataclass
class Cluster:
    """A recurring narrative found in the corpus."""

    id: int
    members: list[Unit]
    centroid: np.ndarray
    keywords: list[str] = field(default_factory=list)
    representative: Unit | None = None
    similarities: list[float] = field(default_factory=list)

    @property
    def label(self) -> str:
        return " / ".join(self.keywords[:3])

    @property
    def documents(self) -> list[str]:
        return sorted({m.doc_id for m in self.members})

    def outlets(self) -> dict[str, int]:
        """Documents per outlet."""
        per: dict[str, set[str]] = defaultdict(set)
        for m in self.members:
            per[m.source or "(unknown)"].add(m.doc_id)
        return dict(sorted(((k, len(v)) for k, v in per.items()), key=lambda kv: (-kv[1], kv[0])))

    def dates(self) -> list[str]:
        return sorted({m.published[:10] for m in self.members if m.published})

    def weekly(self) -> list[dict[str, object]]:
        """Documents per ISO week (``2026-W45``), oldest first: how the narrative grows."""
        per: dict[str, set[str]] = defaultdict(set)
        for m in self.members:
            week = iso_week(m.published)
            if week:
                per[week].add(m.doc_id)
        return [{"week": w, "documents": len(per[w])} for w in sorted(per)]


def iso_week(published: str | None) -> str | None:
    if not published:
        return None
    try:
        y, w, _ = date.fromisoformat(published[:10]).isocalendar()
    except ValueError:
        return None
    return f"{y}-W{w:02d}"


def usable(unit: Unit) -> bool:
    return len(_WORD.findall(unit.text)) >= MIN_WORDS


def _sklearn():
    try:
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    except ImportError:  # pragma: no cover - depends on the install
        raise ConfigError(
            "narrative discovery needs scikit-learn: pip install 'spinscope[narratives]'"
        ) from None
    return AgglomerativeClustering, ENGLISH_STOP_WORDS


def cluster_labels(vectors: np.ndarray, distance: float = DISTANCE_THRESHOLD, seed: int = 0) -> np.ndarray:
    """A cluster label per row of unit vectors; -1 for a unit that joins no cluster.

    Up to ``DIRECT_LIMIT`` units are clustered directly. Above it, a random sample of that many is
    clustered and every other unit joins the sample cluster whose centroid is closest, when the
    cosine reaches ``ASSIGN_SIMILARITY`` (as new documents join stored clusters), so time and memory
    stay linear in the corpus (k-means micro-clusters were tried first: far slower on two cores).
    """
    agglomerative, _ = _sklearn()
    n = len(vectors)
    if n < 2:
        return np.full(n, -1 if n == 0 else 0, dtype=np.int64)

    def agglomerate(x: np.ndarray) -> np.ndarray:
        model = agglomerative(n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance)
        return model.fit_predict(x)

    if n <= DIRECT_LIMIT:
        return agglomerate(vectors)
    sample = np.sort(np.random.default_rng(seed).choice(n, DIRECT_LIMIT, replace=False))
    sample_labels = agglomerate(vectors[sample])
    k = int(sample_labels.max()) + 1
    centroids = np.zeros((k, vectors.shape[1]), dtype=np.float32)
    np.add.at(centroids, sample_labels, vectors[sample])
    centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
    labels = np.full(n, -1, dtype=np.int64)
    for lo in range(0, n, 8192):  # in chunks: an n x k similarity matrix would not stay small
        sims = vectors[lo:lo + 8192] @ centroids.T
        best = sims.argmax(axis=1)
        ok = sims[np.arange(len(best)), best] >= ASSIGN_SIMILARITY
        labels[lo:lo + 8192] = np.where(ok, best, -1)
    labels[sample] = sample_labels
    return labels


def ctfidf_keywords(texts_by_cluster: Sequence[Sequence[str]], n: int = N_KEYWORDS) -> list[list[str]]:
    """Class-based TF-IDF (each cluster's text as one document): the words that set each cluster apart."""
    _, stop = _sklearn()
    counts = []
    for texts in texts_by_cluster:
        c = Counter(w.lower() for t in texts for w in _WORD.findall(t))
        counts.append({w: k for w, k in c.items() if w not in stop and len(w) > 2})
    totals: Counter[str] = Counter()
    for c in counts:
        totals.update(c)
    avg_words = max(1.0, sum(sum(c.values()) for c in counts) / max(len(counts), 1))
    out = []
    for c in counts:
        size = max(sum(c.values()), 1)
        scored = {w: (k / size) * np.log(1 + avg_words / totals[w]) for w, k in c.items()}
        out.append([w for w, _ in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:n]])
    return out


def describe(clusters: list[Cluster], vectors_of: Callable[[Cluster], np.ndarray]) -> list[Cluster]:
    """Fill keywords, representative and centroid of each cluster (members already set)."""
    keywords = ctfidf_keywords([[m.text for m in c.members] for c in clusters])
    for c, words in zip(clusters, keywords, strict=True):
        vecs = vectors_of(c)
        centre = vecs.mean(axis=0)
        c.centroid = centre / max(float(np.linalg.norm(centre)), 1e-12)
        sims = vecs @ c.centroid
        c.similarities = [round(float(s), 4) for s in sims]
        c.representative = c.members[int(np.argmax(sims))]
        c.keywords = words
    return clusters


def discover(units: Sequence[Unit], vectors: np.ndarray, min_size: int = 3,
             distance: float = DISTANCE_THRESHOLD) -> list[Cluster]:
    """Recurring narratives among ``units`` (rows of ``vectors``), largest first, ids from 1."""
    if min_size < 2:
        raise ConfigError(f"min_size must be at least 2 documents, got {min_size}")
    labels = cluster_labels(vectors, distance)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[int(label)].append(i)
    kept = [rows for label, rows in groups.items()
            if label >= 0 and len({units[i].doc_id for i in rows}) >= min_size]
    kept.sort(key=lambda rows: (-len({units[i].doc_id for i in rows}), -len(rows), rows[0]))
    clusters = [Cluster(i, [units[r] for r in rows], np.zeros(vectors.shape[1], np.float32))
                for i, rows in enumerate(kept, start=1)]
    row_sets = dict(zip((c.id for c in clusters), kept, strict=True))
    return describe(clusters, lambda c: vectors[row_sets[c.id]])


def assign(clusters: list[Cluster], units: Sequence[Unit], vectors: np.ndarray,
           min_similarity: float = ASSIGN_SIMILARITY) -> tuple[list[Cluster], int]:
    """Add new units to the existing cluster whose centroid they are closest to (when close enough).

    The centroid moves to the mean of old and new members (the old members' vectors are not kept:
    the stored centroid stands for them), the representative changes when a new member is closer to
    it, and the keywords of every cluster are recomputed (c-TF-IDF depends on all of them). Ids stay.
    Returns the clusters and how many units joined one.
    """
    if not clusters or not len(units):
        return clusters, 0
    centroids = np.vstack([c.centroid for c in clusters])
    sims = vectors @ centroids.T
    best = sims.argmax(axis=1)
    joined: dict[int, list[int]] = defaultdict(list)
    for i, j in enumerate(best):
        if sims[i, j] >= min_similarity:
            joined[int(j)].append(i)
    for j, rows in joined.items():
        c = clusters[j]
        total = c.centroid * len(c.members) + vectors[rows].sum(axis=0)
        c.centroid = total / max(float(np.linalg.norm(total)), 1e-12)
        c.members = c.members + [units[r] for r in rows]
        c.similarities = c.similarities + [round(float(sims[r, j]), 4) for r in rows]
        top = int(np.argmax(c.similarities))
        c.representative = c.members[top]
    if joined:
        for c, words in zip(clusters, ctfidf_keywords([[m.text for m in c.members] for c in clusters]), strict=True):
            c.keywords = words
    return clusters, sum(len(r) for r in joined.values())

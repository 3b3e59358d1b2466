"""Communities of the outlet network: weighted label propagation, small and deterministic.

networkx would do this, but it is no runtime dependency of spinscope; the network has one node per
outlet (hundreds, not millions), so a few passes of label propagation over the edges at or above the
weight threshold are instant. Each outlet starts in its own community and repeatedly joins the one
its neighbours weigh most (ties: the smallest label), until nothing changes.
"""

from __future__ import annotations

from collections import defaultdict


def communities(nodes: list[str], edges: dict[tuple[str, str], int], min_weight: int = 1,
                max_rounds: int = 30) -> dict[str, int]:
    """outlet -> community number (0, 1, ... by size, largest first); isolated outlets get their own."""
    neighbours: dict[str, dict[str, int]] = defaultdict(dict)
    for (a, b), w in edges.items():
        if w >= min_weight:
            neighbours[a][b] = w
            neighbours[b][a] = w
    order = sorted(nodes)
    label = {n: i for i, n in enumerate(order)}
    for _ in range(max_rounds):
        changed = False
        for n in order:
            if not neighbours[n]:
                continue
            votes: dict[int, int] = defaultdict(int)
            for m, w in neighbours[n].items():
                votes[label[m]] += w
            votes[label[n]] += 0  # staying is an option, with no weight of its own
            top = max(votes.values())
            choice = min(lab for lab, v in votes.items() if v == top)
            if choice != label[n]:
                label[n] = choice
                changed = True
        if not changed:
            break
    groups: dict[int, list[str]] = defaultdict(list)
    for n, lab in label.items():
        groups[lab].append(n)
    ranked = sorted(groups.values(), key=lambda g: (-len(g), min(g)))
    return {n: i for i, g in enumerate(ranked) for n in g}

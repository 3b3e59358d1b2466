"""FoundMentions answers exactly what the scans over every found mention answered (issue 14), and
looks only at the mentions near a span."""

from __future__ import annotations

import random

from spinscope.analyzers.entities.found import FoundMentions


def _scan_overlapping(found, s, e):
    return sorted(f for f in found if f[0] < e and s < f[1])


def test_same_answers_as_the_scan_over_every_mention_on_random_edits():
    rng = random.Random(14)
    for _ in range(200):
        found = []
        for _ in range(rng.randint(0, 40)):
            s = rng.randint(0, 500)
            found.append((s, s + rng.randint(1, 30), rng.choice(["PERSON", "ORG", "GPE"])))
        index = FoundMentions(list(found))
        for _ in range(30):
            s = rng.randint(0, 520)
            e = s + rng.randint(1, 25)
            assert index.overlapping(s, e) == _scan_overlapping(found, s, e)
            if rng.random() < 0.5:  # an alias match replaces what it overlaps, as the analyzer does
                found = [f for f in found if not (f[0] < e and s < f[1])] + [(s, e, "ORG")]
                index.remove_overlapping(s, e)
                index.add((s, e, "ORG"))
            assert sorted(index) == sorted(found)


def test_a_lookup_reads_only_the_mentions_within_the_widest_mention_of_the_span():
    index = FoundMentions([(i * 100, i * 100 + 10, "ORG") for i in range(10_000)])  # a 1 MB document's worth
    lo, hi = index._window(500_000, 500_005)
    assert hi - lo <= 2  # not 10,000
    assert index.overlapping(500_000, 500_005) == [(500_000, 500_010, "ORG")]

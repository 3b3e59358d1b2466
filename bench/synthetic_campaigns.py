"""A synthetic multi-outlet corpus with many planted campaigns, for evaluation and benchmarks.

Everything is generated from invented names. Each planted campaign pushes one proposition through
3-8 outlets within a spread of 1-20 hours, either republished (the same text, lightly edited) or
paraphrased (the proposition in another wording per outlet); some get a refuting fact-check inside
the window and a late follow-up days later, neither of which belongs to the campaign. Background
documents each state their own proposition. Claims are marked by construction (one per document),
so the figures measure detection given the claims layer, not claim extraction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from spinscope.core.annotations import Claim
from spinscope.core.document import Document

SUBJECTS = """Dunmark|the Velorian army|the Tarn militia|the Orsk council|the Selva governor|the Kestrel navy|
the border police|the Nordhaven ministry|the harbour authority|the northern brigade|the Ostra regiment|
the Velm security service|the coastal guard|the Marsh republic|the Dalen administration|the Brenner cartel|
the Haldor embassy|the Iskra corporation|the Lumen foundation|the Corvin party""".replace("\n", "").split("|")
OBJECTS = """a chemical weapons laboratory near Port Selva|missile launchers in Orsk|a secret prison in Velm|
mercenaries on the Tarn border|a drone base outside Kestrel|poisoned grain in the Ostra silos|fake ballots in Dalen|
an explosives depot at the Selva dam|foreign fighters in the Marsh villages|a spy network in Nordhaven|
landmines on the Brenner road|a biolab in the Haldor hills|stolen tanks at the Iskra plant|
a radio jamming station on Lumen island|forged passports in Corvin""".replace("\n", "").split("|")
# One proposition, several wordings: {s} subject, {o} object.
PREDICATES = [
    ["{S} is secretly building {o}.", "Sources say {s} has been covertly constructing {o}.",
     "{O} is being built in secret by {s}, insiders claim.", "{S} quietly set up {o}, according to officials."],
    ["{S} has moved {o} into position.", "{O} were moved into place by {s} overnight, witnesses say.",
     "Residents report that {s} transferred {o} this week.", "{S} relocated {o}, a source told reporters."],
    ["{S} is hiding {o} from inspectors.", "Inspectors were kept away from {o} by {s}, sources allege.",
     "{S} concealed {o} before the inspection, officials claim.", "According to insiders, {s} is keeping {o} out of sight."],
    ["{S} paid for {o}.", "{O} were financed by {s}, documents reportedly show.",
     "Money from {s} funded {o}, a leaked memo claims.", "{S} bankrolled {o}, sources said."],
]
FILLER_SUBJ = "The mayor|A spokesman|Local farmers|The weather office|Teachers|Rail workers|The port office|Doctors".split("|")
FILLER_VERB = "said on|reported on|complained on|announced on|confirmed on|noted on".split("|")
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday".split("|")
FILLER_OBJ = "prices|repairs|delays|the harvest|the budget|the timetable|school meals|water supplies".split("|")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def wording(subject: str, obj: str, predicate: int, variant: int) -> str:
    template = PREDICATES[predicate][variant % len(PREDICATES[predicate])]
    return template.format(s=subject, o=obj, S=_cap(subject), O=_cap(obj))


def filler(rng: random.Random, n: int) -> str:
    return " ".join(
        f"{rng.choice(FILLER_SUBJ)} {rng.choice(FILLER_VERB)} {rng.choice(DAYS)} that {rng.choice(FILLER_OBJ)} "
        f"in district {rng.randint(1, 999)} changed by {rng.randint(2, 97)} percent." for _ in range(n)
    )


@dataclass
class Planted:
    kind: str  # republication | paraphrase
    documents: list[str]
    outlets: list[str]
    distractors: list[str] = field(default_factory=list)  # fact-checks in the window, late follow-ups


@dataclass
class Synthetic:
    documents: list[Document]
    planted: list[Planted]
    propositions: dict[str, tuple[int, int, int]]  # doc id -> (subject, object, predicate) it states


def _doc(doc_id: str, outlet: str, when: datetime, claim: str, extra: str) -> Document:
    text = f"{claim} {extra}"
    return Document(id=doc_id, text=text, source=outlet, published=when.isoformat(timespec="minutes") + "+00:00",
                    claims=[Claim(0, len(claim), 0.9, asserted_by=outlet)])


def generate(n_background: int = 1500, n_campaigns: int = 60, n_outlets: int = 40, days: int = 90,
             seed: int = 7) -> Synthetic:
    rng = random.Random(seed)
    outlets = [f"Outlet {i:03d}" for i in range(n_outlets)]
    start = datetime(2025, 1, 1)
    docs: list[Document] = []
    planted: list[Planted] = []
    props: dict[str, tuple[int, int, int]] = {}
    used: set[tuple[int, int]] = set()
    for c in range(n_campaigns):
        if len(used) == len(SUBJECTS) * len(OBJECTS):  # large benchmark corpora: start over
            used.clear()
        while True:  # each campaign pushes its own proposition (until all are used)
            s, o = rng.randrange(len(SUBJECTS)), rng.randrange(len(OBJECTS))
            if (s, o) not in used:
                used.add((s, o))
                break
        p = rng.randrange(len(PREDICATES))
        kind = rng.choice(["republication", "paraphrase"])
        size, spread = rng.randint(3, 8), rng.uniform(1, 20)
        t0 = start + timedelta(hours=rng.uniform(0, days * 24 - 24 * 8))
        members = rng.sample(outlets, size)
        body = filler(rng, 6)
        camp = Planted(kind, [], members)
        for k, outlet in enumerate(members):
            when = t0 + timedelta(hours=0 if k == 0 else rng.uniform(0, spread))
            doc_id = f"c{c:03d}-{k}"
            if kind == "republication":
                claim = wording(SUBJECTS[s], OBJECTS[o], p, 0)
                edit = rng.choice(["", "UPDATE: ", f"{outlet.upper()} - "])
                extra = body if rng.random() < 0.5 else body.rsplit(". ", 1)[0] + "."
                docs.append(_doc(doc_id, outlet, when, edit + claim if edit else claim, extra))
                if edit:
                    docs[-1].claims[0] = Claim(len(edit), len(edit) + len(claim), 0.9, asserted_by=outlet)
            else:
                docs.append(_doc(doc_id, outlet, when, wording(SUBJECTS[s], OBJECTS[o], p, k), filler(rng, 3)))
            camp.documents.append(doc_id)
            props[doc_id] = (s, o, p)
        others = [x for x in outlets if x not in members]
        if rng.random() < 0.4:  # a fact-check inside the window
            claim = f"The claim that {wording(SUBJECTS[s], OBJECTS[o], p, 0).rstrip('.')} is false."
            doc_id = f"c{c:03d}-check"
            docs.append(_doc(doc_id, rng.choice(others), t0 + timedelta(hours=spread + 1), claim, filler(rng, 2)))
            camp.distractors.append(doc_id)
        if rng.random() < 0.4:  # independent follow-up days later
            doc_id = f"c{c:03d}-late"
            late = t0 + timedelta(days=rng.uniform(3, 7))
            docs.append(_doc(doc_id, rng.choice(others), late, wording(SUBJECTS[s], OBJECTS[o], p, 3), filler(rng, 3)))
            camp.distractors.append(doc_id)
        planted.append(camp)
    for b in range(n_background):
        s, o, p = rng.randrange(len(SUBJECTS)), rng.randrange(len(OBJECTS)), rng.randrange(len(PREDICATES))
        when = start + timedelta(hours=rng.uniform(0, days * 24))
        doc_id = f"bg{b:05d}"
        docs.append(_doc(doc_id, rng.choice(outlets), when, wording(SUBJECTS[s], OBJECTS[o], p, rng.randrange(4)),
                         filler(rng, 4)))
        props[doc_id] = (s, o, p)
    return Synthetic(docs, planted, props)


def score(planted: list[Planted], found: list[dict], min_jaccard: float = 0.5) -> dict:
    """Precision/recall of planted campaigns (a match shares >= half its documents, Jaccard) and of members."""
    matched_found: set[int] = set()
    hits: dict[str, list[int]] = {"republication": [0, 0], "paraphrase": [0, 0]}
    by_size: dict[int, list[int]] = {}
    member_tp = member_fp = member_fn = 0
    distractors_in = 0
    for camp in planted:
        truth = set(camp.documents)
        best, best_j = None, 0.0
        for i, f in enumerate(found):
            j = len(truth & set(f["documents"])) / len(truth | set(f["documents"]))
            if j > best_j:
                best, best_j = i, j
        ok = best is not None and best_j >= min_jaccard
        hits[camp.kind][1] += 1
        by_size.setdefault(len(camp.outlets), [0, 0])[1] += 1
        if ok:
            matched_found.add(best)
            hits[camp.kind][0] += 1
            by_size[len(camp.outlets)][0] += 1
            got = set(found[best]["documents"])
            member_tp += len(truth & got)
            member_fp += len(got - truth)
            member_fn += len(truth - got)
            distractors_in += len(set(camp.distractors) & got)
        else:
            member_fn += len(truth)
    precision = len(matched_found) / len(found) if found else 0.0
    recall = sum(h[0] for h in hits.values()) / len(planted) if planted else 0.0
    return {
        "planted": len(planted), "found": len(found),
        "precision": round(precision, 3), "recall": round(recall, 3),
        "recall_by_kind": {k: f"{h[0]}/{h[1]}" for k, h in hits.items()},
        "recall_by_size": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_size.items())},
        "member_precision": round(member_tp / (member_tp + member_fp), 3) if member_tp + member_fp else 0.0,
        "member_recall": round(member_tp / (member_tp + member_fn), 3) if member_tp + member_fn else 0.0,
        "distractors_inside_matched_campaigns": distractors_in,
        "distractors_planted": sum(len(c.distractors) for c in planted),
    }

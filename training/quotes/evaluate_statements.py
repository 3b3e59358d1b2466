"""Score attribution, issuer and denials on our own statement-genre texts (tests/fixtures/statements/).

    python -m training.quotes.evaluate_statements [--json out.json] [--verbose]

The texts are invented (ministry comments, press releases, wire reports "citing" others, denial
exchanges, first-person statements). Each fixture gives the gold quotes (content text, speaker name,
via), the issuer, the denials (claim text, who denies it), claims nobody denies, and strings that must
never be a claim, a speaker or an entity. A predicted quote matches a gold one when their contents
overlap by at least half of both (as in the PolNeAR evaluation); a speaker is right when the names
agree after case and a leading "the" are ignored.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "statements"


def norm(name: str | None) -> str:
    """Names compare without case, a leading article or extra spaces."""
    words = (name or "").lower().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _half(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return ov > 0 and 2 * ov >= a[1] - a[0] and 2 * ov >= b[1] - b[0]


def load_fixtures(path: Path = FIXTURES) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))]


def document(fx: dict) -> Document:
    return Document(id=fx["id"], text=fx["text"], title=fx.get("title"), source=fx.get("source"))


@dataclass
class Score:
    """Counts over fixtures, and what went wrong in each, for printing and for tests."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    speaker_right: int = 0
    via_right: int = 0
    via_total: int = 0
    issuer_right: int = 0
    issuer_total: int = 0
    denial_tp: int = 0
    denial_pred: int = 0
    denial_gold: int = 0
    violations: int = 0  # forbidden claims / speakers / entities, counter-claims marked denied
    errors: dict[str, list[str]] = field(default_factory=dict)

    def note(self, fx_id: str, msg: str) -> None:
        self.errors.setdefault(fx_id, []).append(msg)

    def summary(self) -> dict:
        p, r = self.tp / max(self.pred, 1), self.tp / max(self.gold, 1)
        dp, dr = self.denial_tp / max(self.denial_pred, 1), self.denial_tp / max(self.denial_gold, 1)
        return {
            "quotes": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / max(p + r, 1e-9), 4),
                       "tp": self.tp, "pred": self.pred, "gold": self.gold},
            "speaker_accuracy": round(self.speaker_right / max(self.tp, 1), 4),
            "via_accuracy": round(self.via_right / max(self.via_total, 1), 4),
            "issuer_accuracy": round(self.issuer_right / max(self.issuer_total, 1), 4),
            "denials": {"precision": round(dp, 4), "recall": round(dr, 4), "tp": self.denial_tp,
                        "pred": self.denial_pred, "gold": self.denial_gold},
            "violations": self.violations,
        }


def score_fixture(fx: dict, doc: Document, score: Score) -> None:
    text, fid = doc.text, fx["id"]
    golds = [(g, _find(text, g["content"])) for g in fx["quotes"]]
    preds = [(q, (q.content.start, q.content.end)) for q in doc.quotes]
    score.gold += len(golds)
    score.pred += len(preds)
    used: set[int] = set()
    for g, gspan in golds:
        hit = next((i for i, (_, ps) in enumerate(preds) if i not in used and _half(ps, gspan)), None)
        if hit is None:
            score.note(fid, f"missed quote {g['content']!r}")
            continue
        used.add(hit)
        q = preds[hit][0]
        score.tp += 1
        if norm(q.speaker_name) == norm(g["speaker"]):
            score.speaker_right += 1
        else:
            score.note(fid, f"speaker of {g['content'][:40]!r}: {q.speaker_name!r}, want {g['speaker']!r}")
        if g.get("via") or q.via:
            score.via_total += 1
            if norm(q.via) == norm(g.get("via")):
                score.via_right += 1
            else:
                score.note(fid, f"via of {g['content'][:40]!r}: {q.via!r}, want {g.get('via')!r}")
    for i, (q, ps) in enumerate(preds):
        if i not in used:
            score.note(fid, f"extra quote {text[ps[0]:ps[1]]!r} by {q.speaker_name!r}")
    if fx.get("issuer") is not None or doc.issuer is not None:
        score.issuer_total += 1
        if norm(doc.issuer) == norm(fx.get("issuer")):
            score.issuer_right += 1
        else:
            score.note(fid, f"issuer {doc.issuer!r}, want {fx.get('issuer')!r}")
    _score_denials(fx, doc, score)
    _score_forbidden(fx, doc, score)


def _score_denials(fx: dict, doc: Document, score: Score) -> None:
    text, fid = doc.text, fx["id"]
    pairs = [((c.start, c.end), norm(who)) for c in doc.claims for who in c.denied_by]
    gold = [(_find(text, d["claim"]), norm(d["denied_by"])) for d in fx["denials"]]
    score.denial_pred += len(pairs)
    score.denial_gold += len(gold)
    for span, who in gold:
        if any(_half(span, ps) and who == pw for ps, pw in pairs):
            score.denial_tp += 1
        else:
            score.note(fid, f"denial of {text[span[0]:span[1]][:40]!r} by {who!r} not found; have {pairs}")
    for ud in fx.get("undenied", []):
        span = _find(text, ud["claim"])
        for c in doc.claims:
            if _half(span, (c.start, c.end)) and c.denied_by:
                score.violations += 1
                score.note(fid, f"counter-claim {ud['claim'][:40]!r} marked denied by {c.denied_by}")


def _score_forbidden(fx: dict, doc: Document, score: Score) -> None:
    fid = fx["id"]
    for bad in fx.get("not_claims", []):
        for c in doc.claims:
            if bad in doc.text[c.start : c.end]:
                score.violations += 1
                score.note(fid, f"claim holds the editor's note {bad!r} (asserted by {c.asserted_by!r})")
    speakers = {norm(q.speaker_name) for q in doc.quotes}
    for bad in fx.get("not_speakers", []):
        if norm(bad) in speakers:
            score.violations += 1
            score.note(fid, f"{bad!r} is a speaker")
    names = {norm(n) for e in doc.entities for n in (e.name, *e.aliases)}
    for bad in fx.get("not_entities", []):
        if norm(bad) in names:
            score.violations += 1
            score.note(fid, f"{bad!r} is an entity")


def evaluate(fixtures: list[dict] | None = None, pipeline: Pipeline | None = None) -> Score:
    fixtures = load_fixtures() if fixtures is None else fixtures
    pipe = pipeline or Pipeline(["parse", "entities", "quotes", "claims"])
    score = Score()
    for fx in fixtures:
        score_fixture(fx, pipe(document(fx)), score)
    return score


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", default=None)
    ap.add_argument("--verbose", action="store_true", help="print what went wrong in each text")
    ap.add_argument("--model-dir", type=Path, default=None, help="an exported tagger other than the shipped one")
    args = ap.parse_args()
    fixtures = load_fixtures()
    pipe = None
    if args.model_dir is not None:  # score a candidate model before it is copied into the package
        from spinscope.analyzers.quotes.tagger import SpanTagger

        pipe = Pipeline(["parse", "entities", "quotes", "claims"])
        quotes = next(a for a in pipe.analyzers if a.name == "quotes")
        quotes.ensure_initialized()
        quotes.tagger_ = SpanTagger(args.model_dir)
    score = evaluate(fixtures, pipe)
    out = {"texts": len(fixtures), **score.summary()}
    print(json.dumps(out, indent=1))
    if args.verbose:
        for fid, msgs in score.errors.items():
            print(f"\n{fid}:")
            for m in msgs:
                print("  -", m)
    if args.json:
        Path(args.json).write_text(json.dumps({**out, "errors": score.errors}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

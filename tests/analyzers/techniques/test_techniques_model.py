"""The shipped ONNX technique model: reference outputs, the analyzer contract, windows, PTC commands."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from typer.testing import CliRunner

from spinscope.analyzers.techniques.tagger import MODEL_DIR, VARIANTS, load_tagger
from spinscope.analyzers.techniques.taxonomy import (
    DEFINITIONS,
    PTC_TECHNIQUES,
    PTC_TO_SEMEVAL2023,
    technique_label,
)
from spinscope.core.document import Document

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / VARIANTS["int8"]).exists(), reason="technique model weights not installed"
)

TEXT = (
    "Opposition leader Mara Velt called the new tax a disgraceful betrayal of hard-working families. "
    "\"This corrupt gang of bureaucrats will stop at nothing,\" she said, warning that the country would "
    "be destroyed within months. Is anyone surprised? The so-called experts have lied to us again and again.\n"
)


@pytest.fixture(scope="module")
def model():
    return load_tagger()


def test_reference_outputs_saved_at_export(model):
    ref = json.loads((MODEL_DIR / "reference.json").read_text())  # written by training/techniques/ship.py
    out = model.token_outputs([ref["text"]])[0]
    assert out.enc.ids.tolist() == ref["ids"]
    # The int8 products are exact on every CPU (docs/determinism.md): only float rounding differs
    # (1e-6 measured between AVX512-VNNI and AVX2), and the reference is rounded to 5 decimals.
    np.testing.assert_allclose(out.probs, np.asarray(ref["probs"], np.float32), rtol=0, atol=1e-4)


def test_a_document_gets_the_same_outputs_alone_or_in_any_batch(model):
    alone = model.token_outputs([TEXT])[0].probs
    together = model.token_outputs(["A brief note.", TEXT, TEXT + " " + TEXT])[1].probs
    # Windows are batched per document (dynamic int8 scales are per call), so batch-mates change nothing.
    assert np.array_equal(alone, together)


def test_padding_is_masked(model):
    """A short window padded beside a full one gives what it gives alone; attending to padding would not.

    Within one document every window is full length (the last one is aligned to the article's end),
    so padding only occurs when rows of different lengths share an ONNX call.
    """
    from spinscope.analyzers.techniques.windows import encode, pad_batch, window_ids

    short = window_ids(encode(model.tokenizer, [TEXT])[0].ids[:40], 0)
    full = window_ids(encode(model.tokenizer, [TEXT * 12])[0].ids, 0)
    ids, mask = pad_batch([full, short])

    def logits(i, m):
        return model.session.run(["logits"], {"input_ids": i, "attention_mask": m})[0]

    alone = logits(short[None], np.ones((1, len(short)), np.int64))[0]
    padded = logits(ids, mask)[1, : len(short)]
    unmasked = logits(ids, np.ones_like(mask))[1, : len(short)]
    masked_err, unmasked_err = np.abs(padded - alone).mean(), np.abs(unmasked - alone).mean()
    # int8 activation scales are per call, so the padded row is not bit-identical to the row alone;
    # what separates masking from attending to padding is the size of the difference.
    assert masked_err < 0.25 * unmasked_err, (masked_err, unmasked_err)


def test_long_article_is_covered_to_its_last_token(model):
    text = "Title\n\n" + TEXT * 40
    out = model.token_outputs([text])[0]
    assert len(out.enc.ids) > 3 * model.window
    assert out.probs.shape == (len(out.enc.ids), len(model.channels))
    # The same paragraph repeated gives about the same probabilities at the very end as just before it
    # (an uncovered tail would be all zeros). Not identical: its place in the window differs.
    n = len(model.tokenizer.encode(TEXT, add_special_tokens=False).ids)
    last, before = out.probs[-n:], out.probs[-2 * n : -n]
    assert np.abs(last - before).mean() < 0.06
    assert np.corrcoef(last[:, 0], before[:, 0])[0, 1] > 0.9


def test_analyzer_fills_techniques_with_checkable_reasons():
    from spinscope.core.pipeline import Pipeline

    doc = Pipeline(["techniques"])(Document(id="t1", text=TEXT))
    assert doc.text == TEXT
    assert doc.techniques, "expected at least one technique in an openly loaded text"
    for t in doc.techniques:
        assert 0 <= t.start < t.end <= len(TEXT)
        assert t.technique in PTC_TECHNIQUES
        assert 0.0 <= t.score <= 1.0
        # The reason (issue 22): the technique, the span's cue words (quoted, each in the span) or a
        # plain statement that none of ours is there with the span quoted, then the definition.
        assert t.reason.startswith(f"{technique_label(t.technique)}: ")
        assert f"(Definition: {DEFINITIONS[t.technique]}.)" in t.reason
        span = " ".join(TEXT[t.start : t.end].split())
        head = t.reason.split("(Definition:")[0]
        if "none of our cue words" in head:
            assert span[:40] in head
        else:
            cues = re.findall(r'"([^"]+)"', head)
            assert cues and all(c.lower() in span.lower() for c in cues), (head, span)
    again = Pipeline(["techniques"])(Document(id="t1", text=TEXT))
    assert [(t.start, t.end, t.technique) for t in again.techniques] == [
        (t.start, t.end, t.technique) for t in doc.techniques
    ]


def test_analyzer_on_empty_and_semeval2023_names():
    from spinscope.analyzers.techniques.analyzer import Techniques

    a = Techniques(taxonomy="semeval2023")
    empty, doc = a.pipe([Document(id="e", text=""), Document(id="t", text=TEXT)])
    assert empty.techniques == []
    allowed = {names[0] for names in PTC_TO_SEMEVAL2023.values()}
    assert doc.techniques and all(t.technique in allowed for t in doc.techniques)


def test_ptc_commands_on_a_semeval_folder(tmp_path):
    from spinscope.cli.ptc import app

    (tmp_path / "article11.txt").write_text("Heading\n\n" + TEXT, encoding="utf-8")
    (tmp_path / "article12.txt").write_text("Quiet day\n\nThe council met on Monday.\n", encoding="utf-8")
    lengths = {"11": len("Heading\n\n" + TEXT), "12": len("Quiet day\n\nThe council met on Monday.\n")}
    runner = CliRunner()
    for task, width in (("si", 3), ("flc", 4)):
        out = tmp_path / f"{task}.txt"
        res = runner.invoke(app, [task, str(tmp_path), "--out", str(out)])
        assert res.exit_code == 0, res.output
        rows = [line.split("\t") for line in out.read_text().splitlines()]
        assert rows and all(len(r) == width for r in rows)
        assert all(0 <= int(r[-2]) < int(r[-1]) <= lengths[r[0]] for r in rows)
    template = tmp_path / "template.txt"
    template.write_text("11\t?\t9\t40\n12\t?\t11\t22\n")
    res = runner.invoke(app, ["tc", str(tmp_path), "--template", str(template)])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in res.output.splitlines() if "\t" in line]
    assert [(r[0], r[2], r[3]) for r in rows] == [("11", "9", "40"), ("12", "11", "22")]
    assert all(r[1] in PTC_TECHNIQUES for r in rows)


def test_ptc_tc_classifiers_and_repeated_spans(tmp_path):
    from spinscope.cli.ptc import app

    (tmp_path / "article11.txt").write_text("Heading\n\n" + TEXT, encoding="utf-8")
    template = tmp_path / "template.txt"
    # The same span listed twice (PTC lists a span once per technique): two different answers.
    template.write_text("11\t?\t9\t40\n11\t?\t9\t40\n")
    runner = CliRunner()
    for classifier in ("head", "span", "mix"):
        res = runner.invoke(app, ["tc", str(tmp_path), "--template", str(template), "--classifier", classifier])
        assert res.exit_code == 0, res.output
        rows = [line.split("\t") for line in res.output.splitlines() if "\t" in line]
        assert len(rows) == 2 and rows[0][1] != rows[1][1] and all(r[1] in PTC_TECHNIQUES for r in rows)
    bad = runner.invoke(app, ["tc", str(tmp_path), "--template", str(template), "--classifier", "vote"])
    assert bad.exit_code == 1 and "head, span, mix" in bad.output


def test_ptc_flc_labels_found_spans_with_the_head_or_the_mix(tmp_path):
    from spinscope.cli.ptc import app

    (tmp_path / "article11.txt").write_text("Heading\n\n" + TEXT, encoding="utf-8")
    runner = CliRunner()
    found = {}
    for classifier in ("head", "mix"):
        res = runner.invoke(app, ["flc", str(tmp_path), "--classifier", classifier])
        assert res.exit_code == 0, res.output
        found[classifier] = [line.split("\t") for line in res.output.splitlines() if "\t" in line]
        assert found[classifier] and all(r[1] in PTC_TECHNIQUES for r in found[classifier])
    # Every SI span is labelled either way (union mode); the classifier changes labels, and with them
    # which same-technique channel spans are dropped as duplicates.
    si = runner.invoke(app, ["si", str(tmp_path)])
    si_spans = {tuple(line.split("\t")[1:]) for line in si.output.splitlines() if "\t" in line}
    assert si_spans
    for rows in found.values():
        assert si_spans <= {(r[2], r[3]) for r in rows}
    bad = runner.invoke(app, ["flc", str(tmp_path), "--classifier", "span"])
    assert bad.exit_code == 1 and "head or mix" in bad.output


def test_span_probs_average_the_head_and_the_span_classifier(model):
    from spinscope.analyzers.techniques.span_classifier import SpanClassifier

    out = model.token_outputs([TEXT], hidden=True)[0]
    spans = [(18, 22), (29, 45)]
    clf = SpanClassifier()
    head = model.span_probs(TEXT, out, spans)
    other = model.span_probs(TEXT, out, spans, clf, head=False)
    mixed = model.span_probs(TEXT, out, spans, clf)
    for h, o, m in zip(head, other, mixed, strict=True):
        assert h.sum() == pytest.approx(1.0, abs=1e-5) and o.sum() == pytest.approx(1.0, abs=1e-5)
        assert np.allclose(m, (h + o) / 2)

"""The claims analyzer end to end over the real pipeline (texts written for these tests)."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.core.registry import get
from spinscope.errors import ConfigError

NAMES = ["parse", "entities", "quotes", "claims"]


@pytest.fixture(scope="module")
def analyse():
    pipeline = Pipeline(NAMES)

    def run(text: str, **meta) -> Document:
        doc = pipeline(Document(id="t", text=text, source=meta.pop("source", "Test Wire"), **meta))
        doc.validate()
        return doc

    return run


def claims(doc: Document) -> list[tuple[str, str | None, list[str]]]:
    return [(doc.text[c.start : c.end], c.asserted_by, c.denied_by) for c in doc.claims]


@pytest.mark.slow
def test_quoted_claim_is_asserted_by_the_speaker(analyse):
    doc = analyse("Health Minister Sara Lind said that hospital admissions rose by 40 percent in March.")
    assert claims(doc) == [("hospital admissions rose by 40 percent in March", "Sara Lind", [])]
    assert 0.0 <= doc.claims[0].score <= 1.0


def test_unquoted_claim_is_the_outlets_and_small_talk_is_not_a_claim(analyse):
    doc = analyse("Unemployment rose to 9 percent last year, the highest level since 2010. Thank you all for coming tonight.")
    assert claims(doc) == [("Unemployment rose to 9 percent last year, the highest level since 2010", "Test Wire", [])]


def test_statement_claims_are_the_issuers(analyse):
    text = (
        "Statement by the Ministry of Foreign Affairs of Freedonia on the situation in Vell\n\n"
        "The armed forces of Freedonia have never targeted civilian infrastructure. "
        "Western media claim that a hospital was struck on 3 May. These reports are baseless."
    )
    doc = analyse(text)
    issuer = doc.issuer
    assert issuer is not None and "Freedonia" in issuer
    got = {t: (by, denied) for t, by, denied in claims(doc)}
    assert got["The armed forces of Freedonia have never targeted civilian infrastructure"] == (issuer, [])
    # The issuer denies what the media claim; the hospital claim is kept because it is denied.
    by, denied = got["a hospital was struck on 3 May"]
    assert by in ("Western media", "media")  # the quotes analyzer's speaker, not the issuer
    assert denied == [issuer]


def test_denial_exchange_within_a_document(analyse):
    text = (
        "Mayor Elena Varga said on Monday that army troops shelled the village of Dorna overnight, killing four "
        "civilians. Defence Minister Ivan Petrov denied that his troops had fired on Dorna. "
        '"These reports are a fabrication," he told state television. He offered no proof.'
    )
    doc = analyse(text)
    got = claims(doc)
    shelled = [c for c in got if c[0].startswith("army troops shelled")]
    assert shelled == [("army troops shelled the village of Dorna overnight, killing four civilians", "Elena Varga", ["Ivan Petrov"])]
    # The minister asserts nothing he denies.
    assert not any(by == "Ivan Petrov" and "fired on Dorna" in t for t, by, _ in got)
    assert [(doc.text[e.start : e.end], e.kind) for e in doc.evidence] == [("offered no proof", "absent")]


def test_a_claim_the_ministry_later_denied(analyse):
    doc = analyse("Troops shelled the border town of Vell on Friday, a claim the ministry later denied.")
    assert claims(doc) == [("Troops shelled the border town of Vell on Friday, a claim the ministry later denied", "Test Wire", ["ministry"])]


def test_not_verified_is_the_outlets_denial_of_the_reported_claim(analyse):
    doc = analyse("Rebel commanders said 40 soldiers were killed in the attack, which has not been verified.")
    assert len(doc.claims) == 1
    assert doc.claims[0].asserted_by != "Test Wire"
    assert doc.claims[0].denied_by == ["Test Wire"]
    assert [e.kind for e in doc.evidence] == ["absent"]


def test_threshold_option_bounds_what_is_kept(analyse):
    text = "Thank you all for coming tonight. Unemployment rose to 9 percent last year."
    everything = Pipeline(NAMES, config={"claims": {"threshold": 0.0}})(Document(id="a", text=text))
    nothing = Pipeline(NAMES, config={"claims": {"threshold": 1.0}})(Document(id="b", text=text))
    assert len(everything.claims) == 2
    assert nothing.claims == []


def test_empty_and_tiny_documents(analyse):
    assert analyse("Hi.").claims == []
    assert analyse("").claims == []


@pytest.mark.parametrize(("option", "value"), [("threshold", 2), ("threshold", "high"), ("min_words", 0)])
def test_bad_options_fail_at_build_and_say_what_is_allowed(option, value):
    with pytest.raises(ConfigError, match=f"'{option}' option of claims must be .*Got {value!r}"):
        get("claims")(**{option: value})

"""Combining rule and tagger attributions (``analyzers/quotes/merge.py``), on hand-built candidates."""

from __future__ import annotations

import pytest

from spinscope.analyzers.quotes.candidate import Candidate
from spinscope.analyzers.quotes.marks import Quoted, scan
from spinscope.analyzers.quotes.merge import CONTINUE_GAP, DIRECT_SHARE, PRECISE, classify, merge

TEXT = 'Lena Vos said the plan was "a gift to our enemies" and would be dropped soon.'
QUOTED = scan(TEXT)  # one stretch: the marks at 27 and 50
SAID, LENA = (9, 13), (0, 8)


def c(kind: str, content, rule: str, cue=None, speaker=None) -> Candidate:
    return Candidate(kind, content, cue=cue, speaker=speaker, rule=rule)


def summary(cands) -> list[tuple]:
    return [(x.kind, x.content, x.rule, x.cue, x.speaker) for x in cands]


def test_scan_of_the_fixture_text():
    assert QUOTED == [Quoted(27, 50, 28, 49, True)]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ((28, 49), "direct"),  # exactly the inner words
        ((27, 50), "direct"),  # with the marks
        ((18, 49), "mixed"),  # 22 of 31 characters quoted: under DIRECT_SHARE
        ((14, 76), "mixed"),  # the paraphrase holding the quoted part
        ((0, 8), "indirect"),
        ((50, 76), "indirect"),  # touches the closing mark only at its end offset
    ],
)
def test_classify(content, kind):
    assert classify(content, QUOTED) == kind


def test_classify_share_boundary():
    quoted = [Quoted(0, 10, 1, 9, True)]
    assert DIRECT_SHARE == 0.8
    assert classify((0, 12), quoted) == "direct"  # 10 of 12 = 0.83
    assert classify((0, 13), quoted) == "mixed"  # 10 of 13 = 0.77
    assert classify((5, 5), quoted) == "indirect"  # an empty content counts as size 1 and overlaps nothing
    assert classify((0, 12), []) == "indirect"


def test_rules_alone_keep_the_direct_cue_and_drop_its_paraphrase_twin():
    text = '"We will not raise taxes this year," she said.'
    direct = c("direct", (1, 34), "direct-cue", cue=(41, 45), speaker=(37, 40))
    ccomp = c("indirect", (0, 34), "ccomp", cue=(41, 45), speaker=(37, 40))
    out = merge(text, [ccomp, direct], None, scan(text), lead="rules")
    assert summary(out) == [("direct", (1, 34), "direct-cue", (41, 45), (37, 40))]


def test_rules_alone_keep_imprecise_rules_too():
    # With no tagger every rule candidate leads, PRECISE or not.
    text = "Lena Vos urged Ostland to withdraw its troops from the border."
    urge = c("indirect", (15, 61), "to-clause", cue=(9, 14), speaker=(0, 8))
    assert "to-clause" not in PRECISE
    assert summary(merge(text, [urge], None, [])) == [("indirect", (15, 61), "to-clause", (9, 14), (0, 8))]


def test_output_is_in_text_order_and_kinds_are_recomputed():
    later = c("direct", (50, 76), "ccomp", cue=SAID, speaker=LENA)  # labelled direct, is not quoted
    earlier = c("indirect", (28, 49), "direct-cue", cue=SAID, speaker=LENA)
    out = merge(TEXT, [later, earlier], None, QUOTED)
    assert [(x.content, x.kind) for x in out] == [((28, 49), "direct"), ((50, 76), "indirect")]


def test_same_lead_twin_gives_its_speaker_to_a_kept_candidate_without_one():
    first = c("indirect", (14, 76), "ccomp", cue=SAID)
    twin = c("indirect", (16, 76), "inverted", cue=(60, 62), speaker=LENA)  # sorts after ``first``
    (out,) = merge(TEXT, [twin, first], None, QUOTED)
    assert out is first
    assert (out.content, out.speaker, out.cue) == ((14, 76), LENA, SAID)  # its own cue stays


def test_same_lead_twin_gives_its_cue_when_the_kept_one_has_none():
    first = c("indirect", (14, 76), "ccomp")
    twin = c("indirect", (16, 76), "ccomp", cue=SAID, speaker=LENA)
    (out,) = merge(TEXT, [twin, first], None, QUOTED)
    assert out is first
    assert (out.speaker, out.cue) == (LENA, SAID)


def test_tagger_leads_and_rules_give_it_their_speaker_and_cue():
    tagged = [c("indirect", (14, 76), "tagger", cue=(60, 62), speaker=(70, 76))]  # a poor nearest-span link
    rules = [c("indirect", (14, 76), "ccomp", cue=SAID, speaker=LENA)]
    (out,) = merge(TEXT, rules, tagged, QUOTED, lead="tagger")
    assert out is tagged[0]
    assert (out.kind, out.rule, out.cue, out.speaker) == ("mixed", "tagger", SAID, LENA)


def test_tagger_leads_rules_fill_gaps_only_when_precise():
    text = "Alpha said one thing here. Beta said another thing there. Gamma thought of a third."
    tagged = [c("indirect", (0, 25), "tagger")]
    rules = [
        c("indirect", (27, 56), "ccomp", cue=(32, 36), speaker=(27, 31)),  # precise: added
        c("indirect", (58, 82), "to-clause", cue=(64, 71), speaker=(58, 63)),  # not precise: dropped
    ]
    out = merge(text, rules, tagged, [], lead="tagger")
    assert [(x.content, x.rule) for x in out] == [((0, 25), "tagger"), ((27, 56), "ccomp")]


def test_rules_lead_and_tagger_fills_gaps_only_with_linked_contents():
    text = "Alpha said one thing here. Beta said another thing there. Gamma thought of a third."
    rules = [c("indirect", (0, 25), "ccomp", cue=(6, 10), speaker=(0, 5))]
    tagged = [
        c("indirect", (27, 56), "tagger", cue=(32, 36), speaker=(27, 31)),  # linked to a cue: added
        c("indirect", (58, 82), "tagger"),  # no cue: dropped
    ]
    out = merge(text, rules, tagged, [], lead="rules")
    assert [(x.content, x.rule, x.cue) for x in out] == [((0, 25), "ccomp", (6, 10)), ((27, 56), "tagger", (32, 36))]


def test_rules_lead_keep_their_speaker_over_the_tagger():
    rules = [c("indirect", (14, 76), "ccomp", cue=SAID, speaker=LENA)]
    tagged = [c("indirect", (14, 76), "tagger", cue=(60, 62), speaker=(70, 76))]
    (out,) = merge(TEXT, rules, tagged, QUOTED, lead="rules")
    assert out is rules[0]
    assert (out.cue, out.speaker) == (SAID, LENA)


def test_rules_lead_take_the_tagger_speaker_when_they_have_none():
    rules = [c("indirect", (14, 76), "ccomp")]
    tagged = [c("indirect", (14, 76), "tagger", cue=SAID, speaker=LENA)]
    (out,) = merge(TEXT, rules, tagged, QUOTED, lead="rules")
    assert (out.rule, out.cue, out.speaker) == ("ccomp", SAID, LENA)


def test_small_candidate_inside_a_kept_one_is_dropped():
    rules = [c("indirect", (14, 76), "ccomp", cue=SAID, speaker=LENA), c("indirect", (18, 40), "ccomp")]
    out = merge(TEXT, rules, None, QUOTED)
    assert summary(out) == [("mixed", (14, 76), "ccomp", SAID, LENA)]


def test_candidates_overlapping_a_little_are_both_kept():
    text = "x" * 100
    rules = [c("indirect", (0, 50), "ccomp"), c("indirect", (40, 100), "ccomp")]  # 10 shared characters
    out = merge(text, rules, None, [])
    assert [x.content for x in out] == [(0, 50), (40, 100)]


def test_no_candidate_covers_most_of_another():
    direct = c("direct", (28, 49), "direct-cue", cue=SAID, speaker=LENA)
    ccomp = c("indirect", (14, 76), "ccomp", cue=SAID, speaker=LENA)
    out = merge(TEXT, [ccomp, direct], None, QUOTED)
    assert len(out) == 1, summary(out)


def test_direct_quote_without_speaker_continues_the_previous_speaker():
    text = '"Alpha beta gamma delta," Vos said. "Epsilon zeta eta theta iota."'
    quoted = scan(text)
    first = c("direct", (1, 23), "direct-cue", cue=(30, 34), speaker=(26, 29))
    second = c("direct", (37, 64), "direct-continued")
    out = merge(text, [first, second], None, quoted)
    assert summary(out) == [
        ("direct", (1, 23), "direct-cue", (30, 34), (26, 29)),
        ("direct", (37, 64), "direct-continued", (30, 34), (26, 29)),
    ]


def test_continuation_ends_after_the_gap():
    gap = " " * (CONTINUE_GAP - 1)
    text = '"Alpha beta gamma delta," Vos said.' + gap + '"Epsilon zeta eta theta iota."'
    quoted = scan(text)
    start = text.index("Epsilon")
    first = c("direct", (1, 23), "direct-cue", cue=(30, 34), speaker=(26, 29))
    near = c("direct", (start, start + 27), "direct-continued")
    assert near.content[0] - first.content[1] > CONTINUE_GAP
    out = merge(text, [first, near], None, quoted)
    assert out[1].speaker is None and out[1].cue is None


def test_continuation_within_the_gap_boundary():
    text = "x" * 2000
    quoted = [Quoted(0, 12, 1, 11, True), Quoted(410, 422, 411, 421, True)]
    first = c("direct", (1, 11), "direct-cue", cue=(13, 17), speaker=(18, 21))
    second = c("direct", (1 + 10 + CONTINUE_GAP, 421), "direct-continued")  # exactly CONTINUE_GAP after
    out = merge(text, [first, second], None, quoted)
    assert out[1].content == (411, 421) and out[1].speaker == (18, 21)


def test_paraphrase_does_not_continue_the_previous_speaker():
    text = '"Alpha beta gamma delta," Vos said. The plan will fail within a month.'
    quoted = scan(text)
    first = c("direct", (1, 23), "direct-cue", cue=(30, 34), speaker=(26, 29))
    para = c("indirect", (36, 69), "ccomp")
    out = merge(text, [first, para], None, quoted)
    assert (out[1].kind, out[1].speaker) == ("indirect", None)


def test_nothing_in_nothing_out():
    assert merge("", [], None, []) == []
    assert merge("", [], [], [], lead="tagger") == []

"""Parse helpers of the quote rules (``analyzers/quotes/syntax.py``).

Real parses of short sentences written for these tests, plus a few hand-built spaCy docs where the
case (a headline run into a sentence) needs a parse the model gives only by chance.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from spinscope.analyzers.quotes.syntax import cue_range, np_range, speaker_token
from spinscope.core.spans import TokenStarts


def token(parsed, word: str):
    (tok,) = [t for t in parsed if t.text == word]
    return tok


def chars(parsed, r) -> str:
    return parsed.text[r[0] : r[1]]


def test_cue_takes_auxiliary_and_negation_right_before_the_verb(parse):
    p = parse("The minister has not said whether talks will resume.")
    assert cue_range(token(p, "said")) == (13, 25)
    assert chars(p, (13, 25)) == "has not said"


def test_cue_takes_a_particle_right_after_the_verb(parse):
    p = parse("The spokesman for the Ostland ministry pointed out that the border was closed.")
    r = cue_range(token(p, "pointed"))
    assert r == (39, 50) and chars(p, r) == "pointed out"


def test_cue_of_a_bare_verb_is_the_verb(parse):
    p = parse("Lena Vos said the border was closed.")
    assert cue_range(token(p, "said")) == (9, 13)


def test_subject_with_its_prepositional_description(parse):
    p = parse("The spokesman for the Ostland ministry pointed out that the border was closed.")
    spk = speaker_token(token(p, "pointed"))
    assert spk.text == "spokesman"
    assert np_range(spk) == (0, 38)
    assert chars(p, (0, 38)) == "The spokesman for the Ostland ministry"


def test_noun_phrase_leaves_out_apposition_and_relative_clause(parse):
    p = parse("Lena Vos, the foreign minister, said the border was closed.")
    spk = speaker_token(token(p, "said"))
    assert (spk.text, np_range(spk)) == ("Vos", (0, 8))
    p = parse("The senior envoy of Veloria, who met the press, said the talks had stalled.")
    spk = speaker_token(token(p, "said"))
    assert spk.text == "envoy"
    assert chars(p, np_range(spk)) == "The senior envoy of Veloria"


def test_relative_pronoun_gives_way_to_the_noun_it_modifies(parse):
    p = parse("It was the minister who said that the border was closed.")
    spk = speaker_token(token(p, "said"))
    assert (spk.text, spk.i) == ("minister", 3)
    assert np_range(spk) == (7, 19)


def test_conjoined_verb_takes_the_subject_of_the_first(parse):
    p = parse("Lena Vos arrived in Karsby and said that the border was closed.")
    spk = speaker_token(token(p, "said"))
    assert (spk.text, np_range(spk)) == ("Vos", (0, 8))


def test_xcomp_verb_takes_the_subject_of_its_head(parse):
    p = parse("Lena Vos wants to say that the border is closed.")
    assert speaker_token(token(p, "say")).text == "Vos"
    assert cue_range(token(p, "say")) == (15, 21)  # "to say": the aux right before it


def test_expletive_it_is_no_speaker_but_a_root_it_is(parse):
    assert speaker_token(token(parse("It is said that the border was closed."), "said")) is None
    p = parse("It warned that the border would close.")
    spk = speaker_token(token(p, "warned"))
    assert (spk.i, spk.text) == (0, "It")


def test_imperative_cue_has_no_speaker(parse):
    p = parse("Tell them the border is closed.")
    assert speaker_token(token(p, "Tell")) is None
    assert cue_range(token(p, "Tell")) == (0, 4)


VOCAB = Vocab()


def test_noun_phrase_stops_at_a_line_break():
    # A headline the parser ran into the sentence: "BREAKING" hangs off "minister".
    doc = Doc(
        VOCAB,
        words=["BREAKING", "\n", "The", "minister", "said", "so"],
        spaces=[False, False, True, True, True, False],
        heads=[3, 0, 3, 4, 4, 4],
        deps=["compound", "dep", "det", "nsubj", "ROOT", "advmod"],
    )
    assert doc[3].left_edge.i == 0
    assert np_range(doc[3]) == (9, 21)
    assert doc.text[9:21] == "The minister"
    assert speaker_token(doc[4]).i == 3


def test_subject_across_a_line_break_is_not_the_speaker():
    doc = Doc(
        VOCAB,
        words=["Officials", "\n", "said", "so"],
        spaces=[False, False, True, False],
        heads=[2, 0, 2, 2],
        deps=["nsubj", "dep", "ROOT", "advmod"],
    )
    assert speaker_token(doc[2]) is None
    same_line = Doc(VOCAB, words=["Officials", "said", "so"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "advmod"])
    assert speaker_token(same_line[1]).text == "Officials"


def test_token_index_between():
    doc = Doc(VOCAB, words=["Officials", "said", "so", "."], spaces=[True, True, False, False])
    assert doc.text == "Officials said so."
    idx = TokenStarts(doc)
    assert idx.starts == [0, 10, 15, 17]
    # the tokens that start in [start, end)
    assert [t.text for t in idx.between(0, 10)] == ["Officials"]
    assert [t.text for t in idx.between(0, 11)] == ["Officials", "said"]
    assert [t.text for t in idx.between(1, 17)] == ["said", "so"]
    assert [t.text for t in idx.between(15, 18)] == ["so", "."]
    assert [t.text for t in idx.between(0, 500)] == ["Officials", "said", "so", "."]
    assert idx.between(11, 14) == []  # inside "said": no token starts there
    assert idx.between(5, 5) == []


def test_token_index_of_an_empty_parse():
    idx = TokenStarts(Doc(VOCAB, words=[]))
    assert idx.starts == []
    assert idx.between(0, 10) == []


def test_token_index_over_a_real_parse(parse):
    text = "Lena Vos said the border was closed."
    idx = TokenStarts(parse(text))
    assert [t.text for t in idx.between(0, text.index("the"))] == ["Lena", "Vos", "said"]
    assert [t.i for t in idx.between(text.index("border"), len(text))] == [4, 5, 6, 7]

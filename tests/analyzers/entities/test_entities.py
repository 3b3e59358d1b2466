"""Entity grouping inside one document: surnames, alias table, acronyms, user alias files."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.errors import ConfigError

TEXT = (
    "Finance Minister Anna Kovacs said on Monday that the budget was sound. Kovacs's office later added "
    "that ISIS, which locals call Daesh, had shelled the town. The Islamic State denied it.\n"
    "The Syrian Observatory for Human Rights (SOHR) reported 12 dead. SOHR blamed the U.S. and Britain. "
    "Ms Kovacs met Peter Hale of the European Union. The EU said Hale would visit Damascus."
)


def by_name(doc: Document) -> dict[str, list[str]]:
    return {e.name: [doc.text[m.start:m.end] for m in e.mentions] for e in doc.entities}


def test_grouping(base_pipeline):
    doc = base_pipeline(Document(id="e", text=TEXT))
    groups = by_name(doc)
    assert groups["Anna Kovacs"] == ["Anna Kovacs", "Kovacs", "Ms Kovacs"]
    assert groups["Islamic State"] == ["ISIS", "Daesh", "Islamic State"]
    assert groups["Syrian Observatory for Human Rights"] == ["Syrian Observatory for Human Rights", "SOHR", "SOHR"]
    assert groups["Peter Hale"] == ["Peter Hale", "Hale"]
    assert groups["European Union"] == ["European Union", "EU"]
    assert groups["United States"] == ["U.S."]
    kovacs = next(e for e in doc.entities if e.name == "Anna Kovacs")
    assert kovacs.type == "PERSON" and "Kovacs" in kovacs.aliases


def test_user_alias_file_extends_the_table(tmp_path):
    aliases = tmp_path / "mine.tsv"
    aliases.write_text("Foreign Ministry of Freedonia\tORG\tFreedonian MFA|the MFA\n", encoding="utf-8")
    pipe = Pipeline(["parse", "entities"], config={"entities": {"aliases": str(aliases)}})
    doc = pipe(Document(id="a", text="The Freedonian MFA issued a note. Later the Foreign Ministry of Freedonia said more."))
    assert by_name(doc)["Foreign Ministry of Freedonia"] == ["Freedonian MFA", "Foreign Ministry of Freedonia"]


def test_bad_alias_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("only two\tcolumns\n", encoding="utf-8")
    pipe = Pipeline(["parse", "entities"], config={"entities": {"aliases": str(bad)}})
    with pytest.raises(ConfigError, match="line 1: expected canonical<TAB>type<TAB>variants"):
        pipe(Document(id="x", text="Hello."))


def test_framing_labels_the_text_gives_an_actor(base_pipeline):
    text = ("The criminal Assad regime bombed the town. The so-called White Helmets were terrorists, "
            "the channel said. Western-backed ISIS terrorists attacked. The brutal Kiev junta fell.")
    doc = base_pipeline(Document(id="f", text=text))
    labels = {e.name: [lab["label"] for lab in e.labels] for e in doc.entities}
    assert labels["Assad"] == ["criminal regime"]
    assert labels["Syrian Civil Defence"] == ["so-called", "terrorists"]
    assert labels["Islamic State"] == ["Western-backed terrorists"]
    assert labels["Kiev"] == ["brutal junta"]
    for ent in doc.entities:
        for lab in ent.labels:
            assert lab["label"].split()[-1] in text[lab["start"]:lab["end"]]


def test_mentions_stop_at_line_breaks_and_dangling_connectors():
    from spinscope.analyzers.entities.analyzer import _clean

    text = "Statement by the Foreign Ministry\n\nThe Ministry of Foreign Affairs of"
    start, end = _clean(text, 17, len(text))
    assert text[start:end] == "Foreign Ministry"
    start, end = _clean(text, 35, len(text))
    assert text[start:end] == "Ministry of Foreign Affairs"

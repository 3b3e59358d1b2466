"""Roles in the text's own voice (issue 22 item 1), on invented texts of the shapes under "Why".

An RT-style article that defends the forces and quotes a deputy minister and a defence spokesman; a
ministry comment answering an envoy; a neutral city report. Each actor the text does not cast --
places, news agencies, speakers who only report, a council member -- gets no role.
"""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

ANALYZERS = ["parse", "entities", "quotes", "claims", "roles"]

RT_ARTICLE = (
    "Velmarian Deputy Foreign Minister Yuri Sotnik has rejected claims that Velmarian aircraft bombed a "
    "school in Kolva province.\n\n"
    "\"These reports are a fabrication,\" Sotnik told the Tessa news agency on Monday.\n\n"
    "The Velmarian Air Force has carried out 120 sorties against terrorist positions this week, Defence "
    "Ministry spokesman Arkady Brun said. According to Arkady Brun, Velmarian jets destroyed weapons depots used by "
    "the militants of the Crimson Shield, who have shelled residential areas of Kolva for a month.\n\n"
    "The United Nations urged all sides to protect civilians."
)

COMMENT = (
    "Comment by Foreign Ministry Spokeswoman Nadia Orlova on the remarks of Special Envoy Peter Walsh\n\n"
    "We have taken note of a statement by Special Envoy Peter Walsh, who accused Velmar of arming the Tolan "
    "regime. We reject these unfounded accusations.\n\n"
    "It is the legitimate government in Tolan that is fighting terrorists, while the legitimate Tolan "
    "government's ill-wishers arm the militants of the Crimson Shield. The Tolanese Army has liberated "
    "dozens of villages and returned thousands of families to their homes. The UN Security Council should "
    "support these efforts."
)

NEUTRAL = (
    "Harwick council approves new bus routes\n\n"
    "The Harwick city council on Tuesday approved three new bus routes, the council's press office said. "
    "Council member Ella Stone, who chairs the transport committee, said the routes would open in May. "
    "Local broadcaster Radio Harwick reported that the vote was unanimous."
)


def _roles(doc: Document) -> dict[str, object]:
    return {e.name: e.role for e in doc.entities}


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(ANALYZERS, threaded=False)


@pytest.fixture(scope="module")
def article(pipe: Pipeline) -> Document:
    return pipe(Document(id="rt", text=RT_ARTICLE))


@pytest.fixture(scope="module")
def comment(pipe: Pipeline) -> Document:
    return pipe(Document(id="mfa", text=COMMENT))


def test_the_article_does_not_cast_the_forces_it_defends_as_villains(article: Document) -> None:
    roles = _roles(article)
    for name in ("Velmarian Air Force", "Velmarian"):
        role = roles.get(name)
        assert role is None or role.main == "protagonist", (name, role)
    assert roles["Velmarian Air Force"] is not None  # sorties against terrorist positions: a fight


def test_speakers_agencies_places_and_the_un_get_no_role(article: Document) -> None:
    roles = _roles(article)
    for name in ("Yuri Sotnik", "Arkady Brun", "Tessa", "United Nations", "Kolva"):
        assert roles.get(name) is None, (name, roles.get(name))


def test_the_other_side_is_cast_in_the_speakers_voice_with_evidence(article: Document) -> None:
    shield = next(e for e in article.entities if e.name == "Crimson Shield")
    assert shield.role is not None and shield.role.main == "antagonist"
    assert shield.role.by == "Arkady Brun"
    evidence = [RT_ARTICLE[s.start:s.end] for s in shield.role.evidence]
    assert any("militants of the Crimson Shield" in e for e in evidence)


def test_a_rejected_claim_casts_nobody(article: Document) -> None:
    # "rejected claims that Velmarian aircraft bombed a school": the bombing is no cue of the article's
    role = _roles(article).get("Velmarian")
    assert role is None or role.main != "antagonist"


def test_the_envoys_accusation_casts_in_the_envoys_voice(comment: Document) -> None:
    velmar = _roles(comment)["Velmar"]
    assert velmar is not None and velmar.main == "antagonist" and velmar.by == "Peter Walsh"


def test_the_issuer_casts_the_envoy_whose_accusations_it_rejects(comment: Document) -> None:
    walsh = _roles(comment)["Peter Walsh"]
    assert walsh is not None and walsh.main == "antagonist" and walsh.by is None  # the issuer's own voice
    assert "Deceiver" in walsh.fine


def test_the_army_is_no_terrorist_and_the_council_no_tyrant(comment: Document) -> None:
    roles = _roles(comment)
    army = roles["Tolanese Army"]
    assert army is not None and army.main == "protagonist"
    council = next((r for n, r in roles.items() if "Security Council" in n), None)
    assert council is None
    tolan = roles["Tolan"]  # "the legitimate government in Tolan that is fighting terrorists"
    assert tolan is not None and tolan.main == "protagonist" and tolan.by is None


def test_the_spokeswoman_herself_gets_no_role(comment: Document) -> None:
    assert _roles(comment).get("Nadia Orlova") is None


def test_a_neutral_city_report_casts_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="city", text=NEUTRAL))
    assert doc.entities, "the parse found no actors in the neutral text"
    assert {e.name: e.role for e in doc.entities if e.role is not None} == {}


def test_a_shelled_town_is_a_place_not_a_victim(pipe: Pipeline) -> None:
    doc = pipe(Document(id="town", text="Artillery of the Crimson Shield shelled Kolva for a week, killing nine "
                                         "civilians. The Red Crescent evacuated the wounded from Kolva."))
    roles = _roles(doc)
    assert roles.get("Kolva") is None
    assert roles["Red Crescent"] is not None and roles["Red Crescent"].main == "protagonist"


def test_victims_and_praise(pipe: Pipeline) -> None:
    text = ("The ministry condemns the shelling of the village of Marn by Velmarian forces, which killed seven "
            "members of the Dovan family. We thank the Red Cross, whose staff evacuated the survivors.")
    roles = _roles(pipe(Document(id="v", text=text)))
    assert roles["Dovan"] is not None and roles["Dovan"].main == "innocent"
    assert roles["Red Cross"] is not None and roles["Red Cross"].main == "protagonist"
    assert roles.get("Marn") is None


def test_roles_survive_the_json_round_trip(comment: Document) -> None:
    again = Document.from_dict(comment.to_dict())
    assert [e.role for e in again.entities] == [e.role for e in comment.entities]


def test_a_denied_deed_casts_nobody_in_the_authors_voice(pipe: Pipeline) -> None:
    # Shape (probe, issue 22): "Ostland has repeatedly denied blocking grain shipments." in an article
    # that defends Ostland had made Ostland the villain in the author's own voice.
    doc = pipe(Document(id="grain", text=(
        "Ambassador Linda Holm had told the Council on Tuesday that Velmar's blockade of the port of Varna had "
        "pushed grain prices up by 30 percent across the region.\n\n"
        "Velmar has repeatedly denied blocking grain shipments. Last month, Deputy Agriculture Minister Igor "
        "Salnik said the country had exported a record 48 million tonnes of wheat.")))
    role = _roles(doc).get("Velmar")
    assert role is None or role.by is not None, role


def test_what_a_statement_rejects_is_not_its_own_casting(pipe: Pipeline) -> None:
    # Shape: "rejects the accusations made yesterday by the Minister ..., Thomas Reiner, that Tarsk is behind
    # the cyber attack": the parse hangs the clause on the name; Tarsk had been cast in its own statement.
    doc = pipe(Document(id="tarsk", text=(
        "Statement of the Foreign Ministry of Tarsk\n\n"
        "The Foreign Ministry of Tarsk resolutely rejects the accusations made yesterday by the Valmoran "
        "Minister of Foreign Affairs, Thomas Reiner, that Tarsk is behind the cyber attack on the Valmoran "
        "power grid. These accusations are groundless and are not supported by any evidence.")))
    role = _roles(doc).get("Tarsk")
    assert role is None or role.main != "antagonist" or role.by not in (None, doc.issuer), role

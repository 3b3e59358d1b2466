"""Over-reach found on heldout9's first scoring (issue 22), tested on invented texts of the same shapes:
a game told in war words casts nobody; a statement's own side is not the villain of its own strikes in the
issuer's voice; shooting down another side's drones makes that side no victim."""

from __future__ import annotations

import pytest

from spinscope.analyzers.roles.phrases import reports_game
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

ANALYZERS = ["parse", "entities", "quotes", "claims", "roles"]

MATCH = (
    "Tarsk City hold off Harwick Town in cup semi-final\n\n"
    "Tarsk City beat Harwick Town 2-1 on Saturday after storming the Harwick defence for ninety minutes. "
    "Striker Ivo Pell shot twice past goalkeeper Dan Moss, and Harwick defender Rolf Ekman was sent off "
    "after an hour.\n\n"
    "\"We attacked them from the first whistle and destroyed their midfield,\" Tarsk coach Emil Varro said. "
    "Harwick coach Jon Bright said his players had been crushed. Tarsk City will play Selby Rangers in the "
    "final of the league cup."
)

CHESS = (
    "Moran wins Harwick chess open\n\n"
    "Grandmaster Ada Moran crushed Piet Lund in 31 moves on Sunday, launching a ruthless attack on his king, "
    "and won the Harwick chess tournament. \"I wanted to destroy him in the middlegame,\" Moran said. Lund, "
    "the defending champion, said he had been slaughtered."
)

DEFENCE = (
    "Statement by the Ministry of Defence of Tessaria\n\n"
    "Today the Tessarian Air Force carried out strikes on fuel depots and command posts of the Velmarian army "
    "near Orla. Tessarian air defence units shot down 9 Velmarian drones and three missiles over the Brisk "
    "region. The Navy of Tessaria destroyed a Velmarian patrol boat off Cape Senn. Velmarian artillery "
    "shelled the village of Kiro overnight, killing two civilians.\n\n"
    "The Armed Forces of Tessaria will continue to protect the country."
)

DRONES = (
    "Air defence forces of Tessaria shot down 9 Velmarian drones over the Brisk region overnight, the "
    "Tessarian military said. Nobody was hurt."
)

INTERIOR = (
    "Statement by the Ministry of Internal Affairs of Tessaria\n\n"
    "Gunmen of the Tessarian Liberation Front attacked a police station in Orla last night, killing two "
    "officers. The Tessarian police detained three of the attackers."
)

WIRE_NEAR_A_STADIUM = (
    "Gunmen kill five near Tarsk stadium\n\n"
    "TARSK, May 2 (Nordwire) - Gunmen from the Red Dawn Front killed five civilians near the football "
    "stadium in Tarsk on Friday, police said."
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(ANALYZERS, threaded=False)


def _roles(doc: Document) -> dict[str, object]:
    return {e.name: e.role for e in doc.entities}


def test_a_match_report_in_war_words_casts_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="match", text=MATCH))
    assert {e.name for e in doc.entities} >= {"Tarsk City", "Emil Varro"}
    cast = {n: r.main for n, r in _roles(doc).items() if r is not None}
    assert cast == {}, cast  # "We attacked them", "storming the defence", "Harwick defender Rolf Ekman"


def test_a_chess_game_casts_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="chess", text=CHESS))
    cast = {n: r.main for n, r in _roles(doc).items() if r is not None}
    assert cast == {}, cast


def test_a_statements_own_forces_are_not_villains_of_their_strikes(pipe: Pipeline) -> None:
    doc = pipe(Document(id="defence", text=DEFENCE))
    roles = _roles(doc)
    own = [n for n in roles if "Tessaria" in n or "Tessarian" in n or n == "Navy"]
    assert own, roles
    for name in own:
        assert roles[name] is None or roles[name].main == "protagonist", (name, roles[name])
    assert roles.get("Tessarian Air Force") is not None and roles["Tessarian Air Force"].main == "protagonist"
    # the other side: its drones shot down make it no victim; its shelling of a village still casts it
    other = [r for n, r in roles.items() if "Velmar" in n and r is not None]
    assert all(r.main != "innocent" for r in other), other
    assert any(r.main == "antagonist" for r in other), roles


def test_shooting_down_the_other_sides_drones_makes_it_no_victim(pipe: Pipeline) -> None:
    doc = pipe(Document(id="drones", text=DRONES))
    roles = _roles(doc)
    assert any("Velmar" in n for n in roles), roles
    assert all(r is None or r.main != "innocent" for n, r in roles.items() if "Velmar" in n), roles


def test_a_movement_named_after_the_country_is_not_the_statements_own_side(pipe: Pipeline) -> None:
    doc = pipe(Document(id="interior", text=INTERIOR))
    roles = _roles(doc)
    front = next((r for n, r in roles.items() if "Liberation Front" in n), None)
    assert front is not None and front.main == "antagonist", roles


def test_harm_near_a_stadium_is_no_game(pipe: Pipeline) -> None:
    doc = pipe(Document(id="wire", text=WIRE_NEAR_A_STADIUM))
    roles = _roles(doc)
    front = next(r for n, r in roles.items() if "Red Dawn" in n)
    assert front is not None and front.main == "antagonist"


def test_reports_game() -> None:
    assert reports_game(MATCH) and reports_game(CHESS)
    assert not reports_game(WIRE_NEAR_A_STADIUM)
    assert not reports_game(DEFENCE)
    # war news that names a coach (a bus) and a stadium, without a score
    assert not reports_game("A coach carrying refugees was shelled near the stadium in Orla, killing four.")
    # a shelled stadium, its football club and league: places and bodies, no play
    assert not reports_game("Artillery shelled the stadium in Mirsk, killing four civilians who had sheltered "
                            "there. The city's football club had played its last league match there in May.")
    assert reports_game("Kessia beat Ostland 3-1 in their qualifier, coach Petr Lenz said.")

"""The PTC taxonomy, its definitions and the documented mapping to SemEval-2023's 23 techniques."""

from __future__ import annotations

import pytest

from spinscope.analyzers.techniques.taxonomy import (
    DEFINITIONS,
    PTC_TECHNIQUES,
    PTC_TO_SEMEVAL2023,
    SEMEVAL2023_TECHNIQUES,
    SEMEVAL2023_UNMAPPED,
    reason,
    to_taxonomy,
)


def test_fourteen_official_names_each_defined_and_mapped():
    assert len(PTC_TECHNIQUES) == 14 and len(set(PTC_TECHNIQUES)) == 14
    assert set(DEFINITIONS) == set(PTC_TECHNIQUES) == set(PTC_TO_SEMEVAL2023)
    assert "Name_Calling,Labeling" in PTC_TECHNIQUES  # official names keep their commas


def test_mapping_targets_are_semeval2023_names():
    assert len(SEMEVAL2023_TECHNIQUES) == 23
    targets = {t for names in PTC_TO_SEMEVAL2023.values() for t in names}
    assert targets <= set(SEMEVAL2023_TECHNIQUES)
    assert set(SEMEVAL2023_UNMAPPED) == set(SEMEVAL2023_TECHNIQUES) - targets
    # Obfuscation was dropped from PTC (11 cases); the other four are new in 2023.
    assert set(SEMEVAL2023_UNMAPPED) == {
        "Appeal_to_Values", "Consequential_Oversimplification", "Appeal_to_Time", "Questioning_the_Reputation",
        "Obfuscation-Vagueness-Confusion",
    }


def test_to_taxonomy():
    assert to_taxonomy("Flag-Waving") == "Flag-Waving"
    assert to_taxonomy("Flag-Waving", "semeval2023") == "Flag_Waving"
    assert to_taxonomy("Thought-terminating_Cliches", "semeval2023") == "Conversation_Killer"
    with pytest.raises(ValueError, match="taxonomy must be one of"):
        to_taxonomy("Doubt", "semeval2099")
    with pytest.raises(ValueError, match="unknown PTC technique"):
        to_taxonomy("Doubts")


def test_reason_names_the_definition_and_the_trigger():
    assert reason("Loaded_Language", "smear\n campaign") == (
        'Loaded_Language: words with strong emotional implications — "smear campaign"'
    )
    long = reason("Doubt", "word " * 50)
    assert long.endswith('…"') and len(long) < 200

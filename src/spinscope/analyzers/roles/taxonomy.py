"""The SemEval-2025 Task 10 entity-framing taxonomy: 3 main roles, 22 fine roles under them."""

from __future__ import annotations

FINE_ROLES: dict[str, tuple[str, ...]] = {
    "Protagonist": ("Guardian", "Martyr", "Peacemaker", "Rebel", "Underdog", "Virtuous"),
    "Antagonist": (
        "Instigator", "Conspirator", "Tyrant", "Foreign Adversary", "Traitor", "Spy",
        "Saboteur", "Corrupt", "Incompetent", "Terrorist", "Deceiver", "Bigot",
    ),
    "Innocent": ("Forgotten", "Exploited", "Victim", "Scapegoat"),
}
MAIN_ROLES: tuple[str, ...] = tuple(FINE_ROLES)
ALL_FINE: tuple[str, ...] = tuple(f for fines in FINE_ROLES.values() for f in fines)
MAIN_OF: dict[str, str] = {f: main for main, fines in FINE_ROLES.items() for f in fines}

# What the document contract calls them (``Role.main``): lower case, as in the JSON schema.
CONTRACT_NAME: dict[str, str] = {m: m.lower() for m in MAIN_ROLES}
FRIENDLY: dict[str, str] = {"Protagonist": "hero", "Antagonist": "villain", "Innocent": "victim"}


def check_role(main: str, fine: list[str]) -> None:
    """Raise ValueError unless ``main`` is a main role and every fine role belongs to it."""
    if main not in FINE_ROLES:
        raise ValueError(f"unknown main role {main!r}; expected one of {', '.join(MAIN_ROLES)}")
    wrong = [f for f in fine if f not in FINE_ROLES[main]]
    if wrong:
        raise ValueError(f"fine role(s) {', '.join(map(repr, wrong))} do not belong to {main}")

"""A synthetic corpus with planted recurring stories among background news, to measure discovery.

Each planted story is told in many wordings (templates with slots); background sentences come from
many unrelated templates. Every document gets a few background sentences and, for some, one or two
sentences of a planted story. Everything is invented (places, people, outlets). Used by
``bench/bench_narratives.py`` and the discovery tests; :func:`recovery` scores clusters against the
planted labels.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

COUNTRIES = ["Dunmark", "Osterlund", "Karvia", "Pellmar"]
CITIES = ["Velgrad", "Halvik", "Orsa", "Brennstad", "Lindt", "Morrow"]
PEOPLE = ["Arvo Lind", "Lena Korvik", "Oskar Brenn", "Irina Maltseva", "Kai Rusk", "Mira Sand", "Tomas Reed"]
OUTLETS = ["Veloria Today", "VTR News", "Velgrad Herald", "Nordhaven Wire", "Coastal Signal", "Orsa Post"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

STORIES: dict[str, list[str]] = {
    "biolabs": [
        "{country} is running secret biological laboratories near our border, officials claim.",
        "Hidden labs funded by {country} are developing germs to use against our people.",
        "Documents reveal that {country} finances biological weapons laboratories close to {city}.",
        "The secret biolabs of {country} threaten the health of everyone living near {city}.",
        "Experts warn that the laboratories {country} built near {city} produce dangerous pathogens.",
    ],
    "grain-theft": [
        "{country} is stealing our grain and shipping it abroad, farmers say.",
        "Trains loaded with stolen grain leave for {country} every night, according to witnesses.",
        "Our harvest is being looted and sold by {country} on foreign markets.",
        "Farmers near {city} say {country} seized their wheat and exported it.",
        "The grain taken from our silos ends up in {country}'s ports, officials say.",
    ],
    "staged-attack": [
        "The attack on {city} was staged by {country} to blame us, the ministry says.",
        "Actors were hired to fake the victims of the shelling in {city}, according to officials.",
        "The footage from {city} is a staged provocation produced by {country}'s services.",
        "{person} said the so-called massacre in {city} was a theatrical performance.",
        "Investigators say the bodies shown in {city} were placed there for the cameras.",
    ],
    "election-rigged": [
        "The election in {country} was rigged and the results are fake, observers say.",
        "Ballots in {country} were stuffed and the vote count was falsified.",
        "{person} said the vote in {country} was stolen through massive fraud.",
        "Thousands of fake voters decided the result of {country}'s election, according to the opposition.",
        "The results announced in {country} have nothing to do with how people actually voted.",
    ],
    "energy-blackmail": [
        "{country} is using gas supplies to blackmail its neighbours, {person} said.",
        "By cutting off the pipeline, {country} wants to force us to surrender.",
        "The energy blackmail of {country} leaves families in {city} without heating.",
        "{country} turned off the gas again to put pressure on our government.",
        "Officials say {country} uses its control over energy as a weapon against us.",
    ],
    "refugee-crime": [
        "Refugees from {country} are behind a wave of crime in {city}, police sources claim.",
        "Residents of {city} say migrants from {country} have made the streets unsafe.",
        "Crime rose sharply after refugees from {country} arrived in {city}, the report says.",
        "{person} blamed the newcomers from {country} for the robberies in {city}.",
        "Migrants from {country} are responsible for most of the thefts in {city}, officials say.",
    ],
    "vaccine-harm": [
        "The vaccine imported from {country} has caused hundreds of deaths, activists claim.",
        "Doctors in {city} say the foreign vaccine is making children seriously ill.",
        "{person} warned that the shots made in {country} damage the immune system.",
        "Families in {city} blame the imported vaccine for sudden illnesses.",
        "The vaccine from {country} was never properly tested, according to critics.",
    ],
    "puppet-government": [
        "The government of {country} is a puppet controlled by foreign embassies.",
        "{person} said the leaders of {country} take their orders from abroad.",
        "Every decision in {country} is dictated by its foreign masters, commentators say.",
        "The ministers of {country} are puppets installed by foreign intelligence services.",
        "{country} has lost its independence and is governed from foreign capitals.",
    ],
}

BACKGROUND = [
    "The city council of {city} approved a new budget for road repairs on {day}.",
    "Heavy rain is expected in {city} over the weekend, forecasters said.",
    "The {city} football club won its match three goals to one.",
    "A new bridge over the river in {city} will open next spring.",
    "{person} opened an exhibition of modern painting at the {city} museum.",
    "The central bank of {country} left interest rates unchanged on {day}.",
    "Schools in {city} will close early for the winter holiday.",
    "A concert by the national orchestra drew a large crowd in {city}.",
    "Train services between {city} and the coast were delayed by a signal fault.",
    "The hospital in {city} opened a new children's ward on {day}.",
    "Farmers near {city} expect a good apple harvest this autumn.",
    "The university of {city} announced a new engineering programme.",
    "Police in {city} closed the main square for a marathon on {day}.",
    "A ferry between {city} and the islands resumed after a storm.",
    "Unemployment in {country} fell slightly last month, the statistics office said.",
    "{person} won the regional chess championship in {city}.",
    "The {city} zoo welcomed two new lion cubs this week.",
    "A fire at a warehouse in {city} was put out without injuries.",
    "The airport of {city} reported record passenger numbers in the summer.",
    "Tourism in {country} grew by five percent this year.",
    "The parliament debated a reform of the pension system on {day}.",
    "A new library opened in the old town of {city}.",
    "Fishermen in {city} reported a good catch of herring this season.",
    "The price of bread in {city} rose slightly in October.",
    "A film festival in {city} showed forty films from twelve countries.",
    "The government of {country} announced new rules for electric scooters.",
    "Workers finished repairing the water main in {city} on {day}.",
    "A local choir from {city} won a prize at an international contest.",
    "The mayor of {city} inaugurated a park on the site of an old factory.",
    "Scientists in {city} published a study on migrating birds.",
]


@dataclass(frozen=True, slots=True)
class SyntheticDoc:
    id: str
    text: str
    source: str
    published: str
    # (start, end, story) for each sentence; story is None for background.
    sentences: tuple[tuple[int, int, str | None], ...]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(country=rng.choice(COUNTRIES), city=rng.choice(CITIES), person=rng.choice(PEOPLE),
                           day=rng.choice(DAYS))


def make_corpus(n_docs: int, seed: int = 7, story_share: float = 0.5, start: date = date(2026, 9, 7),
                weeks: int = 12) -> list[SyntheticDoc]:
    """``n_docs`` documents; about ``story_share`` of them carry one or two sentences of a planted story."""
    rng = random.Random(seed)
    stories = sorted(STORIES)
    docs = []
    for i in range(n_docs):
        parts: list[tuple[str, str | None]] = [(_fill(t, rng), None) for t in rng.sample(BACKGROUND, rng.randint(2, 4))]
        if rng.random() < story_share:
            story = rng.choice(stories)
            for t in rng.sample(STORIES[story], rng.choice((1, 1, 2))):
                parts.insert(rng.randint(0, len(parts)), (_fill(t, rng), story))
        text, spans = "", []
        for sentence, story in parts:
            if text:
                text += " "
            spans.append((len(text), len(text) + len(sentence), story))
            text += sentence
        day = start + timedelta(days=rng.randrange(weeks * 7))
        docs.append(SyntheticDoc(f"syn-{i:05d}", text, rng.choice(OUTLETS), day.isoformat(), tuple(spans)))
    return docs


def recovery(docs: Sequence[SyntheticDoc], clusters: Sequence[Sequence[tuple[str, int, int]]]) -> dict[str, float]:
    """How well clusters (lists of (doc_id, start, end)) recover the planted stories.

    ``recovered``: share of stories for which one cluster holds at least half of the story's
    sentences and is mostly (> half) that story. ``purity``: share of clustered sentences that belong
    to their cluster's majority label (background counts as one label). ``split``: stories whose
    sentences are spread over more than one cluster that is mostly that story.
    """
    label = {(d.id, s, e): story for d in docs for s, e, story in d.sentences}
    sizes = Counter(story for story in label.values() if story)
    majority_total = members_total = 0
    best_share: dict[str, float] = defaultdict(float)
    mostly: Counter[str] = Counter()
    for members in clusters:
        counts = Counter(label.get(tuple(m)) for m in members)
        top, n_top = counts.most_common(1)[0]
        majority_total += n_top
        members_total += len(members)
        if top and n_top > len(members) / 2:
            mostly[top] += 1
            best_share[top] = max(best_share[top], n_top / sizes[top])
    stories = sorted(sizes)
    recovered = [s for s in stories if best_share[s] >= 0.5]
    return {
        "stories": len(stories),
        "recovered": len(recovered) / max(len(stories), 1),
        "purity": majority_total / max(members_total, 1),
        "split": sum(1 for s in stories if mostly[s] > 1),
        "clusters": len(clusters),
    }

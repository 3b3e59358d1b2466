"""Russian named entities: slovnet NER, mentions grouped over their inflected forms, names that join
the English ones.

Russian inflects names (Захарова, Захаровой, Захаровою): mentions are grouped by the nominative
lemma pymorphy3 gives, with the gender slovnet's morphology read in context, so "Захаровой" joins
"Мария Захарова" and a lone surname joins the earlier full name. A person's ``name`` is its
English-news romanisation ("Maria Zakharova") and a place's or organisation's is its English name from
``names.tsv`` where we list it, so one actor has one name in Russian and English documents; the
Cyrillic forms are kept in ``aliases``. :func:`~spinscope.analyzers.ru.translit.name_key` compares
names across scripts.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spinscope.analyzers.ru import nlp
from spinscope.analyzers.ru.parse import RuParse
from spinscope.analyzers.ru.translit import name_key, romanise
from spinscope.core.document import Document, Entity, Span
from spinscope.core.registry import Analyzer, register

TYPES = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}
_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_GENDERS = {"Fem": "femn", "Masc": "masc"}
NAMES_TSV = Path(__file__).with_name("names.tsv")


@cache
def english_names() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in NAMES_TSV.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, etype, name = line.split("\t")
            out[key] = (etype, name)
    return out


def lemma(word: str) -> str:
    return nlp.load_morph_analyzer().parse(word)[0].normal_form


def nominative(word: str, feats: dict[str, str], person: bool) -> str:
    """The word in the nominative singular, keeping the gender it has in context (Захаровой -> Захарова)."""
    if not word[:1].isalpha() or len(word) < 2 or word.isupper():
        return word  # acronyms (МИД, НАТО) do not inflect
    if feats.get("Case") == "Nom":
        return word  # already nominative in context: an unknown surname is not "corrected"
    parses = nlp.load_morph_analyzer().parse(word)
    case, gender = _CASES.get(feats.get("Case", "")), _GENDERS.get(feats.get("Gender", ""))

    def rank(p) -> tuple[int, int, int, float]:
        tag = p.tag
        named = person and bool({"Surn", "Name", "Patr"} & tag.grammemes)
        return (named, case in tag.grammemes if case else 0, gender in tag.grammemes if gender else 0, p.score)

    best = max(parses, key=rank)
    if "nomn" in best.tag.grammemes and "plur" not in best.tag.grammemes:
        return word
    inflected = best.inflect({"nomn", "sing"}) or best.inflect({"nomn"})
    if inflected is None:
        return word
    out = inflected.word
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def _words(parsed: RuParse, start: int, end: int) -> list[tuple[str, dict[str, str]]]:
    return [(parsed.tokens[i].text, parsed.tokens[i].feats) for i in parsed.tokens_between(start, end)]


def canonical(parsed: RuParse, start: int, end: int, etype: str, text: str) -> tuple[str, str]:
    """(Cyrillic canonical form, grouping key) of one mention."""
    words = [(w, f) for w, f in _words(parsed, start, end) if w[:1].isalpha()]
    if not words:
        surface = text[start:end]
        return surface, surface.lower()
    if etype == "PERSON":
        full = [w for w, _ in words if len(w) > 1]
        names = [nominative(w, f, True) for w, f in words if len(w) > 1] or [w for w, _ in words]
        surname = names[-1] if full else words[-1][0]
        return " ".join(names), "per:" + name_key(lemma(surname))
    # Places and organisations: the head word (the first) takes the nominative, its dependents keep
    # their case ("МИД России"); the key is every word's lemma.
    first, feats = words[0]
    form = " ".join([nominative(first, feats, False)] + [w for w, _ in words[1:]])
    return form, " ".join(lemma(w) for w, _ in words)


@register
class RuEntities(Analyzer):
    """People, places and organisations in Russian text, one entity per actor."""

    name = "ru_entities"
    version = "1"
    languages = ("ru",)
    assigns = ("entities",)
    requires = ("ru_parse",)

    def model_files(self):
        return nlp.model_files()

    def __call__(self, doc: Document) -> Document:
        self.clear_layers(doc)
        parsed: RuParse = doc.cache["ru_parse"]
        ner = nlp.load_ner()
        found: list[tuple[int, int, str]] = []
        # One batched call for the document's sentences (per-sentence calls cost most of the time).
        for (s, _, _, _), markup in zip(parsed.sentences, ner.map([doc.text[a:b] for a, b, _, _ in parsed.sentences]),
                                        strict=True):
            for span in markup.spans:
                found.append((s + span.start, s + span.stop, TYPES.get(span.type, span.type)))
        doc.entities = group(doc.text, parsed, join_bodies(doc.text, found))
        return doc


def join_bodies(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation and the country right after it are one body: "МИД России", "Минобороны РФ"."""
    out: list[tuple[int, int, str]] = []
    for start, end, etype in sorted(found):
        if out and out[-1][2] == "ORG" and etype == "GPE" and text[out[-1][1]:start] == " ":
            out[-1] = (out[-1][0], end, "ORG")
        else:
            out.append((start, end, etype))
    return out


def group(text: str, parsed: RuParse, found: list[tuple[int, int, str]]) -> list[Entity]:
    entities: list[Entity] = []
    by_key: dict[tuple[str, str], int] = {}
    for start, end, etype in sorted(found):
        form, key = canonical(parsed, start, end, etype, text)
        idx = by_key.get((etype, key))
        if idx is None:
            idx = len(entities)
            by_key[(etype, key)] = idx
            entities.append(Entity(name=form, type=etype))
        ent = entities[idx]
        ent.mentions.append(Span(start, end))
        # The longest canonical form names the group ("Мария Захарова" over "Захарова").
        if len(form.split()) > len(ent.name.split()):
            ent.aliases.append(ent.name)
            ent.name = form
        elif form != ent.name:
            ent.aliases.append(form)
        surface = text[start:end]
        if surface not in (ent.name, *ent.aliases):
            ent.aliases.append(surface)
    for ent in entities:
        ent.aliases, ent.name = _english(ent)
    return entities


def _english(ent: Entity) -> tuple[list[str], str]:
    """The name English documents use for the same actor; the Cyrillic forms become aliases."""
    cyrillic = ent.name
    words = [lemma(w) for w in cyrillic.split()]
    known = english_names().get(" ".join(words))
    if known is None and ent.type == "PERSON":
        known = english_names().get(words[-1])  # "Макрон" alone, or with a first name spelled otherwise
    if known is not None:
        name = known[1]
    elif ent.type == "PERSON":
        name = romanise(cyrillic)
    else:
        return sorted(set(ent.aliases) - {cyrillic}), cyrillic
    return sorted((set(ent.aliases) | {cyrillic}) - {name}), name

"""Every registered analyzer keeps the contract (in the spirit of scikit-learn's common checks).

Each check runs over every registered analyzer (the test-only ones, named ``test_*``, aside) and
builds the analyzer's chain from its own ``requires``, never from the default pipeline, so an
undeclared requirement shows up as a difference from the default pipeline's output.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from spinscope.core import registry
from spinscope.core.document import Document
from spinscope.core.layers import layer_names
from spinscope.core.params import Param
from spinscope.core.pipeline import DEFAULT_ANALYZERS, Pipeline
from spinscope.core.registry import Analyzer
from spinscope.errors import ConfigError
from spinscope.models.files import MissingModelError

# Written to give every bundled analyzer something to write: a statement headline (issuer), a
# technique, direct and indirect quotes, a check-worthy claim, a denial and an evidence marker.
TEXT = (
    "Statement by the Ministry of Foreign Affairs of Freedonia\n\n"
    "Foreign Minister Ivo Tarn said on Monday that the so-called report was “a shameless smear campaign "
    "orchestrated by the West.” He added that the authors had offered no proof. According to the United "
    "Nations, 40,000 people have fled since March. \"We will never surrender our sovereignty,\" Tarn said, "
    "\"and our brave people know the truth.\" The agency later denied the minister's claim, calling it baseless. "
    "Unemployment in Freedonia fell to 4 percent last year, the lowest rate since 1990."
)
OTHER = (
    "Mayor Elena Varga said troops shelled the village of Dorna on Monday. "
    "Defence Minister Ivan Petrov denied that his troops shelled Dorna, calling the report a disgusting lie."
)
# A denier named through an appositive: who denies is resolved against the entities.
DENIAL = (
    "Troops shelled the village of Dorna on Monday, Mayor Elena Varga said. Ivan Petrov, the defence "
    "minister, denied it on Tuesday. He denied it again on Wednesday."
)
NAMES = sorted(n for n in registry.registered() if not n.startswith("test_"))
# Analyzers whose layer only a text of their own domain fills (SemEval-2025 narratives: the war or
# climate change); every other analyzer gets TEXT.
WAR_TEXT = (
    "Western leaders keep sending weapons to Kyiv and prolong the war only to weaken Russia.\n\n"
    "The so-called sanctions have hurt European families far more than Moscow, while Brussels lectures "
    "ordinary people about sacrifice. Ukraine's government is run by corrupt officials who steal Western aid."
)
# quotes also writes who uses each entity label (entities.labels[].by): TEXT plus a labelled actor.
RICH_TEXT = {"narratives_semeval25": WAR_TEXT, "quotes": TEXT + " Tarn said that the criminal Ostland regime had lied.",
             "parse": TEXT + "\nShare this article: Facebook Twitter Email\n",  # boilerplate (issue 22)
             # roles casts only actors the text casts (issue 22): troops that shell a village
             "roles": TEXT + " Freedonian troops shelled the village of Dorna, killing six civilians."}
# The Russian analyzers (languages = ("ru",)) get a Russian statement with the same ingredients.
RU_TEXT = ("Заявление МИД России\n\nОфициальный представитель МИД России Мария Захарова заявила, что доклад "
           "голословен. «Это очередной фейк», — сказала Захарова. МИД России опроверг сообщения о том, что "
           "военные применили оружие. Лондон обвинил Москву в атаке без каких-либо доказательств.")
RICH_TEXT.update({n: RU_TEXT for n in NAMES if n.startswith("ru_")})


def value(out: dict[str, Any], target: str) -> Any:
    """What ``target`` holds in a document's dict: a layer or field, or for ``layer.attr`` the
    attribute's values over the layer's items."""
    layer, _, attr = target.partition(".")
    return [item.get(attr) for item in out[layer]] if attr else out[layer]


def without_attributes(out: dict[str, Any], assigns: tuple[str, ...]) -> dict[str, Any]:
    """The document dict with the ``layer.attr`` attributes an analyzer assigns taken out of the items."""
    out = copy.deepcopy(out)
    for target in assigns:
        layer, _, attr = target.partition(".")
        if attr:
            for item in out[layer]:
                item.pop(attr, None)
    return out


def provider_of(fact: str) -> str:
    """The analyzer that assigns or provides ``fact``: a default analyzer first, else any registered one."""
    names = [*DEFAULT_ANALYZERS, *sorted(set(NAMES) - set(DEFAULT_ANALYZERS))]
    for name in names:
        cls = registry.get(name)
        if fact in cls.assigns or fact in cls.provides:
            return name
    raise AssertionError(f"no registered analyzer assigns or provides {fact!r}")


def minimal_chain(name: str) -> list[str]:
    """``name`` preceded by the providers of its requirements, transitively, each once."""
    order: list[str] = []

    def visit(n: str, path: tuple[str, ...]) -> None:
        assert n not in path, f"requirement cycle: {' -> '.join([*path, n])}"
        if n in order:
            return
        for fact in registry.get(n).requires:
            visit(provider_of(fact), (*path, n))
        order.append(n)

    visit(name, ())
    return order


def prepared(name: str, text: str) -> tuple[Analyzer, Document]:
    """The analyzer, and a document that has been through its minimal chain up to it (cache kept)."""
    *earlier, analyzer = Pipeline(minimal_chain(name)).analyzers
    lang = analyzer.languages[0] if "*" not in analyzer.languages else "en"  # a document it handles
    doc = Document(id="c", text=text, source="Test Outlet", lang=lang)
    for a in earlier:
        a.ensure_initialized()
        a(doc)
    analyzer.ensure_initialized()
    return analyzer, doc


def state(doc: Document) -> dict[str, Any]:
    return copy.deepcopy(doc.to_dict())


def run(name: str, text: str) -> dict[str, Any]:
    analyzer, doc = prepared(name, text)
    assert analyzer(doc) is doc, f"{name} must return the document it was given"
    return state(doc)


@pytest.fixture(scope="module")
def default_output() -> dict[str, dict[str, Any]]:
    """The full default pipeline's output, by text."""
    return {t: Pipeline()(Document(id="c", text=t, source="Test Outlet")).to_dict() for t in (TEXT, OTHER, DENIAL)}


# -- declarations ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_declarations_name_real_things(name):
    cls = registry.get(name)
    assert set(cls.assigns) <= registry.writable_fields(), f"{name} assigns something that is not a layer or field"
    assert not set(cls.provides) & set(layer_names()), f"{name}: layers belong in assigns, not provides"
    for fact in cls.requires:
        provider_of(fact)  # every requirement is assigned or provided by some registered analyzer
    for p in cls.params:
        assert isinstance(p, Param) and p.help, f"{name}.{p.name} needs a Param with a help text"
        assert p.type is not None or p.choices, f"{name}.{p.name} declares no type or choices"


@pytest.mark.parametrize("name", NAMES)
def test_every_declared_layer_and_field_is_written_on_a_rich_text(name):
    out = run(name, RICH_TEXT.get(name, TEXT))
    for target in registry.get(name).assigns:
        assert any(value(out, target)), f"{name} declares {target!r} but wrote nothing there on a text made to have it"


def test_the_default_pipeline_always_has_every_default_analyzer():
    assert Pipeline().names == list(DEFAULT_ANALYZERS)
    assert set(DEFAULT_ANALYZERS) <= set(NAMES)


# -- running --------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", NAMES)
def test_only_declared_layers_fields_and_facts_are_written(name):
    analyzer, doc = prepared(name, TEXT)
    before, cache_before = state(doc), set(doc.cache)
    analyzer(doc)
    after = state(doc)
    assert after["text"] == TEXT
    Document.from_dict(after)  # every offset in bounds
    before, after = without_attributes(before, analyzer.assigns), without_attributes(after, analyzer.assigns)
    changed = {key for key in before if after[key] != before[key]}
    assert changed <= set(analyzer.assigns), f"{name} changed {sorted(changed - set(analyzer.assigns))}"
    assert set(doc.cache) - cache_before <= set(analyzer.provides), f"{name} left undeclared cache facts"
    for fact in analyzer.provides:
        assert fact in doc.cache, f"{name} declares it provides {fact!r} but did not"


def hide_undeclared(doc: Document, requires: tuple[str, ...]) -> None:
    """Take away every layer, derived field and cache fact the analyzer does not declare it reads."""
    for layer in layer_names():
        if layer not in requires:
            getattr(doc, layer).clear()
    if "issuer" not in requires:
        doc.issuer = None
    for fact in set(doc.cache) - set(requires):
        del doc.cache[fact]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("text", [TEXT, OTHER, DENIAL], ids=["statement", "report", "denial"])
def test_requires_suffice(name, text, default_output):
    """Given only what its ``requires`` name, from only the analyzers that provide it, an analyzer
    writes what it writes in the full default pipeline: it reads nothing it does not declare."""
    analyzer, doc = prepared(name, text)
    hide_undeclared(doc, analyzer.requires)
    out = state(analyzer(doc))
    # The default output is the English texts' (lang "en"): analyzers of other languages skip them there.
    if name in DEFAULT_ANALYZERS and registry.handles_language(analyzer.languages, "en"):
        for target in analyzer.assigns:
            # Attributes a later analyzer adds to this layer (quotes sets entities.labels[].by) are theirs.
            theirs = {a.partition(".")[2] for n in DEFAULT_ANALYZERS if n != name
                      for a in registry.get(n).assigns if a.startswith(target + ".")}
            expected = _without(value(default_output[text], target), theirs)
            assert _without(value(out, target), theirs) == expected, f"{name} wrote other {target!r} given only its requirements"


def _without(items: Any, attrs: set[str]) -> Any:
    if not attrs or not isinstance(items, list):
        return items
    return [{k: v for k, v in item.items() if k not in attrs} if isinstance(item, dict) else item for item in items]


@pytest.mark.parametrize("name", NAMES)
def test_deterministic_and_rerunning_replaces(name):
    first = run(name, TEXT)
    assert run(name, TEXT) == first, f"{name} is not deterministic"
    analyzer, doc = prepared(name, TEXT)
    analyzer(doc)
    analyzer(doc)  # the write rule is replace: a second run must not append
    assert state(doc) == first, f"{name} appends to its layers when run again"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("text", ["", "Hello", "Hi."])
def test_empty_and_one_word_documents(name, text):
    out = run(name, text)
    assert out["text"] == text
    Document.from_dict(out)
    if not text:
        assert all(out[layer] == [] for layer in layer_names()), f"{name} annotated an empty document"


@pytest.mark.parametrize("name", NAMES)
def test_pipe_equals_one_call_per_document(name):
    analyzer, a = prepared(name, TEXT)
    _, b = prepared(name, OTHER)
    piped = analyzer.pipe([a, b])
    assert [d.id for d in piped] == ["c", "c"] and piped[0] is a and piped[1] is b
    assert [state(a), state(b)] == [run(name, TEXT), run(name, OTHER)], f"{name}: pipe differs from calls"


# -- configuration --------------------------------------------------------------------------------
def bad_values(p: Param) -> list[Any]:
    """Values ``p`` must refuse, derived from its declaration."""
    out: list[Any] = [] if p.nullable else [None]
    if p.choices:
        return [*out, "__not_a_choice__", 12345]
    if p.type is int:
        out += [1.5, "many", True]
    elif p.type is float:
        out += ["many", True]
    elif p.type is str:
        out += [42]
    elif p.type is bool:
        out += ["maybe", 0]
    if p.low is not None:
        out.append(p.low - 1)
    if p.high is not None:
        out.append(p.high + 1)
    return [v for v in out if v != p.default or type(v) is not type(p.default)]


def other_good_values(p: Param) -> list[Any]:
    """Values ``p`` accepts that differ from its default (a file path cannot be made up: none)."""
    if p.choices:
        return [c for c in p.choices if c != p.default or type(c) is not type(p.default)]
    out: list[Any] = [None] if p.nullable and p.default is not None else []
    if p.type in (int, float):
        out += [c for c in (p.low, p.high, (p.default or 0) + 1) if c is not None and c != p.default]
    elif p.type is bool:
        out.append(not p.default)
    return out


def buildable_other_value(cls: type[Analyzer], p: Param) -> Any:
    """The first of :func:`other_good_values` the analyzer builds with (``variant="fp32"`` needs a
    model file that is exported locally, not shipped), else ``NO_VALUE``."""
    for value in other_good_values(p):
        try:
            cls(**{p.name: value}).check()
        except MissingModelError:
            continue
        return value
    return NO_VALUE


NO_VALUE = object()
CASES = [(name, p) for name in NAMES for p in registry.get(name).params]


@pytest.mark.parametrize(("name", "param"), CASES, ids=[f"{n}.{p.name}" for n, p in CASES])
def test_bad_config_fails_at_build_naming_option_range_and_value(name, param):
    for bad in bad_values(param):
        with pytest.raises(ConfigError) as err:
            Pipeline(minimal_chain(name), config={name: {param.name: bad}})
        message = str(err.value)
        for part in (name, param.name, param.allowed(), repr(bad)):
            assert part in message, f"{name}.{param.name}={bad!r}: {part!r} missing from {message!r}"


@pytest.mark.parametrize("name", NAMES)
def test_unknown_option_fails_at_build(name):
    with pytest.raises(ConfigError, match=f"{name} got unknown option.*no_such_option"):
        Pipeline(minimal_chain(name), config={name: {"no_such_option": 1}})


@pytest.mark.parametrize("name", NAMES)
def test_config_round_trips_through_get_config(name):
    cls = registry.get(name)
    cfg = cls().get_config()
    assert cfg == cls.defaults, f"{name}: the config built from no options is not the declared defaults"
    assert cls(**cfg).get_config() == cfg
    for p in cls.params:
        value = buildable_other_value(cls, p)
        if value is NO_VALUE:
            continue
        changed = cls(**{p.name: value}).get_config()
        assert changed == {**cfg, p.name: value}, f"{name}: option {p.name}={value!r} did not round-trip"
        assert cls(**changed).get_config() == changed
        version = Pipeline(minimal_chain(name), config={name: {p.name: value}}).version
        if p.name == "threads":  # speed only, never an output: left out of the version (DETERMINISM, c8dda37)
            assert version == Pipeline(minimal_chain(name)).version
        else:
            assert version != Pipeline(minimal_chain(name)).version

"""The shared highlighter: a document's text as escaped HTML with nested annotation marks.

Used by the HTML report (``spinscope.export``) and by the web app. Every character of the article is
HTML-escaped (articles are hostile input) and every character is kept, in order: stripping the tags
and unescaping the result gives ``doc.text`` back exactly. Annotations may overlap, so the text is cut
into segments at every span boundary and the marks are closed and reopened where they cross; each
piece of one annotation carries the same ``data-ann`` id so a page can light up all of it together.

Paragraphs (blank-line breaks) become ``<p>`` elements and single line breaks get a ``<br>`` before
them; the break characters themselves stay in the output, so nothing shown is changed.

>>> from spinscope.core.document import Document, Technique
>>> doc = Document(id="d", text="A <b>vile</b> smear")
>>> doc.techniques.append(Technique(14, 19, "Loaded_Language", 0.9, "pejorative"))
>>> print(highlight_article(doc))  # doctest: +NORMALIZE_WHITESPACE
<div class="ss-article"><p>A &lt;b&gt;vile&lt;/b&gt; <mark class="ss-ann ss-tech ss-t-loaded-language"
data-ann="t0" data-layer="techniques" data-technique="Loaded_Language" data-score="0.9"
data-reason="pejorative" title="Loaded Language (0.90): pejorative">smear</mark></p></div>
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

from spinscope.analyzers.techniques.taxonomy import (
    OTHER_COLOR,
    PTC_TECHNIQUES,
    known_techniques,
    ptc_name,
    technique_color,  # noqa: F401 - re-exported: the charts colour techniques as the highlights do
    technique_label,
    technique_style,
)
from spinscope.core import layers as declarations
from spinscope.core.document import Document, Span, check_offsets
from spinscope.core.layers import get_layer
from spinscope.errors import ConfigError


def drawable_layers() -> tuple[str, ...]:
    """The declared layers that have a highlight style, in declaration order."""
    return tuple(layer.name for layer in declarations.layers() if layer.highlight)


# Speakers get one of these by a stable hash of their name: the same speaker has the same colour in
# every document, report and run, and the CSS stays static (no inline styles, CSP friendly).
SPEAKER_COLORS = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#ff7f0e",
    "#393b79",
    "#637939",
    "#843c39",
)
NO_SPEAKER_COLOR = "#777777"

# "\r\n" is one break, never "\r" then "\n" (the lookahead stops the regex splitting it in two).
_PARAGRAPH_BREAK = re.compile(r"(?:[ \t]*(?:\r\n|\r(?!\n)|\n)){2,}[ \t]*")
_LINE_BREAK = re.compile(r"\r\n?|\n")


def slug(name: str) -> str:
    """A CSS-class-safe form of a label: ``"Name_Calling,Labeling"`` -> ``"name-calling-labeling"``."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"


def technique_class(name: str) -> str:
    """The CSS class of a technique's colour; every taxonomy's names have one, unknown names "other"."""
    return f"ss-t-{slug(name)}" if ptc_name(name) else "ss-t-other"


def _speaker_index(name: str | None) -> int | None:
    if not name:
        return None
    digest = hashlib.sha1(name.strip().casefold().encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % len(SPEAKER_COLORS)


def speaker_color(name: str | None) -> str:
    """The stable colour of a speaker (case and surrounding spaces ignored); grey when unknown."""
    i = _speaker_index(name)
    return NO_SPEAKER_COLOR if i is None else SPEAKER_COLORS[i]


def speaker_class(name: str | None) -> str:
    i = _speaker_index(name)
    return "ss-spk-none" if i is None else f"ss-spk-{i}"


@dataclass(slots=True)
class _Mark:
    """One annotation span to draw: its range, element, classes and attributes."""

    start: int
    end: int
    layer: str
    ann: str  # shared by every piece of the same annotation
    tag: str
    classes: list[str]
    attrs: dict[str, str] = field(default_factory=dict)
    order: int = 0

    def open_tag(self) -> str:
        parts = [f'<{self.tag} class="{escape(" ".join(["ss-ann", *self.classes]))}"']
        parts.append(f' data-ann="{escape(self.ann)}" data-layer="{escape(self.layer)}"')
        for key, value in self.attrs.items():
            parts.append(f' {key}="{escape(value)}"')
        return "".join(parts) + ">"


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _technique_marks(doc: Document) -> list[_Mark]:
    marks = []
    for i, t in enumerate(doc.techniques):
        tip = f"{technique_label(t.technique)} ({_score(t.score)})" + (f": {t.reason}" if t.reason else "")
        attrs = {
            "data-technique": t.technique,
            "data-score": repr(float(t.score)),
            "data-reason": t.reason or "",
        }
        attrs["title"] = tip
        marks.append(
            _Mark(
                t.start,
                t.end,
                "techniques",
                f"t{i}",
                "mark",
                ["ss-tech", technique_class(t.technique)],
                attrs,
            )
        )
    return marks


def _quote_marks(doc: Document) -> list[_Mark]:
    marks = []
    for i, q in enumerate(doc.quotes):
        who = q.speaker_name or "unknown speaker"
        via = f" via {q.via}" if q.via else ""
        spk = speaker_class(q.speaker_name)
        common = {"data-kind": q.kind, "data-speaker": q.speaker_name or "", "data-via": q.via or ""}
        parts: list[tuple[str, Span | None, str]] = [
            ("content", q.content, f"{q.kind} quote by {who}{via}"),
            ("cue", q.cue, f"cue of a {q.kind} quote by {who}"),
            ("speaker", q.speaker, f"speaker: {who}{via}"),
        ]
        for part, span, tip in parts:
            if span is None:
                continue
            cls = ["ss-quote", f"ss-q-{slug(q.kind)}", spk] if part == "content" else [f"ss-{part}", spk]
            attrs = {**common, "data-part": part, "title": tip}
            marks.append(_Mark(span.start, span.end, "quotes", f"q{i}", "span", cls, attrs))
    return marks


def _entity_marks(doc: Document) -> list[_Mark]:
    marks = []
    for i, e in enumerate(doc.entities):
        attrs = {"data-entity": e.name, "data-type": e.type, "title": f"{e.name} ({e.type})"}
        if e.role is not None:  # how this document casts the actor, shown on hover
            attrs["data-role"] = e.role.main
            attrs["title"] += f", cast as {e.role.main}" + (f" ({', '.join(e.role.fine)})" if e.role.fine else "")
            if e.role.by:  # a quoted voice casts it, not the text's own
                attrs["title"] += f" by {e.role.by}"
        here = {(r.start, r.end): r for r in e.mention_roles}
        for m in e.mentions:
            mine = attrs
            r = here.get((m.start, m.end))
            if r is not None and e.role is not None and r.main != e.role.main:  # this passage casts it otherwise
                mine = {**attrs, "data-mention-role": r.main,
                        "title": attrs["title"] + f"; here as {r.main}" + (f" ({', '.join(r.fine)})" if r.fine else "")}
            marks.append(
                _Mark(m.start, m.end, "entities", f"e{i}", "span", ["ss-ent", f"ss-e-{slug(e.type)}"], mine)
            )
    return marks


def _claim_marks(doc: Document) -> list[_Mark]:
    marks = []
    for i, c in enumerate(doc.claims):
        tip = f"claim ({_score(c.score)})"
        if c.asserted_by:
            tip += f", asserted by {c.asserted_by}"
        if c.denied_by:
            tip += f"; denied by {', '.join(c.denied_by)}"
        attrs = {
            "data-score": repr(float(c.score)),
            "data-asserted-by": c.asserted_by or "",
            # JSON so names containing commas survive; a page reads it with JSON.parse.
            "data-denied-by": json.dumps(list(c.denied_by), ensure_ascii=False),
            "title": tip,
        }
        cls = ["ss-claim", "ss-denied" if c.denied_by else "ss-undenied"]
        marks.append(_Mark(c.start, c.end, "claims", f"c{i}", "span", cls, attrs))
    return marks


def _evidence_marks(doc: Document) -> list[_Mark]:
    """Where the text says evidence is offered ("present") or missing ("absent", "without proof")."""
    marks = []
    for i, ev in enumerate(doc.evidence):
        tip = "evidence offered" if ev.kind == "present" else "evidence said to be missing" if ev.kind == "absent" else ev.kind
        attrs = {"data-kind": ev.kind, "title": f"evidence marker: {tip}"}
        cls = ["ss-evidence", f"ss-ev-{slug(ev.kind)}"]
        marks.append(_Mark(ev.start, ev.end, "evidence", f"v{i}", "span", cls, attrs))
    return marks


def _narrative_marks(doc: Document) -> list[_Mark]:
    """Each narrative's evidence sentences, with the narrative and its source on hover."""
    marks = []
    for i, n in enumerate(doc.narratives):
        attrs = {"data-narrative": n.id, "data-taxonomy": n.taxonomy,
                 "title": f"narrative: {n.label} ({n.taxonomy}, {_score(n.score)})"}
        for span in n.evidence:
            marks.append(_Mark(span.start, span.end, "narratives", f"n{i}", "span",
                               ["ss-narr", f"ss-n-{slug(n.taxonomy)}"], dict(attrs)))
    return marks


def _span_marks(doc: Document, name: str) -> list[_Mark]:
    """A declared layer without a style of its own: each offset range drawn as a plain span."""
    from spinscope.core.document import item_spans

    layer = get_layer(name)
    marks = []
    for i, item in enumerate(doc.layer(name)):
        label = str(getattr(item, layer.label)) if layer.label else layer.singular
        attrs = {"title": label}
        for _, span in item_spans(layer, item):
            marks.append(_Mark(span.start, span.end, name, f"{name}{i}", "span", ["ss-layer", f"ss-l-{slug(name)}"],
                               dict(attrs)))
    return marks


# Highlight styles named by layer declarations (Layer.highlight).
_STYLES = {
    "technique": lambda doc, name: _technique_marks(doc),
    "quote": lambda doc, name: _quote_marks(doc),
    "entity": lambda doc, name: _entity_marks(doc),
    "claim": lambda doc, name: _claim_marks(doc),
    "evidence": lambda doc, name: _evidence_marks(doc),
    "narrative": lambda doc, name: _narrative_marks(doc),
    "span": _span_marks,
}


def _collect(doc: Document, names: Iterable[str]) -> list[_Mark]:
    wanted = list(names)
    drawable = drawable_layers()
    unknown = [name for name in wanted if name not in drawable]
    if unknown:
        raise ConfigError(
            f"highlight_article cannot draw layer(s) {unknown}; drawable layers: {', '.join(drawable)}"
        )
    marks: list[_Mark] = []
    for name in wanted:
        marks.extend(_STYLES[get_layer(name).highlight](doc, name))
    n = len(doc.text)
    for order, mark in enumerate(marks):
        check_offsets(mark.start, mark.end, n, f"{doc.id}: {mark.layer} {mark.ann}")
        mark.order = order
    # An empty span covers no character, so there is nothing to draw.
    return [m for m in marks if m.end > m.start]


def _text(piece: str) -> str:
    """Escape a run of text and put a <br> before each line break, keeping the break itself."""
    escaped = str(escape(piece))
    return _LINE_BREAK.sub(lambda m: "<br>" + m.group(0), escaped)


def _separators(text: str) -> dict[int, int]:
    """start -> end of each blank-line gap between paragraphs."""
    return {m.start(): m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.end() > m.start()}


def _close(stack: list[_Mark], keep: int = 0) -> str:
    closing = "".join(f"</{m.tag}>" for m in reversed(stack[keep:]))
    del stack[keep:]
    return closing


def highlight_article(doc: Document, layers: Iterable[str] | None = None) -> Markup:
    """The article text as safe HTML, with a mark per annotation of the chosen layers.

    Parameters
    ----------
    doc : the document; its annotations must fit its text (SpanError otherwise).
    layers : which layers to draw (default: every declared layer with a highlight style).

    Returns
    -------
    Markup : ``<div class="ss-article">`` with one ``<p>`` per paragraph. Style it with :func:`css`.
    """
    text = doc.text
    marks = _collect(doc, drawable_layers() if layers is None else layers)
    rank = {layer.name: layer.rank for layer in declarations.layers()}
    seps = _separators(text)
    starts: dict[int, list[_Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    cuts = sorted({0, len(text)} | set(starts) | {m.end for m in marks} | set(seps) | set(seps.values()))
    out = ['<div class="ss-article">']
    active: list[_Mark] = []  # marks covering the current segment
    stack: list[_Mark] = []  # marks open in the output, outermost first
    in_p = False
    sep_end = -1
    for a, b in pairwise(cuts):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        sep_end = seps.get(a, sep_end)
        if a < sep_end:
            # The gap between paragraphs is only spaces and line breaks: kept, escaped, outside <p>;
            # marks crossing it are closed here and reopened in the next paragraph.
            out.append(_close(stack) + ("</p>" if in_p else ""))
            in_p = False
            out.append(str(escape(text[a:b])))
            continue
        if not in_p:
            out.append("<p>")
            in_p = True
        live = {id(m) for m in active}
        keep = next((i for i, m in enumerate(stack) if id(m) not in live), len(stack))
        out.append(_close(stack, keep))
        on_stack = {id(m) for m in stack}
        fresh = sorted(
            (m for m in active if id(m) not in on_stack),
            key=lambda m: (-m.end, rank[m.layer], m.start, m.order),
        )
        out.extend(m.open_tag() for m in fresh)
        stack.extend(fresh)
        out.append(_text(text[a:b]))
    out.append(_close(stack) + ("</p>" if in_p else "") + "</div>")
    return Markup("".join(out))


def css() -> str:
    """The stylesheet for :func:`highlight_article` and :func:`legend` (static, no inline styles)."""
    rules = [
        ".ss-article p{margin:0 0 .9em;line-height:1.75}",
        "mark.ss-tech{color:inherit;padding:1px 0;border-radius:2px}",
        ".ss-quote{border-bottom:2px solid var(--ss-spk);padding-bottom:1px}",
        ".ss-speaker{color:var(--ss-spk);font-weight:600}",
        ".ss-cue{font-style:italic;color:var(--ss-spk)}",
        ".ss-claim{text-decoration:underline wavy #7a0177;text-decoration-thickness:1px;"
        "text-underline-offset:4px}",
        ".ss-claim.ss-denied{text-decoration-color:#cb181d}",
        ".ss-ent{border-bottom:1px dotted #444}",
        ".ss-ann[title]{cursor:help}",
        ".ss-swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;"
        "vertical-align:-.1em;margin-right:.3em;border:1px solid #0002}",
        ".ss-legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em;margin:.4em 0}",
        f".ss-spk-none{{--ss-spk:{NO_SPEAKER_COLOR}}}",
        f"mark.ss-t-other,.ss-swatch.ss-t-other{{background:{OTHER_COLOR}}}",
        ".ss-layer{border-bottom:2px dashed #6a51a3}",
        # Evidence markers: a boxed outline, so they read apart from the underlines of quotes and claims.
        ".ss-evidence{outline:1.5px solid #238b45;outline-offset:1px;border-radius:2px}",
        ".ss-evidence.ss-ev-absent{outline:1.5px dashed #d94801}",
        # Narrative evidence: a band under the whole sentence, below the techniques' backgrounds.
        ".ss-narr{background-image:linear-gradient(transparent 82%,#fdae6b88 82%)}",
    ]
    rules += [f".ss-spk-{i}{{--ss-spk:{c}}}" for i, c in enumerate(SPEAKER_COLORS)]
    for name in known_techniques():
        if not ptc_name(name):
            continue
        cls, (color, stripe) = technique_class(name), technique_style(name)
        if stripe is None:
            rules.append(f"mark.{cls},.ss-swatch.{cls}{{background:{color}}}")
        else:
            # The second use of a hue: diagonal stripes and an underline in the full colour.
            rules.append(f"mark.{cls},.ss-swatch.{cls}{{background-color:{color};background-image:"
                         f"repeating-linear-gradient(135deg,transparent 0 5px,#ffffffa0 5px 8px);"
                         f"box-shadow:inset 0 -2px 0 {stripe}}}")
    return "\n".join(rules) + "\n"


def legend(techniques: Iterable[str] | None = None) -> Markup:
    """A legend of technique colours (the 14 PTC ones by default) and of the other layers' marks."""
    names = list(PTC_TECHNIQUES) if techniques is None else list(dict.fromkeys(techniques))
    items = [
        f'<li><span class="ss-swatch {technique_class(n)}"></span>{escape(technique_label(n))}</li>'
        for n in names
    ]
    items += [
        '<li><span class="ss-quote ss-spk-none">quoted words</span> (underlined in the speaker\'s colour)</li>',
        '<li><span class="ss-speaker ss-spk-none">speaker</span> and <span class="ss-cue ss-spk-none">cue'
        "</span></li>",
        '<li><span class="ss-claim">claim</span>, <span class="ss-claim ss-denied">denied claim</span></li>',
        '<li><span class="ss-ent">entity mention</span></li>',
        '<li><span class="ss-evidence ss-ev-present">evidence offered</span>, '
        '<span class="ss-evidence ss-ev-absent">evidence said to be missing</span></li>',
        '<li><span class="ss-layer">other layer (narrative evidence)</span></li>',
    ]
    return Markup('<ul class="ss-legend">' + "".join(items) + "</ul>")

"""Codebooks the interfaces write or receive: promoting a discovered cluster into a codebook file,
and analysing one text with a codebook posted to the web app or the API.

Nothing is lost: a promotion builds the new file in memory, checks it parses as a codebook, and
only then replaces the file atomically (a temporary file beside it, fsync, rename), so a bad label,
a full disk or a kill halfway leaves the old codebook whole.

No one let in: a posted codebook is parsed in memory, never written anywhere (a read-only server
writes nothing for it), and is held to a size, a number of narratives and a number of examples
(``codebook_max_*`` settings) before any parsing or embedding work.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from spinscope.analyzers.narratives.codebook import (
    Codebook,
    CodebookError,
    codebook_from_bytes,
    decode_toml,
    parse_codebook,
)
from spinscope.export._atomic import atomic_text
from spinscope.settings import default
from spinscope.store import StoreProtocol

if TYPE_CHECKING:
    from spinscope.analyzers.narratives.codebook_analyzer import CodebookNarratives
    from spinscope.core.document import Document
    from spinscope.core.pipeline import Pipeline

N_EXAMPLES = 5
# How a posted codebook is named in its error messages (it has no file).
POSTED = Path("codebook.toml")


class PostedCodebookError(CodebookError):
    """A posted codebook (or a promotion's id or label) that cannot be used: 422, naming the field."""

    status = 422


class CodebookConflict(CodebookError):
    """A promotion whose narrative id the codebook has already: 409."""

    status = 409


class CodebookTooLarge(CodebookError):
    """A posted codebook over ``codebook_max_bytes``: 413, before it is parsed."""

    status = 413


def utf8_text(value: str, what: str) -> bytes:
    """``value`` as UTF-8, or PostedCodebookError: a lone surrogate (``"\\ud800"`` in JSON, or a
    command-line argument that was not UTF-8, which Python keeps as surrogate escapes) has none."""
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start:exc.end]
        raise PostedCodebookError(
            f"the {what} is not valid UTF-8 text: it holds {bad!r} at character {exc.start} (a lone surrogate, "
            "or bytes that were not UTF-8 on the command line); give it as UTF-8"
        ) from None


# -- promotion -----------------------------------------------------------------------------------
_promote_lock = threading.Lock()  # two promotions in one server must not both append to the same old text


def example_sentences(row: dict[str, Any], n: int = N_EXAMPLES) -> list[str]:
    """The members closest to the centroid, distinct texts, best first: a promoted narrative's examples."""
    out: list[str] = []
    for m in sorted(row["members"], key=lambda m: -(m["similarity"] or 0.0)):
        text = " ".join(m["text"].split())
        # A claim is often part of a member sentence: one of the two is enough.
        if not any(text.lower() in t.lower() or t.lower() in text.lower() for t in out):
            out.append(text)
        if len(out) == n:
            break
    return out


def toml_string(value: str) -> str:
    """A TOML basic string. JSON's escapes are TOML's; DEL is the one control character TOML also
    forbids raw that ``json.dumps`` leaves as it is."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def promote(store: StoreProtocol, cluster_id: int, codebook: Path, narrative_id: str | None = None,
            label: str | None = None) -> dict[str, Any]:
    """Append a discovered cluster to a codebook TOML file (created when missing) as a ``[[narrative]]``.

    Its representative sentences become the examples. The new text is checked to parse as a
    codebook before the file is replaced, atomically: on any error the file is as it was.
    Returns the narrative written.
    """
    row = store.narrative_cluster(cluster_id)
    # A blank id or label is none given (the codebook would strip it to nothing and refuse it).
    narrative_id, label = (narrative_id or "").strip() or None, (label or "").strip() or None
    if narrative_id is not None:
        utf8_text(narrative_id, "narrative id")
    if label is not None:
        utf8_text(label, "label")
    narrative_id = narrative_id or f"discovered-{cluster_id}-" + "-".join(row["keywords"][:2])
    entry = {
        "id": narrative_id,
        "label": label or (row["representative"] or row["label"]),
        "description": f"Discovered cluster {cluster_id}: {', '.join(row['keywords'])}.",
        "examples": example_sentences(row),
    }
    block = ["", "[[narrative]]", f"id = {toml_string(entry['id'])}", f"label = {toml_string(entry['label'])}",
             f"description = {toml_string(entry['description'])}", "examples = ["]
    block += [f"    {toml_string(e)}," for e in entry["examples"]] + ["]", ""]
    with _promote_lock:
        if codebook.exists():
            try:
                raw = codebook.read_bytes()
            except OSError as exc:
                raise CodebookError(f"{codebook}: cannot read the codebook ({exc.strerror})") from None
            book = codebook_from_bytes(raw, codebook)
            if any(n.id == narrative_id for n in book.narratives):
                raise CodebookConflict(f"{codebook}: a narrative with id {narrative_id!r} is there already; "
                                    "pass another --id")
            before = raw.decode("utf-8")
        else:
            before = f"name = {toml_string(codebook.stem)}\n"
        after = before.rstrip("\n") + "\n" + "\n".join(block)
        # Checked in memory first: a promotion never leaves a codebook the analyzer would refuse.
        codebook_from_bytes(after.encode("utf-8"), codebook)
        with atomic_text(codebook) as fp:
            fp.write(after)
    return entry


def promotion_target(db_path: str) -> Path:
    """Where the web app promotes clusters to: ``<database>.codebook.toml`` beside the database."""
    db = Path(db_path)
    return db.with_name(db.stem + ".codebook.toml")


# -- a posted codebook ------------------------------------------------------------------------------
def posted_codebook(toml_text: str) -> tuple[Codebook, bytes]:
    """Check a posted codebook in memory: (the codebook, its UTF-8 content).

    The limits come before the work they bound: the size before TOML parsing, the numbers of
    narratives and examples before the codebook's checks and before any embedding.
    """
    max_bytes = int(default("codebook_max_bytes"))
    # A character is at least one byte: a long string is refused before it is encoded.
    if len(toml_text) > max_bytes:
        raise CodebookTooLarge(_too_large(f"more than {max_bytes:,}", max_bytes))
    content = utf8_text(toml_text, "codebook")
    if len(content) > max_bytes:
        raise CodebookTooLarge(_too_large(f"{len(content):,}", max_bytes))
    try:
        data = decode_toml(content, POSTED)
    except CodebookError as exc:
        raise PostedCodebookError(str(exc)) from None
    _check_counts(data)
    try:
        return parse_codebook(data, POSTED), content
    except CodebookError as exc:
        raise PostedCodebookError(str(exc)) from None


def read_upload(fp: BinaryIO) -> str:
    """An uploaded codebook file's text, read no further than the size limit allows."""
    max_bytes = int(default("codebook_max_bytes"))
    raw = fp.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise CodebookTooLarge(_too_large(f"more than {max_bytes:,}", max_bytes))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PostedCodebookError(f"{POSTED}: not UTF-8 text; a codebook is a TOML file") from None


def _too_large(size: str, max_bytes: int) -> str:
    return (f"{POSTED}: the codebook is {size} bytes; a posted codebook may have at most {max_bytes:,} "
            "(setting codebook_max_bytes). Analyse large codebooks with `spinscope analyze --codebook FILE`.")


def _check_counts(data: dict[str, Any]) -> None:
    tables = data.get("narrative")
    if not isinstance(tables, list):
        return  # parse_codebook says what is wrong with it
    most = int(default("codebook_max_narratives"))
    if len(tables) > most:
        raise PostedCodebookError(
            f"{POSTED}: {len(tables):,} [[narrative]] tables; a posted codebook may have at most {most:,} "
            "(setting codebook_max_narratives). Use `spinscope analyze --codebook FILE` for larger ones.")
    examples = sum(len(t["examples"]) for t in tables if isinstance(t, dict) and isinstance(t.get("examples"), list))
    most = int(default("codebook_max_examples"))
    if examples > most:
        raise PostedCodebookError(
            f"{POSTED}: {examples:,} examples in all; a posted codebook may have at most {most:,} "
            "(setting codebook_max_examples). Use `spinscope analyze --codebook FILE` for larger ones.")


# The analyzers of the last few posted codebooks (their examples embedded), by content digest: an
# analyst posts the same codebook with each text, and a bounded cache cannot grow with hostile posts.
_ANALYZERS: OrderedDict[str, CodebookNarratives] = OrderedDict()
_ANALYZERS_KEPT = 4
_codebook_lock = threading.Lock()


def _analyzer(codebook: Codebook, content: bytes) -> CodebookNarratives:
    from spinscope.analyzers.narratives.codebook_analyzer import CodebookNarratives

    key = hashlib.sha256(content).hexdigest()
    analyzer = _ANALYZERS.pop(key, None) or CodebookNarratives.in_memory(codebook, content)
    _ANALYZERS[key] = analyzer
    while len(_ANALYZERS) > _ANALYZERS_KEPT:
        _ANALYZERS.popitem(last=False)
    return analyzer


@contextmanager
def codebook_pipeline(analyzers: list[str] | None, toml_text: str) -> Iterator[Pipeline]:
    """The app's analyzers plus the posted codebook's analyzer, held for one document at a time.

    The codebook is checked (and refused with 413/422) before any analysis. The ingest service
    (``AppState.ingest``) runs a Batch with it, so a save goes the one way in.
    """
    from spinscope.core.pipeline import DEFAULT_ANALYZERS, Pipeline

    codebook, content = posted_codebook(toml_text)
    names = [n for n in (analyzers or DEFAULT_ANALYZERS) if n != "codebook"] + ["codebook"]
    pipeline = Pipeline(names, on_error="record")
    # The pipeline's own codebook analyzer is the shared one over the bundled codebook; the posted
    # codebook's takes its place for this document (same name, its content in the version). The lock
    # guards the cache only: each analyzer runs under its own lock (core/instances.py).
    with _codebook_lock:
        pipeline.analyzers[-1] = _analyzer(codebook, content)
    yield pipeline


def analyse_with_codebook(analyzers: list[str] | None, doc: Document, toml_text: str) -> Document:
    """Run the app's analyzers plus the codebook analyzer with a posted codebook on one document (not saved)."""
    from spinscope.engine.batch import prepare

    with codebook_pipeline(analyzers, toml_text) as pipeline:
        doc = pipeline(prepare(doc))
        doc.meta.setdefault("pipeline_version", pipeline.version)
    return doc

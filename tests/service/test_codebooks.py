"""Codebooks on real files (issue 21): a failed promotion leaves the codebook as it was, and a posted
codebook is checked in memory under limits, never written anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest_web import add_cluster, build_corpus
from spinscope.analyzers.narratives.codebook import load_codebook
from spinscope.service.codebooks import (
    CodebookTooLarge,
    PostedCodebookError,
    posted_codebook,
    promote,
    toml_string,
)
from spinscope.settings import default
from spinscope.store import Store

BOOK = '''name = "harbour-watch"

[[narrative]]
id = "coast-sold"
label = "The coast is being sold off"
examples = ["They are selling our coast to investors."]
'''


@pytest.fixture()
def clustered(tmp_path: Path) -> Path:
    db = tmp_path / "corpus.db"
    build_corpus(db)
    add_cluster(db)
    return db


def test_a_promotion_with_a_lone_surrogate_label_leaves_the_codebook_whole(clustered: Path) -> None:
    book = clustered.with_name("book.toml")
    book.write_text(BOOK, encoding="utf-8")
    before = book.read_bytes()
    with Store(clustered, read_only=True) as store:
        with pytest.raises(PostedCodebookError, match="label is not valid UTF-8") as err:
            promote(store, 1, book, label="bad \ud800 label")
        assert err.value.status == 422
        with pytest.raises(PostedCodebookError, match="narrative id"):
            promote(store, 1, book, narrative_id="sur\udfffid")
        assert book.read_bytes() == before
        # The codebook still takes promotions: nothing was truncated.
        entry = promote(store, 1, book, narrative_id="harbour-disaster", label="Café \U0001f30a label \x7f")
    assert [n.id for n in load_codebook(book).narratives] == ["coast-sold", "harbour-disaster"]
    assert load_codebook(book).get("harbour-disaster").label == entry["label"] == "Café \U0001f30a label \x7f"
    assert book.read_bytes().startswith(before.rstrip(b"\n"))
    assert [p.name for p in book.parent.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_a_promotion_whose_write_fails_halfway_leaves_the_codebook_and_no_temp_file(clustered: Path) -> None:
    # A real failed write, even as root: the child may write files no larger than the old codebook
    # plus a few bytes (RLIMIT_FSIZE), so writing the longer new text fails with EFBIG partway.
    book = clustered.with_name("book.toml")
    book.write_text(BOOK, encoding="utf-8")
    child = f"""
import resource, signal, sys
from pathlib import Path
from spinscope.service.codebooks import promote
from spinscope.store import Store
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
store = Store({str(clustered)!r}, read_only=True)
resource.setrlimit(resource.RLIMIT_FSIZE, ({len(BOOK) + 20}, resource.RLIM_INFINITY))
try:
    promote(store, 1, Path({str(book)!r}), narrative_id="too-big")
except OSError as exc:
    sys.exit(f"write failed: {{exc.strerror}}")
"""
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "write failed: File too large" in result.stderr, result.stderr
    assert book.read_text(encoding="utf-8") == BOOK
    assert sorted(p.name for p in book.parent.iterdir() if "book" in p.name) == ["book.toml"]


def test_a_promotion_keeps_the_file_mode_and_a_symlinked_codebook_stays_a_link(clustered: Path) -> None:
    real = clustered.with_name("real.toml")
    real.write_text(BOOK, encoding="utf-8")
    real.chmod(0o640)
    link = clustered.with_name("link.toml")
    link.symlink_to(real)
    with Store(clustered, read_only=True) as store:
        promote(store, 1, link, narrative_id="via-link")
    assert link.is_symlink() and "via-link" in real.read_text(encoding="utf-8")
    assert real.stat().st_mode & 0o777 == 0o640


@pytest.mark.slow
def test_the_cli_refuses_a_label_that_is_not_utf8_and_leaves_the_codebook(clustered: Path) -> None:
    book = clustered.with_name("book.toml")
    book.write_text(BOOK, encoding="utf-8")
    cmd = [sys.executable, "-m", "spinscope.cli", "narratives", "promote", "1", "--to", str(book),
           "--db", str(clustered), "--label"]
    result = subprocess.run([*map(os.fsencode, cmd), b"caf\xe9"], capture_output=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert b"not valid UTF-8" in result.stderr
    assert book.read_text(encoding="utf-8") == BOOK
    ok = subprocess.run([*cmd, "café"], capture_output=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert load_codebook(book).narratives[-1].label == "café"


def test_a_blank_id_or_label_is_none_given(clustered: Path) -> None:
    book = clustered.with_name("book.toml")
    with Store(clustered, read_only=True) as store:
        entry = promote(store, 1, book, narrative_id="\n ", label=" \t")
    assert entry["id"].startswith("discovered-1-") and entry["label"].startswith("Mayor Lina Ortiz said")
    assert load_codebook(book).narratives[0].id == entry["id"]


def test_toml_string_round_trips_every_character_toml_allows() -> None:
    import tomllib

    value = "".join(chr(c) for c in range(0, 0x300)) + "\u2028\ufeff\U0001f600"
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


def test_a_posted_codebook_is_parsed_in_memory() -> None:
    book, content = posted_codebook(BOOK)
    assert book.name == "harbour-watch" and [n.id for n in book.narratives] == ["coast-sold"]
    assert content == BOOK.encode()


@pytest.mark.parametrize(("text", "error", "status", "says"), [
    ("name = \"x\"\n[[narrative]\n", PostedCodebookError, 422, "not valid TOML"),
    ("just words", PostedCodebookError, 422, "not valid TOML"),
    ('name = "x"\n', PostedCodebookError, 422, "no [[narrative]] tables"),
    ('name = "\ud800"\n', PostedCodebookError, 422, "not valid UTF-8"),
    ("# " + "x" * default("codebook_max_bytes"), CodebookTooLarge, 413, "at most"),
    ("# " + "é" * (default("codebook_max_bytes") // 2), CodebookTooLarge, 413, "at most"),
    ("".join(f'[[narrative]]\nid = "n{i}"\nlabel = "l"\n' for i in range(default("codebook_max_narratives") + 1)),
     PostedCodebookError, 422, "codebook_max_narratives"),
    ("[[narrative]]\nid = \"n\"\nlabel = \"l\"\nexamples = [" + '"e",' * (default("codebook_max_examples") + 1) + "]\n",
     PostedCodebookError, 422, "codebook_max_examples"),
])
def test_a_posted_codebook_is_refused_with_a_status_and_a_reason(text: str, error: type, status: int,
                                                                 says: str) -> None:
    with pytest.raises(error, match=None) as err:
        posted_codebook(text)
    assert err.value.status == status and says in str(err.value)

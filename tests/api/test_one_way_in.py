"""One way in: the CLI and POST /api/analyze store the same rows; metadata set after ingest.

A real server on 127.0.0.1 (analyzers: parse) and the real CLI, each into its own SQLite file.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from spinscope.store import Store

pytest_plugins = ["conftest_web"]  # start_server, ro_server, corpus_db

CLI = [sys.executable, "-m", "spinscope.cli"]
STATEMENT = ("The ministry said on Monday that reports of shelling near the border were a smear campaign "
             "by the West. It said the army had respected the ceasefire since March.")
OTHER = ("The harbour authority said the new ferry line would open in June. Fares will stay the same "
         "for residents, the authority said, and tourists will pay two euros more.")
ROWS = [
    {"id": "m-1", "title": "Ministry rejects reports", "url": "https://www.alpha-news.example/a/1",
     "published": "May 5, 2026", "text": STATEMENT},
    {"id": "m-2", "title": "Statement on the border", "source": "Beta Daily", "published": "5 May 2026",
     "text": STATEMENT},
    {"id": "ferry", "title": "Ferry line", "published": "2026-06-01T09:30:00+02:00", "text": OTHER},
    {"id": "m-1-again", "title": "Ministry rejects reports", "url": "https://www.alpha-news.example/a/1",
     "published": "May 5, 2026", "text": STATEMENT},
]
# What differs by way in and is no part of what was stored: when, by which run, from which file.
VOLATILE = {"analyzed_at", "added_at", "run_id", "path"}
INPUT_META = {"path", "format", "row"}


def stored_rows(db: Path) -> dict[str, list[dict[str, Any]]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    out: dict[str, list[dict[str, Any]]] = {}
    for table in ("documents", "publications", "sentences", "duplicates", "minhashes"):
        rows = []
        for r in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            row = {k: r[k] for k in r.keys() if k not in VOLATILE}
            if "meta" in row:
                row["meta"] = {k: v for k, v in json.loads(row["meta"]).items() if k not in INPUT_META}
            if table == "duplicates":
                row.pop("source", None)  # the file path the duplicate was read from
            rows.append(row)
        out[table] = rows
    out["errors"] = [dict(r) for r in conn.execute("SELECT count(*) AS n FROM errors")]
    conn.close()
    return out


@pytest.fixture()
def api_db(tmp_path: Path, start_server):  # noqa: ANN201
    db = tmp_path / "api.db"
    Store(db).close()
    with start_server(db) as base:
        yield base, db


@pytest.mark.slow
def test_the_cli_and_the_api_store_the_same_rows(tmp_path: Path, api_db) -> None:
    base, db = api_db
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    cli_db = tmp_path / "cli.db"
    run = subprocess.run([*CLI, "analyze", str(feed), "--db", str(cli_db), "-a", "parse", "-q"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    outcomes = []
    for row in ROWS:
        resp = httpx.post(base + "/api/analyze", json={**row, "save": True}, timeout=120)
        assert resp.status_code == 200, resp.text
        outcomes.append(resp.json()["outcome"])
    assert outcomes == ["analyzed", "republished", "analyzed", "duplicate"]
    cli, api = stored_rows(cli_db), stored_rows(db)
    assert api == cli
    assert [(p["id"], p["doc_id"], p["source"], p["published"]) for p in api["publications"]] == [
        ("m-1", "m-1", "alpha-news.example", "2026-05-05"),
        ("m-2", "m-1", "Beta Daily", "2026-05-05"),
        ("ferry", "ferry", None, "2026-06-01T09:30:00+02:00"),
    ]
    # A republication's id resolves to the text, with its own metadata.
    doc = httpx.get(base + "/api/documents/m-2", timeout=30).json()
    assert (doc["id"], doc["source"], doc["title"]) == ("m-1", "Beta Daily", "Statement on the border")


@pytest.mark.slow
def test_metadata_set_by_cli_api_and_form_go_through_one_parser(tmp_path: Path, api_db) -> None:
    base, db = api_db
    for row in ROWS[:2]:
        assert httpx.post(base + "/api/analyze", json={**row, "save": True}, timeout=120).status_code == 200
    resp = httpx.post(base + "/api/documents/m-2/metadata", json={"published": "June 7, 2026", "title": "New title"},
                      timeout=30)
    assert resp.status_code == 200, resp.text
    assert (resp.json()["published"], resp.json()["title"], resp.json()["source"]) == ("2026-06-07", "New title", "Beta Daily")
    bad = httpx.post(base + "/api/documents/m-2/metadata", json={"published": "next Tuesday-ish"}, timeout=30)
    assert bad.status_code == 400 and "cannot be read" in bad.json()["error"]
    assert httpx.post(base + "/api/documents/nope/metadata", json={"title": "x"}, timeout=30).status_code == 404
    form = httpx.post(base + "/documents/m-1/metadata", data={"title": "Form title", "source": "",
                      "url": "https://gamma.example/n/1", "published": "2026-05-06"}, timeout=30)
    assert form.status_code == 303
    page = httpx.get(base + "/documents/m-1", timeout=30).text
    assert "Form title" in page and 'id="metadata-form"' in page and "Published 2 times" in page
    edit = subprocess.run([*CLI, "edit", "m-2", "--db", str(db), "--published", "8 May 2026", "--source", ""],
                          capture_output=True, text=True, timeout=120)
    assert edit.returncode == 0, edit.stderr
    with Store(db, read_only=True) as store:
        pubs = {p["id"]: p for p in store.publications("m-1")}
    assert (pubs["m-1"]["title"], pubs["m-1"]["source"], pubs["m-1"]["url"]) == ("Form title", None, "https://gamma.example/n/1")
    assert (pubs["m-2"]["published"], pubs["m-2"]["source"], pubs["m-2"]["title"]) == ("2026-05-08", None, "New title")
    spec = httpx.get(base + "/api/openapi.json", timeout=30).json()
    assert "post" in spec["paths"]["/api/documents/{doc_id}/metadata"]


def test_the_metadata_route_is_refused_read_only(ro_server: str, corpus_db) -> None:
    resp = httpx.post(ro_server + "/api/documents/a1/metadata", json={"title": "x"}, timeout=30)
    assert resp.status_code == 403 and "read-only" in resp.json()["error"]


def test_a_text_posted_with_a_codebook_is_saved_the_one_way_in(api_db) -> None:
    base, db = api_db
    codebook = (Path(__file__).resolve().parents[2] / "examples" / "narratives" / "codebook.toml").read_text(encoding="utf-8")
    text = ("The so-called investigation is a shameless smear cooked up by Western media. "
            "Foreign outlets invent stories to blacken Veloria's name, the ministry said on Monday.")
    resp = httpx.post(base + "/api/analyze", json={"text": text, "id": "cb-1", "published": "May 5, 2026",
                                                   "url": "https://www.velgrad-news.example/a", "save": True,
                                                   "codebook": codebook}, timeout=300)
    assert resp.status_code == 200, resp.text
    assert resp.json()["outcome"] == "analyzed"
    with Store(db, read_only=True) as store:
        doc = store.get("cb-1")
        runs = store.runs()
        signed = [d for d, _ in store.iter_signatures()]
    assert (doc.published, doc.source) == ("2026-05-05", "velgrad-news.example")  # normalised as at ingest
    assert "codebook" in [a["name"] for a in json.loads(runs[-1]["pipeline"])["analyzers"]]
    assert runs[-1]["status"] == "finished" and runs[-1]["n_docs"] == 1 and "cb-1" in signed

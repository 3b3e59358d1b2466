"""The review routes on a real server over a real SQLite file (issue 25): writes name their reviewer, the
audit list keeps every change, concurrent reviewers lose nothing, read-only servers refuse writes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from conftest_web import build_corpus, run_server
from spinscope.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "review.db"
    build_corpus(path)
    return path


def _doc_with_techniques(base: str) -> tuple[str, list[dict]]:
    docs = httpx.get(f"{base}/api/documents", params={"limit": 200}).json()["documents"]
    for row in docs:
        doc = httpx.get(f"{base}/api/documents/{row['id']}").json()
        if len(doc["techniques"]) >= 2:
            return row["id"], doc["techniques"]
    raise AssertionError("the test corpus has a document with two techniques")


@pytest.mark.slow
def test_review_round_trip_and_audit(db):
    with run_server(db) as base:
        doc_id, techniques = _doc_with_techniques(base)
        t = techniques[0]
        key = f"{t['start']}:{t['end']}:{t['technique']}"
        r = httpx.post(f"{base}/api/documents/{doc_id}/reviews",
                       json={"layer": "techniques", "action": "reject", "key": key, "reviewer": "ann"})
        assert r.status_code == 200, r.text
        assert key not in {f"{x['start']}:{x['end']}:{x['technique']}" for x in r.json()["document"]["techniques"]}
        # No reviewer, an unknown key, an item outside the text: refused with a clear reason.
        assert httpx.post(f"{base}/api/documents/{doc_id}/reviews",
                          json={"layer": "techniques", "action": "reject", "key": key}).status_code == 422
        missing = httpx.post(f"{base}/api/documents/{doc_id}/reviews",
                             json={"layer": "techniques", "action": "reject", "key": "0:1:Doubt", "reviewer": "ann"})
        assert missing.status_code == 404 and "0:1:Doubt" in missing.json()["error"]
        far = httpx.post(f"{base}/api/documents/{doc_id}/reviews",
                         json={"layer": "claims", "action": "add", "item": {"start": 0, "end": 10**6, "score": 1},
                               "reviewer": "ann"})
        assert far.status_code == 422
        log = httpx.get(f"{base}/api/reviews", params={"doc_id": doc_id, "log": True}).json()["reviews"]
        assert [(e["action"], e["reviewer"], e["before"]["technique"]) for e in log] == [("reject", "ann", t["technique"])]
        queue = httpx.get(f"{base}/api/reviews/queue", params={"layer": "techniques"}).json()["items"]
        assert key not in [q["key"] for q in queue if q["doc_id"] == doc_id]
        scores = [q["score"] for q in queue]
        assert scores == sorted(scores)


@pytest.mark.slow
def test_fifty_concurrent_reviewers_lose_nothing(db):
    with run_server(db) as base:
        docs = httpx.get(f"{base}/api/documents", params={"limit": 200}).json()["documents"]
        ids = [d["id"] for d in docs]

        def one(i: int) -> int:
            doc_id = ids[i % len(ids)]
            item = {"start": 0, "end": 5 + i % 7, "technique": "Doubt", "score": 1.0}
            r = httpx.post(f"{base}/api/documents/{doc_id}/reviews", timeout=60,
                           json={"layer": "techniques", "action": "add", "item": item, "reviewer": f"r{i}"})
            return r.status_code

        with ThreadPoolExecutor(50) as pool:
            codes = list(pool.map(one, range(50)))
        assert codes == [200] * 50
        log = httpx.get(f"{base}/api/reviews", params={"log": True, "limit": 1000}).json()["reviews"]
        assert sorted(e["reviewer"] for e in log) == sorted(f"r{i}" for i in range(50))
    with Store(db, read_only=True) as store:
        added = {(r["doc_id"], r["key"]) for r in store.reviews() if r["action"] == "add"}
        assert len(added) == len({(ids[i % len(ids)], f"0:{5 + i % 7}:Doubt") for i in range(50)})
        for doc_id, key in added:
            assert key in {f"{t.start}:{t.end}:{t.technique}" for t in store.get(doc_id).techniques}


@pytest.mark.slow
def test_read_only_server_refuses_review_writes(db):
    with run_server(db, "--read-only") as base:
        r = httpx.post(f"{base}/api/aliases", json={"names": ["Ortiz"], "into": "Lina Ortiz", "reviewer": "ann"})
        assert r.status_code == 403
        r = httpx.post(f"{base}/api/collections", json={"name": "x", "ids": [], "reviewer": "ann"})
        assert r.status_code == 403
        assert httpx.get(f"{base}/api/quality").status_code == 200


@pytest.mark.slow
def test_merge_and_collections_over_http(db):
    with run_server(db) as base:
        r = httpx.post(f"{base}/api/aliases", json={"names": ["Tom Becker"], "into": "Thomas Becker", "reviewer": "ann"})
        assert r.status_code == 200, r.text
        assert r.json()["documents"]
        speakers = httpx.get(f"{base}/api/speakers").json()
        names = {s["speaker"] for s in speakers["speakers"]}
        assert "Thomas Becker" in names and "Tom Becker" not in names
        ids = [d["id"] for d in httpx.get(f"{base}/api/documents").json()["documents"]][:2]
        r = httpx.post(f"{base}/api/collections", json={"name": "harbour", "ids": ids, "reviewer": "ann"})
        assert r.json()["documents"] == 2
        assert httpx.get(f"{base}/api/collections").json()["collections"][0]["name"] == "harbour"


@pytest.mark.slow
def test_collect_form_takes_the_corpus_filters(db):
    with run_server(db) as base:
        total = httpx.get(f"{base}/api/documents", params={"q": "harbour"}).json()["count"]
        r = httpx.post(f"{base}/collections/add", data={"name": "harbour set", "q": "harbour"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/?collection=harbour%20set"
        assert httpx.get(f"{base}/api/documents", params={"collection": "harbour set"}).json()["count"] == total > 0


@pytest.mark.slow
def test_cross_site_review_is_refused(db):
    with run_server(db) as base:
        doc_id, techniques = _doc_with_techniques(base)
        t = techniques[0]
        body = {"layer": "techniques", "action": "reject", "key": f"{t['start']}:{t['end']}:{t['technique']}",
                "reviewer": "mallory"}
        r = httpx.post(f"{base}/api/documents/{doc_id}/reviews", json=body, headers={"Origin": "http://evil.example"})
        assert r.status_code == 403
        form = httpx.post(f"{base}/documents/{doc_id}/review", data={**body, "layer": "techniques"},
                          headers={"Origin": "http://evil.example"})
        assert form.status_code == 403
        assert httpx.get(f"{base}/api/reviews", params={"doc_id": doc_id}).json()["reviews"] == []


@pytest.mark.slow
def test_quality_page_matches_the_reviews(db):
    with run_server(db) as base:
        doc_id, techniques = _doc_with_techniques(base)
        for t, action in zip(techniques[:2], ("accept", "reject"), strict=True):
            httpx.post(f"{base}/api/documents/{doc_id}/reviews", json={
                "layer": "techniques", "action": action, "key": f"{t['start']}:{t['end']}:{t['technique']}",
                "reviewer": "ann"}).raise_for_status()
        q = httpx.get(f"{base}/api/quality").json()["layers"]["techniques"]
        assert (q["accepted"], q["rejected"], q["precision"]) == (1, 1, 0.5)
        page = httpx.get(f"{base}/quality")
        assert page.status_code == 200 and "precision 0.50 on 2 judged" in page.text


@pytest.mark.slow
def test_actor_form_edits_role_and_removes_a_label(db):
    with run_server(db) as base:
        docs = [httpx.get(f"{base}/api/documents/{r['id']}").json()
                for r in httpx.get(f"{base}/api/documents").json()["documents"]]
        doc = next(d for d in docs if any(e["labels"] for e in d["entities"]))
        actor = next(e for e in doc["entities"] if e["labels"])
        key = "actor:" + " ".join(actor["name"].split()).casefold()
        r = httpx.post(f"{base}/documents/{doc['id']}/review", follow_redirects=False, data={
            "layer": "entities", "action": "edit", "key": key, "reviewer": "ann", "role": "innocent",
            "labels_shown": "1"})  # every label unticked
        assert r.status_code == 303, r.text
        after = httpx.get(f"{base}/api/documents/{doc['id']}").json()
        edited = next(e for e in after["entities"] if e["name"] == actor["name"])
        assert edited["labels"] == [] and edited["role"]["main"] == "innocent"

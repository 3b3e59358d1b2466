"""SQLite reads for campaigns and outlet profiles: one linear scan per table, grouped per document.

No query here pairs documents: the campaign code blocks candidates by time window and by MinHash
bands or claim-vector neighbours (``spinscope.campaigns.candidates``), so the store only hands out
rows. Each method returns plain rows; documents without a date or an outlet are included (their
``published``/``source`` is None) so callers can count them.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from spinscope.store.sqlite_corpus import DOC_COVERAGE_SQL


class SQLiteCampaignQueries:
    """Per-document rows for :mod:`spinscope.campaigns`; mixed into the SQLite store."""

    conn: sqlite3.Connection

    def _has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None

    def campaign_documents(self) -> list[dict[str, Any]]:
        """Every publication (id, and ``doc_id`` its text's), its title, outlet, date and url, with its
        text's issuer, size and near-duplicate link, in the order added: one text published by three
        outlets is three rows."""
        rows = self.conn.execute(
            "SELECT p.id, p.doc_id, p.title, p.source, p.published, p.url, d.issuer, d.lang, d.word_count, "
            "length(d.text) AS chars, d.near_duplicate_of FROM publications p JOIN documents d ON d.id = p.doc_id "
            "ORDER BY p.rowid"
        )
        return [dict(r) for r in rows]

    def document_narratives(self) -> list[dict[str, Any]]:
        """(doc_id, taxonomy, id, label, score, stance) of every narrative label; empty before the layer exists."""
        if not self._has_table("narratives"):
            return []
        try:  # stance: the column the narratives layer gained in issue 23 (older read-only files lack it)
            rows = self.conn.execute("SELECT doc_id, taxonomy, id, label, score, stance FROM narratives ORDER BY doc_id, idx")
        except sqlite3.OperationalError:
            rows = self.conn.execute("SELECT doc_id, taxonomy, id, label, score, NULL AS stance FROM narratives "
                                     "ORDER BY doc_id, idx")
        return [dict(r) for r in rows]

    def document_technique_counts(self) -> list[tuple[str, str, int]]:
        """(doc_id, technique, spans)."""
        rows = self.conn.execute("SELECT doc_id, technique, count(*) FROM techniques GROUP BY doc_id, technique")
        return [(r[0], r[1], int(r[2])) for r in rows]

    def document_technique_chars(self) -> dict[str, int]:
        """doc_id -> characters inside at least one technique span."""
        return {r[0]: int(r[1] or 0) for r in self.conn.execute(DOC_COVERAGE_SQL)}

    def document_speakers(self) -> list[tuple[str, str, int]]:
        """(doc_id, speaker, quotes) for attributed quotes."""
        rows = self.conn.execute(
            "SELECT doc_id, speaker_name, count(*) FROM quotes WHERE speaker_name IS NOT NULL GROUP BY doc_id, speaker_name"
        )
        return [(r[0], r[1], int(r[2])) for r in rows]

    def speaker_claim_denials(self) -> dict[str, tuple[int, int]]:
        """asserter -> (claims asserted, of which denied by someone), over the corpus."""
        out: dict[str, list[int]] = {}
        for r in self.conn.execute("SELECT asserted_by, denied_by FROM claims WHERE asserted_by IS NOT NULL"):
            counts = out.setdefault(r[0], [0, 0])
            counts[0] += 1
            counts[1] += 1 if json.loads(r[1] or "[]") else 0
        return {k: (v[0], v[1]) for k, v in out.items()}

    def claim_contexts(self, chars: int = 160) -> dict[tuple[str, int], tuple[str, str]]:
        """(doc_id, idx) -> (up to ``chars`` characters before the claim, up to ``chars`` after it).

        The claim's own sentence often carries its stance ("The claim that ... is false"), while the
        claims layer may hold only the proposition.
        """
        rows = self.conn.execute(
            'SELECT c.doc_id, c.idx, substr(d.text, max(1, c.start + 1 - ?), min(c.start, ?)) AS before, '
            'substr(d.text, c."end" + 1, ?) AS after FROM claims c JOIN documents d ON d.id = c.doc_id',
            (chars, chars, chars),
        )
        return {(r[0], r[1]): (r[2] or "", r[3] or "") for r in rows}

"""Every tunable default in one table: name, default and help (Datasette's ``SETTINGS`` is the model).

The CLI options (and ``python -m spinscope.web``) take their defaults and ``--help`` text from here,
``spinscope settings`` prints the table, and ingest and the batch engine read their defaults from it,
so a default is stated once.
This module is plain data at the bottom of the package: it imports nothing from spinscope.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db_path", "spinscope.db", "SQLite file that holds documents and annotations."),
    Setting("max_bytes", 5_000_000,
            "Largest article accepted, in bytes: a .txt/.html file, or one row of a .jsonl/.csv/.json file."),
    Setting("max_table_bytes", 2_000_000_000,
            "Largest .jsonl/.csv/.json file read, in bytes (each of its rows is held to max_bytes)."),
    Setting("near_duplicate_threshold", 0.7,
            "Similarity (0-1, 5-word shingles) at which a document is flagged as a near-duplicate of an "
            "earlier one."),
    Setting("batch_size", 16, "Documents handed to the pipeline at once during `spinscope analyze`."),
    Setting("report_path", "spinscope-report.html", "Where --format html writes without --out."),
    Setting("host", "127.0.0.1", "Interface `spinscope serve` listens on; keep 127.0.0.1 unless you mean to share."),
    Setting("port", 8000, "Port `spinscope serve` listens on."),
    Setting("max_upload_bytes", 2_000_000,
            "Largest request body (pasted text or upload) the web app accepts, in bytes; larger ones get 413."),
    Setting("page_size", 50, "Documents per page in the web app and the API when no ?limit= is given."),
    Setting("max_page_size", 200, "Largest ?limit= the web app and the API accept."),
    Setting("response_cache_mb", 64,
            "Memory (MB) each web server process spends replaying finished GET answers until the store "
            "changes; 0 turns the cache off."),
    Setting("workers", 1, "Web server processes on one port; more than 1 needs --read-only."),
    Setting("allowed_hosts", (),
            "Host names the web server answers besides the address it is bound to (and localhost on a "
            "loopback address); any other Host header gets 400, against DNS rebinding."),
    Setting("codebook_max_bytes", 200_000,
            "Largest codebook (TOML, in bytes) the web app and the API accept with a posted text; larger "
            "ones get 413 before any parsing."),
    Setting("codebook_max_narratives", 200,
            "Most [[narrative]] tables in a posted codebook; more get 422 before any embedding."),
    Setting("codebook_max_examples", 1_000,
            "Most examples, all narratives together, in a posted codebook; more get 422 before any embedding."),
    Setting("contradictions_limit", 50, "Pairs `spinscope contradictions` shows at most."),
    # Per layer, the score an item needs to be shown by default (views only: the store and exports keep
    # everything). Chosen on our labelled splits; figures and the reasons in docs/quality.md.
    Setting("min_score", {"techniques": 0.75, "claims": 0.45, "quotes": 0.6, "roles": 0.6, "labels": 0.7,
                          "narratives": 0.8},
            "Per layer, the lowest score shown by default (pages, API reads, `show`); raise or lower it with "
            "--min-score LAYER=VALUE or ?min_score=LAYER:VALUE. Figures per layer: docs/quality.md."),
    Setting("calibrate_min_reviews", 30,
            "Reviewed items with a score a layer needs before `spinscope calibrate` changes its default minimum "
            "score."),
    Setting("review_token_env", "SPINSCOPE_TOKEN",
            "Environment variable holding the token `spinscope serve` requires when bound to anything but loopback."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    """The setting called ``name``; a KeyError names the known ones (a typo is a programming error)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no setting {name!r}; known: {', '.join(_BY_NAME)}") from None


def default(name: str) -> Any:
    return setting(name).default


def defaults() -> dict[str, Any]:
    """``{name: default}`` for every setting, in table order."""
    return {s.name: s.default for s in SETTINGS}

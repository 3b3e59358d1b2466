"""One self-contained HTML report: inline CSS, no scripts, no external assets."""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from spinscope.core.document import Document
from spinscope.export._atomic import atomic_text
from spinscope.export._summary import summarize
from spinscope.highlight import css, highlight_article, legend

_TEMPLATES = Path(__file__).parent / "templates"
INDEX_LAYERS = ("techniques", "quotes", "claims", "entities", "sentences")

REPORT_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:64rem;
padding:0 1rem 3rem;color:#1a1a1a;background:#fff}
h1{margin:.8em 0 .2em} h2.small{font-size:1rem;margin:.8em 0 0} .lede{color:#555;margin:0}
.toggles{position:sticky;top:0;background:#fffe;padding:.4em 0;border-bottom:1px solid #ddd;z-index:1}
.toggles label{margin:0 .9em 0 .2em}
table.index{border-collapse:collapse;width:100%;font-size:.92rem}
table.index th,table.index td{border-bottom:1px solid #e5e5e5;padding:.25em .4em;text-align:left;vertical-align:top}
.num{text-align:right!important;font-variant-numeric:tabular-nums}
article.doc{border-top:3px solid #333;margin-top:2.5em;padding-top:.5em}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 1em;font-size:.9rem;color:#444}
dl.meta dt{font-weight:600} dl.meta dd{margin:0;overflow-wrap:anywhere}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.8em;margin:1em 0}
.summary section{background:#f7f7f7;border-radius:6px;padding:.3em .8em .6em;font-size:.92rem}
.summary h3{margin:.3em 0;font-size:1rem} .summary ul{padding-left:1.1em;margin:.2em 0}
.summary li>ul{padding-left:.9em} .kind{font-size:.8em;color:#666;text-transform:uppercase}
.none{color:#888;font-style:italic;margin:.2em 0} .error{background:#fee;border-left:4px solid #c00;padding:.3em .6em}
.back{text-align:right;font-size:.9rem} .dup{color:#a33} .table-wrap{overflow-x:auto}
@media print{.toggles,.back{display:none} article.doc{break-before:page}} footer{color:#777;font-size:.85rem;margin-top:3em}
#show-techniques:not(:checked)~main mark.ss-tech{background:transparent}
#show-quotes:not(:checked)~main .ss-article .ss-quote{border-bottom-color:transparent}
#show-quotes:not(:checked)~main .ss-article :is(.ss-speaker,.ss-cue){color:inherit;font-weight:inherit;font-style:inherit}
#show-claims:not(:checked)~main .ss-article .ss-claim{text-decoration:none}
#show-entities:not(:checked)~main .ss-article .ss-ent{border-bottom:none}
"""

_env = Environment(
    loader=FileSystemLoader(_TEMPLATES),
    autoescape=True,  # every value is escaped unless it is already Markup (highlight_article's output)
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _version() -> str:
    try:
        return version("spinscope")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "dev"


# Shown in their own way (errors as warnings, near duplicates as links), not as plain facts.
_SPECIAL_META = {"analysis_errors", "near_duplicate_of", "near_duplicate_similarity"}


def _facts(doc: Document) -> list[tuple[str, str]]:
    """Scalar ingestion facts from ``doc.meta`` (file, hash, pipeline...) worth showing a reader."""
    return [
        (str(k), str(v))
        for k, v in sorted(doc.meta.items())
        if k not in _SPECIAL_META and isinstance(v, str | int | float | bool) and v != ""
    ]


def _near_duplicate(doc: Document, anchors: dict[str, int]) -> dict[str, Any] | None:
    """The earlier document this one republishes, with an in-report anchor when it is in the report."""
    other = doc.meta.get("near_duplicate_of")
    if not other:
        return None
    similarity = doc.meta.get("near_duplicate_similarity")
    return {
        "id": str(other),
        "anchor": anchors.get(str(other)),
        "similarity": f"{float(similarity):.0%}" if isinstance(similarity, int | float) else None,
    }


def _url_ok(url: str | None) -> bool:
    # Only web links become clickable; javascript:, data: and the like stay plain text.
    return bool(url) and url.strip().lower().startswith(("http://", "https://"))


def report_context(docs: Iterable[Document], title: str) -> dict[str, Any]:
    """Everything the report template shows, as one dict."""
    docs = list(docs)
    anchors: dict[str, int] = {}
    for i, d in enumerate(docs, start=1):
        anchors.setdefault(d.id, i)
    items = [
        {
            "near": _near_duplicate(d, anchors),
            "doc": d,
            "summary": summarize(d),
            "article": highlight_article(d),
            "facts": _facts(d),
            "url_ok": _url_ok(d.url),
        }
        for d in docs
    ]
    totals = {layer: sum(i["summary"]["counts"][layer] for i in items) for layer in INDEX_LAYERS}
    techniques = sorted({t.technique for i in items for t in i["doc"].techniques})
    return {
        "title": title,
        "docs": items,
        "totals": totals,
        "layers": list(INDEX_LAYERS[:4]),
        # The full palette when nothing was found, so the legend still explains the colours.
        "legend": legend(techniques or None),
        "css": css() + REPORT_CSS,
        "version": _version(),
    }


def render_report(docs: Iterable[Document], title: str = "spinscope report") -> str:
    """The report as one HTML string."""
    return _env.get_template("report.html").render(**report_context(docs, title))


def write_html_report(docs: Iterable[Document], path: str | Path, title: str = "spinscope report") -> Path:
    """Write one self-contained HTML report (legend, index, per-document summary, highlighted text).

    The file needs nothing else to open: CSS is inline, there is no JavaScript, and its
    Content-Security-Policy forbids scripts and outside requests. Returns the path written.
    """
    out = Path(path)
    if out.parent != Path(""):
        out.parent.mkdir(parents=True, exist_ok=True)
    html = render_report(docs, title)
    with atomic_text(out) as fp:
        fp.write(html)
    return out

"""The outlet of a document when its source field is missing (the domain of its URL), and its date.

``https://www.nordhaven-wire.example/2025/06/13/x`` is published by ``nordhaven-wire.example``;
``www.``, ``m.`` and ``amp.`` prefixes name the same outlet and are dropped. The outlet is a name
the user can rename later (a source field always wins over the domain).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from spinscope.core.document import Document
from spinscope.ingest.dates import DateError, normalize_date

# Prefixes that name another front end of the same outlet, not another outlet.
SAME_OUTLET_PREFIXES = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.")


def outlet_from_url(url: str | None) -> str | None:
    """The outlet's domain, lower case and without ``www.``-like prefixes; None when there is none.

    >>> outlet_from_url("https://www.Nordhaven-Wire.example/2025/06/13/grain")
    'nordhaven-wire.example'
    >>> outlet_from_url("not a url") is None
    True
    """
    if not url or not url.strip():
        return None
    text = url.strip()
    if "://" not in text:
        if text.startswith("//"):
            text = "http:" + text
        else:
            return None
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower().rstrip(".")
    for prefix in SAME_OUTLET_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
            break
    return host


def fill_metadata(doc: Document) -> Document:
    """Dates to ISO 8601 and a missing outlet from the URL, recording in ``meta`` what was changed.

    An ISO 8601 date is kept exactly as written. Another recognised form is rewritten, the original
    kept as ``meta["published_raw"]``. An unrecognised date is not guessed: ``published`` becomes
    None (the document counts as undated everywhere) and ``meta["published_raw"]`` and
    ``meta["published_error"]`` say what was there and why it was not read.
    """
    raw = doc.published
    if raw is not None and raw.strip():
        try:
            iso = normalize_date(raw)
        except DateError as exc:
            doc.published = None
            doc.meta["published_raw"] = raw
            doc.meta["published_error"] = str(exc)
        else:
            if not _is_iso(raw):
                doc.published = iso
                doc.meta["published_raw"] = raw
    elif raw is not None:
        doc.published = None
    if not doc.source:
        outlet = outlet_from_url(doc.url)
        if outlet:
            doc.source = outlet
            doc.meta["source_from"] = "url"
    return doc


def _is_iso(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True

"""Setting a publication's metadata after ingest: one function for the CLI, the API and the article page.

Values are read as ingest reads them: a date in any form ``spinscope analyze`` accepts becomes ISO
8601 (the same parser, :func:`spinscope.ingest.dates.normalize_date`), an empty value clears a field,
and an outlet left unset is taken from a new URL's domain, as at ingest.
"""

from __future__ import annotations

from typing import Any

from spinscope.errors import NotFoundError
from spinscope.ingest.dates import DateError, normalize_date
from spinscope.ingest.outlets import outlet_from_url
from spinscope.store import QueryError, StoreProtocol

FIELDS = ("title", "source", "url", "published")


def metadata_changes(fields: dict[str, str | None]) -> dict[str, str | None]:
    """The columns to write for the given fields: stripped, empty as None, dates normalised.

    Raises QueryError naming the field for a date that cannot be read or a field that is not metadata.
    """
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise QueryError(f"Not publication metadata: {', '.join(unknown)}; these can be set: {', '.join(FIELDS)}.")
    out: dict[str, str | None] = {}
    for name, value in fields.items():
        text = value.strip() if isinstance(value, str) else None
        out[name] = text or None
    if out.get("published"):
        try:
            out["published"] = normalize_date(out["published"])
        except DateError as exc:
            raise QueryError(f"The date {fields['published']!r} cannot be read: {exc}") from None
    if out.get("url") and "source" not in fields:
        outlet = outlet_from_url(out["url"])
        if outlet:
            out["source"] = outlet
    return out


def set_metadata(store: StoreProtocol, pub_id: str, fields: dict[str, str | None]) -> dict[str, Any]:
    """Set a publication's metadata; returns the publication as stored (NotFoundError if unknown)."""
    changes = metadata_changes(fields)
    if store.publication(pub_id) is None:
        raise NotFoundError(f"No publication with id {pub_id!r}.")
    if not changes:
        raise QueryError("Nothing to change: give at least one of " + ", ".join(FIELDS) + ".")
    return store.update_metadata(pub_id, **changes)

"""Publication dates as news metadata writes them, read into one form: ISO 8601, timezone kept.

Feeds and CMSs write dates in many ways: ISO 8601 (``2019-09-24T14:05:00+02:00``), RFC 2822 from
RSS (``Tue, 24 Sep 2019 14:05:00 +0200``), and the forms printed in datelines ("September 24, 2019",
"24 September 2019", "24.09.2019 14:05", "2019/09/24"). :func:`normalize_date` turns any of these
into an ISO 8601 string, so the store can sort and group by it as text (``substr(published, 1, 7)``
is the month). A stated offset is kept as written; a date without one stays naive (we do not guess
the outlet's timezone). Numeric day/month dates are read day first (``24.09.2019``, ``03/04/2019`` =
3 April), the European and wire convention; a US-style ``09/24/2019`` is read month first only when
the first number cannot be a month.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime, timedelta, timezone

MONTHS = {
    name: i
    for i, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
_ZONE = r"(?:\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2}))?"
_WEEKDAY = r"(?:[A-Za-z]{3,9},?\s+)?"
PATTERNS = [
    # September 24, 2019 [14:05]
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}{_ZONE}$"),
    # 24 September 2019 [14:05]
    re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}{_ZONE}$"),
    # 24.09.2019 14:05, 24/09/2019, 24-09-2019
    re.compile(rf"^(?P<day>\d{{1,2}})[./-](?P<num_month>\d{{1,2}})[./-](?P<year>\d{{4}}){_TIME}{_ZONE}$"),
    # 2019/09/24 14:05, 2019.09.24
    re.compile(rf"^(?P<year>\d{{4}})[./](?P<num_month>\d{{1,2}})[./](?P<day>\d{{1,2}}){_TIME}{_ZONE}$"),
]


class DateError(ValueError):
    """A date string in none of the supported forms; the message names the value."""


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    if text in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _from_match(m: re.Match[str]) -> datetime:
    g = m.groupdict()
    if g.get("month"):
        month = MONTHS.get(g["month"].lower())
        if month is None:
            raise DateError(f"unknown month name {g['month']!r}")
        day = int(g["day"])
    else:
        day, month = int(g["day"]), int(g["num_month"])
        if month > 12 >= day and "year" in g and m.re is PATTERNS[2]:
            day, month = month, day  # 09/24/2019 can only be month first
    hour, minute, second = int(g.get("hour") or 0), int(g.get("minute") or 0), int(g.get("second") or 0)
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return datetime(int(g["year"]), month, day, hour, minute, second, tzinfo=_zone(g.get("zone")))


def parse_date(value: str) -> datetime:
    """The datetime a metadata string names (aware when it states an offset, else naive).

    >>> parse_date("Tue, 24 Sep 2019 14:05:00 +0200").isoformat()
    '2019-09-24T14:05:00+02:00'
    >>> parse_date("September 24, 2019").isoformat()
    '2019-09-24T00:00:00'
    >>> parse_date("24.09.2019 14:05").isoformat()
    '2019-09-24T14:05:00'
    """
    text = " ".join(value.split())
    if not text:
        raise DateError("empty date")
    iso = text[:-1] + "+00:00" if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    for pattern in PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                return _from_match(m)
            except ValueError as exc:
                raise DateError(f"{value!r} is not a real date: {exc}") from exc
    try:
        # RFC 2822 forms the patterns above miss (obsolete zone names such as EST, two-digit years).
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed
    raise DateError(
        f"unrecognised date {value!r}; expected ISO 8601 (2019-09-24T14:05+02:00), RFC 2822 "
        "(Tue, 24 Sep 2019 14:05:00 +0200), 'September 24, 2019' or '24.09.2019 14:05'"
    )


def to_iso(moment: datetime | date) -> str:
    """ISO 8601 text; whole days without a time stay a bare date (``2019-09-24``)."""
    if isinstance(moment, datetime):
        if moment.time() == datetime.min.time() and moment.tzinfo is None:
            return moment.date().isoformat()
        return moment.isoformat()
    return moment.isoformat()


def normalize_date(value: str) -> str:
    """``value`` rewritten as ISO 8601 (see :func:`parse_date`); raises :class:`DateError`.

    >>> normalize_date("24 September 2019 2:05 pm GMT")
    '2019-09-24T14:05:00+00:00'
    """
    return to_iso(parse_date(value))


def as_utc(value: str | None) -> datetime | None:
    """A stored ISO date as an aware UTC datetime for comparing across outlets, or None if undated.

    A naive date (no stated offset) is taken as UTC: an outlet's local midnight is then off by its
    offset at most, well inside the default campaign window of 24 hours.
    """
    if not value:
        return None
    try:
        moment = parse_date(value)
    except DateError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)

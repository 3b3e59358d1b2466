"""Metadata at the top of a ``.txt`` file: a block of ``Key: value`` lines, then a blank line.

::

    Title: Ministry rejects the report
    Source: Nordhaven Wire
    URL: https://nordhaven-wire.example/2026/05/05/statement
    Published: May 5, 2026

    The ministry said on Monday ...

Keys (any case): ``Title``, ``Source`` (or ``Outlet``), ``URL``, ``Published`` (or ``Date``), each at
most once. The block counts only when every line up to the first blank line is such a key and an
article follows; otherwise the file is all text, as before. The stored text is what follows the
blank line, exactly (offsets index it); ``meta["text_offset"]`` says where it starts in the file.
"""

from __future__ import annotations

import re

KEYS = {"title": "title", "source": "source", "outlet": "source", "url": "url", "published": "published",
        "date": "published"}
_LINE = re.compile(r"(?P<key>[A-Za-z]+):[ \t]*(?P<value>.*?)[ \t]*")


def split_header(text: str) -> tuple[dict[str, str], int]:
    """The header's fields and the offset where the article starts; ``({}, 0)`` when there is none.

    >>> split_header("Title: Rain\\nDate: 2026-05-05\\n\\nIt rained.")
    ({'title': 'Rain', 'published': '2026-05-05'}, 30)
    >>> split_header("Rain all day\\n\\nIt rained.")
    ({}, 0)
    """
    fields: dict[str, str] = {}
    pos = 0
    while True:
        end = text.find("\n", pos)
        if end < 0:
            return {}, 0  # no blank line after it: the whole file is the article
        line = text[pos:end].removesuffix("\r")
        if not line.strip():
            return (fields, end + 1) if fields and text[end + 1 :].strip() else ({}, 0)
        m = _LINE.fullmatch(line)
        key = KEYS.get(m["key"].lower()) if m else None
        if key is None or key in fields:
            return {}, 0
        fields[key] = m["value"] if m else ""
        pos = end + 1

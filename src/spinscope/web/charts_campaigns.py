"""Server-rendered SVG for the campaign pages: the outlet network and a campaign's timeline.

As in :mod:`spinscope.web.charts`: no script, colours as SVG presentation attributes (CSP
``style-src 'self'`` blocks inline styles), every label escaped, a ``<title>`` on each mark.
"""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape

from spinscope.web.charts import _clip, _svg

# Community colours (ColorBrewer Set2, colour-blind safe), repeated past eight communities.
PALETTE = ("#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3")


def network(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], title: str,
            highlight: set[str] | None = None) -> Markup:
    """Outlets on a circle (grouped by community), edges as lines as thick as their weight."""
    if not nodes:
        return Markup('<p class="empty">No outlets yet.</p>')
    linked = {e["source"] for e in edges} | {e["target"] for e in edges}
    shown = sorted((n for n in nodes if n["outlet"] in linked or (highlight and n["outlet"] in highlight)),
                   key=lambda n: (n["community"] if n["community"] is not None else 1 << 30, n["outlet"]))
    if not shown:
        return Markup('<p class="empty">No two outlets published the same story within the window.</p>')
    size, radius = 560, 190
    cx = cy = size / 2
    pos = {}
    for i, n in enumerate(shown):
        angle = 2 * math.pi * i / len(shown) - math.pi / 2
        pos[n["outlet"]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    top = max((e["weight"] for e in edges), default=1)
    body = []
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        (x1, y1, _), (x2, y2, _) = pos[e["source"]], pos[e["target"]]
        width = 1 + 5 * e["weight"] / top
        hot = highlight and e["source"] in highlight and e["target"] in highlight
        signals = ", ".join(f"{k}: {v}" for k, v in e["signals"].items())
        body.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{"#b2182b" if hot else "#8a97a8"}" '
            f'stroke-width="{width:.1f}" stroke-opacity="0.7"><title>{escape(e["source"])} – {escape(e["target"])}: '
            f'{e["weight"]} shared stor{"y" if e["weight"] == 1 else "ies"} ({escape(signals)})</title></line>'
        )
    top_docs = max(n["documents"] for n in shown) or 1
    for n in shown:
        x, y, angle = pos[n["outlet"]]
        r = 6 + 10 * math.sqrt(n["documents"] / top_docs)
        color = PALETTE[(n["community"] or 0) % len(PALETTE)]
        ring = ' stroke="#b2182b" stroke-width="3"' if highlight and n["outlet"] in highlight else ' stroke="#444"'
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        body.append(
            f'<g><title>{escape(n["outlet"])}: {n["documents"]} documents, community {n["community"]}, '
            f'{len(n["campaigns"])} campaign(s)</title><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}"{ring}/>'
            f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{anchor}">{escape(_clip(n["outlet"], 26))}</text></g>'
        )
    return _svg(size + 160, size, title, ['<g transform="translate(80,0)">', *body, "</g>"])


def timeline(campaign: dict[str, Any], window_hours: float, title: str) -> Markup:
    """One row per outlet: when each published (hours after the first), refutations in red."""
    rows: list[tuple[str, float, str, bool]] = [
        (campaign["first"]["outlet"], 0.0, campaign["first"]["document"], False)]
    rows += [(f["outlet"], f["lag_hours"], f["document"], False) for f in campaign["followers"]]
    rows += [(r["outlet"], r["lag_hours"], r["document"], True) for r in campaign["refuted_by"]]
    span = max([window_hours, *(r[1] for r in rows)]) or 1.0
    left, width, row_h = 200, 520, 26
    height = 40 + row_h * len(rows)
    x = lambda hours: left + width * hours / span  # noqa: E731 - a scale, used below only
    body = [f'<line x1="{left}" y1="{height - 24}" x2="{left + width}" y2="{height - 24}" stroke="#888"/>',
            f'<rect x="{left}" y="8" width="{x(window_hours) - left:.1f}" height="{height - 32}" fill="#8da0cb" '
            f'fill-opacity="0.12"><title>the window: {window_hours:g} hours from the first publication</title></rect>']
    for k in range(5):
        hours = span * k / 4
        body.append(f'<text x="{x(hours):.1f}" y="{height - 8}" text-anchor="middle" font-size="10">+{hours:.0f}h</text>')
    for i, (outlet, lag, doc, refutes) in enumerate(rows):
        y = 22 + i * row_h
        mark = (f'<path d="M{x(lag) - 6:.1f},{y - 6} l12,12 m0,-12 l-12,12" stroke="#b2182b" stroke-width="3"/>'
                if refutes else f'<circle cx="{x(lag):.1f}" cy="{y}" r="6" fill="#2b5d9b"/>')
        what = "refutes it" if refutes else ("published first" if i == 0 else f"followed after {lag:g} h")
        body.append(f'<g><title>{escape(outlet)} ({escape(doc)}): {what}</title>'
                    f'<text x="{left - 10}" y="{y + 4}" text-anchor="end">{escape(_clip(outlet, 28))}</text>'
                    f'<line x1="{left}" y1="{y}" x2="{x(lag):.1f}" y2="{y}" stroke="#ccd3dc"/>{mark}</g>')
    return _svg(left + width + 40, height, title, body)

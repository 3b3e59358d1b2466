"""Attention over time as SVG: one column per period, raw counts or share of the period.

Drawn in the service layer, not in web/, because the API serves it as a download too.

Every period keeps its place on the axis, empty or not, so gaps read as gaps; undated publications
are a column of their own beside the axis, after a break, never a period on it. Each column links to
the corpus page listing its publications and has a ``<title>`` with the exact figures. The same SVG
is the page's chart and the download (``/api/series.svg``).
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

FONT = 'font-family="system-ui, sans-serif" font-size="11"'
MODES = ("raw", "share")


def _value(p: dict[str, Any], mode: str) -> float:
    return float(p["count"]) if mode == "raw" else float(p["share"])


def _shown(v: float, mode: str) -> str:
    return f"{int(v):,}" if mode == "raw" else f"{v:.1%}"


def series_svg(data: dict[str, Any], mode: str = "raw", title: str = "", standalone: bool = False) -> Markup:
    """The series as columns (``mode`` raw or share); ``standalone`` adds the XML head for a download."""
    if mode not in MODES:
        raise ValueError(f"mode must be raw or share, got {mode!r}")
    periods = data["periods"]
    undated = data["undated"]
    u_value = float(undated["count"]) if mode == "raw" else (undated["count"] / undated["total"] if undated["total"] else 0.0)
    top = max([_value(p, mode) for p in periods] + [u_value, 0.0]) or 1.0
    left, plot_h, bottom, gap = 56, 220, 70, 40
    cw = max(3, min(40, 900 // max(1, len(periods))))
    width = left + cw * len(periods) + gap + 60
    label = title or f"{data['unit']}: {mode}"
    body = [f'<text x="{left}" y="14" font-weight="bold">{escape(label)}</text>',
            f'<line x1="{left}" y1="{plot_h + 24}" x2="{left + cw * len(periods)}" y2="{plot_h + 24}" stroke="#888"/>',
            f'<text x="{left - 6}" y="32" text-anchor="end">{_shown(top, mode)}</text>',
            f'<text x="{left - 6}" y="{plot_h + 24}" text-anchor="end">0</text>']
    step = max(1, len(periods) // 16)  # at most ~16 axis labels
    for i, p in enumerate(periods):
        v = _value(p, mode)
        h = plot_h * v / top
        x = left + i * cw
        tip = (f"{p['period']} ({p['start']} to {p['end']}): {p['count']:,} of {p['total']:,} dated publications "
               f"({p['share']:.1%})")
        body.append(
            f'<a href="{escape(p["documents"])}" class="bar {mode}"><title>{escape(tip)}</title>'
            f'<rect x="{x + 0.5}" y="{plot_h + 24 - h:.1f}" width="{max(1, cw - 1)}" height="{max(h, 0.0):.1f}" '
            f'fill="#6b8fbf" data-period="{escape(p["period"])}" data-count="{p["count"]}" data-share="{p["share"]}"/></a>'
        )
        if i % step == 0:
            body.append(f'<text transform="translate({x + cw / 2:.0f},{plot_h + 36}) rotate(-45)" text-anchor="end" '
                        f'font-size="10">{escape(p["period"])}</text>')
    ux = left + cw * len(periods) + gap
    uh = plot_h * u_value / top
    body.append(f'<line x1="{ux - gap / 2:.0f}" y1="24" x2="{ux - gap / 2:.0f}" y2="{plot_h + 24}" stroke="#bbb" '
                'stroke-dasharray="3,3"/>')
    body.append(
        f'<a href="{escape(undated["documents"])}" class="bar undated"><title>Undated: {undated["count"]:,} of '
        f'{undated["total"]:,} undated publications (beside the axis, not a period on it)</title>'
        f'<rect x="{ux}" y="{plot_h + 24 - uh:.1f}" width="24" height="{uh:.1f}" fill="#bbb" '
        f'data-period="undated" data-count="{undated["count"]}"/></a>'
        f'<text x="{ux + 12}" y="{plot_h + 38}" text-anchor="middle" font-size="10">undated</text>'
        f'<text x="{ux + 12}" y="{plot_h + 50}" text-anchor="middle" font-size="10">{_shown(u_value, mode)}</text>'
    )
    if not periods:
        body.append(f'<text x="{left + 10}" y="{plot_h / 2:.0f}">No dated publications.</text>')
    head = '<?xml version="1.0" encoding="UTF-8"?>\n' if standalone else ""
    return Markup(
        f'{head}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {plot_h + bottom}" width="{width}" '
        f'height="{plot_h + bottom}" role="img" aria-label="{escape(label)}" class="chart series {mode}" {FONT}>'
        + "".join(body) + "</svg>"
    )

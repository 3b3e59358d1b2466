"""Server-rendered SVG charts for the statistics page.

SVG drawn here needs no JavaScript library and no ``unsafe-eval`` (Vega compiles expressions with
``new Function``), so the strict CSP holds. Colours are SVG presentation attributes, not inline
styles, which CSP ``style-src 'self'`` would block. Every label is escaped; each mark has a
``<title>`` so hovering shows its exact value.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from markupsafe import Markup, escape

from spinscope.highlight import technique_color, technique_label

FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _svg(width: int, height: int, label: str, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(label)}" class="chart" {FONT}>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _clip(text: str, n: int = 34) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def hbar(rows: list[dict[str, Any]], label: str, value: str, title: str, *, percent: bool = False,
         technique_colors: bool = False, label_fmt: Any = str) -> Markup:
    """Horizontal bars, one row each, longest first as given."""
    if not rows:
        return Markup('<p class="empty">No data yet.</p>')
    left, bar_w, row_h = 250, 420, 22
    height = row_h * len(rows) + 10
    top = max(float(r[value]) for r in rows) or 1.0
    body = []
    for i, r in enumerate(rows):
        y = 5 + i * row_h
        v = float(r[value])
        w = max(1.0, bar_w * v / top)
        name = label_fmt(str(r[label]))
        shown = f"{v:.1%}" if percent else f"{int(v):,}"
        color = technique_color(str(r[label])) if technique_colors else "#6b8fbf"
        body.append(
            f'<g><title>{escape(name)}: {shown}</title>'
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{escape(_clip(name))}</text>'
            f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{color}" stroke="#555" '
            f'stroke-width="0.5"/><text x="{left + w + 6:.1f}" y="{y + 15}">{shown}</text></g>'
        )
    return _svg(left + bar_w + 80, height, title, body)


def heatmap(rows: list[dict[str, Any]], row_key: str, col_key: str, value: str, title: str) -> Markup:
    """A grid of counts (rows: outlets, columns: techniques).

    The shade is the cell's share of its row total, not the raw count, so a small outlet's profile
    is as visible as a large one's; the number in the cell is the count.
    """
    if not rows:
        return Markup('<p class="empty">No data yet.</p>')
    totals: dict[str, float] = defaultdict(float)
    for r in rows:
        totals[str(r[col_key])] += float(r[value])
    cols = sorted(totals, key=lambda c: -totals[c])
    row_names = sorted({str(r[row_key]) for r in rows})
    cells = {(str(r[row_key]), str(r[col_key])): float(r[value]) for r in rows}
    row_total: dict[str, float] = defaultdict(float)
    for (rname, _), v in cells.items():
        row_total[rname] += v
    left, head, cw, ch = 170, 150, 44, 24
    body = []
    for j, c in enumerate(cols):
        x = left + j * cw + cw / 2
        body.append(
            f'<text transform="translate({x:.0f},{head - 6}) rotate(-45)">'
            f"<title>{escape(technique_label(c))}</title>{escape(_clip(technique_label(c), 22))}</text>"
        )
    for i, rname in enumerate(row_names):
        y = head + i * ch
        body.append(f'<text x="{left - 8}" y="{y + 16}" text-anchor="end">{escape(_clip(rname, 24))}</text>')
        for j, c in enumerate(cols):
            v = cells.get((rname, c), 0.0)
            share = v / row_total[rname] if row_total[rname] else 0.0
            alpha = 0.0 if v == 0 else 0.12 + 0.88 * share  # zero cells stay white
            x = left + j * cw
            ink = "#fff" if alpha > 0.55 else "#222"
            body.append(
                f'<g><title>{escape(rname)} · {escape(technique_label(c))}: {int(v):,} ({share:.0%} of the outlet)</title>'
                f'<rect x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" fill="#b2182b" fill-opacity="{alpha:.2f}" '
                f'stroke="#ddd"/><text x="{x + cw / 2 - 1:.0f}" y="{y + 16}" text-anchor="middle" fill="{ink}" '
                f'font-size="10">{int(v) if v else ""}</text></g>'
            )
    # Room on the right for the last rotated column labels.
    return _svg(left + cw * len(cols) + 130, head + ch * len(row_names) + 10, title, body)


def _months(labels: list[str]) -> list[str]:
    """Every month from the first to the last of ``labels`` (YYYY-MM), so empty months keep their place."""
    dated = sorted(p for p in labels if len(p) == 7 and p[4] == "-" and p[:4].isdigit() and p[5:].isdigit())
    if not dated:
        return []
    out, (y, m) = [], (int(dated[0][:4]), int(dated[0][5:]))
    last = (int(dated[-1][:4]), int(dated[-1][5:]))
    while (y, m) <= last and len(out) < 1200:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def stacked_columns(rows: list[dict[str, Any]], x_key: str, stack_key: str, value: str, title: str) -> Markup:
    """One column per month, stacked by technique in the technique colours, with a legend.

    Every month between the first and the last keeps its place (an empty month is a gap, not
    skipped); a period that is not a month ("(undated)") is drawn beside the axis after a break, on
    the dated months' scale: when it is taller it is cut and its total written on it, so it never
    dwarfs the months.
    """
    if not rows:
        return Markup('<p class="empty">No dated documents yet.</p>')
    labels = sorted({str(r[x_key]) for r in rows})
    periods = _months(labels)
    extra = [p for p in labels if p not in periods]  # "(undated)" and anything that is no month
    stacks: dict[str, dict[str, float]] = defaultdict(dict)
    totals: dict[str, float] = defaultdict(float)
    for r in rows:
        stacks[str(r[x_key])][str(r[stack_key])] = float(r[value])
        totals[str(r[stack_key])] += float(r[value])
    order = sorted(totals, key=lambda t: -totals[t])
    top = max((sum(stacks[p].values()) for p in periods), default=0.0) or max(
        (sum(s.values()) for s in stacks.values()), default=1.0) or 1.0
    left, plot_h, bottom, gap = 50, 240, 50, 30
    n = len(periods) + len(extra)
    cw = max(8, min(48, 720 // max(1, n)))
    width = left + cw * n + (gap if extra else 0) + 20
    body = [f'<line x1="{left}" y1="{plot_h + 10}" x2="{left + cw * len(periods)}" y2="{plot_h + 10}" stroke="#888"/>',
            f'<text x="{left - 6}" y="18" text-anchor="end">{int(top):,}</text>',
            f'<text x="{left - 6}" y="{plot_h + 10}" text-anchor="end">0</text>']
    step = max(1, len(periods) // 12)  # at most ~12 axis labels
    columns = [(i, p, left + i * cw) for i, p in enumerate(periods)]
    columns += [(len(periods) + k, p, left + (len(periods) + k) * cw + gap) for k, p in enumerate(extra)]
    if extra:
        sep = left + len(periods) * cw + gap / 2
        body.append(f'<line x1="{sep:.0f}" y1="10" x2="{sep:.0f}" y2="{plot_h + 10}" stroke="#bbb" stroke-dasharray="3,3"/>')
    for i, p, x in columns:
        y = plot_h + 10.0
        column = sum(stacks[p].values())
        scale = min(1.0, top / column) if column else 1.0  # a taller undated column is cut to the axis
        for t in order:
            v = stacks[p].get(t, 0.0)
            if not v:
                continue
            h = plot_h * v / top * scale
            y -= h
            body.append(
                f'<rect x="{x + 1}" y="{y:.1f}" width="{cw - 2}" height="{h:.1f}" fill="{technique_color(t)}" '
                f'stroke="#555" stroke-width="0.4"><title>{escape(p)} · {escape(technique_label(t))}: {int(v):,}'
                "</title></rect>"
            )
        if scale < 1.0:
            body.append(f'<text x="{x + cw / 2:.0f}" y="24" text-anchor="middle" font-size="10" fill="#fff">'
                        f'{int(column):,}</text>')
        if p in extra or i % step == 0:
            body.append(f'<text transform="translate({x + cw / 2:.0f},{plot_h + 24}) rotate(-45)" '
                        f'text-anchor="end" font-size="10">{escape(p)}</text>')
    legend_y = plot_h + bottom + 10
    for k, t in enumerate(order):
        lx, ly = left + (k % 3) * 240, legend_y + (k // 3) * 18
        body.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{technique_color(t)}" stroke="#555" '
                    f'stroke-width="0.4"/><text x="{lx + 18}" y="{ly + 11}">{escape(_clip(technique_label(t), 32))}</text>')
    height = legend_y + 18 * ((len(order) + 2) // 3) + 10
    return _svg(max(width, left + 3 * 240), height, title, body)


def stat_charts(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Markup]:
    """One chart per statistics table, keyed like the tables (and their CSV downloads)."""
    return {
        "top_techniques": hbar(tables["top_techniques"], "technique", "spans", "Most frequent techniques",
                               technique_colors=True, label_fmt=technique_label),
        "techniques_per_outlet": heatmap(tables["techniques_per_outlet"], "outlet", "technique", "spans",
                                         "Technique spans per outlet"),
        "techniques_per_month": stacked_columns(tables["techniques_per_month"], "month", "technique", "spans",
                                                "Technique spans per month"),
        "technique_share_per_outlet": hbar(
            sorted(tables["technique_share_per_outlet"], key=lambda r: -r["share"]), "outlet", "share",
            "Share of text inside technique spans, per outlet", percent=True),
    }

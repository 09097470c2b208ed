"""The audit report: one self-contained HTML file with inline SVG charts (no CDN, no JS).

Groups smaller than ``min_group`` findings are folded into one line, so the report shows
patterns per unit and never becomes a list of individuals.
"""

from __future__ import annotations

import html
from typing import Any

from notelint.audit.store import Store
from notelint.rules import FAMILY_TITLES, get_rule

__all__ = ["write_report", "render_report"]

COLORS = {"error": "#b3261e", "warning": "#c77700", "info": "#2f6db3"}


def _esc(s: Any) -> str:
    return html.escape(str(s), quote=True)


def bar_chart(items: list[tuple[str, float]], *, title: str, width: int = 640,
              color: str = "#2f6db3") -> str:
    """Horizontal bars, one per (label, value)."""
    if not items:
        return f'<p class="empty">{_esc(title)}: inga fynd.</p>'
    bar_h, gap = 22, 6
    label_w = min(360, 20 + int(6.6 * max(len(label) for label, _ in items)))
    height = len(items) * (bar_h + gap) + 30
    top = max(v for _, v in items) or 1
    parts = [f'<svg class="chart" role="img" aria-label="{_esc(title)}" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f'<title>{_esc(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = 10 + i * (bar_h + gap)
        w = (width - label_w - 60) * value / top
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">{_esc(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}">'
                     f'<title>{_esc(label)}: {value:g}</title></rect>')
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 16}">{value:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def column_chart(items: list[tuple[str, float]], *, title: str, width: int = 640,
                 height: int = 220) -> str:
    """Vertical columns over time (months)."""
    if not items:
        return f'<p class="empty">{_esc(title)}: inga daterade fynd.</p>'
    pad_l, pad_b = 40, 40
    n = len(items)
    step = (width - pad_l - 10) / n
    top = max(v for _, v in items) or 1
    parts = [f'<svg class="chart" role="img" aria-label="{_esc(title)}" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f'<title>{_esc(title)}</title>',
             f'<line x1="{pad_l}" y1="{height - pad_b}" x2="{width - 5}" y2="{height - pad_b}" stroke="#555"/>',
             f'<text x="{pad_l - 6}" y="16" text-anchor="end">{top:g}</text>']
    for i, (label, value) in enumerate(items):
        h = (height - pad_b - 20) * value / top
        x = pad_l + i * step + step * 0.15
        parts.append(f'<rect x="{x:.1f}" y="{height - pad_b - h:.1f}" width="{step * 0.7:.1f}" '
                     f'height="{h:.1f}" fill="#2f6db3"><title>{_esc(label)}: {value:g}</title></rect>')
        if n <= 24 or i % max(1, n // 12) == 0:
            parts.append(f'<text x="{x + step * 0.35:.1f}" y="{height - pad_b + 16}" '
                         f'text-anchor="middle" font-size="10">{_esc(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + " …"


def _fold_small(rows: list[tuple[str, int]], min_group: int) -> list[tuple[str, int]]:
    big = [(k, v) for k, v in rows if v >= min_group]
    small = sum(v for _, v in rows if v < min_group)
    if small:
        big.append((f"Övriga enheter (grupper < {min_group})", small))
    return big


def render_report(store: Store, run_id: str, *, min_group: int = 5) -> str:
    run = store.run(run_id)
    prev = store.previous_run(run_id)
    q = store.query
    by_sev = dict(q("SELECT severity, count(*) FROM findings WHERE run_id = ? GROUP BY 1", [run_id]))
    fam = q("SELECT family, count(*) FROM findings WHERE run_id = ? GROUP BY 1 ORDER BY 1", [run_id])
    fam_prev = dict(q("SELECT family, count(*) FROM findings WHERE run_id = ? GROUP BY 1",
                      [prev])) if prev else {}
    units = q("SELECT coalesce(unit_name, unit_hsa_id, 'Okänd enhet'), count(*) FROM findings "
              "WHERE run_id = ? GROUP BY 1 ORDER BY 2 DESC", [run_id])
    months = q("SELECT strftime(day, '%Y-%m'), count(*) FROM findings WHERE run_id = ? AND "
               "day IS NOT NULL GROUP BY 1 ORDER BY 1", [run_id])
    top = q("SELECT code, name, severity, count(*) FROM findings WHERE run_id = ? "
            "GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT 10", [run_id])
    total = sum(by_sev.values())
    prev_total = sum(fam_prev.values()) if prev else None

    def fam_label(code: str) -> str:
        return f"{code} {FAMILY_TITLES.get(code, '')}".strip()

    trend_rows = "".join(
        f"<tr><td>{_esc(fam_label(f))}</td><td>{fam_prev.get(f, 0)}</td><td>{n}</td>"
        f"<td>{n - fam_prev.get(f, 0):+d}</td></tr>" for f, n in fam
    ) if prev else ""
    top_rows = "".join(
        f'<tr><td><a href="docs/rules.md#{_esc(c.lower())}-{_esc(nm)}">{_esc(c)}</a></td>'
        f"<td>{_esc(nm)}</td><td class=\"{_esc(sev)}\">{_esc(sev)}</td><td>{n}</td>"
        f"<td>{_esc(_short(get_rule(c).summary) if get_rule(c) else '')}</td></tr>"
        for c, nm, sev, n in top
    )
    css = """body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}table{border-collapse:collapse}
td,th{padding:.25rem .6rem;border-bottom:1px solid #eee;text-align:left}.error{color:#b3261e}
.warning{color:#c77700}.info{color:#2f6db3}.kpi{display:flex;gap:1rem}.kpi div{background:#f4f6f8;
padding:.6rem 1rem;border-radius:6px}.kpi b{display:block;font-size:1.4rem}svg text{font-size:12px}"""
    trend = (f"<p>Föregående körning: {prev_total} fynd → nu {total} ({total - prev_total:+d}).</p>"
             f"<table><tr><th>Regelfamilj</th><th>Förra</th><th>Nu</th><th>Förändring</th></tr>"
             f"{trend_rows}</table>") if prev else "<p>Ingen tidigare körning i lagret att jämföra med.</p>"
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>notelint – granskningsrapport</title>
<style>{css}</style></head><body>
<h1>Granskning av journaldokumentation</h1>
<p>Regelverk <b>{_esc(run.get('ruleset'))}</b> (version {_esc(run.get('ruleset_version'))}),
körning <code>{_esc(run_id)}</code>, {_esc(str(run.get('finished') or '')[:16])}.
Rapporten innehåller ingen journaltext och inga personnummer.</p>
<div class="kpi"><div><b>{run.get('records', 0)}</b>journaler</div><div><b>{run.get('notes', 0)}</b>anteckningar</div>
<div><b>{total}</b>fynd</div><div class="error"><b>{by_sev.get('error', 0)}</b>fel</div>
<div class="warning"><b>{by_sev.get('warning', 0)}</b>varningar</div><div class="info"><b>{by_sev.get('info', 0)}</b>info</div>
<div><b>{run.get('broken', 0)}</b>oläsbara poster</div></div>
<h2>Fynd per regelfamilj</h2>
{bar_chart([(fam_label(f), n) for f, n in fam], title="Fynd per regelfamilj")}
<h2>Fynd per enhet</h2>
{bar_chart(_fold_small(units, min_group)[:25], title="Fynd per enhet", color="#5b6b7b")}
<h2>Fynd per månad</h2>
{column_chart(months, title="Fynd per månad")}
<h2>Trend</h2>
{trend}
<h2>Vanligaste regler</h2>
<table><tr><th>Kod</th><th>Namn</th><th>Allvar</th><th>Antal</th><th>Vad regeln kontrollerar</th></tr>{top_rows}</table>
</body></html>
"""


def write_report(store: Store, run_id: str, path: str, *, min_group: int = 5) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(render_report(store, run_id, min_group=min_group))

"""The audit report: one self-contained Swedish HTML file (inline SVG, inline JS, no network).

Numbers are fair: findings per 100 of what the family is about (notes, access events, 1177
cases, treatments), by family, unit and month, every month in range shown (zero months
included); errors and warnings apart from info prompts (a severity switch). Every chart bar
links to the worklist rows behind it; the worklist is a sortable, filterable table per unit.
The history of the store's runs gives the trend (rates) and what is new, fixed and still open
since the previous run (by fingerprint). The rules are documented in the report itself.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import defaultdict
from typing import Any
from urllib.parse import quote

from notelint.audit.rows import KIND_OF_FAMILY
from notelint.audit.store import Store
from notelint.rules import FAMILY_TITLES, all_rules
from notelint.rules.sv import SEVERITY_SV, summary_sv, title_sv

__all__ = ["write_report", "render_report"]

COLORS = {"error": "#b3261e", "warning": "#c77700", "info": "#2f6db3"}
#: severity views: key → (Swedish label, severities, bar colour)
VIEWS = {"ew": ("Fel och varningar", ("error", "warning"), "#2f6db3"),
         "e": ("Endast fel", ("error",), "#b3261e"),
         "i": ("Info (att granska)", ("info",), "#5b6b7b")}
KIND_PLURAL = {"note": "anteckningar", "access_event": "åtkomsthändelser",
               "conversation": "1177-ärenden", "treatment": "behandlingar"}
KIND_SV = {"note": "anteckning", "access_event": "åtkomsthändelse", "conversation": "1177-ärende",
           "treatment": "behandling", "record": "journal"}
MAX_MONTHS = 60
MAX_WORKLIST = 100_000  # rows embedded in the page; the full list is --worklist
LABEL_CHARS = 92  # fits the chart width at 12 px


def _esc(s: Any) -> str:
    return html.escape(str(s), quote=True)


def _fmt(v: float) -> str:
    return (f"{v:.1f}" if v < 100 else f"{v:.0f}").replace(".", ",")


def _cut(label: str, n: int = LABEL_CHARS) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def bar_chart(items: list[tuple[str, float, str, str]], *, title: str, width: int = 720,
              color: str = "#2f6db3") -> str:
    """Horizontal bars (label, value, shown value, link); each label on its own line above its
    bar, so long unit and family names are never clipped."""
    if not items:
        return f'<p class="empty">{_esc(title)}: inga fynd.</p>'
    row, bar_h = 42, 16
    height = len(items) * row + 8
    top = max(v for _, v, _, _ in items) or 1
    parts = [f'<svg class="chart" role="img" aria-label="{_esc(title)}" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f'<title>{_esc(title)}</title>']
    for i, (label, value, shown, link) in enumerate(items):
        y = 4 + i * row
        w = max(1.0, (width - 170) * value / top) if value else 0.0
        parts.append(f'<a href="{_esc(link)}"><text x="0" y="{y + 13}">{_esc(_cut(label))}</text>'
                     f'<rect x="0" y="{y + 19}" width="{w:.1f}" height="{bar_h}" fill="{color}">'
                     f'<title>{_esc(label)}: {_esc(shown)}</title></rect>'
                     f'<text x="{w + 6:.1f}" y="{y + 32}">{_esc(shown)}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


def column_chart(items: list[tuple[str, float, str, str]], *, title: str, width: int = 720,
                 height: int = 200, color: str = "#2f6db3") -> str:
    """Columns over months (label, value, shown value, link); every month has a column, and
    only every k-th month is labelled so that labels never overlap."""
    if not items:
        return f'<p class="empty">{_esc(title)}: inga daterade poster.</p>'
    pad_l, pad_b, pad_t = 44, 34, 14
    n = len(items)
    step = (width - pad_l - 8) / n
    every = max(1, -(-52 // int(max(step, 1))))  # a label ("2024-03") needs ~48 px
    top = max(v for _, v, _, _ in items) or 1
    base = height - pad_b
    parts = [f'<svg class="chart" role="img" aria-label="{_esc(title)}" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f'<title>{_esc(title)}</title>',
             f'<line x1="{pad_l}" y1="{base}" x2="{width - 4}" y2="{base}" stroke="#555"/>',
             f'<text x="{pad_l - 6}" y="{pad_t + 4}" text-anchor="end">{_esc(_fmt(top))}</text>',
             f'<text x="{pad_l - 6}" y="{base}" text-anchor="end">0</text>']
    for i, (label, value, shown, link) in enumerate(items):
        h = (base - pad_t) * value / top
        x = pad_l + i * step
        parts.append(f'<a href="{_esc(link)}"><rect x="{x + step * 0.12:.1f}" y="{base - h:.1f}" '
                     f'width="{max(step * 0.76, 1):.1f}" height="{max(h, 0):.1f}" fill="{color}">'
                     f'<title>{_esc(label)}: {_esc(shown)}</title></rect>'
                     f'<rect x="{x:.1f}" y="{pad_t}" width="{step:.1f}" height="{base - pad_t}" '
                     f'fill="transparent"><title>{_esc(label)}: {_esc(shown)}</title></rect></a>')
        if i % every == 0:
            parts.append(f'<text class="month" x="{x + step / 2:.1f}" y="{base + 16}" '
                         f'text-anchor="middle" font-size="11">{_esc(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _months(first: dt.date, last: dt.date) -> list[str]:
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out[-MAX_MONTHS:]


def _unit_key(hsa: str | None, name: str | None) -> str:
    return hsa or name or "?"


def _unit_label(hsa: str | None, name: str | None) -> str:
    if name and hsa:
        return f"{name} ({hsa})"
    return name or hsa or "Okänd enhet"


def _link(**kw: str) -> str:
    return "#wl?" + "&".join(f"{k}={quote(v)}" for k, v in kw.items() if v)


class _Data:
    """The run's aggregates, read once."""

    def __init__(self, store: Store, run_id: str) -> None:
        q = store.query
        self.run = store.run(run_id)
        self.units: dict[str, str] = {}
        self.f_fam: dict[tuple[str, str], int] = defaultdict(int)
        self.f_unit: dict[tuple[str, str, str], int] = defaultdict(int)
        self.f_month: dict[tuple[str, str, str], int] = defaultdict(int)
        for fam, sev, hsa, name, month, n in q(
                "SELECT family, severity, unit_hsa_id, unit_name, strftime(day, '%Y-%m'), "
                "count(*) FROM findings WHERE run_id = ? GROUP BY ALL", [run_id]):
            uk = _unit_key(hsa, name)
            self.units.setdefault(uk, _unit_label(hsa, name))
            self.f_fam[(fam, sev)] += n
            self.f_unit[(fam, sev, uk)] += n
            if month:
                self.f_month[(fam, sev, month)] += n
        self.v_kind: dict[str, int] = defaultdict(int)
        self.v_unit: dict[tuple[str, str], int] = defaultdict(int)
        self.v_month: dict[tuple[str, str], int] = defaultdict(int)
        days: list[dt.date] = []
        for kind, hsa, name, month, n in q(
                "SELECT kind, unit_hsa_id, unit_name, month, sum(n) FROM volumes WHERE run_id = ? "
                "GROUP BY ALL", [run_id]):
            uk = _unit_key(hsa, name)
            self.units.setdefault(uk, _unit_label(hsa, name))
            self.v_kind[kind] += n
            self.v_unit[(kind, uk)] += n
            if month:
                self.v_month[(kind, f"{month:%Y-%m}")] += n
                days.append(month)
        self.months = _months(min(days), max(days)) if days else []

    def count(self, table: dict[Any, int], sevs: tuple[str, ...], *key: str) -> int:
        return sum(table.get((key[0], s, *key[1:]), 0) for s in sevs)


def _fam_label(fam: str) -> str:
    return f"{fam} {FAMILY_TITLES.get(fam, '')}".strip()


def _view_charts(d: _Data, families: list[str], view: str) -> str:
    label, sevs, color = VIEWS[view]
    out = [f'<div class="sev sev-{view}">']
    fam_items = []
    for fam in families:
        kind = KIND_OF_FAMILY[fam]
        den = d.v_kind.get(kind, 0)
        n = d.count(d.f_fam, sevs, fam)
        if den:
            rate = 100 * n / den
            fam_items.append((f"{_fam_label(fam)} — per 100 {KIND_PLURAL[kind]}", rate,
                              f"{_fmt(rate)} ({n} av {den})", _link(fam=fam, sev=view)))
    out.append(f"<h3>{_esc(label)} per 100 granskade poster, per regelfamilj</h3>")
    out.append(bar_chart(fam_items, title=f"{label} per 100, per regelfamilj", color=color))
    for fam in families:
        kind = KIND_OF_FAMILY[fam]
        if not d.v_kind.get(kind):
            continue
        rows = []
        for uk, ulabel in d.units.items():
            den = d.v_unit.get((kind, uk), 0)
            if not den:
                continue
            n = d.count(d.f_unit, sevs, fam, uk)
            if not n:
                continue
            rows.append((ulabel, 100 * n / den, f"{_fmt(100 * n / den)} ({n} av {den})",
                         _link(unit=uk, fam=fam, sev=view)))
        rows.sort(key=lambda r: -r[1])
        shown = rows[:25]
        units_with = sum(1 for (k, _uk) in d.v_unit if k == kind)
        more = (f'<p class="note">{len(rows)} av {units_with} enheter har fynd'
                + (", de 25 högsta visas" if len(rows) > 25 else "")
                + ' — alla enheter finns i tabellen <a href="#enheter">Enheter</a>.</p>')
        months = []
        for m in d.months:  # (each month's own count and volume: a month without volume
            # has its findings counted all the same, shown without a rate)
            k = d.count(d.f_month, sevs, fam, m)
            den = d.v_month.get((kind, m), 0)
            months.append((m, 100 * k / den if den else 0.0,
                           f"{_fmt(100 * k / den) if den else '–'} per 100 ({k} fynd, {den} "
                           f"{KIND_PLURAL[kind]})", _link(fam=fam, month=m, sev=view)))
        out.append(f"<h3>{_esc(_fam_label(fam))}</h3>")
        out.append(f"<h4>{_esc(label)} per 100 {KIND_PLURAL[kind]}, per enhet</h4>")
        out.append(bar_chart(shown, title=f"{_fam_label(fam)}: per enhet", color=color) + more)
        out.append(f"<h4>{_esc(label)} per 100 {KIND_PLURAL[kind]}, per månad</h4>")
        out.append(column_chart(months, title=f"{_fam_label(fam)}: per månad", color=color))
    out.append("</div>")
    return "".join(out)


def _rates_of_run(store: Store, run_id: str) -> dict[tuple[str, str], float]:
    """(family, unit key or '') → errors and warnings per 100 of the family's kind."""
    num: dict[tuple[str, str], int] = defaultdict(int)
    for fam, hsa, name, n in store.query(
            "SELECT family, unit_hsa_id, unit_name, count(*) FROM findings WHERE run_id = ? AND "
            "severity <> 'info' GROUP BY ALL", [run_id]):
        num[(fam, _unit_key(hsa, name))] += n
        num[(fam, "")] += n
    den: dict[tuple[str, str], int] = defaultdict(int)
    for kind, hsa, name, n in store.query(
            "SELECT kind, unit_hsa_id, unit_name, sum(n) FROM volumes WHERE run_id = ? "
            "GROUP BY ALL", [run_id]):
        den[(kind, _unit_key(hsa, name))] += n
        den[(kind, "")] += n
    out = {}
    for fam, kind in KIND_OF_FAMILY.items():
        for (k, uk), dn in den.items():
            if k == kind and dn:
                out[(fam, uk)] = 100 * num.get((fam, uk), 0) / dn
    return out


def _history(store: Store, run_id: str, d: _Data, families: list[str]) -> str:
    runs = [r for r in store.runs() if r["started"] <= d.run["started"]][-12:]
    prev = store.previous_run(run_id)
    if len(runs) < 2 or prev is None:
        return "<p>Ingen tidigare körning i lagret att jämföra med.</p>"
    rates = {r["run_id"]: _rates_of_run(store, r["run_id"]) for r in runs}
    head = "".join(f"<th>{_esc(_fam_label(f))}</th>" for f in families)
    body = "".join(
        f"<tr><td>{_esc(str(r['started'])[:16])}</td><td><code>{_esc(r['run_id'])}</code></td>"
        f"<td>{r['records']}</td>"
        + "".join(f"<td>{_fmt(rates[r['run_id']][(f, '')]) if (f, '') in rates[r['run_id']] else '–'}</td>"
                  for f in families) + "</tr>" for r in runs)
    out = ["<h3>Fel och varningar per 100 granskade poster, körning för körning</h3>",
           f'<table class="sortable"><thead><tr><th>Körning</th><th>Id</th><th>Journaler</th>{head}'
           f"</tr></thead><tbody>{body}</tbody></table>"]
    cmp = store.query(
        "WITH a AS (SELECT DISTINCT family, fingerprint FROM findings WHERE run_id = $now AND "
        "severity <> 'info'), b AS (SELECT DISTINCT family, fingerprint FROM findings WHERE "
        "run_id = $prev AND severity <> 'info') SELECT coalesce(a.family, b.family), "
        "count(*) FILTER (WHERE b.fingerprint IS NULL), count(*) FILTER (WHERE a.fingerprint IS "
        "NULL), count(*) FILTER (WHERE a.fingerprint IS NOT NULL AND b.fingerprint IS NOT NULL) "
        "FROM a FULL JOIN b ON a.fingerprint = b.fingerprint GROUP BY 1 ORDER BY 1",
        {"now": run_id, "prev": prev})
    out.append("<h3>Sedan förra körningen (fel och varningar, per fynd)</h3>"
               "<table><tr><th>Regelfamilj</th><th>Nya</th><th>Åtgärdade</th><th>Kvar</th></tr>"
               + "".join(f"<tr><td>{_esc(_fam_label(f))}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
                         for f, a, b, c in cmp) + "</table>")
    now_r, prev_r = rates[run_id], rates[prev]
    rows = []
    for (fam, uk), rate in sorted(now_r.items()):
        if not uk or (rate == 0 and not prev_r.get((fam, uk))):
            continue
        before = prev_r.get((fam, uk))
        delta = f"{rate - before:+.1f}".replace(".", ",") if before is not None else "ny"
        rows.append(f"<tr><td>{_esc(d.units.get(uk, uk))}</td><td>{fam}</td>"
                    f"<td>{_fmt(before) if before is not None else '–'}</td><td>{_fmt(rate)}</td>"
                    f"<td>{delta}</td></tr>")
    out.append("<h3>Per enhet: fel och varningar per 100, förra och nu</h3>"
               '<table class="sortable"><thead><tr><th>Enhet</th><th>Familj</th><th>Förra</th>'
               f"<th>Nu</th><th>Förändring</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    return "".join(out)


def _top_rules(store: Store, run_id: str, sevs: tuple[str, ...]) -> str:
    marks = ", ".join("?" * len(sevs))
    top = store.query(f"SELECT code, name, severity, count(*) FROM findings WHERE run_id = ? AND "
                      f"severity IN ({marks}) GROUP BY ALL ORDER BY 4 DESC, 1 LIMIT 12",
                      [run_id, *sevs])
    if not top:
        return "<p>Inga fynd.</p>"
    rows = "".join(
        f'<tr><td><a href="#regel-{c}">{c}</a></td><td>{_esc(title_sv(c))}<br>'
        f'<code class="slug">{_esc(nm)}</code></td><td class="{sev}">{SEVERITY_SV[sev]}</td>'
        f'<td><a href="{_esc(_link(code=c))}">{n}</a></td></tr>' for c, nm, sev, n in top)
    return ("<table><tr><th>Kod</th><th>Regel</th><th>Allvar</th><th>Antal</th></tr>"
            f"{rows}</table>")


def _unit_table(d: _Data, families: list[str]) -> str:
    head = "".join(f"<th>{f} per 100 {KIND_PLURAL[KIND_OF_FAMILY[f]]}</th>" for f in families)
    rows = []
    for uk, label in sorted(d.units.items(), key=lambda kv: kv[1]):
        cells = []
        for f in families:
            den = d.v_unit.get((KIND_OF_FAMILY[f], uk), 0)
            n = d.count(d.f_unit, ("error", "warning"), f, uk)
            cells.append(f'<td data-v="{100 * n / den if den else -1:.3f}">'
                         f"{_fmt(100 * n / den) + f' ({n})' if den else '–'}</td>")
        total = sum(d.count(d.f_unit, tuple(COLORS), f, uk) for f in families)
        rows.append(f'<tr><td><a href="{_esc(_link(unit=uk))}">{_esc(label)}</a></td>'
                    f'{"".join(cells)}<td data-v="{total}">{total}</td></tr>')
    return ('<table class="sortable"><thead><tr><th>Enhet</th>'
            f"{head}<th>Alla fynd</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _rule_docs() -> str:
    out = []
    for r in all_rules():
        if r.code.startswith("NL9"):
            continue
        srcs = "".join(f"<p class=\"src\">Rutin: <b>{_esc(s.routine)}</b> — «{_esc(s.passage)}»</p>"
                       for s in r.sources if s.seed != "DESIGN")
        ex = ""
        if r.bad:
            ex += f"<p>Exempel, fel:</p><pre>{_esc(r.bad)}</pre>"
        if r.good:
            ex += f"<p>Exempel, rätt:</p><pre>{_esc(r.good)}</pre>"
        out.append(f'<details id="regel-{r.code}"><summary><b>{r.code}</b> {_esc(title_sv(r.code))}'
                   f' <span class="{r.severity}">({SEVERITY_SV[r.severity]})</span> '
                   f'<code class="slug">{_esc(r.name)}</code></summary>'
                   f"<p>{_esc(summary_sv(r.code))}</p>{srcs}{ex}</details>")
    return "".join(out)


def _worklist_json(store: Store, run_id: str) -> tuple[str, int]:
    rows = store.query(
        "SELECT unit_hsa_id, unit_name, day, code, severity, message, target_kind, target_id, "
        "patient_key, path, line FROM findings WHERE run_id = ? ORDER BY unit_name, code, day "
        f"LIMIT {MAX_WORKLIST + 1}", [run_id])
    units: dict[str, int] = {}
    labels: list[list[str]] = []
    out = []
    for hsa, name, day, code, sev, msg, kind, tid, pkey, path, line in rows[:MAX_WORKLIST]:
        uk = _unit_key(hsa, name)
        if uk not in units:
            units[uk] = len(units)
            labels.append([uk, _unit_label(hsa, name)])
        out.append([units[uk], day.isoformat() if day else "", code, sev, msg,
                    KIND_SV.get(kind, kind), tid or "", (pkey or "")[:10],
                    f"{path.rsplit('/', 1)[-1]}:{line}"])
    data = {"units": labels,
            "titles": {r.code: title_sv(r.code) for r in all_rules()},
            "rows": out}
    # every "<" escaped: inside the page's <script> a "</script" ends it, and a "<!--<script"
    # (a unit name, a message) turns the parser to script data and swallows the next script
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c"), len(rows)


_CSS = """body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:62rem;color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}h3{margin-top:1.4rem}
h4{margin:.8rem 0 .2rem;font-weight:600;font-size:.95rem}table{border-collapse:collapse;margin:.4rem 0}
td,th{padding:.25rem .6rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
.error{color:#b3261e}.warning{color:#c77700}.info{color:#2f6db3}.kpi{display:flex;flex-wrap:wrap;gap:.8rem}
.kpi div{background:#f4f6f8;padding:.6rem 1rem;border-radius:6px}.kpi b{display:block;font-size:1.4rem}
svg text{font-size:12px;fill:#222}svg a:hover rect{opacity:.8}.note{color:#555;font-size:.9rem}
.sev{display:none}body[data-sev=ew] .sev-ew,body[data-sev=e] .sev-e,body[data-sev=i] .sev-i{display:block}
.switch{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #eee;z-index:2}
table.sortable th{cursor:pointer}table.sortable th:after{content:" ⇅";color:#999}
#wl-table{font-size:.88rem;width:100%}#wl-table td{overflow-wrap:anywhere}#wl-table td:nth-child(5){max-width:28rem}
.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end}.filters label{font-size:.85rem;display:flex;flex-direction:column}
code.slug{color:#555;font-size:.85em}details{margin:.4rem 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.4rem .6rem}
.src{font-size:.92rem}"""

_JS = r"""
(function(){
const D=JSON.parse(document.getElementById('wl-data').textContent);
const U=D.units, T=D.titles, SEV={error:'fel',warning:'varning',info:'info'}, RANK={error:3,warning:2,info:1};
const $=id=>document.getElementById(id);
document.querySelectorAll('input[name=sev]').forEach(r=>r.addEventListener('change',e=>{document.body.dataset.sev=e.target.value}));
const us=$('wl-unit'); U.forEach((u,i)=>{const o=document.createElement('option');o.value=i;o.textContent=u[1];us.appendChild(o)});
const cs=$('wl-code'); [...new Set(D.rows.map(r=>r[2]))].sort().forEach(c=>{const o=document.createElement('option');o.value=c;o.textContent=c+' '+(T[c]||'');cs.appendChild(o)});
let sortCol=0, sortDir=1, limit=500;
function rows(){
  const u=us.value, c=cs.value, f=$('wl-fam').value, m=$('wl-month').value, s=$('wl-sev').value, q=$('wl-q').value.toLowerCase();
  let out=D.rows.filter(r=>(u===''||r[0]==u)&&(c===''||r[2]===c)&&(f===''||r[2].startsWith(f))&&(m===''||r[1].startsWith(m))
    &&(s===''||(s==='ew'?r[3]!=='info':s==='e'?r[3]==='error':r[3]==='info'))
    &&(q===''||(r[4]+' '+r[6]+' '+r[7]).toLowerCase().includes(q)));
  const key=r=>sortCol===0?U[r[0]][1]:sortCol===3?RANK[r[3]]:r[sortCol];
  out.sort((a,b)=>{const x=key(a),y=key(b);return (x<y?-1:x>y?1:0)*sortDir});
  return out;
}
function render(){
  const rs=rows(), tb=$('wl-body'); tb.textContent='';
  const frag=document.createDocumentFragment();
  rs.slice(0,limit).forEach(r=>{const tr=document.createElement('tr');
    [U[r[0]][1],r[1],r[2]+' '+(T[r[2]]||''),SEV[r[3]],r[4],r[5],r[6],r[7],r[8]].forEach((v,i)=>{const td=document.createElement('td');td.textContent=v;if(i===3)td.className=r[3];tr.appendChild(td)});
    frag.appendChild(tr)});
  tb.appendChild(frag);
  $('wl-count').textContent=rs.length+' rader'+(rs.length>limit?' (visar '+limit+')':'');
  $('wl-more').hidden=rs.length<=limit;
}
['wl-unit','wl-code','wl-fam','wl-month','wl-sev'].forEach(id=>$(id).addEventListener('change',()=>{limit=500;render()}));
$('wl-q').addEventListener('input',()=>{limit=500;render()});
$('wl-more').addEventListener('click',()=>{limit=Infinity;render()});
document.querySelectorAll('#wl-table th').forEach((th,i)=>th.addEventListener('click',()=>{const col=[0,1,2,3,4,5,6,7,8][i];sortDir=sortCol===col?-sortDir:1;sortCol=col;render()}));
document.querySelectorAll('table.sortable').forEach(t=>t.querySelectorAll('th').forEach((th,i)=>th.addEventListener('click',()=>{
  const tb=t.tBodies[0], dir=th.dataset.dir==='1'?-1:1; th.dataset.dir=dir;
  const val=tr=>{const td=tr.children[i];const v=td.dataset.v;return v!==undefined?parseFloat(v):td.textContent};
  [...tb.rows].sort((a,b)=>{const x=val(a),y=val(b);return (x<y?-1:x>y?1:0)*dir}).forEach(r=>tb.appendChild(r))})));
function fromHash(){
  const h=location.hash; if(!h.startsWith('#wl?')) return;
  const p=new URLSearchParams(h.slice(4));
  us.value=p.has('unit')?String(U.findIndex(u=>u[0]===p.get('unit'))):'';
  cs.value=p.get('code')||''; $('wl-fam').value=p.get('fam')||''; $('wl-month').value=p.get('month')||'';
  $('wl-sev').value=p.get('sev')||''; $('wl-q').value=''; limit=500; render();
  $('worklist').scrollIntoView();
}
window.addEventListener('hashchange',fromHash);
render(); fromHash();
})();
"""


def _csp() -> str:
    """The report's Content-Security-Policy: nothing loaded from anywhere, no script but its
    own (by its hash), inline styles and data: images (the SVG charts are inline) only."""
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode()
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def render_report(store: Store, run_id: str, *, min_group: int = 5) -> str:
    d = _Data(store, run_id)
    run = d.run
    families = [f for f in KIND_OF_FAMILY
                if d.v_kind.get(KIND_OF_FAMILY[f]) or any(k[0] == f for k in d.f_fam)]
    by_sev = {s: sum(n for (f, sv), n in d.f_fam.items() if sv == s) for s in COLORS}
    total = sum(by_sev.values())
    wl_json, wl_n = _worklist_json(store, run_id)
    wl_note = (f'<p class="note">Sidan visar de första {MAX_WORKLIST} raderna; hela listan ger '
               "<code>notelint audit --worklist FIL.xlsx</code>.</p>") if wl_n > MAX_WORKLIST else ""
    charts = "".join(_view_charts(d, families, v) for v in VIEWS)
    months = "".join(f'<option value="{m}">{m}</option>' for m in d.months)
    fams = "".join(f'<option value="{f}">{_esc(_fam_label(f))}</option>' for f in families)
    switch = "".join(
        f'<label><input type="radio" name="sev" value="{k}"{" checked" if k == "ew" else ""}> '
        f"{_esc(v[0])}</label> " for k, v in VIEWS.items())
    kinds = "".join(f"<div><b>{d.v_kind.get(k, 0)}</b>{KIND_PLURAL[k]}</div>" for k in KIND_PLURAL)
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>notelint – granskningsrapport</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_csp()}">
<style>{_CSS}</style></head><body data-sev="ew">
<h1>Granskning av journaldokumentation</h1>
<p>Regelverk <b>{_esc(run.get('ruleset'))}</b> (version {_esc(run.get('ruleset_version'))}),
körning <code>{_esc(run_id)}</code>, {_esc(str(run.get('finished') or '')[:16])}.
Rapporten innehåller ingen journaltext och inga personnummer; patienter anges bara som en
nyckelad kod. Alla andelar är <b>fynd per 100 granskade</b> anteckningar, åtkomsthändelser,
1177-ärenden eller behandlingar — det som regelfamiljen granskar — så att stora och små
enheter kan jämföras.</p>
<div class="kpi"><div><b>{run.get('records', 0)}</b>journaler</div>{kinds}
<div><b>{total}</b>fynd</div><div class="error"><b>{by_sev['error']}</b>fel</div>
<div class="warning"><b>{by_sev['warning']}</b>varningar</div><div class="info"><b>{by_sev['info']}</b>info</div>
<div><b>{run.get('broken', 0)}</b>oläsbara poster</div></div>
<div class="switch">Visa: {switch}</div>
<h2 id="andelar">Andelar per regelfamilj, enhet och månad</h2>
<p class="note">Klicka på en stapel för att se raderna bakom den i åtgärdslistan.</p>
{charts}
<h2 id="enheter">Enheter</h2>
<p class="note">Fel och varningar per 100 granskade poster (antal fynd inom parentes); klicka
på en rubrik för att sortera, på en enhet för dess åtgärdslista.</p>
{_unit_table(d, families)}
<h2 id="trend">Trend</h2>
{_history(store, run_id, d, families)}
<h2 id="vanligaste">Vanligaste regler</h2>
<h3>Fel och varningar</h3>{_top_rules(store, run_id, ("error", "warning"))}
<h3>Info (att granska, inte regelbrott)</h3>{_top_rules(store, run_id, ("info",))}
<h2 id="worklist">Åtgärdslista</h2>
<p class="note">Ett fynd per rad: vilken anteckning, åtkomsthändelse, 1177-ärende eller
behandling det gäller (id som i journalsystemet), så att enheten kan åtgärda den.</p>
<div class="filters">
<label>Enhet<select id="wl-unit"><option value="">Alla enheter</option></select></label>
<label>Regelfamilj<select id="wl-fam"><option value="">Alla</option>{fams}</select></label>
<label>Regel<select id="wl-code"><option value="">Alla regler</option></select></label>
<label>Allvar<select id="wl-sev"><option value="">Alla</option><option value="ew">Fel och varningar</option><option value="e">Endast fel</option><option value="i">Info</option></select></label>
<label>Månad<select id="wl-month"><option value="">Alla</option>{months}</select></label>
<label>Sök<input id="wl-q" type="search" placeholder="id, text i meddelandet"></label>
<span id="wl-count"></span></div>
{wl_note}
<table id="wl-table"><thead><tr><th>Enhet</th><th>Datum</th><th>Regel</th><th>Allvar</th>
<th>Meddelande</th><th>Gäller</th><th>Id</th><th>Patientkod</th><th>Fil:rad</th></tr></thead>
<tbody id="wl-body"></tbody></table>
<button id="wl-more" hidden>Visa alla rader</button>
<h2 id="regler">Reglerna</h2>
<p class="note">Vad varje regel kontrollerar och vilken rutin den bygger på.</p>
{_rule_docs()}
<script type="application/json" id="wl-data">{wl_json}</script>
<script>{_JS}</script>
</body></html>
"""


def write_report(store: Store, run_id: str, path: str, *, min_group: int = 5) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(render_report(store, run_id, min_group=min_group))

"""The audit report in a real headless Chromium: loads offline, charts render, screenshot taken.

Skipped where no Chromium is installed (`.ci/run` installs Debian's chromium when it can).
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess

import pytest

from notelint.audit.runner import AuditOptions, run_audit

from conftest import PNR

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")
def test_report_screenshot_shows_charts(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTELINT_AUDIT_KEY", "k")
    exp = tmp_path / "e.jsonl"
    exp.write_text("\n".join(json.dumps({
        "patient": {"id": PNR}, "as_of": "2024-06-30T00:00:00",
        "access_events": [{"id": f"a{i}", "action": "lock", "initiated_by": "staff",
                           "unit": {"name": f"Enhet {i % 2}", "hsa_id": f"SE1-{i % 2}"},
                           "ordered": f"2024-0{1 + i % 4}-02T10:00:00", "start": f"2024-0{1 + i % 4}-02",
                           "end": "2024-12-31", "decided_by": {"role": "verksamhetschef"}}]})
        for i in range(20)), encoding="utf-8")
    report = tmp_path / "audit.html"
    run_audit(AuditOptions([str(exp)], "skane", report=str(report), jobs=1, min_group=1))
    shot = tmp_path / "shot.png"
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'prof'}", "--dump-dom",
         report.as_uri()], capture_output=True, text=True, timeout=60).stdout
    assert dom.count("<svg") >= 3 and "<rect" in dom
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'prof2'}", f"--screenshot={shot}",
         "--window-size=1000,1400", report.as_uri()], capture_output=True, timeout=60)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    # the chart bars are drawn: the screenshot has the bar colour somewhere
    try:
        import zlib  # noqa: F401  (PNG decoding below is stdlib-only)
        from PIL import Image  # type: ignore
    except ImportError:
        return
    img = Image.open(shot).convert("RGB")
    assert any(px == (47, 109, 179) for px in img.getdata())


def _big_store(path):
    """A store as a 20k-note audit leaves it: 25 units, 24 months (three without any finding),
    ~9k findings — written directly, so the browser test does not lint for minutes."""
    import datetime as dt
    import random

    from notelint.audit.rows import TaskResult
    from notelint.audit.store import Store

    rnd = random.Random(5)
    s = Store(path)
    run = s.new_run({"ruleset": "skane", "ruleset_version": "t", "config_hash": "c",
                     "signature": "s", "key_id": "kid", "engine": "local", "jobs": 1,
                     "notelint_version": "t"})
    units = [(f"SE2321000032-{i:04d}", f"Vårdcentralen med ett mycket långt namn nummer {i} i "
              f"Region Skåne, mottagningen för barn och unga") for i in range(25)]
    months = [dt.date(2023 + (m // 12), 1 + m % 12, 1) for m in range(24)]
    res = TaskResult("t")
    codes = [("NL102", "warning", "note"), ("NL103", "info", "note"), ("NL201", "error", "note"),
             ("NL301", "error", "access_event"), ("NL401", "error", "conversation")]
    for i in range(4000):
        hsa, name = units[i % 25]
        month = months[i % 24]
        h = f"h{i}"
        res.records.append((h, "e.jsonl", i + 1, 5, 1, 1, 0, 0))
        res.volumes += [(h, "note", hsa, name, month, 5), (h, "access_event", hsa, name, month, 1),
                        (h, "conversation", hsa, name, month, 1)]
        if month.month in (3, 7) and month.year == 2023 or month == months[-1]:
            continue  # months without findings must still be on the axis
        for _ in range(rnd.randint(0, 4)):
            code, sev, kind = rnd.choice(codes)
            res.rows.append((h, i + 1, code, "x", sev, code[:3], hsa, name,
                             month.replace(day=9), kind, f"MEL-{i}", "Meddelande", "skane",
                             f"fp{i}{code}", "k" * 24, "e.jsonl", i + 1))
    s.add_task(run, res, "sig")
    s.finish_run(run, 1, 1.0, 0)
    return s, run, units, len(res.rows)


_CHECK = """<script>
(function(){
  const out={overlaps:0, clipped:[], rows:0, units:[], months:[], clicked:false};
  const visible=[...document.querySelectorAll('.sev')].filter(d=>getComputedStyle(d).display!=='none');
  visible.forEach(div=>div.querySelectorAll('svg').forEach(svg=>{
    const w=svg.viewBox.baseVal.width;
    const texts=[...svg.querySelectorAll('text')];
    texts.forEach(t=>{const b=t.getBBox(); if(b.x<-0.5||b.x+b.width>w+0.5) out.clipped.push(t.textContent)});
    const ms=[...svg.querySelectorAll('text.month')].map(t=>t.getBBox()).sort((a,b)=>a.x-b.x);
    for(let i=1;i<ms.length;i++) if(ms[i].x<ms[i-1].x+ms[i-1].width) out.overlaps++;
    if(ms.length) out.months.push(svg.querySelectorAll('a').length);
  }));
  const collect=()=>{
    const rows=[...document.querySelectorAll('#wl-body tr')];
    out.rows=rows.length; out.units=[...new Set(rows.map(r=>r.children[0].textContent))];
    out.count=document.getElementById('wl-count').textContent;
    const pre=document.createElement('pre'); pre.id='check'; pre.textContent=JSON.stringify(out);
    document.body.appendChild(pre);
  };
  // one click on the unit's bar in a rate chart: the worklist must show that unit's rows
  const bar=visible.flatMap(d=>[...d.querySelectorAll('svg a')]).find(a=>a.getAttribute('href')===TARGET);
  window.addEventListener('hashchange',()=>{out.clicked=true; collect()});
  if(bar) bar.querySelector('rect').dispatchEvent(new MouseEvent('click',{bubbles:true,cancelable:true,view:window}));
  else collect();
})();
</script></body>"""


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine")
def test_report_at_20k_notes_rates_month_axis_and_worklist_in_the_browser(tmp_path):
    from notelint.audit.report import render_report

    store, run, units, n_rows = _big_store(tmp_path / "s.duckdb")
    page = render_report(store, run)
    store.close()
    report = tmp_path / "big.html"
    hsa, name = units[7]
    target = f"#wl?unit={hsa}&fam=NL3&sev=ew"  # its bar in the errors-and-warnings rates
    check_js = _CHECK.replace("TARGET", json.dumps(target))
    # the report's own CSP stays in force (its script must run under it); the check's
    # script is let in by its hash, as the report's is
    body = check_js.split("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    assert "script-src 'sha256-" in page
    page = page.replace("script-src ", f"script-src 'sha256-{digest}' ", 1)
    report.write_text(page.replace("</body>", check_js), encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'prof'}", "--window-size=1200,900",
         "--virtual-time-budget=5000", "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=120).stdout
    check = json.loads(dom.split('<pre id="check">')[1].split("</pre>")[0].replace("&quot;", '"'))
    assert check["overlaps"] == 0, check  # month labels never overlap
    assert check["clipped"] == [], check["clipped"][:5]  # no label leaves its chart
    assert check["months"] and set(check["months"]) == {24}, check["months"]  # zero months shown
    # one click on a chart bar (offline: a file:// page): the worklist shows that unit's NL3
    # rows only
    assert check["clicked"], check
    assert check["units"] == [f"{name} ({hsa})"] and 0 < check["rows"] <= 500, check
    assert "per 100 åtkomsthändelser" in dom and f"#wl?unit={hsa}&amp;fam=NL3" in dom

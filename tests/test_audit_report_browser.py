"""The audit report in a real headless Chromium: loads offline, charts render, screenshot taken.

Skipped where no Chromium is installed (`.ci/run` installs Debian's chromium when it can).
"""

from __future__ import annotations

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

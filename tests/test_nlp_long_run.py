"""The collector settings of a run over many notes (``notelint.nlp.long_run``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import notelint.nlp as nlp
from notelint.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_long_run_sets_the_threshold_and_freezes_the_built_pipeline():
    # in a process of its own: the settings are process-wide
    code = (
        "import gc\n"
        "from notelint.nlp import LONG_RUN_GC_THRESHOLD, get_pipeline, long_run\n"
        "long_run()\n"
        "assert gc.get_threshold() == LONG_RUN_GC_THRESHOLD, gc.get_threshold()\n"
        "assert gc.get_freeze_count() == 0  # nothing is built yet: nothing frozen\n"
        "nlp = get_pipeline()\n"
        "assert gc.get_freeze_count() > 100_000, gc.get_freeze_count()\n"
        "assert nlp('Trol. pneumoni.').text\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"


def test_a_pipeline_built_before_is_frozen_when_the_long_run_starts(monkeypatch):
    frozen = []
    monkeypatch.setattr(nlp, "_long_run", False)
    monkeypatch.setattr(nlp, "_freeze_heap", lambda: frozen.append(True))
    monkeypatch.setattr(nlp, "_pipelines", {None: object()})
    monkeypatch.setattr(nlp.gc, "set_threshold", lambda *a: frozen.append(a))
    nlp.long_run()
    assert frozen == [nlp.LONG_RUN_GC_THRESHOLD, True]


def test_lint_command_and_every_worker_announce_a_long_run(monkeypatch):
    calls = []
    monkeypatch.setattr(nlp, "long_run", lambda: calls.append("run"))
    res = CliRunner().invoke(main, ["lint", str(ROOT / "examples" / "skane"), "--isolated"])
    assert res.exit_code in (0, 1), res.output
    assert calls == ["run"]

    from notelint import parallel
    from notelint.rulesets import load_ruleset

    parallel._init_worker(load_ruleset("skane"), ["NL101"], False, {})
    assert calls == ["run", "run"]

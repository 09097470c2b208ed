"""Shared test helpers: build records from compact dicts, lint them with a ruleset."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from notelint.engine import Engine
from notelint.model import Finding, Record, SourceLoc
from notelint.rules import select_rules
from notelint.rulesets import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PNR = "19121212-1212"          # Skatteverket's test personnummer (born 1912)
CHILD_PNR = "20141212-1236"    # a valid (Luhn) test number for a child born 2014-12-12


def benchmark_module(name: str) -> Any:
    """``benchmarks/<name>.py`` loaded as a module (the benchmarks are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"nl_bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def make_record(**kw: Any) -> Record:
    data: dict[str, Any] = {"patient": {"id": PNR}}
    data.update(copy.deepcopy(kw))
    rec = Record.model_validate(data)
    rec.set_loc(SourceLoc(path="test.json", line=1))
    return rec


def lint(record: Record | dict[str, Any], ruleset: str = "national",
         select: list[str] | None = None) -> list[Finding]:
    if isinstance(record, dict):
        record = Record.model_validate(record)
    rs = load_ruleset(ruleset)
    engine = Engine(rs, select_rules(select, None, rs.disabled_rules))
    return engine.lint_record(record, "test.json")


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


@pytest.fixture
def write(tmp_path: Path):
    def _write(name: str, content: str | bytes | Any) -> Path:
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        elif isinstance(content, str):
            p.write_text(content, encoding="utf-8")
        else:
            p.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        return p

    return _write


def pytest_sessionfinish(session, exitstatus):
    """Undo the serve app's gc.freeze() and collect while extension modules are alive:
    otherwise DuckDB's nanobind bindings print 'leaked instance' noise at exit."""
    import gc

    gc.unfreeze()
    gc.collect()

"""``notelint lint`` streams its findings: sorted runs spilled to a private temporary
directory and merged, reports written as they go — with the same bytes as a report built
as one document, for every format, ``--jobs 1`` and ``--jobs 2``, with a baseline too."""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import tracemalloc
from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from notelint import sorting
from notelint.baseline import Baseline, BaselineEntry, BaselineFilter, apply_baseline
from notelint.cli import main
from notelint.engine import Engine
from notelint.lint import LintOptions, lint_paths, run_lint
from notelint.model import Finding, Target
from notelint.report import Summary, Tally, render
from notelint.report.json_format import to_dict
from notelint.report.sarif import to_sarif
from notelint.sorting import FindingSorter

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ["text", "json", "sarif", "github", "junit"]


def _finding(i: int, path: str = "a.jsonl", line: int = 1, fp: str | None = None,
             code: str = "NL101") -> Finding:
    return Finding(code=code, name="syntetiskt-fynd", severity=("error", "warning", "info")[i % 3],
                   message=f"syntetiskt fynd {i} <&> \"citat\"", path=path, line=line,
                   column=1 + i % 2, target=Target(kind="note", id=f"n{i % 4}"),
                   fingerprint=fp or f"{i:020d}")


# ----------------------------------------------------------------------- the sorter


def test_sorter_is_a_stable_sort_and_cleans_up(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    rng = random.Random(5)
    # many ties in the key (same path/line/column/code/target): their order must survive
    findings = [_finding(i, path=rng.choice("abc"), line=rng.randint(1, 4)) for i in range(500)]
    with FindingSorter(run_size=7, max_runs=3) as sorter:
        for f in findings:
            sorter.add(f)
        (spill,) = os.listdir(tmp_path)
        assert os.stat(tmp_path / spill).st_mode & 0o777 == 0o700   # private
        # 71 runs of 7, merged 3 at a time per level: fewer than 3 runs on each of the
        # ≤ 4 levels, so files stay bounded and each finding is rewritten once per level
        levels = sorter._levels
        assert all(levels.count(k) < 3 for k in set(levels)) and max(levels) <= 4
        assert len(os.listdir(tmp_path / spill)) == len(levels) <= 8
        assert list(sorter) == sorted(findings, key=Finding.sort_key)
    assert os.listdir(tmp_path) == []
    with pytest.raises(RuntimeError), FindingSorter(run_size=2) as sorter:
        for f in findings[:9]:
            sorter.add(f)
        raise RuntimeError
    assert os.listdir(tmp_path) == []
    with FindingSorter() as sorter:                                  # small: never spills
        for f in findings[:9]:
            sorter.add(f)
        assert os.listdir(tmp_path) == [] and list(sorter) == sorted(findings[:9],
                                                                     key=Finding.sort_key)


def test_sorted_findings_dumped_are_the_models_dumps(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    rng = random.Random(6)
    findings = [_finding(i, path=rng.choice("ab"), line=rng.randint(1, 3)) for i in range(60)]
    # what pydantic's serializer and json.dumps write differently (raw UTF-8 or \u escapes):
    # the same values once read back
    odd = ['Misstänkt "åäö" \\ \t \u2028 \ud800 \x00 slut', "Bedömning: ÅÄÖ ß İ ✓ 🙂"]
    findings += [f.model_copy(update={"message": rng.choice(odd)}) for f in findings[:20]]

    def fails(self, **kw):  # (the fallback of a string pydantic would not encode)
        raise ValueError("not encodable")

    for run_size, fallback in ((7, False), (1000, False), (7, True)):
        if fallback:
            monkeypatch.setattr(Finding, "model_dump_json", fails)
        with FindingSorter(run_size=run_size, max_runs=3) as sorter:
            for f in findings:
                sorter.add(f)
            assert list(sorter.dumped()) == [f.model_dump(mode="json")
                                             for f in sorted(findings, key=Finding.sort_key)]


def test_indented_is_json_dumps_with_indent_byte_for_byte():
    """The report writer's own indenting (scalars by the C encoder) against
    ``json.dumps(indent=...)`` on random nested values: keys and strings with quotes,
    control characters, line separators, lone surrogates; big and negative numbers, floats
    json writes its own way (1e+16, -0.0, Infinity), empty containers."""
    from notelint.report import indented

    rng = random.Random(7)
    scalars = [None, True, False, 0, -5, 10**20, 1.5, 1e16, -0.0, float("inf"), "",
               'Pat "ö" \\ \t \x00 \u2028 \ud800 19121212-1212', "åäö"]

    def value(depth: int = 0):
        r = rng.random()
        if depth < 3 and r < 0.25:
            return {rng.choice(["a", "ö", 'k"y', "\n", ""]) + str(i): value(depth + 1)
                    for i in range(rng.randint(0, 4))}
        if depth < 3 and r < 0.4:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return rng.choice(scalars)

    for _ in range(3000):
        obj = value()
        for pad, step in (("", "  "), ("    ", "  "), ("  ", "    ")):
            expected = json.dumps(obj, ensure_ascii=False, indent=len(step)).replace("\n", "\n" + pad)
            assert indented(obj, pad, step) == expected
    assert indented({1: "x", "b": [1]}, "  ") == json.dumps({1: "x", "b": [1]}, indent=2).replace("\n", "\n  ")


# ----------------------------------------------------------------------- byte identity


def _whole_document(fmt: str, findings: list[Finding], summary: Summary) -> str:
    """The report built as one document, as `notelint lint` did before it streamed
    (json.dumps of the whole object, ElementTree of the whole JUnit tree)."""
    if fmt == "json":
        return json.dumps({"findings": [to_dict(f) for f in findings],
                           "summary": summary.as_dict()}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        return json.dumps(to_sarif(findings, summary, {}), ensure_ascii=False, indent=2) + "\n"
    if fmt == "junit":
        groups: dict[tuple[str, str], list[Finding]] = defaultdict(list)
        for f in findings:
            groups[(f.path, f.code)].append(f)
        suites = ET.Element("testsuites", name="notelint")
        suite = ET.SubElement(suites, "testsuite", name="notelint")
        for (path, code), items in sorted(groups.items()):
            case = ET.SubElement(suite, "testcase", classname=path,
                                 name=f"{code} {items[0].name}", file=path,
                                 line=str(items[0].line))
            failure = ET.SubElement(case, "failure", type=min(
                (f.severity for f in items), key=("error", "warning", "info").index),
                message=f"{len(items)} finding{'s' if len(items) != 1 else ''} of {code}: "
                        f"{items[0].message}")
            failure.text = "\n".join(f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] "
                                     f"{f.message}" for f in items)
        if not groups:
            ET.SubElement(suite, "testcase", classname="notelint", name="all checks passed")
        for el in (suites, suite):
            el.set("tests", str(max(len(groups), 1)))
            el.set("failures", str(len(groups)))
            el.set("errors", "0")
        suite.set("skipped", "0")
        ET.indent(suites)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                + ET.tostring(suites, encoding="unicode") + "\n")
    return render(fmt, findings, summary)  # text, github: one line per finding either way


@pytest.fixture(scope="module")
def c300(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("c300") / "c300.jsonl"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--records", "300",
                    "--seed", "3", "-o", str(out)], check=True, capture_output=True)
    return out


CASES = {  # name -> (paths, extra flags)
    "examples": (lambda c: [str(ROOT / "examples")], []),
    "c300": (lambda c: [str(c), str(ROOT / "examples" / "skane")],
             ["--ruleset", "skane", "--isolated"]),
}


def _options(paths: list[str], extra: list[str], jobs: int) -> LintOptions:
    ruleset = extra[extra.index("--ruleset") + 1] if "--ruleset" in extra else None
    return LintOptions(paths=paths, ruleset=ruleset, isolated="--isolated" in extra, jobs=jobs)


@pytest.mark.parametrize("case", sorted(CASES))
def test_streamed_reports_equal_whole_documents(case, c300, monkeypatch):
    paths, extra = CASES[case][0](c300), CASES[case][1]
    monkeypatch.setattr(sorting, "RUN_SIZE", 10**9)       # reference: one in-memory sort
    ref = lint_paths(_options(paths, extra, 1))
    summary = Summary(ref.files, ref.records, ref.notes, len(ref.findings),
                      rulesets=ref.rulesets, tally=Tally.of(ref.findings))
    expected_rc = 2 if ref.broken else (1 if ref.failing else 0)
    assert len(ref.findings) > (500 if case == "c300" else 50)  # many runs of 40 below
    monkeypatch.setattr(sorting, "RUN_SIZE", 40)          # spill many runs…
    monkeypatch.setattr(sorting, "MAX_RUNS", 3)           # …and merge them on the way
    runner = CliRunner()
    for fmt in FORMATS:
        expected = _whole_document(fmt, ref.findings, summary)
        for jobs in (1, 2):
            res = runner.invoke(main, ["lint", *paths, *extra, "--format", fmt, "--jobs",
                                       str(jobs)], catch_exceptions=False)
            assert res.exit_code == expected_rc, (fmt, jobs)
            assert res.stdout == expected, (fmt, jobs)


# ----------------------------------------------------------------------- memory


PER_RECORD = 100
RECORDS = 150  # 15,000 findings


@pytest.fixture
def synthetic(monkeypatch, tmp_path):
    """Every record gives PER_RECORD findings (no NLP: the rules are not what is measured);
    fingerprints repeat every 50 findings, so a baseline has duplicates to choose from."""
    def lint_record(self, record, path):
        line = record.loc.line if record.loc else 1
        return [_finding(i, path=path, line=line, fp=f"fp{i % 50:018d}")
                for i in range((line - 1) * PER_RECORD, line * PER_RECORD)]

    monkeypatch.setattr(Engine, "lint_record", lint_record)
    rec = {"patient": {"id": "19121212-1212"}, "notes": [{"id": "n1"}]}
    path = tmp_path / "export.jsonl"
    path.write_text((json.dumps(rec) + "\n") * RECORDS, encoding="utf-8")
    return path


def _peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_lint_does_not_hold_the_findings(synthetic, tmp_path):
    options = LintOptions(paths=[str(synthetic)], fmt="json", output=str(tmp_path / "r.json"),
                          isolated=True, select=["NL101"])
    assert run_lint(options) == 1                                       # warm caches
    streamed = _peak(lambda: run_lint(options))
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["summary"]["findings"] == RECORDS * PER_RECORD

    def whole() -> None:  # the findings as a list and the report as one string
        result = lint_paths(options)
        render("json", result.findings, Summary(findings=len(result.findings)))

    held = _peak(whole)
    bound = 12 << 20  # streamed: ≈ 3 MB (RUN_SIZE entries); held: ≈ 45 MB
    assert streamed < bound < held, (streamed, held)


# ----------------------------------------------------------------------- baseline


def test_baseline_filter_is_apply_baseline_on_a_stream():
    findings = [_finding(i, line=i, fp=f"fp{i % 5}") for i in range(40)]
    findings.append(_finding(99, fp="fp1", code="NL901"))               # never baselined
    base = Baseline([BaselineEntry("fp1", count=3), BaselineEntry("fp2", count=20, path="a"),
                     BaselineEntry("fp3", count=1, path="elsewhere.json"),
                     BaselineEntry("gone", count=2)])
    known = BaselineFilter(base)
    kept = [f for f in findings if not known.hides(f)]
    report = known.report(linted=["a"])
    assert (kept, report) == apply_baseline(findings, base, linted=["a"])
    assert report.hidden == 3 + 8 + 1
    assert [(e.fingerprint, e.count) for e in report.stale] == [("fp2", 12), ("gone", 2)]
    assert [f.line for f in kept if f.fingerprint == "fp1"] == [16, 21, 26, 31, 36, 1]  # 1, 6, 11 hidden


def test_baseline_over_a_spilled_stream(synthetic, tmp_path, monkeypatch):
    monkeypatch.setattr(sorting, "RUN_SIZE", 500)
    base = tmp_path / "base.json"
    entries = [{"fingerprint": f"fp{i:018d}", "count": 100 + i} for i in range(0, 50, 2)]
    entries.append({"fingerprint": "fp-old", "path": str(synthetic), "count": 1})
    base.write_text(json.dumps({"version": 1, "entries": entries}), encoding="utf-8")
    res = CliRunner().invoke(main, ["lint", str(synthetic), "--isolated", "--format", "json",
                                    "--baseline", str(base)], catch_exceptions=False)
    # reference: the whole stream in memory, the baseline applied in production order
    monkeypatch.setattr(sorting, "RUN_SIZE", 10**9)
    ref = lint_paths(LintOptions(paths=[str(synthetic)], isolated=True))
    assert len(ref.findings) == RECORDS * PER_RECORD
    from notelint.baseline import load_baseline

    kept, report = apply_baseline(ref.findings, load_baseline(base), linted=[str(synthetic)])
    kept.sort(key=Finding.sort_key)
    assert res.stdout == _whole_document(
        "json", kept, Summary(ref.files, ref.records, ref.notes, len(kept),
                              rulesets=ref.rulesets, hidden=report.hidden,
                              tally=Tally.of(kept)))
    assert report.hidden == sum(100 + i for i in range(0, 50, 2)) and report.stale
    (line,) = [x for x in res.stderr.splitlines() if "baseline" in x]  # one line, not many
    assert "no longer match" in line


def test_spill_removed_when_writing_fails(synthetic, tmp_path, monkeypatch):
    spill = tmp_path / "tmp"
    spill.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(spill))
    monkeypatch.setattr(sorting, "RUN_SIZE", 100)

    class Broken(io.StringIO):
        def write(self, s: str) -> int:
            if self.tell() > 10_000:
                raise OSError(28, "No space left on device")
            return super().write(s)

    from notelint.errors import UserError

    with pytest.raises(UserError, match="standard output: cannot write the report"):
        run_lint(LintOptions(paths=[str(synthetic)], isolated=True, fmt="text"),
                 stdout=Broken())
    assert os.listdir(spill) == []


def test_unwritable_temp_dir_is_one_clear_line(synthetic, tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "gone" / "tmp"))  # does not exist
    monkeypatch.setattr(sorting, "RUN_SIZE", 100)  # so the first 100 findings spill
    result = CliRunner().invoke(main, ["lint", str(synthetic), "--isolated"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    (line,) = [x for x in result.output.splitlines() if "temporary files" in x]
    assert "TMPDIR" in line and str(tmp_path / "gone") in line

"""``--jobs``: a process pool whose workers read their own slices gives the same findings."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest

from notelint import parallel
from notelint.lint import LintOptions, lint_paths
from notelint.readers.json_reader import stream_jsonl

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("nl_generate_p", ROOT / "benchmarks" / "generate.py")
assert _spec and _spec.loader
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

# violations at high rates so a small corpus has findings of several families
RATES = {"seal": 0.4, "seal_undocumented": 0.5, "seal_no_end": 0.4, "conversation": 0.6,
         "conv_undocumented": 0.4, "conv_copied": 0.2, "late_note": 0.3, "hypothesis": 0.3,
         "violence_visible": 0.1, "treatment": 0.3, "treatment_undocumented": 0.4}

TEXT_NOTE = """Patient: 19121212-1212
Journalsystem: Melior
Vårdenhet: Psykiatrimottagning Lund
Mall: Läkaranteckning
Datum: 2024-03-12 14:05

Anamnes: Pat söker pga nedstämdhet sedan 3 mån, sover dåligt.
Bedömning: Misstänkt bipolär sjukdom, ev. hypomana episoder. Pat berättar att sambon slagit henne.
Åtgärd: Remiss till psyk, återbesök om 2 v.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    with open(d / "big.jsonl", "w", encoding="utf-8") as fh:
        gen.write_jsonl(fh, gen.generate(120, seed=11, rates=RATES))
    with open(d / "small.jsonl", "w", encoding="utf-8") as fh:
        gen.write_jsonl(fh, gen.generate(15, seed=12, rates=RATES))
    recs = list(gen.generate(5, seed=13, rates=RATES))
    (d / "list.json").write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    (d / "note.txt").write_text(TEXT_NOTE, encoding="utf-8")
    # a broken line in the middle of a JSON Lines file, and an empty file
    lines = (d / "small.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(7, '{"patient": {"id": "19121212-1212"}, "notes": [{"id": 1')
    (d / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "empty.jsonl").write_text("", encoding="utf-8")
    return d


@pytest.fixture
def small_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    # force range splitting on test-sized files (the plan is made in the parent)
    monkeypatch.setattr(parallel, "MIN_RANGE_BYTES", 4096)


def _dump(result) -> list[dict]:
    return [f.model_dump(mode="json") for f in result.findings]


def test_effective_jobs() -> None:
    assert parallel.effective_jobs(3) == 3
    assert parallel.effective_jobs(0) >= 1


def test_ranges_cover_the_file_at_line_starts(corpus: Path, small_ranges: None) -> None:
    path = corpus / "big.jsonl"
    data = path.read_bytes()
    tasks = parallel.plan_tasks([str(path)], 2)
    assert len(tasks) >= 3
    assert tasks[0].start == 0 and tasks[-1].end == len(data)
    for a, b in zip(tasks, tasks[1:]):
        assert a.end == b.start
        assert data[b.start - 1:b.start] == b"\n"              # starts at a line start
        assert b.line == data[:b.start].count(b"\n") + 1       # and knows its line number
    whole = [(i.line, i.record.patient.id) for i in stream_jsonl(io.BytesIO(data), str(path))]
    pieces = [(i.line, i.record.patient.id) for t in tasks
              for i in parallel.read_range(t.path, t.start, t.end, t.line)]
    assert pieces == whole and len(whole) == 120


def test_small_and_non_jsonl_files_stay_whole(corpus: Path, small_ranges: None) -> None:
    big = (corpus / "list.json")
    big.write_text(big.read_text(encoding="utf-8") + " " * 20000, encoding="utf-8")
    tasks = parallel.plan_tasks([str(corpus)], 2)
    whole = {Path(t.path).name for t in tasks if t.end is None}
    assert whole == {"list.json", "note.txt", "empty.jsonl"}  # JSON lists are never split
    assert {Path(t.path).name for t in tasks if t.end is not None} >= {"big.jsonl"}
    assert parallel.plan_tasks([str(corpus / "note.txt")], 8) == [
        parallel.Task(str(corpus / "note.txt"))]


def test_jobs2_equals_jobs1_on_a_mixed_directory(corpus: Path, small_ranges: None) -> None:
    one = lint_paths(LintOptions(paths=[str(corpus)], ruleset="skane", isolated=True, jobs=1))
    two = lint_paths(LintOptions(paths=[str(corpus)], ruleset="skane", isolated=True, jobs=2))
    assert _dump(one) == _dump(two)
    assert (one.files, one.records, one.notes, one.broken) == \
        (two.files, two.records, two.notes, two.broken)
    assert one.broken == 2 and one.records == 120 + 15 + 15 + 5 + 1
    codes = {f.code for f in one.findings}
    assert "NL901" in codes
    assert len(codes - {"NL901", "NL902"}) >= 3  # real rule findings, not only errors
    broken_line = [f for f in two.findings if f.code == "NL901" and f.path.endswith("mixed.jsonl")]
    assert [f.line for f in broken_line] == [8]


def test_ranges_are_capped_and_handed_out_a_few_at_a_time(corpus: Path, small_ranges: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MAX_RANGE_BYTES", 16384)   # memory: a task's findings
    monkeypatch.setattr(parallel, "AHEAD_PER_JOB", 1)
    big = str(corpus / "big.jsonl")
    tasks = parallel.plan_tasks([big], 2)
    assert len(tasks) > 2 * parallel.RANGES_PER_JOB and all(t.end for t in tasks)
    whole = [parallel.Task("a"), parallel.Task("b"), parallel.Task("c")]
    assert [len(b) for b in parallel._batches([*tasks[:2], *whole, tasks[2]], 2)] == \
        [1, 1, 2, 1, 1]                                  # ranges alone, whole files batched
    one = lint_paths(LintOptions(paths=[big], ruleset="skane", isolated=True, jobs=1))
    two = lint_paths(LintOptions(paths=[big], ruleset="skane", isolated=True, jobs=2))
    assert _dump(one) == _dump(two) and one.records == two.records == 120


def test_jobs0_and_select_in_workers(corpus: Path, small_ranges: None) -> None:
    paths = [str(corpus / "big.jsonl")]
    one = lint_paths(LintOptions(paths=paths, ruleset="vgr", isolated=True, jobs=1,
                                 select=["NL4"]))
    allc = lint_paths(LintOptions(paths=paths, ruleset="vgr", isolated=True, jobs=0,
                                  select=["NL4"]))
    assert _dump(one) == _dump(allc)
    assert one.findings and all(f.code.startswith("NL4") for f in allc.findings)


def test_stdin_is_linted_in_the_parent(corpus: Path) -> None:
    stdin = io.BytesIO(TEXT_NOTE.encode("utf-8"))
    opts = dict(ruleset="skane", isolated=True)
    one = lint_paths(LintOptions(paths=["-", str(corpus / "small.jsonl")], jobs=1, **opts),
                     io.BytesIO(TEXT_NOTE.encode("utf-8")))
    two = lint_paths(LintOptions(paths=["-", str(corpus / "small.jsonl")], jobs=2, **opts), stdin)
    assert _dump(one) == _dump(two)
    assert any(f.path == "-" for f in two.findings)


def test_utf16_jsonl_is_never_cut_into_byte_ranges(corpus: Path, small_ranges: None,
                                                  tmp_path: Path) -> None:
    """Issue 19: UTF-16 lines do not end in b"\\n": cut in ranges, every record was lost."""
    u16 = tmp_path / "u16.jsonl"
    u16.write_bytes((corpus / "big.jsonl").read_text(encoding="utf-8").encode("utf-16"))
    assert parallel.plan_tasks([str(u16)], 2) == [parallel.Task(str(u16))]
    one = lint_paths(LintOptions(paths=[str(corpus / "big.jsonl")], ruleset="skane",
                                 isolated=True, jobs=1))
    two = lint_paths(LintOptions(paths=[str(u16)], ruleset="skane", isolated=True, jobs=2))
    assert [f.code for f in two.findings] == [f.code for f in one.findings]
    assert "NL901" not in {f.code for f in two.findings}


def test_read_range_bounds_the_line_like_the_serial_reader(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from notelint.readers import json_reader

    monkeypatch.setattr(json_reader, "MAX_LINE_BYTES", 1000)
    good = json.dumps({"patient": {"id": "19121212-1212"}})
    data = (good + "\n" + '{"x": "' + "a" * 5000 + '"}\n' + good + "\n").encode()
    p = tmp_path / "long.jsonl"
    p.write_bytes(data)
    serial = [(type(i).__name__, i.line) for i in stream_jsonl(io.BytesIO(data), str(p))]
    ranged = [(type(i).__name__, i.line, getattr(i, "message", ""))
              for i in parallel.read_range(str(p), 0, len(data), 1)]
    assert [r[:2] for r in ranged] == serial == [("Loaded", 1), ("Broken", 2), ("Loaded", 3)]
    assert "längre än" in ranged[1][2]
    # a range that starts after the long line still knows where it is
    start = data.index(good.encode(), 10)
    assert [i.line for i in parallel.read_range(str(p), start, len(data), 3)] == [3]


def test_the_last_ranges_shrink_so_the_cores_finish_together() -> None:
    size = 150 << 20
    pieces = -(-size // parallel.MAX_RANGE_BYTES)
    points = parallel._cut_points(size, pieces, 2)
    sizes = [b - a for a, b in zip([0, *points], [*points, size])]
    assert sum(sizes) == size and all(s >= parallel.MIN_RANGE_BYTES for s in sizes)
    assert max(sizes) <= -(-size // pieces)                  # none bigger than an equal share
    assert sizes[-3] < sizes[0] / 4                          # the end in small ranges
    assert sizes[:-1] == sorted(sizes[:-1], reverse=True)    # shrinking, never growing back
    # a file just big enough to split stays in a few equal ranges
    assert len(parallel._cut_points(3 * parallel.MIN_RANGE_BYTES, 3, 2)) == 2

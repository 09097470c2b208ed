"""``--jobs N``: lint with a plain process pool, each worker reading its own input.

The parent never reads note text. It only plans *tasks*: a whole file, or — for one big
JSON Lines export — a byte range aligned to line starts (with the line number the range
starts at, so findings point at the same ``path:line`` as a one-process run). Each worker
builds its own :class:`~notelint.engine.Engine` once, reads its slice from disk, and
returns the findings (pydantic models) and its counts. The caller sorts the findings, so
the output is identical to ``--jobs 1``. Ranges are at most :data:`MAX_RANGE_BYTES` and
only a few tasks are in flight at a time, so memory does not grow with the export.

``--jobs 0`` means every core this process may use. Standard input (``-``) cannot be
split and is linted in the parent.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, BinaryIO, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from notelint.engine import Engine
    from notelint.model import Finding
    from notelint.readers import ReadItem

__all__ = ["Task", "effective_jobs", "plan_tasks", "raw_lines", "read_range", "run_parallel"]

#: a .jsonl is split only above this size and ranges are never smaller (≈170 notes:
#: linting them takes about a second, far more than handing out the range)
MIN_RANGE_BYTES = 256 << 10
#: ranges per worker (several, so a slow range does not leave the other cores idle)
RANGES_PER_JOB = 4
#: and no range is bigger (≈ 1,300 notes, one to two seconds of work): a task's findings
#: are held until it is done, and the last range, which one core finishes alone while the
#: others wait, stays short (8 MB ranges left a core idle for ≈ 3 s at the end of 100k notes)
MAX_RANGE_BYTES = 2 << 20
#: tasks handed out ahead per worker (results wait in the parent until their turn)
AHEAD_PER_JOB = 2
_COUNT_CHUNK = 1 << 20


@dataclass(frozen=True)
class Task:
    """One unit of work: a whole file (``end`` None) or bytes [start, end) of a .jsonl."""

    path: str
    start: int = 0
    end: int | None = None
    line: int = 1


def effective_jobs(jobs: int) -> int:
    """``0`` → the cores available to this process; otherwise ``jobs`` itself."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover  (macOS, Windows)
        return max(1, os.cpu_count() or 1)


def _is_jsonl(path: str) -> bool:
    """A JSON Lines file read line by line (UTF-16 is read whole: its lines are not b"\\n")."""
    from notelint.readers import sniff_file

    fmt = sniff_file(path)  # None: the worker reports an unreadable file like one process
    if fmt is None or fmt.name != "jsonl" or fmt.stream is None:
        return False
    try:
        with open(path, "rb") as fh:
            return not fh.read(2) in (b"\xff\xfe", b"\xfe\xff")
    except OSError:
        return False


def _cut_points(size: int, pieces: int, jobs: int) -> list[int]:
    """Where to cut ``size`` bytes into about ``pieces`` ranges (the offsets between them):
    equal ranges, but the last ones shrink — each at most the rest over ``2 × jobs``, never
    below :data:`MIN_RANGE_BYTES` — so that the cores finish together instead of one working
    through a whole last range while the others wait (guided scheduling)."""
    step = -(-size // pieces)
    points: list[int] = []
    at = 0
    while True:
        rest = size - at
        take = min(step, max(MIN_RANGE_BYTES, rest // (2 * max(jobs, 1))))
        if rest - take < MIN_RANGE_BYTES:
            return points
        at += take
        points.append(at)


def _split_jsonl(path: str, size: int, points: list[int]) -> list[Task]:
    """Cut a JSON Lines file into byte ranges that start at line starts, near ``points``."""
    bounds = [0]
    with open(path, "rb") as fh:
        for point in points:
            fh.seek(point)
            fh.readline()  # finish the line we landed in
            pos = fh.tell()
            if bounds[-1] < pos < size:
                bounds.append(pos)
        bounds.append(size)
        # line number at each boundary: count newlines once, in chunks (memory stays flat)
        lines = [1]
        fh.seek(0)
        pos = 0
        count = 1
        for b in bounds[1:-1]:
            while pos < b:
                chunk = fh.read(min(_COUNT_CHUNK, b - pos))
                if not chunk:
                    break
                count += chunk.count(b"\n")
                pos += len(chunk)
            lines.append(count)
    return [Task(path, bounds[i], bounds[i + 1], lines[i]) for i in range(len(bounds) - 1)]


def plan_tasks(paths: Iterable[str], jobs: int) -> list[Task]:
    """Tasks for ``paths`` (files or directories): whole files, big .jsonl files in ranges."""
    from notelint.readers import iter_files

    tasks: list[Task] = []
    for path in iter_files(paths):
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        pieces = min(max(jobs * RANGES_PER_JOB, -(-size // MAX_RANGE_BYTES)),
                     size // MIN_RANGE_BYTES)
        if pieces >= 2 and _is_jsonl(path):
            tasks.extend(_split_jsonl(path, size, _cut_points(size, pieces, jobs)))
        else:
            tasks.append(Task(path))
    return tasks


def raw_lines(path: str, start: int, end: int | None,
              line: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line in bytes [start, end) of ``path`` (a leading BOM
    cut); bytes None for a line longer than the JSON Lines bound, which is never held."""
    from notelint.readers.json_reader import read_bounded_line

    with open(path, "rb") as fh:
        fh.seek(start)
        pos = start
        lineno = line
        while end is None or pos < end:
            raw, consumed = read_bounded_line(fh)
            if not consumed:
                break
            pos += consumed
            if raw is not None and lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            yield lineno, raw
            lineno += 1


def read_range(path: str, start: int, end: int, line: int) -> Iterator["ReadItem"]:
    """Records of the JSON Lines in bytes [start, end) of ``path``; ``line`` = first line no."""
    from notelint.readers.json_reader import line_items, line_too_long

    for lineno, raw in raw_lines(path, start, end, line):
        if raw is None:
            yield line_too_long(path, lineno)
        else:
            yield from line_items(raw, path, lineno)


# ------------------------------------------------------------------------- the worker side

_ENGINE: "Engine | None" = None


def _init_worker(ruleset: Any, codes: list[str], show_pii: bool,
                 settings: dict[str, Any]) -> None:
    global _ENGINE
    from notelint.engine import Engine
    from notelint.nlp import long_run
    from notelint.rules import get_rule

    long_run()
    rules = [r for r in (get_rule(c) for c in codes) if r is not None]
    _ENGINE = Engine(ruleset, rules, show_pii=show_pii, settings=settings)


def _work(batch: list[Task]) -> tuple[list["Finding"], list[str], int, int, int, int]:
    from notelint.engine import Stats
    from notelint.readers import read_file

    engine = _ENGINE
    assert engine is not None, "worker not initialised"
    engine.stats = Stats()
    items = (item for task in batch
             for item in (read_file(task.path) if task.end is None
                          else read_range(task.path, task.start, task.end, task.line)))
    findings = list(engine.run(items))
    s = engine.stats
    return findings, sorted(s.files), s.records, s.notes, s.broken, s.systemless


def _in_order(pool: ProcessPoolExecutor, batches: list[list[Task]], ahead: int) -> Iterator[Any]:
    """``pool.map(_work, batches)`` with at most ``ahead`` batches handed out and not yet
    taken, so finished results do not pile up behind a slow one."""
    todo = iter(batches)
    pending = deque(pool.submit(_work, b) for b in islice(todo, ahead))
    while pending:
        result = pending.popleft().result()
        pending.extend(pool.submit(_work, b) for b in islice(todo, 1))
        yield result


def _batches(tasks: list[Task], size: int) -> list[list[Task]]:
    """Whole files in batches of ``size`` (fewer round trips); each range a batch of its own."""
    out: list[list[Task]] = []
    for task in tasks:
        if task.end is None and out and out[-1][-1].end is None and len(out[-1]) < size:
            out[-1].append(task)
        else:
            out.append([task])
    return out


def _context() -> Any:
    # fork: workers inherit the loaded rules and ruleset without pickling or re-importing
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else None)


def run_parallel(engine: "Engine", paths: list[str], jobs: int,
                 stdin: BinaryIO | None = None) -> Iterator["Finding"]:
    """Findings of ``paths`` linted by ``jobs`` worker processes (0 = all cores).

    Updates ``engine.stats`` like :meth:`Engine.run`, so callers treat both the same.
    Findings come in task order; callers sort them (as they do for one process).
    """
    from notelint.readers import read_file

    jobs = effective_jobs(jobs)
    if "-" in paths:  # standard input cannot be split: lint it here, the rest in parallel
        yield from engine.run(read_file("-", stdin))
        paths = [p for p in paths if p != "-"]
        if not paths:
            return
    tasks = plan_tasks(paths, jobs)
    if jobs == 1 or len(tasks) <= 1:
        yield from engine.run(item for p in paths for item in read_file(p))
        return
    rule_codes = [r.code for r in (*engine.note_rules, *engine.record_rules)]
    workers = min(jobs, len(tasks))
    batches = _batches(tasks, max(1, len(tasks) // (workers * 8)))
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_init_worker,
        initargs=(engine.ruleset, rule_codes, engine.show_pii, engine.settings),
    ) as pool:
        for findings, files, records, notes, broken, systemless in _in_order(
                pool, batches, workers * AHEAD_PER_JOB):
            engine.stats.files.update(files)
            engine.stats.records += records
            engine.stats.notes += notes
            engine.stats.broken += broken
            engine.stats.systemless += systemless
            yield from findings

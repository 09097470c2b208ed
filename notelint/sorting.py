"""Findings in report order without holding them all: an external merge sort.

:class:`FindingSorter` keeps at most :data:`RUN_SIZE` findings in memory, as compact JSON
strings rather than pydantic models. A full buffer is sorted and written as one *run* (a
JSON Lines file) to a private temporary directory (``tempfile.mkdtemp``: mode 0700); the
report then ``heapq.merge``-s the runs. A run with fewer findings than that never touches
the disk. Ties in the sort key keep the order the findings were added in (every entry
carries its sequence number), so the order is exactly that of a stable
``sorted(findings, key=key)``. The directory is removed by :meth:`FindingSorter.close`
(a ``with`` block), also when the run fails.

A global order is needed: the report is sorted by path first, which is not the order the
inputs are read in, and one export file can hold most of the findings; within a file a
record's findings are not in line order either (record rules, pretty-printed JSON).
The spilled findings are what the report prints — rule messages, masked personnummer
(unless ``--show-pii``) — never note text.
"""

from __future__ import annotations

import heapq
import json
import os
import shutil
import tempfile
from typing import Any, Callable, Iterator

from notelint.model import Finding

__all__ = ["FindingSorter", "RUN_SIZE", "MAX_RUNS"]

#: findings held in memory before a sorted run is written out (≈ 0.6 KB each)
RUN_SIZE = 4096
#: runs of one level merged into one run of the next level when there are this many: open
#: files stay bounded and every finding is rewritten only once per level (log_64 of the runs)
MAX_RUNS = 64

Entry = tuple[tuple[Any, ...], int, str]  # (sort key, sequence number, finding as JSON)

# a run's line head: ``json.dumps([key, seq], separators=(",", ":"))``, one encoder for all
# (json.dumps makes a new one per call when given separators: most of a spill's time)
_head = json.JSONEncoder(separators=(",", ":")).encode


def _dump(f: Finding) -> str:
    """Compact JSON of ``f``, what ``model_dump(mode="json")`` holds (pydantic's own
    serializer: a fifth of the time of ``json.dumps`` over the dumped dict)."""
    try:
        return f.model_dump_json()
    except ValueError:  # (a string pydantic will not encode; validators make none today)
        return json.dumps(f.model_dump(mode="json"), separators=(",", ":"))


def _load(payload: str) -> Finding:
    return Finding.model_validate(json.loads(payload))


class FindingSorter:
    """Collects findings (:meth:`add`); iterating yields them once, sorted by ``key``."""

    def __init__(self, key: Callable[[Finding], tuple[Any, ...]] = Finding.sort_key,
                 run_size: int | None = None, max_runs: int | None = None) -> None:
        self.key = key
        self.run_size = run_size or RUN_SIZE
        self.max_runs = max(2, max_runs or MAX_RUNS)
        self._buffer: list[Entry] = []
        self._runs: list[str] = []
        self._levels: list[int] = []  # the merge level of each run in _runs
        self._made = 0  # runs written so far: names them
        self._dir: str | None = None
        self._seq = 0

    def __len__(self) -> int:
        return self._seq

    def add(self, f: Finding) -> None:
        self._buffer.append((self.key(f), self._seq, _dump(f)))
        self._seq += 1
        if len(self._buffer) >= self.run_size:
            self._spill()

    # ------------------------------------------------------------------ runs on disk

    def _new_run(self) -> str:
        if self._dir is None:
            self._dir = tempfile.mkdtemp(prefix="notelint-sort-")
        self._made += 1
        path = os.path.join(self._dir, f"run{self._made:06d}.jsonl")
        self._runs.append(path)
        return path

    def _write_run(self, entries: Iterator[Entry] | list[Entry], level: int = 0) -> None:
        path = self._new_run()
        self._levels.append(level)
        with open(path, "x", encoding="utf-8") as fh:
            for key, seq, payload in entries:
                fh.write(f"{_head([key, seq])}\t{payload}\n")

    @staticmethod
    def _read_run(path: str) -> Iterator[Entry]:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                head, payload = line.rstrip("\n").split("\t", 1)
                key, seq = json.loads(head)
                yield tuple(key), seq, payload

    def _spill(self) -> None:
        try:
            self._buffer.sort()  # (key, seq) is unique: payloads are never compared
            self._write_run(self._buffer)
            self._buffer = []
            self._compact()
        except OSError as e:  # disk full, unwritable TMPDIR: one clear line, not a traceback
            from notelint.errors import UserError

            where = self._dir or tempfile.gettempdir()
            raise UserError(f"cannot write the temporary files of the sorted report in {where}: "
                            f"{e.strerror or e}; free some space there or set TMPDIR to a "
                            "writable directory") from None

    def _compact(self) -> None:
        """Merge the newest runs while ``max_runs`` of them share a level (runs are kept
        newest last and levels never increase towards the end, so they are a suffix)."""
        while len(self._levels) >= self.max_runs and len(set(self._levels[-self.max_runs:])) == 1:
            level = self._levels[-1]
            old = self._runs[-self.max_runs:]
            del self._runs[-self.max_runs:], self._levels[-self.max_runs:]
            self._write_run(heapq.merge(*(self._read_run(p) for p in old)), level + 1)
            for p in old:
                os.remove(p)

    def __iter__(self) -> Iterator[Finding]:
        for payload in self._payloads():
            yield _load(payload)

    def dumped(self) -> Iterator[dict[str, Any]]:
        """The findings, sorted, as ``model_dump(mode="json")`` gives them: what a JSON
        report writes, without making each a model again (it was validated when made)."""
        return map(json.loads, self._payloads())

    def _payloads(self) -> Iterator[str]:
        self._buffer.sort()
        if not self._runs:
            entries: Iterator[Entry] = iter(self._buffer)
        else:
            entries = heapq.merge(*(self._read_run(p) for p in self._runs), iter(self._buffer))
        for _key, _seq, payload in entries:
            yield payload

    # ------------------------------------------------------------------ cleanup

    def close(self) -> None:
        self._buffer = []
        self._runs = []
        self._levels = []
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> "FindingSorter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Baselines: known findings an auditor has accepted, so that only new ones fail a run.

A baseline is a JSON file of entries keyed by the finding's stable fingerprint (rule,
record, target, normalised text — never a line number), each with a ``count``: a
fingerprint that appears n times in the baseline hides at most n findings. An entry may
carry a ``reason`` and an ``expires`` date; from that date on it no longer hides anything.
Entries that no longer match a finding are *stale*; ``notelint baseline prune`` removes them.

    {"version": 1, "generated": "2026-11-23",
     "entries": [{"fingerprint": "3f1c…", "code": "NL301", "path": "export.jsonl",
                  "count": 1, "reason": "utredning pågår", "expires": "2027-03-31"}]}

No note text is stored, only codes, paths, target kinds and fingerprints.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from notelint import pii
from notelint.model import Finding, printable

__all__ = ["Baseline", "BaselineEntry", "BaselineError", "BaselineFilter", "BaselineReport",
           "load_baseline", "apply_baseline", "build_baseline", "prune_baseline",
           "save_baseline"]

VERSION = 1
# unreadable input and internal errors are never baselined: they must always be seen
NEVER_BASELINED = ("NL901", "NL902")
_ENTRY_KEYS = {"fingerprint", "code", "path", "target", "count", "reason", "expires"}


class BaselineError(Exception):
    """A baseline file that cannot be used (one line naming the file and the problem)."""


@dataclass
class BaselineEntry:
    fingerprint: str
    code: str = ""
    path: str = ""
    target: str = ""
    count: int = 1
    reason: str | None = None
    expires: dt.date | None = None

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires <= today

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"fingerprint": self.fingerprint, "code": self.code,
                             "path": self.path, "target": self.target, "count": self.count}
        if self.reason:
            d["reason"] = self.reason
        if self.expires:
            d["expires"] = self.expires.isoformat()
        return d


@dataclass
class Baseline:
    entries: list[BaselineEntry] = field(default_factory=list)
    path: str | None = None


@dataclass
class BaselineReport:
    hidden: int = 0
    stale: list[BaselineEntry] = field(default_factory=list)  # unused count in .count
    expired: list[BaselineEntry] = field(default_factory=list)

    def summary_line(self) -> str:
        parts = []  # what it hid is in the report's summary (text and json)
        if self.stale:
            n = sum(e.count for e in self.stale)
            parts.append(f"{n} baseline entr{'ies no longer match' if n != 1 else 'y no longer matches'} "
                         "(run `notelint baseline prune`)")
        if self.expired:
            n = len(self.expired)
            parts.append(f"{n} expired baseline entr"
                         f"{'ies no longer hide' if n != 1 else 'y no longer hides'} findings")
        return ("notelint: " + "; ".join(parts) + ".") if parts else ""


def _parse_date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise BaselineError(f"{where}: 'expires' must be a date YYYY-MM-DD, "
                            f"not {value!r}") from None


def load_baseline(path: str | Path) -> Baseline:
    from notelint.settings_files import BASELINE_LIMIT, read_regular

    try:
        data = json.loads(read_regular(path, BASELINE_LIMIT).decode("utf-8-sig"))
    except RecursionError:
        raise BaselineError(f"{path}: not a notelint baseline (JSON nested too deep)") from None
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found; create it with "
                            "`notelint baseline write FILE PATHS…`") from None
    except OSError as e:
        raise BaselineError(f"{path}: cannot read the baseline: {e.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise BaselineError(f"{path}: not a notelint baseline (invalid JSON: {e})") from None
    except ValueError:  # (an integer of thousands of digits)
        raise BaselineError(f"{path}: not a notelint baseline (a number too long)") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise BaselineError(f"{path}: not a notelint baseline (no 'entries' list)")
    if data.get("version", VERSION) != VERSION:
        raise BaselineError(f"{path}: baseline version {data.get('version')!r} is not "
                            f"supported (expected {VERSION})")
    entries = []
    for i, raw in enumerate(data["entries"]):
        where = f"{path}: entries[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("fingerprint"), str):
            raise BaselineError(f"{where}: an entry needs a 'fingerprint' string")
        extra = set(raw) - _ENTRY_KEYS
        if extra:
            raise BaselineError(f"{where}: unknown key {sorted(extra)[0]!r}; known keys: "
                                f"{', '.join(sorted(_ENTRY_KEYS))}")
        count = raw.get("count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise BaselineError(f"{where}: 'count' must be a whole number ≥ 1")
        entries.append(BaselineEntry(
            fingerprint=raw["fingerprint"], code=str(raw.get("code", "")),
            path=str(raw.get("path", "")), target=str(raw.get("target", "")), count=count,
            reason=raw.get("reason"), expires=_parse_date(raw.get("expires"), where),
        ))
    return Baseline(entries, str(path))


def _norm_path(p: str) -> str:
    """A path as entries record it: findings' paths are masked (and printable), so the
    files of a run are compared masked too."""
    return p if p == "-" else pii.mask_text(printable(os.path.realpath(p)))


def _covered(entry: BaselineEntry, linted: set[str] | None) -> bool:
    """Whether this run can judge the entry: its file was linted (or no file set given)."""
    return linted is None or not entry.path or _norm_path(entry.path) in linted


class BaselineFilter:
    """A baseline applied to findings as they stream by: :meth:`hides` says whether the next
    finding is a known one (each fingerprint hides at most its count, first come first);
    :meth:`report` then tells what the baseline did, stale entries included."""

    def __init__(self, baseline: Baseline, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self._report = BaselineReport()
        self._budget: Counter[str] = Counter()
        self._live: list[BaselineEntry] = []
        for e in baseline.entries:
            if e.expired(today):
                self._report.expired.append(e)
            else:
                self._budget[e.fingerprint] += e.count
                self._live.append(e)
        self._used: Counter[str] = Counter()

    def hides(self, f: Finding) -> bool:
        if f.code in NEVER_BASELINED or self._used[f.fingerprint] >= self._budget[f.fingerprint]:
            return False
        self._used[f.fingerprint] += 1
        self._report.hidden += 1
        return True

    def report(self, linted: Iterable[str] | None = None) -> BaselineReport:
        """What the baseline did. ``linted`` = the files of this run: entries of other files
        are not reported stale."""
        linted_set = {_norm_path(p) for p in linted} if linted is not None else None
        used = Counter(self._used)
        report = BaselineReport(self._report.hidden, [], list(self._report.expired))
        # stale: the part of each entry's count that matched nothing (entries in file order)
        for e in self._live:
            take = min(e.count, used[e.fingerprint])
            used[e.fingerprint] -= take
            if take < e.count and _covered(e, linted_set):
                report.stale.append(BaselineEntry(e.fingerprint, e.code, e.path, e.target,
                                                  e.count - take, e.reason, e.expires))
        return report


def apply_baseline(findings: Iterable[Finding], baseline: Baseline,
                   today: dt.date | None = None,
                   linted: Iterable[str] | None = None) -> tuple[list[Finding], BaselineReport]:
    """Findings the baseline does not hide, and what the baseline did (hidden/stale/expired).

    ``linted`` = the files of this run: entries of other files are not reported stale.
    (``notelint lint`` uses :class:`BaselineFilter` on its stream of findings.)"""
    known = BaselineFilter(baseline, today)
    kept = [f for f in findings if not known.hides(f)]
    return kept, known.report(linted)


def build_baseline(findings: Iterable[Finding], previous: Baseline | None = None) -> Baseline:
    """A baseline of these findings (reasons and expiry dates of ``previous`` are kept)."""
    old = {e.fingerprint: e for e in (previous.entries if previous else [])}
    counts: Counter[str] = Counter()
    first: dict[str, Finding] = {}
    for f in findings:
        if f.code in NEVER_BASELINED:
            continue
        counts[f.fingerprint] += 1
        first.setdefault(f.fingerprint, f)
    entries = []
    for fp, n in counts.items():
        f = first[fp]
        prev = old.get(fp)
        entries.append(BaselineEntry(fp, f.code, f.path, f"{f.target.kind}:{f.target.id}", n,
                                     prev.reason if prev else None,
                                     prev.expires if prev else None))
    entries.sort(key=lambda e: (e.path, e.code, e.target, e.fingerprint))
    return Baseline(entries)


def prune_baseline(baseline: Baseline, findings: Iterable[Finding],
                   today: dt.date | None = None,
                   linted: Iterable[str] | None = None) -> tuple[Baseline, int]:
    """Drop what no longer matches (and expired entries); returns (baseline, removed count).
    Entries of files outside ``linted`` (when given) are kept as they are."""
    today = today or dt.date.today()
    linted_set = {_norm_path(p) for p in linted} if linted is not None else None
    available = Counter(f.fingerprint for f in findings if f.code not in NEVER_BASELINED)
    out: list[BaselineEntry] = []
    removed = 0
    for e in baseline.entries:
        if e.expired(today):
            removed += e.count
            continue
        if not _covered(e, linted_set):
            out.append(e)
            continue
        keep = min(e.count, available[e.fingerprint])
        available[e.fingerprint] -= keep
        removed += e.count - keep
        if keep:
            out.append(BaselineEntry(e.fingerprint, e.code, e.path, e.target, keep, e.reason,
                                     e.expires))
    return Baseline(out, baseline.path), removed


def save_baseline(baseline: Baseline, path: str | Path, today: dt.date | None = None) -> None:
    data = {"version": VERSION, "generated": (today or dt.date.today()).isoformat(),
            "entries": [e.as_dict() for e in baseline.entries]}
    try:
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                              encoding="utf-8")
    except OSError as e:
        raise BaselineError(f"{path}: cannot write the baseline: {e.strerror}") from None

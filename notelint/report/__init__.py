"""Reporters: findings → text, json (and further formats registered by their modules).

A reporter module defines ``write(findings, summary, out, options)``: it writes the report
to the text stream ``out`` while it goes through ``findings`` once, in report order, so a
report of any size is never held in memory. What a format needs to know before its first
finding (totals, the rules present, JUnit's per-test counts) is in ``summary.tally``,
counted while the findings were collected. A module may define ``sort_key(finding)`` when
its report order is not :meth:`Finding.sort_key` (JUnit groups by file and rule).

Reporters never see note text beyond what a finding already carries, and personal
identity numbers in findings are masked before they get here (unless the user asked for
``--show-pii``).
"""

from __future__ import annotations

import importlib
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Callable, Iterable, TextIO

from notelint.model import SEVERITY_RANK, Finding

__all__ = ["Summary", "Tally", "render", "write", "sort_key", "FORMATS", "write_json"]


@dataclass
class Tally:
    """Counts over the findings of a report, kept while they stream by."""

    count: int = 0
    by_severity: Counter[str] = field(default_factory=Counter)
    #: code → the smallest :meth:`Finding.sort_key` of that code (its first place in the report)
    codes: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    #: (path, code) → [findings, worst severity]  (one JUnit testcase each)
    groups: dict[tuple[str, str], list[Any]] = field(default_factory=dict)

    def add(self, f: Finding) -> None:
        self.count += 1
        self.by_severity[f.severity] += 1
        key = f.sort_key()
        if f.code not in self.codes or key < self.codes[f.code]:
            self.codes[f.code] = key
        group = self.groups.get((f.path, f.code))
        if group is None:
            self.groups[(f.path, f.code)] = [1, f.severity]
        else:
            group[0] += 1
            if SEVERITY_RANK[f.severity] > SEVERITY_RANK[group[1]]:
                group[1] = f.severity

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> "Tally":
        tally = cls()
        for f in findings:
            tally.add(f)
        return tally


@dataclass
class Summary:
    files: int = 0
    records: int = 0
    notes: int = 0
    findings: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    tally: Tally | None = None
    #: the rulesets the inputs were linted with (one per configuration in force)
    rulesets: list[str] = field(default_factory=list)
    #: findings a baseline hid (None: no baseline was given)
    hidden: int | None = None

    def as_dict(self) -> dict[str, Any]:
        from notelint import version

        by_severity = self.tally.by_severity if self.tally is not None else Counter()
        out: dict[str, Any] = {
            "files": self.files, "records": self.records, "notes": self.notes,
            "findings": self.findings,
            "by_severity": {s: by_severity[s] for s in ("error", "warning", "info")},
            "rulesets": list(self.rulesets), "notelint_version": version(),
        }
        if self.hidden is not None:
            out["hidden_by_baseline"] = self.hidden
        return out


Writer = Callable[[Iterable[Finding], Summary, TextIO, dict[str, Any]], None]

# format name -> module in notelint.report that defines write()
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def available_formats() -> list[str]:
    out = []
    for name, module in FORMATS.items():
        try:
            importlib.import_module(f"notelint.report.{module}")
        except ModuleNotFoundError:
            continue
        out.append(name)
    return out


def _module(fmt: str) -> ModuleType:
    return importlib.import_module(f"notelint.report.{FORMATS[fmt]}")


def sort_key(fmt: str) -> Callable[[Finding], tuple[Any, ...]]:
    """The order ``fmt`` writes findings in."""
    return getattr(_module(fmt), "sort_key", Finding.sort_key)


def write(fmt: str, findings: Iterable[Finding], summary: Summary, out: TextIO,
          options: dict[str, Any] | None = None) -> None:
    """Write the report of ``findings`` (in :func:`sort_key` order) to ``out``.

    ``summary.tally`` must describe ``findings`` unless they are a list."""
    if summary.tally is None:
        findings = list(findings)
        summary.tally = Tally.of(findings)
    _module(fmt).write(findings, summary, out, options or {})


def render(fmt: str, findings: list[Finding], summary: Summary,
           options: dict[str, Any] | None = None) -> str:
    """The report as one string; ``findings`` sorted by :meth:`Finding.sort_key`."""
    key = sort_key(fmt)
    if key is not Finding.sort_key:
        findings = sorted(findings, key=key)  # stable: ties keep the given order
    buf = io.StringIO()
    write(fmt, findings, summary, buf, options)
    return buf.getvalue()


def write_json(out: TextIO, skeleton: Any, items: Iterable[Any], indent: int = 2) -> None:
    """``json.dumps(skeleton, ensure_ascii=False, indent=indent) + "\\n"``, byte for byte,
    where the one list in ``skeleton`` that is the :data:`ITEMS` marker is ``items``, written
    one at a time (so the list is never built)."""
    text = json.dumps(skeleton, ensure_ascii=False, indent=indent)
    marker = json.dumps(ITEMS)
    head, tail = text.split(marker)  # a JSON string value cannot contain the raw marker
    out.write(head)
    line_indent = head[head.rfind("\n") + 1:]
    pad = line_indent[:len(line_indent) - len(line_indent.lstrip(" "))]
    item_pad = pad + " " * indent
    step = " " * indent
    first = True
    for item in items:
        out.write("[\n" if first else ",\n")
        first = False
        out.write(item_pad + indented(item, item_pad, step))
    out.write("[]" if first else "\n" + pad + "]")
    out.write(tail + "\n")


def indented(obj: Any, pad: str = "", step: str = "  ") -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=len(step))`` with every line after the
    first prefixed by ``pad``, byte for byte — written by the C encoder (which
    ``json.dumps`` uses only without ``indent``: with it, every finding of a big report went
    through the pure-Python encoder). Neighbouring scalar members of a container are written
    by one call of it, their separator being the line break and indent between them."""
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = pad + step
        parts = []
        flat: dict[str, Any] = {}  # scalar members not yet written
        for key, value in obj.items():
            if not isinstance(key, str):  # (json turns other keys into strings: its own way)
                return json.dumps(obj, ensure_ascii=False, indent=len(step)).replace("\n", "\n" + pad)
            if isinstance(value, (dict, list, tuple)):
                if flat:
                    parts.append(inner + _members(inner)(flat)[1:-1])
                    flat = {}
                parts.append(f"{inner}{_scalar(key)}: {indented(value, inner, step)}")
            else:
                flat[key] = value
        if flat:
            parts.append(inner + _members(inner)(flat)[1:-1])
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = pad + step
        if not any(isinstance(v, (dict, list, tuple)) for v in obj):
            return "[\n" + inner + _members(inner)(obj)[1:-1] + "\n" + pad + "]"
        return "[\n" + ",\n".join(inner + indented(v, inner, step) for v in obj) + "\n" + pad + "]"
    return _scalar(obj)


def _c_encoder(item_separator: str) -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False, separators=(item_separator, ": ")).encode``
    without its per-call set-up: ``encode`` builds the C encoder anew on every call, which
    cost more than the encoding of a finding's short values. (The C encoder is json's
    private part: where it is missing, the public ``encode``.)"""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(item_separator, ": "))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return encoder.encode
    encode = make({}, encoder.default, json.encoder.encode_basestring, None, ": ",
                  item_separator, False, False, True)
    return lambda obj: "".join(encode(obj, 0))


_scalar = _c_encoder(", ")
_member_encoders: dict[str, Callable[[Any], str]] = {}


def _members(inner: str) -> Callable[[Any], str]:
    """The C encoder writing a flat container's members one per line, indented by ``inner``
    ("{" and "}" / "[" and "]" around them are the caller's to replace)."""
    enc = _member_encoders.get(inner)
    if enc is None:
        enc = _member_encoders[inner] = _c_encoder(",\n" + inner)
    return enc


#: stands for the streamed list in :func:`write_json`'s skeleton
ITEMS = "\x00notelint-items\x00"

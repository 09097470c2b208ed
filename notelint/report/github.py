"""``--format github``: GitHub Actions workflow commands (annotations on the pull request).

``::error file=PATH,line=L,col=C,title=CODE name::message`` — ``info`` findings become
``::notice``. Values are escaped as the runner requires (``%``, CR, LF; and ``:`` ``,`` in
properties). No note text: only the rule's message.
"""

from __future__ import annotations

from typing import Any, Iterable, TextIO

from notelint.model import Finding
from notelint.report import Summary

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def write(findings: Iterable[Finding], summary: Summary, out: TextIO,
          options: dict[str, Any]) -> None:
    for f in findings:
        props = (f"file={_prop(f.path)},line={f.line},col={f.column},"
                 f"title={_prop(f'{f.code} {f.name}')}")
        out.write(f"::{COMMANDS[f.severity]} {props}::{_data(f'{f.code} {f.message}')}\n")

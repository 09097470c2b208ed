"""NL9 — input. These rules are raised by the engine and readers, not by a check function."""

from __future__ import annotations

from notelint.rules import Rule, Source, _REGISTRY

_REGISTRY["NL901"] = Rule(
    code="NL901", name="invalid-input", scope="record", severity="error",
    sources=(Source("DESIGN", "Interchange format v1: unknown fields are an error with the "
                              "field's path"),),
    check=None,
    summary="An input file or record could not be read or does not follow the interchange "
            "format; it was skipped and the rest of the run went on.",
    why="A record that cannot be read cannot be checked: a typo in a field name or a broken "
        "export would otherwise silently switch rules off. The run exits with code 2 so that "
        "CI and audits notice.",
    bad='{"patient": {"id": "19121212-1212"}, "notes": [{"id": "n1", "sektions": []}]}',
    good='{"patient": {"id": "19121212-1212"}, "notes": [{"id": "n1", "sections": []}]}',
)

_REGISTRY["NL902"] = Rule(
    code="NL902", name="internal-error", scope="record", severity="error",
    sources=(Source("DESIGN", "Errors never end in a traceback; one record never loses the rest"),),
    check=None,
    summary="A rule failed on this record because of a bug in notelint; the rule was skipped "
            "for this record only.",
    why="One odd record must never stop an audit of millions; the finding tells you which "
        "record to send with the bug report (masked).",
    bad="(a record that triggers a bug)",
    good="(no internal errors)",
)

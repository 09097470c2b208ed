"""``--format sarif``: SARIF 2.1.0 as GitHub code scanning accepts it.

One run; ``tool.driver.rules`` carries every rule's description and help (from the same
rule metadata as ``notelint explain``), results carry a stable ``ruleId``, a region, a
repository-relative ``artifactLocation.uri`` (relative to ``%SRCROOT%`` = the enclosing
git work tree, else the current directory, or ``options["root"]``) and ``partialFingerprints`` with the finding's stable
fingerprint. No note text is included: messages are the rules' own words and spans are
given as positions only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable, TextIO
from urllib.parse import quote

from notelint import version
from notelint.model import Finding
from notelint.report import ITEMS, Summary, Tally, write_json

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def source_root(root: str | None = None) -> Path:
    """%SRCROOT%: ``root`` if given, else the enclosing git work tree, else the cwd."""
    if root:
        return Path(root).resolve()
    cwd = Path(os.getcwd()).resolve()
    for d in (cwd, *cwd.parents):
        if (d / ".git").exists():
            return d
    return cwd


def artifact_uri(path: str, root: str | None = None) -> tuple[str, bool]:
    """(uri, relative?) for a finding's path: repo-relative where possible."""
    if path == "-":
        return "stdin", True
    base = source_root(root)
    p = Path(path)
    absolute = p if p.is_absolute() else (Path(os.getcwd()) / p)
    try:
        rel = absolute.resolve().relative_to(base)
        return quote(rel.as_posix()), True
    except ValueError:
        return absolute.resolve().as_uri(), False


def _rule_descriptor(rule: Any) -> dict[str, Any]:
    from notelint import pii

    summary = rule.summary.strip()
    first = summary.split("\n\n")[0].replace("\n", " ")
    text_parts = [summary]
    md_parts = [f"**{rule.code} {rule.name}** ({rule.severity}, {rule.scope} rule)", "", summary]
    if rule.why:
        text_parts.append("Why: " + rule.why)
        md_parts += ["", "**Why.** " + rule.why]
    for src in rule.sources:
        text_parts.append(f"Routine (seed {src.file}): {src.passage}")
        md_parts += ["", f"**Routine.** seed `{src.file}` — «{src.passage}»"]
    if rule.bad:
        text_parts.append("Bad: " + rule.bad)
        md_parts += ["", "**Bad**", "", "```text", rule.bad, "```"]
    if rule.good:
        text_parts.append("Good: " + rule.good)
        md_parts += ["", "**Good**", "", "```text", rule.good, "```"]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": first},
        "fullDescription": {"text": " ".join(summary.split())},
        # (an example's test personnummer masked too: a report holds no identity number a
        # scanner would stop at)
        "help": {"text": pii.mask_text("\n\n".join(text_parts)),
                 "markdown": pii.mask_text("\n".join(md_parts))},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.family, rule.scope], "precision": "high"},
    }


def _rules(codes: dict[str, Any]) -> list[Any]:
    """Every registered rule, then rules of findings outside the registry (first seen first)."""
    from notelint.rules import all_rules, get_rule

    rules = list(all_rules())
    known = {r.code for r in rules}
    for code in sorted(set(codes) - known, key=codes.__getitem__):
        r = get_rule(code)  # a finding of a rule outside the registry still gets a descriptor
        if r is not None:
            rules.append(r)
    return rules


def _result(f: Finding, index: dict[str, int], root: str | None) -> dict[str, Any]:
    uri, relative = artifact_uri(f.path, root)
    location: dict[str, Any] = {"uri": uri}
    if relative and uri != "stdin":
        location["uriBaseId"] = "%SRCROOT%"
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": location,
                "region": {"startLine": max(1, f.line), "startColumn": max(1, f.column)},
            },
            "logicalLocations": [{"name": f.target.id if f.target.kind != "record"
                                  else "record", "kind": f.target.kind}],
        }],
        "partialFingerprints": {"notelint/v1": f.fingerprint},
    }
    if f.code in index:
        result["ruleIndex"] = index[f.code]
    return result


def _root_uri(options: dict[str, Any]) -> str:
    """%SRCROOT% as a file URI, an identity number in its folders masked (a folder may be
    named after a patient) unless ``show_pii``."""
    root = source_root(options.get("root"))
    if not options.get("show_pii"):
        from notelint import pii

        # masked before it is a URI: "pat 19121212 1212" there is "pat%2019121212%201212"
        root = type(root)(pii.mask_text(str(root)))
    return root.as_uri() + "/"


def _log(rules: list[Any], results: Any, options: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "notelint",
                "semanticVersion": version(),
                "version": version(),
                "rules": [_rule_descriptor(r) for r in rules],
            }},
            "originalUriBaseIds": {
                "%SRCROOT%": {"uri": _root_uri(options)},
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def to_sarif(findings: list[Finding], summary: Summary | None = None,
             options: dict[str, Any] | None = None) -> dict[str, Any]:
    """The SARIF log of ``findings`` as a dict (the CLI writes it with :func:`write`)."""
    options = options or {}
    rules = _rules(Tally.of(findings).codes)
    index = {r.code: i for i, r in enumerate(rules)}
    return _log(rules, [_result(f, index, options.get("root")) for f in findings], options)


def write(findings: Iterable[Finding], summary: Summary, out: TextIO,
          options: dict[str, Any]) -> None:
    assert summary.tally is not None
    rules = _rules(summary.tally.codes)
    index = {r.code: i for i, r in enumerate(rules)}
    root = options.get("root")
    write_json(out, _log(rules, ITEMS, options), (_result(f, index, root) for f in findings))

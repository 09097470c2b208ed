"""The ``lint`` job: inputs → engine → report → exit code. Used by the CLI and tests."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any, BinaryIO, TextIO

from notelint.model import SEVERITY_RANK, Finding

__all__ = ["LintOptions", "LintResult", "lint_paths", "run_lint", "exit_code"]


@dataclass
class LintOptions:
    paths: list[str]
    ruleset: str | None = None
    fmt: str = "text"
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: str | None = None
    baseline: str | None = None
    show_pii: bool = False
    jobs: int = 1
    output: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class LintResult:
    findings: list[Finding]
    files: int
    records: int
    notes: int
    broken: int


def _user_error(msg: str) -> Exception:
    from notelint.cli import UserError

    return UserError(msg)


def lint_paths(options: LintOptions, stdin: BinaryIO | None = None) -> LintResult:
    from notelint.engine import Engine
    from notelint.readers import read_paths
    from notelint.rules import select_rules, validate_selectors
    from notelint.rulesets import RulesetError, load_ruleset

    try:
        ruleset = load_ruleset(options.ruleset or "national")
    except RulesetError as e:
        raise _user_error(str(e)) from None
    unknown = validate_selectors([*options.select, *options.ignore])
    if unknown:
        raise _user_error(f"--select/--ignore: no rule matches {', '.join(unknown)}; "
                          "`notelint rules` lists the codes")
    rules = select_rules(options.select, options.ignore, ruleset.disabled_rules)
    engine = Engine(ruleset, rules, show_pii=options.show_pii, settings=options.settings)
    findings = list(engine.run(read_paths(options.paths, stdin)))
    findings.sort(key=Finding.sort_key)
    s = engine.stats
    return LintResult(findings, len(s.files), s.records, s.notes, s.broken)


def exit_code(result: LintResult, fail_on: str | None) -> int:
    if result.broken:
        return 2
    threshold = SEVERITY_RANK[fail_on or "warning"]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings) else 0


def run_lint(options: LintOptions, stdin: BinaryIO | None = None,
             stdout: TextIO | None = None) -> int:
    from notelint.report import Summary, render

    result = lint_paths(options, stdin)
    summary = Summary(result.files, result.records, result.notes, len(result.findings))
    text = render(options.fmt, result.findings, summary, {"show_pii": options.show_pii})
    if options.output:
        with open(options.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        (stdout or sys.stdout).write(text)
    return exit_code(result, options.fail_on)

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
    config: str | None = None
    isolated: bool = False


@dataclass
class LintResult:
    findings: list[Finding]
    files: int
    records: int
    notes: int
    broken: int
    # findings at or above each input's fail-on threshold (config-aware), for fail_on_cli
    failing: int | None = None
    fail_on_cli: str | None = None
    baseline: Any = None  # notelint.baseline.BaselineReport when --baseline was given
    linted_files: set[str] = field(default_factory=set)


def _user_error(msg: str) -> Exception:
    from notelint.cli import UserError

    return UserError(msg)


def lint_paths(options: LintOptions, stdin: BinaryIO | None = None) -> LintResult:
    """Lint every input with its effective configuration (closest notelint.toml /
    [tool.notelint], or --config, or none with --isolated); flags override the files."""
    from notelint.config import Config, ConfigError, apply_deadlines, resolve_config
    from notelint.engine import Engine
    from notelint.readers import iter_files, read_file
    from notelint.rules import all_rules, select_rules, validate_selectors
    from notelint.rulesets import RulesetError, load_ruleset

    if options.config and options.isolated:
        raise _user_error("--config and --isolated exclude each other; use one of them")
    unknown = validate_selectors([*options.select, *options.ignore])
    if unknown:
        raise _user_error(f"--select/--ignore: no rule matches {', '.join(unknown)}; "
                          "`notelint rules` lists the codes")
    from notelint.nlp.resources import CodeFileError, check_configured_code_file

    try:  # an unreadable NOTELINT_ICD10SE is one clear line, not an error per rule
        check_configured_code_file()
    except CodeFileError as e:
        raise _user_error(str(e)) from None
    known = None
    if options.baseline:  # a bad baseline is reported before a long run, not after it
        from notelint.baseline import BaselineError, load_baseline

        try:
            known = load_baseline(options.baseline)
        except BaselineError as e:
            raise _user_error(str(e)) from None
    groups: dict[str, tuple[Config, list[str]]] = {}
    try:
        if options.config:  # a file named on the command line is checked even with no input
            resolve_config("-", config_file=options.config)
        for path in iter_files(options.paths):
            cfg = resolve_config(path, config_file=options.config, isolated=options.isolated)
            groups.setdefault(cfg.key, (cfg, []))[1].append(path)
    except ConfigError as e:
        raise _user_error(str(e)) from None

    findings: list[Finding] = []
    files: set[str] = set()
    records = notes = broken = 0
    thresholds: dict[str, int] = {}
    for cfg, paths in groups.values():
        try:
            ruleset = apply_deadlines(load_ruleset(options.ruleset or cfg.ruleset or "national"),
                                      cfg)
        except RulesetError as e:
            where = f"{cfg.path}: " if cfg.path and not options.ruleset else ""
            raise _user_error(f"{where}{e}") from None
        except ConfigError as e:
            raise _user_error(str(e)) from None
        rules = select_rules(cfg.selection(options.select), [*cfg.ignore, *options.ignore],
                             ruleset.disabled_rules)
        settings = dict(options.settings)
        if cfg.severity:
            sev: dict[str, str] = {}
            for sel, level in cfg.severity.items():
                for r in all_rules():
                    if r.code.startswith(sel.upper()) or r.name == sel.lower():
                        sev[r.code] = level
            settings["severity"] = {**sev, **settings.get("severity", {})}
        if cfg.icd10se:
            settings.setdefault("icd10se", cfg.icd10se)
        engine = Engine(ruleset, rules, show_pii=options.show_pii, settings=settings)
        items = (item for p in paths for item in read_file(p, stdin))
        if options.jobs != 1:  # workers read their own slices (notelint/parallel.py)
            from notelint.parallel import run_parallel

            produced = run_parallel(engine, paths, options.jobs, stdin)
        else:
            produced = engine.run(items)
        for f in produced:
            ignored = cfg.ignored_for(f.path)
            if ignored and any(f.code.startswith(s.upper()) or f.name == s.lower()
                               for s in ignored):
                continue
            findings.append(f)
            thresholds[f.path] = SEVERITY_RANK[options.fail_on or cfg.fail_on or "warning"]
        s = engine.stats
        files |= s.files
        records += s.records
        notes += s.notes
        broken += s.broken
    report = None
    if known is not None:
        from notelint.baseline import apply_baseline

        findings, report = apply_baseline(findings, known, linted=files)
    findings.sort(key=Finding.sort_key)
    failing = sum(1 for f in findings if SEVERITY_RANK[f.severity] >= thresholds[f.path])
    return LintResult(findings, len(files), records, notes, broken, failing=failing,
                      fail_on_cli=options.fail_on, baseline=report, linted_files=files)


def exit_code(result: LintResult, fail_on: str | None) -> int:
    if result.broken:
        return 2
    if result.failing is not None and fail_on == result.fail_on_cli:
        return 1 if result.failing else 0
    threshold = SEVERITY_RANK[fail_on or "warning"]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings) else 0


def run_lint(options: LintOptions, stdin: BinaryIO | None = None,
             stdout: TextIO | None = None) -> int:
    from notelint.report import Summary, render

    result = lint_paths(options, stdin)
    if result.baseline is not None:
        line = result.baseline.summary_line()
        if line:
            sys.stderr.write(line + "\n")
    summary = Summary(result.files, result.records, result.notes, len(result.findings))
    text = render(options.fmt, result.findings, summary, {"show_pii": options.show_pii})
    if options.output:
        with open(options.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        (stdout or sys.stdout).write(text)
    return exit_code(result, options.fail_on)

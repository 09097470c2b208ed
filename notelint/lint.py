"""The ``lint`` job: inputs → engine → report → exit code. Used by the CLI and tests.

Findings stream from the engine through the per-file ignores and the baseline into a
:class:`~notelint.sorting.FindingSorter`, and from it in report order into the reporter,
which writes as it goes: ``notelint lint`` never holds the findings of a run
(:func:`lint_stream`). :func:`lint_paths` is the same run with the findings as a list.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterable, Iterator, TextIO

from notelint.model import SEVERITY_RANK, Finding

if TYPE_CHECKING:  # pragma: no cover
    from notelint.report import Tally
    from notelint.sorting import FindingSorter

__all__ = ["LintOptions", "LintResult", "lint_paths", "lint_stream", "run_lint", "exit_code",
           "unchosen_note"]


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
    #: the journal system of notes whose input names none (FHIR); one of the ruleset's
    journal_system: str | None = None


@dataclass
class LintResult:
    #: sorted by Finding.sort_key: a list from lint_paths, a one-pass stream in lint_stream
    findings: Iterable[Finding]
    files: int
    records: int
    notes: int
    broken: int
    # findings at or above each input's fail-on threshold (config-aware), for fail_on_cli
    failing: int | None = None
    fail_on_cli: str | None = None
    baseline: Any = None  # notelint.baseline.BaselineReport when --baseline was given
    linted_files: set[str] = field(default_factory=set)
    tally: "Tally | None" = None  # counts over ``findings`` (known before they are read)
    rulesets: list[str] = field(default_factory=list)  # the rulesets used, in input order
    #: inputs linted with ``national`` because neither --ruleset nor a config chose one
    unchosen: list[str] = field(default_factory=list)
    #: notes that named no journal system where a selected rule applies to some systems
    #: only, and the systems of those rulesets (said on stderr: the rule was not applied)
    systemless: int = 0
    systems: list[str] = field(default_factory=list)


def _user_error(msg: str) -> Exception:
    from notelint.errors import UserError

    return UserError(msg)


def lint_paths(options: LintOptions, stdin: BinaryIO | None = None) -> LintResult:
    """Lint every input with its effective configuration (closest notelint.toml /
    [tool.notelint], or --config, or none with --isolated); flags override the files.
    The findings come as a sorted list (see :func:`lint_stream` for a run of any size)."""
    with lint_stream(options, stdin) as result:
        result.findings = list(result.findings)
    return result


@contextmanager
def lint_stream(options: LintOptions, stdin: BinaryIO | None = None,
                key: Callable[[Finding], tuple[Any, ...]] = Finding.sort_key,
                ) -> Iterator[LintResult]:
    """Like :func:`lint_paths`, but ``result.findings`` can be read once, sorted by ``key``,
    inside the ``with`` block; they are kept on disk meanwhile, not in memory."""
    from notelint.sorting import FindingSorter

    with FindingSorter(key) as sorter:
        yield _lint(options, stdin, sorter)


def _lint(options: LintOptions, stdin: BinaryIO | None, sink: "FindingSorter") -> LintResult:
    from notelint.engine import Engine
    from notelint.readers import read_file

    if options.config and options.isolated:
        raise _user_error("--config and --isolated exclude each other; use one of them")
    from notelint.nlp.resources import CodeFileError, check_configured_code_file

    try:  # an unreadable NOTELINT_ICD10SE is one clear line, not an error per rule
        check_configured_code_file()
    except CodeFileError as e:
        raise _user_error(str(e)) from None
    from notelint.report import Tally

    known = None
    if options.baseline:  # a bad baseline is reported before a long run, not after it
        from notelint.baseline import BaselineError, BaselineFilter, load_baseline

        try:
            known = BaselineFilter(load_baseline(options.baseline))
        except BaselineError as e:
            raise _user_error(str(e)) from None
    tally = Tally()
    files: set[str] = set()
    used: list[str] = []
    unchosen: list[str] = []
    systemless = 0
    systems: list[str] = []
    records = notes = broken = failing = 0
    for group in config_groups(options):
        cfg, paths, ruleset, rules, settings = (group.cfg, group.paths, group.ruleset,
                                                group.rules, group.settings)
        if not (options.ruleset or cfg.ruleset):
            unchosen.extend(paths)
        if ruleset.name not in used:
            used.append(ruleset.name)
        engine = Engine(ruleset, rules, show_pii=options.show_pii, settings=settings)
        items = (item for p in paths for item in read_file(p, stdin))
        if options.jobs != 1:  # workers read their own slices (notelint/parallel.py)
            from notelint.parallel import run_parallel

            produced = run_parallel(engine, paths, options.jobs, stdin)
        else:
            produced = engine.run(items)
        threshold = SEVERITY_RANK[options.fail_on or cfg.fail_on or "warning"]
        for f in produced:
            ignored = cfg.ignored_for(f.path)
            if ignored and any(f.code.startswith(s.upper()) or f.name == s.lower()
                               for s in ignored):
                continue
            if known is not None and known.hides(f):
                continue
            sink.add(f)
            tally.add(f)
            failing += SEVERITY_RANK[f.severity] >= threshold
        s = engine.stats
        files |= s.files
        records += s.records
        notes += s.notes
        broken += s.broken
        if s.systemless and reads_journal_system(ruleset, [r.code for r in rules]):
            systemless += s.systemless
            systems.extend(x for x in ruleset.journal_systems if x not in systems)
    report = known.report(linted=files) if known is not None else None
    return LintResult(sink, len(files), records, notes, broken, failing=failing,
                      fail_on_cli=options.fail_on, baseline=report, linted_files=files,
                      tally=tally, rulesets=used, unchosen=unchosen,
                      systemless=systemless, systems=systems)


def reads_journal_system(ruleset: Any, codes: Iterable[str]) -> bool:
    """Whether a selected rule reads the notes' journal system: NL102 (a hypothesis
    visible in the systems that show free-text diagnoses)."""
    return bool(ruleset.visibility.diagnoses_visible_in_free_text) and "NL102" in codes


def systemless_note(n: int, systems: list[str]) -> str:
    """The stderr line for ``n`` notes whose journal system no input, flag or file gave
    (lint and audit; ``systems``: those of the rulesets that read it)."""
    return (f"notelint: note: {n} note{'s' if n != 1 else ''} named no journal system, so "
            f"NL102 (which applies in some systems only) was not applied to "
            f"{'them' if n != 1 else 'it'}. Give the system with --journal-system NAME "
            f"({', '.join(systems)}), journal-system = \"NAME\" in notelint.toml, or "
            "a Journalsystem: line in a text copy (FHIR has no field for it).")


@dataclass
class ConfigGroup:
    """Inputs that share one effective configuration, and what the engine needs for them."""

    cfg: Any
    paths: list[str]
    ruleset: Any
    rules: list[Any]
    settings: dict[str, Any]


def config_groups(options: LintOptions) -> list[ConfigGroup]:
    """Group the inputs by their effective configuration (closest notelint.toml /
    [tool.notelint], or --config, or none with --isolated) and resolve each group's ruleset,
    rules and settings; flags override the files. Shared by ``lint`` and ``audit``."""
    from notelint.config import ConfigError, apply_deadlines, resolve_config
    from notelint.readers import iter_files
    from notelint.rules import all_rules, select_rules
    from notelint.rules import unknown_selectors_message, validate_selectors
    from notelint.rulesets import RulesetError, load_ruleset

    unknown = validate_selectors([*options.select, *options.ignore])
    if unknown:  # a typo must not lint (or audit) nothing
        flag = "--select" if unknown[0] in options.select else "--ignore"
        raise _user_error(f"{flag}: {unknown_selectors_message(unknown)}")
    groups: dict[str, tuple[Any, list[str]]] = {}
    try:
        if options.config:  # a file named on the command line is checked even with no input
            resolve_config("-", config_file=options.config)
        for path in iter_files(options.paths):
            cfg = resolve_config(path, config_file=options.config, isolated=options.isolated)
            groups.setdefault(cfg.key, (cfg, []))[1].append(path)
    except ConfigError as e:
        raise _user_error(str(e)) from None

    out: list[ConfigGroup] = []
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
        system = (options.journal_system if options.journal_system is not None
                  else cfg.journal_system)
        if system is not None:  # ("" too: said, not taken for none)
            try:
                settings["journal_system"] = ruleset.journal_system(system)
            except ValueError as e:
                where = ("--journal-system" if options.journal_system is not None
                         else f"{cfg.journal_system_at}: journal-system")
                raise _user_error(f"{where}: {e}") from None
        out.append(ConfigGroup(cfg, paths, ruleset, rules, settings))
    return out


def exit_code(result: LintResult, fail_on: str | None) -> int:
    if result.broken:
        return 2
    if result.failing is not None and fail_on == result.fail_on_cli:
        return 1 if result.failing else 0
    threshold = SEVERITY_RANK[fail_on or "warning"]
    by_severity = result.tally.by_severity if result.tally is not None else None
    if by_severity is None:
        return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings) else 0
    return 1 if any(n for sev, n in by_severity.items() if SEVERITY_RANK[sev] >= threshold) else 0


def unchosen_note(result: LintResult) -> str:
    """The stderr line for inputs no --ruleset and no configuration chose a ruleset for."""
    from notelint.rulesets import available_rulesets

    n = len(result.unchosen)
    which = "standard input" if result.unchosen == ["-"] else (
        f"{n} input{'s' if n != 1 else ''}")
    return (f"notelint: note: no ruleset chosen for {which} (no --ruleset, no notelint.toml "
            "or [tool.notelint]); linted with 'national', which knows no region's templates. "
            f"Choose the region with --ruleset NAME ({', '.join(available_rulesets())}) or "
            "ruleset = \"NAME\" in notelint.toml.")


def run_lint(options: LintOptions, stdin: BinaryIO | None = None,
             stdout: TextIO | None = None) -> int:
    from notelint.outputs import check_writable, replacing
    from notelint.report import Summary, sort_key, write

    if options.output:  # said before the run, not after an hour of it
        check_writable("--output", options.output, options.paths)
    with lint_stream(options, stdin, key=sort_key(options.fmt)) as result:
        if result.unchosen:
            sys.stderr.write(unchosen_note(result) + "\n")
        if result.baseline is not None:
            line = result.baseline.summary_line()
            if line:
                sys.stderr.write(line + "\n")
        assert result.tally is not None
        summary = Summary(result.files, result.records, result.notes, result.tally.count,
                          tally=result.tally, rulesets=result.rulesets,
                          hidden=result.baseline.hidden if result.baseline is not None
                          else None)
        report_options = {"show_pii": options.show_pii}
        if options.output:  # (whole or not at all: a full disk leaves the old file)
            with replacing("--output", options.output) as target:
                with open(target, "w", encoding="utf-8") as fh:
                    write(options.fmt, result.findings, summary, fh, report_options)
        else:
            try:
                write(options.fmt, result.findings, summary, stdout or sys.stdout,
                      report_options)
                (stdout or sys.stdout).flush()
            except BrokenPipeError:
                raise
            except OSError as e:  # (`> /dev/full`, a full disk under a redirection)
                raise _user_error(f"standard output: cannot write the report "
                                  f"({e.strerror or type(e).__name__}); free space or write "
                                  "it with --output FILE") from None
        if result.systemless:  # (after the report: a report that could not be written is
            sys.stderr.write(systemless_note(result.systemless, result.systems) + "\n")  # the one thing said then)
        return exit_code(result, options.fail_on)

"""``notelint baseline write|prune FILE PATHS…``: record or tidy the known findings."""

from __future__ import annotations

import click

from notelint.cli.common import fail as _fail
from notelint.cli.common import split_codes as _split
from notelint.errors import UserError


def _lint(paths: tuple[str, ...], ruleset: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], config_file: str | None, isolated: bool):  # type: ignore[no-untyped-def]
    from notelint.lint import LintOptions, lint_paths

    if not paths:
        _fail("no input given; name the files or directories the baseline covers")
    options = LintOptions(paths=list(paths), ruleset=ruleset, select=_split(select),
                          ignore=_split(ignore), config=config_file, isolated=isolated)
    try:
        return lint_paths(options)
    except UserError as e:
        _fail(str(e))


def _common(fn):  # type: ignore[no-untyped-def]
    for opt in reversed([
        click.argument("file", type=click.Path(dir_okay=False)),
        click.argument("paths", nargs=-1),
        click.option("--ruleset", default=None, help="Ruleset name or .toml file."),
        click.option("--select", multiple=True, help="Only these codes or prefixes."),
        click.option("--ignore", multiple=True, help="Skip these codes or prefixes."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
                     help="Use this configuration file for every input."),
        click.option("--isolated", is_flag=True, help="Ignore all configuration files."),
    ]):
        fn = opt(fn)
    return fn


@click.group("baseline")
def baseline() -> None:
    """Record today's findings so that only new ones fail (--baseline FILE in lint)."""


@baseline.command("write")
@_common
def write(file: str, paths: tuple[str, ...], ruleset: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], config_file: str | None, isolated: bool) -> None:
    """Write FILE with every current finding in PATHS (keeps reasons/expiry of FILE)."""
    import os

    from notelint.baseline import BaselineError, build_baseline, load_baseline, save_baseline

    result = _lint(paths, ruleset, select, ignore, config_file, isolated)
    try:
        previous = load_baseline(file) if os.path.exists(file) else None
        new = build_baseline(result.findings, previous)
        save_baseline(new, file)
    except BaselineError as e:
        _fail(str(e))
    n = sum(e.count for e in new.entries)
    click.echo(f"Wrote {file}: {n} finding{'s' if n != 1 else ''} "
               f"({len(new.entries)} fingerprint{'s' if len(new.entries) != 1 else ''}).")
    if result.broken:
        n = result.broken
        click.echo(f"notelint: warning: {n} input{'s' if n != 1 else ''} could not be read "
                   f"and {'are' if n != 1 else 'is'} not in the baseline", err=True)


@baseline.command("prune")
@_common
def prune(file: str, paths: tuple[str, ...], ruleset: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], config_file: str | None, isolated: bool) -> None:
    """Remove entries of FILE that no longer match a finding in PATHS (and expired ones)."""
    from notelint.baseline import BaselineError, load_baseline, prune_baseline, save_baseline

    try:
        old = load_baseline(file)
    except BaselineError as e:
        _fail(str(e))
    result = _lint(paths, ruleset, select, ignore, config_file, isolated)
    new, removed = prune_baseline(old, result.findings, linted=result.linted_files)
    try:
        save_baseline(new, file)
    except BaselineError as e:
        _fail(str(e))
    kept = sum(e.count for e in new.entries)
    click.echo(f"Pruned {file}: removed {removed}, kept {kept}.")


COMMANDS = [baseline]

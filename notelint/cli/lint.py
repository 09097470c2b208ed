"""``notelint lint``: lint exports, text notes or standard input (the library:
:mod:`notelint.lint`)."""

from __future__ import annotations

import sys

import click

from notelint.cli.common import fail, split_codes
from notelint.errors import UserError


@click.command("lint")
@click.argument("paths", nargs=-1)
@click.option("--ruleset", "ruleset_name", default=None,
              help="Ruleset name (national, skane, vgr, jonkoping, kalmar) or a .toml file.")
@click.option("--format", "fmt", default="text", show_default=True,
              type=click.Choice(["text", "json", "sarif", "github", "junit"]),
              help="Output format.")
@click.option("--select", multiple=True, help="Only these codes or prefixes (NL3, NL301,…).")
@click.option("--ignore", multiple=True, help="Skip these codes or prefixes.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Hide findings recorded in this baseline file.")
@click.option("--show-pii", is_flag=True, help="Show personal identity numbers unmasked.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes (0 = all cores).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to a file instead of standard output.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Use this notelint.toml / pyproject.toml for every input.")
@click.option("--isolated", is_flag=True,
              help="Ignore all configuration files (notelint.toml, [tool.notelint]).")
@click.option("--journal-system", default=None, metavar="NAME",
              help="The journal system of notes whose input names none (FHIR, most JSON "
                   "exports): one of the ruleset's (Melior, PMO, Cosmic). Rules such as "
                   "NL102 (a hypothesis visible in Melior) apply to some systems only.")
def lint(paths: tuple[str, ...], ruleset_name: str | None, fmt: str, select: tuple[str, ...],
         ignore: tuple[str, ...], fail_on: str | None, baseline: str | None, show_pii: bool,
         jobs: int, output: str | None, config_file: str | None = None,
         isolated: bool = False, journal_system: str | None = None) -> None:
    """Lint journal exports, text notes or '-' (standard input)."""
    from notelint.lint import LintOptions, run_lint
    from notelint.nlp import long_run

    if not paths:
        fail("no input given; name files or directories, or '-' for standard input")
    options = LintOptions(
        paths=list(paths), ruleset=ruleset_name, fmt=fmt, select=split_codes(select),
        ignore=split_codes(ignore), fail_on=fail_on, baseline=baseline, show_pii=show_pii,
        jobs=jobs, output=output, config=config_file, isolated=isolated,
        journal_system=journal_system,
    )
    long_run()
    try:
        code = run_lint(options)
    except UserError as e:
        fail(str(e))
    sys.exit(code)


COMMANDS = [lint]

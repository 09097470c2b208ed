"""The ``notelint`` command line (click). Heavy imports happen inside commands so that
``notelint --help`` and ``notelint explain`` start fast.

Exit codes (docs/cli.md, normative): 0 nothing at or above ``--fail-on``; 1 findings at or
above it; 2 a usage or configuration error, or any input that could not be read.
"""

from __future__ import annotations

import sys

import click

from notelint.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UserError  # noqa: F401


def _split(values: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def _fail(message: str) -> None:
    """A user-caused error: one line, no traceback, exit 2 (identity numbers masked: a
    message may name a file, a note id or a value from the input)."""
    from notelint import pii
    from notelint.model import printable

    click.echo(f"notelint: error: {pii.mask_text(printable(' '.join(message.split())))}",
               err=True)
    sys.exit(EXIT_ERROR)


class _Group(click.Group):
    """Any failure that is not the user's (a bug) ends in one line and exit 2 — never a
    traceback and never exit 1, which would read as "findings" (``NOTELINT_DEBUG=1``
    shows the traceback)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit,
                click.exceptions.Abort, SystemExit, KeyboardInterrupt):
            raise
        except MemoryError:
            click.echo("notelint: error: out of memory; lint fewer or smaller inputs at once",
                       err=True)
            sys.exit(EXIT_ERROR)
        except Exception as exc:
            import os

            if os.environ.get("NOTELINT_DEBUG"):
                raise
            click.echo(f"notelint: internal error ({type(exc).__name__}); nothing was "
                       "reported for this run — please report it (NOTELINT_DEBUG=1 shows "
                       "where)", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="notelint", prog_name="notelint")
def main() -> None:
    """Documentation-compliance linter for Swedish clinical journal notes and 1177 cases.

    Checks exported notes, access events (Reglerad åtkomst), 1177 e-service cases and
    Stöd och behandling treatments against a region's routines.
    """


@main.command()
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
def lint(paths: tuple[str, ...], ruleset_name: str | None, fmt: str, select: tuple[str, ...],
         ignore: tuple[str, ...], fail_on: str | None, baseline: str | None, show_pii: bool,
         jobs: int, output: str | None, config_file: str | None = None,
         isolated: bool = False) -> None:
    """Lint journal exports, text notes or '-' (standard input)."""
    from notelint.lint import LintOptions, run_lint

    if not paths:
        _fail("no input given; name files or directories, or '-' for standard input")
    options = LintOptions(
        paths=list(paths), ruleset=ruleset_name, fmt=fmt, select=_split(select),
        ignore=_split(ignore), fail_on=fail_on, baseline=baseline, show_pii=show_pii,
        jobs=jobs, output=output, config=config_file, isolated=isolated,
    )
    try:
        code = run_lint(options)
    except UserError as e:
        _fail(str(e))
    sys.exit(code)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules_cmd(fmt: str) -> None:
    """List every rule: code, name, severity, scope and summary."""
    import json

    from notelint.rules import all_rules

    rules = all_rules()
    if fmt == "json":
        click.echo(json.dumps([
            {"code": r.code, "name": r.name, "severity": r.severity, "scope": r.scope,
             "summary": r.summary} for r in rules
        ], ensure_ascii=False, indent=2))
        return
    for r in rules:
        first = r.summary.split("\n")[0]
        click.echo(f"{r.code}  {r.name:<44} {r.severity:<8} {r.scope:<7} {first}")


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Explain a rule: what it checks, why (the routine), a bad and a good example."""
    from notelint.docs import explain_text
    from notelint.rules import get_rule

    r = get_rule(code)
    if r is None:
        _fail(f"unknown rule {code!r}; `notelint rules` lists every code")
    click.echo(explain_text(r))


@main.command()
def schema() -> None:
    """Print the JSON Schema of interchange format v1 (one record)."""
    import json

    from notelint.model import record_schema

    click.echo(json.dumps(record_schema(), ensure_ascii=False, indent=2))


def _register_optional_commands() -> None:
    """Commands that live in their own modules (audit, serve, preview, baseline, config)."""
    import importlib

    for module in ("notelint.audit.cli", "notelint.serve_cli", "notelint.preview_cli",
                   "notelint.baseline_cli", "notelint.config_cli", "notelint.nlp.cli",
                   "notelint.cdshooks.cli"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name and module.startswith(e.name):
                continue
            raise
        for cmd in getattr(mod, "COMMANDS", []):
            main.add_command(cmd)


_register_optional_commands()


if __name__ == "__main__":  # pragma: no cover
    main()

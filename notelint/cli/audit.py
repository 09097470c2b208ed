"""``notelint audit``: whole exports into a findings store, worklist and report (the
library: :mod:`notelint.audit`)."""

from __future__ import annotations

import sys

import click

from notelint.cli.common import fail as _fail
from notelint.cli.common import split_codes as _split


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--ruleset", "ruleset_name", default=None,
              help="Ruleset name or .toml file [default: each folder's notelint.toml, else national].")
@click.option("--select", multiple=True, help="Only these codes or prefixes (NL3, NL301,…).")
@click.option("--ignore", multiple=True, help="Skip these codes or prefixes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786).")
@click.option("--store", default=None, type=click.Path(dir_okay=False),
              help="DuckDB findings store: this run is added to its history.")
@click.option("--report", default=None, type=click.Path(dir_okay=False),
              help="Write a self-contained HTML report (Swedish).")
@click.option("--worklist", default=None, type=click.Path(dir_okay=False),
              help="Write the worklist: one row per finding (.csv, .xlsx or .parquet).")
@click.option("--unit", "units", multiple=True,
              help="Worklist only for these units (HSA-id, or part of the unit's name).")
@click.option("--min-severity", type=click.Choice(["error", "warning", "info"]), default="info",
              show_default=True, help="Worklist only at or above this severity.")
@click.option("--parquet", default=None, type=click.Path(dir_okay=False),
              help="Also export the findings table (every run) as Parquet.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0 = all cores).")
@click.option("--resume", is_flag=True,
              help="Continue the store's interrupted run instead of starting a new one.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (2 still for errors).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Use this notelint.toml / pyproject.toml for every input.")
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--min-group", type=click.IntRange(min=1), default=5, show_default=True,
              help="Fold units with fewer findings into one group in the report's count charts.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--journal-system", default=None, metavar="NAME",
              help="The journal system of notes whose input names none (FHIR, most JSON "
                   "exports): one of the ruleset's, as for lint.")
def audit(paths: tuple[str, ...], ruleset_name: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], engine: str, scheduler: str | None, store: str | None,
          report: str | None, worklist: str | None, units: tuple[str, ...], min_severity: str,
          parquet: str | None, jobs: int, resume: bool, fail_on: str | None, exit_zero: bool,
          config_file: str | None, isolated: bool, min_group: int,
          progress: bool | None, journal_system: str | None = None) -> None:
    """Audit whole exports: findings store (DuckDB) with history, worklist, HTML report.

    Exit codes as lint: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 a usage error or an input that could not be read.
    """
    from notelint.audit.runner import AuditOptions, run_audit
    from notelint.audit.store import StoreError
    from notelint.errors import UserError
    from notelint.rulesets import RulesetError

    if engine == "local" and scheduler:
        _fail("--scheduler needs --engine dask")
    if resume and not store:
        _fail("--resume needs --store (the run to resume is kept there)")
    if (units or min_severity != "info") and not worklist:
        _fail("--unit and --min-severity filter the worklist; add --worklist FILE")
    opts = AuditOptions(list(paths), ruleset_name, engine, scheduler, store, report, parquet,
                        jobs, resume, min_group, progress, select=_split(select),
                        ignore=_split(ignore), worklist=worklist, units=list(units),
                        min_severity=min_severity, fail_on=fail_on, config=config_file,
                        isolated=isolated, journal_system=journal_system)
    from notelint.nlp import long_run

    long_run()
    try:
        out = run_audit(opts)
    except (RulesetError, StoreError, UserError) as e:
        _fail(str(e))
    except ModuleNotFoundError as e:
        _fail(f"the audit needs {e.name}; pip install 'notelint[audit]'")
    except OSError as e:
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        _fail(f"{where}{e.strerror or e}")
    except Exception as e:  # the store's own errors (disk full, corrupt file)
        import duckdb

        if not isinstance(e, duckdb.Error):
            raise
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        _fail(f"findings store {store or '(in memory)'}: {first}")
    from notelint.report.text import count

    # the summary is Swedish like lint's (docs/cli.md: one language per audience)
    reused = (f", {count(out.reused_records, 'record')} oförändrade överförda"
              if out.reused_records else "")
    click.echo(f"Granskning {out.run_id}: {count(out.records, 'record')}, "
               f"{count(out.notes, 'note')}, {count(out.findings, 'finding')}, "
               f"{count(out.broken, 'unreadable')}{reused}, {out.seconds:.1f} s"
               + (f" (återupptagen: {out.skipped_tasks} redan lagrade)" if out.skipped_tasks
                  else ""))
    if out.worklist_rows is not None:
        click.echo(f"Arbetslista {worklist}: {count(out.worklist_rows, 'row')}")
    if out.systemless:
        from notelint.lint import systemless_note

        click.echo(systemless_note(out.systemless, out.systems), err=True)
    if out.broken:
        sys.exit(2)
    sys.exit(0 if exit_zero or not out.failing else 1)


COMMANDS = [audit]

"""``notelint audit`` (click command, imported by notelint.cli)."""

from __future__ import annotations

import sys

import click


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--ruleset", "ruleset_name", required=True, help="Ruleset name or .toml file.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786).")
@click.option("--store", default=None, type=click.Path(dir_okay=False),
              help="DuckDB findings store to append this run to.")
@click.option("--report", default=None, type=click.Path(dir_okay=False),
              help="Write a self-contained HTML report.")
@click.option("--parquet", default=None, type=click.Path(dir_okay=False),
              help="Also export the findings table as Parquet.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0 = all cores).")
@click.option("--fresh", is_flag=True, help="Re-run from scratch instead of resuming.")
@click.option("--min-group", type=click.IntRange(min=1), default=5, show_default=True,
              help="Fold units with fewer findings into one group in the report.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
def audit(paths: tuple[str, ...], ruleset_name: str, engine: str, scheduler: str | None,
          store: str | None, report: str | None, parquet: str | None, jobs: int, fresh: bool,
          min_group: int, progress: bool | None) -> None:
    """Audit whole exports: findings store (DuckDB), HTML report, trends."""
    from notelint.audit.runner import AuditOptions, run_audit
    from notelint.rulesets import RulesetError

    if engine == "local" and scheduler:
        click.echo("notelint: error: --scheduler needs --engine dask", err=True)
        sys.exit(2)
    try:
        out = run_audit(AuditOptions(list(paths), ruleset_name, engine, scheduler, store, report,
                                     parquet, jobs, fresh, min_group, progress))
    except RulesetError as e:
        click.echo(f"notelint: error: {e}", err=True)
        sys.exit(2)
    except ModuleNotFoundError as e:
        click.echo(f"notelint: error: the audit needs {e.name}; install 'notelint[audit]'", err=True)
        sys.exit(2)
    except OSError as e:
        click.echo(f"notelint: error: {e}", err=True)
        sys.exit(2)
    except Exception as e:  # the store's own errors (locked or corrupt file, disk full)
        import duckdb

        if not isinstance(e, duckdb.Error):
            raise
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        click.echo(f"notelint: error: findings store {store}: {first}; close other programs "
                   "using it or choose another --store file", err=True)
        sys.exit(2)
    click.echo(f"audit {out.run_id}: {out.records} records, {out.notes} notes, {out.findings} "
               f"findings, {out.broken} unreadable, {out.seconds:.1f} s"
               + (f" (resumed: {out.skipped_tasks} tasks already stored)" if out.skipped_tasks else ""))
    sys.exit(2 if out.broken else 0)


COMMANDS = [audit]

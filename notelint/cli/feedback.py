"""``notelint feedback report``: per rule and per unit, how often clinicians override cards."""

from __future__ import annotations

import datetime as dt

import click

DEFAULT_STORE = "notelint-feedback.duckdb"


@click.group("feedback")
def feedback() -> None:
    """Clinician feedback on CDS Hooks cards (stored by `notelint serve`)."""


@feedback.command("report")
@click.option("--store", "store", default=DEFAULT_STORE, show_default=True,
              type=click.Path(dir_okay=False),
              help="The DuckDB file `notelint serve --feedback-store` writes.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only cards issued from this day (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def report_cmd(store: str, since: dt.datetime | None, fmt: str) -> None:
    """Override rates and reasons per rule and per unit: the field precision of each rule."""
    import json

    from notelint.cdshooks.feedback import StoreError, render_report, report
    from notelint.cli.common import fail as _fail

    try:
        data = report(store, since=since.date() if since else None)
    except StoreError as e:
        _fail(str(e))
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(render_report(data), nl=False)


COMMANDS = [feedback]

"""``notelint preview``: what the patient and the guardians will see of a note, and when."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click


@click.command("preview")
@click.argument("path", required=False, default="-")
@click.option("--ruleset", "ruleset_name", required=True,
              help="Ruleset name (national, skane, vgr, jonkoping, kalmar) or a .toml file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Readable Swedish text, or JSON.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
              help="The day to judge visibility on [default: the record's as_of, else today].")
@click.option("--note", "note_id", default=None,
              help="Preview this note id [default: every unsigned draft, else the latest note].")
def preview(path: str, ruleset_name: str, fmt: str, as_of: str | None, note_id: str | None) -> None:
    """Show who sees what of a note in 1177 Journalen, and from when (PATH or '-')."""
    from notelint.cli.common import fail as _fail
    from notelint.errors import EXIT_ERROR
    from notelint.preview import preview_record, render_text
    from notelint.readers import Broken, read_paths
    from notelint.rulesets import RulesetError, load_ruleset
    from notelint import pii
    from notelint.model import printable

    try:
        ruleset = load_ruleset(ruleset_name)
    except RulesetError as e:
        _fail(str(e))
    day = None
    if as_of:
        try:
            day = dt.date.fromisoformat(as_of)
        except ValueError:
            _fail(f"--as-of {as_of!r}: not a date; use YYYY-MM-DD")
    previews = []
    broken = 0
    for item in read_paths([path]):
        if isinstance(item, Broken):
            broken += 1
            click.echo(pii.mask_text(printable(
                f"notelint: error: {item.path}:{item.line}:{item.column}: "
                f"{' '.join(item.message.split())}")), err=True)
            continue
        previews.extend(preview_record(item.record, ruleset, note_id=note_id, as_of=day))
    if note_id is not None and not previews and not broken:
        _fail(f"--note {note_id!r}: no note with that id in the input")
    if fmt == "json":
        click.echo(json.dumps({"previews": [p.model_dump(mode="json") for p in previews]},
                              ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(previews), nl=False)
    sys.exit(EXIT_ERROR if broken else 0)


COMMANDS = [preview]

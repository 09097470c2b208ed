"""``notelint rules``, ``notelint explain CODE`` and ``notelint schema``: the rules' and the
format's own documentation."""

from __future__ import annotations

import click

from notelint.cli.common import fail


@click.command("rules")
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


@click.command("explain")
@click.argument("code")
@click.option("--lang", type=click.Choice(["sv", "en"]), default="sv", show_default=True,
              help="sv: for clinicians and auditors; en: the developer's documentation.")
def explain(code: str, lang: str) -> None:
    """Explain a rule: what it checks, why (the routine), a bad and a good example."""
    from notelint.docs import explain_text
    from notelint.rules import get_rule

    r = get_rule(code)
    if r is None:
        fail(f"unknown rule {code!r}; `notelint rules` lists every code")
    click.echo(explain_text(r, lang))


@click.command("schema")
def schema() -> None:
    """Print the JSON Schema of interchange format v1 (one record)."""
    import json

    from notelint.model import record_schema

    click.echo(json.dumps(record_schema(), ensure_ascii=False, indent=2))


COMMANDS = [rules_cmd, explain, schema]

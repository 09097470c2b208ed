"""``notelint config --show [PATH]``: the effective settings for an input."""

from __future__ import annotations

import json

import click

from notelint.cli.common import fail as _fail


def _toml_value(v: object) -> str:
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml_value(x)}" for k, x in v.items()) + " }"
    if v is None:
        return '""'
    return json.dumps(v, ensure_ascii=False)


@click.command("config")
@click.argument("path", required=False, default=".")
@click.option("--show", is_flag=True, help="Print the effective settings for PATH.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Use this configuration file instead of the closest one.")
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def config(path: str, show: bool, config_file: str | None, isolated: bool, fmt: str) -> None:
    """Show the configuration that applies to PATH (default: the current directory).

    The closest notelint.toml or pyproject.toml with [tool.notelint] above PATH wins.
    """
    from notelint.config import ConfigError, apply_deadlines, resolve_config
    from notelint.rulesets import RulesetError, load_ruleset

    if config_file and isolated:
        _fail("--config and --isolated exclude each other; use one of them")
    try:
        cfg = resolve_config(path, config_file=config_file, isolated=isolated)
    except ConfigError as e:
        _fail(str(e))
    try:
        ruleset = apply_deadlines(load_ruleset(cfg.ruleset or "national"), cfg)
    except (ConfigError, RulesetError) as e:
        _fail(f"{cfg.path}: {e}" if cfg.path and isinstance(e, RulesetError) else str(e))
    data = cfg.as_dict()
    data["effective-deadlines"] = {
        "access.doc_deadline_days": ruleset.access.doc_deadline_days,
        "access.doc_before_days": ruleset.access.doc_before_days,
        "access.urgent_form_deadline_days": ruleset.access.urgent_form_deadline_days,
        "ehealth.doc_deadline_hours": ruleset.ehealth.doc_deadline_hours,
        "ehealth.link_window_days": ruleset.ehealth.link_window_days,
        "treatments.doc_deadline_days": ruleset.treatments.doc_deadline_days,
        "treatments.link_window_days": ruleset.treatments.link_window_days,
    }
    data["effective-deadlines"] = {k: v for k, v in data["effective-deadlines"].items()
                                   if v is not None}
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    source = data.pop("config")
    click.echo(f"# settings for {path}: "
               + (f"from {source}" if source else "no configuration file (defaults)"))
    for k, v in data.items():
        if v is None:
            continue
        click.echo(f"{k} = {_toml_value(v)}")


COMMANDS = [config]

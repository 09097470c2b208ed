"""The CLI contract a new user meets first (issue 20): a mistyped code, ruleset or key is
one clear line with exit 2; what the summary says is true; one language per audience."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def one_error_line(res) -> str:
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    lines = [x for x in res.output.splitlines() if x.strip()]
    assert len(lines) == 1, res.output
    return lines[0]


@pytest.mark.parametrize("flag,value,hint", [
    ("--select", "NL999", None),
    ("--select", "NL3l0", "'NL310'"),
    ("--select", "NL7", None),
    ("--ignore", "NL1O1", "'NL101'"),
    ("--select", "nl-301", "'NL301'"),
    ("--select", "guardian-blok", "'guardian-block-age'"),
    ("--select", "NL3,NL30x", None),
])
def test_unknown_codes_are_an_error_with_a_suggestion(flag, value, hint):
    line = one_error_line(run("lint", str(EXAMPLES / "skane"), flag, value))
    assert line.startswith(f"notelint: error: {flag}: no rule matches")
    assert "notelint rules" in line
    if hint:
        assert f"did you mean {hint}?" in line


def test_known_prefixes_and_names_still_select():
    assert run("lint", str(EXAMPLES / "skane"), "--select", "NL3,NL30,guardian-block-age,ALL",
               "--ignore", "NL9").exit_code == 1


def test_unknown_code_in_config_names_file_line_and_suggestion(tmp_path):
    (tmp_path / "notelint.toml").write_text('ruleset = "skane"\nignore = ["NL3OO"]\n',
                                            encoding="utf-8")
    (tmp_path / "n.txt").write_text("Mall: Läkaranteckning\n", encoding="utf-8")
    line = one_error_line(run("lint", str(tmp_path / "n.txt")))
    assert "notelint.toml:2:" in line and "'NL3OO'" in line and "did you mean 'NL3" in line


@pytest.mark.parametrize("written,name", [
    ("skåne", "skane"), ("Skane", "skane"), ("SKÅNE", "skane"), ("Region Skåne", "skane"),
    ("Västra Götaland", "vgr"), ("VGR", "vgr"), ("Västra Götalandsregionen", "vgr"),
    ("Jönköpings län", "jonkoping"), ("Region Jönköpings län", "jonkoping"),
    ("Kalmar län", "kalmar"), ("National", "national"),
])
def test_ruleset_accepts_the_names_people_write(written, name):
    from notelint.rulesets import load_ruleset

    assert load_ruleset(written).name == name
    res = run("lint", str(EXAMPLES / "skane" / "journalkopia_pmo.txt"), "--ruleset", written)
    assert res.exit_code in (0, 1), res.output


def test_unknown_ruleset_is_one_line_with_a_suggestion():
    line = one_error_line(run("lint", str(EXAMPLES / "skane"), "--ruleset", "Skaane"))
    assert "unknown ruleset 'Skaane' (did you mean 'skane'?)" in line
    assert "jonkoping, kalmar, national, skane, vgr" in line

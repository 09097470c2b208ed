"""NL105 with the record's registered (structured) diagnoses: a diagnosis of the same
ICD-10 category or concept registered after the Tidiga hypoteser note settles the
hypothesis (seed 004: "innan en hypotes har förkastats eller fastställts"); a different
code, or one registered before the note, settles nothing."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import codes, lint, make_record
from fake_nlp import FakeNLP, install

from notelint.model import Diagnosis, Record


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeNLP:
    return install(monkeypatch, unit_name="Psykiatrimottagning Lund")


TH_TEXT = "Misstänkt bipolär sjukdom typ 2, hypomana perioder enl sambo. För tidigt att kommunicera."
TH_M = [(0, "bipolär sjukdom", "bipolär sjukdom", "F31", "uncertain", "Misstänkt")]
VISIT = "Återbesök. Pat sover bättre, stämningsläge stabilt. Ua somatiskt. Åter 6 v."


def _th(fake: FakeNLP, ruleset: str) -> dict[str, Any]:
    if ruleset == "skane":
        return fake.note("th1", [("Bedömning", TH_TEXT)], template="Tidiga hypoteser",
                         time="2024-04-08T10:00:00", mentions=TH_M)
    return fake.note("th1", [("Tidiga hypoteser", TH_TEXT)], time="2024-04-08T10:00:00",
                     mentions=TH_M)


def _diag(code: str | None, time: str, **kw: Any) -> dict[str, Any]:
    d = {"id": f"dia-{code}-{time[:10]}", "code": code, "code_system": "1.2.752.116.1.1.1.1.3",
         "time": time, "type": "huvuddiagnos", "unit": {"name": "Psykiatrimottagning Lund"}}
    d.update(kw)
    return d


def _run(fake: FakeNLP, ruleset: str, *diagnoses: dict[str, Any]):
    visit = fake.note("v2", [("Aktuellt", VISIT)], time="2024-05-20T10:30:00")
    rec = make_record(notes=[_th(fake, ruleset), visit], diagnoses=list(diagnoses),
                      as_of="2024-06-01T00:00:00")
    return lint(rec, ruleset, select=["NL105"])


@pytest.mark.parametrize("ruleset", ["skane", "vgr"])
def test_same_icd10_category_registered_later_settles(fake, ruleset):
    found = _run(fake, ruleset, _diag("F31.8", "2024-05-20T10:45:00",
                                      display_name="Annan specificerad bipolär sjukdom",
                                      source_note="v2"))
    assert codes(found) == ["NL105"]
    f = found[0]
    assert f.target.id == "th1" and f.span.section in {"Bedömning", "Tidiga hypoteser"}
    assert "F31.8" in f.message and "2024-05-20" in f.message
    assert "huvuddiagnos" in f.message and "anteckning v2" in f.message


def test_same_concept_without_code_settles(fake):
    found = _run(fake, "skane", _diag(None, "2024-05-20T10:45:00",
                                      display_name="Bipolär sjukdom", code_system=None))
    assert codes(found) == ["NL105"]


@pytest.mark.parametrize("ruleset", ["skane", "vgr"])
def test_different_code_is_silent(fake, ruleset):
    assert _run(fake, ruleset, _diag("F51.0", "2024-05-20T10:45:00",
                                     display_name="Icke organisk sömnlöshet",
                                     type="bidiagnos")) == []


def test_registered_before_the_hypothesis_is_silent(fake):
    assert _run(fake, "skane", _diag("F31.8", "2024-03-01T09:00:00")) == []


def test_other_code_system_same_code_is_silent(fake):
    """A KSH97-P or local code that looks like F31 is not an ICD-10-SE diagnosis."""
    assert _run(fake, "skane", _diag("F31", "2024-05-20T10:45:00",
                                     code_system="1.2.752.116.1.1.1.1.1")) == []


def test_visible_documentation_still_wins(fake):
    th = _th(fake, "skane")
    told = fake.note("v3", [("Bedömning", "Bipolär sjukdom typ 2 fastställd, pat informerad.")],
                     time="2024-05-21T09:00:00",
                     mentions=[(0, "Bipolär sjukdom", "bipolär sjukdom", "F31", "affirmed")],
                     triggers=[(0, "pat informerad", "communicated")])
    rec = make_record(notes=[th, told], diagnoses=[_diag("F31.8", "2024-05-20T10:45:00")],
                      as_of="2024-06-01T00:00:00")
    assert lint(rec, "skane", select=["NL105"]) == []


def test_diagnoses_are_optional_and_checked():
    assert make_record().diagnoses == []
    with pytest.raises(ValueError, match="diagnoses\\[1\\].id"):
        make_record(diagnoses=[_diag("F31", "2024-05-20T10:45:00")] * 2)
    with pytest.raises(ValueError, match="type"):
        Diagnosis.model_validate({"id": "d", "type": "tilläggsdiagnos"})
    assert "diagnoses" in Record.model_json_schema()["properties"]

"""notelint preview: who sees what of a note in 1177 Journalen, and from when."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import Any

import pytest

from conftest import CHILD_PNR, PNR, make_record
from notelint.preview import preview_note, preview_record, psychiatry_kind, render_text
from notelint.rulesets import load_ruleset

D = dt.date


def pnr(birth: str, serial: str = "238") -> str:
    """A valid (Luhn) personnummer for a birth date YYYYMMDD."""
    digits = birth[2:] + serial
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return f"{birth}-{serial}{(10 - total % 10) % 10}"


def note(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "n1", "system": "Melior", "template": "Läkaranteckning",
        "unit": {"name": "Vårdcentralen Höör", "hsa_id": "SE2321000032-1001"},
        "author": {"name": "Anna Andersson", "role": "läkare"},
        "time": "2024-03-12T14:05:00", "signed": "2024-03-12T15:00:00",
        "setting": "öppenvård",
        "sections": [
            {"keyword": "Aktuellt", "text": "Pat söker pga hosta sedan 2 v, ua i övrigt."},
            {"keyword": "Bedömning", "text": "Trol viral bronkit. Åter vb, kontakt VC om feber."},
        ],
    }
    base.update(kw)
    return base


def event(action: str, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": f"a-{action}", "action": action, "scope": "whole", "initiated_by": "staff",
        "unit": {"name": "Vårdcentralen Höör", "hsa_id": "SE2321000032-1001"},
        "ordered": "2024-03-01T10:00:00", "start": "2024-03-01",
        "decided_by": {"name": "Per Persson", "role": "verksamhetschef"},
    }
    base.update(kw)
    return base


def prev(record, ruleset="skane", as_of=None, **kw):
    out = preview_record(record, load_ruleset(ruleset), as_of=as_of, **kw)
    assert len(out) == 1
    return out[0]


def test_adult_signed_note_visible_to_patient_only() -> None:
    p = prev(make_record(notes=[note()]), as_of=D(2024, 4, 1))
    assert p.patient.visible_now and p.patient.visible_from == D(2024, 3, 12)
    assert not p.guardian.visible_now and p.guardian.visible_from is None
    assert p.patient_age_at_note == 111
    assert all(not s.hidden_from_patient for s in p.sections)


# ------------------------------------------------------------------ children and guardians

def test_child_12_guardian_sees_until_13th_birthday_patient_does_not() -> None:
    rec = make_record(patient={"id": CHILD_PNR},  # born 2014-12-12
                      notes=[note(time="2027-03-01T09:10:00", signed="2027-03-01T11:00:00")])
    p = prev(rec, as_of=D(2027, 3, 10))
    assert p.patient_age_now == 12
    assert p.guardian.visible_now
    assert p.guardian.visible_from == D(2027, 3, 1)
    assert p.guardian.visible_until == D(2027, 12, 11)
    assert not p.patient.visible_now and p.patient.visible_from is None
    assert any("före 16 år" in r for r in p.patient.reasons)


def test_child_12_guardian_block_in_force_hides_from_guardian() -> None:
    rec = make_record(patient={"id": CHILD_PNR},
                      notes=[note(time="2027-03-01T09:10:00", signed="2027-03-01T11:00:00")],
                      access_events=[event("block_guardian", start="2027-02-01", end=None,
                                           ordered="2027-02-01T10:00:00")])
    p = prev(rec, as_of=D(2027, 3, 10))
    assert not p.guardian.visible_now and p.guardian.visible_from is None
    assert any("Blockering" in r for r in p.guardian.reasons)


def test_vgr_children_connected_date_delays_guardian_view() -> None:
    # a note from before VGR connected children's journals (2019-10-01)
    rec = make_record(patient={"id": pnr("20100315")},
                      notes=[note(time="2019-05-02T10:00:00", signed="2019-05-02T10:30:00")])
    p = prev(rec, "vgr", as_of=D(2019, 6, 1))
    assert p.guardian.visible_from == D(2019, 10, 1)
    assert not p.guardian.visible_now
    assert prev(rec, "skane", as_of=D(2019, 6, 1)).guardian.visible_now


def test_14_year_old_without_grant_sees_nothing_and_guardian_neither() -> None:
    rec = make_record(patient={"id": CHILD_PNR},
                      notes=[note(time="2029-03-01T09:10:00", signed="2029-03-01T11:00:00")])
    p = prev(rec, as_of=D(2029, 3, 10))
    assert p.patient_age_now == 14
    assert not p.patient.visible_now and p.patient.visible_from is None
    assert not p.guardian.visible_now and p.guardian.visible_from is None
    assert any("beviljad" in r for r in p.patient.reasons)


def test_14_year_old_with_minor_grant_sees_own_note() -> None:
    rec = make_record(patient={"id": CHILD_PNR},
                      notes=[note(time="2029-03-01T09:10:00", signed="2029-03-01T11:00:00")],
                      access_events=[event("grant_minor_access", start="2029-01-15",
                                           ordered="2029-01-15T10:00:00", initiated_by="patient")])
    p = prev(rec, as_of=D(2029, 3, 10))
    assert p.patient.visible_now and p.patient.visible_from == D(2029, 3, 1)
    assert not p.guardian.visible_now  # the grant is for the youth, not the guardian


def test_14_year_old_guardian_grant_then_revoke() -> None:
    grant = event("grant_guardian_access", start="2029-01-15", ordered="2029-01-15T10:00:00")
    rec = make_record(patient={"id": CHILD_PNR},
                      notes=[note(time="2029-03-01T09:10:00", signed="2029-03-01T11:00:00")],
                      access_events=[grant])
    assert prev(rec, as_of=D(2029, 3, 10)).guardian.visible_now
    revoked = make_record(patient={"id": CHILD_PNR},
                          notes=[note(time="2029-03-01T09:10:00", signed="2029-03-01T11:00:00")],
                          access_events=[grant, event("revoke_guardian_access", id="a-rev",
                                                      start="2029-03-05",
                                                      ordered="2029-03-05T10:00:00")])
    assert not prev(revoked, as_of=D(2029, 3, 10)).guardian.visible_now


def test_note_written_at_15_not_shown_after_16() -> None:
    rec = make_record(patient={"id": CHILD_PNR},
                      notes=[note(time="2030-06-01T09:10:00", signed="2030-06-01T11:00:00")])
    p = prev(rec, as_of=D(2032, 1, 10))  # patient is 17 now
    assert p.patient_age_at_note == 15 and p.patient_age_now == 17
    assert not p.patient.visible_now


# ------------------------------------------------------------------ hidden templates / sökord

def test_violence_template_hidden_in_skane_not_in_vgr() -> None:
    n = note(template="Våld i nära relationer", sections=[
        {"keyword": "Anamnes", "text": "Pat berättar att sambon slagit henne vid flera tillfällen."},
    ])
    skane = prev(make_record(notes=[n]), "skane", as_of=D(2024, 4, 1))
    assert skane.sections[0].hidden_from_patient and skane.sections[0].hidden_from_guardian
    assert skane.sections[0].protection == "Våld i nära relationer"
    assert not skane.patient.visible_now  # every section hidden
    vgr = prev(make_record(notes=[n]), "vgr", as_of=D(2024, 4, 1))
    assert not vgr.sections[0].hidden_from_patient
    assert vgr.patient.visible_now


def test_vgr_keyword_hidden_from_guardian_only_and_introduction_date() -> None:
    sections = [
        {"keyword": "Aktuellt", "text": "Pojke 8 år, på BVC-remiss pga blåmärken."},
        {"keyword": "Orosanmälan gällande barn", "text": "Orosanmälan till soc gjord av ssk."},
    ]
    child = pnr("20120101")
    after = make_record(patient={"id": child}, notes=[note(
        time="2020-02-03T10:00:00", signed="2020-02-03T12:00:00", sections=sections)])
    p = prev(after, "vgr", as_of=D(2020, 3, 1))
    sec = p.sections[1]
    assert sec.hidden_from_guardian and not sec.hidden_from_patient
    assert not p.sections[0].hidden_from_guardian
    before = make_record(patient={"id": child}, notes=[note(
        time="2019-05-02T10:00:00", signed="2019-05-02T12:00:00", sections=sections)])
    sec = prev(before, "vgr", as_of=D(2020, 3, 1)).sections[1]
    assert not sec.hidden_from_guardian
    assert "2019-09-01" in (sec.reason or "")


def test_findings_mark_risky_section() -> None:
    n = note(sections=[
        {"keyword": "Bedömning", "text": "Pat mår bättre, fortsatt sjukskrivning."},
        {"keyword": "Tredje person", "text": "Grannen uppger att pat hotat honom."},
    ])
    p = prev(make_record(notes=[n]), "skane", as_of=D(2024, 4, 1))
    assert "NL206" in {f.code for f in p.findings}
    assert "NL206" in p.sections[1].findings and p.sections[0].findings == []
    assert "NL206" in render_text([p])
    assert not p.sections[1].hidden_from_patient  # Skåne does not filter this sökord
    # the same note in VGR: hidden, and no NL206
    v = prev(make_record(notes=[n]), "vgr", as_of=D(2024, 4, 1))
    assert v.sections[1].hidden_from_patient
    assert "NL206" not in {f.code for f in v.findings}


# ------------------------------------------------------------------ seals and locks

def test_seal_in_force_hides_until_end() -> None:
    rec = make_record(notes=[note()], access_events=[event("seal", end="2024-05-31")])
    p = prev(rec, as_of=D(2024, 4, 1))
    assert not p.patient.visible_now
    assert p.patient.visible_from == D(2024, 6, 1)
    assert any("Försegling" in r for r in p.patient.reasons)
    # after the seal ended it is visible
    assert prev(rec, as_of=D(2024, 6, 2)).patient.visible_from == D(2024, 6, 1)


def test_seal_until_further_notice_hides_and_unseal_ends_it() -> None:
    seal = event("seal", end=None)
    rec = make_record(notes=[note()], access_events=[seal])
    p = prev(rec, "vgr", as_of=D(2024, 4, 1))
    assert not p.patient.visible_now and p.patient.visible_from is None
    unsealed = make_record(notes=[note()], access_events=[
        seal, event("unseal", id="a-unseal", start="2024-04-15", ordered="2024-04-15T09:00:00")])
    p = prev(unsealed, "vgr", as_of=D(2024, 5, 1))
    assert p.patient.visible_now and p.patient.visible_from == D(2024, 4, 15)


def test_unit_seal_of_other_unit_does_not_hide() -> None:
    other = event("seal", scope="unit", end="2024-05-31",
                  unit={"name": "Psykiatrimottagning Lund", "hsa_id": "SE2321000032-9999"})
    p = prev(make_record(notes=[note()], access_events=[other]), as_of=D(2024, 4, 1))
    assert p.patient.visible_now
    same = event("seal", scope="unit", end="2024-05-31")
    p = prev(make_record(notes=[note()], access_events=[same]), as_of=D(2024, 4, 1))
    assert not p.patient.visible_now


def test_account_lock_hides_until_end() -> None:
    rec = make_record(notes=[note()], access_events=[event("lock", end="2024-04-30")])
    p = prev(rec, as_of=D(2024, 4, 1))
    assert not p.patient.visible_now and p.patient.visible_from == D(2024, 5, 1)


# ------------------------------------------------------------------ psychiatry

def test_inpatient_psychiatry_28_day_delay_in_skane_only() -> None:
    n = note(unit={"name": "Vuxenpsykiatri avd 3 Lund"}, setting="Psykiatrisk heldygnsvård",
             sections=[{"keyword": "Omvårdnad", "text": "Pat lugn under natten, sov ca 6 h."}])
    p = prev(make_record(notes=[n]), "skane", as_of=D(2024, 3, 20))
    assert p.release_date == D(2024, 4, 9)
    assert not p.patient.visible_now and p.patient.visible_from == D(2024, 4, 9)
    assert prev(make_record(notes=[n]), "skane", as_of=D(2024, 4, 9)).patient.visible_now
    # öppenvård on the same unit: no delay
    n2 = dict(n, setting="öppenvård")
    assert prev(make_record(notes=[n2]), "skane", as_of=D(2024, 3, 20)).patient.visible_now
    # the national ruleset has no delay
    assert prev(make_record(notes=[n]), "national", as_of=D(2024, 3, 20)).patient.visible_now


def test_bup_note_before_2019_02_04_never_shown() -> None:
    patient = {"id": pnr("20000110")}  # 18 at the time of the note
    old = note(time="2018-11-05T10:00:00", signed="2018-11-05T12:00:00",
               unit={"name": "BUP Malmö öppenvård"})
    p = prev(make_record(patient=patient, notes=[old]), "skane", as_of=D(2024, 1, 1))
    assert p.patient_age_at_note == 18
    assert not p.patient.visible_now and p.patient.visible_from is None
    assert p.release_date is None
    assert any("2019-02-04" in r for r in p.patient.reasons)
    new = note(time="2019-03-01T10:00:00", signed="2019-03-01T12:00:00",
               unit={"name": "BUP Malmö öppenvård"})
    assert prev(make_record(patient=patient, notes=[new]), "skane", as_of=D(2024, 1, 1)).patient.visible_now
    # adult psychiatry started earlier (2015-09-28): a 2018 note is shown
    adult = note(time="2018-11-05T10:00:00", signed="2018-11-05T12:00:00",
                 unit={"name": "Allmänpsykiatriska mottagningen Lund"})
    assert prev(make_record(patient=patient, notes=[adult]), "skane", as_of=D(2024, 1, 1)).patient.visible_now


@pytest.mark.parametrize("name,kind", [
    ("BUP Malmö", "barn- och ungdomspsykiatri"),
    ("Barn- och ungdomspsykiatrisk mottagning Lund", "barn- och ungdomspsykiatri"),
    ("Rättspsykiatriska regionkliniken Trelleborg", "rättspsykiatri"),
    ("Vuxenpsykiatrimottagning Helsingborg", "vuxenpsykiatri"),
    ("Psykiatrimottagning Lund", "vuxenpsykiatri"),
    ("Vårdcentralen Höör", None),
    ("Bupropion-studien, VC Ystad", None),
])
def test_psychiatry_kind(name: str, kind: str | None) -> None:
    assert psychiatry_kind(name, load_ruleset("skane")) == kind
    assert psychiatry_kind(name, load_ruleset("national")) is None


# ------------------------------------------------------------------ drafts, selection, text

def test_draft_visible_to_nobody_until_signed() -> None:
    rec = make_record(notes=[note(signed=None)])
    p = prev(rec, as_of=D(2024, 3, 12))
    assert p.draft and not p.patient.visible_now and p.patient.when_signed
    assert any("osignerad" in r for r in p.patient.reasons)
    assert "när den signerats" in render_text([p])


def test_select_notes_prefers_drafts_and_note_id() -> None:
    rec = make_record(notes=[note(id="old"), note(id="utkast", signed=None,
                                                  time="2024-03-13T08:00:00")])
    assert [p.note_id for p in preview_record(rec, load_ruleset("skane"))] == ["utkast"]
    assert [p.note_id for p in preview_record(rec, load_ruleset("skane"), note_id="old")] == ["old"]


def test_render_text_is_swedish_and_masks_nothing_personal() -> None:
    rec = make_record(notes=[note(template="Våld i nära relationer")])
    text = render_text([preview_note(rec, rec.notes[0], load_ruleset("skane"), as_of=D(2024, 4, 1))])
    assert "Patienten:" in text and "Vårdnadshavare:" in text
    assert "dolt för patient och vårdnadshavare" in text
    assert PNR not in text and "1212-1212" not in text


# ------------------------------------------------------------------ CLI

TEXT_NOTE = """Patient: 19121212-1212
Journalsystem: Melior
Vårdenhet: Psykiatrimottagning Lund
Mall: Läkaranteckning
Datum: 2024-03-12 14:05
Författare: Anna Andersson
Roll: läkare
Signerad: 2024-03-12 15:00

Aktuellt: Pat kommer för uppföljn, sover bättre. Ua.
Bedömning: Stabil. Fortsatt beh enl plan, åter 4 v.
"""


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "notelint.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_cli_text_and_json(tmp_path) -> None:
    f = tmp_path / "anteckning.txt"
    f.write_text(TEXT_NOTE, encoding="utf-8")
    r = run_cli("preview", str(f), "--ruleset", "skane", "--as-of", "2024-04-01")
    assert r.returncode == 0, r.stderr
    assert "Patienten: ser anteckningen (från 2024-03-12)" in r.stdout
    assert "vuxenpsykiatri" in r.stdout
    assert "1212-1212" not in r.stdout
    r = run_cli("preview", "-", "--ruleset", "skane", "--format", "json", "--as-of", "2024-04-01",
                stdin=TEXT_NOTE)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["previews"][0]["patient"]["visible_now"] is True
    assert data["previews"][0]["guardian"]["visible_now"] is False


def test_cli_errors_are_one_line(tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT_NOTE, encoding="utf-8")
    r = run_cli("preview", str(f), "--ruleset", "norrland")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    r = run_cli("preview", str(f), "--ruleset", "skane", "--as-of", "1 april")
    assert r.returncode == 2 and "--as-of" in r.stderr
    r = run_cli("preview", str(tmp_path / "saknas.json"), "--ruleset", "skane")
    assert r.returncode == 2 and "finns inte" in r.stderr and "Traceback" not in r.stderr


def test_all_sections_hidden_says_not_seen_and_never_from_a_date() -> None:
    """The head line and the reasons agree: a note hidden in full is not 'seen from …'."""
    rec = make_record(notes=[note(template="Tidiga hypoteser", sections=[
        {"keyword": "Bedömning", "text": "Misstänkt bipolär sjukdom."}])])
    p = prev(rec, as_of=D(2024, 4, 1))
    assert "Alla avsnitt är dolda för patienten." in p.patient.reasons
    assert p.patient.visible_from is None and not p.patient.visible_now
    text = render_text([p])
    assert "Patienten: ser INTE anteckningen." in text and "ser anteckningen från" not in text


def test_unknown_patient_claims_no_age() -> None:
    p = preview_record(make_record(notes=[note()]), load_ruleset("skane"), as_of=D(2024, 4, 1),
                       patient_known=False)[0]
    assert p.patient_known is False and p.patient_age_now is None
    assert not p.patient.known and not p.guardian.known
    text = render_text([p])
    assert "Patienten: okänt" in text and "Vårdnadshavare: okänt" in text and "111 år" not in text

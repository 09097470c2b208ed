"""NL301–NL310 — Reglerad åtkomst: seals, locks, guardian blocks and their documentation.

Each rule has positive (fires) and negative (silent) cases in the documentation style of
the regions: Skåne/VGR/Kalmar under sökord "Reglerad åtkomst på 1177.se", Jönköping in
the Cosmic template "Administrativ anteckning" under sökord "Åtgärd".
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from notelint import pii
from notelint.cli import main
from notelint.rules.access import find_elements, is_about, is_office_hours
from notelint.rulesets import load_ruleset

from conftest import CHILD_PNR, PNR, ROOT, codes, lint, make_record

RA = "Reglerad åtkomst på 1177.se"
PSYK_LUND = {"name": "Psykiatrimottagning Lund", "hsa_id": "SE2321000032-1234"}
VC_DALBY = {"name": "Vårdcentralen Dalby", "hsa_id": "SE2321000032-5678"}
BUP_JKPG = {"name": "BUP Jönköping", "hsa_id": "SE2321000065-0042"}
BUP_GBG = {"name": "BUP Göteborg Centrum", "hsa_id": "SE2321000131-7777"}
PSYK_KALMAR = {"name": "Psykiatriska kliniken Kalmar", "hsa_id": "SE2321000180-3030"}
GUARDIAN_PNR = "19121212-1212"


def note(nid: str, time: str, text: str, *, unit: dict = PSYK_LUND, keyword: str = RA,
         template: str | None = "Omvårdnadsanteckning", system: str = "Melior",
         extra: list[dict] | None = None) -> dict[str, Any]:
    sections = [{"keyword": keyword, "text": text}] + (extra or [])
    return {"id": nid, "system": system, "template": template, "unit": unit,
            "author": {"name": "Lisa Berg", "role": "sjuksköterska"},
            "time": time, "signed": time, "sections": sections}


def cosmic(nid: str, time: str, text: str, *, unit: dict = BUP_JKPG,
           template: str = "Administrativ anteckning", keyword: str = "Åtgärd") -> dict[str, Any]:
    return note(nid, time, text, unit=unit, keyword=keyword, template=template, system="Cosmic")


def event(eid: str, action: str, ordered: str | None, *, unit: dict = PSYK_LUND,
          start: str | None = None, end: str | None = None, role: str = "verksamhetschef",
          **kw: Any) -> dict[str, Any]:
    e: dict[str, Any] = {"id": eid, "action": action, "unit": unit, "ordered": ordered,
                         "start": start or (ordered[:10] if ordered else None), "end": end,
                         "decided_by": {"name": "Eva Ek", "role": role}}
    e.update(kw)
    return e


def run(ruleset: str, *, patient: str = PNR, as_of: str = "2024-09-30T00:00:00",
        notes: list | None = None, events: list | None = None, select: str = "NL3",
        protected: bool = False) -> list:
    rec = make_record(patient={"id": patient, "protected_identity": protected}, as_of=as_of,
                      notes=notes or [], access_events=events or [])
    findings = lint(rec, ruleset, select=[select])
    assert "NL902" not in codes(findings), [f.message for f in findings if f.code == "NL902"]
    return findings


def fired(findings: list, code: str) -> list:
    return [f for f in findings if f.code == code]


SK_SEAL_DOC = ("Hela journalen förseglad 2024-03-04 t.o.m. 2024-05-31 pga risk för hot från f.d. "
               "make. Beslut VC Eva Ek. Pat informerad av ssk Lisa Berg.")
SK_SEAL_END = "Förseglingen upphörde 2024-05-31 enl plan, ej förlängd. Pat informerad av ssk."
JKP_SEAL_DOC = ("Försegling av information från BUP Jönköping är gjord 2024-03-04, gäller "
                "t.o.m. 2024-05-31. Beslut: verksamhetschef Anders Holm efter menprövning, grund: "
                "risk för allvarlig skada för pat om uppg lämnas ut under pågående beh. "
                "Pat informerad av kurator Maria Sten.")


def sk_seal(**kw: Any) -> dict:
    base = dict(end="2024-05-31", scope="whole", ongoing_care=True)
    base.update(kw)
    return event("a1", "seal", "2024-03-04T10:15:00", **base)


# ============================================================================ helpers


def test_office_hours_with_swedish_holidays():
    hours = load_ruleset("skane").access.office_hours
    import datetime as dt
    assert is_office_hours(dt.datetime(2024, 3, 5, 10, 0), hours)          # tisdag
    assert not is_office_hours(dt.datetime(2024, 3, 5, 16, 0), hours)      # 16:00 = jourtid
    assert not is_office_hours(dt.datetime(2024, 3, 9, 10, 0), hours)      # lördag
    assert not is_office_hours(dt.datetime(2024, 6, 21, 10, 0), hours)     # Midsommarafton
    assert not is_office_hours(dt.datetime(2024, 5, 9, 10, 0), hours)      # Kristi himmelsfärd
    assert not is_office_hours(dt.datetime(2024, 12, 24, 9, 0), hours)     # Julafton
    assert is_office_hours(dt.datetime(2024, 6, 20, 10, 0), hours)         # dag före midsommarafton


def test_cues_and_elements():
    assert is_about("Pat:s journal förseglas, hela JVN", "seal")
    assert not is_about("Förseglingen bruten 2024-05-02", "seal")
    assert is_about("Förseglingen bruten 2024-05-02", "unseal")
    assert is_about("Kontot låst upp i förtid", "unlock")
    assert is_about("Blockering av VH pappa Per", "block_guardian")
    assert is_about("Förseglingen förlängs t.o.m. 2024-08-31", "extend")
    assert is_about("Tilldelad direktåtkomst 13-15 år beviljad av VC", "grant_minor_access")
    assert not is_about("Pat mår bättre, sover bra", "lock")
    # an end is not the restriction itself, and vice versa
    assert is_about("Kontot på 1177 upplåst i förtid", "unlock")
    assert not is_about("Kontot på 1177 upplåst i förtid", "lock")
    assert is_about("Låsningen gäller t.o.m. 2024-06-01", "lock")
    assert not is_about("Låsningen hävd efter samråd m VC", "lock")
    assert is_about("Blockeringen hävd", "unblock_guardian")
    assert not is_about("Blockeringen hävd", "block_guardian")
    el = find_elements("Förseglad tills vidare. Beslut av bakjour dr Nilsson p.g.a. hot. "
                       "Båda vårdnadshavarna. Pat informerad av ssk.")
    assert {"period", "decider", "grounds", "guardian", "informed"} <= el
    assert "scope" not in el
    assert find_elements("pat förseglad") == set()


# ============================================================================ NL301


class TestNL301:
    def test_skane_documented_on_time_in_right_place_is_silent(self):
        f = run("skane", events=[sk_seal()], notes=[note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC)])
        assert fired(f, "NL301") == []

    def test_skane_no_documentation(self):
        f = run("skane", events=[sk_seal()], notes=[
            note("n1", "2024-03-04T11:00:00", "Samtal ang sömn, ua.", keyword="Aktuellt")])
        [x] = fired(f, "NL301")
        assert x.target.kind == "access_event" and x.target.id == "a1"
        assert RA in x.message and "2024-03-07" in x.message

    def test_skane_wrong_place(self):
        f = run("skane", events=[sk_seal()], notes=[
            note("n1", "2024-03-04T11:00:00", "Pat förseglad hela journalen pga hot.",
                 keyword="Bedömning")])
        [x] = fired(f, "NL301")
        assert "inte under" in x.message

    def test_skane_wrong_unit(self):
        f = run("skane", events=[sk_seal()], notes=[
            note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC, unit=VC_DALBY)])
        [x] = fired(f, "NL301")
        assert "annan enhet" in x.message and "Vårdcentralen Dalby" in x.message

    def test_skane_too_late(self):
        f = run("skane", events=[sk_seal()], notes=[note("n1", "2024-03-15T09:00:00", SK_SEAL_DOC)])
        [x] = fired(f, "NL301")
        assert "2024-03-15" in x.message and "8 dagar" in x.message

    def test_same_hsa_id_different_unit_name_counts(self):
        renamed = {"name": "Psykiatri Lund öppenvård", "hsa_id": PSYK_LUND["hsa_id"]}
        f = run("skane", events=[sk_seal()], notes=[note("n1", "2024-03-05T08:30:00", SK_SEAL_DOC,
                                                         unit=renamed)])
        assert fired(f, "NL301") == []

    def test_documentation_about_another_action_does_not_count(self):
        f = run("skane", events=[event("a1", "lock", "2024-03-04T10:00:00", end="2024-05-31")],
                notes=[note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC)])
        assert len(fired(f, "NL301")) == 1

    def test_patient_initiated_needs_no_documentation(self):
        f = run("skane", events=[sk_seal(initiated_by="patient", end=None)])
        assert fired(f, "NL301") == []

    def test_deadline_not_yet_passed_is_silent(self):
        f = run("skane", as_of="2024-03-05T12:00:00", events=[sk_seal()])
        assert fired(f, "NL301") == []

    def test_fires_the_day_after_the_deadline(self):
        assert fired(run("skane", as_of="2024-03-07T23:00:00", events=[sk_seal()]), "NL301") == []
        assert len(fired(run("skane", as_of="2024-03-08T08:00:00", events=[sk_seal()]), "NL301")) == 1

    def test_jonkoping_administrativ_anteckning_atgard_is_silent(self):
        f = run("jonkoping", events=[sk_seal(unit=BUP_JKPG)],
                notes=[cosmic("n1", "2024-03-04T13:20:00", JKP_SEAL_DOC)])
        assert fired(f, "NL301") == []

    def test_jonkoping_skane_sokord_is_wrong_place(self):
        f = run("jonkoping", events=[sk_seal(unit=BUP_JKPG)],
                notes=[note("n1", "2024-03-04T13:20:00", JKP_SEAL_DOC, unit=BUP_JKPG,
                            template="Besöksanteckning", system="Cosmic")])
        [x] = fired(f, "NL301")
        assert "Administrativ anteckning" in x.message

    def test_jonkoping_atgard_in_other_template_is_wrong_place(self):
        f = run("jonkoping", events=[sk_seal(unit=BUP_JKPG)],
                notes=[cosmic("n1", "2024-03-04T13:20:00", JKP_SEAL_DOC, template="Läkaranteckning")])
        assert codes(fired(f, "NL301")) == ["NL301"]

    def test_skane_extension_documented_vs_not(self):
        events = [sk_seal(), event("a2", "extend", "2024-05-27T09:00:00", start="2024-06-01",
                                   end="2024-08-31")]
        docs = [note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC)]
        ext = note("n2", "2024-05-27T10:00:00", "Förseglingen förlängs t.o.m. 2024-08-31, fortsatt "
                   "risk för hot. Beslut VC Eva Ek. Pat informerad av ssk.")
        assert fired(run("skane", events=events, notes=docs + [ext]), "NL301") == []
        [x] = fired(run("skane", events=events, notes=docs), "NL301")
        assert x.target.id == "a2" and "Förlängning" in x.message

    def test_vgr_guardian_block_documented(self):
        ev = event("b1", "block_guardian", "2024-03-05T10:00:00", unit=BUP_GBG,
                   guardian_id=GUARDIAN_PNR)
        doc = note("n1", "2024-03-05T14:00:00", "Efter menprövning beslutar VC Karin Lund om "
                   "blockering av vårdnadshavare pappa Jonas Berg:s direktåtkomst, hela kontot, "
                   "pga oro för att barnet far illa.", unit=BUP_GBG)
        assert fired(run("vgr", patient=CHILD_PNR, events=[ev], notes=[doc]), "NL301") == []
        assert len(fired(run("vgr", patient=CHILD_PNR, events=[ev]), "NL301")) == 1

    def test_kalmar_unlock_documented_with_typo_in_sokord_alias(self):
        ev = event("u1", "unlock", "2024-04-10T09:00:00", unit=PSYK_KALMAR)
        doc = note("n1", "2024-04-10T09:30:00", "Kontot på 1177 upplåst i förtid, hotet upphört. "
                   "Beslut VC Per Ek.", unit=PSYK_KALMAR, keyword="Reglerad åtkomst på 1177",
                   system="Cosmic")
        assert fired(run("kalmar", events=[ev], notes=[doc]), "NL301") == []


# ============================================================================ NL302


class TestNL302:
    def test_expired_seal_documented_as_ended_is_silent(self):
        f = run("skane", events=[sk_seal()], notes=[
            note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC),
            note("n2", "2024-06-03T08:10:00", SK_SEAL_END)])
        assert fired(f, "NL302") == []

    def test_expired_seal_not_documented(self):
        f = run("skane", events=[sk_seal()], notes=[note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC)])
        [x] = fired(f, "NL302")
        assert x.target.id == "a1" and "2024-05-31" in x.message

    def test_end_documented_week_before_after_reminder_is_silent(self):
        f = run("skane", events=[sk_seal()], notes=[
            note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC),
            note("n2", "2024-05-27T10:00:00", "Påminnelse från journal- och arkivservice. "
                 "Förseglingen bryts 2024-05-31, ej behov av förlängning enl VC.")])
        assert fired(f, "NL302") == []

    def test_end_documented_by_other_unit_does_not_count(self):
        f = run("skane", events=[sk_seal()], notes=[
            note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC),
            note("n2", "2024-06-03T08:10:00", SK_SEAL_END, unit=VC_DALBY)])
        assert len(fired(f, "NL302")) == 1

    def test_extended_seal_is_not_ended_yet(self):
        events = [sk_seal(), event("a2", "extend", "2024-05-27T09:00:00", start="2024-06-01",
                                   end="2024-12-31")]
        f = run("skane", events=events)
        assert fired(f, "NL302") == []

    def test_extended_seal_that_expired_undocumented(self):
        events = [sk_seal(), event("a2", "extend", "2024-05-27T09:00:00", start="2024-06-01",
                                   end="2024-08-31")]
        [x] = fired(run("skane", events=events), "NL302")
        assert "2024-08-31" in x.message

    def test_lock_expiry_auto_unlock_undocumented(self):
        ev = event("l1", "lock", "2024-03-04T10:00:00", end="2024-06-01")
        assert len(fired(run("skane", events=[ev]), "NL302")) == 1
        doc = note("n9", "2024-06-03T09:00:00", "Kontot upplåst automatiskt av Journalservice "
                   "2024-06-01, låsningen ej förlängd.")
        assert fired(run("skane", events=[ev], notes=[doc]), "NL302") == []

    def test_jonkoping_seal_expired_documented_in_cosmic(self):
        ev = sk_seal(unit=BUP_JKPG)
        end_doc = cosmic("n2", "2024-06-03T10:00:00", "Förseglingen har upphört 2024-05-31, ingen "
                         "ny menprövning behövs. Pat informerad av kurator.")
        assert fired(run("jonkoping", events=[ev], notes=[end_doc]), "NL302") == []
        wrong = cosmic("n2", "2024-06-03T10:00:00", end_doc["sections"][0]["text"],
                       keyword="Aktuellt")
        assert len(fired(run("jonkoping", events=[ev], notes=[wrong]), "NL302")) == 1

    def test_staff_early_end_is_left_to_nl301_and_seal_still_running_silent(self):
        events = [sk_seal(), event("a2", "unseal", "2024-04-15T10:00:00")]
        f = run("skane", events=events)
        assert fired(f, "NL302") == []
        assert "a2" in [x.target.id for x in fired(f, "NL301")]
        assert fired(run("skane", as_of="2024-05-01T00:00:00", events=[sk_seal()]), "NL302") == []

    def test_end_documented_as_extended_in_journal_is_silent(self):
        f = run("skane", events=[sk_seal()], notes=[
            note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC),
            note("n2", "2024-05-29T14:00:00", "Förseglingen förlängs t.o.m. 2024-08-31 enl beslut "
                 "VC Eva Ek, fortsatt hotbild. Pat informerad.")], as_of="2024-07-15T00:00:00")
        assert fired(f, "NL302") == []

    def test_note_about_another_action_does_not_document_the_end(self):
        f = run("skane", events=[sk_seal()], notes=[
            note("n2", "2024-06-03T08:10:00", "Konto på 1177 låst t.o.m. 2024-09-01 pga hot. Beslut VC.")])
        assert len(fired(f, "NL302")) == 1

    def test_vgr_seal_tills_vidare_never_expires(self):
        ev = event("a1", "seal", "2024-03-04T10:00:00", unit=BUP_GBG, end=None)
        assert fired(run("vgr", events=[ev], as_of="2026-01-01T00:00:00"), "NL302") == []


# ============================================================================ NL303


class TestNL303:
    @pytest.mark.parametrize("region,unit", [("skane", PSYK_LUND), ("jonkoping", BUP_JKPG)])
    def test_staff_seal_without_end_fires(self, region, unit):
        f = run(region, events=[sk_seal(end=None, unit=unit)])
        [x] = fired(f, "NL303")
        assert "slutdatum" in x.message

    def test_jonkoping_message_names_max(self):
        [x] = fired(run("jonkoping", events=[sk_seal(end=None, unit=BUP_JKPG)]), "NL303")
        assert "92" in x.message

    def test_unit_seal_without_end_fires_in_skane(self):
        f = run("skane", events=[sk_seal(end=None, scope="unit")])
        assert len(fired(f, "NL303")) == 1

    def test_seal_with_end_is_silent(self):
        assert fired(run("skane", events=[sk_seal()]), "NL303") == []

    def test_vgr_tills_vidare_is_silent(self):
        ev = event("a1", "seal", "2024-03-04T10:00:00", unit=BUP_GBG, end=None)
        assert fired(run("vgr", events=[ev]), "NL303") == []

    def test_patient_seal_without_end_is_silent(self):
        assert fired(run("skane", events=[sk_seal(end=None, initiated_by="patient")]), "NL303") == []

    def test_lock_without_end_is_not_nl303(self):
        ev = event("l1", "lock", "2024-03-04T10:00:00", end=None)
        assert fired(run("skane", events=[ev]), "NL303") == []


# ============================================================================ NL304


class TestNL304:
    def test_skane_lock_six_months_is_error(self):
        ev = event("l1", "lock", "2024-01-10T10:00:00", end="2024-07-10")
        [x] = fired(run("skane", events=[ev]), "NL304")
        assert x.severity == "error" and "182 dagar" in x.message

    def test_skane_lock_without_end_is_error(self):
        ev = event("l1", "lock", "2024-01-10T10:00:00", end=None)
        [x] = fired(run("skane", events=[ev]), "NL304")
        assert "saknar slutdatum" in x.message

    def test_jonkoping_seal_four_months_is_warning(self):
        [x] = fired(run("jonkoping", events=[sk_seal(unit=BUP_JKPG, end="2024-07-15")]), "NL304")
        assert x.severity == "warning"

    def test_skane_lock_three_months_is_silent(self):
        ev = event("l1", "lock", "2024-01-10T10:00:00", end="2024-04-09")
        assert fired(run("skane", events=[ev]), "NL304") == []

    def test_boundary_92_days_silent_93_fires(self):
        ev = event("l1", "lock", "2024-01-10T10:00:00", end="2024-04-11")       # 92 dagar
        assert fired(run("skane", events=[ev]), "NL304") == []
        ev = event("l1", "lock", "2024-01-10T10:00:00", end="2024-04-12")       # 93 dagar
        assert len(fired(run("skane", events=[ev]), "NL304")) == 1

    def test_skane_lock_with_documented_extension_each_within_max_is_silent(self):
        events = [event("l1", "lock", "2024-01-10T10:00:00", end="2024-04-09"),
                  event("l2", "extend", "2024-04-05T10:00:00", start="2024-04-10", end="2024-07-08")]
        assert fired(run("skane", events=events), "NL304") == []

    def test_extension_too_long_fires_on_extension(self):
        events = [event("l1", "lock", "2024-01-10T10:00:00", end="2024-04-09"),
                  event("l2", "extend", "2024-04-05T10:00:00", start="2024-04-10", end="2024-09-30")]
        [x] = fired(run("skane", events=events), "NL304")
        assert x.target.id == "l2"

    def test_skane_long_seal_and_vgr_long_seal_silent(self):
        # Skåne and VGR set no maximum for seals
        assert fired(run("skane", events=[sk_seal(end="2024-12-31")]), "NL304") == []
        ev = event("a1", "seal", "2024-03-04T10:00:00", unit=BUP_GBG, end="2025-03-04")
        assert fired(run("vgr", events=[ev]), "NL304") == []


# ============================================================================ NL305


class TestNL305:
    def test_complete_skane_documentation_is_silent(self):
        f = run("skane", events=[sk_seal()], notes=[note("n1", "2024-03-04T11:00:00", SK_SEAL_DOC)])
        assert fired(f, "NL305") == []

    def test_bare_pat_forseglad(self):
        f = run("skane", events=[sk_seal()], notes=[note("n1", "2024-03-04T11:00:00", "Pat förseglad.")])
        [x] = fired(f, "NL305")
        assert "period" in x.message and "grund" in x.message and "omfattning" in x.message

    def test_skane_tills_vidare_is_not_an_end_date(self):
        text = "Hela journalen förseglad tills vidare pga hot. Beslut VC Eva Ek."
        f = run("skane", events=[sk_seal()], notes=[note("n1", "2024-03-04T11:00:00", text)])
        [x] = fired(f, "NL305")
        assert "tills vidare" in x.message

    def test_vgr_tills_vidare_is_fine(self):
        ev = event("a1", "seal", "2024-03-04T10:00:00", unit=BUP_GBG, end=None)
        text = ("Efter menprövning beslutar VC Karin Lund försegling av hela journalen via nätet "
                "tills vidare pga sekretess, risk för men för barnet.")
        f = run("vgr", events=[ev], notes=[note("n1", "2024-03-04T12:00:00", text, unit=BUP_GBG)])
        assert fired(f, "NL305") == []

    def test_jonkoping_missing_who_informed_patient(self):
        text = ("Försegling gjord 2024-03-04 t.o.m. 2024-05-31. Beslut verksamhetschef Anders Holm, "
                "grund: menprövning, risk för skada under pågående beh.")
        f = run("jonkoping", events=[sk_seal(unit=BUP_JKPG)], notes=[cosmic("n1", "2024-03-04T13:00:00", text)])
        [x] = fired(f, "NL305")
        assert "informerat patienten" in x.message and "beslutat" not in x.message

    def test_jonkoping_complete_is_silent(self):
        f = run("jonkoping", events=[sk_seal(unit=BUP_JKPG)],
                notes=[cosmic("n1", "2024-03-04T13:20:00", JKP_SEAL_DOC)])
        assert fired(f, "NL305") == []

    def test_skane_guardian_block_without_which_guardian(self):
        ev = event("b1", "block_guardian", "2024-03-05T10:00:00", guardian_id=GUARDIAN_PNR)
        text = "Blockering av VH beslutad av VC Eva Ek pga hotsituation, t.o.m. 2024-06-05."
        f = run("skane", patient=CHILD_PNR, events=[ev], notes=[note("n1", "2024-03-05T11:00:00", text)])
        [x] = fired(f, "NL305")
        assert "vårdnadshavare" in x.message
        text2 = "Blockering av vårdnadshavare pappa Jonas Berg beslutad av VC Eva Ek pga hot, t.o.m. 2024-06-05."
        f = run("skane", patient=CHILD_PNR, events=[ev], notes=[note("n1", "2024-03-05T11:00:00", text2)])
        assert fired(f, "NL305") == []

    def test_kalmar_missing_decider(self):
        ev = event("l1", "lock", "2024-03-05T10:00:00", unit=PSYK_KALMAR, end="2024-06-01")
        text = "Kontot på 1177 låst t.o.m. 2024-06-01 pga risk för hot från anhörig."
        f = run("kalmar", events=[ev], notes=[note("n1", "2024-03-05T11:00:00", text, unit=PSYK_KALMAR)])
        [x] = fired(f, "NL305")
        assert "beslutat" in x.message

    def test_no_documentation_is_nl301_not_nl305(self):
        f = run("skane", events=[sk_seal()])
        assert fired(f, "NL305") == [] and len(fired(f, "NL301")) == 1


# ============================================================================ NL306


class TestNL306:
    def block(self, when: str, role: str, unit: dict = PSYK_LUND) -> dict:
        return event("b1", "block_guardian", when, role=role, unit=unit, guardian_id=GUARDIAN_PNR)

    def test_bakjour_at_10_on_weekday_fires(self):
        [x] = fired(run("skane", patient=CHILD_PNR, events=[self.block("2024-03-05T10:00:00", "bakjour")]), "NL306")
        assert "bakjour" in x.message and "verksamhetschef" in x.message

    def test_bakjour_on_midsommarafton_is_silent(self):
        f = run("skane", patient=CHILD_PNR, events=[self.block("2024-06-21T10:00:00", "bakjour")])
        assert fired(f, "NL306") == []

    def test_bakjour_saturday_night_and_at_16_is_silent(self):
        for when in ("2024-03-09T22:00:00", "2024-03-05T16:30:00", "2024-05-09T11:00:00"):
            f = run("skane", patient=CHILD_PNR, events=[self.block(when, "Bakjour psykiatri")])
            assert fired(f, "NL306") == [], when

    def test_verksamhetschef_in_office_hours_and_at_night_is_silent(self):
        for when in ("2024-03-05T10:00:00", "2024-03-09T22:00:00"):
            f = run("skane", patient=CHILD_PNR, events=[self.block(when, "verksamhetschef")])
            assert fired(f, "NL306") == [], when

    def test_ssk_deciding_fires(self):
        f = run("skane", patient=CHILD_PNR, events=[self.block("2024-03-05T10:00:00", "sjuksköterska")])
        assert len(fired(f, "NL306")) == 1

    def test_jonkoping_delegerad_ok_but_bakjour_in_office_hours_fires(self):
        ok = sk_seal(unit=BUP_JKPG, role="delegerad vårdpersonal")
        assert fired(run("jonkoping", events=[ok]), "NL306") == []
        bad = sk_seal(unit=BUP_JKPG, role="bakjour")
        assert len(fired(run("jonkoping", events=[bad]), "NL306")) == 1

    def test_unseal_is_not_subject_to_decider_hours(self):
        ev = event("u1", "unseal", "2024-03-05T10:00:00", role="bakjour")
        assert fired(run("skane", events=[ev]), "NL306") == []


# ============================================================================ NL307


class TestNL307:
    def test_staff_seal_after_completed_care_fires(self):
        [x] = fired(run("jonkoping", events=[sk_seal(unit=BUP_JKPG, ongoing_care=False)]), "NL307")
        assert "färdigbehandlad" in x.message

    def test_skane_and_vgr_fire_too(self):
        assert len(fired(run("skane", events=[sk_seal(ongoing_care=False)]), "NL307")) == 1
        ev = event("a1", "seal", "2024-03-04T10:00:00", unit=BUP_GBG, ongoing_care=False)
        assert len(fired(run("vgr", events=[ev]), "NL307")) == 1

    def test_ongoing_care_is_silent(self):
        assert fired(run("jonkoping", events=[sk_seal(unit=BUP_JKPG)]), "NL307") == []

    def test_unknown_care_status_is_silent(self):
        assert fired(run("skane", events=[sk_seal(ongoing_care=None)]), "NL307") == []

    def test_patient_own_seal_is_silent(self):
        f = run("skane", events=[sk_seal(ongoing_care=False, initiated_by="patient")])
        assert fired(f, "NL307") == []

    def test_seal_against_guardian_of_14_year_old_is_silent(self):
        ev = sk_seal(ongoing_care=False, guardian_id=GUARDIAN_PNR)
        f = run("vgr", patient=CHILD_PNR, as_of="2029-06-30T00:00:00",
                events=[dict(ev, ordered="2029-03-04T10:15:00", start="2029-03-04", end="2029-05-31",
                             unit=BUP_GBG)])
        assert fired(f, "NL307") == []

    def test_seal_against_guardian_for_child_is_silent(self):
        ev = sk_seal(ongoing_care=False, guardian_id=GUARDIAN_PNR)
        assert fired(run("skane", patient=CHILD_PNR, events=[ev]), "NL307") == []
        ev = sk_seal(ongoing_care=False)          # child aged 9: protects it from guardians
        assert fired(run("skane", patient=CHILD_PNR, events=[ev]), "NL307") == []


# ============================================================================ NL308


class TestNL308:
    def test_protected_child_without_any_seal(self):
        [x] = fired(run("vgr", patient=CHILD_PNR, protected=True), "NL308")
        assert x.target.kind == "record" and "1236" not in x.target.id
        assert "försegling" in x.message and "låsning" in x.message

    def test_protected_child_with_unit_seal_only(self):
        ev = event("a1", "seal", "2024-03-04T10:00:00", unit=BUP_GBG, scope="unit")
        [x] = fired(run("vgr", patient=CHILD_PNR, protected=True, events=[ev]), "NL308")
        assert "hela journalen" in x.message

    def test_protected_child_seal_without_lock(self):
        ev = event("a1", "seal", "2024-03-04T10:00:00", unit=BUP_GBG)
        [x] = fired(run("vgr", patient=CHILD_PNR, protected=True, events=[ev]), "NL308")
        assert "låsning" in x.message and "försegling" not in x.message

    def test_protected_child_with_whole_seal_and_lock_is_silent(self):
        evs = [event("a1", "seal", "2024-03-04T10:00:00", unit=BUP_GBG),
               event("a2", "lock", "2024-03-04T10:05:00", unit=BUP_GBG)]
        assert fired(run("vgr", patient=CHILD_PNR, protected=True, events=evs), "NL308") == []

    def test_lock_expired_counts_as_missing(self):
        evs = [event("a1", "seal", "2024-03-04T10:00:00", unit=PSYK_LUND, end="2024-12-31"),
               event("a2", "lock", "2024-03-04T10:05:00", unit=PSYK_LUND, end="2024-06-01")]
        assert len(fired(run("skane", patient=CHILD_PNR, protected=True, events=evs), "NL308")) == 1

    def test_extended_lock_still_active_is_silent(self):
        evs = [event("a1", "seal", "2024-03-04T10:00:00", unit=PSYK_LUND, end="2024-12-31"),
               event("a2", "lock", "2024-03-04T10:05:00", unit=PSYK_LUND, end="2024-06-01"),
               event("a3", "extend", "2024-05-28T10:00:00", unit=PSYK_LUND, start="2024-06-02",
                     end="2024-08-31")]
        f = run("skane", patient=CHILD_PNR, protected=True, events=evs, as_of="2024-07-01T00:00:00")
        assert fired(f, "NL308") == []

    def test_no_protected_identity_or_adult_is_silent(self):
        assert fired(run("vgr", patient=CHILD_PNR), "NL308") == []
        assert fired(run("vgr", patient=PNR, protected=True), "NL308") == []


# ============================================================================ NL309


class TestNL309:
    def urgent(self, form_sent: str | None, unit: dict = BUP_GBG) -> dict:
        return event("a1", "seal", "2024-06-21T22:40:00", unit=unit, role="bakjour",
                     urgent=True, form_sent=form_sent)

    def test_vgr_urgent_without_form(self):
        [x] = fired(run("vgr", events=[self.urgent(None)]), "NL309")
        assert "blankett" in x.message

    def test_vgr_form_sent_too_late(self):
        [x] = fired(run("vgr", events=[self.urgent("2024-07-01")]), "NL309")
        assert "2024-07-01" in x.message

    def test_kalmar_form_must_be_sent_same_day(self):
        assert len(fired(run("kalmar", events=[self.urgent("2024-06-22", PSYK_KALMAR)]), "NL309")) == 1
        assert fired(run("kalmar", events=[self.urgent("2024-06-21", PSYK_KALMAR)]), "NL309") == []

    def test_vgr_form_sent_in_time_is_silent(self):
        assert fired(run("vgr", events=[self.urgent("2024-06-23")]), "NL309") == []

    def test_not_urgent_or_region_without_deadline_is_silent(self):
        ev = self.urgent(None)
        ev["urgent"] = False
        assert fired(run("vgr", events=[ev]), "NL309") == []
        assert fired(run("skane", events=[self.urgent(None, PSYK_LUND)]), "NL309") == []

    def test_deadline_not_yet_passed_is_silent(self):
        f = run("vgr", events=[self.urgent(None)], as_of="2024-06-22T08:00:00")
        assert fired(f, "NL309") == []


# ============================================================================ NL310


class TestNL310:
    # CHILD_PNR is born 2014-12-12: 12 years on 2027-12-11, 13 on 2027-12-12
    def block(self, when: str) -> dict:
        return event("b1", "block_guardian", when, guardian_id=GUARDIAN_PNR)

    def test_child_aged_13_fires(self):
        [x] = fired(run("skane", patient=CHILD_PNR, as_of="2028-01-31T00:00:00",
                        events=[self.block("2027-12-13T10:00:00")]), "NL310")
        assert "13 år" in x.message and x.target.id == "b1"

    def test_child_aged_12_is_silent(self):
        f = run("skane", patient=CHILD_PNR, as_of="2028-01-31T00:00:00",
                events=[self.block("2027-12-11T10:00:00")])
        assert fired(f, "NL310") == []

    def test_on_13th_birthday_fires(self):
        f = run("vgr", patient=CHILD_PNR, as_of="2028-01-31T00:00:00",
                events=[self.block("2027-12-12T09:00:00")])
        assert len(fired(f, "NL310")) == 1

    def test_adult_patient_fires(self):
        assert len(fired(run("kalmar", events=[self.block("2024-03-05T10:00:00")]), "NL310")) == 1

    def test_young_child_is_silent(self):
        assert fired(run("vgr", patient=CHILD_PNR, events=[self.block("2024-03-05T10:00:00")]), "NL310") == []

    def test_revoke_guardian_access_for_14_year_old_is_silent(self):
        ev = event("r1", "revoke_guardian_access", "2029-03-05T10:00:00", guardian_id=GUARDIAN_PNR)
        f = run("vgr", patient=CHILD_PNR, as_of="2029-04-01T00:00:00", events=[ev])
        assert fired(f, "NL310") == []


# ============================================================================ CLI, examples


@pytest.mark.parametrize("code", [f"NL3{i:02d}" for i in range(1, 11)])
def test_explain_shows_routine_why_bad_good(code):
    res = CliRunner().invoke(main, ["explain", code], catch_exceptions=False)
    assert res.exit_code == 0
    for part in ("Rutin:", "Varför:", "Dåligt exempel:", "Bra exempel:", code):
        assert part in res.output, (code, part)


EXAMPLES = ROOT / "examples"


@pytest.mark.parametrize("region", ["skane", "jonkoping", "vgr", "kalmar"])
def test_examples_show_findings_and_clean_records(region):
    path = EXAMPLES / region / "reglerad_atkomst.json"
    res = CliRunner().invoke(main, ["lint", str(path), "--ruleset", region, "--select", "NL3",
                                    "--format", "json"], catch_exceptions=False)
    out = json.loads(res.stdout)
    assert res.exit_code == 1
    found = {f["code"] for f in out["findings"]}
    assert len(found) >= 3, found
    records = json.loads(path.read_text(encoding="utf-8"))
    flagged = {f["target"]["id"] for f in out["findings"]}
    clean = [r for r in records
             if not {e["id"] for e in r.get("access_events", [])} & flagged
             and pii.mask(r["patient"]["id"]) not in flagged]
    assert clean, "each example file has at least one clean record"
    assert (EXAMPLES / region / "notelint.toml").read_text(encoding="utf-8").strip() == \
        f'ruleset = "{region}"'
    for f in out["findings"]:
        assert "1212-1212" not in f["message"] and "1212-1236" not in json.dumps(f)


def test_large_record_matches_each_event_to_its_own_note():
    """300 seals over 6 years among 3 000 everyday notes: only the undocumented ones fire."""
    import datetime as dt

    base = dt.datetime(2019, 1, 7, 9, 0)
    notes, events, undocumented = [], [], set()
    for i in range(3000):
        t = base + dt.timedelta(hours=17 * i)
        notes.append(note(f"x{i}", t.isoformat(), "Samtal, pat mår bättre. Sover ua.",
                          keyword="Aktuellt"))
    for i in range(300):
        t = base + dt.timedelta(days=7 * i, hours=1)
        unit = {"name": f"Mottagning {i % 7}", "hsa_id": f"SE2321000032-{100 + i % 7}"}
        events.append(event(f"s{i}", "seal", t.isoformat(), unit=unit,
                            end=(t + dt.timedelta(days=60)).date().isoformat(), scope="unit",
                            ongoing_care=True))
        if i % 10 == 3:
            undocumented.add(f"s{i}")
            continue
        notes.append(note(f"d{i}", (t + dt.timedelta(hours=2)).isoformat(),
                          "Verksamhetens anteckningar förseglade t.o.m. slutdatum i beställningen "
                          "pga risk för hot. Beslut VC.", unit=unit))
    rec = make_record(as_of="2026-01-01T00:00:00", notes=notes, access_events=events)
    f = lint(rec, "skane", select=["NL301"])
    assert {x.target.id for x in f} == undocumented


def test_every_cue_kind_the_rules_combine_is_in_the_data():
    from notelint.nlp import accesscues
    from notelint.rules.access import ACTION_CUES, ELEMENTS, END_CUES, _ROLE_KINDS

    used = {k.lstrip("!") for table in (ACTION_CUES, END_CUES) for alts in table.values()
            for alt in alts for k in alt}
    used |= set(ELEMENTS) | set(_ROLE_KINDS.values()) | {"until_further_notice", "end_date",
                                                         "access_change"}
    assert used - accesscues.kinds() == set()


def test_access_cues_are_annotations_once_per_text():
    from notelint.nlp import accesscues

    text = "Förseglad tills vidare. Beslut VC Eva Ek pga hot. Pat informerad."
    said = accesscues.access_cues(text)
    assert accesscues.access_cues(text) is said
    assert {"seal_set", "until_further_notice", "decider", "grounds", "informed"} <= said
    assert "end_date" not in said
    assert "end_date" in accesscues.access_cues("Förseglad t.o.m. 2024-05-31.")
    assert accesscues.mentions_access_change("Journalen FÖRSEGLAD enl beslut")
    assert not accesscues.mentions_access_change("Pat mår bättre, sover bra.")


def test_the_cheap_access_change_test_answers_as_its_expressions():
    """The required strings gate the expressions (one Aho-Corasick pass); the answer is the
    expressions' own on every section of generated notes and on the cue words' near misses."""
    import importlib.util
    from pathlib import Path

    from notelint.nlp.accesscues import _table, mentions_access_change

    spec = importlib.util.spec_from_file_location(
        "gen_access", Path(__file__).resolve().parent.parent / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    texts = ["Journalen förseglad t.o.m. 2025-01-31.", "FÖRSEGLING upphävd", "slås ihop",
             "Ingen åtkomst via nätet", "Klåda", "Upplåsning begärd", "Pat mår bra.",
             "blockering av e-tjänst", "spärrad", "förlängd spärr", "kalåset"]
    for record in generate.generate(notes=400, seed=3):
        for note in record["notes"]:
            texts += [s["text"] for s in note.get("sections", [])]

    def expressions(text: str) -> bool:
        low = text.lower()
        return any(p.search(low) for kind, p in _table().lowered if kind == "access_change")

    answers = [mentions_access_change(t) for t in texts]
    assert answers == [expressions(t) for t in texts]
    assert any(answers) and not all(answers)

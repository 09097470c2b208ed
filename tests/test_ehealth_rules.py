"""NL401–NL408: 1177 e-tjänster (seed 000). Realistic cases and notes, positive and negative."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import codes, lint, make_record
from notelint.nlp import doccues as cues

VC = {"name": "Vårdcentralen Kärnan", "hsa_id": "SE2321000032-4711"}
OTHER = {"name": "Vårdcentralen Bäckagård", "hsa_id": "SE2321000032-9999"}

HOSTA = ("Hej! Jag har haft hosta i tre veckor nu och den går inte över. Ingen feber men "
         "jag blir andfådd i trappor. Ska jag komma in?")
SSK_SVAR = ("Hej, tack för ditt meddelande. Vi bokar en tid hos läkare på torsdag 14:20. "
            "Vid hög feber eller svår andnöd sök akut. Mvh Karin, ssk")

GOOD_NOTE = [
    {"keyword": "Kontaktorsak", "text": "Hör av sig via 1177 pga hosta sedan 3 v, afebril, lätt ansträngningsdyspné."},
    {"keyword": "Bedömning", "text": "Ej akut. Behöver läkarbedömning inom en vecka."},
    {"keyword": "Åtgärd", "text": "Läk-tid bokas to 14:20. Info om att söka akut vid försämring."},
]


def case(cid: str = "1177-4711", type_: str = "Rådgivning", *, handled: str = "2024-03-04T10:15:00",
         messages: list[dict[str, Any]] | None = None, unit: dict[str, str] | None = None,
         **kw: Any) -> dict[str, Any]:
    d = {"id": cid, "type": type_, "unit": unit or VC, "opened": "2024-03-04T07:52:00",
         "handled": handled,
         "messages": messages if messages is not None else [
             {"sender": "patient", "time": "2024-03-04T07:52:00", "text": HOSTA},
             {"sender": "Karin Ssk", "time": "2024-03-04T10:15:00", "text": SSK_SVAR}]}
    d.update(kw)
    return d


def note(nid: str = "n1", sections: list[dict[str, str]] | None = None, *,
         time: str = "2024-03-04T10:20:00", signed: str | None = "2024-03-04T10:40:00",
         refs: list[str] | None = None, unit: dict[str, str] | None = None,
         template: str = "Telefonanteckning") -> dict[str, Any]:
    return {"id": nid, "system": "PMO", "template": template, "unit": unit or VC,
            "author": {"name": "Karin Ssk", "role": "sjuksköterska"}, "time": time,
            "signed": signed, "refs": ["1177-4711"] if refs is None else refs,
            "sections": GOOD_NOTE if sections is None else sections}


def run(conversations: list[dict[str, Any]], notes: list[dict[str, Any]], code: str,
        **kw: Any) -> list[str]:
    rec = make_record(conversations=conversations, notes=notes, **kw)
    return [c for c in codes(lint(rec, select=[code]))]


def test_clean_case_gives_no_nl4_findings() -> None:
    assert run([case()], [note()], "NL4") == []


# --------------------------------------------------------------------------- NL401

class TestNL401:
    def test_handled_advice_case_without_note(self) -> None:
        findings = lint(make_record(conversations=[case()]), select=["NL401"])
        assert codes(findings) == ["NL401"]
        assert findings[0].target.kind == "conversation" and findings[0].target.id == "1177-4711"
        assert findings[0].severity == "error"

    def test_note_at_other_unit_does_not_document(self) -> None:
        assert run([case()], [note(refs=[], unit=OTHER)], "NL401") == ["NL401"]

    def test_note_about_other_matter_same_day_does_not_link(self) -> None:
        other = note(refs=[], sections=[
            {"keyword": "Aktuellt", "text": "Diabeteskontroll. HbA1c 52, fotstatus ua."},
            {"keyword": "Planering", "text": "Åter om 6 mån."}])
        assert run([case()], [other], "NL401") == ["NL401"]

    def test_self_referral_without_any_note(self) -> None:
        sr = case(type_="Egen vårdbegäran", messages=[
            {"sender": "patient", "text": "Jag vill bli undersökt för knäsmärta höger knä sedan ett halvår."}])
        assert run([sr], [], "NL401") == ["NL401"]

    def test_note_far_outside_window_does_not_link(self) -> None:
        late = note(refs=[], time="2024-03-20T09:00:00", signed="2024-03-20T09:10:00")
        assert run([case()], [late], "NL401") == ["NL401"]

    def test_linked_by_refs(self) -> None:
        assert run([case()], [note()], "NL401") == []

    def test_linked_by_unit_window_and_shared_words(self) -> None:
        n = note(refs=[], time="2024-03-05T08:30:00", sections=[
            {"keyword": "Aktuellt", "text": "Hosta sedan tre veckor, andfådd i trappor, ingen feber."}])
        assert run([case()], [n], "NL401") == []

    def test_linked_by_unit_window_and_explicit_1177_mention(self) -> None:
        n = note(refs=[], sections=[{"keyword": "Anteckning", "text": "Ärende via 1177 besvarat, se inkorg."}])
        assert run([case()], [n], "NL401") == []

    @pytest.mark.parametrize("type_", ["Förnya recept", "Av- eller omboka tid", "Avboka tid"])
    def test_renewal_and_rebooking_exempt(self, type_: str) -> None:
        assert run([case(type_=type_)], [], "NL401") == []

    def test_case_not_concerning_care_exempt(self) -> None:
        assert run([case(concerns_care=False)], [], "NL401") == []

    def test_unhandled_case_not_reported(self) -> None:
        assert run([case(handled=None)], [], "NL401") == []

    def test_not_yet_due_by_as_of(self) -> None:
        assert run([case()], [], "NL401", as_of="2024-03-05T10:00:00") == []


# --------------------------------------------------------------------------- NL402

class TestNL402:
    @pytest.mark.parametrize("sections", [
        [{"keyword": "Bedömning", "text": "Ej akut."}, {"keyword": "Åtgärd", "text": "Egenvårdsråd."}],
        [{"keyword": "Bedömning", "text": "Trol viral övre luftvägsinf."},
         {"keyword": "Planering", "text": "Läk-tid bokas to."}],
        [{"keyword": "Kontaktorsak", "text": ""}, {"keyword": "Åtgärd", "text": "Tid bokas hos dr."}],
    ])
    def test_no_contact_reason(self, sections: list[dict[str, str]]) -> None:
        findings = lint(make_record(conversations=[case()], notes=[note(sections=sections)]),
                        select=["NL402"])
        assert codes(findings) == ["NL402"]
        assert findings[0].target.kind == "note" and findings[0].target.id == "n1"

    @pytest.mark.parametrize("text", [
        "Pat söker för hosta sedan 3 v. Bed: ej akut. Läk-tid bokas.",
        "Hör av sig via 1177 pga långdragen hosta. Bedöms ej akut, tid bokas.",
        "Pat undrar över hosta som inte går över. Bedömning: ej akut. Tid bokas.",
    ])
    def test_contact_reason_in_free_text(self, text: str) -> None:
        n = note(sections=[{"keyword": "Anteckning", "text": text}])
        assert run([case()], [n], "NL402") == []

    def test_contact_reason_by_keyword(self) -> None:
        assert run([case()], [note()], "NL402") == []

    def test_exempt_kind_not_checked(self) -> None:
        n = note(sections=[{"keyword": "Åtgärd", "text": "Recept förnyat."}])
        assert run([case(type_="Förnya recept")], [n], "NL402") == []


# --------------------------------------------------------------------------- NL403

class TestNL403:
    def test_missing_assessment(self) -> None:
        n = note(sections=[{"keyword": "Kontaktorsak", "text": "Hör av sig pga hosta 3 v."},
                           {"keyword": "Åtgärd", "text": "Läk-tid bokas."}])
        findings = lint(make_record(conversations=[case()], notes=[n]), select=["NL403"])
        assert codes(findings) == ["NL403"] and "bedömning" in findings[0].message

    def test_missing_action(self) -> None:
        n = note(sections=[{"keyword": "Kontaktorsak", "text": "Hör av sig pga hosta 3 v."},
                           {"keyword": "Bedömning", "text": "Trol postinfektiös hosta."}])
        findings = lint(make_record(conversations=[case()], notes=[n]), select=["NL403"])
        assert codes(findings) == ["NL403"] and "åtgärd" in findings[0].message

    def test_missing_result_when_case_gave_provsvar(self) -> None:
        c = case(messages=[
            {"sender": "patient", "text": "Hej, har ni fått svar på mina blodprover från förra veckan?"},
            {"sender": "Dr Berg", "text": "Hej! Dina prover visar normalt blodvärde och sköldkörtelprov. Mvh"}])
        n = note(sections=[{"keyword": "Kontaktorsak", "text": "Undrar över blodprover."},
                           {"keyword": "Bedömning", "text": "Inget som kräver åtgärd."},
                           {"keyword": "Åtgärd", "text": "Besked via 1177, åter vb."}])
        findings = lint(make_record(conversations=[c], notes=[n]), select=["NL403"])
        assert codes(findings) == ["NL403"] and "resultat" in findings[0].message

    def test_complete_note(self) -> None:
        assert run([case()], [note()], "NL403") == []

    def test_telegraphic_free_text(self) -> None:
        n = note(sections=[{"keyword": "Anteckning", "text":
                            "Pat hör av sig pga hosta 3v. Bed: ej akut, trol postinfektiös. "
                            "Rekommenderas egenvård, åter vb."}])
        assert run([case()], [n], "NL403") == []

    def test_result_present_when_case_gave_provsvar(self) -> None:
        c = case(messages=[
            {"sender": "patient", "text": "Har ni fått svar på mina blodprover?"},
            {"sender": "Dr Berg", "text": "Hej! Provsvaret visar normalt Hb och TSH."}])
        n = note(sections=[{"keyword": "Kontaktorsak", "text": "Undrar över provsvar."},
                           {"keyword": "Resultat", "text": "Hb 138, TSH 1,9 - ua."},
                           {"keyword": "Bedömning", "text": "Inga avvikande prover."},
                           {"keyword": "Åtgärd", "text": "Besked via 1177, åter vb."}])
        assert run([c], [n], "NL403") == []


# --------------------------------------------------------------------------- NL404

def _pasted_note(msgs: list[str], edit: bool = False) -> dict[str, Any]:
    text = "\n".join(msgs)
    if edit:
        text = text.replace("tre veckor", "3 veckor").replace("Ska jag", "ska jag")
    return note(sections=[{"keyword": "Aktuellt", "text": text},
                          {"keyword": "Bedömning", "text": "Ej akut."},
                          {"keyword": "Åtgärd", "text": "Tid bokas."}])


class TestNL404:
    def test_whole_conversation_pasted(self) -> None:
        findings = lint(make_record(conversations=[case()], notes=[_pasted_note([HOSTA, SSK_SVAR])]),
                        select=["NL404"])
        assert codes(findings) == ["NL404"]
        assert findings[0].target.kind == "note"

    def test_pasted_with_small_edits(self) -> None:
        assert run([case()], [_pasted_note([HOSTA, SSK_SVAR], edit=True)], "NL404") == ["NL404"]

    def test_patient_message_pasted_as_whole_note(self) -> None:
        long_msg = ("Hej. Jag har sedan i söndags haft ont när jag kissar och behöver gå på "
                    "toaletten hela tiden, även på natten. Ingen feber och inget ont i ryggen. "
                    "Jag har haft urinvägsinfektion förut och det känns likadant nu.")
        c = case(messages=[{"sender": "patient", "text": long_msg}])
        n = note(sections=[{"keyword": "Aktuellt", "text": "Pat skriver: " + long_msg}])
        assert run([c], [n], "NL404") == ["NL404"]

    def test_summary_not_copied(self) -> None:
        assert run([case()], [note()], "NL404") == []

    def test_short_quote_not_copied(self) -> None:
        n = note(sections=GOOD_NOTE + [{"keyword": "Övrigt", "text": "Citat: 'blir andfådd i trappor'."}])
        assert run([case()], [n], "NL404") == []

    def test_unlinked_note_with_same_text_elsewhere_not_checked(self) -> None:
        assert run([case()], [_pasted_note([HOSTA, SSK_SVAR]) | {"refs": [], "unit": OTHER}],
                   "NL404") == []


# --------------------------------------------------------------------------- NL405

class TestNL405:
    @pytest.mark.parametrize("signed", ["2024-03-08T09:00:00", "2024-03-15T16:00:00",
                                        "2024-03-07T10:16:00"])
    def test_signed_after_deadline(self, signed: str) -> None:
        findings = lint(make_record(conversations=[case()], notes=[note(signed=signed)]),
                        select=["NL405"])
        assert codes(findings) == ["NL405"] and findings[0].target.id == "n1"

    def test_unsigned_draft_past_deadline(self) -> None:
        assert run([case()], [note(signed=None)], "NL405", as_of="2024-03-10T00:00:00") == ["NL405"]

    @pytest.mark.parametrize("signed", ["2024-03-04T10:40:00", "2024-03-06T17:00:00",
                                        "2024-03-07T10:15:00"])
    def test_signed_in_time(self, signed: str) -> None:
        assert run([case()], [note(signed=signed)], "NL405") == []

    def test_draft_not_yet_late(self) -> None:
        assert run([case()], [note(signed=None)], "NL405", as_of="2024-03-05T00:00:00") == []

    def test_one_timely_note_is_enough(self) -> None:
        late = note("n2", signed="2024-03-20T10:00:00")
        assert run([case()], [note(), late], "NL405") == []


# --------------------------------------------------------------------------- NL406

class TestNL406:
    def test_image_not_mentioned(self) -> None:
        c = case(attachments=[{"name": "utslag_arm.jpg", "kind": "image"}])
        findings = lint(make_record(conversations=[c], notes=[note()]), select=["NL406"])
        assert codes(findings) == ["NL406"]
        assert findings[0].target.kind == "conversation" and "utslag_arm.jpg" in findings[0].message

    def test_document_not_mentioned(self) -> None:
        c = case(attachments=[{"name": "intyg_arbetsgivare.pdf", "kind": "document"}])
        assert run([c], [note()], "NL406") == ["NL406"]

    def test_several_images_none_summarised(self) -> None:
        c = case(attachments=[{"name": "IMG_2031.jpg", "kind": "image"},
                              {"name": "IMG_2032.jpg", "kind": "image"}])
        assert run([c], [note()], "NL406") == ["NL406"]

    @pytest.mark.parametrize("extra", [
        "Bifogad bild visar fläckvis rodnad vä underarm, ca 3x4 cm.",
        "Bilder skannade.",
        "Foto från pat: torr fjällande hud, inga blåsor. Skannas in.",
    ])
    def test_summarised_or_scanned(self, extra: str) -> None:
        c = case(attachments=[{"name": "utslag_arm.jpg", "kind": "image"}])
        n = note(sections=GOOD_NOTE + [{"keyword": "Status", "text": extra}])
        assert run([c], [n], "NL406") == []

    def test_no_attachments(self) -> None:
        assert run([case()], [note()], "NL406") == []


# --------------------------------------------------------------------------- NL407

def _sr(**kw: Any) -> dict[str, Any]:
    return case(type_="Egen vårdbegäran", messages=[
        {"sender": "patient", "text": "Jag vill bli bedömd av ortoped för mitt högra knä som "
                                      "svullnar efter löpning sedan i höstas."}], **kw)


class TestNL407:
    @pytest.mark.parametrize("sections", [
        [{"keyword": "Kontaktorsak", "text": "Hör av sig pga knäsmärta hö."},
         {"keyword": "Åtgärd", "text": "Tid bokas hos dr Ek."}],
        [{"keyword": "Aktuellt", "text": "Svullnad hö knä efter löpning."},
         {"keyword": "Bedömning", "text": "Behöver undersökas."}],
        [{"keyword": "Anteckning", "text": "Pat ringd ang knä, får tid på VC."}],
    ])
    def test_self_referral_as_ordinary_contact(self, sections: list[dict[str, str]]) -> None:
        findings = lint(make_record(conversations=[_sr()], notes=[note(sections=sections)]),
                        select=["NL407"])
        assert codes(findings) == ["NL407"] and findings[0].target.kind == "conversation"

    def test_referral_template(self) -> None:
        n = note(template="Remissbedömning", sections=[
            {"keyword": "Bedömning", "text": "Prio 3, kallas till ortopedmott."}])
        assert run([_sr()], [n], "NL407") == []

    def test_text_says_handled_as_remiss(self) -> None:
        n = note(sections=[{"keyword": "Anteckning",
                            "text": "Egen vårdbegäran handläggs som remiss. Prio 2."}])
        assert run([_sr()], [n], "NL407") == []

    def test_referral_note_linked_without_refs(self) -> None:
        n = note(refs=[], template="Remissbedömning", time="2024-03-05T13:00:00",
                 sections=[{"keyword": "Bedömning", "text": "Accepteras, kallelse skickas."}])
        assert run([_sr()], [n], "NL407") == []
        assert run([_sr()], [n], "NL401") == []

    def test_advice_case_not_checked(self) -> None:
        assert run([case()], [note()], "NL407") == []


# --------------------------------------------------------------------------- NL408

class TestNL408:
    @pytest.mark.parametrize("text", [
        "Jag vill framföra synpunkter på bemötandet i receptionen i tisdags.",
        "Är mycket missnöjd med bemötandet från läkaren, hon lyssnade inte alls.",
        "Har ett förbättringsförslag: skicka sms-påminnelse dagen innan besöket.",
    ])
    def test_feedback_in_patient_message(self, text: str) -> None:
        c = case(messages=[{"sender": "patient", "text": text}])
        findings = lint(make_record(conversations=[c], notes=[note()]), select=["NL408"])
        assert codes(findings) == ["NL408"]
        assert findings[0].severity == "info" and findings[0].target.kind == "conversation"

    def test_feedback_attachment(self) -> None:
        c = case(attachments=[{"name": "klagomal_besok_0312.pdf", "kind": "document"}])
        assert run([c], [note()], "NL408") == ["NL408"]

    @pytest.mark.parametrize("text", [
        HOSTA,
        "Tack för bra hjälp! Inga synpunkter, allt fungerade fint.",
        "Kan jag få en ny tid för provtagning? Jag kan inte på måndag.",
    ])
    def test_no_feedback(self, text: str) -> None:
        c = case(messages=[{"sender": "patient", "text": text}])
        assert run([c], [note()], "NL408") == []

    def test_staff_message_not_counted(self) -> None:
        c = case(messages=[{"sender": "Karin Ssk",
                            "text": "Har du synpunkter på vården kan du lämna dem via 1177."}])
        assert run([c], [note()], "NL408") == []


# --------------------------------------------------------------------------- helpers

def test_overlap_robust_to_small_edits() -> None:
    a = ("jag har haft ont i magen i tre dagar och kräkts två gånger igår kväll men ingen feber "
         "och jag kan dricka")
    b = a.replace("tre dagar", "3 dagar").replace("igår", "i går")
    of_src, of_note, shared = cues.overlap(b, [a])
    assert of_src > 0.5 and shared >= 8


def test_linking_indexes_notes_once() -> None:
    """Many cases and notes: the index lookup keeps linking per case local to its unit/window."""
    convs = [case(f"1177-{i}", handled=f"2024-03-{(i % 28) + 1:02d}T10:00:00",
                  opened=f"2024-03-{(i % 28) + 1:02d}T08:00:00") for i in range(200)]
    notes = [note(f"n{i}", refs=[f"1177-{i}"], time=f"2024-03-{(i % 28) + 1:02d}T11:00:00",
                  signed=f"2024-03-{(i % 28) + 1:02d}T11:30:00") for i in range(200)]
    assert run(convs, notes, "NL401") == []


def test_example_month_shows_expected_findings() -> None:
    """examples/skane/vardcentral_1177_manad.jsonl: one unit's month, clean and flawed."""
    from pathlib import Path

    from notelint.model import Record

    path = Path(__file__).resolve().parent.parent / "examples/skane/vardcentral_1177_manad.jsonl"
    got = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = Record.model_validate_json(line)
        for f in lint(rec, ruleset="skane", select=["NL4", "NL5"]):
            got.add((f.code, f.target.id))
    assert got == {
        ("NL401", "1177-30502"), ("NL404", "n-30611"), ("NL405", "n-30611"),
        ("NL403", "n-30688"), ("NL406", "1177-30688"), ("NL407", "1177-30702"),
        ("NL408", "1177-30702"), ("NL501", "sob-1207"), ("NL504", "sob-1190"),
        ("NL505", "sob-1190"), ("NL402", "n-30840"),
    }


def test_guardian_feedback_counts() -> None:
    c = case(messages=[{"sender": "Vårdnadshavare", "text":
                        "Vill framföra klagomål på väntetiden på BUM, vi fick vänta 2 h."}])
    assert run([c], [note()], "NL408") == ["NL408"]


def test_mixed_timezones_do_not_break_linking() -> None:
    c = case(handled="2024-03-04T10:15:00+01:00")
    late = note(signed="2024-03-09T10:00:00")
    findings = lint(make_record(conversations=[c], notes=[late], as_of="2024-03-10T00:00:00"),
                    select=["NL4"])
    assert codes(findings) == ["NL405"]


def test_note_referring_to_another_case_does_not_document_this_one() -> None:
    second = case("1177-4712", messages=[
        {"sender": "patient", "text": "Jag har också fått ont i halsen och feber 38,9 sedan igår."}])
    # the only note names 1177-4711 and mentions 1177: it must not cover 1177-4712 as well
    n = note(sections=GOOD_NOTE + [{"keyword": "Övrigt", "text": "Besvarat via 1177."}])
    findings = lint(make_record(conversations=[case(), second], notes=[n]), select=["NL401"])
    assert [(f.code, f.target.id) for f in findings] == [("NL401", "1177-4712")]


JOURNAL_COPY = """\
Patient: 19121212-1212
Journalsystem: PMO
Vårdenhet: Vårdcentralen Kärnan
HSA-id: SE2321000032-4711
Mall: Telefonanteckning
Datum: 2024-03-04 10:20
Författare: Karin Lind
Roll: sjuksköterska
Signerad: 2024-03-04 10:40
Ärende: 1177-4711

Bedömning: Ej akut.
Åtgärd: Läk-tid bokas to 14.20.

---
Ärendetyp: Rådgivning
Ärende: 1177-4711
Patient: 19121212-1212
Vårdenhet: Vårdcentralen Kärnan
HSA-id: SE2321000032-4711
Skapat: 2024-03-04 07:52
Hanterat: 2024-03-04 10:15
Bilagor: inga

2024-03-04 07:52 Invånare: Hej! Jag har haft hosta i tre veckor nu. Ska jag komma in?
2024-03-04 10:15 Ssk Karin: Hej, vi bokar en tid hos läkare på torsdag. Mvh Karin
"""


def test_text_journal_copy_with_case_block(write) -> None:
    """The text bundle (note + 1177 case block) is one record: NL402 points at the note."""
    import json

    from click.testing import CliRunner

    from notelint.cli import main

    path = write("kopia.txt", JOURNAL_COPY)
    res = CliRunner().invoke(main, ["lint", str(path), "--select", "NL4", "--format", "json"])
    out = json.loads(res.stdout)
    assert [(f["code"], f["target"]["kind"], f["line"]) for f in out["findings"]] == [
        ("NL402", "note", 1)]
    assert "19121212-1212" not in res.output

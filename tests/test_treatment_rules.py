"""NL501–NL505: Stöd och behandling (seed 000). Realistic treatments and notes."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import codes, lint, make_record
from notelint.rules import _links as cues

PSY = {"name": "Psykiatriska öppenvårdsmottagningen Lund", "hsa_id": "SE2321000032-5500"}
VC = {"name": "Vårdcentralen Kärnan", "hsa_id": "SE2321000032-4711"}

BAKGRUND = {"keyword": "Bakgrund", "text": "Nedstämdhet sedan ca 6 mån efter separation. "
                                           "PHQ-9 19 vid bedömning, inga suicidtankar."}
PLAN = {"keyword": "Planering", "text": "Påbörjar internetbaserad KBT vid depression via Stöd "
                                        "och behandling, 8 moduler, behandlarkontakt 1 ggr/v."}
RESULTAT = {"keyword": "Utvärdering", "text": "Genomfört 7 av 8 moduler. PHQ-9 från 19 till 8, "
                                              "god effekt. Avslutas."}


def treatment(tid: str = "sob-1", status: str = "completed", *, program: str =
              "Internetbaserad KBT vid depression", unit: dict[str, str] | None = None,
              start: str = "2024-01-15", end: str | None = "2024-03-20",
              messages: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": tid, "program": program, "unit": unit or PSY, "status": status,
            "start": start, "end": end if status in ("completed", "aborted") else None,
            "messages": messages or []}


def note(nid: str = "n1", sections: list[dict[str, str]] | None = None, *,
         time: str = "2024-01-15T09:00:00", refs: list[str] | None = None,
         unit: dict[str, str] | None = None) -> dict[str, Any]:
    return {"id": nid, "system": "Melior", "template": "Behandlingsanteckning",
            "unit": unit or PSY, "author": {"name": "Lena Psykolog", "role": "psykolog"},
            "time": time, "signed": time, "refs": ["sob-1"] if refs is None else refs,
            "sections": [BAKGRUND, PLAN] if sections is None else sections}


END_NOTE = note("n2", [RESULTAT], time="2024-03-21T10:00:00")


def run(treatments: list[dict[str, Any]], notes: list[dict[str, Any]], code: str,
        **kw: Any) -> list[str]:
    return codes(lint(make_record(treatments=treatments, notes=notes, **kw), select=[code]))


def test_well_documented_treatment_is_clean() -> None:
    assert run([treatment()], [note(), END_NOTE], "NL5") == []


# --------------------------------------------------------------------------- NL501

class TestNL501:
    @pytest.mark.parametrize("status", ["ongoing", "completed", "aborted"])
    def test_no_documentation(self, status: str) -> None:
        findings = lint(make_record(treatments=[treatment(status=status)]), select=["NL501"])
        assert codes(findings) == ["NL501"]
        assert findings[0].target.kind == "treatment" and findings[0].target.id == "sob-1"
        assert findings[0].severity == "error"

    def test_note_at_other_unit_does_not_count(self) -> None:
        assert run([treatment()], [note(refs=[], unit=VC)], "NL501") == ["NL501"]

    def test_unrelated_note_same_unit_does_not_count(self) -> None:
        n = note(refs=[], sections=[{"keyword": "Aktuellt", "text": "Recept Sertralin förnyat, "
                                                                     "lab-kontroll Li ua."}])
        assert run([treatment()], [n], "NL501") == ["NL501"]

    def test_linked_by_refs(self) -> None:
        assert run([treatment()], [note()], "NL501") == []

    @pytest.mark.parametrize("text", [
        "Pat aktiverad i iKBT, modul 1 tilldelad.",
        "Startar internetbehandling via 1177 idag.",
        "Genomgång av KBT-programmet vid depression, pat motiverad.",
    ])
    def test_linked_by_unit_window_and_matter(self, text: str) -> None:
        n = note(refs=[], time="2024-01-16T13:00:00", sections=[{"keyword": "Anteckning", "text": text}])
        assert run([treatment()], [n], "NL501") == []

    def test_planned_not_due(self) -> None:
        assert run([treatment(status="planned")], [], "NL501") == []

    def test_recently_started_not_due(self) -> None:
        assert run([treatment(status="ongoing", start="2024-03-25")], [], "NL501",
                   as_of="2024-03-30T00:00:00") == []


# --------------------------------------------------------------------------- NL502

class TestNL502:
    @pytest.mark.parametrize("sections", [
        [PLAN],
        [{"keyword": "Anteckning", "text": "Pat aktiverad i iKBT-programmet. Modul 1 tilldelad."}],
        [{"keyword": "Planering", "text": "KBT-I via Stöd och behandling, sömnrestriktion från v 2."}],
    ])
    def test_background_missing(self, sections: list[dict[str, str]]) -> None:
        findings = lint(make_record(treatments=[treatment(status="ongoing")],
                                    notes=[note(sections=sections)]), select=["NL502"])
        assert codes(findings) == ["NL502"] and findings[0].target.kind == "treatment"

    @pytest.mark.parametrize("sections", [
        [BAKGRUND, PLAN],
        [{"keyword": "Anteckning", "text": "Sömnbesvär sedan ett år, ISI 19. Startar KBT-I via 1177."}],
        [{"keyword": "Anamnes", "text": "Oro och ångest, GAD-7 15."}, PLAN],
    ])
    def test_background_present(self, sections: list[dict[str, str]]) -> None:
        assert run([treatment(status="ongoing")], [note(sections=sections)], "NL502") == []

    def test_undocumented_treatment_left_to_nl501(self) -> None:
        assert run([treatment()], [], "NL502") == []


# --------------------------------------------------------------------------- NL503

class TestNL503:
    @pytest.mark.parametrize("sections", [
        [BAKGRUND],
        [{"keyword": "Bakgrund", "text": "Sömnbesvär sedan 1 år, ISI 19. Internetbehandling aktuell."}],
        [{"keyword": "Anteckning", "text": "Nedstämd sedan i höstas, PHQ-9 17. Stöd och behandling."}],
    ])
    def test_actions_missing(self, sections: list[dict[str, str]]) -> None:
        findings = lint(make_record(treatments=[treatment(status="ongoing")],
                                    notes=[note(sections=sections)]), select=["NL503"])
        assert codes(findings) == ["NL503"]

    @pytest.mark.parametrize("sections", [
        [BAKGRUND, PLAN],
        [BAKGRUND, {"keyword": "Anteckning", "text": "Modul 3 genomförd, hemuppgifter gjorda."}],
        [BAKGRUND, {"keyword": "Behandling", "text": "iKBT, beteendeaktivering v 2-4."}],
    ])
    def test_actions_present(self, sections: list[dict[str, str]]) -> None:
        assert run([treatment(status="ongoing")], [note(sections=sections)], "NL503") == []


# --------------------------------------------------------------------------- NL504

class TestNL504:
    @pytest.mark.parametrize("status", ["completed", "aborted"])
    def test_finished_without_result(self, status: str) -> None:
        findings = lint(make_record(treatments=[treatment(status=status)], notes=[note()]),
                        select=["NL504"])
        assert codes(findings) == ["NL504"] and findings[0].target.id == "sob-1"

    def test_completed_with_only_admin_end_note(self) -> None:
        end = note("n2", [{"keyword": "Anteckning", "text": "Behandlingen i 1177 stängd i plattformen."}],
                   time="2024-03-21T10:00:00")
        assert run([treatment()], [note(), end], "NL504") == ["NL504"]

    def test_completed_with_result(self) -> None:
        assert run([treatment()], [note(), END_NOTE], "NL504") == []

    def test_aborted_with_reason(self) -> None:
        end = note("n2", [{"keyword": "Anteckning", "text": "iKBT avbröts pga att pat inte "
                                                             "loggat in på 4 v, erbjuds samtal."}],
                   time="2024-02-28T10:00:00")
        assert run([treatment(status="aborted")], [note(), end], "NL504") == []

    def test_ongoing_needs_no_result(self) -> None:
        assert run([treatment(status="ongoing")], [note()], "NL504") == []

    def test_result_as_score(self) -> None:
        end = note("n2", [{"keyword": "Anteckning", "text": "Sista modulen klar via 1177. PHQ-9 7."}],
                   time="2024-03-21T10:00:00")
        assert run([treatment()], [note(), end], "NL504") == []


# --------------------------------------------------------------------------- NL505

def msg(text: str, when: str = "2024-02-10T21:14:00") -> dict[str, Any]:
    return {"sender": "patient", "time": when, "text": text}


class TestNL505:
    @pytest.mark.parametrize("text,label", [
        ("Ärligt talat har jag haft tankar på att ta mitt liv den här veckan.", "suicidtankar"),
        ("Jag vill inte leva längre, orkar inte med modulerna.", "suicidtankar"),
        ("Mår sämre sedan förra veckan, sover bara 3-4 h.", "försämring"),
        ("Har fått biverkningar av sertralinen, illamående och skakningar.", "biverkningar"),
        ("Jag har börjat få hjärtklappning på kvällarna.", "nya symtom"),
    ])
    def test_information_not_in_journal(self, text: str, label: str) -> None:
        t = treatment(status="ongoing", messages=[msg(text)])
        findings = lint(make_record(treatments=[t], notes=[note()]), select=["NL505"])
        assert codes(findings) == ["NL505"] and label in findings[0].message
        assert findings[0].target.kind == "treatment"

    def test_documented_before_message_does_not_count(self) -> None:
        # the start note says "inga suicidtankar" in January; the message comes in February
        t = treatment(status="ongoing", messages=[msg("Har tankar på att ta mitt liv.")])
        assert run([t], [note()], "NL505") == ["NL505"]

    @pytest.mark.parametrize("text", [
        "Jag har inga tankar på att ta mitt liv, men det är tungt ibland.",
        "Har inte haft några biverkningar av medicinen.",
        "Modul 4 klar! Mår bättre, sover bättre.",
        "Mår inte sämre i alla fall, ungefär som förut.",
    ])
    def test_negated_or_nothing_relevant(self, text: str) -> None:
        t = treatment(status="ongoing", messages=[msg(text)])
        assert run([t], [note()], "NL505") == []

    def test_suicidal_thoughts_documented_after_message(self) -> None:
        t = treatment(status="ongoing", messages=[msg("Jag vill inte leva längre.")])
        follow = note("n3", [{"keyword": "Bedömning", "text": "Pat skriver i plattformen om "
                              "dödstankar. Ringd samma kväll, suicidriskbedömning: låg risk, "
                              "inga planer."}], time="2024-02-10T22:00:00")
        assert run([t], [note(), follow], "NL505") == []

    def test_worsening_documented(self) -> None:
        t = treatment(status="ongoing", messages=[msg("Jag mår mycket sämre nu.")])
        follow = note("n3", [{"keyword": "Anteckning", "text": "Försämring enl meddelande via "
                              "1177, tid bokas hos läk."}], time="2024-02-12T09:00:00")
        assert run([t], [note(), follow], "NL505") == []

    def test_staff_message_not_counted(self) -> None:
        t = treatment(status="ongoing", messages=[
            {"sender": "behandlare", "time": "2024-02-10T09:00:00",
             "text": "Om du får tankar på att ta ditt liv, ring 112."}])
        assert run([t], [note()], "NL505") == []


def test_negation_helper() -> None:
    text = "Mår sämre, men inga tankar på att ta mitt liv."
    assert cues.affirmed(text, "care_worsening") == ["Mår sämre"]
    assert cues.affirmed(text, "care_suicidal") == []


def test_mixed_timezones_and_datetime_start() -> None:
    t = treatment(status="ongoing", start="2024-01-15T08:00:00+01:00",
                  messages=[msg("Jag mår sämre, sover knappt.", "2024-02-10T21:14:00+01:00")])
    assert run([t], [note()], "NL5", as_of="2024-03-01T00:00:00") == ["NL505"]


def test_program_acronym_and_condition_link_without_refs() -> None:
    n = note(refs=[], time="2024-01-16T13:00:00",
             sections=[{"keyword": "Anteckning", "text": "Depression, PHQ-9 17. KBT-program påbörjat."}])
    only_condition = note(refs=[], time="2024-01-16T13:00:00",
                          sections=[{"keyword": "Anteckning", "text": "Depression, Sertralin 50 mg ökas."}])
    assert run([treatment(status="ongoing")], [n], "NL501") == []
    assert run([treatment(status="ongoing")], [only_condition], "NL501") == ["NL501"]


@pytest.mark.parametrize("text,affirmed", [
    ("Jag kan inte sova och har tankar på att ta mitt liv.", True),
    ("Vet inte längre, vill inte leva.", True),
    ("Inga tankar på att ta mitt liv.", False),
    ("Har inte haft några tankar på att ta mitt liv.", False),
    ("Jag har aldrig haft tankar på att ta mitt liv", False),
])
def test_negation_scope_for_suicidal_statements(text: str, affirmed: bool) -> None:
    hits = cues.affirmed(text, "care_suicidal")
    assert bool(hits) is affirmed


def test_suicide_risk_assessed_in_unlinked_note_of_same_unit() -> None:
    t = treatment(status="ongoing", messages=[msg("Har haft tankar på att ta mitt liv i helgen.",
                                                   "2024-02-11T20:00:00")])
    tel = note("n4", [{"keyword": "Bedömning", "text": "Ringd efter meddelande. Suicidriskbed: "
                       "passiva dödstankar, inga planer, låg akut risk. Ny kontakt 2 d."}],
               refs=[], time="2024-02-12T08:30:00")
    assert run([t], [note(), tel], "NL505") == []
    assert run([t], [note(), tel | {"unit": VC}], "NL505") == ["NL505"]

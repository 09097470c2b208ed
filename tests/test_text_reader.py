"""The text note format and 1177 case summaries in text (DESIGN.md, issues 2 and 13)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint.cli import main
from notelint.context import Context
from notelint.model import Record
from notelint.readers import Broken, Loaded, json_reader, read_bytes, read_file  # noqa: F401
from notelint.readers.text_reader import is_section_start, known_keywords, parse_text, sniff_text
from notelint.rules import Rule, Source
from notelint.rulesets import load_ruleset

from conftest import CHILD_PNR, PNR, ROOT

NOTE = """\
Patient: 19121212-1212
Journalsystem: PMO
Vårdenhet: Vårdcentralen Höör
HSA-id: SE2321000032-1234
Mall: Telefonkontakt
Datum: 2024-03-12 14:05
Författare: Anna Andersson
Roll: sjuksköterska
Signerad: 2024-03-12 15:00
Ärende: 1177-4711
Vårdform: öppenvård
Id: pmo-881

Kontaktorsak: Pat hör av sig via 1177 pga utslag bå armar sedan 3 dgr.
Pat har ont: mest nattetid, sover dåligt.
Bedömning:
Trol kontakteksem, ua i övrigt. Ingen feber.
  Inga tecken på infektion.

Åtgärd: Råd om mjukgörande, återkommer vb.
"""

CASE = """\
Ärendetyp: Rådgivning
Ärende: 1177-4711
Patient: 19121212-1212
Vårdenhet: Vårdcentralen Höör
HSA-id: SE2321000032-1234
Skapat: 2024-03-11 21:14
Hanterat: 2024-03-12 14:05
Bilagor: utslag.jpg (bild), arm2.HEIC, remiss_hud.pdf, journalkopia.docx (dokument), data.bin
Berör vård: ja

2024-03-11 21:14 Invånare: Hej! Jag har fått utslag
på båda armarna sen i lördags.

Det kliar mest på kvällen. Bifogar bilder.
2024-03-12 08:30 Ssk Lena: Hej, tack för bilderna. Använder du någon ny tvål?
2024-03-12 12:02 Patient: Ja bytte tvättmedel förra veckan
2024-03-12 14:05 Mottagningen: Vi har ringt dig.
"""


def _one(items: list) -> Loaded:
    loaded = [i for i in items if isinstance(i, Loaded)]
    assert len(loaded) == 1, items
    return loaded[0]


def _broken(items: list) -> list[Broken]:
    return [i for i in items if isinstance(i, Broken)]


def read(text: str, path: str = "journal.txt") -> list:
    return list(parse_text(text, path))


# --------------------------------------------------------------------------- headers


def test_every_note_header():
    item = _one(read(NOTE))
    rec = item.record
    assert rec.patient.id == PNR and rec.patient.birth_date == dt.date(1912, 12, 12)
    note = rec.notes[0]
    assert note.id == "pmo-881"
    assert note.system == "PMO"
    assert note.template == "Telefonkontakt"
    assert note.unit.name == "Vårdcentralen Höör" and note.unit.hsa_id == "SE2321000032-1234"
    assert note.author.name == "Anna Andersson" and note.author.role == "sjuksköterska"
    assert note.time == dt.datetime(2024, 3, 12, 14, 5)
    assert note.signed == dt.datetime(2024, 3, 12, 15, 0)
    assert note.refs == ["1177-4711"]
    assert note.setting == "öppenvård"
    assert not note.is_draft
    assert note.loc.line == 1 and item.line == 1


def test_aliases_setting_and_iso_times():
    text = ("Patient: 191212121212\nAnteckning-id: x1\nSetting: Psykiatrisk slutenvård\n"
            "Mall: Daganteckning\nDatum: 2024-03-12T14:05:00\nSignerad: 2024-03-12T16:10\n"
            "Ärende: 1177-1, 1177-2\n\nAktuellt: Lugn natt.\n")
    note = _one(read(text)).record.notes[0]
    assert note.id == "x1" and note.setting == "Psykiatrisk slutenvård"
    assert note.time == dt.datetime(2024, 3, 12, 14, 5)
    assert note.signed == dt.datetime(2024, 3, 12, 16, 10)
    assert note.refs == ["1177-1", "1177-2"]


def test_utc_time_becomes_swedish_local_time():
    text = f"Patient: {PNR}\nMall: X\nDatum: 2024-07-01T12:00:00Z\n\nAktuellt: ua\n"
    assert _one(read(text)).record.notes[0].time == dt.datetime(2024, 7, 1, 14, 0)


@pytest.mark.parametrize("value", ["", "nej", "Nej", "ej signerad", "-"])
def test_drafts(value):
    text = f"Patient: {PNR}\nMall: Läkaranteckning\nDatum: 2024-03-12 14:05\nSignerad: {value}\n\nBedömning: ua\n"
    assert _one(read(text)).record.notes[0].is_draft


def test_missing_signerad_is_a_draft_and_ja_takes_the_note_time():
    draft = _one(read(f"Patient: {PNR}\nMall: X\nDatum: 2024-03-12 14:05\n\nBedömning: ua\n"))
    assert draft.record.notes[0].signed is None
    signed = _one(read(f"Patient: {PNR}\nMall: X\nDatum: 2024-03-12 14:05\nSignerad: ja\n\nBedömning: ua\n"))
    assert signed.record.notes[0].signed == dt.datetime(2024, 3, 12, 14, 5)


def test_note_ids_are_stable_and_unique():
    text = (f"Patient: {PNR}\nDatum: 2024-03-12 14:05\n\nAktuellt: a\n---\n"
            "Datum: 2024-03-12 14:05\n\nAktuellt: b\n---\nMall: X\n\nAktuellt: c\n")
    ids = [n.id for n in _one(read(text)).record.notes]
    assert ids == ["2024-03-12T14:05", "2024-03-12T14:05-2", "anteckning-3"]


# --------------------------------------------------------------------------- sections


def test_sections_known_keywords_inline_and_alone():
    note = _one(read(NOTE)).record.notes[0]
    assert [s.keyword for s in note.sections] == ["Kontaktorsak", "Bedömning", "Åtgärd"]
    # "Pat har ont:" is a sentence, not a sökord: it stays in Kontaktorsak
    assert note.sections[0].text == ("Pat hör av sig via 1177 pga utslag bå armar sedan 3 dgr.\n"
                                     "Pat har ont: mest nattetid, sover dåligt.")
    # verbatim (indentation kept), trailing blank lines trimmed
    assert note.sections[1].text == "Trol kontakteksem, ua i övrigt. Ingen feber.\n  Inga tecken på infektion."
    assert note.sections[2].text == "Råd om mjukgörande, återkommer vb."


def test_section_locations_map_offsets_to_line_and_column():
    note = _one(read(NOTE)).record.notes[0]
    kontakt, bedomning, atgard = note.sections
    assert (kontakt.loc.line, kontakt.loc.column) == (14, 15)
    assert (bedomning.loc.line, bedomning.loc.column) == (17, 1)
    assert (atgard.loc.line, atgard.loc.column) == (20, 9)
    lines = NOTE.split("\n")
    # every offset of every section maps to the character it names in the source
    for s in note.sections:
        for off, ch in enumerate(s.text):
            if ch == "\n":
                continue
            line, col = s.position(off)
            assert lines[line - 1][col - 1] == ch, (s.keyword, off)


def test_finding_span_points_at_path_line_col():
    rec = _one(read(NOTE, "vc/journal.txt")).record
    note = rec.notes[0]
    bedomning = note.sections[1]
    start = bedomning.text.index("Inga tecken")
    ctx = Context(load_ruleset("national"), rec, "vc/journal.txt")
    ctx.rule = Rule(code="NL999", name="test-rule", scope="note", severity="warning",
                    sources=(Source("DESIGN", "test"),), check=None)
    f = ctx.finding(note, "test", section=bedomning, start=start, end=start + 11)
    assert (f.path, f.line, f.column) == ("vc/journal.txt", 18, 3)
    assert f.span.section == "Bedömning" and f.span.start == start
    # a finding on the note itself points at the block's header line
    assert ctx.finding(note, "x").line == 1


def test_text_before_first_keyword_goes_to_default_section():
    text = f"Patient: {PNR}\nMall: Daganteckning\n\nPat sovit gott, äter bra.\n\nStatus: Opåverkad.\n"
    note = _one(read(text)).record.notes[0]
    assert [(s.keyword, s.text) for s in note.sections] == [
        ("Anteckning", "Pat sovit gott, äter bra."), ("Status", "Opåverkad.")]
    assert note.sections[0].loc.line == 4


def test_protected_and_ruleset_keywords_are_sections():
    kws = known_keywords()
    for name in ("tidiga hypoteser", "våldsutsatthet i nära relation", "hubs",
                 "reglerad åtkomst på 1177.se", "orosanmälan gällande barn"):
        assert name in kws
    text = (f"Patient: {PNR}\nMall: Läkaranteckning\n\nBedömning: Oklar buksmärta.\n"
            "Tidiga hypoteser: Misstänkt Crohns sjukdom, pat ej informerad.\n"
            "Reglerad åtkomst på 1177.se:\nFörsegling t.o.m. 2024-05-31, beslut VC.\n"
            "Våldsutsatthet i nära relation: Uppger slag av partner.\n")
    note = _one(read(text)).record.notes[0]
    assert [s.keyword for s in note.sections] == [
        "Bedömning", "Tidiga hypoteser", "Reglerad åtkomst på 1177.se",
        "Våldsutsatthet i nära relation"]
    assert note.sections[2].text == "Försegling t.o.m. 2024-05-31, beslut VC."


@pytest.mark.parametrize("line,expected", [
    ("Bedömning: ua", "Bedömning"),
    ("bedömning:", "Bedömning"),             # known sökord: canonical spelling
    ("TIDIGA  HYPOTESER: ?MS", "Tidiga hypoteser"),
    ("Psykiskt status:", "Psykiskt status"),
    ("Kontakt med socialtjänst:", "Kontakt med socialtjänst"),   # unknown heading, alone
    ("Pat har ont:", None),
    ("Hon säger:", None),
    ("Temp: 38,2", None),                 # unknown key with text after: body text
    ("Kontakt med soc: ringt 2 ggr", None),
    ("Obs: se http://x", None),
    ("Se länk https://1177.se", None),
    ("ring 0771-11 77 00: svar", None),
    ("Lab 2024-03-01:", "Lab"),             # a known sökord with its date (said as NL903)
    ("Blodtryck 140/90.", None),
    ("Hud: Torr, fjällande hud dorsalt.", None),   # a status sub-item stays in Status
    ("Cor: RR, inga blåsljud", None),
    ("Hud:", "Hud"),                              # alone on its line it is a heading
])
def test_section_start_heuristics(line, expected):
    hit = is_section_start(line)
    assert (hit[0] if hit else None) == expected


def test_empty_section_is_kept_with_its_keyword_position():
    text = f"Patient: {PNR}\nMall: X\n\nÅtgärd:\nBedömning: ua\n"
    note = _one(read(text)).record.notes[0]
    assert [(s.keyword, s.text) for s in note.sections] == [("Åtgärd", ""), ("Bedömning", "ua")]
    assert (note.sections[0].loc.line, note.sections[0].loc.column) == (4, 8)


def test_header_without_blank_line_before_sokord_is_tolerated():
    text = f"Patient: {PNR}\nMall: X\nAktuellt: Feber sedan igår.\n"
    note = _one(read(text)).record.notes[0]
    assert note.template == "X" and note.sections[0].keyword == "Aktuellt"
    assert note.sections[0].loc.line == 3


# --------------------------------------------------------------------------- blocks and cases


def test_blocks_separated_by_dashes_form_one_record():
    item = _one(read(NOTE + "---\n" + CASE + "\n---\n" + "Mall: Receptförnyelse\nDatum: 2024-04-02 09:00\n\nLäkemedel: Förnyat Levaxin 50 mikrog.\n"))
    rec = item.record
    assert len(rec.notes) == 2 and len(rec.conversations) == 1
    assert rec.notes[1].template == "Receptförnyelse"
    assert rec.notes[1].loc.line == NOTE.count("\n") + 1 + CASE.count("\n") + 2 + 1
    assert rec.conversations[0].loc.line == NOTE.count("\n") + 2


def test_case_block_headers_messages_and_attachments():
    rec = _one(read(CASE)).record
    assert rec.notes == []
    case = rec.conversations[0]
    assert case.id == "1177-4711" and case.type == "Rådgivning"
    assert case.unit.name == "Vårdcentralen Höör" and case.unit.hsa_id == "SE2321000032-1234"
    assert case.opened == dt.datetime(2024, 3, 11, 21, 14)
    assert case.handled == dt.datetime(2024, 3, 12, 14, 5)
    assert case.concerns_care is True
    assert [(a.name, a.kind) for a in case.attachments] == [
        ("utslag.jpg", "image"), ("arm2.HEIC", "image"), ("remiss_hud.pdf", "document"),
        ("journalkopia.docx", "document"), ("data.bin", "other")]
    assert [m.sender for m in case.messages] == ["patient", "staff", "patient", "staff"]
    assert [m.from_patient for m in case.messages] == [True, False, True, False]
    first = case.messages[0]
    assert first.text == ("Hej! Jag har fått utslag\npå båda armarna sen i lördags.\n\n"
                          "Det kliar mest på kvällen. Bifogar bilder.")
    assert first.time == dt.datetime(2024, 3, 11, 21, 14)
    assert [m.loc.line for m in case.messages] == [11, 15, 16, 17]


@pytest.mark.parametrize("sender,expected", [
    ("Invånare", "patient"), ("invanare", "patient"), ("Patient", "patient"),
    ("Vårdnadshavare (Anna)", "patient"), ("Patient Tolvan", "patient"),
    ("Ssk Lena", "staff"), ("Mottagningen", "staff"), ("Dr Patel", "staff"),
    ("Läkare Erik Svensson", "staff"),
])
def test_message_sender_mapping(sender, expected):
    text = (f"Ärendetyp: Rådgivning\nÄrende: 1177-5\nPatient: {PNR}\n\n"
            f"2024-05-02 07:55 {sender}: Hej\n")
    assert _one(read(text)).record.conversations[0].messages[0].sender == expected


def test_case_without_handled_and_not_concerning_care():
    text = (f"Ärendetyp: Av- och omboka tid\nÄrende: 1177-9\nPatient: {PNR}\n"
            "Skapat: 2024-05-02 07:55\nBerör vård: nej\nBilagor: inga\n\n"
            "2024-05-02 07:55 Vårdnadshavare: Kan vi flytta tiden på torsdag?\n")
    case = _one(read(text)).record.conversations[0]
    assert case.handled is None and case.concerns_care is False and case.attachments == []
    assert case.messages[0].sender == "patient"


def test_same_case_as_text_and_as_json_is_equal():
    text_case = _one(read(CASE)).record.conversations[0]
    data = {"patient": {"id": PNR}, "conversations": [{
        "id": "1177-4711", "type": "Rådgivning",
        "unit": {"name": "Vårdcentralen Höör", "hsa_id": "SE2321000032-1234"},
        "opened": "2024-03-11T21:14:00", "handled": "2024-03-12T14:05:00", "concerns_care": True,
        "messages": [
            {"sender": "patient", "time": "2024-03-11T21:14:00",
             "text": "Hej! Jag har fått utslag\npå båda armarna sen i lördags.\n\n"
                     "Det kliar mest på kvällen. Bifogar bilder."},
            {"sender": "staff", "time": "2024-03-12T08:30:00",
             "text": "Hej, tack för bilderna. Använder du någon ny tvål?"},
            {"sender": "patient", "time": "2024-03-12T12:02:00",
             "text": "Ja bytte tvättmedel förra veckan"},
            {"sender": "staff", "time": "2024-03-12T14:05:00", "text": "Vi har ringt dig."}],
        "attachments": [
            {"name": "utslag.jpg", "kind": "image"}, {"name": "arm2.HEIC", "kind": "image"},
            {"name": "remiss_hud.pdf", "kind": "document"},
            {"name": "journalkopia.docx", "kind": "document"}, {"name": "data.bin", "kind": "other"}],
    }]}
    json_case = _one(list(read_bytes(json.dumps(data).encode(), "case.json"))).record.conversations[0]
    assert json_case.model_dump() == text_case.model_dump()
    assert json_case == text_case or json_case.model_dump() == text_case.model_dump()


# --------------------------------------------------------------------------- encodings


def test_crlf_and_trailing_spaces():
    text = NOTE.replace("\n", "  \r\n")
    note = _one(read(text)).record.notes[0]
    assert note.template == "Telefonkontakt" and note.signed == dt.datetime(2024, 3, 12, 15, 0)
    assert note.sections[2].text == "Råd om mjukgörande, återkommer vb."
    assert (note.sections[1].loc.line, note.sections[1].loc.column) == (17, 1)
    assert all("\r" not in s.text for s in note.sections)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings(tmp_path: Path, encoding: str):
    text = (f"Patient: {PNR}\r\nJournalsystem: Melior\r\nVårdenhet: Psykiatrimottagning Hässleholm\r\n"
            "Mall: Läkaranteckning\r\nDatum: 2024-02-01 10:00\r\nFörfattare: Åsa Öberg\r\n\r\n"
            "Bedömning: Måttlig depressiv episod, ökad ångest. Sömnstörning.\r\n"
            "Åtgärd: Höjer sertralin, återbesök om två veckor. Överens om plan.\r\n")
    p = tmp_path / "melior.txt"
    p.write_bytes(text.encode(encoding))
    note = _one(list(read_file(str(p)))).record.notes[0]
    assert note.unit.name == "Psykiatrimottagning Hässleholm"
    assert note.author.name == "Åsa Öberg"
    assert [s.keyword for s in note.sections] == ["Bedömning", "Åtgärd"]
    assert "ångest" in note.sections[0].text and "Överens" in note.sections[1].text


def test_cp1252_specific_characters(tmp_path: Path):
    text = f"Patient: {PNR}\nMall: X\n\nBedömning: Pat säger ”orkar inte” – ökad trötthet.\n"
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("cp1252"))
    note = _one(list(read_file(str(p)))).record.notes[0]
    assert note.sections[0].text == "Pat säger ”orkar inte” – ökad trötthet."


def test_utf8_bom(tmp_path: Path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + NOTE.encode("utf-8"))
    note = _one(list(read_file(str(p)))).record.notes[0]
    assert note.id == "pmo-881" and note.sections[0].loc.column == 15
    # parse_text given text that still has a BOM is not confused either
    assert _one(read("\ufeff" + NOTE)).record.patient.id == PNR


# --------------------------------------------------------------------------- sniffing and CLI


def test_sniffing():
    assert sniff_text("Patient: 19121212-1212\nMall: X", "") >= 80
    assert sniff_text("Journalsystem: PMO\nÄrendetyp: Rådgivning", ".dat") >= 80
    assert sniff_text('{"patient": {}}', ".txt") == 0
    assert sniff_text("[{}]", "") == 0
    # JSON wins for JSON content even on stdin
    items = list(read_bytes(json.dumps({"patient": {"id": PNR}}).encode(), "-"))
    assert isinstance(items[0], Loaded)
    # a text bundle on stdin (no extension) is read as text
    assert _one(list(read_bytes(NOTE.encode(), "-"))).record.notes[0].id == "pmo-881"


def test_cli_lint_stdin_text_bundle():
    runner = CliRunner()
    res = runner.invoke(main, ["lint", "-", "--format", "json"],
                        input=(NOTE + "---\n" + CASE).encode("cp1252"))
    assert res.exit_code in (0, 1), res.output
    out = json.loads(res.stdout)
    assert out["summary"]["records"] == 1 and out["summary"]["notes"] == 1
    assert not [f for f in out["findings"] if f["code"] == "NL901"]


def test_cli_lint_stdin_malformed_block():
    runner = CliRunner()
    bad = NOTE.replace("Datum: 2024-03-12 14:05", "Datum: igår eftermiddag")
    res = runner.invoke(main, ["lint", "-", "--format", "json"], input=bad.encode())
    assert res.exit_code == 2
    f = [f for f in json.loads(res.stdout)["findings"] if f["code"] == "NL901"]
    assert f and f[0]["line"] == 6 and "ÅÅÅÅ-MM-DD TT:MM" in f[0]["message"]
    assert "1212-1212" not in res.stdout


# --------------------------------------------------------------------------- malformed input


def test_malformed_block_reports_line_and_other_blocks_are_read():
    text = NOTE + "---\nMall: X\nDatum: 2024-13-40 25:00\n\nAktuellt: ua\n---\n" + CASE
    items = read(text)
    rec = _one(items).record
    assert len(rec.notes) == 1 and len(rec.conversations) == 1
    [b] = _broken(items)
    assert b.line == NOTE.count("\n") + 3 and "inget verkligt datum" in b.message


@pytest.mark.parametrize("text,line,needle", [
    (f"Patient: {PNR}\nMall: X\nSignrad: 2024-03-12 15:00\n\nBedömning: ua\n", 3, "Signerad"),
    (f"Patient: {PNR}\nMall: X\nSkapat: 2024-03-12 15:00\n\nBedömning: ua\n", 3, "Ärendetyp"),
    (f"Ärendetyp: Rådgivning\nPatient: {PNR}\n\n2024-03-01 10:00 Invånare: hej\n", 1, "Ärende:"),
    (f"Ärendetyp: Rådgivning\nÄrende: 1\nPatient: {PNR}\n\nHej jag undrar\n", 5, "ÅÅÅÅ-MM-DD TT:MM"),
    (f"Ärendetyp: Rådgivning\nÄrende: 1\nPatient: {PNR}\nBilagor: a.jpg (film)\n\n", 4, "(bild)"),
    (f"Ärendetyp: Rådgivning\nÄrende: 1\nPatient: {PNR}\nBerör vård: kanske\n\n", 4, "'ja' eller 'nej'"),
    (f"Patient: {PNR}\nMall: X\nSignerad: ja\n\nBedömning: ua\n", 3, "Datum"),
])
def test_malformed_headers(text, line, needle):
    items = read(text)
    [b] = _broken(items)
    assert b.line == line and needle in b.message, b.message


def test_invalid_personnummer_is_its_own_nl901_and_the_notes_are_linted(tmp_path):
    items = read("Patient: 19121212-1213\nMall: X\n\nBedömning: ua\n")
    assert not _broken(items)
    [loaded] = [i for i in items if isinstance(i, Loaded)]
    assert loaded.record.id_problems and len(loaded.record.notes) == 1
    p = tmp_path / "n.txt"
    p.write_text("Patient: 19121212-1213\nMall: X\n\nBedömning: Misstänkt lungcancer, "
                 "pat ej informerad.\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["lint", str(p), "--ruleset", "skane"])
    assert res.exit_code == 2, res.output
    assert "NL901" in res.output and "personnummer" in res.output and "1213" not in res.output
    assert "NL101" in res.output, res.output


def test_disagreeing_patient_breaks_only_that_block():
    other = NOTE.replace(PNR, CHILD_PNR).replace("Id: pmo-881", "Id: pmo-882")
    items = read(NOTE + "---\n" + other + "---\n" + CASE)
    rec = _one(items).record
    assert [n.id for n in rec.notes] == ["pmo-881"] and len(rec.conversations) == 1
    [b] = _broken(items)
    assert b.line == NOTE.count("\n") + 2
    assert "skiljer sig" in b.message and "1236" not in b.message and "1212-1212" not in b.message


def test_same_patient_in_short_form_agrees():
    items = read(NOTE + "---\n" + CASE.replace(PNR, "121212-1212"))
    assert not _broken(items) and len(_one(items).record.conversations) == 1


def test_patient_name_after_the_number_is_ignored():
    rec = _one(read(f"Patient: {PNR} Tolvan Tolvansson\nMall: X\n\nBedömning: ua\n")).record
    assert rec.patient.id == PNR
    [b] = read("Patient: Tolvan Tolvansson\nMall: X\n\nBedömning: ua\n")
    assert isinstance(b, Broken) and "inte ett giltigt personnummer" in b.message


def test_no_patient_header_gives_one_clear_error():
    items = read("Mall: Läkaranteckning\nDatum: 2024-03-12 14:05\n\nBedömning: Trol virusinfektion.\n")
    [b] = items
    assert isinstance(b, Broken) and "Patient: ÅÅÅÅMMDD-NNNN" in b.message and b.line == 1


def test_duplicate_ids_are_errors():
    items = read(CASE + "---\n" + CASE)
    assert len(_one(items).record.conversations) == 1
    assert "två gånger" in _broken(items)[0].message
    items = read(NOTE + "---\n" + NOTE)
    assert len(_one(items).record.notes) == 1 and "två gånger" in _broken(items)[0].message


def test_empty_and_whitespace_only():
    [b] = read("\n\n   \n---\n\n")
    assert isinstance(b, Broken) and "ingen anteckning eller inget ärende" in b.message


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize("name,notes,cases", [
    ("skane/journalkopia_pmo.txt", 4, 1),
    ("vgr/bundle_1177.txt", 3, 2),
])
def test_examples_read_cleanly(name, notes, cases):
    path = ROOT / "examples" / name
    items = list(read_file(str(path)))
    assert not _broken(items), _broken(items)
    rec: Record = _one(items).record
    assert len(rec.notes) == notes and len(rec.conversations) == cases
    case_ids = {c.id for c in rec.conversations}
    assert any(set(n.refs) & case_ids for n in rec.notes)
    for n in rec.notes:
        assert n.sections and all(s.loc is not None for s in n.sections)


@pytest.mark.parametrize("line,in_protected,expected", [
    ("Slutsats: Misstänkt lungcancer", True, ("Slutsats", "unknown")),
    ("Slutsats: Misstänkt lungcancer", False, None),     # visible either way: stays text
    ("Temp: 38,2", True, ("Temp", "unknown")),
    ("Obs: ring tillbaka", True, None),                  # inline labels never end a section
    ("OBS: ring tillbaka", True, None),
    ("Tel: 040-123", True, None),
    ("Pat: vill inte", True, None),
    ("Hon säger: nej", True, None),
    ("Bedömnig: ua", False, ("Bedömning", "corrected")),
    ("Aktuelt:", False, ("Aktuellt", "corrected")),
    ("Atgard: råd", False, ("Åtgärd", "corrected")),      # diacritics aside
    ("Tidiga hypotser: ?MS", False, ("Tidiga hypotser", "unknown")),  # never hidden by a guess
    ("Åtgärde: x", False, None),                          # one letter from two sökord: no guess
    ("Lab: Hb 120", False, ("Lab", "known")),
])
def test_section_start_in_context(line, in_protected, expected):
    from notelint.readers.text_reader import _section_start

    hit = _section_start(line, in_protected)
    assert ((hit.keyword, hit.how) if hit else None) == expected


def test_two_long_forms_of_different_centuries_are_two_patients():
    """The last ten digits alone made 19121212-1212 and 20121212-1212 one patient."""
    items = read(NOTE + "---\n" + CASE.replace(PNR, "20121212-1212"))
    assert any(isinstance(i, Broken) and "skiljer sig" in i.message for i in items)

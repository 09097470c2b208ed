"""Property-based fuzzing of every reader: any bytes in, only Loaded/Broken out — never an
exception. Bounded (max_examples) so CI time stays small; crashes found become regressions."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings, strategies as st

from notelint.readers import Broken, Loaded, read_bytes

from conftest import PNR

FAST = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

SEEDS = {
    "x.json": json.dumps({"patient": {"id": PNR}, "notes": [{"id": "n1", "sections": [
        {"keyword": "Bedömning", "text": "Misstänkt pneumoni. Ingen dyspné."}]}]}).encode(),
    "x.txt": ("Patient: 19121212-1212\nJournalsystem: Melior\nMall: Läkaranteckning\n"
              "Datum: 2024-03-12 14:05\n\nAktuellt: Hosta sedan 1 v.\nBedömning:\n"
              "Trol viral övre luftvägsinfektion.\n---\nÄrendetyp: Rådgivning\nÄrende: 1177-1\n"
              "Patient: 19121212-1212\nSkapat: 2024-03-11 08:00\n\n"
              "2024-03-11 08:00 Invånare: Hostar mycket.\n").encode(),
    "x.xml": (b'<GetCareDocumentationResponse xmlns="urn:riv:clinicalprocess:healthcond:'
              b'description:GetCareDocumentationResponder:2"><careDocumentation>'
              b'<careDocumentationHeader><documentId>d1</documentId><patientId><id>191212121212'
              b'</id></patientId><approvedForPatient>true</approvedForPatient>'
              b'</careDocumentationHeader><careDocumentationBody><clinicalDocumentNote>'
              b'<clinicalDocumentNoteText>ua</clinicalDocumentNoteText></clinicalDocumentNote>'
              b'</careDocumentationBody></careDocumentation></GetCareDocumentationResponse>'),
    "f.json": json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "identifier": [
            {"system": "urn:oid:1.2.752.129.2.1.3.1", "value": "191212121212"}]}}]}).encode(),
}


def _check(data: bytes, name: str) -> None:
    for item in read_bytes(data, name):
        assert isinstance(item, (Loaded, Broken))
        if isinstance(item, Broken):
            assert item.message and "\n" not in item.message and item.line >= 1


@FAST
@example(b"\xfe\xff\x00\x00\x00\x00\x00", "f.json")  # UTF-16 BOM, odd byte count: was a traceback
@given(st.binary(max_size=2000), st.sampled_from(sorted(SEEDS)))
def test_random_bytes(data, name):
    _check(data, name)


@FAST
@given(st.sampled_from(sorted(SEEDS)), st.data())
def test_mutated_valid_inputs(name, data):
    raw = bytearray(SEEDS[name])
    for _ in range(data.draw(st.integers(1, 8))):
        op = data.draw(st.sampled_from(["flip", "cut", "dup", "insert"]))
        if not raw:
            break
        i = data.draw(st.integers(0, len(raw) - 1))
        if op == "flip":
            raw[i] = data.draw(st.integers(0, 255))
        elif op == "cut":
            del raw[i: i + data.draw(st.integers(1, 40))]
        elif op == "dup":
            raw[i:i] = raw[i: i + data.draw(st.integers(1, 60))]
        else:
            raw[i:i] = data.draw(st.sampled_from(
                [b"---\n", b"\n", b":", b"{", b"]", b"\xc3", b"\x00", b"<!DOCTYPE x>", b"&lt;",
                 b"Patient: 19121212-1213\n", b"Mall:\n", b"2024-13-45 25:61 Invanare: x\n"]))
    _check(bytes(raw), name)


@FAST
@given(st.lists(st.sampled_from([
    "Patient: 19121212-1212", "Mall: Läkaranteckning", "Journalsystem: PMO", "Datum: 2024-03-12 14:05",
    "Signerad: nej", "Ärende: 1177-9", "Ärendetyp: Rådgivning", "Hanterat: 2024-03-12 15:00",
    "Bilagor: utslag.jpg, intyg (dokument)", "", "---", "Bedömning:", "Åtgärd: Recept förnyat.",
    "2024-03-12 14:00 Invånare: Jag har ont.", "2024-03-12 14:10 Ssk Lena: Ring VC.",
    "Pat mår bra, ua.", "Tidiga hypoteser: Misstänkt MS?", "Hud: torr", "\r", "Status: Cor ua",
]), max_size=40))
def test_text_format_line_soup(lines):
    _check("\n".join(lines).encode("utf-8"), "soup.txt")

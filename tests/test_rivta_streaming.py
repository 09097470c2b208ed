"""RIV-TA responses are read incrementally: bounded memory on a large response, per-note
limits instead of a whole-file cap, broken XML keeps the notes before it, hostile XML is
one NL901 line each (through the CLI, i.e. the streamed file path)."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from notelint.cli import main
from notelint.readers import Broken, Loaded, read_bytes, read_file
from notelint.readers.rivta import MAX_DEPTH, MAX_TEXT_CHARS

from conftest import ROOT

V2 = ROOT / "examples/skane/rivta/getcaredocumentation_v2.xml"
HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<ns2:GetCareDocumentationResponse xmlns:ns2='
        '"urn:riv:clinicalprocess:healthcond:description:GetCareDocumentationResponder:2" '
        'xmlns="urn:riv:clinicalprocess:healthcond:description:2">\n')
TAIL = "</ns2:GetCareDocumentationResponse>\n"
TEXTS = (
    "Pat åter för kontroll. Mår bättre, sover ua. Fortsätter sertralin 50 mg. Åter 4 v.",
    "Tel.kontakt. Pat ringer pga yrsel sedan igår, ej svimmat. Råd: vätska, ssk ringer imorgon.",
    "Ssk-besök. Omläggning av sår vä underben, rent, ingen rodnad. Ny omläggning om 3 d.",
)


def _pin(i: int) -> str:
    """A valid (Luhn) test personnummer, one per patient number ``i``."""
    born = dt.date(1950, 1, 1) + dt.timedelta(days=i)
    body = f"{born:%y%m%d}{(120 + i) % 1000:03d}"
    total = 0
    for k, ch in enumerate(body):
        d = int(ch) * (2 if k % 2 == 0 else 1)
        total += d // 10 + d % 10
    return f"{born:%Y%m%d}{body[6:]}{(10 - total % 10) % 10}"


def _note(i: int, pin: str, text: str, line_text: str = "") -> str:
    t = dt.datetime(2024, 1, 1, 8) + dt.timedelta(minutes=37 * i)
    ts = f"{t:%Y%m%d%H%M%S}"
    return (
        f"<ns2:careDocumentation><careDocumentationHeader><documentId>MEL-{i:07d}</documentId>"
        "<sourceSystemHSAid>SE2321000032-MELIOR</sourceSystemHSAid>"
        f"<documentTitle>Besöksanteckning</documentTitle><documentTime>{ts}</documentTime>\n"
        f"<patientId><id>{pin}</id><type>1.2.752.129.2.1.3.1</type></patientId>"
        f"<accountableHealthcareProfessional><authorTime>{ts}</authorTime>"
        "<healthcareProfessionalName>Lena Berg</healthcareProfessionalName>"
        "<healthcareProfessionalOrgUnit><orgUnitHSAId>SE2321000032-4411</orgUnitHSAId>"
        "<orgUnitName>Vårdcentralen Tornet</orgUnitName></healthcareProfessionalOrgUnit>"
        "</accountableHealthcareProfessional>\n"
        f"<legalAuthenticator><signatureTime>{ts}</signatureTime></legalAuthenticator>"
        "<approvedForPatient>true</approvedForPatient></careDocumentationHeader>"
        "<careDocumentationBody><clinicalDocumentNote><clinicalDocumentNoteCode>bes"
        f"</clinicalDocumentNoteCode><clinicalDocumentNoteText>{line_text}{text}"
        "</clinicalDocumentNoteText></clinicalDocumentNote></careDocumentationBody>"
        "</ns2:careDocumentation>\n")


def _response(path: Path, notes: int, patients: int) -> Path:
    pins = [_pin(i) for i in range(patients)]
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEAD)
        for i in range(notes):
            fh.write(_note(i, pins[i % patients], TEXTS[i % len(TEXTS)]))
        fh.write(TAIL)
    return path


def test_large_response_reads_in_bounded_memory(tmp_path):
    """10 000 notes, 100 patients: the peak stays below the file size, not a multiple of it.

    The records need every note's model data until the response ends (a patient's notes
    may come anywhere in it); the XML tree is never held. Reading the whole file as text
    and parsing it into one tree, as the reader did before, peaks at several times the
    file size.
    """
    path = _response(tmp_path / "stor.xml", 10_000, 100)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        records = notes = 0
        for item in read_file(str(path)):
            assert isinstance(item, Loaded), item
            records += 1
            notes += len(item.record.notes)
            del item
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (records, notes) == (100, 10_000)
    print(f"file {size / 1e6:.1f} MB, peak {peak / 1e6:.1f} MB ({peak / size:.2f} x file)")
    assert peak < size, (size, peak)   # the whole-tree reader peaked at about 5 x


def test_notes_point_at_their_own_line(tmp_path):
    path = _response(tmp_path / "tre.xml", 3, 1)
    (item,) = read_file(str(path))
    assert [n.loc.line for n in item.record.notes] == [3, 6, 9]


def _bad_middle_note(tmp_path: Path, middle: str) -> tuple[Broken, list[str]]:
    """Three notes of one patient, the middle one given as XML: (its one NL901, ids read)."""
    pin = _pin(1)
    path = tmp_path / "tre.xml"
    path.write_text(HEAD + _note(1, pin, TEXTS[0]) + middle + _note(3, pin, TEXTS[1]) + TAIL,
                    encoding="utf-8")
    items = list(read_file(str(path)))
    (broken,) = [i for i in items if isinstance(i, Broken)]
    (loaded,) = [i for i in items if isinstance(i, Loaded)]
    return broken, [n.id for n in loaded.record.notes]


def test_oversized_note_text_is_one_nl901_and_the_rest_reads(tmp_path):
    huge = "Pat berättar utförligt om sin situation. " * (MAX_TEXT_CHARS // 40 + 10)
    broken, ids = _bad_middle_note(tmp_path, _note(2, _pin(1), huge))
    assert broken.line == 6
    assert "careDocumentation[1]" in broken.message and "clinicalDocumentNoteText" in broken.message
    assert "5 MB" in broken.message and "exportera igen" in broken.message
    assert ids == ["MEL-0000001", "MEL-0000003"]


def test_too_deep_note_is_one_nl901_and_the_rest_reads(tmp_path):
    deep = "<x>" * 300 + "Pat mår bra." + "</x>" * 300
    broken, ids = _bad_middle_note(tmp_path, _note(2, _pin(1), deep))
    assert "careDocumentation[1]" in broken.message and "nästlad djupare än 256" in broken.message
    assert ids == ["MEL-0000001", "MEL-0000003"]


def test_huge_attribute_is_one_nl901_and_the_rest_reads(tmp_path):
    attr = f'<documentId x="{"A" * (MAX_TEXT_CHARS + 10)}">'
    broken, ids = _bad_middle_note(tmp_path, _note(2, _pin(1), TEXTS[1]).replace("<documentId>", attr, 1))
    assert "attribut" in broken.message
    assert ids == ["MEL-0000001", "MEL-0000003"]


def test_inline_multimedia_is_not_held_or_limited(tmp_path):
    pin = _pin(1)
    image = ("<multimediaEntry><mediaType>image/jpeg</mediaType><value>"
             + "QUFB" * (MAX_TEXT_CHARS // 3) + "</value></multimediaEntry>")
    note = _note(1, pin, TEXTS[2]).replace("</clinicalDocumentNoteText>",
                                           "</clinicalDocumentNoteText>" + image)
    (item,) = read_bytes((HEAD + note + TAIL).encode(), "bild.xml")
    assert isinstance(item, Loaded) and item.record.notes[0].sections[0].text == TEXTS[2]


def test_malformed_midway_keeps_the_notes_before(tmp_path):
    pin = _pin(1)
    body = HEAD + "".join(_note(i, pin, TEXTS[i % 3]) for i in range(4))
    body += _note(4, pin, TEXTS[0]).replace("</documentId>", "</documentid>") + TAIL
    path = tmp_path / "trasig.xml"
    path.write_text(body, encoding="utf-8")
    items = list(read_file(str(path)))
    broken = [i for i in items if isinstance(i, Broken)]
    assert len(broken) == 1
    assert broken[0].line == 3 + 3 * 4 and broken[0].column > 1   # note 4's first line
    assert f"kolumn {broken[0].column}" in broken[0].message and "mismatched tag" in broken[0].message
    (loaded,) = [i for i in items if isinstance(i, Loaded)]
    assert [n.id for n in loaded.record.notes] == [f"MEL-{i:07d}" for i in range(4)]


def test_windows_1252_after_the_first_chunk(tmp_path):
    """No declaration, ASCII for the first 64 KiB, then 1252 bytes: decoded, not refused."""
    pin = _pin(3)
    first = "".join(_note(i, pin, "Kontroll ua. Pat pigg, BT 128/80. Fortsatt Waran enl AK-mott.")
                    for i in range(80))
    first = first.replace("Besöksanteckning", "Mottagningsbesok").replace("Vårdcentralen", "VC")
    assert first.isascii()
    body = HEAD.split("\n", 1)[1] + first + _note(80, pin, "Återbesök, pat är trött. Åter 2 v.") + TAIL
    path = tmp_path / "ansi.xml"
    path.write_bytes(body.encode("cp1252"))
    assert len(first) > 64 * 1024
    (item,) = read_file(str(path))
    assert item.record.notes[-1].sections[0].text == "Återbesök, pat är trött. Åter 2 v."


def test_file_and_stdin_read_the_same():
    from_file = [i.record.model_dump() for i in read_file(str(V2))]
    from_bytes = [i.record.model_dump() for i in read_bytes(V2.read_bytes(), "-")]
    assert from_file == from_bytes


HOSTILE = {
    "billion_laughs": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                      '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
                      '<GetCareDocumentationResponse><careDocumentation>&lol3;'
                      '</careDocumentation></GetCareDocumentationResponse>',
    "external_entity": '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM '
                       '"file:///etc/passwd">]><GetCareDocumentationResponse><careDocumentation>'
                       '&xxe;</careDocumentation></GetCareDocumentationResponse>',
    "dtd_only": '<?xml version="1.0"?>\n<!DOCTYPE GetCareDocumentationResponse SYSTEM '
                '"http://example.invalid/x.dtd"><GetCareDocumentationResponse/>',
    "deep": "<GetCareDocumentationResponse>" + "<careDocumentation>" + "<x>" * (MAX_DEPTH + 5),
    "truncated": V2.read_text(encoding="utf-8")[:2300],
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_xml_is_one_nl901_line(tmp_path, name):
    path = tmp_path / f"{name}.xml"
    path.write_text(HOSTILE[name], encoding="utf-8")
    res = CliRunner().invoke(main, ["lint", str(path), "--format", "json"])
    assert res.exit_code == 2 and "Traceback" not in res.output, res.output
    out = json.loads(res.stdout)
    nl901 = [f for f in out["findings"] if f["code"] == "NL901"]
    assert len(nl901) == 1, out["findings"]
    msg = nl901[0]["message"]
    assert "\n" not in msg and "passwd" not in msg and "root:" not in msg
    assert nl901[0]["path"] == str(path) and nl901[0]["line"] >= 1
    assert any(fix in msg for fix in ("exportera svaret igen", "exportera det igen", "utan DOCTYPE")), msg
    if name == "truncated":   # the first note was complete before the cut
        assert out["summary"]["notes"] == 1


def test_one_care_documentation_as_the_root_is_read(tmp_path):
    """An export of a single careDocumentation element (no response around it)."""
    body = _note(7, _pin(3), TEXTS[2]).replace(
        "<ns2:careDocumentation>",
        '<ns2:careDocumentation xmlns:ns2="urn:riv:clinicalprocess:healthcond:description:'
        'GetCareDocumentationResponder:2" xmlns="urn:riv:clinicalprocess:healthcond:description:2">',
        1)
    path = tmp_path / "en.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + body, encoding="utf-8")
    (item,) = list(read_file(str(path)))
    assert isinstance(item, Loaded) and [n.id for n in item.record.notes] == ["MEL-0000007"]


def test_utf16_with_invalid_bytes_keeps_the_notes_before(tmp_path):
    pin = _pin(2)
    doc = (HEAD + _note(1, pin, TEXTS[0]) + _note(2, pin, TEXTS[1]) + TAIL).encode("utf-16")
    cut = doc.index("MEL-0000002".encode("utf-16-le"))
    path = tmp_path / "u16.xml"
    path.write_bytes(doc[:cut] + b"\x00\xd8\x00\xd8" + doc[cut:])  # two lone surrogates
    items = list(read_file(str(path)))
    assert sum(isinstance(i, Broken) for i in items) <= 1
    loaded = [i for i in items if isinstance(i, Loaded)]
    assert loaded and "MEL-0000001" in [n.id for n in loaded[0].record.notes]



def test_a_long_line_is_decoded_without_keeping_it():
    """A file with no line breaks (one long text node, a minified export) was kept whole
    after its last line break and grown chunk by chunk: its square in copying (a 32 MB line
    took 6 s). The decoder keeps a count; a bad byte far into such a line still gets its
    column."""
    from notelint.readers.rivta import _Decoder

    dec = _Decoder("x.xml")
    chunk = ("Pat mår bra. " * 5000).encode("utf-8")
    for _ in range(40):
        dec(chunk)
    assert max(len(v) for v in vars(dec).values() if isinstance(v, str)) < 1000
    bad = "Misstänkt pneumoni. ".encode("utf-8") + b"\xff" + " ä".encode("utf-8")
    dec(bad, final=True)
    assert dec.bad is not None
    before = 40 * len(chunk.decode("utf-8")) + len("Misstänkt pneumoni. ")
    assert dec.bad.line == 1 and dec.bad.column == before + 1


def test_a_bad_byte_after_a_line_break_is_placed_on_its_line():
    from notelint.readers.rivta import _Decoder

    dec = _Decoder("x.xml")
    dec("<a>\n<b>ä</b>\n".encode("utf-8"))
    dec(b"<c>x\xffy</c>", final=True)
    assert dec.bad is not None and (dec.bad.line, dec.bad.column) == (3, 5)

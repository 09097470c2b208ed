"""RIV-TA GetCareDocumentation v2/v3 reader: fixtures valid against the official schemas,
mapping to the interchange model, hostile XML refused as NL901."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from notelint.cli import main
from notelint.model import Record
from notelint.readers import Broken, Loaded, read_bytes, read_file
from notelint.readers.rivta import NOT_APPROVED_TEMPLATE
from notelint.rulesets import available_rulesets, load_ruleset

from conftest import ROOT, SHARED

V2 = ROOT / "examples/skane/rivta/getcaredocumentation_v2.xml"
V3 = ROOT / "examples/vgr/rivta/getcaredocumentation_v3.xml"
XSD = SHARED / "data/rivta/{v}/interactions/GetCareDocumentationInteraction/GetCareDocumentationResponder_{n}.xsd"


@pytest.mark.skipif(not SHARED.exists(), reason="shared/data not beside the checkout")
def test_fixtures_are_schema_valid():
    xmlschema = pytest.importorskip("xmlschema")
    xmlschema.XMLSchema(str(XSD).format(v="v2", n="2.1")).validate(str(V2))
    resp = ET.parse(V3).getroot()[0][0]  # inside the SOAP envelope
    xmlschema.XMLSchema(str(XSD).format(v="v3", n="3.0")).validate(ET.tostring(resp).decode())


def _one(path) -> Record:
    items = list(read_file(str(path)))
    assert len(items) == 1 and isinstance(items[0], Loaded), items
    return items[0].record


def test_v2_mapping_docbook_sections_and_nullified_skipped():
    rec = _one(V2)
    assert rec.patient.id == "19121212-1212"
    ids = [n.id for n in rec.notes]
    assert ids == ["MEL-2024-000311", "MEL-2024-000312"]  # nullified 000290 skipped
    n = rec.notes[0]
    assert [s.keyword for s in n.sections] == ["Aktuellt", "Bedömning", "Åtgärd"]
    assert "Misstänkt bipolär sjukdom" in n.sections[1].text
    assert n.unit.hsa_id == "SE2321000032-1234" and n.author.role == "läkare"
    assert n.system == "Melior"
    assert str(n.signed) == "2024-03-12 15:00:00"


def test_v3_soap_cda_caption_sections_and_root_only_id():
    rec = _one(V3)
    first, second = rec.notes
    assert [s.keyword for s in first.sections] == ["Anamnes", "Bedömning"]
    assert "sambon slog henne" in first.sections[0].text
    assert second.id == "VGR-MEL-88813"          # record/id with root only
    assert second.template == "Anteckning utan fysiskt möte"   # KV Anteckningstyp auf
    assert second.sections[0].keyword == "Anteckning"


@pytest.mark.parametrize("ruleset", available_rulesets())
def test_not_approved_for_patient_is_hidden_in_every_region(ruleset):
    rec = _one(V2)
    hidden = rec.notes[1]
    assert hidden.template == NOT_APPROVED_TEMPLATE
    rs = load_ruleset(ruleset)
    assert rs.is_hidden(hidden.template, hidden.sections[0].keyword, system=hidden.system)
    assert not rs.is_hidden(rec.notes[0].template, "Bedömning", system="Melior")


def test_same_record_as_json_gives_same_model(tmp_path):
    rec = _one(V3)
    p = tmp_path / "same.json"
    p.write_text(rec.model_dump_json(), encoding="utf-8")
    assert _one(p).model_dump() == rec.model_dump()


def test_same_findings_as_json(tmp_path):
    rec = _one(V2)
    p = tmp_path / "same.json"
    p.write_text(rec.model_dump_json(exclude_none=True), encoding="utf-8")
    run = lambda path: json.loads(CliRunner().invoke(
        main, ["lint", str(path), "--ruleset", "skane", "--format", "json"]).output)["findings"]
    strip = lambda fs: sorted((f["code"], f["target"]["id"], json.dumps(f.get("span"))) for f in fs)
    assert strip(run(V2)) == strip(run(p))


HOSTILE = {
    "billion_laughs": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                      b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
                      b'<GetCareDocumentationResponse>&lol2;</GetCareDocumentationResponse>',
    "external_entity": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                       b'<GetCareDocumentationResponse><careDocumentation>&xxe;</careDocumentation>'
                       b'</GetCareDocumentationResponse>',
    "truncated": V2.read_bytes()[:900],
    "no_documents": b'<GetCareDocumentationResponse xmlns="urn:riv:clinicalprocess:healthcond:'
                    b'description:GetCareDocumentationResponder:2"/>',
    "no_header": b'<GetCareDocumentationResponse><careDocumentation><careDocumentationBody/>'
                 b'</careDocumentation></GetCareDocumentationResponse>',
}


def test_bad_patient_number_is_read_and_reported_by_the_engine():
    items = list(read_bytes(V2.read_bytes().replace(b"191212121212", b"191212121213"), "b.xml"))
    assert items and all(i.record.id_problems for i in items)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_xml_is_nl901_never_a_traceback(name):
    items = list(read_bytes(HOSTILE[name], f"{name}.xml"))
    assert items and all(isinstance(i, Broken) for i in items), items
    assert "passwd" not in items[0].message and "root:" not in items[0].message
    assert "1213" not in items[0].message


def test_docbook_with_doctype_inside_text_is_not_expanded():
    evil = V2.read_bytes().replace(
        b'<?xml version="1.0" encoding="UTF-8"?><article',
        b'<!DOCTYPE article [<!ENTITY e "BOOM">]><article').replace("Återbesök.".encode(), b"&e;")
    rec = next(i for i in read_bytes(evil, "x.xml"))
    assert isinstance(rec, Loaded)
    assert "BOOM Pat" not in rec.record.notes[0].text  # refused, not expanded

"""RIV-TA GetDiagnosis 2: examples valid against the published core schema, mapping to
``Record.diagnoses`` (standalone and beside care documentation in one SOAP body), and the
same findings from the RIV-TA file and from its interchange-JSON twin."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from notelint.cli import main
from notelint.readers import Broken, Loaded, read_bytes, read_file

from conftest import ROOT, SHARED

DIA = ROOT / "examples/skane/rivta/getdiagnosis_v2.xml"
SOAP = ROOT / "examples/skane/rivta/journal_och_diagnoser_soap.xml"
TWIN = ROOT / "tests/data/rivta_journal_och_diagnoser.json"
V2 = SHARED / "data/rivta/v2"
CARE_XSD = V2 / "interactions/GetCareDocumentationInteraction/GetCareDocumentationResponder_2.1.xsd"
CORE_XSD = V2 / "core_components/clinicalprocess_healthcond_description_2.1.xsd"
RESPONDER = "urn:riv:clinicalprocess:healthcond:description:GetDiagnosisResponder:2"

# shared/data/rivta holds the published *core* 2.1 schema (DiagnosisType, ResultType) but
# not the GetDiagnosisResponder interaction schema. This wrapper declares only the response
# element (diagnosis*, then result, as the SKLTP producers build it); every diagnosis and
# the result are checked against the published core types, unchanged.
WRAPPER = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tns="{RESPONDER}" xmlns:core="urn:riv:clinicalprocess:healthcond:description:2"
    targetNamespace="{RESPONDER}" elementFormDefault="qualified">
  <xs:import namespace="urn:riv:clinicalprocess:healthcond:description:2"
             schemaLocation="{CORE_XSD.as_uri()}"/>
  <xs:element name="GetDiagnosisResponse">
    <xs:complexType><xs:sequence>
      <xs:element name="diagnosis" type="core:DiagnosisType" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="result" type="core:ResultType" minOccurs="0"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>"""


def _body(path: Path, local: str) -> str:
    """One response element out of a file (itself, or inside the SOAP body)."""
    root = ET.parse(path).getroot()
    el = next(e for e in root.iter() if e.tag.endswith("}" + local))
    return ET.tostring(el, encoding="unicode")


@pytest.mark.skipif(not SHARED.exists(), reason="shared/data not beside the checkout")
def test_examples_are_schema_valid(tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    wrapper = tmp_path / "GetDiagnosisResponse_wrapper.xsd"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    diagnosis = xmlschema.XMLSchema(str(wrapper))
    diagnosis.validate(str(DIA))
    diagnosis.validate(_body(SOAP, "GetDiagnosisResponse"))
    xmlschema.XMLSchema(str(CARE_XSD)).validate(_body(SOAP, "GetCareDocumentationResponse"))
    bad = DIA.read_text(encoding="utf-8").replace("Bidiagnos", "Tilläggsdiagnos")
    assert not diagnosis.is_valid(bad)   # the core enum is really checked


def _one(path: Path):
    items = list(read_file(str(path)))
    assert len(items) == 1 and isinstance(items[0], Loaded), items
    return items[0].record


def test_standalone_getdiagnosis_mapping():
    rec = _one(DIA)
    assert rec.patient.id == "19121212-1212" and rec.notes == []
    main_dx, side = rec.diagnoses                      # the nullified J06.9 is skipped
    assert (main_dx.id, main_dx.code, main_dx.type) == ("MEL-DIA-2024-004417", "F32.1", "huvuddiagnos")
    assert main_dx.code_system == "1.2.752.116.1.1.1.1.3" and main_dx.icd10 == "F32.1"
    assert main_dx.display_name == "Medelsvår depressiv episod"
    assert str(main_dx.time) == "2024-03-12 14:50:00"
    assert main_dx.unit.hsa_id == "SE2321000032-1234" and main_dx.source_note is None
    assert (side.code, side.type) == ("F10.1", "bidiagnos")


def test_soap_with_care_documentation_and_diagnoses_is_one_record():
    rec = _one(SOAP)
    assert [n.id for n in rec.notes] == ["MEL-2024-000415", "MEL-2024-000530"]
    th = rec.notes[0]
    assert th.sections[0].keyword == "Tidiga hypoteser"    # title of a not-approved note
    assert [d.code for d in rec.diagnoses] == ["F31.9", "F10.1"]
    assert {d.source_note for d in rec.diagnoses} == {"MEL-2024-000530"}   # by careContactId


def _findings(path: Path) -> list[dict]:
    res = CliRunner().invoke(main, ["lint", str(path), "--ruleset", "skane", "--format", "json"])
    assert "Traceback" not in res.output
    return json.loads(res.stdout)["findings"]


def test_same_findings_as_json_twin():
    assert _one(TWIN).model_dump() == _one(SOAP).model_dump()
    strip = lambda fs: sorted((f["code"], f["target"]["id"], json.dumps(f.get("span")),
                               f["message"]) for f in fs)
    rivta, twin = _findings(SOAP), _findings(TWIN)
    assert strip(rivta) == strip(twin)
    nl105 = [f for f in rivta if f["code"] == "NL105"]
    assert len(nl105) == 1 and nl105[0]["target"]["id"] == "MEL-2024-000415"
    assert "F31.9" in nl105[0]["message"] and "bipolär" in nl105[0]["message"]
    assert "ADHD" not in nl105[0]["message"]        # no registered F90: that hypothesis waits
    assert nl105[0]["line"] == 11                   # the Tidiga hypoteser note's own line


def test_without_the_diagnoses_nl105_is_silent(tmp_path):
    data = json.loads(TWIN.read_text(encoding="utf-8"))
    data["diagnoses"] = [d for d in data["diagnoses"] if d["code"] != "F31.9"]
    p = tmp_path / "utan_f31.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert [f for f in _findings(p) if f["code"] == "NL105"] == []


def test_bad_diagnoses_are_nl901_and_the_rest_reads():
    xml = DIA.read_text(encoding="utf-8")
    xml = xml.replace("<typeOfDiagnosis>Bidiagnos", "<typeOfDiagnosis>Tilläggsdiagnos", 1)
    first = xml.index("<patientId>")
    xml = xml[:first] + xml[xml.index("</patientId>", first) + len("</patientId>"):]
    items = list(read_bytes(xml.encode("utf-8"), "dia.xml"))
    (broken,) = [i for i in items if isinstance(i, Broken)]
    assert broken.line == 5 and "diagnosis[0]" in broken.message and "patientId" in broken.message
    (loaded,) = [i for i in items if isinstance(i, Loaded)]
    (d,) = loaded.record.diagnoses
    assert d.code == "F10.1" and d.type is None      # unknown type: kept, without a type


def test_schema_command_documents_diagnoses():
    res = CliRunner().invoke(main, ["schema"])
    schema = json.loads(res.stdout)
    assert "diagnoses" in schema["properties"]
    assert "Diagnosis" in json.dumps(schema["$defs"])

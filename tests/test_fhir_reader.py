"""FHIR R4 Bundle reader: mapping, restricted labels, Consent → access events, bad bundles."""

from __future__ import annotations

import copy
import json

import pytest

from notelint.readers import Broken, Loaded, read_bytes, read_file
from notelint.readers.rivta import NOT_APPROVED_TEMPLATE

from conftest import ROOT

EXAMPLE = ROOT / "examples/skane/fhir/bundle_r4.json"
BUNDLE = json.loads(EXAMPLE.read_text("utf-8"))


def _read(data) -> list:
    return list(read_bytes(json.dumps(data, ensure_ascii=False).encode(), "b.json"))


def test_example_maps_to_record():
    (item,) = list(read_file(str(EXAMPLE)))
    assert isinstance(item, Loaded)
    rec = item.record
    assert rec.patient.id == "19121212-1212"
    comp, doc = rec.notes
    assert [s.keyword for s in comp.sections] == ["Aktuellt", "Bedömning"]
    assert "Måttlig depressiv episod" in comp.sections[1].text
    assert comp.unit.hsa_id == "SE2321000032-1234" and comp.author.name == "Anna Andersson"
    assert str(comp.time) == "2024-03-12 14:05:00"           # local time, zone dropped
    assert "sertralin 50 mg x 1" in doc.sections[0].text      # base64 text/plain
    (seal,) = rec.access_events
    assert seal.action == "seal" and seal.end is None and str(seal.start) == "2024-03-12"


def test_preliminary_composition_is_a_draft_and_restricted_label_hides():
    b = copy.deepcopy(BUNDLE)
    comp = b["entry"][3]["resource"]
    comp["status"] = "preliminary"
    comp["meta"] = {"security": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"}]}
    (item,) = _read(b)
    note = item.record.notes[0]
    assert note.signed is None and note.template == NOT_APPROVED_TEMPLATE


def test_consent_against_guardian_is_block():
    b = copy.deepcopy(BUNDLE)
    b["entry"].append({"fullUrl": "urn:uuid:rp-1", "resource": {
        "resourceType": "RelatedPerson", "id": "rp-1", "patient": {"reference": "urn:uuid:pat-1"},
        "identifier": [{"system": "urn:oid:1.2.752.129.2.1.3.1", "value": "198001012387"}]}})
    b["entry"][5]["resource"]["provision"]["actor"] = [{
        "role": {"coding": [{"code": "GUARD"}]}, "reference": {"reference": "urn:uuid:rp-1"}}]
    (item,) = _read(b)
    ev = item.record.access_events[0]
    assert ev.action == "block_guardian" and ev.guardian_id == "19800101-2387"


@pytest.mark.parametrize("mutate,expect", [
    (lambda b: b.update(resourceType="Patient"), "ska vara en Bundle"),
    (lambda b: b["entry"].pop(0), "exakt en Patient"),
    (lambda b: b["entry"][0]["resource"].update(identifier=[]), "saknar identifierare med personnummer"),
    (lambda b: b["entry"][3]["resource"].update(date="igår"), "entry[3]"),
    (lambda b: b["entry"].append({"resource": {"resourceType": "Observationz"}}), "FHIR"),
])
def test_bad_bundles_are_one_clear_line(mutate, expect):
    b = copy.deepcopy(BUNDLE)
    mutate(b)
    items = _read(b)
    assert len(items) == 1 and isinstance(items[0], Broken), items
    assert expect in items[0].message
    assert "1213" not in items[0].message


def test_bad_personnummer_is_read_and_reported_by_the_engine():
    b = copy.deepcopy(BUNDLE)
    b["entry"][0]["resource"]["identifier"][0].update(value="191212121213")
    [item] = _read(b)
    assert not isinstance(item, Broken) and item.record.id_problems


def test_resources_without_ids_and_attachments_in_latin1_keep_the_bundle():
    """Two Compositions without an id (valid FHIR) were one id given twice, and a text
    attachment declared ISO-8859-1 was refused: the whole bundle was lost either way."""
    import base64

    b = copy.deepcopy(BUNDLE)
    comps = [e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "Composition"]
    docs = [e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "DocumentReference"]
    comps[0].pop("id")
    b["entry"].append({"resource": copy.deepcopy(comps[0])})
    att = docs[0]["content"][0]["attachment"]
    att["contentType"] = "text/plain; charset=ISO-8859-1"
    att["data"] = base64.b64encode("Pat mår bättre, sömn ok.".encode("latin-1")).decode()
    (item,) = _read(b)
    assert isinstance(item, Loaded), item
    ids = [n.id for n in item.record.notes]
    assert len(ids) == len(set(ids)) == 3
    assert any("Pat mår bättre" in s.text for n in item.record.notes for s in n.sections)


def _doc(bundle: dict, *attachments: dict) -> dict:
    b = copy.deepcopy(bundle)
    doc = next(e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "DocumentReference")
    doc["content"] = [{"attachment": a} for a in attachments]
    return b


def _b64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode()).decode()


def test_html_and_untyped_attachments_are_read_and_unreadable_ones_said():
    html = {"contentType": "text/html", "data": _b64("<p>Pat mår <b>bättre</b> &amp; sover.</p>")}
    untyped = {"data": _b64("Pat mår bättre, sömn ok.")}
    pdf = {"contentType": "application/pdf", "data": _b64("%PDF-1.4")}
    url = {"contentType": "text/plain", "url": "https://ehr.example/doc/1"}
    for atts, text in (((html,), "Pat mår bättre & sover."), ((untyped,), "Pat mår bättre, sömn ok."),
                       ((pdf, untyped), "Pat mår bättre, sömn ok.")):  # one rendition read: enough
        items = _read(_doc(BUNDLE, *atts))
        assert [type(i) for i in items] == [Loaded], items
        assert any(s.text == text for n in items[0].record.notes for s in n.sections)
    for atts, why in (((pdf,), "application/pdf"), ((url,), "url"),
                      (({"data": _b64("\x00\x01binary")},), "inte text")):
        record, broken = _read(_doc(BUNDLE, *atts))
        assert isinstance(record, Loaded) and isinstance(broken, Broken)  # the rest is read
        assert broken.message.startswith("DocumentReference/") and why in broken.message
        assert "granskades inte" in broken.message


def test_nested_composition_sections_and_a_narrative_only_composition_are_read():
    b = copy.deepcopy(BUNDLE)
    comp = next(e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "Composition")
    div = '<div xmlns="http://www.w3.org/1999/xhtml"><p>{}</p></div>'
    comp["section"] = [{"title": "Anamnes", "text": {"status": "generated", "div": div.format("Hosta.")},
                        "section": [{"title": "Socialt", "text": {"status": "generated",
                                                                  "div": div.format("Bor ensam.")}},
                                    {"text": {"status": "generated", "div": div.format("Röker ej.")}}]}]
    narrative = copy.deepcopy(comp)
    narrative.update(id="narrativ", text={"status": "generated", "div": div.format("Kort besök.")})
    del narrative["section"]
    b["entry"].append({"resource": narrative})
    (item,) = _read(b)
    notes = {n.id: [(s.keyword, s.text) for s in n.sections] for n in item.record.notes}
    assert notes[comp["id"]] == [("Anamnes", "Hosta."), ("Socialt", "Bor ensam."), ("Anamnes", "Röker ej.")]
    assert notes["narrativ"] == [("Anteckning", "Kort besök.")]


def test_one_badly_encoded_attachment_loses_no_other_note():
    """Latin-1 bytes said to be UTF-8 (no charset) lost the whole bundle, every note of the
    patient: now that note is read as Windows-1252 and said; data that is no base64 leaves
    that note unread (an NL901 line), the others read."""
    import base64

    latin = {"contentType": "text/plain", "data": base64.b64encode("Pat mår bättre.".encode("latin-1")).decode()}
    record, said = _read(_doc(BUNDLE, latin))
    assert isinstance(record, Loaded) and isinstance(said, Broken)
    assert "Windows-1252" in said.message and "charset" in said.message
    assert any(s.text == "Pat mår bättre." for n in record.record.notes for s in n.sections)
    record, said = _read(_doc(BUNDLE, {"contentType": "text/plain", "data": "@@@"}))
    assert isinstance(record, Loaded) and "inte base64" in said.message
    assert len(record.record.notes) == len([e for e in BUNDLE["entry"] if e["resource"]["resourceType"]
                                            in ("Composition", "DocumentReference")])


def test_cdata_in_a_div_is_read_as_text():
    from notelint.readers.fhir import _xhtml_text

    assert _xhtml_text('<div><p><![CDATA[Pat <slår> & henne]]></p></div>') == "Pat <slår> & henne"

"""Personal identity numbers are masked in every output format unless --show-pii."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from notelint.cli import main
from notelint.report import available_formats

from conftest import CHILD_PNR

RAW = CHILD_PNR                       # 20141212-1236
COMPACT = RAW.replace("-", "")
MASKED = RAW[:9] + "XXXX"

RECORD = {
    "patient": {"id": RAW, "protected_identity": True},
    "as_of": "2024-06-30T00:00:00",
    "notes": [{"id": "n1", "system": "Melior", "template": "Läkaranteckning",
               "unit": {"name": "BUP Lund", "hsa_id": "SE2321000032-77"},
               "time": "2024-03-12T14:05:00", "signed": "2024-03-12T15:00:00",
               "sections": [{"keyword": "Aktuellt",
                             "text": f"Pat ({RAW}) kommer med mamma. Pappa {RAW[:8]}-1236 har hotat familjen."}]}],
    "access_events": [{"id": "a1", "action": "seal", "initiated_by": "staff",
                       "unit": {"name": "BUP Lund", "hsa_id": "SE2321000032-77"},
                       "ordered": "2024-03-12T10:00:00", "start": "2024-03-12",
                       "decided_by": {"role": "verksamhetschef"}, "ongoing_care": True}],
}


@pytest.fixture
def export(tmp_path):
    p = tmp_path / "x.json"
    p.write_text(json.dumps(RECORD, ensure_ascii=False), encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"patient": {"id": RAW[:-1] + "7"}}) + "\n", encoding="utf-8")
    return [str(p), str(bad)]


@pytest.mark.parametrize("fmt", available_formats())
def test_every_format_masks(export, fmt):
    res = CliRunner().invoke(main, ["lint", *export, "--ruleset", "skane", "--format", fmt])
    assert res.exit_code == 2, res.output
    assert "NL3" in res.output or "NL308" in res.output or "NL30" in res.output
    for raw in (RAW, COMPACT, RAW[:-1] + "7", RAW[2:]):
        assert raw not in res.output, f"{fmt} leaks {raw}"


def test_show_pii_reveals_on_request(export):
    res = CliRunner().invoke(main, ["lint", export[0], "--ruleset", "skane", "--format", "json",
                                    "--show-pii"])
    out = json.loads(res.stdout)
    record_ids = [f["target"]["id"] for f in out["findings"] if f["target"]["kind"] == "record"]
    assert record_ids and all(i == RAW for i in record_ids)


def test_masked_record_target_by_default(export):
    res = CliRunner().invoke(main, ["lint", export[0], "--ruleset", "skane", "--format", "json"])
    out = json.loads(res.stdout)
    ids = [f["target"]["id"] for f in out["findings"] if f["target"]["kind"] == "record"]
    assert ids and all(i == MASKED for i in ids)


@pytest.mark.parametrize("value", ["99110305-9844", "171212121212", "21110305-9844"])
def test_an_impossible_century_or_a_birth_in_the_future_is_no_valid_number(value):
    from notelint import pii

    # the check digit of each is right; the century (written out) is not a person's
    assert not pii.is_valid_pin(value)
    assert pii.mask_text(f"pnr {value}").endswith("XXXX")  # masked all the same


def test_a_valid_number_of_each_century_still_validates():
    from notelint import pii

    assert pii.is_valid_pin("19121212-1212") and pii.is_valid_pin("121212-1212")
    assert pii.is_valid_pin("201012121230") and pii.is_valid_pin("20101212-1230")

"""Identity numbers read by notelint.pii (the personnummer library underneath)."""

import pytest

from notelint import pii


@pytest.mark.parametrize("value, sex", [
    ("19920512-2386", "F"),        # even ninth digit
    ("200701082539", "M"),         # odd, 12 digits without a dash
    ("19121212-1212", "M"),
    ("19920512-2387", None),       # wrong check digit
    ("R123456", None),             # another shape (a reserve number)
])
def test_legal_sex_from_the_identity_number(value, sex):
    assert pii.legal_sex(value) == sex


@pytest.mark.parametrize("written", ["pat_19121212_1212.json", "19121212 - 1212", "19121212.1212",
                                     "121212:1212", "19121212/1212"])
def test_numbers_written_apart_as_in_file_names_are_masked(written):
    masked = pii.mask_text(written)
    assert "1212" not in masked.replace("19121212", "").replace("121212", ""), masked


@pytest.mark.parametrize("kept", ["Kl 20240312.1200", "2024-03-12 14:05", "1912/12/12",
                                  "tel 070-1234567", "v. 12.30-13.00"])
def test_dates_and_times_written_so_are_not_masked(kept):
    assert pii.mask_text(kept) == kept


@pytest.mark.parametrize("written", [
    "19121212\u200b-1212", "1912\u200d1212-1212", "19121212\u2060-1212", "\ufeff19121212-1212",
    "19121212\u00ad1212", "19121212-\u202e2121\u202c", "\u200f19121212-1212",
    "\u0661\u0669\u0661\u0662\u0661\u0662\u0661\u0662-\u0661\u0662\u0661\u0662",  # Arabic-Indic
    "𝟏𝟗𝟏𝟐𝟏𝟐𝟏𝟐-𝟏𝟐𝟏𝟐", "¹⁹¹²¹²¹²-¹²¹²", "①⑨①②①②①②-①②①②"])
def test_invisible_characters_and_other_digits_do_not_hide_a_number(written):
    masked = pii.mask_text(f"Pat {written} åter")
    assert masked.startswith("Pat ") and masked.endswith(" åter") and "XXXX" in masked, masked
    rest = masked.replace("19121212", "")
    assert "1212" not in rest and "2121" not in rest, masked


def test_text_with_invisible_characters_and_no_number_is_kept_as_it_is():
    for text in ("Bedömning:\u200b ua, åter om 3 v.", "Datum 2024-03-12 \u200b kl 14",
                 "Hb ¹²³ g/l, ①"):
        assert pii.mask_text(text) == text


@pytest.mark.parametrize("written", ["pnr\t19121212\t1212\tnästa kolumn", "C:\\pat\\19121212\\1212.txt"])
def test_a_tab_or_a_backslash_between_the_parts_does_not_hide_a_number(written):
    assert "1212\t1212" not in pii.mask_text(written) and "XXXX" in pii.mask_text(written)
    assert pii.mask_text(written.replace("1212\t", "1213\t").replace("1212\\", "1213\\")).count("XXXX") == 0

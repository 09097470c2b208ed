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

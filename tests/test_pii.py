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

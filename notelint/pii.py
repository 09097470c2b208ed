"""Swedish personal identity numbers: validation, birth date, masking.

Validation (Luhn check digit, real date, samordningsnummer with day + 60, the ``+`` of
people aged 100 or more) is done by the ``personnummer`` library. Masking keeps the
birth date and hides the four last digits: ``19121212-1212`` → ``19121212-XXXX``.
"""

from __future__ import annotations

import datetime as dt
import re

from personnummer import personnummer as _pnr

# 10 or 12 digits, optional separator; not part of a longer digit run.
PIN_RE = re.compile(r"(?<![\d-])((?:19|20)?\d{6})([-+]?)(\d{4})(?!\d)")


def is_valid_pin(value: str) -> bool:
    """True for a valid personnummer or samordningsnummer (10 or 12 digits)."""
    value = value.strip()
    if not re.fullmatch(r"(\d{6}|\d{8})[-+]?\d{4}", value):
        return False
    try:
        return bool(_pnr.valid(value))
    except Exception:  # the library raises on some malformed dates
        return False


def birth_date(value: str) -> dt.date | None:
    """The birth date a valid identity number encodes (samordningsnummer: day − 60)."""
    try:
        parsed = _pnr.parse(value.strip())
        return parsed.get_date().date() if hasattr(parsed.get_date(), "date") else parsed.get_date()
    except Exception:
        return None


def mask(value: str) -> str:
    """Mask the individual part of an identity number; other text is returned as is."""
    return mask_text(value)


def _date_shaped(digits: str) -> bool:
    month, day = int(digits[-4:-2]), int(digits[-2:])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


def mask_text(text: str) -> str:
    """Mask every identity-number-shaped token inside free text.

    Numbers with a wrong check digit are masked too: a typo in a real person's number is
    still that person's number.
    """

    def repl(m: re.Match[str]) -> str:
        whole = m.group(0)
        if not _date_shaped(m.group(1)) or (not m.group(2) and not is_valid_pin(whole)
                                            and len(m.group(1)) == 6):
            return whole
        return f"{m.group(1)}{m.group(2) or '-'}XXXX"

    return PIN_RE.sub(repl, text)

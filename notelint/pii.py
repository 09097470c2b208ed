"""Swedish personal identity numbers: validation, birth date, masking.

Validation (Luhn check digit, real date, samordningsnummer with day + 60, the ``+`` of
people aged 100 or more) is done by the ``personnummer`` library. Masking keeps the
birth date and hides the four last digits: ``19121212-1212`` → ``19121212-XXXX``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import lru_cache
from typing import Any, Iterator, Literal, TypeVar

from pydantic import BaseModel

from personnummer import personnummer as _pnr

M = TypeVar("M", bound=BaseModel)

# Identity numbers are matched on a *folded* copy of the text (same length, one character
# for one): full-width digits become ASCII digits, every dash (‐ ‑ ‒ – — ― − －) a hyphen,
# a full-width plus a plus, so `１９１２１２１２－１２１２` and `19121212–1212` are found too.
_FOLD = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                       **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D"},
                       "\uFF0B": "+", "\u00A0": " ", "\u202F": " "})
# 10 or 12 digits, optional separator (hyphen, plus, one space); not part of a longer
# digit run — a hyphen before the number is no protection (`pnr-19850101-1236`).
# (any century is masked: "99121212-1212" is a typo of a real person's number as likely as not)
# (also " - ", "_", ".", "/", ":", "\\" as people write them in names of files and folders:
# "pat_19121212_1212.json", and a tab between two columns — with these, as with a space,
# the check digit must be right)
# (and an escape of a character output could not show — "\x01", "\x96", "\u2028", as
# model.printable writes them — before the number or between its parts: its digits are no
# part of the number)
PIN_RE = re.compile(r"(?=\d)(?<!\\x)(?<!\\x[0-9a-f])(?<!\\u)(?<!\\u[0-9a-f])(?<!\\u[0-9a-f]{2})"
                    r"(?<!\\u[0-9a-f]{3})"  # (not inside an escape: after it)
                    r"(?:(?<!\d)|(?<=\\x[0-9a-f]{2})|(?<=\\u[0-9a-f]{4}))((?:\d\d)?\d{6})"
                    r"( - |[-+ \t_./:\\]?|\\[tnr]|\\x[0-9a-f]{2}|\\u[0-9a-f]{4})(\d{4})(?!\d)", re.ASCII)
_CHECKED_SEPARATORS = {" ", " - ", "\t", "_", ".", "/", ":", "\\"}
# six digits in a row (any script's, full-width ones too): every identity number has them
_SIX_DIGITS = re.compile(r"\d{6}")


def fold(text: str) -> str:
    """``text`` with full-width digits and dash variants as ASCII (same length)."""
    return text.translate(_FOLD)


def is_valid_pin(value: str) -> bool:
    """True for a valid personnummer or samordningsnummer (10 or 12 digits)."""
    value = value.strip()
    if not re.fullmatch(r"(\d{6}|\d{8})[-+]?\d{4}", value, re.ASCII):
        return False
    if value[8:9] in ("-", "+") or len(value) == 12:  # the century written out: 18, 19, 20
        if value[:2] not in ("18", "19", "20"):
            return False
    valid, born, _ = _read(value)
    return valid and born is not None and born <= dt.date.today()  # nobody is born in the future


@lru_cache(maxsize=4096)
def _read(value: str) -> tuple[bool, dt.date | None, bool | None]:
    """What the library reads in an identity number: valid, birth date, female. Remembered:
    a record's number is asked for every note (age on the note's day, sex), and a parse
    costs a date computation and an environment lookup in the library."""
    try:  # the library's parse validates (check digit, date): one parse answers all three
        parsed = _pnr.parse(value)
        got = parsed.get_date()
        return True, (got.date() if hasattr(got, "date") else got), parsed.is_female()
    except Exception:  # invalid, or a malformed date the library raises on in its own way
        return False, None, None


def canonical_pin(value: str) -> str:
    """One spelling of a valid identity number — twelve digits, the century written out —
    however it was written ("191212121212", "19121212-1212", "121212-1212"); anything else
    as written (stripped)."""
    value = value.strip()
    born = birth_date(value)
    if born is None:
        return value
    digits = re.sub(r"\D", "", value)
    return digits if len(digits) == 12 else f"{born.year // 100}{digits}"


def birth_date(value: str) -> dt.date | None:
    """The birth date a valid identity number encodes (samordningsnummer: day − 60)."""
    return _read(value.strip())[1]


def legal_sex(value: str) -> Literal["F", "M"] | None:
    """"F" or "M" as a valid identity number encodes it (its ninth digit); None else."""
    female = _read(value.strip())[2]
    return None if female is None else "F" if female else "M"


def mask(value: str) -> str:
    """Mask the individual part of an identity number; other text is returned as is."""
    return mask_text(value)


def _date_shaped(digits: str) -> bool:
    month, day = int(digits[-4:-2]), int(digits[-2:])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


# characters that show nothing (zero-width, soft hyphen, direction marks and overrides):
# written inside a number they hide it from a search, not from a reader
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# digits of other scripts and forms (Arabic-Indic, mathematical, superscript, subscript,
# circled; full-width ones are folded above): read as the digits they are
_OTHER_DIGIT_FORMS = ("\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u24f5-\u24fd"
                      "\u2776-\u277e\u2780-\u2788\u278a-\u2792")
# (Swedish text is Latin-1: only a text with a character past it, a soft hyphen or a
# superscript digit is looked at further — mask_text's first test)
_other_digit: re.Pattern[str] | None = None
_unusual: re.Pattern[str] | None = None


def _unusual_pattern() -> re.Pattern[str]:
    """Invisible characters and digits of other scripts, as one character class (built on
    first need: every decimal digit past ASCII, in ranges)."""
    global _other_digit, _unusual
    if _unusual is None:
        import unicodedata

        ranges: list[list[int]] = []
        for cp in range(0x100, 0x20000):
            if unicodedata.decimal(chr(cp), None) is not None and not 0xFF10 <= cp <= 0xFF19:
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp])
        digits = "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges)
        _other_digit = re.compile(f"[{digits}{_OTHER_DIGIT_FORMS}]")
        _unusual = re.compile(f"[{_INVISIBLE.pattern[1:-1]}{digits}{_OTHER_DIGIT_FORMS}]")
    return _unusual


def _past_latin(text: str) -> bool:
    """Whether ``text`` has a character past Latin-1, a soft hyphen or a superscript digit
    (encoding is the fastest test there is)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return "\u00ad" in text or "\u00b2" in text or "\u00b3" in text or "\u00b9" in text


def _as_digit(m: re.Match[str]) -> str:
    import unicodedata

    value = unicodedata.digit(m.group(), None)
    return str(value) if value is not None and 0 <= value <= 9 else m.group()


def mask_text(text: str) -> str:
    """Mask every identity-number-shaped token inside free text.

    Numbers with a wrong check digit are masked too: a typo in a real person's number is
    still that person's number. A number written with a space (``19121212 1212``) or ten
    digits in a row is masked when its check digit is right (else it is as likely a date
    and a time, or a phone number). Invisible characters inside a number and digits of
    other scripts do not hide it (the masked number is written without them).
    """
    if not text.isascii() and _past_latin(text) and _unusual_pattern().search(text) is not None:
        return _mask_unusual(text)
    if _SIX_DIGITS.search(text) is None:  # (most text: no date part, nothing to mask)
        return text
    folded = text.translate(_FOLD)
    if folded is text or folded == text:
        folded = text
    out: list[str] = []
    last = 0
    for m in _found(folded):  # (the number as written: its date part and separator kept)
        out.append(text[last:m.start()])
        out.append(f"{text[m.start(1):m.end(1)]}{text[m.start(2):m.end(2)] or '-'}XXXX")
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _found(folded: str) -> Iterator[re.Match[str]]:
    """The identity numbers in ``folded`` text."""
    for m in PIN_RE.finditer(folded):
        date, sep = m.group(1), m.group(2)
        if not _date_shaped(date):
            continue
        if (sep in _CHECKED_SEPARATORS or sep[:1] == "\\" or (not sep and len(date) == 6)) \
                and not is_valid_pin(date + m.group(3)):
            continue
        yield m


def _mask_unusual(text: str) -> str:
    """:func:`mask_text` of a text with invisible characters or other digits: numbers are
    found in the text without the one and with the other as ASCII; the rest is kept."""
    keep = [i for i, ch in enumerate(text) if not _INVISIBLE.match(ch)]
    assert _other_digit is not None
    visible = _other_digit.sub(_as_digit, "".join(text[i] for i in keep).translate(_FOLD))
    if len(visible) != len(keep):  # (a digit that is no single digit: left as it is)
        return text
    out: list[str] = []
    last = 0
    for m in _found(visible):
        out.append(text[last:keep[m.start()]])
        out.append(f"{m.group(1)}{m.group(2) or '-'}XXXX")
        last = keep[m.end() - 1] + 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def mask_value(value: Any) -> Any:
    """``value`` with every string in it (dict keys and values, lists) masked."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {mask_value(k): mask_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(mask_value(v) for v in value)
    return value


def mask_model(obj: M, keep: frozenset[str] = frozenset({"fingerprint"})) -> M:
    """A copy of a pydantic model with every string field masked, nested models included
    (``keep``: fields left as they are — a fingerprint is a hash, not text).

    This is the boundary of outputs: whatever fields a finding or a preview gains later
    are masked without being named here."""
    data = obj.model_dump()
    masked = {k: (v if k in keep else mask_value(v)) for k, v in data.items()}
    if masked == data:
        return obj
    return type(obj).model_validate(masked)


def _masked_arg(value: Any) -> Any:
    """A log argument with identity numbers masked (numbers stay numbers for ``%d``)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return mask_text(value if isinstance(value, str) else str(value))


class MaskFilter(logging.Filter):
    """Masks identity numbers in every record a log handler writes: the message, its
    arguments (an HTTP path may hold a number) and a traceback. Attach it to handlers."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = mask_text(record.msg)
        if isinstance(record.args, dict):
            record.args = {k: _masked_arg(v) for k, v in record.args.items()}
        elif isinstance(record.args, tuple):
            record.args = tuple(_masked_arg(a) for a in record.args)
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_text(logging.Formatter().formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True

"""Readers: one module per input format, each turning bytes into :class:`Record` objects.

Every reader yields :class:`Loaded` (a record and where it starts) or :class:`Broken`
(a place that could not be read, with a message a clerk can act on). A broken record
never stops the others: the engine turns each ``Broken`` into an NL901 finding.

Formats are chosen by content (sniffing), with the extension as a tie-breaker:
``.json`` (a record or a list), ``.jsonl``, the text note format (``.txt``), and further
formats registered in :data:`FORMATS` by their modules.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from notelint.model import Record, one_line

__all__ = [
    "Loaded", "Broken", "ReadItem", "read_paths", "read_file", "read_bytes", "iter_files",
    "decode", "decode_checked", "file_bytes", "regular_file", "MAX_FILE_BYTES", "FORMATS",
    "KNOWN_EXTENSIONS", "register_format",
]


@dataclass
class Loaded:
    record: Record
    path: str
    line: int = 1


@dataclass
class Broken:
    path: str
    line: int
    message: str
    column: int = 1

    def __post_init__(self) -> None:
        # one line wherever it goes (a finding, a 422 body, a CDS card, preview's stderr):
        # a key or value quoted from the input may hold a line break or an escape sequence
        self.message = one_line(self.message)


ReadItem = Loaded | Broken

# A format: sniff(text_head, extension) -> score (0 = not mine), parse(text, path) -> items,
# and optionally stream(binary_file, path) -> items for formats read line by line.
Sniffer = Callable[[str, str], int]
Parser = Callable[[str, str], Iterator[ReadItem]]
Streamer = Callable[[BinaryIO, str], Iterator[ReadItem]]


@dataclass(frozen=True)
class Format:
    name: str
    sniff: Sniffer
    parse: Parser
    stream: Streamer | None = None


FORMATS: dict[str, Format] = {}
KNOWN_EXTENSIONS: set[str] = set()
HEAD_BYTES = 64 * 1024


def register_format(
    name: str, extensions: Iterable[str], sniff: Sniffer, parse: Parser,
    stream: Streamer | None = None,
) -> None:
    FORMATS[name] = Format(name, sniff, parse, stream)
    KNOWN_EXTENSIONS.update(extensions)


def decode(data: bytes) -> str:
    """Decode an export: UTF-8 (with or without BOM), else Windows-1252, else Latin-1.

    Windows-1252 is a superset of Latin-1 for printable text (it adds €, curly quotes,
    dashes), so a file that is not UTF-8 is read as 1252; the five bytes 1252 leaves
    undefined fall back to Latin-1 so nothing is ever lost. A UTF-8 file with a few bad
    bytes stays UTF-8, the bad bytes replaced (see :func:`decode_checked`).
    """
    return decode_checked(data)[0]


def decode_checked(data: bytes) -> tuple[str, int | None]:
    """(text, offset of the first invalid UTF-8 byte in it, or None).

    The text is UTF-8 when the data is (also when some bytes are not: at least as many
    valid non-ASCII UTF-8 sequences as invalid bytes — one stray byte must not turn
    "Misstänkt" into "MisstÃ¤nkt" and silence every text rule); otherwise 1252/Latin-1.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), None  # a cut-off last byte is not fatal
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        first_bad = e.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if good and good >= bad:
        return text, len(data[:first_bad].decode("utf-8", errors="replace"))
    try:
        return data.decode("cp1252"), None
    except UnicodeDecodeError:
        return data.decode("latin-1"), None


def bad_bytes_item(text: str, offset: int, path: str, first_line: int = 1,
                   first_column: int = 1) -> "Broken":
    """The NL901 that says a UTF-8 input had bytes that were replaced (it is still read);
    ``first_line``, ``first_column``: where the text's first character stands."""
    line = text.count("\n", 0, offset) + first_line
    before = text.rfind("\n", 0, offset)
    column = offset - before if before != -1 else offset + first_column
    return Broken(path, line, "ogiltiga UTF-8-byte ersatta med \ufffd; resten av filen "
                              "granskades — exportera den på nytt som UTF-8", column)


_formats_loaded = False


def load_formats() -> None:
    """Register every reader (idempotent; the optional ones only when importable)."""
    global _formats_loaded
    if _formats_loaded:
        return
    _formats_loaded = True
    from notelint.readers import json_reader, text_reader  # noqa: F401  (register)

    for optional in ("fhir", "rivta"):
        try:
            __import__(f"notelint.readers.{optional}")
        except ModuleNotFoundError as e:
            if e.name != f"notelint.readers.{optional}":
                raise


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Files to read: given files as they are, directories walked for known extensions —
    and each directory that could not be listed, which :func:`read_file` reports."""
    load_formats()
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            yield p
            continue
        unlisted: list[str] = []  # never skipped silently: each is an input of its own
        found = False
        for root, dirs, files in os.walk(p, onerror=lambda e: unlisted.append(e.filename)):
            found = found or bool(unlisted)
            yield from unlisted
            unlisted.clear()
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if Path(f).suffix.lower() in KNOWN_EXTENSIONS and not f.startswith("."):
                    found = True
                    yield os.path.join(root, f)
        found = found or bool(unlisted)
        yield from unlisted
        if not found:  # an empty directory (or only other files) is said, never a silent pass
            yield p


_NO_PERMISSION = "behörighet saknas; kontrollera behörigheterna"


def _directory_problem(path: str) -> str:
    """Why a directory given as an input yields nothing to read."""
    try:
        with os.scandir(path) as entries:
            next(entries, None)
    except PermissionError:
        return f"katalogen kan inte läsas ({_NO_PERMISSION})"
    except OSError as e:
        return f"katalogen kan inte läsas: {e.strerror}"
    return ("är en katalog utan läsbara filer; notelint läser "
            f"{', '.join(sorted(KNOWN_EXTENSIONS))} — ange katalogen med exporten")


def choose_format(head: str, ext: str) -> str | None:
    """The registered format that best claims a file starting with ``head`` (decoded,
    leading whitespace stripped) and named ``*ext``; None when none does."""
    best, best_score = None, 0
    for name, fmt in FORMATS.items():
        score = fmt.sniff(head, ext)
        if score > best_score:
            best, best_score = name, score
    return best


def precheck(data: bytes, path: str) -> Broken | None:
    """The NL901 for data no reader should see (empty, binary), else None."""
    if not data[:HEAD_BYTES].strip() and not data.strip():
        return Broken(path, 1, "filen är tom; exportera minst en post eller anteckning")
    if (b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
            and not path.lower().endswith((".jsonl", ".ndjson"))):  # (a line's NL901 there)
        return Broken(path, 1, "det här är en binär fil, inte en journalexport; ange en "
                               ".json-, .jsonl- eller textfil med anteckningar")
    return None


def regular_file(path: str) -> bool:
    """Whether ``path`` is a regular file: only those are ever opened (a FIFO blocks the
    reader forever, /dev/zero never ends)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def file_bytes(path: str) -> bytes | None:
    """The bytes of a regular file of at most :data:`MAX_FILE_BYTES`; None for anything
    else (what :func:`read_file` reports as one NL901)."""
    if not regular_file(path):
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_FILE_BYTES else None


def sniff_file(path: str) -> Format | None:
    """The format :func:`read_file` would read ``path`` with, from its first bytes; None for
    a file that is not regular, cannot be opened, is empty or binary, or that no reader
    claims."""
    load_formats()
    if not regular_file(path):
        return None
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return None
    if precheck(head, path) is not None:
        return None
    name = choose_format(decode(head[:4096]).lstrip()[:4096], Path(path).suffix.lower())
    return FORMATS[name] if name is not None else None


def read_bytes(data: bytes, path: str) -> Iterator[ReadItem]:
    """Read one input already in memory (stdin, an HTTP body, a test)."""
    load_formats()
    bad = precheck(data, path)
    if bad is not None:
        yield bad
        return
    text, bad_at = decode_checked(data)
    if bad_at is not None:
        yield bad_bytes_item(text, bad_at, path)
    ext = Path(path).suffix.lower() if path != "-" else ""
    fmt = choose_format(text.lstrip()[:4096], ext)
    if fmt is None:
        yield Broken(path, 1, "okänt indataformat; väntade utbytesformat JSON/JSONL, "
                              "en textanteckning (huvud 'Mall:' …) eller en annan export som stöds")
        return
    yield from FORMATS[fmt].parse(text, path)


#: the most a whole-file format (JSON, text, FHIR) or standard input may hold; streamed
#: formats (JSON Lines, RIV-TA) bound each line / each note instead
MAX_FILE_BYTES = int(os.environ.get("NOTELINT_MAX_FILE_MB", "512")) * 1024 * 1024


def _too_big(path: str) -> Broken:
    return Broken(path, 1, f"större än {MAX_FILE_BYTES // (1024 * 1024)} MB; dela exporten "
                           "(JSON Lines läses rad för rad) eller sätt NOTELINT_MAX_FILE_MB")


def read_file(path: str, stdin: BinaryIO | None = None) -> Iterator[ReadItem]:
    if path == "-":
        stream = stdin or sys.stdin.buffer
        data = stream.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            yield _too_big("-")
            return
        yield from read_bytes(data, "-")
        return
    try:
        # only regular files: a FIFO would block forever, /dev/zero never ends
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            yield Broken(path, 1, _directory_problem(path))
            return
        if not stat.S_ISREG(st.st_mode):
            yield Broken(path, 1, "inte en vanlig fil (en FIFO, socket eller enhet); "
                                  "ange en exporterad fil")
            return
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
            load_formats()
            ext = Path(path).suffix.lower()
            fmt = choose_format(decode(head[:4096]).lstrip()[:4096], ext)
            if (fmt is not None and FORMATS[fmt].stream is not None
                    and precheck(head, path) is None
                    and not head.startswith((b"\xff\xfe", b"\xfe\xff"))):  # UTF-16: whole
                fh.seek(0)
                yield from FORMATS[fmt].stream(fh, path)  # type: ignore[misc]
                return
            data = head + fh.read(MAX_FILE_BYTES + 1 - len(head))
            if len(data) > MAX_FILE_BYTES:
                yield _too_big(path)
                return
    except FileNotFoundError:
        yield Broken(path, 1, "filen finns inte; kontrollera sökvägen")
        return
    except IsADirectoryError:
        yield Broken(path, 1, _directory_problem(path))
        return
    except PermissionError:
        yield Broken(path, 1, f"filen kan inte läsas ({_NO_PERMISSION})")
        return
    except OSError as e:
        yield Broken(path, 1, f"filen kan inte läsas: {e.strerror}")
        return
    yield from read_bytes(data, path)


def read_paths(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[ReadItem]:
    for path in iter_files(paths):
        yield from read_file(path, stdin)

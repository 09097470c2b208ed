"""Interchange format v1 as JSON (a record or a list of records) and JSON Lines (streamed)."""

from __future__ import annotations

import json
import re
from typing import Any, BinaryIO, Iterator

from pydantic import ValidationError

from notelint import pii
from notelint.model import Record, SourceLoc
from notelint.readers import (Broken, Loaded, ReadItem, bad_bytes_item, decode, decode_checked,
                              register_format)
from notelint.readers.errors import describe, locate

MAX_DEPTH = 64
_JSON_KIND = {"list": "en lista", "str": "en sträng", "int": "ett tal", "float": "ett tal",
              "bool": "true/false", "NoneType": "null"}
#: one JSON Lines line (one record) may hold at most this much
MAX_LINE_BYTES = 64 * 1024 * 1024


def _depth_ok(value: Any) -> bool:
    """Whether a decoded JSON value nests at most :data:`MAX_DEPTH` levels (a walk over its
    containers; brackets inside strings are text, not nesting)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return True


class TooDeep(ValueError):
    """JSON nested deeper than :data:`MAX_DEPTH` levels."""


def decode_json(text: str) -> Any:
    """``json.loads`` with a depth bound: raises :class:`TooDeep` past :data:`MAX_DEPTH`
    levels (also where the decoder itself would run out of stack), else what ``json.loads``
    raises (``JSONDecodeError``; ``ValueError`` for an integer of over 4,300 digits)."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise TooDeep(text[:0]) from None
    if isinstance(value, (dict, list)) and text.count("{") + text.count("[") > MAX_DEPTH \
            and not _depth_ok(value):
        raise TooDeep(text[:0])
    return value


def _attach_locs(record: Record, path: str, line: int) -> None:
    """JSON carries no per-object lines we can keep cheaply: every object points at its record."""
    loc = SourceLoc(path=path, line=line, column=1)
    record.set_loc(loc)
    for obj in (*record.notes, *record.access_events, *record.conversations, *record.treatments):
        obj.set_loc(loc)


def build_record(data: Any, path: str, line: int, prefix: str = "",
                 text: str | None = None) -> ReadItem:
    """Validate one decoded JSON value as a record (shared by every JSON-based reader).
    ``text``, the record's source starting on ``line``, places an error on its key."""
    if not isinstance(data, dict):
        return Broken(path, line, f"{prefix or 'post'}: väntade ett JSON-objekt (en post), "
                                  f"fick {_JSON_KIND.get(type(data).__name__, type(data).__name__)}")
    try:
        record = Record.model_validate(data)
    except ValidationError as e:
        where = locate(e, text, line) if text is not None else None
        line, column = where or (line, 1)
        return Broken(path, line, pii.mask_text(describe(e, prefix)), column)
    _attach_locs(record, path, line)
    return Loaded(record, path, line)


_COLLECTIONS = ("notes", "access_events", "conversations", "treatments")


def _locate_objects(record: Record, text: str, first_line: int) -> None:
    """Point each note/event/case/treatment at the line of its ``"id"`` in a pretty-printed
    .json file (``text`` is the record's own slice, starting on ``first_line``)."""
    for name in _COLLECTIONS:
        cursor = text.find(f'"{name}"')
        if cursor < 0:
            continue
        for obj in getattr(record, name):
            m = re.compile(r'"id"\s*:\s*' + re.escape(json.dumps(obj.id, ensure_ascii=False))
                           ).search(text, cursor)
            if m is None:
                break
            cursor = m.end()
            line = first_line + text.count("\n", 0, m.start())
            column = m.start() - text.rfind("\n", 0, m.start())
            loc = record.loc
            obj.set_loc(SourceLoc(path=loc.path if loc else "", line=line, column=column))


def _with_object_lines(item: ReadItem, text: str, first_line: int) -> ReadItem:
    if isinstance(item, Loaded) and "\n" in text.strip():
        _locate_objects(item.record, text, first_line)
    return item


def _record_lines(text: str, count: int) -> list[int]:
    """Approximate start line of each element of a top-level JSON list (by brace depth)."""
    lines: list[int] = []
    depth = 0
    line = 1
    in_str = False
    esc = False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "[{":
            if depth == 1 and ch == "{":
                lines.append(line)
                if len(lines) >= count:
                    break
            depth += 1
        elif ch in "]}":
            depth -= 1
    return lines + [1] * (count - len(lines))


def load_json(text: str, path: str) -> Any:
    """Decode a whole JSON document, or return the Broken item that says why it can't be."""
    try:
        return decode_json(text)
    except TooDeep:
        return Broken(path, 1, f"JSON nästlad djupare än {MAX_DEPTH} nivåer; det här är ingen export")
    except json.JSONDecodeError as e:
        return Broken(path, e.lineno, f"ogiltig JSON i kolumn {e.colno} ({_reason(e)}); "
                                      "rätta syntaxen eller exportera filen på nytt", e.colno)
    except ValueError as e:  # e.g. an integer of more than 4300 digits
        return Broken(path, 1, _value_error(e))


def _reason(e: json.JSONDecodeError) -> str:
    """The decoder's reason, whole: "Invalid control character at" is cut before its place."""
    if e.msg.startswith("Invalid control character"):
        return ("ett styrtecken (tabb, radbrytning …) står rått i en sträng; skriv det "
                "som \\t eller \\n")
    return e.msg


def _value_error(e: ValueError) -> str:
    if "digits" in str(e):
        return "ett tal i JSON har fler än 4300 siffror; det här är ingen export"
    return f"ogiltig JSON ({type(e).__name__}); rätta syntaxen eller exportera filen på nytt"


def parse_json(text: str, path: str) -> Iterator[ReadItem]:
    data = load_json(text, path)
    if isinstance(data, Broken):
        yield data
        return
    if isinstance(data, list):
        lines = _record_lines(text, len(data))
        starts = [0]
        for pos, ch in enumerate(text):
            if ch == "\n":
                starts.append(pos + 1)
        for i, item in enumerate(data):
            begin = starts[min(lines[i], len(starts)) - 1]
            end = starts[lines[i + 1] - 1] if i + 1 < len(data) and lines[i + 1] <= len(starts) else len(text)
            yield _with_object_lines(build_record(item, path, lines[i], prefix=f"[{i}]",
                                                  text=text[begin:end]),
                                     text[begin:end], lines[i])
    else:
        yield _with_object_lines(build_record(data, path, 1, text=text), text, 1)


def parse_line(raw: bytes | str, path: str, lineno: int) -> ReadItem | None:
    """One line of a JSON Lines file as a record (None for a blank line); ``lineno`` is
    its line number, for the finding's place."""
    line = decode(raw) if isinstance(raw, bytes) else raw
    if not line.strip():
        return None
    # the common case in one step: pydantic parses and validates the JSON itself (in Rust,
    # no Python objects in between; nesting past its own bound is an error, and no record
    # nests deeper than the format's few levels); anything it refuses takes the path
    # below, which names the problem in its own words
    try:
        record = Record.model_validate_json(line)
    except ValueError:  # (pydantic's ValidationError is one)
        pass
    else:
        _attach_locs(record, path, lineno)
        return Loaded(record, path, lineno)
    try:
        data = decode_json(line)
    except TooDeep:
        return Broken(path, lineno, f"JSON nästlad djupare än {MAX_DEPTH} nivåer")
    except json.JSONDecodeError as e:
        return Broken(path, lineno, f"ogiltig JSON i kolumn {e.colno} ({_reason(e)}); varje rad "
                                    "ska vara en hel post", e.colno)
    except ValueError as e:
        return Broken(path, lineno, _value_error(e))
    return build_record(data, path, lineno, text=line)


def line_items(raw: bytes, path: str, lineno: int) -> Iterator[ReadItem]:
    """What one JSON Lines line read as bytes holds: its record (or the NL901 that it is
    none), and before it an NL901 when bytes that are not UTF-8 were replaced — the line is
    still read, nothing is silently altered."""
    text, bad_at = decode_checked(raw)
    if bad_at is not None:
        yield bad_bytes_item(text, bad_at, path, first_line=lineno)
    parts = _LONE_CR.split(text) if "\r" in text else []
    if len(parts) > 1 and _one_value(parts[0]):
        # lines ended by a carriage return alone (old Mac line endings, some Windows tools):
        # each is a line of its own, numbered as an editor shows them — not one line whose
        # second record is "extra data" (a record pretty-printed over such lines is kept
        # whole: its first line alone is no JSON value)
        for k, part in enumerate(parts):
            item = parse_line(part, path, lineno + k)
            if item is not None:
                yield item
        return
    item = parse_line(text, path, lineno)
    if item is not None:
        yield item


_LONE_CR = re.compile(r"\r(?!\n)")


def _one_value(text: str) -> bool:
    """Whether ``text`` is one whole JSON object."""
    if not text.lstrip().startswith("{"):
        return False
    try:
        return isinstance(decode_json(text), dict)
    except (ValueError, TooDeep):
        return False


def parse_jsonl(text: str, path: str) -> Iterator[ReadItem]:
    """JSON Lines read whole (standard input, UTF-16): split on ``\n`` only, as
    :func:`stream_jsonl` reads a file (a ``\r`` before it is JSON whitespace) — a JSON
    string may hold U+2028, U+0085 or U+001C raw, where ``str.splitlines`` would cut."""
    for lineno, line in enumerate(text.split("\n"), 1):
        item = parse_line(line, path, lineno)
        if item is not None:
            yield item


def read_bounded_line(fh: BinaryIO) -> tuple[bytes | None, int]:
    """(the next line, bytes consumed): at most :data:`MAX_LINE_BYTES` are held — a longer
    line is skipped to its end and comes back as None. (b"", 0) at the end of the file."""
    raw = fh.readline(MAX_LINE_BYTES + 1)
    if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
        consumed = len(raw)
        while raw and not raw.endswith(b"\n"):  # skip the rest of the line
            raw = fh.readline(1024 * 1024)
            consumed += len(raw)
        return None, consumed
    return raw, len(raw)


def line_too_long(path: str, lineno: int) -> Broken:
    """The NL901 for a JSON Lines line over :data:`MAX_LINE_BYTES` (every reader of lines)."""
    return Broken(path, lineno, f"raden är längre än {max(1, MAX_LINE_BYTES >> 20)} MB; "
                                "en rad ska vara en post")


def stream_jsonl(fh: BinaryIO, path: str) -> Iterator[ReadItem]:
    """Read JSON Lines one line at a time: memory stays flat whatever the export size."""
    lineno = 0
    while True:
        raw, consumed = read_bounded_line(fh)
        if not consumed:
            return
        lineno += 1
        if raw is None:
            yield line_too_long(path, lineno)
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield from line_items(raw, path, lineno)


def _looks_jsonl(head: str) -> bool:
    first, _, rest = head.partition("\n")
    return first.strip().startswith("{") and rest.lstrip().startswith("{")


def sniff_json(head: str, ext: str) -> int:
    if not head.startswith(("{", "[")):
        return 0
    if head.startswith("{") and _looks_jsonl(head):
        return 0
    return 90 if ext == ".json" else 60


def sniff_jsonl(head: str, ext: str) -> int:
    if ext == ".jsonl" or ext == ".ndjson":
        return 95  # (whatever its first line: a bad line is that line's NL901, not the file's)
    if not head.startswith("{"):
        return 0
    return 70 if _looks_jsonl(head) else 0


register_format("json", [".json"], sniff_json, parse_json)
register_format("jsonl", [".jsonl", ".ndjson"], sniff_jsonl, parse_jsonl, stream_jsonl)

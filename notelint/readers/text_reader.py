"""The text note format (journal copies) and 1177 case summaries — see DESIGN.md.

(Being written: the foundation issue's text reader lands here.)
"""

from __future__ import annotations

from typing import Iterator

from notelint.readers import Broken, ReadItem, register_format


def sniff_text(head: str, ext: str) -> int:
    if head.startswith(("{", "[", "<")):
        return 0
    return 50 if ext in {".txt", ".note", ""} else 10


def parse_text(text: str, path: str) -> Iterator[ReadItem]:
    yield Broken(path, 1, "text notes are not supported yet")


register_format("text", [".txt", ".note"], sniff_text, parse_text)

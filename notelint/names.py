"""How a name written in a note is compared: a sökord, a template, a journal system.

Exports print the same heading in many ways ("Tidiga hypoteser:", "tidiga  hypoteser",
"TIDIGA HYPOTESER"); the rulesets (which template or sökord a region filters) and the NLP's
section tables (``models/section_*.tsv``) read them alike, through this one function.
"""

from __future__ import annotations

__all__ = ["heading_key"]


def heading_key(name: str) -> str:
    """``name`` case-folded, its colons as spaces and its runs of spaces as one, trimmed."""
    return " ".join(name.casefold().replace(":", " ").split())

"""The team's cue lists for clinical triggers and documentation elements (``models/``).

Plain text read offline, like every other resource of the pipeline
(:mod:`notelint.nlp.resources`); nothing is fetched at run time.
"""

from __future__ import annotations

from functools import lru_cache

from .resources import _rows


@lru_cache(maxsize=1)
def trigger_gates() -> dict[str, tuple[str, ...]]:
    """kind → the stems one of which every pattern of that kind contains."""
    out: dict[str, list[str]] = {}
    for line in _read_raw("trigger_gates.tsv"):
        kind, stem = line.split("\t", 1)
        out.setdefault(kind.strip(), []).append(stem.lower())
    return {k: tuple(v) for k, v in out.items()}


def _read_raw(name: str) -> list[str]:
    """Data lines of a models/ file with their trailing spaces kept ("bet " is a stem)."""
    from .resources import _read

    return [line.rstrip("\n") for line in _read(name).splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


__all__ = ["trigger_gates", "_rows"]

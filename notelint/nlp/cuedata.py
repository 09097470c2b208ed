"""Reading the team's cue lists for documentation elements and access changes (``models/``).

Plain text read offline, like every other resource of the pipeline
(:mod:`notelint.nlp.resources`); nothing is fetched at run time.
"""

from __future__ import annotations

from .resources import _rows


def _read_raw(name: str) -> list[str]:
    """Data lines of a models/ file with their trailing spaces kept."""
    from .resources import _read

    return [line.rstrip("\n") for line in _read(name).splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


__all__ = ["_rows"]

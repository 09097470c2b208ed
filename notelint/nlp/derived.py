"""Tables worked out from the models, shipped beside them so a process need not work them
out again at every start (``models/derived/``; regenerate with
``python -m notelint.nlp.derived``).

A table is stored with the key of what it was worked out from (a hash of its inputs and
of the code that works it out). A process uses it only when the key of its own inputs is
the same; otherwise (a lexicon or an expression edited, the table not regenerated yet) it
works the table out itself — slower, never wrong. ``tests/test_nlp_derived.py`` fails
while a shipped table is stale, naming the command above.

Nothing here is written at run time: the files are part of the package, like the models.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

FOLDER = "derived"


def key_of(*parts: Any) -> str:
    """A short hash of ``parts`` (JSON-encodable; sets sorted first)."""
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, (set, frozenset)):
            part = sorted(part)
        h.update(json.dumps(part, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def code_key(module_file: str) -> str:
    """The hash of a module's source: a table is worked out by that code ("" where the
    source cannot be read — an install without it: no shipped table is then used)."""
    try:
        return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()[:32]
    except OSError:
        return ""


def _path(name: str) -> Any:
    from importlib.resources import files

    return files("notelint.models_data") / FOLDER / f"{name}.json.gz"


def load(name: str, key: str) -> Any | None:
    """The shipped table ``name`` if it was worked out under ``key``, else None."""
    try:
        with _path(name).open("rb") as fh:
            stored = json.loads(gzip.decompress(fh.read()))
    except (OSError, ValueError):
        return None
    if not key or not isinstance(stored, dict) or stored.get("key") != key:
        return None
    return stored.get("data")


def write(name: str, key: str, data: Any, folder: Path | None = None) -> Path:
    """Store ``data`` as table ``name`` under ``key`` (the models' folder by default)."""
    if folder is None:
        folder = Path(str(_path(name))).parent
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json.gz"
    raw = json.dumps({"key": key, "data": data}, ensure_ascii=False, sort_keys=True,
                     separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    return path


def tables() -> dict[str, tuple[str, Any]]:
    """Every shipped table as it should be now: name → (key, data), worked out afresh."""
    from .literals import required_table
    from .prefilter import typo_keys_table, typo_sounds_table

    return {"required": required_table(), "typo_keys": typo_keys_table(),
            "typo_sounds": typo_sounds_table()}


def main() -> int:
    for name, (key, data) in tables().items():
        print(write(name, key, data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

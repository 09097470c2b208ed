"""Each distinct sentence annotated once per process.

Journal text repeats itself: templated status lines, copy-forward of earlier notes,
standard phrases of a unit. Every component of the pipeline works inside one sentence
(ConText scopes, trigger patterns, phrase matches; the prefilter does not cut where a
lexicon term, a cue or a code reaches over a sentence start, see
``prefilter.active_runs(sentences=True)``), so a sentence's annotations depend on its text
alone. They are kept here, offsets relative to the sentence's start, and a sentence seen
before never reaches spaCy again.

- The key is the sentence's text; a cache belongs to one pipeline object (one per code
  file) and carries its identity (``SentenceCache.identity``: notelint's and spaCy's
  versions and a hash of every model file and of the code file). A pipeline built again
  (other files, a test's monkeypatch) gets a new, empty cache.
- The values are the frozen :class:`Mention` and :class:`Trigger` objects themselves
  (``section`` 0, offsets from the sentence's start); every field is carried, offsets
  (``start``, ``end``, ``sentence``) are shifted on the way out.
- Memory is bounded: least recently used sentences go first once the cache holds
  :data:`MAX_ENTRIES` sentences or :data:`MAX_CHARS` characters of them. Each process (each
  ``--jobs`` worker) has its own; nothing is written to disk, so no note text outlives
  the process.
- ``NOTELINT_SENTENCE_CACHE=0`` turns it off (every kept sentence goes through spaCy, as
  whole prefiltered runs); findings are the same either way.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from typing import Any, TypeVar

from .budget import SENTENCE_CHARS, SENTENCES
from .types import Mention, Trigger

MAX_ENTRIES = SENTENCES
MAX_CHARS = SENTENCE_CHARS

Value = tuple[tuple[Mention, ...], tuple[Trigger, ...]]
_EMPTY: Value = ((), ())
T = TypeVar("T", Mention, Trigger)


class SentenceCache:
    """An LRU map from a sentence's text to its annotations (relative to its start)."""

    def __init__(self, identity: str | None = None, max_entries: int | None = None,
                 max_chars: int | None = None, code_file: str | None = None) -> None:
        self._identity = identity
        self.code_file = code_file
        self.max_entries = MAX_ENTRIES if max_entries is None else max_entries
        self.max_chars = MAX_CHARS if max_chars is None else max_chars
        self.chars = 0
        self.hits = 0
        self.misses = 0
        self._data: OrderedDict[str, Value] = OrderedDict()

    @property
    def identity(self) -> str:
        """The pipeline's identity (hashed when first asked: 0.1 s a process)."""
        if self._identity is None:
            self._identity = pipeline_identity(self.code_file)
        return self._identity

    def __len__(self) -> int:
        return len(self._data)

    def get(self, text: str) -> Value | None:
        value = self._data.get(text)
        if value is None:
            self.misses += 1
            return None
        self.hits += 1
        self._data.move_to_end(text)
        return value

    def put(self, text: str, value: Value) -> None:
        if len(text) > self.max_chars or text in self._data:
            return
        self._data[text] = value if value[0] or value[1] else _EMPTY
        self.chars += len(text)
        while len(self._data) > self.max_entries or self.chars > self.max_chars:
            old, _ = self._data.popitem(last=False)
            self.chars -= len(old)

    def clear(self) -> None:
        self._data.clear()
        self.chars = 0


def shifted(item: T, section: int, offset: int) -> T:
    """``item`` (a cached Mention or Trigger) placed at ``offset`` of section ``section``."""
    if not offset and item.section == section:
        return item
    # a copy of the frozen dataclass without dataclasses.replace (which re-runs __init__
    # through introspection: a fifth of the cost of a cached sentence)
    moved = object.__new__(type(item))
    fields = moved.__dict__
    fields.update(item.__dict__)
    fields["section"] = section
    fields["start"] = item.start + offset
    fields["end"] = item.end + offset
    if item.sentence >= 0:
        fields["sentence"] = item.sentence + offset
    return moved


_caches: dict[str | None, tuple[Any, SentenceCache]] = {}


# read once: asked for every note
ENABLED = os.environ.get("NOTELINT_SENTENCE_CACHE", "1").strip().lower() not in ("0", "off", "false", "no")


def enabled() -> bool:
    return ENABLED


def cache_for(key: str | None, nlp: Any) -> SentenceCache | None:
    """The cache of the pipeline ``nlp`` (built for code file ``key``), or None when off."""
    if not enabled():
        return None
    got = _caches.get(key)
    if got is None or got[0] is not nlp:
        got = _caches[key] = (nlp, SentenceCache(code_file=key))
    return got[1]


def pipeline_identity(code_file: str | None) -> str:
    """A hash of what decides a sentence's annotations: versions, model files, code file."""
    from importlib.metadata import PackageNotFoundError, version
    from importlib.resources import files

    h = hashlib.sha256()
    for dist in ("notelint", "spacy"):
        try:
            h.update(f"{dist}={version(dist)}\n".encode())
        except PackageNotFoundError:
            h.update(f"{dist}=?\n".encode())
    stack = [files("notelint.models_data")]
    while stack:
        for entry in sorted(stack.pop().iterdir(), key=lambda e: e.name, reverse=True):
            if entry.is_dir():
                if entry.name != "__pycache__":
                    stack.append(entry)
            elif not entry.name.endswith((".py", ".pyc")):
                h.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    if code_file:
        h.update(b"code_file\0" + os.fsencode(code_file) + b"\0")
        try:
            with open(code_file, "rb") as fh:
                h.update(fh.read())
        except OSError:
            pass
    return h.hexdigest()


def stats() -> dict[str, int]:
    """Hits, misses, sentences and characters held, over every cache of this process."""
    out = {"hits": 0, "misses": 0, "entries": 0, "chars": 0}
    for _, cache in _caches.values():
        out["hits"] += cache.hits
        out["misses"] += cache.misses
        out["entries"] += len(cache)
        out["chars"] += cache.chars
    return out

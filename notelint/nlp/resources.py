"""Load the team's lexicons from ``models/`` (shipped as ``notelint.models_data``).

Everything here is plain text read offline; nothing is fetched at run time.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path


def _read(name: str) -> str:
    return files("notelint.models_data").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in _read(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out


@dataclass(frozen=True)
class LexEntry:
    term: str
    concept: str
    icd10: str | None


@dataclass(frozen=True)
class Cue:
    text: str
    category: str   # negated uncertain hypothetical historical family terminate pseudo
    direction: str  # forward backward both (or a special rule name, e.g. "sedan")


@dataclass
class Resources:
    lexicon: list[LexEntry]
    heads: list[tuple[str, str, str | None]]          # (suffix, concept suffix, icd)
    stop_exact: frozenset[str]
    stop_suffix: tuple[str, ...]
    cues: list[Cue]
    triggers: list[tuple[str, re.Pattern[str]]]
    tokenizer_exceptions: list[str]
    keywords: list[tuple[str, str]] = field(default_factory=list)  # for the prefilter


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    lexicon = []
    for row in _rows("lexicon/diagnoses.tsv"):
        concept = row[1]
        icd = row[2] if len(row) > 2 and row[2] else None
        for term in row[0].split("|"):
            if term.strip():
                lexicon.append(LexEntry(term.strip().lower(), concept, icd))
    heads = []
    for row in _rows("lexicon/compound_heads.tsv"):
        icd = row[2] if len(row) > 2 and row[2] else None
        for suffix in row[0].split("|"):
            heads.append((suffix.lower(), row[1], icd))
    heads.sort(key=lambda h: -len(h[0]))
    stop = [w.lower() for (w, *_) in _rows("lexicon/compound_stoplist.txt")]
    cues = [Cue(r[0].lower(), r[1], r[2]) for r in _rows("context_cues.tsv")]
    macros: dict[str, str] = {}
    triggers = []
    for kind, pattern in _rows("triggers.tsv"):
        for name, value in macros.items():
            pattern = pattern.replace("{" + name + "}", value)
        if kind.startswith("@"):
            macros[kind[1:]] = pattern
            continue
        triggers.append((kind, re.compile(pattern)))
    exceptions = [r[0] for r in _rows("tokenizer_exceptions.txt")]
    # prefilter words: (word, mode), mode = exact | prefix | suffix | any (see might_fire)
    keywords = [(t, "any" if len(t) >= 5 else "exact")
                for t in {e.term.split()[0] for e in lexicon if len(e.term) >= 2}]
    keywords += [(h[0], "suffix") for h in heads if len(h[0]) >= 3]
    keywords += [(w, "prefix" if len(w) < 5 else "any") for w in (
        "våld", "misshand", "slå", "slog", "slag", "hot", "oro", "illa", "övergrepp",
        "informer", "underrätt", "delg", "meddel", "besked", "upplys", "ovetande", "hubs",
        "hälsoundersökning", "blind", "randomiser", "uppgift", "anonym", "stryp", "spark",
        "vet inte", "vet ej", "arm", "placebo", "knuff", "skak", "anmäl", "berätta")]
    return Resources(lexicon, heads, frozenset(stop),
                     tuple(w for w in stop if len(w) >= 5), cues, triggers, exceptions,
                     sorted(set(keywords)))


try:  # the CLI turns a UserError into one clear line and exit code 2
    from notelint.cli import UserError as _UserError
except Exception:  # pragma: no cover - CLI dependencies missing
    _UserError = Exception


class CodeFileError(_UserError, ValueError):
    """The configured ICD-10-SE code file (NOTELINT_ICD10SE / code_file=) cannot be read."""


@lru_cache(maxsize=8)
def load_code_file(path: str) -> frozenset[str]:
    """ICD-10-SE codes, one per line (dots optional); returns normalised codes (no dots)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise CodeFileError(f"cannot read ICD-10 code file {path}: {e.strerror}") from None
    codes = set()
    for line in text.splitlines():
        tok = line.strip().split("\t")[0].split(" ")[0].replace(".", "").upper()
        if tok and not tok.startswith("#"):
            codes.add(tok)
    return frozenset(codes)


def default_code_file() -> str | None:
    return os.environ.get("NOTELINT_ICD10SE") or None


def check_configured_code_file() -> None:
    """Raise CodeFileError now if NOTELINT_ICD10SE names a file that cannot be read."""
    path = default_code_file()
    if path:
        load_code_file(path)

"""The text note format (journal copies) and 1177 case summaries in text — see docs/format.md.

A text file is one patient's bundle. Blocks are separated by a line ``---``; each block
has a header of ``Key: value`` lines, a blank line and a body::

    Patient: 19121212-1212
    Journalsystem: PMO
    Vårdenhet: Vårdcentralen Höör
    Mall: Telefonkontakt
    Datum: 2024-03-12 14:05
    Författare: Anna Andersson
    Roll: sjuksköterska
    Signerad: 2024-03-12 15:00
    Ärende: 1177-4711

    Kontaktorsak: Pat hör av sig via 1177 pga utslag sedan 3 dgr.
    Bedömning:
    Trol kontakteksem. Ingen feber.

A block whose header has ``Ärendetyp:`` (and no ``Mall:``) is a 1177 case: its body is
the messages, each starting with a line ``YYYY-MM-DD HH:MM Avsändare: text``.

Decisions (documented here because they are visible to users):

* A body line ``Sökord:`` (alone or followed by text) starts a section when the sökord is
  known (its keyword is then spelt canonically: ``BEDÖMNING:`` → ``Bedömning``): :data:`COMMON_KEYWORDS` plus every protected template/sökord and access
  documentation keyword named in the built-in rulesets. A close misspelling of a known
  sökord that no ruleset protects (one letter off, diacritics aside: ``Bedömnig:``,
  ``Aktuelt:``, ``Atgard:``) is read as that sökord; a guess never makes text hidden, so
  one of a protected sökord (``Tidiga hypotser:``) is a visible section of its own.
  An unknown ``Rubrik:`` starts a section when it reads like a heading (at most five
  words, a capital letter first, no sentence words: "Pat har ont:" is text) and stands
  alone on its line — or, inside a section some ruleset hides, also with text after it
  (``Slutsats: …`` after ``Våldsutsatthet i nära relationer:``), so that text never
  inherits the hiding; inline labels (``Obs:``, ``Notera:``, ``Tel:`` …) never do. Both
  guesses are kept on the section (:class:`~notelint.model.Heading`) and NL903 names them.
* Text before the first sökord is the section :data:`DEFAULT_KEYWORD`.
* Section text is kept verbatim (line endings normalised to ``\\n``; leading and trailing
  blank lines dropped) and each section records where its text starts, so a finding's
  offset maps back to ``path:line:col``.
* The patient comes from the ``Patient:`` headers, which must agree; a block whose
  Patient disagrees is NL901 and the rest of the file is still read. A file with no
  valid Patient header cannot become a record and is reported once, with the fix.
* A note without ``Id:`` gets a stable id from its time (``2024-03-12T14:05``), else
  ``anteckning-N`` (N = its number among the file's notes).
* Message senders Invånare/Patient/Vårdnadshavare/Ombud become ``"patient"``, every
  other sender (``Ssk Lena``, ``Mottagningen``) ``"staff"`` — the canonical values of the
  interchange format; staff names are deliberately not kept.
* Unknown header keys are an error (like unknown JSON fields): a typo such as
  ``Signrad:`` must not silently turn a signed note into a draft.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

from pydantic import ValidationError

from notelint import pii
from notelint.model import Conversation, Heading, Note, Patient, Record, SourceLoc
from notelint.readers import Broken, Loaded, ReadItem, register_format
from notelint.readers.errors import describe

__all__ = [
    "COMMON_KEYWORDS", "DEFAULT_KEYWORD", "parse_text", "sniff_text", "known_keywords",
    "is_section_start",
]

DEFAULT_KEYWORD = "Anteckning"

# Common Swedish sökord (journal headings) across PMO, Melior, Cosmic, TakeCare, Asynja.
# Deliberately absent: status sub-items and VIPS terms (Hud, Cor, Pulm, Buk, Smärta,
# Andning …) so that "Hud: torr" inside Status stays in Status; alone on a line they
# still start a section through the heading heuristic.
COMMON_KEYWORDS: tuple[str, ...] = (
    "Aktuellt", "Aktuellt tillstånd", "Aktuell anamnes", "Aktuella problem", "Anamnes",
    "Tidigare sjukdomar", "Tidigare", "Hereditet", "Social anamnes", "Socialt",
    "Sociala förhållanden", "Levnadsvanor", "Tobak", "Alkohol", "Fysisk aktivitet",
    "Läkemedel", "Aktuella läkemedel", "Läkemedelsgenomgång", "Allergi", "Allergier",
    "Överkänslighet", "Status", "Allmäntillstånd", "Psykiskt status", "Somatiskt status",
    "Undersökning", "Kroppsundersökning", "Undersökningsfynd", "Fynd", "Vitalparametrar",
    "Bedömning", "Åtgärd", "Åtgärder", "Planering", "Plan", "Vårdplan", "Kontaktorsak",
    "Sökorsak", "Besöksorsak", "Orsak till kontakt", "Kontaktväg", "Resultat", "Diagnos",
    "Diagnoser", "Tidiga hypoteser", "Våld i nära relationer", "Våld i nära relation",
    "Våldsutsatthet i nära relationer", "Våldsutsatthet", "Tredje person",
    "Enkelblind prövning", "Orosanmälan gällande barn", "Oro för att barn far illa",
    "Orosanmälan", "Reglerad åtkomst på 1177.se", "Reglerad åtkomst", "Sammanfattning",
    "Frågeställning", "Uppföljning", "Information", "Information till patient",
    "Patientinformation", "Information till närstående", "Ordination", "Ordinationer",
    "Behandling", "Utredning", "Provtagning", "Provsvar", "Lab", "Labb", "Röntgen",
    "Remiss", "Remissvar", "Epikris", "Telefonkontakt", "Konsultation", "Intyg",
    "Sjukskrivning", "Hälsoproblem", "Omvårdnad", "Omvårdnadsstatus", "Mål", "Målsättning",
    "Överrapportering", "Kommentar", "Övrigt", "Hjälpmedel", "Psykosocialt",
    "Riskbedömning", "Suicidriskbedömning", "Samtal", "Kontakt", "Besök", "Vårdbegäran",
    "Egen vårdbegäran", "Anhöriga", "Närstående", "Journalen", "Ärendet",
    "Behandlingsplan", "Behandlingsresultat", "Bakgrund", "Ställningstagande",
    "Beslut", "Motivering", "Samordning", "Bilagor", "Bifogade filer", "Recept",
    "Receptförnyelse", "Tidbokning", "Ombokning",
)

_PATIENT_SENDERS = {"invånare", "invanare", "patient", "patienten", "vårdnadshavare",
                    "vardnadshavare", "ombud", "förälder", "mamma", "pappa"}

# Header keys (casefolded) → canonical field.
_NOTE_KEYS = {
    "mall": "template", "anteckningstyp": "template", "journalsystem": "system",
    "system": "system", "datum": "time", "tid": "time", "tidpunkt": "time",
    "författare": "author", "signerande": "author", "roll": "role", "yrkesroll": "role",
    "befattning": "role", "signerad": "signed", "signerat": "signed", "ärende": "refs",
    "ärenden": "refs", "id": "id", "anteckning-id": "id", "anteckningsid": "id",
    "vårdform": "setting", "setting": "setting", "vårdtyp": "setting",
}
_CASE_KEYS = {
    "ärendetyp": "type", "ärende": "id", "ärende-id": "id", "ärendenummer": "id",
    "skapat": "opened", "skapad": "opened", "inkommet": "opened", "öppnat": "opened",
    "hanterat": "handled", "hanterad": "handled", "avslutat": "handled",
    "bilagor": "attachments", "bilaga": "attachments", "berör vård": "concerns_care",
}
_COMMON_KEYS = {
    "patient": "patient", "personnummer": "patient", "vårdenhet": "unit", "enhet": "unit",
    "hsa-id": "hsa_id", "hsaid": "hsa_id", "hsa id": "hsa_id",
}
_ALL_KEYS = {**_NOTE_KEYS, **_CASE_KEYS, **_COMMON_KEYS}

_LINE_KV = re.compile(r"^(?P<key>[^\W\d_][\w .\-/åäöÅÄÖ]{0,60}?)[ \t]*:(?P<rest>.*)$")
_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$")
_TIME = re.compile(
    r"^(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:(?:[ T]+|[ ]*kl\.?[ ]*)(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2})(?:\.\d+)?)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?(?P<rest>.*)$"
)
_MESSAGE = re.compile(
    r"^(?P<time>\d{4}-\d{2}-\d{2}[ T]\d{1,2}[:.]\d{2}(?::\d{2})?)[ \t]+"
    r"(?P<sender>[^:\n]{1,60}?)[ \t]*:[ \t]?(?P<text>.*)$"
)
_PIN_PREFIX = re.compile(r"^\s*((?:\d{8}|\d{6})[-+]?\d{4})(?=$|[\s,;])")
_NO_VALUES = {"", "nej", "-", "ej", "ej signerad", "osignerad", "inte signerad", "utkast",
              "no", "false"}
_YES_VALUES = {"ja", "j", "yes", "true", "x"}
_IMAGE_EXT = {"jpg", "jpeg", "png", "heic", "heif", "gif", "bmp", "tif", "tiff", "webp"}
_DOC_EXT = {"pdf", "doc", "docx", "odt", "rtf", "txt", "xls", "xlsx", "ods"}
_KIND_WORDS = {"bild": "image", "foto": "image", "image": "image", "dokument": "document",
               "document": "document", "annat": "other", "övrigt": "other", "other": "other"}

# Words that make "Xxx yyy:" a sentence, not a heading (pronouns, subjects, finite verbs).
_SENTENCE_WORDS = {
    "pat", "pat.", "patienten", "pt", "hon", "han", "hen", "jag", "vi", "de", "dom", "ni",
    "du", "man", "mamma", "pappa", "har", "hade", "är", "var", "ska", "skall", "kan",
    "kunde", "får", "fick", "vill", "ville", "tar", "tog", "säger", "sa", "sade", "uppger",
    "berättar", "ger", "gav", "går", "gick", "kom", "kommer", "blir", "blev", "inte", "ej",
    "när", "som", "att", "ont", "mår", "känner", "tycker", "önskar", "behöver", "söker",
    "ringer", "ringde", "skriver", "frågar", "undrar", "the", "följande", "bl.a", "t.ex",
}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().casefold())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    """(normalised sökord → its canonical spelling, normalised names that some built-in
    ruleset protects): the common list plus every ruleset's names."""
    names: list[str] = list(COMMON_KEYWORDS)
    protected: set[str] = set()
    try:
        from notelint.rulesets import available_rulesets, load_ruleset

        for name in available_rulesets():
            try:
                rs = load_ruleset(name)
            except Exception:  # a broken ruleset is reported where it is used, not here
                continue
            for p in rs.protected:
                names.extend(p.names())
                protected.update(_norm(n) for n in p.names() if n)
            names.append(rs.access.doc_keyword)
            names.extend(rs.access.doc_keyword_aliases)
    except Exception:
        pass
    table: dict[str, str] = {}
    for n in names:
        if n:
            table.setdefault(_norm(n), n)
    return table, frozenset(protected)


def _keyword_table() -> dict[str, str]:
    return _tables()[0]


def known_keywords() -> frozenset[str]:
    """Normalised sökord that always start a section."""
    return frozenset(_keyword_table())


_FOLD = str.maketrans("åäöéü", "aaoeu")


def _one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion, substitution or swap of neighbours turns a into b."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


@lru_cache(maxsize=4096)
def _misspelt(key: str) -> tuple[str, bool] | None:
    """(the known sökord a heading is a close misspelling of, whether a ruleset protects
    it): "Bedömnig" → "Bedömning", "Atgard" → "Åtgärd" — when exactly one sökord is one
    edit away (diacritics aside) and the heading has at least five letters."""
    norm = _norm(key)
    if len(norm) < 5:
        return None
    table, protected = _tables()
    folded = norm.translate(_FOLD)
    hits = {(canonical, known in protected) for known, canonical in table.items()
            if _one_edit(folded, known.translate(_FOLD))}
    return hits.pop() if len(hits) == 1 else None


# Labels that start a line inside a section's text and are not headings ("Obs: ring
# tillbaka"): they never end a section, not even a protected one.
_INLINE_LABELS = {"obs", "nb", "notera", "ps", "ang", "angående", "dvs", "tex", "t.ex", "ex",
                  "se", "jfr", "tel", "telefon", "kl", "citat", "fråga", "svar", "ref"}


_DATED = re.compile(r"(?<=[^\W\d_])[ \t]+\d[\d\-./ ]*$")


@dataclass(frozen=True)
class _Start:
    keyword: str          # the section's sökord (canonical when known)
    start: int            # index in the line where the section's text starts
    written: str          # the heading as written
    how: str              # "known", "corrected" (a misspelt known sökord) or "unknown"
    resembles: str | None = None   # the protected sökord an unknown heading is one edit from


def _heading_like(key: str) -> bool:
    key = _DATED.sub("", key) or key  # "Ny bedömning 2024-03-12": the heading and its date
    words = key.split()
    if not 1 <= len(words) <= 5 or not key[0].isupper():
        return False
    if any(ch in key for ch in ",;!?()\"'") or key.endswith("."):
        return False
    if any(ch.isdigit() for ch in key):
        return False
    return not any(w.casefold().strip(".") in _SENTENCE_WORDS for w in words)


def _section_start(line: str, in_protected: bool = False) -> _Start | None:
    """How ``line`` starts a section, if it does. ``in_protected``: the line is inside a
    section that some ruleset hides, where an unknown ``Rubrik: text`` ends that section
    (its text must not inherit the hiding) instead of continuing it."""
    m = _LINE_KV.match(line)
    if m is None:
        return _qualified_start(line)
    key = m.group("key").strip()
    rest = m.group("rest")
    if rest.startswith(("/", "\\")):  # "Obs: http://…" style or a path
        return None
    start = m.start("rest") + (len(rest) - len(rest.lstrip()))
    canonical = _keyword_table().get(_norm(key))
    if canonical is not None:
        return _Start(canonical, start, key, "known")
    qualified = _qualified_start(line)
    if qualified is not None:
        return qualified
    if not _heading_like(key):
        return None
    near = _misspelt(key)
    if near is not None and not near[1]:
        return _Start(near[0], start, key, "corrected")
    if near is not None:  # a guess must not hide text: its own, visible section
        return _Start(key, start, key, "unknown", resembles=near[0])
    if not rest.strip() or (in_protected and _norm(key).rstrip(".") not in _INLINE_LABELS):
        return _Start(key, start, key, "unknown")
    return None


# a known sökord with a qualifier ("Bedömning 2:", "Bedömning (läkare):", "Åtgärd, plan:",
# "Bedömning 2024-03-12:") or indented ("  Bedömning:"): read as that sökord, and said
_QUALIFIED = re.compile(r"^(?P<indent>[ \t]*)(?P<base>[^\W\d_][\w .\-/]{0,40}?)[ \t]*"
                        r"(?P<qual>\([^()\n:]{0,40}\)|\d[\d\-./ ]{0,20}|,[^,:\n]{1,30})?[ \t]*:"
                        r"(?P<rest>.*)$")


def _qualified_start(line: str) -> _Start | None:
    m = _QUALIFIED.match(line)
    if m is None or not (m.group("qual") or m.group("indent")):
        return None
    canonical = _keyword_table().get(_norm(m.group("base").strip()))
    if canonical is None:
        return None
    rest = m.group("rest")
    if rest.startswith(("/", "\\")):
        return None
    start = m.start("rest") + (len(rest) - len(rest.lstrip()))
    written = line[m.start("base"):m.end("qual") if m.group("qual") else m.end("base")].strip()
    return _Start(canonical, start, written, "known" if not m.group("qual") else "corrected")


def is_section_start(line: str) -> tuple[str, int] | None:
    """If ``line`` starts a section: (its sökord, index where its text starts)."""
    hit = _section_start(line)
    return (hit.keyword, hit.start) if hit else None


# --------------------------------------------------------------------------- parsing


class _BlockError(Exception):
    def __init__(self, line: int, message: str, column: int = 1) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.column = column


@dataclass
class _Block:
    start: int                      # 1-based line of the block's first non-blank line
    lines: list[str]                # the block's lines (from ``start``)
    header: dict[str, tuple[str, int]] = field(default_factory=dict)   # field → (value, line)
    refs: list[tuple[str, int]] = field(default_factory=list)
    body_start: int = 0             # index into lines


def _split_blocks(lines: list[str]) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    first = 1
    for i, line in enumerate(lines, 1):
        if _SEPARATOR.match(line):
            blocks.append(_Block(first, current))
            current, first = [], i + 1
        else:
            current.append(line)
    blocks.append(_Block(first, current))
    out = []
    for b in blocks:
        skip = 0
        while skip < len(b.lines) and not b.lines[skip].strip():
            skip += 1
        if skip == len(b.lines):
            continue
        out.append(_Block(b.start + skip, b.lines[skip:]))
    return out


def _parse_header(block: _Block) -> None:
    """Fill ``block.header``; stop at the first blank line or the first body line."""
    i = 0
    while i < len(block.lines):
        raw = block.lines[i].rstrip()
        lineno = block.start + i
        if not raw.strip():
            i += 1
            break
        m = _LINE_KV.match(raw)
        key = _norm(m.group("key")) if m else ""
        if m is None or key not in _ALL_KEYS:
            if (m is not None and block.header and not is_section_start(raw)
                    and len(m.group("key").split()) <= 3 and _heading_like(m.group("key").strip())):
                close = difflib.get_close_matches(key, list(_ALL_KEYS), n=1, cutoff=0.6)
                hint = f"; menade du '{close[0].capitalize()}:'?" if close else (
                    "; lämna en tom rad mellan huvudet och texten")
                raise _BlockError(lineno, f"okänd huvudrad '{m.group('key').strip()}:'{hint}")
            break  # the body starts here (no blank line after the header: tolerated)
        value = m.group("rest").strip()
        if key in ("ärende", "ärenden"):
            block.refs.append((value, lineno))
        block.header[key] = (value, lineno)
        i += 1
    block.body_start = i


def _parse_time(value: str, lineno: int, label: str) -> dt.datetime:
    m = _TIME.match(value.strip())
    if m is None or (m.group("rest") and not m.group("rest")[:1].isspace()):
        raise _BlockError(lineno, f"{label}: '{value[:40]}' är ingen tidpunkt; skriv den som "
                                  "ÅÅÅÅ-MM-DD TT:MM (eller ISO 8601)")
    try:
        t = dt.datetime(int(m.group("y")), int(m.group("mo")), int(m.group("d")),
                        int(m.group("h") or 0), int(m.group("mi") or 0), int(m.group("s") or 0))
    except ValueError:
        raise _BlockError(lineno, f"{label}: '{value[:40]}' är inget verkligt datum eller "
                                  "klockslag; skriv det som ÅÅÅÅ-MM-DD TT:MM") from None
    tz = m.group("tz")
    if tz:
        offset = dt.timezone.utc if tz == "Z" else dt.timezone(
            (1 if tz[0] == "+" else -1) * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[-2:])))
        try:
            from zoneinfo import ZoneInfo

            t = t.replace(tzinfo=offset).astimezone(ZoneInfo("Europe/Stockholm"))
        except Exception:
            t = t.replace(tzinfo=offset)
        t = t.replace(tzinfo=None)  # the interchange format is local time
    return t


def _opt_time(block: _Block, key: str, label: str) -> dt.datetime | None:
    if key not in block.header:
        return None
    value, lineno = block.header[key]
    if _norm(value) in _NO_VALUES:
        return None
    return _parse_time(value, lineno, label)


def _first(block: _Block, *keys: str) -> tuple[str, int] | None:
    for k in keys:
        if k in block.header:
            return block.header[k]
    return None


def _unit(block: _Block) -> dict[str, Any] | None:
    name = _first(block, "vårdenhet", "enhet")
    hsa = _first(block, "hsa-id", "hsaid", "hsa id")
    if not (name and name[0]) and not (hsa and hsa[0]):
        return None
    return {"name": (name[0] or None) if name else None, "hsa_id": (hsa[0] or None) if hsa else None}


_KIND_SV = {"note": "ett anteckningsblock", "1177 case": "ett 1177-ärende"}


def _check_keys(block: _Block, allowed: dict[str, str], kind: str, fix: str) -> None:
    for key, (_, lineno) in block.header.items():
        if key not in allowed and key not in _COMMON_KEYS:
            if kind == "note" and key == "ärendetyp":
                continue  # informational on a note that documents a case
            raise _BlockError(lineno, f"huvudraden '{key.capitalize()}:' hör inte hemma i "
                                      f"{_KIND_SV.get(kind, kind)}; {fix}")


def _sections(block: _Block, path: str,
              headings: dict[int, Heading]) -> list[tuple[dict[str, Any], SourceLoc]]:
    """Split the body into sections: (section dict, where its text starts); ``headings``
    gets, by section index, each heading read by a guess (misspelt or unknown)."""
    out: list[tuple[dict[str, Any], SourceLoc]] = []
    keyword = DEFAULT_KEYWORD
    kw_line, kw_col = block.start + block.body_start, 1
    buf: list[tuple[int, int, str]] = []   # (line, column of first char, text)

    def flush() -> None:
        while buf and not buf[-1][2].strip():
            buf.pop()
        while buf and not buf[0][2].strip():
            buf.pop(0)
        if not buf and keyword == DEFAULT_KEYWORD:
            return
        if buf:
            loc = SourceLoc(path=path, line=buf[0][0], column=buf[0][1])
            text = "\n".join(t for _, _, t in buf).rstrip()
        else:
            loc = SourceLoc(path=path, line=kw_line, column=kw_col)
            text = ""
        out.append(({"keyword": keyword, "text": text}, loc))

    protected = _tables()[1]
    for idx in range(block.body_start, len(block.lines)):
        line = block.lines[idx]
        lineno = block.start + idx
        hit = _section_start(line, _norm(keyword) in protected)
        if hit is None:
            buf.append((lineno, 1, line))
            continue
        flush()
        buf = []
        keyword, start = hit.keyword, hit.start
        kw_line, kw_col = lineno, start + 1
        if hit.how != "known" and keyword != DEFAULT_KEYWORD:
            headings[len(out)] = Heading(
                hit.written, hit.keyword if hit.how == "corrected" else hit.resembles,
                hit.how == "corrected", lineno, line.index(hit.written) + 1)
        rest = line[start:]
        if rest.strip():
            buf.append((lineno, start + 1, rest))
    flush()
    return out


def _refs(block: _Block) -> list[str]:
    refs: list[str] = []
    for value, _ in block.refs:
        for part in re.split(r"[,;]\s*|\s+", value.strip()):
            if part and part not in refs:
                refs.append(part)
    return refs


def _build_note(block: _Block, path: str, index: int, used_ids: set[str]) -> Note:
    _check_keys(block, _NOTE_KEYS, "note",
                "ärenderader (Skapat, Hanterat, Bilagor) hör till ett block med 'Ärendetyp:'")
    h = block.header
    time = _opt_time(block, "datum", "Datum") if "datum" in h else (
        _opt_time(block, "tid", "Tid") if "tid" in h else _opt_time(block, "tidpunkt", "Tidpunkt"))
    signed: dt.datetime | None = None
    sig = _first(block, "signerad", "signerat")
    if sig is not None and _norm(sig[0]) not in _NO_VALUES:
        if _norm(sig[0]) in _YES_VALUES:
            if time is None:
                raise _BlockError(sig[1], "Signerad: 'ja' kräver en 'Datum:'-rad; eller skriv "
                                          "signeringstiden, ÅÅÅÅ-MM-DD TT:MM")
            signed = time
        else:
            signed = _parse_time(sig[0], sig[1], "Signerad")
    note_id = (_first(block, "id", "anteckning-id", "anteckningsid") or ("", 0))[0]
    if not note_id:
        note_id = time.isoformat(timespec="minutes") if time else f"anteckning-{index}"
        base, n = note_id, 2
        while note_id in used_ids:
            note_id, n = f"{base}-{n}", n + 1
    if note_id in used_ids:
        line = _first(block, "id", "anteckning-id", "anteckningsid")[1]  # type: ignore[index]
        raise _BlockError(line, f"anteckningsid '{note_id}' används två gånger i filen; id ska vara unika")
    author_name = _first(block, "författare", "signerande")
    role = _first(block, "roll", "yrkesroll", "befattning")
    author = None
    if (author_name and author_name[0]) or (role and role[0]):
        author = {"name": (author_name[0] or None) if author_name else None,
                  "role": (role[0] or None) if role else None}
    headings: dict[int, Heading] = {}
    secs = _sections(block, path, headings)
    data = {
        "id": note_id,
        "system": (_first(block, "journalsystem", "system") or ("",))[0] or None,
        "template": (_first(block, "mall", "anteckningstyp") or ("",))[0] or None,
        "unit": _unit(block), "author": author, "time": time, "signed": signed,
        "setting": (_first(block, "vårdform", "setting", "vårdtyp") or ("",))[0] or None,
        "refs": _refs(block),
        "sections": [s for s, _ in secs],
    }
    note = _validate(Note, data, block, "note")
    for i, (section, (_, loc)) in enumerate(zip(note.sections, secs)):
        section.set_loc(loc)
        if i in headings:
            section.set_heading(headings[i])
    note.set_loc(SourceLoc(path=path, line=block.start, column=1))
    used_ids.add(note_id)
    return note


def _attachments(value: str, lineno: int) -> list[dict[str, str]]:
    if _norm(value) in {"", "-", "inga", "ingen", "nej", "0"}:
        return []
    out = []
    for part in re.split(r",(?![^(]*\))", value):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^(?P<name>.*?)\s*\((?P<kind>[^()]*)\)\s*$", part)
        name, kind_word = (m.group("name"), m.group("kind")) if m else (part, "")
        if not name:
            raise _BlockError(lineno, f"Bilagor: '{part[:40]}' saknar filnamn; skriv "
                                      "'namn.jpg (bild), remiss.pdf (dokument)'")
        if kind_word:
            kind = _KIND_WORDS.get(_norm(kind_word))
            if kind is None:
                raise _BlockError(lineno, f"Bilagor: okänd sort '({kind_word[:20]})'; använd "
                                          "(bild), (dokument) eller (annat)")
        else:
            ext = name.rsplit(".", 1)[-1].casefold() if "." in name else ""
            kind = "image" if ext in _IMAGE_EXT else "document" if ext in _DOC_EXT else "other"
        out.append({"name": name, "kind": kind})
    return out


def _sender(raw: str) -> str:
    """'Invånare', 'Vårdnadshavare (Anna)', 'Patient Tolvan' → patient; 'Ssk Lena' → staff."""
    words = re.split(r"[\s(,]+", _norm(raw))
    return "patient" if words and words[0] in _PATIENT_SENDERS else "staff"


def _messages(block: _Block, path: str) -> list[tuple[dict[str, Any], SourceLoc]]:
    out: list[tuple[dict[str, Any], SourceLoc]] = []
    current: dict[str, Any] | None = None
    text: list[str] = []

    def flush() -> None:
        if current is not None:
            while text and not text[-1].strip():
                text.pop()
            current["text"] = "\n".join(text)

    for idx in range(block.body_start, len(block.lines)):
        line = block.lines[idx].rstrip()
        lineno = block.start + idx
        m = _MESSAGE.match(line)
        if m is not None:
            flush()
            when = _parse_time(m.group("time"), lineno, "message time")
            current = {"sender": _sender(m.group("sender")), "time": when}
            text = [m.group("text")] if m.group("text").strip() else []
            out.append((current, SourceLoc(path=path, line=lineno, column=1)))
            continue
        if current is None:
            if not line.strip() or _norm(line.rstrip(":")) in {"meddelanden", "konversation",
                                                               "meddelande"}:
                continue
            raise _BlockError(lineno, "väntade en meddelanderad 'ÅÅÅÅ-MM-DD TT:MM Avsändare: "
                                      "text' (Invånare/Patient eller personalens namn)")
        if text or line.strip():
            text.append(line)
    flush()
    return out


def _yes_no(value: str, lineno: int, label: str) -> bool:
    v = _norm(value)
    if v in _YES_VALUES:
        return True
    if v in {"nej", "n", "no", "false"}:
        return False
    raise _BlockError(lineno, f"{label}: skriv 'ja' eller 'nej'")


def _build_case(block: _Block, path: str, used_ids: set[str]) -> Conversation:
    _check_keys(block, _CASE_KEYS, "1177 case",
                "anteckningsrader (Mall, Datum, Författare, Signerad …) hör till ett "
                "anteckningsblock; ett ärende har Skapat/Hanterat")
    case_id = _first(block, "ärende", "ärende-id", "ärendenummer")
    if case_id is None or not case_id[0]:
        raise _BlockError(block.start, "1177-ärende utan 'Ärende:'-rad; lägg till ärendets id, "
                                       "t.ex. 'Ärende: 1177-4711'")
    if case_id[0] in used_ids:
        raise _BlockError(case_id[1], f"ärende '{case_id[0]}' förekommer två gånger i filen")
    bil = block.header.get("bilagor") or block.header.get("bilaga")
    care = block.header.get("berör vård")
    msgs = _messages(block, path)
    data = {
        "id": case_id[0],
        "type": block.header["ärendetyp"][0],
        "unit": _unit(block),
        "opened": _opt_time(block, "skapat", "Skapat") or _opt_time(block, "skapad", "Skapad")
        or _opt_time(block, "inkommet", "Inkommet") or _opt_time(block, "öppnat", "Öppnat"),
        "handled": _opt_time(block, "hanterat", "Hanterat") or _opt_time(block, "hanterad", "Hanterad")
        or _opt_time(block, "avslutat", "Avslutat"),
        "concerns_care": _yes_no(*care, "Berör vård") if care else True,
        "messages": [m for m, _ in msgs],
        "attachments": _attachments(*bil) if bil else [],
    }
    conv = _validate(Conversation, data, block, "case")
    for msg, (_, loc) in zip(conv.messages, msgs):
        msg.set_loc(loc)
    if bil:
        for att in conv.attachments:
            att.set_loc(SourceLoc(path=path, line=bil[1], column=1))
    conv.set_loc(SourceLoc(path=path, line=block.start, column=1))
    used_ids.add(case_id[0])
    return conv


def _validate(model: Any, data: dict[str, Any], block: _Block, what: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise _BlockError(block.start, pii.mask_text(describe(e, what))) from None


def _same_patient(a: str, b: str) -> bool:
    """Whether two headers name one patient: the short form agrees with the long one
    ("121212-1212" is how journals show 19121212-1212), two long forms must agree in their
    century too ("20121212-1212" is someone else)."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if len(da) == len(db) == 12:
        return da == db
    return da[-10:] == db[-10:]


def parse_text(text: str, path: str) -> Iterator[ReadItem]:
    """Read a text bundle: one record (all its blocks) plus a Broken per bad block."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    blocks = _split_blocks(text.split("\n"))
    broken: list[Broken] = []
    patient_id: str | None = None
    patient_line = 0
    notes: list[Note] = []
    cases: list[Conversation] = []
    used_note_ids: set[str] = set()
    used_case_ids: set[str] = set()
    n_notes = 0
    for block in blocks:
        try:
            _parse_header(block)
            pat = _first(block, "patient", "personnummer")
            if pat is not None:
                value, lineno = pat
                # journal copies often print the name after the number: keep the number only
                m = _PIN_PREFIX.match(value)
                value = m.group(1) if m else value
                # a number that fails its check (a typo, a reservnummer) is still read: the
                # engine reports it as its own NL901 and lints the notes
                if not re.search(r"\d", value):
                    raise _BlockError(lineno, "Patient: inte ett giltigt personnummer/"
                                              "samordningsnummer (kontrollsiffran eller "
                                              "datumet är fel); skriv ÅÅÅÅMMDD-NNNN")
                if patient_id is None:
                    patient_id, patient_line = value.strip(), lineno
                elif not _same_patient(value, patient_id):
                    raise _BlockError(lineno, f"Patient skiljer sig från den på rad "
                                              f"{patient_line}; en textfil är en patients "
                                              "journal — flytta blocket till en egen fil")
            if "ärendetyp" in block.header and "mall" not in block.header:
                cases.append(_build_case(block, path, used_case_ids))
            else:
                n_notes += 1
                notes.append(_build_note(block, path, n_notes, used_note_ids))
        except _BlockError as e:
            broken.append(Broken(path, e.line, pii.mask_text(e.message), e.column))
    if (notes or cases) and patient_id is None:
        first = min([n.loc.line for n in notes if n.loc] + [c.loc.line for c in cases if c.loc])
        broken.append(Broken(path, first, "ingen 'Patient:'-rad i filen; lägg till "
                                          "'Patient: ÅÅÅÅMMDD-NNNN' i huvudet på det första "
                                          "blocket"))
    elif notes or cases:
        try:
            record = Record(patient=Patient(id=patient_id), notes=notes, conversations=cases)
        except ValidationError as e:  # pragma: no cover - parts were validated above
            broken.append(Broken(path, patient_line, pii.mask_text(describe(e))))
        else:
            first = blocks[0].start if blocks else 1
            record.set_loc(SourceLoc(path=path, line=first, column=1))
            yield Loaded(record, path, first)
    elif not broken:
        broken.append(Broken(path, 1, "ingen anteckning eller inget ärende hittades; en "
                                      "textanteckning börjar med huvudrader som 'Patient:' och 'Mall:'"))
    yield from broken


_SNIFF_STRONG = re.compile(r"^[ \t]*(Mall|Ärendetyp|Patient)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_SNIFF_WEAK = re.compile(r"^[ \t]*(Journalsystem|Vårdenhet|Ärende|Signerad|Författare|HSA-id)"
                         r"[ \t]*:", re.IGNORECASE | re.MULTILINE)


def sniff_text(head: str, ext: str) -> int:
    if head.startswith(("{", "[", "<")):
        return 0
    first_lines = "\n".join(head.lstrip("\ufeff").splitlines()[:30])
    if _SNIFF_STRONG.search(first_lines):
        return 80
    if _SNIFF_WEAK.search(first_lines):
        return 65
    return 50 if ext in {".txt", ".note", ""} else 10


register_format("text", [".txt", ".note"], sniff_text, parse_text)

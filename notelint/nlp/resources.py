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

from notelint.errors import UserError
from notelint.names import heading_key


def _read(name: str) -> str:
    return files("notelint.models_data").joinpath(name).read_text(encoding="utf-8")


def sokord_key(keyword: str) -> str:
    """A sökord as the section tables list it ("Bedömning:", "Sammanfattande  bedömning"):
    :func:`notelint.names.heading_key`, as the rulesets read it."""
    return heading_key(keyword)


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in _read(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out


@dataclass(frozen=True)
class LexEntry:
    term: str                      # lower case, or as written when ``case_sensitive``
    concept: str
    icd10: str | None
    case_sensitive: bool = False   # an abbreviation: "MS" is multipel skleros, "ms" is not
    needs_cue: bool = False        # ambiguous ("RA": right atrium): counts only with a cue


class LexiconError(ValueError):
    """A row of a lexicon file that cannot be read (file, line and what is wrong)."""


LEXICON_DIR = "lexicon/diagnoses"
# the return, spread or growth of a disease written as a word of its own ("Trol. recidiv i
# mediastinum", "Spridning till lungorna?", "sannolik progress"): a mention whose disease the
# note names elsewhere (DiagnosisMatcher, notelevel.recurrences). Each word's event; a span
# is labelled EVENT + the event until the note names its disease
EVENT = "\x00"
EVENT_WORDS: dict[str, str] = {
    **dict.fromkeys(("recidiv", "recidivet", "lokalrecidiv", "lokalrecidivet", "tumörrecidiv",
                     "tumörrecidivet", "återfall", "återfallet"), "recidiv"),
    # a tumour's spread or growth: only where the note names a tumour (a spread of an
    # infection, a patient's progress in training are no such thing)
    **dict.fromkeys(("spridning", "spridningen", "fjärrspridning", "fjärrspridningen",
                     "tumörspridning", "tumörspridningen"), "spridning"),
    **dict.fromkeys(("progress", "progressen", "progression", "progressionen",
                     "tumörprogress", "tumörprogressen", "sjukdomsprogress",
                     "sjukdomsprogressen"), "progress"),
}
# an event that hedges itself: "recidivmisstanke", "spridnings-misstanke" (word → its suffix)
_SUSPECTED_STEMS = {"recidiv": "recidiv", "lokalrecidiv": "recidiv", "tumörrecidiv": "recidiv",
                    "återfalls": "recidiv", "spridnings": "spridning", "progress": "progress"}
_SUSPECTED = [(stem + joint + suffix, event, suffix)
              for stem, event in _SUSPECTED_STEMS.items() for joint in ("", "-")
              for suffix in ("misstanke", "misstanken", "misstankar", "misstänkt", "misstänkta")]
EVENT_SUSPECTED: dict[str, str] = {word: suffix for word, _, suffix in _SUSPECTED}
EVENT_WORDS.update({word: event for word, event, _ in _SUSPECTED})
# the events that need a tumour named in the note to be one
TUMOUR_EVENTS = frozenset({"spridning", "progress"})


def _lexicon_files() -> list[tuple[str, str]]:
    """(name, text) of every diagnosis lexicon file, in name order (00_core first)."""
    folder = files("notelint.models_data").joinpath(LEXICON_DIR)
    return [(f.name, f.read_text(encoding="utf-8"))
            for f in sorted(folder.iterdir(), key=lambda f: f.name)
            if f.name.endswith(".tsv")]


_ICD = re.compile(r"^[A-Z]\d{2}(?:\.\d{1,2}[A-Z]?)?$")


def parse_lexicon(name: str, text: str) -> list[LexEntry]:
    """Rows ``ICD-10<TAB>concept<TAB>forms<TAB>abbreviations[<TAB>comment]``.

    Forms are matched case-insensitively; abbreviations as written, and one ending in
    ``*`` only where a diagnostic cue (misstänkt, trol., ?, DD …) decides its assertion.
    Raises :class:`LexiconError` naming the file and line of a malformed row.
    """
    out: list[LexEntry] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 3 or not cols[1] or not (cols[2] or len(cols) > 3 and cols[3]):
            raise LexiconError(f"{name}:{number}: expected ICD-10<TAB>concept<TAB>forms"
                               "<TAB>abbreviations, with a concept and at least one form")
        icd, concept = cols[0].upper(), cols[1]
        if icd and not _ICD.match(icd):
            raise LexiconError(f"{name}:{number}: {cols[0]!r} is not an ICD-10 category "
                               "such as G35 or I48.9")
        for form in cols[2].split("|"):
            if form.strip():
                out.append(LexEntry(form.strip().lower(), concept, icd or None))
                short = latin_cancer_short_form(form.strip().lower())
                if short:
                    out.append(LexEntry(short, concept, icd or None))
        for abbr in (cols[3].split("|") if len(cols) > 3 else []):
            abbr = abbr.strip()
            if not abbr:
                continue
            needs_cue = abbr.endswith("*")
            abbr = abbr.rstrip("*")
            if abbr:
                out.append(LexEntry(abbr, concept, icd or None, True, needs_cue))
    return out


_LATIN_CANCER = re.compile(r"(?:cancer|carcinoma) ([a-z]{3,}(?:i|ae|is))((?: [a-z]+)*)")


def latin_cancer_short_form(form: str) -> str | None:
    """"ca ovarii" for "cancer ovarii", "ca mammae" for "carcinoma mammae": clinicians'
    short form of a Latin cancer name (an organ in the genitive after it; "ca" before a
    number is "circa", never before such a word)."""
    m = _LATIN_CANCER.fullmatch(form)
    return f"ca {m.group(1)}{m.group(2)}" if m else None


def load_lexicon() -> list[LexEntry]:
    """The team's diagnosis lexicon (``models/lexicon/diagnoses/*.tsv``); the first row
    that lists a form wins."""
    seen: set[tuple[str, bool]] = set()
    out = []
    for name, text in _lexicon_files():
        for entry in parse_lexicon(name, text):
            key = (entry.term, entry.case_sensitive)
            if key not in seen:
                seen.add(key)
                out.append(entry)
    return out


# Titles of the region's ICD-10-SE file are read as lexicon forms only where they name a
# diagnosis as clinicians would; residual titles ("Andra specificerade …") never are.
_GENERIC_TITLE = re.compile(r"^(andra|annan|annat|övriga|ospecificerad|ospecificerat|"
                            r"ospecificerade|sjukdom|sjukdomar|följdtillstånd|personlig|"
                            r"undersökning|kontakt|observation)\b")


def title_forms(title: str) -> list[str]:
    """The lexicon forms of one ICD-10-SE title: the title, or its part before a comma or
    parenthesis ("Multipel skleros" → "multipel skleros"; "Depressiv episod, ospecificerad"
    → "depressiv episod"), when specific enough to find in free text."""
    head = re.split(r"[,(\[;]| utan | med | orsakad | ej ", title.strip().lower(), 1)[0].strip()
    if not head or _GENERIC_TITLE.match(head) or len(head) < 6 or len(head.split()) > 4:
        return []
    if " " not in head and len(head) < 8:
        return []
    return [head]


@lru_cache(maxsize=8)
def load_code_titles(path: str) -> tuple[LexEntry, ...]:
    """Lexicon entries from the titles of the region's ICD-10-SE file
    (``CODE<TAB><TAB>Title`` or ``CODE<TAB>Title``); empty for a codes-only file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise CodeFileError(f"cannot read ICD-10 code file {path}: {e.strerror}") from None
    out = []
    for line in text.splitlines():
        cols = [c.strip() for c in line.split("\t")]
        code = cols[0].replace(".", "").upper()
        title = next((c for c in cols[1:] if c), "")
        if not title or not re.match(r"^[A-Z]\d\d", code):
            continue
        icd = code[:3] + ("." + code[3:] if len(code) > 3 else "")
        for form in title_forms(title):
            out.append(LexEntry(form, form, icd))
    return tuple(out)


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
    lexicon_words: frozenset[str] = frozenset()  # the words the prefilter finds forms by
    lexicon_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word → its forms
    spelling: dict[str, str] = field(default_factory=dict)   # written form → word it stands for
    spelling_stop: frozenset[str] = frozenset()              # words never read as typos
    abbreviations: frozenset[str] = frozenset()              # as written: "MS", "KOL", "App"
    section_assertions: dict[str, str] = field(default_factory=dict)  # sökord → assertion
    section_roles: dict[str, str] = field(default_factory=dict)  # sökord → reason / conclusion
    question_cues: frozenset[str] = frozenset()  # cues that ask ("f.s.", "?"); see Mention.answered
    persons_patient: frozenset[str] = frozenset()  # words naming the patient (pat, hon …)
    persons_other: frozenset[str] = frozenset()    # anyone else (anhöriga, arbetsgivaren …)
    persons_guardian: frozenset[str] = frozenset()  # a child's guardians (föräldrarna …)
    told_topics: tuple[str, ...] = ()              # what a diagnosis is told as (diagnosen …)
    not_topics: frozenset[str] = frozenset()       # what else may be untold (operationsdatum …)
    told_words: frozenset[str] = frozenset()       # words of telling a typo is read as
    normal_results: frozenset[str] = frozenset()   # a result without findings ("ua", "normal")
    positive_results: frozenset[str] = frozenset()  # a result that found something ("positiv")
    told_keywords: frozenset[str] = frozenset()    # sökord of what the patient was told
    # the patient's own people ("maken", "dottern") by the pronoun that stands for them
    relatives_he: frozenset[str] = frozenset()
    relatives_she: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()        # all of them, and those of either gender
    result_words: frozenset[str] = frozenset()     # words naming a result ("svaret", "pad")
    detail_topics: tuple[str, ...] = ()            # a diagnosis's details ("stadiet")
    result_keywords: frozenset[str] = frozenset()  # sökord of results ("Röntgen", "PAD")
    frames_before: frozenset[str] = frozenset()    # "Pat med FF": an ambiguous abbreviation
    frames_after: frozenset[str] = frozenset()     # framed as a diagnosis (diagnosis_frames.tsv)
    frames_not_before: frozenset[str] = frozenset()  # "på RA": no diagnosis
    cue_adverbs: tuple[tuple[str, ...], ...] = ()  # words that may stand inside a cue ("dock")
    plan_words: frozenset[str] = frozenset()       # "ev. remiss": a hedge before one weighs it


# "Löfgrens syndrom", "Mb Addison": a name before a disease word, or after mb / morbus
EPONYM_HEADS = {"syndrom": "syndrom", "syndromet": "syndrom", "sjukdom": "sjukdom",
                "sjukdomen": "sjukdom", "lymfom": "lymfom", "pares": "pares",
                "paresen": "pares", "fenomen": "fenomen", "encefalopati": "encefalopati",
                "tyreoidit": "tyreoidit", "kontraktur": "kontraktur", "fraktur": "fraktur",
                "artrit": "artrit", "sarkom": "sarkom", "neuralgi": "neuralgi"}
MORBUS = {"mb", "mb.", "morbus"}
# words too common in notes to stand for a many-word form in the prefilter ("feber utan
# fokus" is looked for by "fokus"): any word of a form will do, since all must be there
_COMMON_WORDS = frozenset({"smärta", "feber", "status", "klåda", "huvudvärk", "diarré",
                           "tidigare", "efter", "post", "utan", "vid", "med", "och", "kring",
                           "okänd", "orsak", "akut", "kronisk", "febril", "typ", "vänster",
                           "höger", "sidig", "grad", "stadium", "misstänkt", "blodtryck",
                           "av", "i", "på", "om", "till", "för", "från", "mot", "under", "över",
                           # frequent in ordinary notes (read off generated and example notes)
                           "försämring", "stabil", "antibiotika", "klinisk", "lindrig", "viral",
                           "måttlig", "måttligt", "funktionsnedsättning", "oklar", "okomplicerad",
                           "effekt", "veckor", "läkemedel", "mens", "lust", "olika", "höft",
                           "alkohol", "näsa", "buk", "mjuk", "psykiskt", "nedsatt", "tidigt",
                           "bild", "genes", "inga", "pga", "lätt", "svår", "medelsvår",
                           "behandling", "infektion", "reaktion", "skada", "smärtor", "besvär"})


def _key_word(term: str, uses: dict[str, int] | None = None) -> str:
    """The word the prefilter looks for to find ``term``: of its words not common in notes,
    the one that occurs in the fewest lexicon forms ("stabil angina": angina), then the
    longest."""
    words = term.lower().split()
    rare = [w for w in words if w not in _COMMON_WORDS and len(w) >= 5 and w.isalpha()]
    if not rare:
        return max([w for w in words if w not in _COMMON_WORDS] or words, key=len)
    return min(rare, key=lambda w: (min((uses or {}).get(w, 0), 4), -len(w)))


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    lexicon = load_lexicon()
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
    spelling: dict[str, str] = {}
    for row in _rows("spelling.tsv"):
        for form in row[0].split("|"):
            spelling.setdefault(form.strip().lower(), row[1].strip().lower())
    spelling_stop = frozenset(r[0].lower() for r in _rows("lexicon/spelling_stoplist.txt"))
    # prefilter words: (word, mode), mode = exact | prefix | suffix | any (see might_fire)
    # one word a form: the longest of a many-word form ("status epilepticus": epilepticus),
    # for a form can only match where all its words are; abbreviations are looked for as
    # written (prefilter.hits), never in lower case ("mg" is not MG)
    # The prefilter finds the lexicon by words (prefilter.hits): a one-word form as a whole
    # word, a many-word form by its longest uncommon word, a compound by its head.
    uses: dict[str, int] = {}  # in how many forms a word occurs: the rarer, the better a key
    for e in lexicon:
        if not e.case_sensitive:
            for w in set(e.term.lower().split()):
                uses[w] = uses.get(w, 0) + 1
    lexicon_keys: dict[str, list[str]] = {}  # key word → the forms found by it
    for e in lexicon:
        if len(e.term) >= 2 and not e.case_sensitive:
            lexicon_keys.setdefault(_key_word(e.term, uses), []).append(e.term.lower())
    lexicon_words = frozenset(lexicon_keys)
    keywords: list[tuple[str, str]] = []
    # eponyms ("Mb Addison", "Löfgrens syndromet"), and forms whose key word is no word
    # of the prefilter's ("45,x", "e.coli-infektion")
    keywords += [(w, "exact") for w in (*MORBUS, *EPONYM_HEADS)]
    keywords += [(k, "exact") for k in lexicon_keys if not re.fullmatch(r"[^\W_][\w-]*", k)]
    # a recurrence, spread or growth named without its disease ("Trol. recidiv"; see
    # DiagnosisMatcher), also hedging itself ("recidivmisstanke")
    keywords += [(w, "prefix") for w in EVENT_WORDS]
    sections = {sokord_key(r[0]): r[1] for r in _rows("section_assertions.tsv")}
    roles = {sokord_key(r[0]): r[1] for r in _rows("section_roles.tsv")}
    questions = frozenset(r[0].lower() for r in _rows("question_cues.tsv"))
    people = _rows("told.tsv")
    def words(role: str) -> list[str]:
        return [w for r in people if r[0] == role for w in r[1].split("|")]

    frames = _rows("diagnosis_frames.tsv")

    def frame(place: str) -> list[str]:
        return [w for r in frames if r[0] == place for w in r[1].split("|")]

    abbreviations = set()
    for e in lexicon:
        if e.case_sensitive:
            first = e.term.split()[0]
            abbreviations.add(first)
            if first.islower():  # "app*" is also "App" at a sentence start
                abbreviations.add(first[:1].upper() + first[1:])
    return Resources(lexicon, heads, frozenset(stop),
                     tuple(w for w in stop if len(w) >= 5), cues, triggers, exceptions,
                     sorted(set(keywords)), lexicon_words=lexicon_words,
                     lexicon_keys={k: tuple(v) for k, v in lexicon_keys.items()},
                     spelling=spelling, spelling_stop=spelling_stop,
                     abbreviations=frozenset(abbreviations), section_assertions=sections,
                     section_roles=roles,
                     question_cues=questions,
                     cue_adverbs=tuple(sorted({tuple(r[0].lower().split())
                                               for r in _rows("cue_adverbs.tsv")},
                                              key=lambda a: -len(a))),
                     plan_words=frozenset(r[0].lower() for r in _rows("plan_words.tsv")),
                     persons_patient=frozenset(words("patient")),
                     persons_other=frozenset(words("other")),
                     persons_guardian=frozenset(words("guardian")),
                     told_topics=tuple(words("topic")), not_topics=frozenset(words("not_topic")),
                     told_words=frozenset(words("told_word")),
                     normal_results=frozenset(words("normal")),
                     positive_results=frozenset(words("positive")),
                     told_keywords=frozenset(words("told_keyword")),
                     relatives_he=frozenset(words("relative_he")),
                     relatives_she=frozenset(words("relative_she")),
                     relatives=frozenset(words("relative_he") + words("relative_she")
                                         + words("relative")),
                     result_words=frozenset(words("result_word")),
                     detail_topics=tuple(words("detail")),
                     result_keywords=frozenset(words("result_keyword")),
                     frames_before=frozenset(frame("before")), frames_after=frozenset(frame("after")),
                     frames_not_before=frozenset(frame("not_before")))


@lru_cache(maxsize=1)
def _lexicon_words_by_kind() -> tuple[frozenset[str], frozenset[str]]:
    """(one-word diagnoses, the words of many-word and hyphenated ones, split at hyphens),
    lower case, case-sensitive abbreviations left out."""
    one: set[str] = set()
    many: set[str] = set()
    for entry in load_resources().lexicon:
        if entry.case_sensitive:
            continue
        if " " not in entry.term and entry.term.isalpha():
            one.add(entry.term)  # a whole diagnosis: "pneumoni", "borrelia"
        else:
            many.update(w for w in entry.term.replace("-", " ").split() if w.isalpha())
    return frozenset(one), frozenset(many)


@lru_cache(maxsize=1)
def many_word_targets() -> frozenset[str]:
    """The words of seven letters or more of many-word and hyphenated diagnoses that are no
    one-word diagnosis, cue word or stoplisted word: "nervosa" (Anorexia nevrosa),
    "guillain" (Guillan-Barré). A typo is read as one of them only for the diagnosis
    matcher (its NORM): only the whole form ever makes a mention, and the trigger patterns
    keep the word as written; an inflection is never read as one ("allvarlig")."""
    res = load_resources()
    one, many = _lexicon_words_by_kind()
    cue_words = {w for cue in res.cues for w in cue.text.split()}
    return frozenset({w for w in many if len(w) >= 7} - one - cue_words - set(res.stop_exact)
                     - res.spelling_stop - set(res.spelling) - set(res.spelling.values()))


@lru_cache(maxsize=1)
def typo_targets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(targets, known, exempt): the words a typo may be read as — one-word diagnoses, the
    words of seven letters or more of many-word and hyphenated ones ("nervosa",
    "guillain"), hedge / negation words of seven letters or more and one-word hedges of
    six, the words of telling
    (told.tsv) —, the words that are never typos and
    stop a correction they are as near as (every cue word, written form, stoplisted word,
    compound head), and the words of many-word diagnoses, never corrected but never in
    the way either ("höften" in "artros i höften")."""
    res = load_resources()
    one, words = _lexicon_words_by_kind()  # "höften" of "artros i höften": known only
    targets = set(one)
    targets |= {w for cue in res.cues if cue.category in ("uncertain", "negated")
                for w in cue.text.split() if w.isalpha() and len(w) >= 7}
    # a hedge of one word and six letters too ("trollig", "troolig", "möjlgi"): it is no cue
    # of another kind, so a typo near it is near nothing else the cue lists hold
    other = {c.text for c in res.cues if c.category != "uncertain"}
    targets |= {c.text for c in res.cues if c.category == "uncertain" and c.text.isalpha()
                and len(c.text) == 6 and c.text not in other}
    targets |= res.told_words  # "pat ej infomerad"
    targets |= {w for w in EVENT_WORDS if w.isalpha() and len(w) >= 7}  # "reciidiv", "spridnig"
    known = {w for cue in res.cues for w in cue.text.split()}
    targets |= many_word_targets()
    # a written form of a target ("misstänt" for misstänkt) is that target, not a word in the
    # way: "misstäkt", as near to both, is read as misstänkt
    forms = {f for f, word in res.spelling.items() if word not in targets}
    known |= set(res.stop_exact) | res.spelling_stop | forms | {h[0] for h in res.heads}
    return frozenset(targets), frozenset(known), frozenset(words - targets - known)


@lru_cache(maxsize=1)
def typo_groups() -> dict[str, frozenset[str]]:
    """The concepts of each one-word lexicon form (for reading a typo near two forms)."""
    groups: dict[str, set[str]] = {}
    for entry in load_resources().lexicon:
        if not entry.case_sensitive and " " not in entry.term and entry.term.isalpha():
            groups.setdefault(entry.term, set()).add((entry.icd10 or entry.concept)[:3])
    return {w: frozenset(c) for w, c in groups.items()}


class CodeFileError(UserError, ValueError):
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

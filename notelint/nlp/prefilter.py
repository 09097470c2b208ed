"""Cheap checks before spaCy: which texts, and which sentences of them, can hold a mention
or a trigger.

Every component of the pipeline works inside one sentence (ConText scopes, trigger
patterns, phrase matches), so a sentence with no lexicon word, cue stem or code shape in
it cannot produce anything and need not be tokenized at all. ``active_runs`` cuts a text
only where the pipeline itself starts a sentence — at a newline, or after a token that
is exactly ``.``/``!``/``?`` followed by a token that is not punctuation (see
``nl_line_sentences``) — and asks the tokenizer, not a guess, whether "pneumoni." ends in
such a token ("ca." and "t.o.m." do not). spaCy tokenizes each whitespace-separated piece
on its own, so a run of the text is tokenized exactly as it is inside the whole text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
import operator
import re
from functools import lru_cache
from typing import Any, Callable

from .budget import CHUNKS, NOT_WORDS, PIECES, TYPO_WORDS

_autos: dict[str | None, Any] = {}

# code shapes ("F32", "I 48") in the text as written, -it/-os words ("artrit", "ARTRIT",
# "tuberkulos") in the lower-cased text, as the pipeline matches them; the word-boundary
# checks before them are done in hits() (a look-behind here is tried at every position)
_CODE_SHAPE = re.compile(r"[A-Z]\s?\d\d")
_ITIS_OSIS = re.compile(r"(?:it|os)(?:en)?(?!\w)")
_WORD = re.compile(r"\w")
_WORD4 = re.compile(r"\w{4}")
# where a sentence may start: a newline between two pieces of text, or one space after
# . ! ? (any other spacing makes whitespace tokens; such places are simply not cut). The
# character before the cut is matched too (no look-behind, faster): the cut starts after it
_CUT = re.compile(r"\S\n+(?=\S)|[.!?] (?=\S)")


def _automaton(code_file: str | None = None) -> Any:
    """The keyword automaton: the team's words, and the first words of the region's ICD-10-SE
    titles when its code file has them."""
    auto = _autos.get(code_file)
    if auto is None:
        import ahocorasick

        from .resources import load_resources

        modes: dict[str, set[str]] = {}
        res = load_resources()
        for word, mode in res.keywords:
            modes.setdefault(word, set()).add(mode)
        for form, word in res.spelling.items():  # "informerd": the trigger expressions read
            if word in res.told_words:             # it as the word of telling it stands for
                modes.setdefault(form, set()).add("exact")
        auto = ahocorasick.Automaton()
        for word, found in modes.items():
            auto.add_word(word, (word, _loosest(found)))
        auto.make_automaton()
        _autos[code_file] = auto
    return auto


def _loosest(modes: set[str]) -> str:
    """One mode for a word listed with several ("svikt": a lexicon word, so "any", and a
    compound head, so "suffix"): the one that lets every listed use through."""
    if "any" in modes or {"prefix", "suffix"} <= modes:
        return "any"
    for mode in ("prefix", "suffix"):
        if mode in modes:
            return mode
    return "exact"


def lower(text: str) -> str:
    """``text.lower()`` with every offset kept: "İ".lower() is two characters ("i̇"), which
    would shift every later offset; such a character becomes its first lower-case one."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[0] for ch in text)


def hits(text: str, code_file: str | None = None, low: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of every lexicon word, abbreviation, eponym word or code shape in
    ``text`` — what can make a diagnosis mention (a trigger is found by
    :func:`trigger_literals`). ``low``: ``lower(text)`` when the caller has it."""
    if not text or text.isspace():
        return []
    if low is None:
        low = lower(text)
    n = len(low)
    out: list[tuple[int, int]] = []
    for end, (word, mode) in _automaton(code_file).iter(low):
        start = end - len(word) + 1
        at_start = start == 0 or not low[start - 1].isalnum()
        at_end = end + 1 >= n or not low[end + 1].isalnum()
        if (mode == "any" or mode == "prefix" and at_start or mode == "suffix" and at_end
                or mode == "exact" and at_start and at_end):
            out.append((start, end + 1))
    for m in _ITIS_OSIS.finditer(low):
        s = m.start()
        if s >= 4 and _WORD4.fullmatch(low, s - 4, s):
            out.append((s - 4, m.end()))
    for m in _CODE_SHAPE.finditer(text):
        s = m.start()
        if s == 0 or not _WORD.match(text, s - 1):
            out.append((s, m.end()))
    for end, size in _abbreviations().iter(text):  # "MS", "KOL-exacerbation" as written
        start = end - size + 1
        if ((start == 0 or not text[start - 1].isalnum())
                and (end + 1 >= n or not text[end + 1].isalnum())):
            out.append((start, end + 1))
    # the lexicon, its compounds and its typos: set operations over the text's distinct
    # words (C speed); only words seen for the first time are looked at one by one
    lexicon = _lexicon_words(code_file)
    distinct = set(_WORD_TOKEN.findall(low))
    found = distinct & lexicon.words
    not_words = lexicon.not_words
    new = distinct - found - not_words
    if new and len(not_words) + len(new) > NOT_WORDS_SIZE:
        not_words.clear()  # (the words seen again soon are learnt again)
    for word in new:
        if _lexicon_word(word, lexicon):
            found.add(word)
        else:
            not_words.add(word)
    for a in distinct & lexicon.first_parts:  # "gall sten": a form written apart
        at = low.find(a + " ")
        while at != -1:
            nxt = _WORD_TOKEN.match(low, at + len(a) + 1)
            if (nxt is not None and (at == 0 or not _WORD_OR_DASH.match(low, at - 1))
                    and a + nxt.group() in lexicon.words and len(a) + len(nxt.group()) >= 7):
                out.append((at, nxt.end()))
            at = low.find(a + " ", at + 1)
    many = lexicon.many
    lines: dict[int, set[str]] = {}
    for word in found:
        forms = many.get(word)
        if forms is None:
            listed = lexicon.keys.get(word)  # (a compound or a typo is a hit alone)
            forms = ()
            if listed:  # bounded: the lexicon's key words only
                forms = many[word] = _other_words(word, listed, lexicon)
        at = low.find(word)
        while at != -1:
            end = at + len(word)
            if ((at == 0 or not _WORD.match(low, at - 1)) and (end >= n or not _WORD_OR_DASH.match(low, end))
                    and (not forms or _with_other_words(low, at, forms, lines))):
                out.append((at, end))
            at = low.find(word, end)
    return out


def _with_other_words(low: str, at: int, forms: tuple[frozenset[str], ...],
                      lines: dict[int, set[str]]) -> bool:
    """Whether the line of ``low`` around ``at`` holds every other word of one of ``forms``."""
    start = low.rfind("\n", 0, at) + 1
    words = lines.get(start)
    if words is None:
        end = low.find("\n", at)
        words = lines[start] = set(_WORD_TOKEN.findall(low, start, end if end != -1 else len(low)))
    return any(form <= words for form in forms)


_WORD_TOKEN = re.compile(r"[^\W_][\w-]*")
# words found to hold no diagnosis, remembered up to this many (then forgotten at once: a
# realistic export brings new words for ever — numbers, names, typos — and the frequent
# ones are learnt again at once)
NOT_WORDS_SIZE = NOT_WORDS
# second parts of compounds that are no form or head themselves ("gall|sten", "mag|sår")
_SECOND_PARTS = {"sten", "stenar", "sår", "såret", "brist", "skada", "skadan", "värk",
                 "smärta", "sjuka", "katarr", "fel", "feber", "ros", "eksem", "flimmer"}
# words that are words on their own before another ("hoppat över doser" is no "överdoser",
# "efter behandling" no "efterbehandling"): never the first part of a form written apart
NOT_FIRST_PARTS = frozenset(
    "över under efter före för med till mot upp ut in av på om vid hos utan genom mellan "
    "bakom inom utom samt och eller som att det den de dem han hon hen man men sin sina "
    "sitt hans hennes har hade var vara blir blev kan ska får fick inte ingen inga inget "
    "alla allt andra annan annat ett en två tre fyra fem sex sju åtta nio tio hel halv "
    "mer mest mycket lite mindre fler flera nya ny nytt gamla gammal stor stora små liten "
    "god bra dålig dåliga höger vänster hela halva sedan redan även också bara nog just "
    "här där när hur vad vem vilken vilka denna detta dessa samma egen egna".split())
_WORD_OR_DASH = re.compile(r"[\w-]")
# a derivation of a diagnosis word ("sviktrelaterat", "demensdiagnosen", its return or start:
# "bröstcancerrecidiv", "psoriasisskov", its attacks and complaints: "giktanfallet"); the diagnosis
# matcher reads the same shape (notelint.nlp.pipeline.DiagnosisMatcher)
DERIVED = re.compile(r"^(\w{3,}?)-?(relaterade?|relaterat|utlöst[a]?|orsakade?|orsakat|betingade?"
                     r"|betingat|diagnosen|diagnos|diagnoser|beskedet|besked"
                     r"|recidiv|recidivet|recidiven|återfall|återfallet|skov|skovet|debut|debuten"
                     r"|utveckling|utvecklingen"
                     # what the disease brings or makes of the patient: "migränanfallen",
                     # "pankreatitepisoden", "sinuitbesvären", "glaukompatienten",
                     # "diskbråcksoperationen" (a patient's own: no plural "-patienter")
                     r"|anfall|anfallet|anfallen|episod|episoden|episoder|episoderna"
                     r"|besvär|besvären|besväret|attack|attacken|attacker|attackerna"
                     r"|patient|patienten|operation|operationen|värk|värken"
                     r"|misstanke|misstanken|misstankar|misstänkt|misstänkta|mistanke"
                     # (and as they are mistyped: "metastasmisstänta", "tumörmistänkt")
                     r"|misstänt|misstänta|mistänkt|mistänkta"
                     r"|suspekt|suspekta)$")


def _endings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """What a word :data:`DERIVED` matches ends with: its suffixes, each optional last
    letter ("relaterade?", "utlöst[a]?") written out — a check in C before the expression,
    which is tried at every split of a word (most new words a prefilter meets are none)."""
    inner = pattern.pattern[pattern.pattern.rindex("(") + 1:pattern.pattern.rindex(")")]
    out: set[str] = set()
    for alt in inner.split("|"):
        m = re.fullmatch(r"(\w+?)(?:\[(\w)\]|(\w))?\?", alt)
        if m:
            out.add(m.group(1))
            out.add(m.group(1) + (m.group(2) or m.group(3)))
        else:
            out.add(alt)
    return tuple(sorted(out))


DERIVED_ENDINGS = _endings(DERIVED)
# the derivations that hedge what they derive from ("pankreascancermisstanke", an
# endoscopist's "tumör, makroskopiskt malignitetssuspekt")
HEDGING_SUFFIXES = ("misstanke", "misstanken", "misstankar", "misstänkt", "misstänkta", "mistanke",
                    "misstänt", "misstänta", "mistänkt", "mistänkta",
                    "suspekt", "suspekta")


@dataclass
class _Lexicon:
    words: frozenset[str]                 # one-word forms and key words of many-word forms
    heads: tuple[str, ...]                # compound heads
    stop_exact: frozenset[str]            # the matcher's stoplist ("kåvepenin", "diagnos")
    stop_suffix: tuple[str, ...]
    first_parts: frozenset[str] = frozenset()  # "gall" of "gallsten": a form written apart
    not_words: set[str] = field(default_factory=set)  # words found to hold none (bounded)
    # key words that stand only for many-word forms ("buk" of "akut buk"): a hit only with
    # every other word of one of them in the same line (each form's other words; () when
    # the word is a hit alone), worked out when a word is first seen
    many: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key word → its forms


_lexwords: dict[str | None, _Lexicon] = {}


def _lexicon_words(code_file: str | None) -> _Lexicon:
    got = _lexwords.get(code_file)
    if got is None:
        from .resources import _key_word, load_code_titles, load_resources

        res = load_resources()
        words = set(res.lexicon_words)
        if code_file:
            words |= {_key_word(e.term) for e in load_code_titles(code_file)}
        heads = tuple(sorted({h[0] for h in res.heads if len(h[0]) >= 3}))
        # a form written apart is a first word and a word that is a form or a compound
        # head itself ("gall sten", "lung emboli", "hjärt infarkt")
        seconds = set(words) | set(heads) | _SECOND_PARTS
        firsts = {w[:k] for w in words if w.isalpha() and len(w) >= 7
                  for k in range(3, len(w) - 2) if w[k:] in seconds}
        got = _lexwords[code_file] = _Lexicon(frozenset(words), heads, res.stop_exact,
                                              res.stop_suffix, frozenset(firsts - NOT_FIRST_PARTS))
        titles = {_key_word(e.term) for e in load_code_titles(code_file)} if code_file else set()
        got.keys = {key: forms for key, forms in res.lexicon_keys.items() if key not in titles}
    return got


def _other_words(key: str, forms: tuple[str, ...], lexicon: _Lexicon) -> tuple[frozenset[str], ...]:
    """Each form's words besides ``key``, when every form is many words the matcher reads
    as the words of the text ("akut buk"); else () — the key is a hit alone: a one-word
    form, a word with other characters, a word that holds a diagnosis by itself
    ("ryggsmärta" no, "artrit" yes), or a word a speller reads otherwise."""
    from .resources import load_resources

    spelled = set(load_resources().spelling.values())
    out = []
    for form in forms:
        words = form.split()
        if (len(words) < 2 or not all(_WORD_TOKEN.fullmatch(w) for w in words)
                or spelled.intersection(words)):
            return ()
        out.append(frozenset(w for w in words if w != key))
    if _lexicon_word(key, lexicon, listed=False):
        return ()
    return tuple(out)


def cancer_short_form(word: str) -> str | None:
    """"lungca" → "lungcancer", "mamma-ca" → "mammacancer": clinicians' short form of an
    organ's cancer (the caller checks the result is a lexicon form; "monica" is none)."""
    if len(word) >= 5 and word.endswith("ca"):
        return word[:-2].rstrip("-") + "cancer"
    return None


def _lexicon_word(word: str, lexicon: _Lexicon, listed: bool = True) -> bool:
    """Whether the pipeline could find a diagnosis in this word: a form (or a many-word
    form's word), a compound head ("pankreascancer"), a part of a hyphenated word
    ("KOL-exacerbation"), a derivation ("sviktrelaterat"), or one edit from a form.
    Without ``listed``, a word listed as such is not enough."""
    words, heads = lexicon.words, lexicon.heads
    if listed and word in words or cancer_short_form(word) in words:
        return True
    if (word.endswith(heads) and any(word.endswith(h) and len(word) >= len(h) + 3 for h in heads)
            and word not in lexicon.stop_exact and not word.endswith(lexicon.stop_suffix)):
        return True
    if "-" in word and any(part in words or len(part) >= 6 and part.isalpha()
                           and typo_index().near(part) for part in word.split("-")):
        return True
    m = DERIVED.match(word) if word.endswith(DERIVED_ENDINGS) else None
    if m and (m.group(1) in words or m.group(1)[:-1] in words or m.group(1).endswith(heads) and any(
            m.group(1).endswith(h) and len(m.group(1)) >= len(h) + 3 for h in heads)):
        return True
    return len(word) >= 6 and word.isalpha() and typo_index().near(word)


_abbrevs: Any = None


def _abbreviations() -> Any:
    """An automaton of the lexicon's abbreviations, matched on the text as written."""
    global _abbrevs
    if _abbrevs is None:
        import ahocorasick

        from .resources import load_resources

        auto = ahocorasick.Automaton()
        for word in load_resources().abbreviations:
            auto.add_word(word, len(word))
        auto.make_automaton()
        _abbrevs = auto
    return _abbrevs


_typo: "TypoIndex | None" = None


class TypoIndex:
    """Whether a word may be a typo of a target word (one deletion, insertion, substitution
    or swap): the word and its one-letter deletions looked up among the targets and their
    one-letter deletions. A cheap over-approximation of :class:`~notelint.nlp.spelling.Speller`
    (which decides); a word is looked at once."""

    def __init__(self, targets: frozenset[str], known: frozenset[str],
                 exempt: frozenset[str] = frozenset()):
        from . import derived

        shipped = derived.load("typo_keys", _typo_keys_key(targets))  # (worked out if stale)
        self.keys: set[str] = set(shipped) if shipped is not None else _typo_keys(targets)
        self.known = known | targets | exempt
        self.collapsed = {collapse_doubles(t) for t in targets if len(t) >= 6}
        self.plain = {plain_letters(t) for t in targets if len(t) >= 6} - self.known
        # a long word may be two edits from its target (spelling.TWO_EDITS_FROM): two
        # letters that sound alike ("erisypelas") are found by the targets' sound keys
        sounds = derived.load("typo_sounds", _typo_sounds_key(targets))
        self.sounds: set[str] = set(sounds) if sounds is not None else _typo_sounds(targets)
        # two edits inside a long word ("levermetatser": two letters of levermetastaser lost)
        # leave its first and last three letters: the long targets by those ends (a word is
        # measured against the few that share its ends)
        self.ends: dict[str, list[str]] = {}
        for t in targets:
            if len(t) >= TWO_EDITS_FROM:
                self.ends.setdefault(t[:3] + t[-3:], []).append(t)
        # one edit makes a word at most one letter longer (latin respellings: a few more);
        # a longer word is no typo, and its deletions would cost the square of its length
        self.longest = max((len(t) for t in targets), default=0) + 4
        self._memo: dict[str, bool] = {}

    def near(self, word: str) -> bool:
        got = self._memo.get(word)
        if got is None:
            got = word not in self.known and self._near(word)
            if len(self._memo) >= TYPO_WORDS:
                self._memo.clear()
            self._memo[word] = got
        return got

    def _near(self, word: str) -> bool:
        if len(word) > self.longest:
            return False
        keys, collapsed = self.keys, self.collapsed
        # (a word without a doubled letter is its own collapsed form: no join to build)
        if (collapse_doubles(word) if _DOUBLED.search(word) else word) in collapsed or word in self.plain:
            return True
        if len(word) >= TWO_EDITS_FROM:
            if sound_key(word) in self.sounds:
                return True
            same_ends = self.ends.get(word[:3] + word[-3:])
            if same_ends and any(OSA.distance(word, t, score_cutoff=2) <= 2 for t in same_ends):
                return True
        for w in (word, *latin_spellings(word)):
            if w in keys or w in collapsed:
                return True
            # every one-letter deletion at once, looked up in C
            if not keys.isdisjoint([w[:i] + w[i + 1:] for i in range(len(w))]):
                return True
        return False


_DOUBLED = re.compile(r"(.)\1")


def _typo_keys(targets: frozenset[str]) -> set[str]:
    """The targets of six letters or more and their one-letter deletions."""
    keys: set[str] = set()
    for t in targets:
        if len(t) >= 6:
            keys.add(t)
            keys.update(t[:i] + t[i + 1:] for i in range(len(t)))
    return keys


def _typo_keys_key(targets: frozenset[str]) -> str:
    from . import derived

    return derived.key_of("typo keys: targets of 6+ letters and their one-letter deletions",
                          sorted(t for t in targets if len(t) >= 6))


def _typo_sounds(targets: frozenset[str]) -> set[str]:
    """The sound keys of the targets a word two edits away may stand for."""
    return {sound_key(t) for t in targets if len(t) >= TWO_EDITS_FROM - 2}


def _typo_sounds_key(targets: frozenset[str]) -> str:
    from . import derived, spelling

    return derived.key_of("typo sounds: sound keys of targets of TWO_EDITS_FROM - 2 letters or more",
                          TWO_EDITS_FROM, derived.code_key(spelling.__file__),
                          sorted(t for t in targets if len(t) >= TWO_EDITS_FROM - 2))


def typo_sounds_table() -> tuple[str, list[str]]:
    """(key, table) of the typo index's sound keys, worked out now."""
    from .resources import typo_targets

    targets = typo_targets()[0]
    return _typo_sounds_key(targets), sorted(_typo_sounds(targets))


def typo_keys_table() -> tuple[str, list[str]]:
    """(key, table) of the typo index's keys, worked out now (:mod:`notelint.nlp.derived`)."""
    from .resources import typo_targets

    targets = typo_targets()[0]
    return _typo_keys_key(targets), sorted(_typo_keys(targets))


from rapidfuzz.distance import OSA  # noqa: E402

from .spelling import (TWO_EDITS_FROM, collapse_doubles, latin_spellings,  # noqa: E402
                       plain_letters, sound_key)


def typo_index() -> TypoIndex:
    global _typo
    if _typo is None:
        from .resources import typo_targets

        _typo = TypoIndex(*typo_targets())
    return _typo


def might_fire(text: str) -> bool:
    """False when no lexicon word, abbreviation or code shape occurs in ``text`` and no
    trigger expression could match it."""
    if hits(text):
        return True
    table = trigger_literals()
    return table.may_match(table.met(lower(text), [0]).get(0, frozenset()))


def active_runs(text: str, tokenizer: Callable[[], Any],
                code_file: str | None = None, sentences: bool = False,
                found: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) character ranges of ``text`` that hold every sentence that might fire;
    neighbouring such sentences form one range, with the whitespace between them kept.
    Leading and trailing whitespace of a range is left out. ``tokenizer()`` gives the
    pipeline's tokenizer; it is called only when a cut after . ! ? must be checked.
    ``found`` gives the (start, end) spans to keep instead of :func:`hits`.

    With ``sentences`` a range is cut further, at every sentence start inside it that no
    hit reaches over: each range then annotates the same alone as within the text (the
    unit of :mod:`notelint.nlp.cache`)."""
    if not text or text.isspace():
        return []
    return _runs(_read_pieces([text], code_file)[0], tokenizer, code_file, sentences, found)


def active_runs_of(texts: list[str], tokenizer: Callable[[], Any], code_file: str | None = None,
                   sentences: bool = False) -> list[list[tuple[int, int]]]:
    """:func:`active_runs` of each of ``texts`` (a note's sections): the same ranges, with
    the pieces none of them was seen with before looked at together, in one pass."""
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    todo = [k for k, text in enumerate(texts) if text and not text.isspace()]
    for k, read in zip(todo, _read_pieces([texts[k] for k in todo], code_file)):
        out[k] = _runs(read, tokenizer, code_file, sentences, None)
    return out


def _read_pieces(texts: list[str], code_file: str | None) -> list["_Read"]:
    """Each text (not blank) with its candidate cuts and what each piece between them holds
    (the piece memo's entries); the pieces not remembered are looked at together."""
    memo = _piece_memo(code_file)
    out = []
    new: list[list[Any]] = []
    fresh: list[set[int]] = []
    for text in texts:
        cuts = _cuts(text)
        if cuts:
            starts = [0]
            starts += [end for _, end in cuts]
            ends = [start for start, _ in cuts]
            ends.append(len(text))
            pieces = [text[a:b] for a, b in zip(starts, ends)]
        else:
            starts, ends, pieces = [0], [len(text)], [text]
        infos = list(map(memo.get, pieces))  # what each piece alone says, by its text
        mine: set[int] = set()
        if not all(infos):  # (an info is a non-empty list: only None is false)
            if len(memo) + len(infos) > PIECE_MEMO_SIZE:
                memo.clear()
            for k, info in enumerate(infos):
                if info is None:
                    info = memo.get(pieces[k])  # the same new piece twice
                    if info is None:
                        info = memo[pieces[k]] = [pieces[k], _NONE, None, None, frozenset(), False]
                        new.append(info)
                        mine.add(id(info))
                    infos[k] = info
        out.append((text, cuts, infos, starts, ends))
        fresh.append(mine)
    if new:
        _find_hits(new, code_file)
    table = trigger_literals()
    if table.counting:  # (the first pieces only) pieces seen again count as often as seen
        for (_, _, infos, _, _), mine in zip(out, fresh):  # (counted by Requirements.met already)
            old = [info[4] for info in infos if id(info) not in mine]
            if old and table.counting:
                generation = table.generation
                table.observe(old)
                if table.generation != generation:
                    _refile_pieces(table.filed)
    return out


_Read = tuple[str, list[tuple[int, int]], list[list[Any]], list[int], list[int]]


def _runs(read: _Read, tokenizer: Callable[[], Any], code_file: str | None, sentences: bool,
          found: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The ranges of :func:`active_runs` of one text, its pieces read (the text, its cuts,
    its pieces' infos, where each piece starts and ends)."""
    text, cuts, infos, starts, ends = read
    crossed: set[int] = set()
    triggers = found is None  # (a caller's own spans say nothing of triggers)
    holds = list(map(_HOLDS, infos))
    if found is None and not _may_cross(text):  # no hit reaches over a cut
        if not any(holds):
            return []
        kept = [h == _STRONG for h in holds]
    else:
        found = hits(text, code_file) if found is None else found
        kept = [False] * len(starts)
        for h_start, h_end in found:  # a hit across a cut ("I\n48") keeps every piece it touches
            first = bisect.bisect_right(starts, h_start) - 1
            last = bisect.bisect_right(starts, h_end - 1) - 1
            crossed.update(range(first, last))
            for i in range(first, last + 1):
                kept[i] = True

    def real(i: int) -> bool:  # whether the pipeline starts a sentence at cut i
        return text[cuts[i][0]] == "\n" or (_ends_sentence(infos[i], tokenizer, code_file)
                                            and not _opens_with_punct(infos[i + 1], tokenizer))

    if triggers and _GATE in holds:
        _keep_triggerable(text, cuts, infos, kept, real)
    if not any(kept):
        return []

    # a cut after . ! ? is a sentence start only if the tokenizer says so; it is asked only
    # where it matters (a kept piece beside one that is not), and a false cut joins them
    changed = True
    while changed:
        changed = False
        for i in range(len(cuts)):
            if kept[i] != kept[i + 1] and not real(i):
                kept[i] = kept[i + 1] = True
                changed = True
    runs: list[tuple[int, int]] = []
    for i, keep in enumerate(kept):
        if not keep:
            continue
        if i and kept[i - 1] and (not sentences or i - 1 in crossed or not real(i - 1)):
            runs[-1] = (runs[-1][0], ends[i])
        else:
            runs.append((starts[i], ends[i]))
    return [_strip(text, a, b) for a, b in runs]


def _keep_triggerable(text: str, cuts: list[tuple[int, int]], infos: list[list[Any]],
                      kept: list[bool], real: Callable[[int], bool]) -> None:
    """Keep the pieces without a hit that lie in a sentence where some trigger expression
    could match: every string one expression requires occurs in it
    (:mod:`notelint.nlp.literals`). A line (the pieces between two line breaks, which no
    sentence crosses) is looked at first; only where it could match are its sentences
    found (``real(i)``: whether cut ``i`` starts one)."""
    table = trigger_literals()
    if table.filed is not None and not any(map(_MEETS_FILED, infos)):
        return  # no piece meets a set some expression is filed under: nothing can match
    breaks = [k for k, (at, _) in enumerate(cuts) if text[at] == "\n"]  # a line ends after piece k
    if None in map(_SETS, infos):  # the sets of the lines where a piece meets a filed set
        unread = []
        for first, last in zip((0, *(b + 1 for b in breaks)), (*breaks, len(infos) - 1)):
            line = infos[first:last + 1]
            if any(map(_MEETS_FILED, line)):
                unread.extend(info for info in line if info[4] is None)
        if unread:
            _read_sets(list({id(info): info for info in unread}.values()))
    gates = [k for k, info in enumerate(infos) if info[1] == _GATE]
    g = 0
    while g < len(gates):
        b = bisect.bisect_left(breaks, gates[g])
        first = breaks[b - 1] + 1 if b else 0
        last = breaks[b] if b < len(breaks) else len(infos) - 1
        in_line = []
        while g < len(gates) and gates[g] <= last:
            in_line.append(gates[g])
            g += 1
        # no expression can match where none of the sets it is filed under is met (most
        # lines: only common strings such as "vi " occur), asked without building the union
        if table.filed is not None and not any(map(_MEETS_FILED, infos[first:last + 1])):
            continue
        # most often one piece holds all an expression requires (its sets recur from note to
        # note, so this is remembered); only where some piece does not is its sentence asked
        # a sentence's sets together are asked only where the line has two pieces with sets
        alone = sum(1 for info in infos[first:last + 1] if info[4]) < 2
        done = -1  # the last piece of the sentence looked at last
        for k in in_line:
            if infos[k][5] and table.may_match(infos[k][4]):
                kept[k] = True
                continue
            if alone or k <= done:
                continue
            # the sentence of piece k: out to the nearest cuts that start one (asked only
            # there: most pieces are a sentence of their own), within the line
            start = k
            while start > first and not real(start - 1):
                start -= 1
            done = k
            while done < last and not real(done):
                done += 1
            group = [j for j in range(start, done + 1) if infos[j][4]]
            if len(group) > 1 and table.may_match_together(tuple([infos[j][4] for j in group])):
                for j in group:
                    if infos[j][1] == _GATE:
                        kept[j] = True


def _find_hits(infos: list[list[Any]], code_file: str | None) -> None:
    """Set what each new piece holds — a hit (:func:`pieces_with_hits`), only strings that
    trigger expressions require, or nothing — and which required sets it meets, with one
    pass of the required strings for all of them: they are joined by a blank line, which no
    required string holds. Once the expressions are filed, only whether a piece meets a
    filed set is found here (its sets: ``None`` until :func:`_keep_triggerable` needs them)."""
    offsets = []
    at = 0
    for info in infos:
        offsets.append(at)
        at += len(info[0]) + 2
        info[1], info[4], info[5] = _NONE, frozenset(), False
    joined = "\n\n".join(info[0] for info in infos)
    low = lower(joined)
    for info, has_hit in zip(infos, pieces_with_hits([info[0] for info in infos], code_file)):
        if has_hit:
            info[1] = _STRONG
    table = trigger_literals()
    if not table.counting and table.filed is not None:
        # most pieces meet no set an expression is filed under, and then what else they
        # meet matters to nobody: only whether they meet a filed set is found now; the
        # sets a piece meets are read when its line holds such a piece (_read_sets)
        for k in table.meets_filed(low, offsets):
            info = infos[k]
            info[5] = True
            if info[1] == _NONE:
                info[1] = _GATE
        for info in infos:
            info[4] = None
        return
    generation = table.generation
    found = table.met(low, offsets)
    if table.generation != generation:  # the expressions were filed anew: so are the pieces
        _refile_pieces(table.filed)
    _set_met(infos, found, table.filed)


def _set_met(infos: list[list[Any]], found: dict[int, frozenset[int]],
             filed: frozenset[int] | None) -> None:
    for k, met in found.items():
        info = infos[k]
        info[4] = met
        info[5] = filed is None or not filed.isdisjoint(met)
        if info[1] == _NONE:
            info[1] = _GATE


def _read_sets(infos: list[list[Any]]) -> None:
    """The required sets each piece meets, for pieces whose sets were not read when they
    were first seen (only whether they meet a filed set was)."""
    offsets = []
    at = 0
    for info in infos:
        offsets.append(at)
        at += len(info[0]) + 2
        info[4] = frozenset()
    table = trigger_literals()
    _set_met(infos, table.met(lower("\n\n".join(info[0] for info in infos)), offsets), table.filed)


def _refile_pieces(filed: frozenset[int] | None) -> None:
    """Whether each remembered piece meets a set some expression is filed under, anew."""
    for memo in _piece_memos.values():
        for info in memo.values():
            info[5] = bool(info[4]) and (filed is None or not filed.isdisjoint(info[4]))


# ------------------------------------------------------------------- hits by chunks
# A piece of text holds a hit (what :func:`hits` finds in it) only where one of its chunks
# (whitespace-separated, as spaCy's tokenizer first cuts a text) holds one alone, or where
# chunks make one together: a code shape written apart ("I 48"), a form written apart
# ("gall sten"), the other words of a many-word form ("akut buk"). No lexicon word,
# abbreviation or keyword holds whitespace (a region's titles add one word of each; checked
# by ``tests/test_nlp_prefilter.py``), and a chunk's edges are whitespace, as
# :func:`hits`'s boundary checks want. A region's notes are made of few distinct chunks (78,000 in 20,000
# generated notes, 2.9 million chunks in all), so what each chunk holds is worked out once
# and most pieces are answered with two set lookups, not by scanning their characters.
_J_CAP, _J_FIRST, _J_MANY = 1, 2, 4
# chunks remembered, up to this many (then forgotten at once, as the other memos)
CHUNK_MEMO_SIZE = CHUNKS
_TWO_DIGITS = re.compile(r"\d\d")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class _Chunks:
    known: set[str] = field(default_factory=set)     # every chunk looked at
    hit: set[str] = field(default_factory=set)       # those holding a hit alone
    joins: dict[str, int] = field(default_factory=dict)  # those that may make one with others


_chunk_memos: dict[str | None, _Chunks] = {}


def pieces_with_hits(pieces: list[str], code_file: str | None = None) -> list[bool]:
    """Whether each piece holds a hit; the same answer as ``bool(hits(piece))`` or, where a
    piece's chunks could make a hit together, possibly True where :func:`hits` finds none
    (more text kept, never less)."""
    memo = _chunk_memos.get(code_file)
    if memo is None:
        memo = _chunk_memos[code_file] = _Chunks()
    split = [piece.split() for piece in pieces]
    new = set().union(*split) - memo.known
    if new:
        if len(memo.known) + len(new) > CHUNK_MEMO_SIZE:
            memo.known.clear()
            memo.hit.clear()
            memo.joins.clear()
            new = set().union(*split)
        _learn_chunks(new, memo, code_file)
    out = []
    for piece, chunks in zip(pieces, split):
        if not memo.hit.isdisjoint(chunks):
            out.append(True)
        elif memo.joins and not memo.joins.keys().isdisjoint(chunks):
            out.append(_joined_hit(piece, chunks, memo.joins, code_file))
        else:
            out.append(False)
    return out


def _learn_chunks(chunks: set[str], memo: _Chunks, code_file: str | None) -> None:
    """What each new chunk holds: one :func:`hits` call for all of them, joined by a blank
    line (a chunk alone on its line: nothing reaches from one to another). A chunk without
    a letter ("157", "2023-03-11.", "5/7") holds nothing: every lexicon word, abbreviation,
    keyword and code shape has one (``tests/test_nlp_prefilter.py``)."""
    ordered = []
    for chunk in sorted(chunks):
        if _LETTER.search(chunk):
            ordered.append(chunk)
        else:
            memo.known.add(chunk)
    offsets = []
    at = 0
    for chunk in ordered:
        offsets.append(at)
        at += len(chunk) + 2
    joined = "\n\n".join(ordered)
    low = lower(joined)
    for start, _ in hits(joined, code_file, low):
        memo.hit.add(ordered[bisect.bisect_right(offsets, start) - 1])
    lexicon = _lexicon_words(code_file)
    many = lexicon.many
    for chunk, at in zip(ordered, offsets):
        memo.known.add(chunk)
        if chunk in memo.hit:
            continue
        flags = 0
        last = chunk[-1]
        if "A" <= last <= "Z" and (len(chunk) == 1 or not _WORD.match(chunk, len(chunk) - 2)):
            flags |= _J_CAP  # "I" of "I 48" (the chunk after it is looked at then)
        words = _WORD_TOKEN.findall(low, at, at + len(chunk))
        if words:
            tail = words[-1]
            if (tail in lexicon.first_parts and low.endswith(tail, at, at + len(chunk))
                    and (len(tail) == len(chunk) or not _WORD_OR_DASH.match(low, at + len(chunk) - len(tail) - 1))):
                flags |= _J_FIRST  # "gall" of "gall sten"
            if any(many.get(w) for w in words):  # ("hits" worked out the forms of its words)
                flags |= _J_MANY   # "buk" of "akut buk"
        if flags:
            memo.joins[chunk] = flags


def _joined_hit(piece: str, chunks: list[str], joins: dict[str, int],
                code_file: str | None) -> bool:
    """Whether chunks of ``piece`` make a hit together (as :func:`hits` would find it, or
    more: the whitespace between two chunks is not looked at)."""
    seen = 0
    for chunk in chunks:
        seen |= joins.get(chunk, 0)
    lexicon = _lexicon_words(code_file)
    if seen & _J_MANY:
        words = set(_WORD_TOKEN.findall(lower(piece)))
        many = lexicon.many
        for word in words:
            forms = many.get(word)
            if forms and any(form <= words for form in forms):
                return True
    if seen & (_J_FIRST | _J_CAP):
        for a, b in zip(chunks, chunks[1:]):
            flags = joins.get(a, 0)
            if flags & _J_CAP and _TWO_DIGITS.match(b):
                return True
            if flags & _J_FIRST:
                tail = _WORD_TOKEN.findall(lower(a))[-1]
                nxt = _WORD_TOKEN.match(lower(b))
                if (nxt is not None and tail + nxt.group() in lexicon.words
                        and len(tail) + len(nxt.group()) >= 7):
                    return True
    return False


_MEETS_FILED = operator.itemgetter(5)  # (a piece's info: whether it meets a filed set)
_SETS = operator.itemgetter(4)         # (the required sets it meets; None: not read yet)
_HOLDS = operator.itemgetter(1)        # (and what it holds)

# what a piece holds (info[1]): a hit that keeps it, only strings trigger expressions
# require, nothing
_NONE, _GATE, _STRONG = 0, 1, 2


def trigger_literals() -> "Requirements":
    """The required strings of the trigger expressions that find something (not the
    "!", "~", "^" rows, which only block or mark what others find)."""
    global _literals
    if _literals is None:
        from .literals import Requirements
        from .resources import load_resources

        _literals = Requirements(pattern for kind, pattern in load_resources().triggers
                                 if not kind.startswith(("!", "~", "^")))
    return _literals


_literals: Any = None


# Pieces of text between candidate sentence starts, with what the prefilter found out about
# each ([text, what it holds (_NONE, _GATE, _STRONG), ends a sentence, starts with
# punctuation, the sets of strings trigger expressions require that it meets, whether one
# of them is a set some expression is filed under (Requirements.filed)]); journal text repeats
# its sentences, so most pieces are answered from here. Cleared when full.
PIECE_MEMO_SIZE = PIECES
_piece_memos: dict[str | None, dict[str, list[Any]]] = {}
# a hit that can reach over a cut: a code shape broken by a newline ("I\n48"), or a key
# word or abbreviation with ". " or a newline in it (none today; checked, not assumed)
_CROSSING = re.compile(r"\n\d\d")  # (after a capital: looked at below; a literal first is
# found by a fast scan, "[A-Z]\n" is tried at every character)
_SPANS_CUT = re.compile(r"[.!?] |\n")
_crossers: tuple[str, ...] | None = None


def _may_cross(text: str) -> bool:
    global _crossers
    if _crossers is None:
        from .resources import load_resources

        res = load_resources()
        words = [*res.abbreviations, *(w for w, _ in res.keywords)]
        _crossers = tuple(w for w in words if _SPANS_CUT.search(w))
    if "\n" in text:
        for m in _CROSSING.finditer(text):
            at = m.start()
            if at and "A" <= text[at - 1] <= "Z":
                return True
    return bool(_crossers) and any(w in text or w in text.lower() for w in _crossers)


def _piece_memo(code_file: str | None) -> dict[str, list[Any]]:
    memo = _piece_memos.get(code_file)
    if memo is None:
        memo = _piece_memos[code_file] = {}
    return memo


def _ends_sentence(info: list[Any], tokenizer: Callable[[], Any], code_file: str | None) -> bool:
    """Whether the piece ends in a . ! ? token after which no term or cue goes on."""
    if info[2] is None:
        before = _stop_before(tokenizer(), info[0].rsplit(None, 1)[-1])
        info[2] = before is not None and before not in _dotted_words(code_file)
    return info[2]


def _opens_with_punct(info: list[Any], tokenizer: Callable[[], Any]) -> bool:
    if info[3] is None:
        # a token is punctuation only if every character is: one that begins with a letter
        # or digit is none, and the tokenizer need not be asked
        info[3] = not info[0][:1].isalnum() and _starts_with_punct(tokenizer(),
                                                                    info[0].split(None, 1)[0])
    return info[3]


def _cuts(text: str) -> list[tuple[int, int]]:
    """(start, end) of the whitespace at every candidate sentence start: a run of newlines
    between two non-space characters, one space between . ! ? and a non-space character
    (the matches of :data:`_CUT`, found with ``str.find``: twice as fast as the
    expression, which is tried at every character)."""
    out = []
    n = len(text)
    find = text.find
    at = find("\n")
    while at != -1:
        end = at + 1
        while end < n and text[end] == "\n":
            end += 1
        if at and end < n and not text[at - 1].isspace() and not text[end].isspace():
            out.append((at, end))
        at = find("\n", end)
    dots = []
    for stop in (". ", "! ", "? "):
        at = find(stop)
        while at != -1:
            if at + 2 < n and not text[at + 2].isspace():
                dots.append((at + 1, at + 2))
            at = find(stop, at + 2)
    if dots:
        out.extend(dots)
        out.sort()
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    if start < end and not (text[start].isspace() or text[end - 1].isspace()):
        return start, end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _stop_before(tokenizer: Any, piece: str) -> str | None:
    """:func:`_ends_in_stop`, answered without the tokenizer for the common piece: letters
    or a number and a final . ! ? ("pneumoni.", "157."), which the tokenizer splits into the word and the stop
    unless the piece or its word is a special case ("ca.", "Dr.", "A." is no such word: one
    letter goes to the tokenizer). Checked against the tokenizer on every word of the
    lexicon and of 300 generated notes, in three casings (``tests/test_nlp_prefilter.py``)."""
    stem = piece[:-1]
    if piece[-1] in ".!?" and (len(stem) >= 2 and stem.isalpha() or _NUMBER.fullmatch(stem)):
        special = _special_cases(tokenizer)
        if piece not in special and stem not in special:
            return stem.lower()
    return _ends_in_stop(tokenizer, piece)


# a number as notes write them before a stop ("157.", "5,5.", "2023-03-11.", "1x3."): the
# tokenizer splits the stop off it, as after a word (a new number each time: asking it
# would miss its memo)
_NUMBER = re.compile(r"[0-9]+(?:[.,:x-][0-9]+)*")


@lru_cache(maxsize=4)
def _special_cases(tokenizer: Any) -> frozenset[str]:
    return frozenset(tokenizer.rules)


@lru_cache(maxsize=8192)
def _ends_in_stop(tokenizer: Any, piece: str) -> str | None:
    """The lower-cased token before a final . ! ? token of ``piece`` ("" if none), or None
    when ``piece`` does not end in such a token."""
    doc = tokenizer(piece)
    if not len(doc) or doc[-1].text not in (".", "!", "?"):
        return None
    glued = len(doc) > 1 and not doc[-2].whitespace_
    if doc[-1].text == "?" and not (glued and not doc[-2].is_punct and not doc[-2].is_space):
        return None  # a question mark standing alone opens a question, it ends nothing
    return doc[-2].lower_ if glued else ""


_dotted: dict[str | None, frozenset[str]] = {}


def _dotted_words(code_file: str | None) -> frozenset[str]:
    """Words that a lexicon term or cue has before a "." token and goes on after ("m" of
    "m. genitalium-infektion"): a "." after them is no place to cut."""
    words = _dotted.get(code_file)
    if words is None:
        from . import get_pipeline
        from .resources import load_code_titles, load_resources

        res = load_resources()
        terms = [e.term for e in res.lexicon] + [c.text for c in res.cues]
        if code_file:
            terms += [e.term for e in load_code_titles(code_file)]
        make_doc = get_pipeline(code_file).make_doc
        found = set()
        for term in terms:
            if ". " not in term and "! " not in term and "? " not in term:
                continue
            doc = make_doc(term)
            found.update(doc[i - 1].lower_ for i in range(1, len(doc) - 1)
                         if doc[i].text in (".", "!", "?") and not doc[i + 1].is_punct)
        words = _dotted[code_file] = frozenset(found)
    return words


@lru_cache(maxsize=8192)
def _starts_with_punct(tokenizer: Any, piece: str) -> bool:
    doc = tokenizer(piece)
    return len(doc) > 0 and doc[0].is_punct

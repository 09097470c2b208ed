"""Spelling as clinicians type it: abbreviations and typos read as the words they stand for.

The ``nl_spelling`` component sets each token's ``NORM`` to the word the lexicons and cue
lists know, so that every matcher after it (diagnoses, ConText cues) reads "trol." as
*troligen*, "missänkt" as *misstänkt* and "arrytmi" as *arytmi*, while every span still
quotes the words the clinician wrote.

- Written forms (``models/spelling.tsv``, one form a row): abbreviations and spelling
  variants with the word they stand for ("sannol." → *sannolikt*, "f.s." → *frågeställning*).
- Typos: a word of six letters or more that no lexicon, cue list or stoplist knows, within
  one edit (two from ten letters) of exactly one known target word — an insertion, a
  deletion, a substitution or two neighbours swapped (optimal string alignment) — that
  begins with the same letter. Candidates are the known words of that letter and a length
  within the budget, compared by RapidFuzz in one call; there is no scan of the lexicon
  per token. Words the team
  found to be ordinary Swedish near a target are listed in
  ``models/lexicon/spelling_stoplist.txt``.
"""

from __future__ import annotations

import re

from typing import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from .budget import WORD_ANALYSES

MIN_LENGTH = 6       # shorter words are never corrected ("kolit"/"kalit", "astma"/"asta")
TWO_EDITS_FROM = 10  # words this long may be two edits away


def max_edits(word: str) -> int:
    return 0 if len(word) < MIN_LENGTH else 2 if len(word) >= TWO_EDITS_FROM else 1


def _deletions(word: str, edits: int) -> set[str]:
    """``word`` and every string one to ``edits`` deletions away."""
    out = {word}
    level = {word}
    for _ in range(edits):
        level = {w[:i] + w[i + 1:] for w in level for i in range(len(w))}
        out |= level
    return out


_ENDINGS = {"as", "ad", "at", "ar", "or", "er", "en", "et", "na", "ts", "de", "te", "es", "an"}


def _inflection(word: str, target: str) -> bool:
    """Another form of the same word, not a typo: the same length and stem, and an
    inflectional ending each ("meddelas"/"meddelad", "remitterad"/"remitteras")."""
    return (len(word) == len(target) and word[:-2] == target[:-2]
            and word[-2:] in _ENDINGS and target[-2:] in _ENDINGS)


def _suffixed(word: str, target: str) -> bool:
    """``word`` is ``target`` with an inflectional ending added, dropped or changed
    ("allvarlig"/"allvarligt", "begränsade"/"begränsad", "internet"/"internt")."""
    k = 0
    for a, b in zip(word, target):
        if a != b:
            break
        k += 1
    rest = (word[k:], target[k:])
    return k >= 4 and (("" in rest and len(rest[0] + rest[1]) <= 2)
                       or all(len(r) <= 2 and r in _ENDINGS | _LETTER_ENDINGS for r in rest))


_LETTER_ENDINGS = {"", "a", "e", "t", "s", "n", "d", "r"}


def _ends_swapped(word: str, target: str) -> bool:
    """``word`` is ``target`` with its last two letters typed the other way round."""
    return (len(word) == len(target) and word[:-2] == target[:-2] and word[-2] == target[-1]
            and word[-1] == target[-2] and word[-1] != word[-2])


def _one_swap(word: str, target: str) -> bool:
    """``word`` is ``target`` with two neighbouring letters typed the other way round."""
    if len(word) != len(target) or word == target:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and word[diff[0]] == target[diff[1]] and word[diff[1]] == target[diff[0]])


def _ending_only(word: str, target: str) -> bool:
    """``word`` and ``target`` differ only in their last two letters or so."""
    k = 0
    for a, b in zip(word, target):
        if a != b:
            break
        k += 1
    return k >= min(len(word), len(target)) - 2


# Latin and older spellings read the Swedish way ("cholecystitis" → "kolecystit",
# "pyelonephritis" → "pyelonefrit", "pneumonia" → "pneumoni"): letters first, then endings.
_LATIN_LETTERS = (("ph", "f"), ("th", "t"), ("rh", "r"), ("ch", "k"), ("ae", "e"), ("oe", "e"),
                  ("ca", "ka"), ("co", "ko"), ("cu", "ku"), ("ct", "kt"), ("cl", "kl"),
                  ("cr", "kr"))
_LATIN_ENDINGS = (("itis", "it"), ("osis", "os"), ("iasis", "ias"), ("emia", "emi"),
                  ("aemia", "emi"), ("ia", "i"), ("oma", "om"), ("ismus", "ism"))


_LATIN_HINT = re.compile(r"ph|th|rh|ch|ae|oe|c[aoutlr]|(?:itis|osis|iasis|emia|ia|oma|ismus)$")


def latin_spellings(word: str) -> list[str]:
    """``word`` respelt as Swedish clinicians write it, if that differs ("cholecystitis" →
    ["kolecystitis", "kolecystit"]); [] when nothing changes."""
    if not _LATIN_HINT.search(word):
        return []
    out = []
    swedish = word
    for old, new in _LATIN_LETTERS:
        swedish = swedish.replace(old, new)
    for candidate in (word, swedish):
        for old, new in _LATIN_ENDINGS:
            if candidate.endswith(old) and len(candidate) > len(old) + 3:
                out.append(candidate[: -len(old)] + new)
                break
    if swedish != word:
        out.insert(0, swedish)
    return [w for w in dict.fromkeys(out) if w != word]


_PLAIN = str.maketrans("åäöéü", "aaoeu")


def plain_letters(word: str) -> str:
    """``word`` typed on a keyboard without å, ä, ö: "hjärnblödning" → "hjarnblodning"."""
    return word.translate(_PLAIN)




# letters that sound alike, each pair written one way ("erisypelas"/"erysipelas",
# "cholecystit"/"kolecystit", "pielonefrit"): how a long Latin or Greek word is misspelt
# twice over (the speller reads a long word within two edits)
_SOUNDS = str.maketrans("yczqwäåéèü", "ikskveoeeu")


def sound_key(word: str) -> str:
    """``word`` with letters that sound alike written one way and doubled letters once:
    two misspellings of a long word that sound as it often share its key."""
    return collapse_doubles(word.translate(_SOUNDS))


def collapse_doubles(word: str) -> str:
    """"borellia" and "borrelia" alike: every doubled letter written once."""
    return "".join([ch for ch, before in zip(word, "\n" + word) if ch != before])


# A typo replaces a letter by a neighbour on the (Swedish) keyboard or by one that sounds
# alike; "kroppen" is not a slip for "kruppen", nor "bilder" for "bölder".
_ROWS = ("1234567890+", "qwertyuiopå", "asdfghjklöä", "<zxcvbnm,.-")
_KEY = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
_SOUND_ALIKE = {frozenset(p) for p in ("ck", "cs", "kq", "iy", "eä", "ei", "oå", "aä", "öø",
                                          "sz", "xs", "fv", "td", "kg", "pb")}


def _slip(a: str, b: str) -> bool:
    """Whether writing ``a`` for ``b`` is a plausible slip: keyboard neighbours or sound-alikes."""
    if frozenset((a, b)) in _SOUND_ALIKE:
        return True
    ka, kb = _KEY.get(a), _KEY.get(b)
    return ka is not None and kb is not None and abs(ka[0] - kb[0]) <= 1 and abs(ka[1] - kb[1]) <= 1


_VOWELS = frozenset("aeiouyåäö")


def plausible_typo(word: str, target: str, vowels: bool = False) -> bool:
    """Every letter ``word`` replaces in ``target`` is a slip (two neighbours swapped count
    as one edit, whatever the keys). With ``vowels`` one vowel written for another inside
    the word is a slip too ("informarats"): allowed for the words of telling, whose
    look-alikes are no diagnosis."""
    ops = [op for op in Levenshtein.editops(word, target) if op.tag == "replace"]
    for k, op in enumerate(ops):
        a, b = word[op.src_pos], target[op.dest_pos]
        swapped = any(abs(o.src_pos - op.src_pos) == 1 and word[o.src_pos] == b
                      and target[o.dest_pos] == a for o in ops if o is not op)
        if vowels and a in _VOWELS and b in _VOWELS and 0 < op.src_pos < len(word) - 2:
            continue
        if not swapped and not _slip(a, b):
            return False
    return True


class Speller:
    """Corrects a lower-cased word to the one target word within its edit budget.

    Candidates are the known words that begin with the same letter and whose length is
    within the budget (a bucket of a few dozen words), compared in one RapidFuzz call:
    typos keep the first letter far more often than not, and the bucket keeps a word from
    being compared with the whole lexicon. Before that, a word written with single letters
    for double ones (or the other way round) and a Latin spelling are looked up exactly.

    ``groups`` maps a target that is a diagnosis by itself to its concepts: a typo as near
    to two such targets of one concept ("urinvägsinfekton": -infekten, -infektion) is read
    as that concept, and a whole diagnosis beats a word that is only part of one
    ("diabetis": diabetes, not diabetisk).
    """

    def __init__(self, targets: Iterable[str], known: Iterable[str],
                 groups: dict[str, frozenset[str]] | None = None,
                 exempt: Iterable[str] = (), verbs: Iterable[str] = (),
                 loose: Iterable[str] = (), hedges: Iterable[str] = ()):
        self.targets = {t for t in targets if t.isalpha() and len(t) >= MIN_LENGTH}
        # the one-word hedge cues ("trolig", "troligen", "misstänkt"): a typo as near to
        # several of them as to each other ("trolign") is a hedge whichever it is
        self.hedges = frozenset(hedges)
        # targets whose endings inflect freely (the words of telling): a word that differs
        # from one only in its last two letters is another form, not a typo
        # ("informerar", "framförde", "meddelande" are not "informera", "framförd", "meddelade")
        self.verbs = frozenset(verbs)
        # words of many-word diagnoses ("nervosa"): a word that is one of them with another
        # ending is that word inflected, not a typo
        self.loose = frozenset(loose)
        self.known = set(known) | self.targets
        self.exempt = set(exempt)  # never corrected, never a candidate
        self.groups = groups or {}
        # known words are candidates too: a typo nearer an ordinary word than a target is
        # left alone ("reemitterad" is "remitterad", not the cue word "remitteras")
        self.buckets: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self.known):
            if word.isalpha() and len(word) >= MIN_LENGTH - 1:
                self.buckets.setdefault((word[0], len(word)), []).append(word)
        self.collapsed: dict[str, list[str]] = {}
        for word in sorted(self.known):
            if word.isalpha() and len(word) >= MIN_LENGTH:
                self.collapsed.setdefault(collapse_doubles(word), []).append(word)
        self._near: dict[tuple[str, int, int], list[str]] = {}
        self._memo: dict[str, str | None] = {}
        # "hjarnblodning": a target with its å, ä, ö typed as a, a, o (one target each)
        plain: dict[str, str | None] = {}
        for t in self.targets:
            p = plain_letters(t)
            if p != t:
                plain[p] = t if p not in plain else None
        self.plain = {p: t for p, t in plain.items() if t is not None and p not in self.known}

    def correct(self, word: str) -> str | None:
        """The target ``word`` is a typo of, or None (known, too short, none or several)."""
        got = self._memo.get(word, "")
        if got != "":
            return got
        hit = self._correct(word)
        if len(self._memo) < WORD_ANALYSES:
            self._memo[word] = hit
        return hit

    def _candidates(self, first: str, length: int, edits: int) -> list[str]:
        key = (first, length, edits)
        near = self._near.get(key)
        if near is None:
            near = [w for n in range(length - edits, length + edits + 1)
                    for w in self.buckets.get((first, n), ())]
            self._near[key] = near
        return near

    def _correct(self, word: str) -> str | None:
        edits = max_edits(word)
        if not edits or word in self.known or word in self.exempt or not word.isalpha():
            return None
        if word in self.plain:
            return self.plain[word]
        for spelling in latin_spellings(word):
            if spelling in self.known:
                return spelling if spelling in self.targets else None
        same = self.collapsed.get(collapse_doubles(word))
        if same:
            return self._pick(same)
        choices = self._candidates(word[0], len(word), edits)
        if not choices:
            return None
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits,
                                limit=6)
        best = sorted((d, t) for t, d, _ in found
                      if d <= min(edits, max(max_edits(t), 1)) and not _inflection(word, t)
                      # (another form of a word of telling, not a letter lost
                      # inside it: "informerar" no, "informead" yes)
                      and not (t in self.verbs and _ending_only(word, t)
                               and not (len(word) < len(t) and word[-2:] == t[-2:])
                               # its last two letters swapped: "informerda" (no form)
                               and not _ends_swapped(word, t))
                      and not (t in self.loose and _suffixed(word, t))
                      # (a vowel for another inside a long hedge: "differantialdiagnos")
                      and plausible_typo(word, t, vowels=t in self.verbs
                                         or t in self.hedges and len(t) >= 10))
        if not best:
            return None
        tied = [t for d, t in best if d == best[0][0]]
        # two neighbours typed the other way round is the commonest slip: of words as near,
        # the one it is a swap of ("uteslutsa": uteslutas, not utesluts)
        swapped = [t for t in tied if _one_swap(word, t)]
        if len(tied) > 1 and len(swapped) == 1 and swapped[0] in self.targets:
            return swapped[0]
        return self._pick(tied)

    def _hedge_like(self, word: str) -> bool:
        """A one-word hedge cue, or another form of one ("misstänka" of "misstänkt"): all
        but its last two letters, six or more, are the cue's."""
        return word in self.hedges or any(
            len(h) >= 8 and word[:len(h) - 2] == h[:-2] and abs(len(word) - len(h)) <= 2
            for h in self.hedges)

    def _pick(self, tied: list[str]) -> str | None:
        """One target among words as near as each other, or None where it would be a guess."""
        if len(tied) > 1 and all(self._hedge_like(t) for t in tied):
            # ("trolign": troligen; "misstänkat": misstänkt, misstänkta or the verb misstänka)
            hedges = [t for t in tied if t in self.targets and t in self.hedges]
            return max(hedges, key=lambda t: (len(t), t)) if hedges else None
        if any(t not in self.targets for t in tied):
            return None  # as near an ordinary word: leave it
        if len(tied) == 1:
            return tied[0]
        whole = [t for t in tied if t in self.groups]
        if len(whole) == 1:
            return whole[0]
        if whole and frozenset.intersection(*(self.groups[t] for t in whole)):
            return sorted(whole)[0]  # forms of one concept
        return None

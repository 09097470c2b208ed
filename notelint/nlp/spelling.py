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

from typing import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

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


class Speller:
    """Corrects a lower-cased word to the one target word within its edit budget.

    Candidates are the known words that begin with the same letter and whose length is
    within the budget (a bucket of a few dozen words), compared in one RapidFuzz call:
    typos keep the first letter far more often than not, and the bucket keeps a word from
    being compared with the whole lexicon.
    """

    def __init__(self, targets: Iterable[str], known: Iterable[str]):
        self.targets = {t for t in targets if t.isalpha() and len(t) >= MIN_LENGTH}
        self.known = set(known) | self.targets
        # known words are candidates too: a typo nearer an ordinary word than a target is
        # left alone ("reemitterad" is "remitterad", not the cue word "remitteras")
        self.buckets: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self.known):
            if word.isalpha() and len(word) >= MIN_LENGTH - 1:
                self.buckets.setdefault((word[0], len(word)), []).append(word)
        self._near: dict[tuple[str, int, int], list[str]] = {}
        self._memo: dict[str, str | None] = {}

    def correct(self, word: str) -> str | None:
        """The target ``word`` is a typo of, or None (known, too short, none or several)."""
        got = self._memo.get(word, "")
        if got != "":
            return got
        hit = self._correct(word)
        if len(self._memo) < 50_000:
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
        if not edits or word in self.known or not word.isalpha():
            return None
        choices = self._candidates(word[0], len(word), edits)
        if not choices:
            return None
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=edits,
                                limit=4)
        best = sorted((d, t) for t, d, _ in found
                      if d <= min(edits, max(max_edits(t), 1)) and not _inflection(word, t))
        if not best:
            return None
        if len(best) > 1 and best[1][0] == best[0][0]:
            return None  # two words as near: a guess, not a correction
        return best[0][1] if best[0][1] in self.targets else None

"""How much the annotating pipeline remembers between notes, in one place (issue 23).

A region's export is an open vocabulary: names, numbers, dates and typos keep bringing
words, pieces and sentences never seen before, so every memo of :mod:`notelint.nlp` is
bounded. Each bound below is about what the first 10,000 notes of an export fill
(measured on ``benchmarks/generate.py``'s realistic corpus; the repetitive corpus fills
far less), so a process reaches the memory it keeps after those notes: a 100,000- or a
million-note run peaks close to a 10,000-note one (``benchmarks/README.md``, issue 23).
A full memo is emptied at once — what is seen again soon is learnt again — unless its
comment says it stops learning. Findings never depend on these numbers; only speed and
memory do (``tests/test_nlp_budget.py`` runs tiny bounds against these).
"""

from __future__ import annotations

#: new words spaCy keeps for good (lexemes, strings), beyond those its lexicons bring;
#: past it each note is annotated in a memory zone (:func:`notelint.nlp._guarded`).
#: 10,000 realistic notes bring ≈ 3,000
VOCAB_BUDGET = 4_000

#: sentences whose annotations are remembered (:mod:`notelint.nlp.cache`, least recently
#: used first out), and their characters: 10,000 realistic notes bring ≈ 5,000 / 290,000
SENTENCES = 8_000
SENTENCE_CHARS = 600_000

#: pieces of text between candidate sentence starts, with what each holds (prefilter)
PIECES = 30_000

#: whitespace-separated chunks with what each holds (prefilter; ≈ 46,000 / 10k notes)
CHUNKS = 50_000

#: words found to be no lexicon word, compound or typo (prefilter; ≈ 28,000 / 10k notes)
NOT_WORDS = 30_000

#: words asked whether they are one edit from a lexicon word (prefilter's typo index)
TYPO_WORDS = 30_000

#: sets of required strings a piece meets, and whether a trigger expression may match them
#: (:class:`notelint.nlp.literals.Requirements`; the sets are the pieces' own)
REQUIREMENT_SETS = 10_000
#: lines' pieces asked together (a key is a tuple of the pieces' sets; their union, ≈ 1 KB,
#: is not kept)
REQUIREMENT_LINES = 5_000

#: words whose compound analysis, normal form or correction is remembered by the pipeline's
#: components (stops learning when full; ≈ 3,000 / 10k notes)
WORD_ANALYSES = 10_000

#: a note's sökord in order, with the roles they give its sections (reason, conclusion;
#: :mod:`notelint.nlp.notelevel`): a unit's templates repeat them
ROLE_LISTS = 2_000

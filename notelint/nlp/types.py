"""What the NLP pipeline hands to rules: plain, picklable data (no spaCy objects).

Offsets are character offsets into ``note.sections[section].text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Assertion = Literal["affirmed", "negated", "uncertain", "hypothetical", "historical", "family"]
TriggerKind = Literal[
    "not_informed",        # "pat ej informerad", "ska inte informeras än", "ej delgiven"
    "communicated",        # "informerad om diagnosen", "diagnosen meddelad", "har fått besked"
    "violence_close",      # violence by partner / ex / family member
    "child_concern",       # child harmed, orosanmälan, övergrepp mot barn
    "hubs",                # hälsoundersökning på begäran av socialnämnd
    "single_blind",        # enkelblind prövning / randomiserad till …
    "third_party_threat",  # information from/about another person that may cause harm
]


@dataclass(frozen=True)
class Mention:
    """A diagnosis mentioned in free text (an ICD-10 code or a lexicon term)."""

    section: int            # index into note.sections
    start: int
    end: int
    text: str
    concept: str            # normalised name, e.g. "depression", or the code "F32.1"
    icd10: str | None       # code or code prefix if known ("F32", "I48.9")
    assertion: Assertion
    cue: str | None = None  # the ConText cue that decided the assertion
    sentence: int = -1      # offset of the start of its sentence in the section text
    known: bool = False     # current and long-standing ("Känd KOL", "DM2 sedan 2015")
    answered: bool = False  # an uncertain question ("f.s. fraktur?") the note answers later
    benign: bool = False    # a finding the note calls benign ("Benign förändring i vä bröst")
    # dated by a bare year ("Hjärtinfarkt 2018": historical): that year and the assertion
    # and cue it has without it, for a note written in that year or before it
    undated: tuple[int, Assertion, str | None] | None = None
    # in a sentence whose subject is a child ("Barnet flyttades till neo med misstänkt
    # sepsis"): the patient's own only when the patient is a child (an adult's note — the
    # mother's on the postnatal ward — speaks of her baby); the rules know the age
    child: bool = False


@dataclass(frozen=True)
class Trigger:
    section: int
    start: int
    end: int
    text: str
    kind: TriggerKind
    negated: bool = False   # "frågat om våld i nära relation, förnekar" → negated
    # not_informed / communicated: who is (not) told, and about what
    # "Anhöriga ej informerade" → other; "Föräldrarna ej informerade" → guardian (the
    # patient's readers while a child is under the ruleset's guardian_until_age)
    subject: Literal["patient", "guardian", "other"] = "patient"
    topic: Literal["diagnosis", "other"] = "diagnosis"  # "ej informerad om operationsdatum"
    # (a statement about a result, "om PAD-svaret", is about a diagnosis unless the note's
    # results say nothing but normal: see ``notelint.nlp.read_results``)
    sentence: int = -1      # offset of the start of its sentence in the section text
    # not_informed until a result still awaited comes ("informeras när PAD inkommit")
    pending: bool = False
    # never outweighs a statement that the patient was told: copied text ("(Kopierat från
    # anteckning 5/3) … ej informerad") or a detail of the diagnosis ("ej informerad om
    # stadiet", "om prognosen") — it stands only where nothing else is said
    weak: bool = False
    # about the suspicion ("ej informerad om misstanken"): speaks of the note's uncertain
    # diagnoses only, never of what is established beside them
    suspicion: bool = False


@dataclass(frozen=True)
class DocCue:
    """A documentation element a text speaks of (NL4/NL5): contact reason, assessment,
    action, result, background, treatment actions and results, care-relevant information,
    feedback, attachments, referral … (kinds and cues: ``models/doc_cues.tsv``)."""

    section: int
    start: int
    end: int
    text: str
    kind: str
    negated: bool = False   # "inga tankar på att ta mitt liv" → negated (ConText)


@dataclass
class NoteAnnotations:
    mentions: list[Mention] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    cues: list[DocCue] = field(default_factory=list)

    def in_section(self, index: int) -> "NoteAnnotations":
        return NoteAnnotations(
            [m for m in self.mentions if m.section == index],
            [t for t in self.triggers if t.section == index],
        )

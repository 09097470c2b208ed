"""The diagnosis lexicon as reviewable data: every row parses, every ICD-10 code exists in
ICD-10-SE, every chapter is covered, one surface form belongs to one concept."""

from __future__ import annotations

from collections import defaultdict
from importlib.resources import files

import pytest

from conftest import SHARED
from notelint.nlp.resources import LEXICON_DIR, _lexicon_files, load_lexicon, parse_lexicon

CODES = SHARED / "data" / "icd10se" / "codes.txt"

# ICD-10 chapters by first letter and number range; U (special codes) only holds covid-19
CHAPTERS = {
    "I infections": ("A00", "B99"), "II neoplasms": ("C00", "D48"),
    "III blood, immune": ("D50", "D89"), "IV endocrine": ("E00", "E90"),
    "V mental": ("F00", "F99"), "VI nervous": ("G00", "G99"), "VII eye": ("H00", "H59"),
    "VIII ear": ("H60", "H95"), "IX circulatory": ("I00", "I99"),
    "X respiratory": ("J00", "J99"), "XI digestive": ("K00", "K93"),
    "XII skin": ("L00", "L99"), "XIII musculoskeletal": ("M00", "M99"),
    "XIV genitourinary": ("N00", "N99"), "XV pregnancy": ("O00", "O99"),
    "XVI perinatal": ("P00", "P96"), "XVII congenital": ("Q00", "Q99"),
    "XVIII findings": ("R00", "R99"), "XIX injuries": ("S00", "T98"),
    "XX external causes": ("V01", "Y98"),
}


@pytest.fixture(scope="module")
def rows():
    out = []
    for name, text in _lexicon_files():
        out += [(name, e) for e in parse_lexicon(name, text)]
    return out


def test_every_row_parses_and_every_code_exists(rows):
    if not CODES.exists():
        pytest.skip("ICD-10-SE code list not beside the checkout")
    codes = {line.strip().replace(".", "") for line in CODES.read_text(encoding="utf-8").splitlines()}
    missing = sorted({f"{name}: {e.icd10}" for name, e in rows
                      if e.icd10 and e.icd10.replace(".", "") not in codes})
    assert missing == []


def test_every_chapter_is_covered_at_scale(rows):
    concepts = {(e.concept, e.icd10) for _, e in rows}
    forms = {(e.term, e.case_sensitive) for _, e in rows}
    assert len(concepts) >= 1500
    assert len(forms) >= 5000
    per = defaultdict(set)
    for concept, icd in concepts:
        for chapter, (lo, hi) in CHAPTERS.items():
            if icd and lo <= icd[:3] <= hi:
                per[chapter].add(concept)
    thin = {c: len(per[c]) for c in CHAPTERS if len(per[c]) < 5}
    assert thin == {}


def test_a_surface_form_names_one_concept(rows):
    seen: dict[tuple[str, bool], set[str]] = defaultdict(set)
    for _, e in rows:
        seen[(e.term, e.case_sensitive)].add(e.concept)
    clashes = {t: c for t, c in seen.items() if len(c) > 1}
    assert clashes == {}


def test_the_loaded_lexicon_keeps_the_first_row_of_a_form():
    terms = [(e.term, e.case_sensitive) for e in load_lexicon()]
    assert len(terms) == len(set(terms))


@pytest.mark.parametrize("abbreviation", [
    "MS", "ALS", "SLE", "KOL", "DVT", "LE", "TIA", "AKS", "NSTEMI", "UVI", "GERD", "IBS",
    "PCOS", "OSAS", "BPSD", "MCI", "ADHD"])
def test_the_abbreviations_clinicians_use_are_listed(abbreviation):
    assert any(e.term == abbreviation and e.case_sensitive for e in load_lexicon())


def test_the_lexicon_ships_with_the_package():
    folder = files("notelint.models_data").joinpath(LEXICON_DIR)
    assert any(f.name.endswith(".tsv") for f in folder.iterdir())

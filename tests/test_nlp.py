"""The Swedish clinical NLP pipeline: mentions, assertion (ConText), ICD codes, triggers."""

from __future__ import annotations

import pickle

import pytest

from notelint.model import Note, Section
from notelint.nlp import annotate_note, annotate_text, get_pipeline, might_fire
from notelint.nlp.types import NoteAnnotations

CODES = "/work/shared/data/icd10se/codes.txt"


def mentions(text: str, **kw) -> list[tuple[str, str]]:
    return [(m.text, m.assertion) for m in annotate_text(text, **kw).mentions]


def triggers(text: str) -> list[tuple[str, bool]]:
    return [(t.kind, t.negated) for t in annotate_text(text).triggers]


# --- assertion --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ingen misstanke om malignitet.", [("malignitet", "negated")]),
    ("App? Salpingit?", [("App", "uncertain"), ("Salpingit", "uncertain")]),
    ("Mamma har bröstcancer.", [("bröstcancer", "family")]),
    ("Hereditet för hjärtinfarkt på pappas sida.", [("hjärtinfarkt", "family")]),
    ("Ingen hereditet för diabetes.", [("diabetes", "negated")]),
    ("Inga tecken till pneumoni på rtg.", [("pneumoni", "negated")]),
    ("Lungemboli uteslutes med DT.", [("Lungemboli", "negated")]),
    ("Förnekar migrän.", [("migrän", "negated")]),
    ("Covid neg.", [("Covid", "negated")]),
    ("Rtg utan pneumoni.", [("pneumoni", "negated")]),
    ("Misstänkt DVT vä ben, remiss ultraljud.", [("DVT", "uncertain")]),
    ("Sannolikt viral övre luftvägsinfektion.", [("övre luftvägsinfektion", "uncertain")]),
    ("Lungemboli kan inte uteslutas.", [("Lungemboli", "uncertain")]),
    ("Diff diagnos: gallsten, pankreatit.", [("gallsten", "uncertain"), ("pankreatit", "uncertain")]),
    ("Ev pneumoni, avvaktar odling.", [("pneumoni", "uncertain")]),
    ("DT hjärna för att utesluta SAH.", [("SAH", "hypothetical")]),
    ("Om pat skulle få symtom på stroke, ring 112.", [("stroke", "hypothetical")]),
    ("Tidigare depression, nu stabil.", [("depression", "historical")]),
    ("DM2 sedan 2015.", [("DM2", "affirmed")]),      # ongoing since then (and known)
    ("Anamnestiskt TIA 2019.", [("TIA", "historical")]),
    ("Känd KOL, nu exacerbation.", [("KOL", "affirmed")]),
    ("Pneumoni hö basalt.", [("Pneumoni", "affirmed")]),
])
def test_assertion(text, expected):
    assert mentions(text) == expected


def test_negation_scope_ends_at_men_and_dock():
    got = dict(mentions("Ingen pneumoni men bronkit och KOL-exacerbation."))
    assert got["pneumoni"] == "negated"
    assert got["bronkit"] == "affirmed"
    assert got["KOL-exacerbation"] == "affirmed"
    got = dict(mentions("Ej tecken på DVT, dock förmaksflimmer på EKG."))
    assert got == {"DVT": "negated", "förmaksflimmer": "affirmed"}


def test_negation_scope_ends_at_sentence_and_line():
    got = mentions("Ingen DVT.\nPneumoni enl rtg")
    assert got == [("DVT", "negated"), ("Pneumoni", "affirmed")]
    # telegraphic lines without full stops are sentences too
    got = mentions("Status: ua\nBed: ingen pneumoni\nDepression")
    assert got == [("pneumoni", "negated"), ("Depression", "affirmed")]


def test_longest_cue_wins():
    (m,) = annotate_text("Ingen misstanke om malignitet.").mentions
    assert m.cue.lower() == "ingen misstanke om"
    (m,) = annotate_text("Misstanke om malignitet.").mentions
    assert (m.assertion, m.cue.lower()) == ("uncertain", "misstanke om")
    (m,) = annotate_text("Pneumoni kan ej uteslutas.").mentions
    assert m.assertion == "uncertain"


def test_nearest_cue_wins():
    got = dict(mentions("Ingen DVT, misstänkt lungemboli."))
    assert got == {"DVT": "negated", "lungemboli": "uncertain"}


def test_pseudo_cue_does_not_negate():
    assert mentions("Pat ej informerad om diagnosen lungcancer.") == [("lungcancer", "affirmed")]
    assert mentions("Ingen förbättring av depression.") == [("depression", "affirmed")]


def test_sedan_before_a_year_or_an_age_marks_a_known_diagnosis():
    assert mentions("Pneumoni sedan 3 dagar.") == [("Pneumoni", "affirmed")]
    assert mentions("Epilepsi sedan barndomen.") == [("Epilepsi", "affirmed")]
    known = {m.text: m.known for m in annotate_text(
        "Epilepsi sedan barndomen. Känd KOL. Pneumoni sedan 3 dagar. Hjärtinfarkt 2018.").mentions}
    assert known == {"Epilepsi": True, "KOL": True, "Pneumoni": False, "Hjärtinfarkt": False}
    # "known" never outranks another cue: a relative's stays the relative's
    assert mentions("Mor med känd MS.") == [("MS", "family")]


def test_om_only_hypothetical_when_it_opens_a_clause():
    assert mentions("Information om diabetes given.") == [("diabetes", "affirmed")]
    assert mentions("Åter om tecken på UVI.") == [("UVI", "hypothetical")]


# --- mentions ----------------------------------------------------------------------------

def test_abbreviations_and_inflections():
    got = {m.text: (m.icd10 or "")[:3] for m in annotate_text(
        "KOL, DVT, TIA och DM2. SAH uteslutes. Pneumonin läker. Depr sedan länge.").mentions}
    assert got == {"KOL": "J44", "DVT": "I80", "TIA": "G45", "DM2": "E11",
                   "SAH": "I60", "Pneumonin": "J18", "Depr": "F32"}


def test_compound_heads():
    got = {m.text: (m.concept, m.icd10) for m in annotate_text(
        "Lungcancer. Divertikelblödning. Hjärntumör. Epikondyliten. Sviktrelaterat ödem.").mentions}
    assert got["Lungcancer"] == ("lungcancer", "C34")
    assert got["Divertikelblödning"][0].startswith("divertik")
    assert got["Hjärntumör"][0] == "hjärntumör" and got["Hjärntumör"][1].startswith("D4")
    assert got["Epikondyliten"][0].endswith("epikondylit")
    assert got["Sviktrelaterat"][0] == "hjärtsvikt" and got["Sviktrelaterat"][1].startswith("I50")


def test_compound_stoplist_and_non_diagnoses():
    text = ("Har varit hemma, skrivit remiss, kommit överens om ny dos. "
            "Diagnosen meddelad. Prognosen god. Ca 3 cm. QTc 440 ms. Kontakt med AF.")
    assert annotate_text(text).mentions == []


def test_offsets_point_into_text():
    text = "Bed: misstänkt pneumoni hö."
    (m,) = annotate_text(text).mentions
    assert text[m.start:m.end] == "pneumoni"


# --- ICD-10 codes ------------------------------------------------------------------------

def test_code_shapes_with_code_file():
    got = [(m.text, m.concept) for m in annotate_text(
        "Dg F32.1, F321 och I 48.9. Även R56.8X.", code_file=CODES).mentions]
    assert got == [("F32.1", "F32.1"), ("F321", "F32.1"), ("I 48.9", "I48.9"), ("R56.8X", "R56.8X")]


def test_code_file_rejects_code_shaped_non_codes():
    assert annotate_text("Dg F32.9 och X99.9.", code_file=CODES).mentions[0].text == "F32.9"
    assert len(annotate_text("Dg F32.9 och X99.9.", code_file=CODES).mentions) == 1
    assert annotate_text("S100B 0,12 µg/l.", code_file=CODES).mentions == []
    assert annotate_text("HIV-ag P24 neg.", code_file=CODES).mentions == []


def test_lab_markers_without_code_file():
    assert annotate_text("S100B 0,12. HIV-ag/ak P24 neg. B12 lågt.", code_file="").mentions == []
    assert [m.text for m in annotate_text("Dg J18.9", code_file="").mentions] == ["J18.9"]


def test_i_at_sentence_start_is_not_a_code():
    assert annotate_text("I 48 timmar feberfri.", code_file="").mentions == []


def test_missing_code_file_is_one_clear_error():
    from notelint.nlp.resources import CodeFileError

    from notelint.cli import UserError

    with pytest.raises(CodeFileError, match="cannot read ICD-10 code file") as err:
        annotate_text("Dg F32.1", code_file="/nonexistent/codes.txt")
    assert isinstance(err.value, UserError) and "\n" not in str(err.value)


def test_code_file_from_environment(monkeypatch):
    monkeypatch.setenv("NOTELINT_ICD10SE", CODES)
    assert [m.text for m in annotate_text("Dg F32.1 och X99.9").mentions] == ["F32.1"]
    monkeypatch.delenv("NOTELINT_ICD10SE")
    assert [m.text for m in annotate_text("Dg F32.1 och X99.9").mentions] == ["F32.1", "X99.9"]


# --- triggers ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pat ej informerad om diagnosen.", [("not_informed", False)]),
    ("Ska inte informeras ännu, avvaktar PAD.", [("not_informed", False)]),
    ("Cancerbeskedet har ej delgivits pat.", [("not_informed", False)]),
    ("Pat informerad om diagnosen.", [("communicated", False)]),
    ("Diagnosen meddelad pat vid besöket.", [("communicated", False)]),
    ("Har fått besked om PAD-svaret.", [("communicated", False)]),
    ("Sambon slår henne sedan ett år.", [("violence_close", False)]),
    ("Misshandlad av sin f.d. make i helgen.", [("violence_close", False)]),
    ("Frågat om våld i nära relation, förnekar.", [("violence_close", True)]),
    ("Slagen av okänd man på krogen i natt.", []),
    ("Orosanmälan till socialtjänsten görs.", [("child_concern", False)]),
    ("Inga tecken på att barnen far illa.", [("child_concern", True)]),
    ("Misstänkt misshandel av barnet, blåmärken på ryggen.", [("child_concern", False)]),
    ("Gift, 2 barn, arbetar som snickare.", []),
    ("HUBS på begäran av socialnämnden.", [("hubs", False)]),
    ("Enkelblind prövning, pat randomiserad.", [("single_blind", False)]),
    ("Mamman berättar att pat hotat grannen med kniv.", [("third_party_threat", False)]),
])
def test_triggers(text, expected):
    assert triggers(text) == expected


# --- plumbing ----------------------------------------------------------------------------

def test_pipeline_is_a_singleton_with_registered_components():
    nlp = get_pipeline()
    assert get_pipeline() is nlp
    assert nlp.pipe_names == ["nl_line_sentences", "nl_spelling", "nl_diagnoses", "nl_icd10_codes",
                              "nl_context", "nl_triggers"]
    assert nlp.lang == "sv"


def test_tokenizer_keeps_clinical_abbreviations():
    doc = get_pipeline().make_doc("Enl. pat. uppf. ca. 3 v, u.a. bl.a. t.ex. ssk vb dvs.")
    words = [t.text for t in doc]
    for abbr in ["Enl.", "pat.", "uppf.", "ca.", "u.a.", "bl.a.", "t.ex.", "dvs."]:
        assert abbr in words


def test_prefilter_skips_texts_without_cues():
    assert not might_fire("Kontroll av blodtryck 130/80, mår bra, åter om 1 år.")
    assert might_fire("Misstänkt pneumoni.")
    assert might_fire("Dg J18.9")
    assert annotate_text("Mår bra.") == NoteAnnotations()


def test_annotate_note_uses_section_offsets_and_is_picklable():
    note = Note(id="n1", sections=[Section(keyword="Aktuellt", text="Mår bra."),
                                   Section(keyword="Bedömning", text="Ingen pneumoni. App?")])
    ann = annotate_note(note)
    assert [(m.section, m.text, m.assertion) for m in ann.mentions] == [
        (1, "pneumoni", "negated"), (1, "App", "uncertain")]
    m = ann.mentions[1]
    assert note.sections[1].text[m.start:m.end] == "App"
    assert pickle.loads(pickle.dumps(ann)) == ann
    assert ann.in_section(0).mentions == []


def test_context_annotations_use_the_pipeline_once_per_note():
    from notelint.context import Context
    from notelint.rulesets import load_ruleset
    from tests.conftest import make_record

    record = make_record(notes=[{
        "id": "n1", "template": "Besöksanteckning",
        "sections": [{"keyword": "Bedömning",
                      "text": "Ingen misstanke om malignitet. Mamma har bröstcancer."}],
    }])
    ctx = Context(load_ruleset("national"), record, "test.json")
    note = record.notes[0]
    ann = ctx.annotations(note)
    assert ctx.annotations(note) is ann
    assert [(m.concept, m.assertion) for m in ann.mentions] == [
        ("cancer", "negated"), ("bröstcancer", "family")]


def test_cli_reports_unreadable_code_file_in_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from notelint.cli import main

    data = tmp_path / "in.json"
    data.write_text('{"patient": {"id": "x"}, "notes": []}', encoding="utf-8")
    monkeypatch.setenv("NOTELINT_ICD10SE", str(tmp_path / "missing.txt"))
    result = CliRunner().invoke(main, ["lint", str(data)])
    assert result.exit_code == 2
    assert "cannot read ICD-10 code file" in result.output
    assert "Traceback" not in result.output and "NL902" not in result.output


def test_spacy_is_imported_without_its_command_line_which_still_loads_when_asked():
    """notelint's start skips spaCy's command line (typer, weasel …); ``spacy.cli`` and
    ``spacy.info`` still work for whoever asks (:mod:`notelint.nlp.spacy_import`)."""
    import subprocess
    import sys

    code = ("import sys, notelint.nlp.pipeline; assert 'spacy.cli' not in sys.modules; "
            "import spacy; got = spacy.info(silent=True); assert got['spacy_version']; "
            "import spacy.cli; assert hasattr(spacy.cli, 'download'); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stderr[-2000:]

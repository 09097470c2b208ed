"""ConText for Swedish clinical text: the assertion of each diagnosis mention.

Own implementation (medspaCy pins spaCy < 3.8 and ships no Swedish rules). Rules:

- cues come from ``models/context_cues.tsv`` (cue, category, direction) and are matched
  on each token's NORM (lower case, with abbreviations and typos read by ``nl_spelling``:
  "Trol." and "trolgien" are *troligen*); where cues overlap the longest wins ("ingen misstanke om" over
  "misstanke om", "kan inte uteslutas" over "inte"); pseudo-cues ("ej informerad",
  "ingen förändring") win the same way and then do nothing;
- a forward cue covers the tokens after it, a backward cue the tokens before it, both
  only inside the sentence and up to a terminator ("men", "dock", "nu", …) or another
  cue's boundary at most ``MAX_SCOPE`` tokens away;
- when several cues cover a mention, the nearest wins; ties go by ``PRIORITY``; a
  negation in scope overrides a historical or family cue ("Förnekar tidigare …");
- special rules: "om" is hypothetical only where it opens a clause ("Om pat skulle …",
  "…, om feber"), "sedan" before a year or an age ("sedan 2015", "sedan barndomen") and
  "känd" mark a current, long-standing diagnosis ("known": still affirmed; asked for only
  where no other cue speaks, so "Mor med känd MS" stays the mother's), a bare past year dates a fact ("Hjärtinfarkt 2018" is historical; past by the note's own
  year, which :func:`notelint.nlp.annotate_notes` applies — the assertion without it is kept),
  "?" hedges the phrase it ends (not across a comma), and one glued to the next word
  ("?DVT", "?Angina pectoris") hedges the phrase it opens.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from typing import Any, Collection, Iterable

import numpy

from .spacy_import import spacy  # noqa: F401  (first: spaCy without its command line)
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .resources import Cue

MAX_SCOPE = 12
# how far after a mention its sentence is read for what closes or confirms it later
# ("misstanken kunde inte bekräftas"): a sentence is rarely longer, and a text without
# stops (one endless sentence) must not cost the square of its length
LATER_WINDOW = 60
# a suspicion confirmed: "misstanke om LE bekräftad med DT" is settled
_CONFIRMED = {"bekräftad", "bekräftades", "bekräftats", "bekräftat", "verifierad", "verifierades",
              "verifierats", "konfirmerad", "konfirmerades", "fastställd", "fastställdes"}
# what opens a sentence with its condition ("Vid feber …, då …")
_CONDITION_OPENERS = {"vid", "om", "ifall", "skulle", "försämras", "tilltar"}
# the modal verb opening the main clause after "om …" ("Om pat får feber bör pneumoni
# misstänkas"); not "får", which the condition itself often holds
_MODALS_AFTER_IF = {"bör", "ska", "skall", "måste", "behöver", "kan"}
# a relative as the subject of a work-up or a treatment (CueIndex._relative_workups): the
# words before it that open its clause, the subjects that end it, and the verbs
_CLAUSE_SUBJECT_BEFORE = frozenset({"sedan", "sen", "då", "när", "eftersom", "och", "men",
                                    "även", "också", "att", "medan", "dessutom",
                                    # (and what stands in the subject before the noun: "Yngre
                                    # bror 11 år under utredning för …", "Hennes son utreds …")
                                    "yngre", "äldre", "hennes", "hans", "hens", "pat:s",
                                    "pats", "patientens", "en", "ett",
                                    # (a number of them: "då två kollegor troligen fått astma")
                                    "två", "tre", "fyra", "flera", "några", "båda", "bägge"})
_OTHER_SUBJECTS = frozenset({"pat", "pat.", "patienten", "hon", "han", "hen", "vi", "jag",
                             "berättar", "uppger", "säger", "tror", "undrar", "oroar",
                             "berättade", "uppgav", "sade", "sa", "frågar", "ringer", "ringde",
                             ";", ":", "."})
# a relative described as having a disease ("Pappan beskrivs som alkoholist")
_DESCRIBED = frozenset({"beskrivs", "beskrevs", "beskrivits", "uppfattas", "uppfattades"})
_WORKUP_VERBS = frozenset({"utreds", "utredas", "utredes", "utreddes", "genomgår", "genomgick",
                           "behandlas", "behandlades", "opereras", "opererades", "vårdas",
                           "vårdades", "remitteras", "remitterades", "undersöks", "undersöktes",
                           "insjuknade", "insjuknat", "drabbades", "drabbats",
                           "diagnostiserades", "diagnostiserats", "lider", "led",
                           # ("Bror 52 år misstänks också ha FH", "Dottern (8 år) remitterad
                           # till barnkardiologen med frågeställning LQTS")
                           "misstänks", "misstänktes", "remitterad", "remitterats", "utredd",
                           "testas", "testades", "testats",
                           # ("hans halvsyster möjligen bär anlag för cystisk fibros")
                           "bär", "bar"})
# people near the patient who are not relatives, whose diseases a note may tell of ("En
# arbetskamrat … har nyligen fått misstänkt silikos")
_OTHER_PEOPLE = frozenset({"arbetskamrat", "arbetskamraten", "kollega", "kollegan", "kollegor",
                           "kollegorna", "arbetskamrater", "arbetskamraterna", "medpatient",
                           "medpatienten", "rumskamrat", "rumskamraten", "klasskamrat",
                           "klasskamraten", "kompis", "kompisen", "vän", "vännen", "väninnan",
                           "granne", "grannen", "partner"})
# hedge words that may stand right before a past word and hedge the past diagnosis
# the past words of an event over, which a hedge before them weighs ("förenligt med genomgången
# hjärtinfarkt")
_HEALED = frozenset({"genomgången", "genomgånget", "genomgångna"})
_PAST_HEDGES = frozenset({"möjlig", "möjligen", "möjligt", "trolig", "troligen", "troligt",
                          "sannolik", "sannolikt", "eventuellt", "eventuell", "misstänkt"})
_RELATIVE_CLAUSE_VERBS = frozenset({"har", "hade", "haft", "fått", "fick", "utreds", "utreddes",
                                    "behandlas", "behandlades", "lider", "led", "vårdas"})
_AGE_UNITS = frozenset({"år", "åring", "mån", "månader", "veckor", "v", "dagar"})
_GOT_VERBS = frozenset({"fick", "fått"})
# a hedge between a relative and the verb, which the relative's disease keeps: "två kollegor
# troligen fått astma", "hans halvsyster möjligen bär anlag för cystisk fibros"
_INNER_HEDGES = frozenset({"troligen", "möjligen", "sannolikt", "eventuellt", "förmodligen",
                           "antagligen", "troligtvis", "kanske"})
# what one "fått"/"har" that is news, not a disease: "hustrun som fått veta att …"
_TOLD_AFTER_GOT = frozenset({"veta", "reda", "höra", "besked", "beskedet", "information",
                             "informationen", "info", "frågan", "samtal", "brev"})
_WORKUP_NOUNS = frozenset({"utredning", "utredningen", "behandling", "behandlingen"})
# the verbs that open a question of what the patient manages or needs, not of a diagnosis
# (not "Går det att utesluta lungemboli?", "Kommer hon att utveckla diabetes?": of the disease)
_ABILITY_QUESTIONS = frozenset({"klarar", "orkar", "behöver", "önskar", "hinner", "fungerar",
                                "räcker"})
# the modal of an instruction after a "Vid …" condition ("…, ska pat ringa 112")
_INSTRUCTION_MODALS = frozenset({"ska", "skall", "bör", "måste", "behöver"})
# an instruction to seek care, in the imperative: "… kan det röra sig om kolangit – sök då
# direkt till akuten"
_IMPERATIVE_CONTACT = frozenset({"sök", "ring", "kontakta", "åk", "uppsök", "hör"})
_CONTACT_VERBS = frozenset({"ringa", "söka", "kontakta", "uppsöka", "återkomma", "höra"})
# "Vid" of a time or an occasion, not a condition ("Vid ankomst …", "Vid ronden …")
_VID_WHEN = frozenset({"ankomst", "ankomsten", "inkomst", "inkomsten", "inskrivning",
                       "inskrivningen", "undersökning", "undersökningen", "besök", "besöket",
                       "rond", "ronden", "kontroll", "kontrollen", "återbesök", "återbesöket",
                       "utskrivning", "utskrivningen", "samtal", "samtalet", "telefonkontakt",
                       "operation", "operationen", "op", "förlossning", "förlossningen"})
# "om X bekräftas": the verbs of confirming in the present, after a conditional's subject
_IF_WORDS = {"om", "ifall", "skulle"}
_CONFIRMED_IF = {"bekräftas", "verifieras", "konfirmeras", "säkerställs",
                 "fastställs", "bekräftats", "verifierats"}
# "om X påvisas": a condition on what is found, not a suspicion presupposed ("Om
# förmaksflimmer påvisas vid fjärravläsningen ska antikoagulation sättas in")
_DETECTED_IF = {"påvisas", "påvisats"}
# a suspicion closed before the mention is reached: "misstanke om X avskriven, endast Y"
# what an examination shows: after a suspicion, a finding ("PAD efter excision av den
# misstänkta förändringen visar malignt melanom"); after "om", the suspicion awaited
_SHOWS = {"visar", "visade", "påvisar", "påvisade"}
# what a work-up found: a hypothetical cue before one ("utredning av …") no longer holds
# what follows it
_FOUND_VERBS = _SHOWS | {"påvisas", "påvisades", "påvisats", "konstateras", "konstaterades",
                         "konstaterats", "fann", "fanns", "hittades", "hittas", "hittats",
                         "bekräftar", "bekräftade", "avslöjade", "avslöjar", "upptäcktes",
                         "upptäcks", "ses", "sågs", "noteras", "noterades"}
_CLOSED = {"avskriven", "avskrevs", "avskrivits", "utesluten", "uteslöts", "avfärdad", "avfärdades",
           *_SHOWS}
# past-tense verbs of a work-up: a suspicion in their (dated) clause is the past work-up's
_PAST_WORKUP = {"utreddes", "utredes", "undersöktes", "remitterades", "utredd", "utredda",
                "undersökt", "remitterad",
                # and of what was done about it: "Opererades 2020 för misstänkt appendicit"
                "opererades", "opererad", "behandlades", "vårdades", "inlades", "sökte",
                "bedömdes"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_PAST_WORDS = {"tidigare", "förut", "då", "dåvarande", "förr"}
# backward cues that end one phrase of a list: "Distorsio pedis, Ottawa neg" is not negated
_PHRASE_ONLY = {"?", "neg", "neg.", "negativ", "negativt", "ua", "u.a.", "möjlig", "möjligt",
                "trolig", "troligt", "saknas", "troligen", "troligtvis", "sannolikt", "möjligen", "sannolik",
                "förmodligen", "antagligen"}  # ("malignt melanom, ulceration saknas")
# what may stand between a list's last comma and a negation read backward over the list
# (see CueIndex._other_subject): joining words, the verb, sides
_LIST_GLUE = frozenset({"och", "o", "samt", "eller", "resp", "respektive", "dd", "är", "var",
                        "har", "bedöms", "anses", "båda", "bägge", "alla", "samtliga", "också",
                        "även", "nu", "därmed", "således", "helt", "säkert", "hö", "vä", "bilat",
                        "höger", "vänster", "bilateralt"})
# hedges read backward that weigh a plan: after a comma, with a word of its own before
# them, they weigh that ("HS, Humira övervägs"), not the diagnosis before the comma
_PLAN_HEDGES = frozenset({"övervägs", "övervägas", "att överväga", "bör övervägas",
                          "ska övervägas", "skall övervägas", "får övervägas", "kan övervägas",
                          "måste övervägas", "kan vara aktuell", "kan vara aktuellt"})
# the verb a main clause opens with after an inserted clause (see CueIndex._over_insertion)
_MAIN_VERBS = frozenset({"rör", "föreligger", "är", "har", "handlar", "finns", "torde", "kan",
                         "bör", "skulle", "tolkas", "bedöms", "talar", "ses", "rörde", "var"})
# a judgement called preliminary, read backward: after a comma, with a word of its own
# before it, it is that word's ("ALL, standardrisk enligt preliminär bedömning": the risk
# group), not the diagnosis before the comma ("Pneumoni, enligt preliminär bedömning")
_PRELIMINARY = frozenset({"preliminär", "preliminärt"})
# where, or by what, a finding was looked for: "Ingen amotio på ultraljud, …" (see
# CueIndex._placed_before), after the sides of the body a diagnosis may be written with
_PLACE_WORDS = frozenset({"på", "vid", "i", "enligt", "enl", "enl.", "under"})
# a patient named by the disease ("SLE-pat", "KOL-patient", "diabetespatienten")
_PATIENT_OF = ("-pat", "-patient", "-patienten", "patient", "patienten")
# prepositions that make "tidigare" an attribute of the noun after it
_CONJUNCTIONS = frozenset({"och", "men", "samt", "eller"})
_SAYS = frozenset({"berättar", "berättade", "uppger", "uppgav", "säger", "sa", "sade", "nämner"})
_PATIENT_SUBJECTS = frozenset({"pat", "pat.", "patienten", "hon", "han", "hen"})
_DETERMINERS_BEFORE = frozenset({"ingen", "inga", "inget", "någon", "några", "något", "en", "ett",
                                 "sin", "sina", "sitt", "hans", "hennes", "hens", "dess", "deras",
                                 "den", "det", "de", "denna", "detta", "dessa"})
_PREPOSITIONS_BEFORE = frozenset({"inom", "med", "från", "mot", "efter", "ur", "av"}) | (
    # and the words that determine that noun: "Sen latent syfilis, ingen tidigare
    # behandling", "sin tidigare dos"
    _DETERMINERS_BEFORE | {"pats", "pat:s", "patientens", "alla", "all"})
_SIDES = frozenset({"hö", "vä", "bilat", "höger", "vänster", "bilateralt", "höger-", "vänster-"})
# how the words that describe a diagnosis before it end (adjectives and participles:
# "läkemedelsorsakad", "läkemedelsutlöst", "nodulär", "bakteriell", "akuta")
_DESCRIBING_ENDINGS = ("ad", "at", "ade", "ande", "ende", "isk", "iskt", "iska", "ig", "igt",
                       "iga", "al", "alt", "ala", "ell", "ellt", "ella", "ös", "öst", "ösa",
                       "iv", "ivt", "iva", "löst", "lösta", "är", "ärt", "ära", "akut", "akuta",
                       "kronisk", "kroniska", "lätt", "lätta", "svår", "svåra", "grav")
# the patient named as the subject of a clause after a relative's
_PATIENT_WORDS = frozenset({"pat", "pat.", "patienten", "patient", "själv", "barnet"})
# what may close a list before its plural answer: "HIV, hepatit B och syfilis är negativa",
# "Samtliga prover – HIV, hepatit B och syfilis – är negativa"
_LIST_CLOSERS = frozenset({"är", "var", "blev", "samtliga", "alla", "båda", "bägge", "–", "-", ")"})
# what joins the items of a list ("X, Y och Z uteslutna")
_LIST_JOINS = frozenset({"och", "o", "samt", "eller", "el", "el.", "resp", "respektive", "/",
                         "&", "+"})
# verbs of living or staying somewhere: "bor hos mamma" places the patient
_STAYS_AT = frozenset({"bor", "bodde", "boende", "sover", "sov", "vistas", "vistades", "befinner",
                       "stannar", "stannade", "övernattar", "placerad", "placerade", "placeras",
                       "hämtas", "lämnas", "åker", "åkte", "flyttar",
                       "flyttat", "flyttade", "väntar", "ringer", "ringde"})
# the negations of "inte X utan Y" ("not X but Y")
_DENIED_BEFORE_BUT = frozenset({"inte", "ej", "icke", "ingen", "inget", "inga", "knappast"})
# what joins a list a negation goes on over ("ingen X, Y eller Z")
_NEGATED_LIST_GLUE = frozenset({"eller", "el", "el.", "resp", "respektive", "/"})
# a test's result written after it reaches back only a word or two
_RESULT_AFTER = {"neg", "neg.", "negativ", "negativt", "negativa", "nej"}
# what a hedge closing a diagnosis's phrase may still be followed by: "Peritonsillit hö,
# sannolik trots negativ punktion" (the evidence against, not a new phrase)
_DESPITE = frozenset({"trots"})
# hedge words read backward only when they close their sentence: "Endometrios, ev."
_SENTENCE_FINAL = {"ev", "ev.", "eventuellt"}
# a suspicion ruled out afterwards in its sentence (past tense): it outranks the hedge
# "om X tillkommer": what may come, after "om" in mid-sentence (a condition)
_COMES_IF = frozenset({"tillkommer", "uppstår", "tillstöter", "utvecklas", "tilltar", "uppträder",
                       "debuterar", "recidiverar", "tillstött", "tillkommit"})
# a question or a suspicion "om" a diagnosis is about it, never "if" it
_ASKING_NOUNS = ("frågeställning", "frågan", "fråga", "misstanke", "misstanken", "misstankar",
                 "diskussion", "tanke", "tanken", "hypotes")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
# a form's answer "no" after a question on the diagnosis: "…: Nej", "…: [ ] Ja [x] Nej"
_FORM_NO = re.compile(r"[^\n:.!?]{0,40}:[ \t]*(?:\[[ \t]*\][ \t]*ja[ \t]*)?"
                      r"(?:\[[ \t]*[xX][ \t]*\][ \t]*)?(?:nej\b|ej(?=[ \t]*(?:$|[\n.,;])))",
                      re.IGNORECASE | re.MULTILINE)  # (not "…: ej bekräftad", still open)
# what opens a clause giving a reason, its own subject after it
_REASON_OPENERS = frozenset({"då", "eftersom", "emedan", "ty"})
# a suspicion written as a passive verb after the diagnosis ("Om pneumoni misstänks …")
_SUSPECTED_PASSIVE = frozenset({"misstänks", "misstänkes", "misstänkas", "skulle misstänkas"})
# a suspicion closed by a participle right after it in its clause: "Misstänkt
# protesinfektion höger knä avfärdad"
_CLOSED_AFTER = frozenset({"avfärdad", "avfärdat", "avskriven", "avskrivet", "utesluten",
                           "uteslutet", "avförd", "avfört"})
_RULED_OUT = {"avskrevs", "uteslöts", "avfärdades", "har avskrivits", "avskrivits",
              "förkastades", "förkastats", "har förkastats",
              "har uteslutits", "kunde uteslutas", "kunde avskrivas", "har kunnat avskrivas",
              "har kunnat uteslutas", "kunde avfärdas",
              # ("Differentialdiagnostiskt har malaria, dengue och tyfoid uteslutits")
              "uteslutits", "avfärdats"}
# the plural participle that rules out a list its diagnosis is joined into: "DD har
# övervägts: aortadissektion o lungemboli uteslutna på DT" (not "Misstänkt lungemboli,
# pneumoni utesluten": the other one is ruled out)
_RULED_OUT_LIST = {"uteslutna", "är uteslutna", "avskrivna", "är avskrivna", "avfärdade",
                   "avförda", "är avförda"}
_COORDINATORS = {"och", "o", "samt", "&"}
# what a question asks for besides the diagnosis: "Orsak till anemin?"
_CAUSE_ASKED = {"förklaring", "förklaringen", "orsak", "orsaken", "genes", "genesen", "anledning",
                "anledningen", "bakgrund", "bakgrunden", "utlösande", "etiologi"}
# the definite suspicion names one already spoken of, which the sentence may close:
# "Misstanken om celiaki är avskriven"
_DEFINITE_SUSPICION = {"misstanken om", "misstanken på", "misstankarna om", "frågeställning",
                       "frågeställningen", "frågeställning om", "frågeställningen om"}
# ... as does a hedge after a definite determiner: "den misstänkta urinvägsinfektionen"
_ATTRIBUTIVE_HEDGES = {"misstänkta", "misstänkt", "befarade", "suspekta", "eventuella", "möjliga"}
_DEFINITE_DETERMINERS = {"den", "det", "de", "denna", "detta", "dessa"}
_NOT_WORDS = {"inte", "ej", "icke"}
# what a suspicion does when it holds: "kvarstår", "kunde bekräftas", "styrks"
_HOLDING_STEMS = ("kvarst", "bekräft", "styrk", "stöd", "verifier", "påvis", "konfirmer", "fastställ",
                  "aktuell")  # ("Misstanken om appendicit är inte längre aktuell")
_CLOSING_WORDS = {"släppt", "släppts", "släpptes", "nekande", "förkastad", "förkastats",
                  "förkastades",
                  "avförd", "avförts", "avfördes", "motbevisad", "motbevisades", "dementerad"}
_CLOSING_STEMS = ("avskr", "utesl", "avfärd")
# someone's worry or question (hypothetical cues) that holds a hedge inside it
_WORRIES = {"undrar om", "undrar över", "undrar ifall", "orolig för", "orolig att",
            "oroar sig för", "oroar sig över", "rädd för", "rädd att", "frågar om",
            "funderar på om", "tror själv att", "pat tror att", "patienten tror att",
            "hon tror att", "han tror att", "tror hon att", "tror han att", "pat tänker att",
            "hon tänker att", "han tänker att", "tänker hon att", "tänker han att",
            "är övertygad om att"}
PRIORITY = {"negated": 0, "uncertain": 1, "hypothetical": 2, "family": 3, "historical": 4}
# words that deny what was said before them in the sentence: "frågat om våld i nära
# relation, förnekar"; "tillfrågad om enkelblind studie, avböjer"
NEGATION_AFTER = {"förnekar", "nekar", "nej", "negerar", "förnekas", "avböjer", "avböjt",
                  "avböjde", "avstår", "avstått"}
# what may follow such a word and still point back: "förnekar detta", "avböjer helt"
_DENIED_BEFORE = {"detta", "det", "dessa", "sådant", "sådana", "allt", "helt", "bestämt",
                  "kategoriskt", "också", "även", "dock", "fortsatt", "fortfarande", "nu", "idag",
                  "men", "och", "vid", "på", "i", "vilket", "med", "samt", "eller", "all", "alla"}
# ... unless a clause that tells more of the story opens first: "tvingar henne när hon säger nej"
CLAUSE_BREAKS = {",", ";", ":", "och", "men", "fast", "dock", "däremot"}
CLAUSE_OPENERS = {"när", "då", "om", "eftersom", "fast", "trots", "medan", "innan", "efter", ";"}
# their string ids (a hash of the text, the same in every vocabulary), worked out once
_NEGATION_AFTER_IDS = frozenset(map(get_string_id, NEGATION_AFTER))
_CLAUSE_OPENER_IDS = frozenset(map(get_string_id, CLAUSE_OPENERS))
_OPENING, _CLOSING = get_string_id("("), get_string_id(")")
_SELF_PRONOUNS = {"hon", "han", "hen"}
# what a relative was given or struck by, between the relative and the diagnosis
_DIAGNOSED = {("fått", "diagnosen"), ("fick", "diagnosen"), ("fått", "diagnos"), ("fick", "diagnos"),
              ("diagnostiserats", "med"), ("diagnostiserades", "med"), ("diagnostiserad", "med"),
              ("insjuknat", "i"), ("insjuknade", "i"), ("drabbats", "av"), ("drabbades", "av")}
_AFTER_WORDS = {"efter", "sedan"}
# words of a disease's onset: a past time after them dates when it began, not a disease that
# was ("Schizofreni med debut för två år sedan", "Typ 1-diabetes, debuterade för tre år sedan")
_ONSET_WORDS = {"debut", "debuten", "debuterade", "debuterat", "debuterar", "symtomdebut",
                "symtomdebuten", "sjukdomsdebut", "sjukdomsdebuten", "insjuknandet"}
# words after a hedge that make it a hedge of a cause ("troligen utlöst av", "sannolikt pga")
_CAUSE_AFTER = {"utlöst", "utlösta", "utlösts", "orsakad", "orsakat", "orsakade", "betingad",
                "betingat", "betingade", "pga", "pga.", "p.g.a.", "sekundärt", "sekundär",
                "relaterat", "relaterad", "relaterade", "beroende"}
# words between a relative and the hedge of the relative's diagnosis ("Bror under utredning
# för möjlig hemokromatos")
_HEDGE_LINKS = {"under", "nu", "också", "även", "själv", "nyligen", "har", "hade", "ska", "skall",
                "börjat", "börjar", "började"}
_OM_OPENERS = {"åter", "återkommer", "återkontakt", "kontakt", "kontaktar", "söker", "sök",
               "ring", "ringer", "igen", "akut", "och", "eller", "men", "samt"}
# words of telling: a sentence-initial "om" before one is "about" ("Om X är pat informerad")
_TELLING_STEMS = ("informer", "meddel", "underrätt", "delgiv", "berätta", "upplyst", "besked",
                  "förmedl", "återkoppl")
_YEAR_IN_TEXT = re.compile(r"(?<![\w./:-])(?:19|20)\d\d(?![\w/:-]|[.,]\d)")
# a relative after these is one the clinician speaks with ("samtal med mamman", "tel till
# sonen", "enligt maken"), whose family cue ("mamman har", "maken har") names no disease of theirs
_WITH_WHOM = frozenset({"med", "till", "enligt", "via"})
_SINCE = {"sedan", "sen"}
_CRITERIA_WORDS = {"enl", "enl.", "enligt", "kriterier", "kriterierna", "kriteriet", "mcdonald",
                   "uppfyller", "uppfyllda", "uppfyllt", "revised", "reviderade",
                   "klassifikation", "klassifikationen", "klassificering", "version", "ver."}
_SEDAN_NEXT = re.compile(r"^(?:1[89]\d\d|20\d\d|barndomen|ungdomen|tonåren|födseln|länge|många|flera|\d+-talet)$")


# what a hedge after a comma may be about: the cause of the diagnosis before it
_CAUSE = re.compile(r"^(?:\w*genes|\w*genesen|orsak|orsaken|etiologi|etiologin|bakgrund|\w*utlöst|\w*utlösta"
                    r"|\w*orsakad|\w*orsakade|\w*orsakat|\w*betingad|\w*betingat)$")


def _hedged_cause(doc: Doc, cues: list[tuple[int, int, str, str, str]], in_dx: set[int],
                  kinds: dict[str, dict[str, str]] | None = None,
                  ) -> tuple[list[tuple[int, int, str, str, str]], set[int]]:
    """A hedge right after a comma that names the cause reaches back over the comma to the
    diagnosis before it: "Synkope, trolig vasovagal genes", "Ortostatism, trol.
    läkemedelsutlöst" — the diagnosis with its cause is the hypothesis; so does one naming
    its kind, a word that with the diagnosis makes a form of the lexicon ("Debuterande
    psykos, möjligen schizofreniform", "Pneumoni, trol. bakteriell": ``kinds`` maps such a
    first word to the rest of its forms and their concepts) and another concept than the
    diagnosis said ("Hypertoni, sannolikt essentiell" is hypertension said, its usual kind
    guessed; "Hypertoni, möjligen malign" another diagnosis).
    Such cues read "both" ways; their starts are returned (the comma does not block them)."""
    out = cues
    starts: set[int] = set()
    for k, (start, end, category, direction, text) in enumerate(cues):
        if category != "uncertain" or direction != "forward" or not start or doc[start - 1].text != ",":
            continue
        for n, t in enumerate(doc[end:min(len(doc), end + 3)]):
            if t.i in in_dx or t.is_punct:
                break
            if _CAUSE.match(t.lower_) or n == 0 and kinds and _names_kind(
                    doc, start - 1, t, kinds, in_dx):
                if out is cues:
                    out = list(cues)
                out[k] = (start, end, category, "both", text)
                starts.add(start)
                break
    return out, starts


def _names_kind(doc: Doc, comma: int, word: Any, kinds: dict[str, dict[str, str]],
                in_dx: set[int]) -> bool:
    """Whether ``word``, written after a hedge after the comma at ``comma``, makes with the
    diagnosis right before that comma a form of the lexicon ("psykos, möjligen
    schizofreniform", "Epilepsi, trol. fokal med ursprung i tinningloben")."""
    rest = kinds.get(word.lower_)
    if not rest or comma == 0 or comma - 1 not in in_dx:
        return False
    lo = comma - 1
    while lo > 0 and lo - 1 in in_dx and comma - lo < 4:
        lo -= 1
    said = next((s.label_ for s in doc.spans.get("dx", []) if s.end == comma), None)
    # the diagnosis as written, or a compound of it ("Demenssjukdom, trol. frontotemporal")
    # (a typo read as meant: "Epelepsi, trol. fokal")
    kind = next((rest[w] for i in range(lo, comma)
                 for w in (doc[i:comma].text.lower(), " ".join(t.norm_ for t in doc[i:comma]))
                 if w in rest), None)
    if kind is None:
        written = doc[comma - 1].norm_
        kind = next((c for r, c in rest.items() if " " not in r and len(r) >= 5
                     and written.startswith(r)), None)
    return kind is not None and kind != said


# how something changed, after a hedge ("möjligen något bättre", "troligen oförändrad")
_CHANGE_WORDS = frozenset({"bättre", "sämre", "förbättrad", "förbättrat", "förbättrade",
                           "försämrad", "försämrat", "försämrade", "oförändrad", "oförändrat",
                           "oförändrade", "mindre", "större"})
_DEGREE_WORDS = frozenset({"något", "lite", "aningen", "ngt", "betydligt", "klart", "mycket"})


def _weighs_a_change(doc: Doc, i: int, dx: "set[int] | Collection[int]" = ()) -> bool:
    """Whether the words from token ``i`` say how something changed ("något bättre") — not
    how a diagnosis after them is ("Bild som vid försämrad hjärtsvikt": ``dx`` holds the
    diagnoses' tokens)."""
    if i < len(doc) and doc[i].lower_ in _DEGREE_WORDS:
        i += 1
    return (i < len(doc) and doc[i].lower_ in _CHANGE_WORDS
            and i + 1 not in dx)


def kind_words(entries: Iterable[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """The first words of many-word lexicon forms whose first word is a kind ("bakteriell
    pneumoni", "schizofreniform psykos"), each with the rest of its forms and their
    concepts, from (form, concept) pairs."""
    out: dict[str, dict[str, str]] = {}
    for term, concept in entries:
        first, _, rest = term.partition(" ")
        if rest and first.replace("-", "").isalpha() and len(first) >= 5:
            out.setdefault(first, {})[rest] = concept
    return out


class ConText:
    def __init__(self, nlp: Language, cues: Iterable[Cue],
                 kinds: dict[str, dict[str, str]] | None = None,
                 adverbs: Iterable[tuple[str, ...]] = (),
                 plan_words: Collection[str] = frozenset(),
                 relatives: Collection[str] = frozenset()):
        self.kinds = kinds or {}
        # the patient's people ("maken", "sonen"): a clause with one as its subject under
        # work-up or treatment speaks of that person's disease (see _relative_workups)
        self.relatives = frozenset(relatives) | _OTHER_PEOPLE if relatives else frozenset()
        # words of a plan (models/plan_words.tsv): a hedge right before one weighs the plan
        self.plan_words = frozenset(w for w in plan_words if not w.startswith("-"))
        self._long_plans = tuple(w for w in self.plan_words if len(w) >= 8)  # (compounds' heads)
        # heads only compounds are plans with ("-prov": "benmärgsprov", "blodprovet")
        self._plan_heads = tuple(w[1:] for w in plan_words if w.startswith("-") and len(w) > 1)
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        # words that may stand inside a many-word cue (models/cue_adverbs.tsv), by their
        # first word, the longest first
        self.adverbs: dict[str, list[tuple[str, ...]]] = {}
        for adverb in sorted(adverbs, key=len, reverse=True):
            self.adverbs.setdefault(adverb[0], []).append(adverb)
        self.rules: dict[int, list[tuple[str, str]]] = {}
        self._years: dict[int, int] = {}
        self.texts: dict[int, str] = {}
        for cue in cues:
            key = nlp.vocab.strings.add("CUE:" + cue.text)
            if key not in self.rules:
                self.rules[key] = []
                self.texts[key] = cue.text
                self.matcher.add("CUE:" + cue.text, [nlp.make_doc(cue.text)])
            self.rules[key].append((cue.category, cue.direction))

    def __call__(self, doc: Doc) -> Doc:
        dx = list(doc.spans.get("dx", []))
        in_dx = {i for s in dx for i in range(s.start, s.end)}
        taken: set[int] = set()
        cues = self._cues(doc, self._matches(doc, 0, len(doc)), taken, in_dx)
        if self.relatives:
            cues += self._relative_workups(doc, taken, in_dx)
        this_year = dt.date.today().year
        text = doc.user_data.get("nl_text")
        for m in _YEAR_IN_TEXT.finditer(text if text is not None else doc.text):
            # a bare past year dates the fact: "Hjärtinfarkt 2018", "2015 stroke"
            year = int(m.group())
            span = doc.char_span(m.start(), m.end())
            if span is None or len(span) != 1 or span.start in taken:
                continue
            if any(t.lower_ in _CRITERIA_WORDS or "kriteri" in t.lower_
                   for t in doc[max(0, span.start - 5):span.start]):  # ("enligt EAN/PNS 2021")
                continue  # "MS enl McDonald 2017", "uppfyller EULAR/ACR-kriterierna 2019": the
                # year names criteria, it dates nothing
            if span.start and doc[span.start - 1].lower_ in _SINCE:
                continue  # "DM2 sedan 2015": ongoing since then (a "known" cue), not past
            if 1900 < year < this_year:
                cues.append((span.start, span.end, "historical", "both", m.group()))
        cues, cause_hedges = _hedged_cause(doc, cues, in_dx, self.kinds)
        doc.user_data["nl_cues"] = cues
        index = CueIndex(doc, cues)
        index.cause_hedges = cause_hedges
        index.dx_tokens = in_dx
        attrs = doc.user_data.setdefault("nl_dx", {})
        known = doc.user_data.setdefault("nl_known", set())
        undated: CueIndex | None = None  # (the cues without the bare years, made when needed)
        for span in dx:
            found = index.assertion(span.start, span.end)
            if found is not None and found[0] == "historical" and _BARE_YEAR.fullmatch(found[1]):
                # "Hjärnskakning januari 2024": past by today's year, current in a note of
                # 2024 (decided where the note's date is known)
                if undated is None:
                    undated = CueIndex(doc, [c for c in cues if not (
                        c[2] == "historical" and _BARE_YEAR.fullmatch(c[4]))])
                    undated.cause_hedges, undated.dx_tokens = cause_hedges, in_dx
                alt = undated.assertion(span.start, span.end)
                doc.user_data.setdefault("nl_undated", {})[(span.start, span.end)] = (
                    int(found[1]), *(alt if alt is not None else ("affirmed", None)))
            if found is not None and found[0] == "uncertain" and self._seen_with(
                    doc, index, span, attrs.get((span.start, span.end))):
                found = None
            if found is not None and found[0] == "hypothetical" and found[1] in ("om", "ifall") \
                    and self._awaits_result(doc, index, span):
                found = ("uncertain", found[1])
            if found is not None:
                attrs.setdefault((span.start, span.end), [None, "affirmed", None])[1:] = found
            elif index.assertion(span.start, span.end, only={"known"}) is not None:
                known.add((span.start, span.end))  # "Känd KOL", "DM2 sedan 2015": current, long told
            elif doc[span.end - 1].lower_.endswith(_PATIENT_OF):
                known.add((span.start, span.end))  # "SLE-pat", "diabetespatienten": one whose
                # disease names her is one who has long had it
        _alternatives(doc, dx, attrs, known)
        doc.spans["dx"] = dx
        return doc

    @staticmethod
    def _awaits_result(doc: Doc, index: "CueIndex", span: Any) -> bool:
        """A condition on an examination confirming a diagnosis reveals the diagnosis
        suspected: "om PAD bekräftar lymfom", "om utredningen verifierar demens" (to confirm
        presupposes the suspicion). A condition on what it will show stays a condition: "Om
        PAD visar cancer informeras pat vid återbesök" names an outcome, not a hypothesis
        (six independent writers against one)."""
        cue = index.cue_at(span.start, span.end)
        return cue is not None and cue[1] <= span.start and any(
            doc[i].lower_ in _CONFIRM_VERBS for i in range(cue[1], span.start))

    @staticmethod
    def _seen_with(doc: Doc, index: "CueIndex", span: Any, attrs: list | None) -> bool:
        """A sign or finding (ICD-10 chapter R) that a suspected diagnosis comes "med" is
        what was seen, not suspected: "misstänkt lymfom med förstorade lymfkörtlar",
        "misstanke om celiaki med … dålig viktuppgång" (a diagnosis after "med" stays in
        the hedge: "Eventuellt recidiv med skelettmetastaser")."""
        if not attrs or not (attrs[0] or "").startswith("R"):
            return False
        cue = index.cue_at(span.start, span.end)
        return cue is not None and cue[1] <= span.start and any(
            doc[i].lower_ == "med" for i in range(cue[1], span.start))

    def _cues(self, doc: Doc, found: list[tuple[int, int, int]], taken: set[int],
              skip: set[int]) -> list[tuple[int, int, str, str, str]]:
        """The matches ``found`` as cues (start, end, category, direction, text): the longest
        first, none over a token already ``taken`` (which it extends) or in ``skip``."""
        cues: list[tuple[int, int, str, str, str]] = []
        for match_id, start, end in sorted(found, key=lambda m: (-(m[2] - m[1]), m[1])):
            span_ids = set(range(start, end))
            if span_ids & taken or span_ids & skip:
                continue
            text = self.texts[match_id]
            if end - start > 1 and not text.strip("?") and any(
                    doc[k].whitespace_ for k in range(start, end - 1)):
                continue  # "kvadrant? ?invagination": two question marks, not one "??"
            taken |= span_ids
            for category, direction in self.rules[match_id]:
                if category == "pseudo":
                    continue
                if text == "?" and self._glued_to_next(doc, start):
                    direction = "forward"
                if text == "om" and not self._om_opens_clause(doc, start):
                    continue
                if (category == "uncertain" and direction != "backward" and end < len(doc)
                        and text.strip("?!. ") != "" and _weighs_a_change(doc, end, skip)):
                    continue  # "Hörseln möjligen något bättre enligt pat, tinnitus oförändrad":
                    # the hedge weighs how something changed, not a diagnosis after it
                if (category == "uncertain" and end < len(doc) and text.strip("?!. ") != ""
                        and not doc[end].is_sent_start and self._plan_word(doc[end].lower_)
                        and not (doc[end - 1].text.endswith(".") and doc[end].text[:1].isupper()
                                 and direction == "backward")):
                    continue  # "Trolig hemgång i morgon, pneumonin i regress", "Ev. remiss
                    # för RA": the hedge weighs the plan it stands before (not a hedge closing
                    # its sentence before the plan's: "Ulcusblödning sannol. Gastroskopi ikväll")
                if (category == "family" and direction == "forward" and start
                        and doc[start - 1].lower_ in _WITH_WHOM):
                    continue  # "intervju med maken har …", "tel till sonen": one spoken
                    # with, not one who has the disease
                if (direction == "backward" and category == "uncertain" and start
                        and doc[start - 1].lower_ in ("har", "hade") and end < len(doc)
                        and doc[end].is_alpha and doc[end].lower_ not in _CONJUNCTIONS
                        and doc[sentence_of(doc, start)[0]].lower_ in _PATIENT_SUBJECTS):
                    continue  # "Pat med Crohns sjukdom har troligen missat en dos": the hedge
                    # of what the patient did, not of the diagnosis before (not "cancern har
                    # sannolikt kommit tillbaka": the disease's own)
                if (direction == "forward" and text == "tidigare" and start
                        and doc[start - 1].lower_ in _DETERMINERS_BEFORE):
                    direction = "next"  # "ingen tidigare behandling …: sen latent syfilis":
                    # the noun it is said of ("ingen tidigare hjärtinfarkt" still)
                if (direction == "backward" and text == "tidigare" and start
                        and doc[start - 1].lower_ in _PLACE_WORDS | _PREPOSITIONS_BEFORE):
                    continue  # "basalcellscancer … inom tidigare strålfält", "jämfört med
                    # tidigare": the earlier field, not the diagnosis before it
                if direction == "final":  # "Rotatorkuffruptur hö, bedöms trolig.": a hedge
                    # that closes its clause reads back over it; before a word, forward
                    direction = ("backward" if end >= len(doc) or doc[end].is_punct
                                 or doc[end].is_space else "forward")
                if direction == "sedan":
                    if end < len(doc) and _SEDAN_NEXT.match(doc[end].lower_):
                        direction = "both"
                    else:
                        continue
                cues.append((start, end, category, direction, text))
        return cues

    def _relative_workups(self, doc: Doc, taken: set[int],
                          in_dx: set[int]) -> list[tuple[int, int, str, str, str]]:
        """Family cues for a relative who is the subject of a work-up or a treatment, words
        between them: "Maken, som är hennes stöd, utreds på vårdcentralen för misstänkt
        demens", "Sonen genomgår själv utredning för ev. lungcancer", "sedan brodern i
        februari börjat utredas för misstänkt MS" (the rows of context_cues.tsv name the
        relative and the verb side by side). The relative opens its clause; no other
        subject, no diagnosis and no end of sentence stand between it and the verb."""
        out: list[tuple[int, int, str, str, str]] = []
        n = len(doc)
        for i, token in enumerate(doc):
            if token.lower_ not in self.relatives or i in in_dx:
                continue
            if (i + 2 < n and doc[i + 1].lower_ == "som"
                    and doc[i + 2].lower_ in _RELATIVE_CLAUSE_VERBS
                    and not (i + 3 < n and doc[i + 3].lower_ in _TOLD_AFTER_GOT)):
                # "sin 7 v gamle son som har blod i avföringen och trolig
                # komjölksproteinallergi": what the relative clause says its noun has
                out.append((i, i + 3, "family", "forward", doc[i:i + 3].text.lower()))
                continue
            if i and not (doc[i - 1].is_punct or doc[i].is_sent_start
                          or doc[i - 1].lower_ in _CLAUSE_SUBJECT_BEFORE):
                continue  # (the subject: "samtal med maken" is not)
            if (i + 5 < n and doc[i + 1].lower_ in _SAYS and doc[i + 2].lower_ == "att"
                    and doc[i + 3].lower_ in ("hon", "han", "hen") and doc[i + 4].lower_ == "själv"
                    and doc[i + 5].lower_ in ("har", "hade")):
                # "Mamma berättar att hon själv har trolig ADHD": the relative's own
                out.append((i, i + 6, "family", "forward", doc[i:i + 6].text.lower()))
                continue
            inserted = False
            for k in range(i + 1, min(n, i + 12)):
                word = doc[k].lower_
                if doc[k].is_sent_start or k in in_dx or word in _OTHER_SUBJECTS and not inserted:
                    break
                if word == ",":
                    if k + 1 < n and (doc[k + 1].lower_ == "som" or k + 2 < n and doc[k + 1].like_num
                                      and doc[k + 2].lower_ in _AGE_UNITS) and not inserted:
                        inserted = True  # an inserted clause or age: "Maken, som är …, utreds",
                        continue  # "Pats son, 4 år, utreds …"
                    if not inserted:
                        break
                    inserted = False  # (its closing comma)
                    continue
                if not inserted and (word in _WORKUP_VERBS
                                     # "Mamman beskrivs som trol. bipolär": what the
                                     # relative is described as
                                     or word in _DESCRIBED and k + 1 < n and doc[k + 1].lower_ == "som"
                                     or word in _WORKUP_NOUNS
                                     and doc[k - 1].lower_ == "under"  # ("under utredning")
                                     # the relative's second predicate: "Fadern var
                                     # stenhuggare och hade trolig silikos"
                                     or word in ("hade", "har") and doc[k - 1].lower_ == "och"
                                     and k - i > 2
                                     or word in _GOT_VERBS and self._got_disease(doc, k, in_dx)
                                     or word in ("har", "hade") and any(
                                         doc[j].lower_ == "själv" for j in range(k + 1, min(n, k + 4)))):
                    # ("Maken snarkar högt och har möjligen själv sömnapné": the relative himself)
                    # ("Mamma fick höftfraktur vid 70 års ålder", "har nyligen fått misstänkt
                    # silikos": the disease right after the verb, or after a hedge; not
                    # "Dottern fick besked om pankreascancern")
                    if not any(j in taken and doc[j].norm_ not in _INNER_HEDGES
                               for j in range(i + 1, k)):  # (the relative may
                        # be a cue of its own, "brodern"; the verb may open one, "utreds för")
                        out.append((i, k + 1, "family", "forward",
                                    doc[i:k + 1].text.lower()))
                    break
        return out

    @staticmethod
    def _got_disease(doc: Doc, k: int, in_dx: set[int]) -> bool:
        """After "fick"/"fått" at ``k``: the disease right after it, after a hedge, or after
        the news that names it without "om" ("pappan nyligen fått beskedet misstänkt
        lungcancer"; not "Dottern fick besked om pankreascancern": news of the patient's)."""
        i = k + 1
        if i < len(doc) and doc[i].lower_ in ("beskedet", "diagnosen"):
            i += 1
        if i < len(doc) and doc[i].norm_ in _PAST_HEDGES:
            i += 1
        return i in in_dx

    def _plan_word(self, word: str) -> bool:
        """A word of a plan (models/plan_words.tsv), a hyphened compound of one at either
        end ("DMSA-scint", "DT-thorax"), or a compound ending in a long one
        ("kataraktoperation") or in a head listed with a hyphen ("-prov": "benmärgsprov")."""
        if word in self.plan_words:
            return True
        if "-" not in word:
            # a compound ending in a long plan word: "kataraktoperation", "stentbehandling",
            # or in a head listed as such ("benmärgsprov")
            return (len(word) > 9 and any(word.endswith(w) for w in self._long_plans)
                    or any(word.endswith(h) and len(word) >= len(h) + 3 for h in self._plan_heads))
        first, _, rest = word.partition("-")
        return first in self.plan_words or rest.rpartition("-")[2] in self.plan_words

    def cues_in(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, str, str, str]]:
        """The cues of tokens [start, end) read on their own: the "ej" of "ej fastställd"
        when "fastställd" is what is asked about (see ``notelint.nlp._negate_probes``)."""
        if start >= end:
            return []
        return self._cues(doc, self._matches(doc, start, end), set(), set())

    def _matches(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, int]]:
        """The cue matches in tokens [start, end): as written, and those of many-word cues
        with adverbs inside ("kan dock inte med säkerhet uteslutas" is "kan inte
        uteslutas"), found on the tokens without the adverbs and given back their span."""
        found = list(self.matcher(doc[start:end]))
        if not self.adverbs:
            return found
        norms = [t.norm_ for t in doc[start:end]]
        runs: list[list[tuple[int, int]]] = []  # the adverbs, in runs of neighbours
        i, n = 1, len(norms)  # (inside: a word before and after)
        while i < n:
            for adverb in self.adverbs.get(norms[i], ()):
                k = i + len(adverb)
                if k < n and tuple(norms[i:k]) == adverb:
                    if runs and runs[-1][-1][1] == i:
                        runs[-1].append((i, k))
                    else:
                        runs.append([(i, k)])
                    i = k
                    break
            else:
                i += 1
        if not runs:
            return found
        # every adverb left out; then each run's last kept, for an adverb may end a cue
        # ("men ej helt säkert": "ej säkert")
        seen = set(found)
        for left in ([r for run in runs for r in run], [r for run in runs for r in run[:-1]]):
            if not left:
                continue
            out = {j for a, b in left for j in range(a, b)}
            kept = [j for j in range(n) if j not in out]
            reduced = Doc(doc.vocab, words=[norms[j] for j in kept])
            for match_id, a, b in self.matcher(reduced):
                match = (match_id, start + kept[a], start + kept[b - 1] + 1)
                if match[2] - match[1] > b - a and match not in seen:  # (an adverb inside)
                    seen.add(match)
                    found.append(match)
        return found

    @staticmethod
    def _glued_to_next(doc: Doc, i: int) -> bool:
        """"?DVT": a question mark written against the word after it; or one standing alone
        after punctuation or at a line's start ("AION hö, ? temporalisarterit")."""
        if i + 1 >= len(doc) or doc[i + 1].is_punct or doc[i + 1].is_space:
            return False  # "pneumoni?" at a line end hedges backwards
        if i and doc[i - 1].text in (")", "]") and not doc[i - 1].whitespace_ and doc[i].whitespace_:
            return False  # "Polycystisk njursjukdom (ADPKD)? eGFR 84": it closes the bracket's phrase
        opens = i == 0 or doc[i - 1].is_punct or doc[i - 1].is_space
        return opens or (not doc[i].whitespace_ and doc[i - 1].whitespace_)

    @staticmethod
    def _om_opens_clause(doc: Doc, i: int) -> bool:
        tok = doc[i]
        if tok.is_sent_start or i == 0:
            # "Om lungmetastaserna är hon ännu inte informerad": "om" is "about" when the
            # sentence goes on to tell of telling, not "if"
            for t in doc[i + 1:min(len(doc), i + 16)]:
                if t.is_sent_start or t.is_punct:
                    break  # in its clause
                if t.lower_.startswith(_TELLING_STEMS) and not t.lower_.endswith(("as", "es")):
                    return False  # (not "Om PAD visar cancer informeras pat": a condition)
            return True
        prev = doc[i - 1]
        if prev.lower_ in _COORDINATORS and any(
                doc[j].lower_.startswith(_TELLING_STEMS) and doc[j + 1].lower_ == "om"
                for j in range(max(0, i - 12), i - 1)):
            return False  # "Informerade om DT-fyndet och om misstanken": about, twice
        if prev.is_punct or prev.lower_ in _OM_OPENERS:
            return True
        if prev.lower_.startswith(_ASKING_NOUNS):
            return False  # "Frågeställningen om gikt kan bekräftas": the question about it
        # "Smittspårning påbörjas om syfilis bekräftas": a condition of confirming
        for t in doc[i + 1:min(len(doc), i + 6)]:
            if t.is_sent_start or t.is_punct or t.lower_ == "att":
                return False
            if t.lower_ in _CONFIRMED_IF or t.lower_ in _DETECTED_IF or t.lower_ in _COMES_IF:
                return True  # ("Ev. benmärgsprov om cytopeni tillkommer": a condition)
        return False


# what an examination awaited will show: "om PAD bekräftar lymfom" names a suspicion
_CONFIRM_VERBS = {"bekräftar", "verifierar", "styrker", "konfirmerar"}
_RESULT_VERBS = _SHOWS | _CONFIRM_VERBS
# words that offer diagnoses as alternatives: "ADHD eller bipolär sjukdom typ 2"
_OR = (["eller"], ["el"], ["el", "."], ["el."], ["alternativt"], ["alt"], ["alt", "."], ["alt."])


def _alternatives(doc: Doc, dx: list[Any], attrs: dict, known: set) -> None:
    """Diagnoses offered as alternatives — "ADHD eller bipolär sjukdom typ 2", "TIA,
    migränaura el. epileptiskt anfall" — are uncertain, neither being said; only where no
    cue already decided them ("ingen pneumoni eller bronkit" is denied, "vid feber eller
    infektion" a condition)."""
    ambiguous = doc.user_data.get("nl_needs_cue", set())  # ("LAD*": a cue of its own, not this)
    spans = sorted((s for s in dx if (s.start, s.end) not in ambiguous), key=lambda s: s.start)
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        if [t.lower_ for t in doc[a.end:b.start]] not in _OR:
            continue
        group = [a, b]
        first = k  # earlier members of the list: "TIA, migränaura eller …"
        while first > 0 and [t.text for t in doc[spans[first - 1].end:spans[first].start]] == [","]:
            first -= 1
            group.insert(0, spans[first])
        if all(attrs.get((s.start, s.end), [None, "affirmed"])[1] == "affirmed"
               and (s.start, s.end) not in known for s in group):
            for s in group:
                attrs.setdefault((s.start, s.end), [None, "affirmed", None])[1:] = ["uncertain", "eller"]


# words after which a hedge opens the phrase that follows ("med sannolikt svårigheter")
_OPENS_PHRASE = frozenset({"med", "och", "samt", "men", "eller", "av", "till", "för", "pga",
                           "på", "vid", "efter", "utan", "mot"})
# the suspicion itself, named again to close it ("… och misstanken avskrevs")
_SUSPICION_NOUNS = frozenset({"misstanken", "misstankarna", "frågeställningen", "hypotesen"})
# time words that end a scope ("Tidigare X, nu Y") but not the relative's clause they follow
_TIME_NOW = frozenset({"nu", "just nu", "för närvarande", "för tillfället", "idag", "i dag"})


class CueIndex:
    """The cues of one Doc, indexed once so that asking for the assertion of any span
    costs O(log n + cues within ``MAX_SCOPE``), whatever the length of the text.

    One index serves every consumer of ConText: diagnosis mentions, clinical triggers and
    documentation cues (``doc.user_data["nl_cue_index"]``, see :func:`cue_index`).
    """

    def __init__(self, doc: Doc, cues: list[tuple[int, int, str, str, str]],
                 clause_breaks: bool = False):
        self.doc = doc
        ordered = sorted(c for c in cues if c[2] != "terminate")
        self.cues = ordered
        self.cue_tokens = {i for c in ordered for i in range(c[0], c[1])}
        self.longer_cues = {c[0] for c in ordered if c[1] - c[0] > 1}  # ("utan tecken på")
        self.starts = [c[0] for c in ordered]
        self.longest = max((c[1] - c[0] for c in ordered), default=0)
        # a time word right after a relative and the verb ("Storebror utreds just nu för
        # misstänkt autism") ends no scope of theirs: the clause is still the relative's
        family_ends = {c[1] for c in cues if c[2] == "family" and c[3] == "forward"}
        stops = [c[0] for c in cues if c[2] == "terminate"
                 and not (c[0] in family_ends and c[4] in _TIME_NOW)]
        if clause_breaks:
            # statements rather than diagnosis lists: a comma or "och" starts a new clause
            # ("kan inte sova och har tankar på …", "vet inte längre, vill inte leva")
            stops += [t.i for t in doc if t.lower_ in CLAUSE_BREAKS]
        self.terminators = sorted(stops)
        # negations read backward: one closes what a hedge before it was about ("Misstänkt
        # pneumoni avskrivs, bronkit": the hedge does not go on past it)
        self.closing = sorted(c[0] for c in ordered if c[2] == "negated" and c[3] == "backward")
        # words that deny what was said before them: "frågat om våld, förnekar"
        lowers = doc.to_array(LOWER).tolist() if len(doc) else []
        self.negation_after = [i for i, w in enumerate(lowers) if w in _NEGATION_AFTER_IDS]
        self.openers = [i for i, w in enumerate(lowers) if w in _CLAUSE_OPENER_IDS]
        self.parenthesis = _parentheses(doc, {c[1] for c in ordered})
        self.dx_tokens: set[int] = set()  # tokens inside diagnosis mentions (set by ConText)
        self.cause_hedges: set[int] = set()  # hedges of a cause after a comma (set by ConText)
        self._text: str | None = None  # the Doc's text, when first needed
        doc.user_data["nl_cue_index"] = self

    def _other_subject(self, end: int, cue: int, glue: frozenset[str] = _LIST_GLUE) -> bool:
        """Whether, after the last comma between a diagnosis (ending at ``end``) and a
        negation (or a plan's hedge) read backward (starting at ``cue``), a word stands that
        is neither a diagnosis nor what joins a list: the negation is of it ("Pneumoni,
        inläggning ej aktuell", "HS, Humira övervägs"), not of the list it would reach over
        ("Pneumoni, lungemboli och hjärtinfarkt uteslutna")."""
        doc = self.doc
        last = self._last_comma(end, cue)
        return last is not None and any(
            doc[i].is_alpha and i not in self.dx_tokens and doc[i].lower_ not in glue
            for i in range(last + 1, cue))

    def _closed_between(self, lo: int, hi: int) -> bool:
        """Whether a negation read backward starts in token range [lo, hi)."""
        k = bisect.bisect_left(self.closing, lo)
        return k < len(self.closing) and self.closing[k] < hi

    def _blocked(self, lo: int, hi: int) -> bool:
        """Whether a terminator starts in token range [lo, hi)."""
        k = bisect.bisect_left(self.terminators, lo)
        return k < len(self.terminators) and self.terminators[k] < hi

    def assertion(self, start: int, end: int, only: set[str] | None = None,
                  skip: Collection[int] = ()) -> tuple[str, str] | None:
        """(category, cue text) of the nearest cue whose scope covers tokens [start, end);
        cues starting at a token in ``skip`` are not read."""
        got = self._nearest(start, end, only, skip=skip)
        return None if got is None else (got[2], got[3])

    def negation_cue(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the negation cue whose scope covers tokens [start, end)."""
        got = self._nearest(start, end, only={"negated"})
        return None if got is None else (got[4], got[5])

    def cue_at(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the cue that decides the assertion of tokens [start, end)."""
        got = self._nearest(start, end)
        return None if got is None else (got[4], got[5])

    def _nothing_that(self, cue: int) -> bool:
        """Whether the cue at token ``cue`` opens a relative clause ("som talar för …") of a
        clause that begins with nothing ("Ingenting i anamnes eller status som …"), no
        punctuation between."""
        if not cue or self.doc[cue - 1].lower_ != "som":
            return False
        s_start, _ = sentence_of(self.doc, cue)
        for i in range(cue - 2, max(s_start, cue - 10) - 1, -1):
            t = self.doc[i]
            if t.is_punct:
                return False
            if t.lower_ in ("ingenting", "inget", "inga", "ingen"):
                return True
        return False

    def _list_ruled_out_after(self, end: int) -> tuple[int, int, str, str, int, int] | None:
        """A plural participle that rules out a list (:data:`_RULED_OUT_LIST`) after token
        ``end`` in its sentence, a coordinator between them and no comma."""
        _, s_end = sentence_of(self.doc, end)
        hi = min(s_end, end + MAX_SCOPE + 1)
        k = bisect.bisect_left(self.starts, end)
        while k < len(self.cues) and self.cues[k][0] < hi:
            c_start, c_end, category, _, text = self.cues[k]
            if category == "negated" and text in _RULED_OUT_LIST:
                between = self.doc[end:c_start]
                if (any(t.lower_ in _COORDINATORS for t in between)
                        and not any(t.text == "," for t in between)):
                    return (c_start - end, PRIORITY["negated"], "negated", text, c_start, c_end)
                return None
            k += 1
        return None

    def _nearest(self, start: int, end: int, only: set[str] | None = None,
                 words_only: bool = False,
                 skip: Collection[int] = ()) -> tuple[int, int, str, str, int, int] | None:
        """(distance, priority, category, cue text, cue start, cue end) of the nearest cue
        whose scope covers tokens [start, end), with the precedence rules below."""
        if not self.cues:
            return None
        s_start, s_end = sentence_of(self.doc, start)
        lo = max(s_start, start - MAX_SCOPE - self.longest)
        hi = min(s_end, end + MAX_SCOPE + 1)
        best: tuple[int, int, str, str] | None = None
        first = bisect.bisect_left(self.starts, lo)
        ks: Iterable[int] = range(first, len(self.cues))
        if s_start < lo:  # a cue opening the sentence may reach over an inserted clause
            # (see _over_insertion; looked up alone, not by a longer scan)
            k0 = bisect.bisect_left(self.starts, s_start)
            opening = range(k0, bisect.bisect_right(self.starts, s_start))
            if len(opening):
                ks = itertools.chain(opening, ks)
        for k in ks:
            c_start, c_end, category, direction, text = self.cues[k]
            if c_start >= hi:
                break
            if c_start in skip:
                continue
            if only is not None and category not in only or only is None and category == "known":
                continue  # "known" is asked for on its own: it never outranks another cue
            if words_only and text.isdigit():
                continue  # a bare year
            if c_start < end and start < c_end:
                continue  # overlaps the target itself
            around = self.parenthesis.get(c_start)
            if around is not None and not (around[0] < start and end <= around[1]):
                continue  # "DD psoriasisartrit (psoriasis hos far)": a cue in brackets
                # with a diagnosis of their own speaks of what stands in them (not so
                # "Pneumoni (trolig)")
            if direction == "next":
                # "Mormor bröstcancer", "Far: DM2": a relative named right before the
                # diagnosis, nothing but a colon or a hedge between ("Bror misstänkt Lynch")
                if not (c_end == start or c_end + 1 == start and self.doc[c_end].text == ":"
                        or self._hedge_between(c_end, start)):
                    continue
                distance, blocked = 0, False
            elif c_end <= start and direction in ("forward", "both"):
                distance = start - c_end
                if text == "?" and distance > 2 and not (
                        distance <= 6 and start and self.doc[start - 1].text == "("):
                    # "?discharge tmrw if sat >90 % on RA": it hedges the word it is glued to
                    # (and a name in brackets after it: "?Zoster oticus (Ramsay Hunt)")
                    continue
                # "Möjligen, med tanke på trombocytfallet, rör det sig om HIT": a hedge opening
                # its sentence reaches over a clause set off by commas into the main clause
                if category == "historical" and text.isdigit() and any(
                        self.doc[i].text in (",", ";") for i in range(c_end, start)):
                    continue  # "hjärtinfarkt 2015 med PCI, diabetes typ 2, KOL": a year dates
                    # what it follows or what follows it in its phrase, not the next item
                if category == "uncertain" and any(
                        self.doc[i].text in (",", ";") and _BARE_YEAR.fullmatch(self.doc[i - 1].text)
                        for i in range(c_end + 1, start)):
                    continue  # "trol. TIA 2019, gråstarr": the year closes the hedged item
                if category == "historical" and any(
                        self.doc[i].lower_ in _RESULT_VERBS for i in range(c_end, start)):
                    continue  # "Tillsammans med tidigare TSH och fT4 bekräftar det Graves
                    # sjukdom": the earlier tests, not the diagnosis they now confirm
                inserted = (self._over_insertion(c_start, c_end, start)
                            if category == "uncertain" else None)
                # (what the inserted clause holds, "med tanke på …", ends nothing after it)
                blocked = self._blocked(c_end if inserted is None else inserted, start) or (
                    category == "negated" and (self._colon_after_words(c_end, start)
                                               or self._placed_before(c_end, start)
                                               or self._after_negated_list(c_end, start)
                                               or self._but_rather(c_start, start))) or (
                    category == "uncertain" and (self._after_another(c_end, start)
                                                 or self._closed_between(c_end, start))) or (
                    category in ("negated", "uncertain") and inserted is None
                    and self._new_clause_before(c_end, start)) or (
                    category == "family" and self._patient_clause_before(c_end, start)) or (
                    category == "hypothetical" and text not in _IF_WORDS and any(
                        self.doc[i].lower_ in _FOUND_VERBS for i in range(c_end, start)))
                # ("Vid utredning av anemi påvisas som bifynd sicklecellanlag": what the
                # work-up found is no longer what it looks for)
                if inserted is not None:
                    distance = start - inserted  # (the insertion does not count)
            elif c_start >= end and direction in ("backward", "both"):
                if text == "?" and self.doc[sentence_of(self.doc, start)[0]].lower_ in _ABILITY_QUESTIONS:
                    continue  # "Klarar pat att bo kvar i eget boende efter strokeinsjuknandet?":
                    # a question of what the patient manages, not of the diagnosis
                if text in _SENTENCE_FINAL and not self._closes_sentence(c_end):
                    continue  # "Endometrios, ev." (not "ev. laparoskopi")
                if category == "historical" and c_start and self.doc[c_start - 1].lower_ in _AFTER_WORDS:
                    continue  # "perikardit efter genomgången förkylning": what it dates follows
                if category == "historical" and any(
                        self.doc[i].lower_ in _ONSET_WORDS for i in range(end, c_start)):
                    continue  # "med debut för ca två år sedan": when it began
                if category == "historical" and (
                        c_end in self.dx_tokens  # "recidiv av tidigare koloncancer": of what follows
                        or text.isdigit() and any(self.doc[i].lower_ in _AFTER_WORDS
                                                  for i in range(end, c_start))):
                    continue  # "lokalrecidiv … efter bröstbevarande kirurgi 2019": the year
                    # dates what it follows, the recurrence came after it
                if category == "family" and text.startswith("hos ") and (
                        self.doc[c_start - 1].lower_ in _STAYS_AT
                        or self._clause_after_comma(end, c_start)):
                    continue  # "Trol. pneumoni, bor hos mamma": where the patient lives or
                    # stays, not whose the diagnosis is ("Misstänkt celiaki hos systern",
                    # "Diabetes, hypertoni hos mamma")
                if category == "uncertain" and any(self.doc[i].lower_ == "där" for i in range(end, c_start)):
                    continue  # "Plötslig dövhet hö där kortisonbehandlingen sannolikt haft god
                    # effekt": the hedge of the clause "där" opens
                if c_end < s_end and self.doc[c_end].lower_ in _CAUSE_AFTER and c_end - c_start == 1:
                    continue  # "maniskt skov, troligen utlöst av sömnbrist": the cause is
                    # hedged, not the diagnosis before it (in its sentence: "Kolesteatom? pga
                    # illaluktande flytning" — the "?" ends a sentence of its own); a hedge of
                    # words is a clause whose reason follows ("cancer kan ej uteslutas pga
                    # fragmenteringen", "bedöms trolig pga …")
                if (category == "uncertain" and c_start > end and c_end < len(self.doc)
                        and self.doc[c_start - 1].lower_ in _OPENS_PHRASE
                        and self.doc[c_end].is_alpha):
                    continue  # "Alzheimers sjukdom med sannolikt svårigheter att klara sig
                    # hemma": a hedge after "med" opens the phrase it hedges
                if (category == "uncertain" and self._precedes_diagnosis(c_end)
                        and any(self.doc[i].text == "," for i in range(end, c_start))):
                    continue  # "Hyperkalcemi, misstänkt myelom": the hedge of what it precedes
                distance = c_start - end
                if text == "nej" and (
                        any(self.doc[i].text == "," for i in range(end, c_start))
                        or c_end < len(self.doc) and not (self.doc[c_end].is_punct
                                                          or self.doc[c_end].is_sent_start)):
                    continue  # a checklist's answer closes its item ("HIV: nej."), not "…,
                    # nej till inläggning"
                if (self.doc[c_start].lower_ == "negativa" and c_end < s_end
                        and self.doc[c_end].is_alpha and self.doc[c_end].text[:1].islower()
                        and self.doc[c_end].lower_ not in _LIST_JOINS | _PLACE_WORDS):
                    continue  # "Pneumoni och negativa odlingar": the answer of the word after it
                if text in _RESULT_AFTER and distance > 2 and not (
                        self.doc[c_start].lower_ == "negativa" and self._listed_before(end, c_start)):
                    continue  # "HIV neg", "Hepatit B-test negativt" (not "… och negativ M-komponent")
                blocked = self._blocked(end, c_start) or category == "known" and any(
                    i in self.dx_tokens for i in range(end, c_start)) or (
                    (category == "negated" or text in _PLAN_HEDGES)
                    and self._other_subject(end, c_start)) or (
                    text in _PRELIMINARY
                    and self._other_subject(end, c_start, _LIST_GLUE | _PLACE_WORDS)) or (
                    category in ("negated", "uncertain")
                    and self._diagnosis_of_its_own(end, c_start))
                # ("DM2 sedan 2015" dates the diagnosis it follows, not one before another:
                # "skelettmetastaser på DT, känd prostatacancer sedan 2019")
                if text in _PHRASE_ONLY or text in _SENTENCE_FINAL:
                    # "?", "neg": the phrase it ends, not the list — but a lone comma before a
                    # hedge that closes the sentence joins them: "NSTEMI, trolig."
                    commas = any(self.doc[i].text == "," for i in range(end, c_start))
                    if commas and self.doc[c_start].lower_ == "negativa" and self._listed_before(end, c_start):
                        commas = False  # (a plural answer after a list denies every item: "HIV,
                        # hepatit B och syfilis är negativa")
                    blocked = blocked or commas and not (
                        self._lone_comma(end, c_start) and (
                            self._closes_sentence(c_end) or self.doc[c_end].lower_ in _DESPITE))
                if c_start in self.cause_hedges and self._comma_after(end, c_start):
                    blocked = False  # "Synkope, trolig vasovagal genes" (see _hedged_cause)
            else:
                continue
            if blocked or distance > MAX_SCOPE:
                continue
            rank = (distance, PRIORITY.get(category, 9))
            if best is None or rank < best[:2]:
                best = (distance, PRIORITY.get(category, 9), category, text, c_start, c_end)
        if best is None:
            return None
        if (best[2] == "hypothetical" and only is None and best[3] in _IF_WORDS
                and best[5] <= start and self._confirmed_after(end, _CONFIRMED_IF)):
            # "Om celiaki bekräftas vid biopsin planeras glutenfri kost": what is to be
            # confirmed is suspected, not a condition that may come
            best = (best[0], PRIORITY["uncertain"], "uncertain", best[3], best[4], best[5])
        if best[2] == "uncertain" and only is None and best[5] <= start and self._answered_no(end):
            # a form's question answered: "Misstanke om sepsis: Nej", "Misstänkt ACS: [ ] Ja
            # [x] Nej", "Misstänkt smitta (MRSA/VRE/ESBL): Nej"
            best = (best[0], PRIORITY["negated"], "negated", best[3], best[4], best[5])
        if (best[2] == "uncertain" and only is None and best[3] in _SUSPECTED_PASSIVE
                and best[4] >= end and (self._in_condition(start, best[4]) or any(
                    self.doc[i].lower_ == "då" for i in range(end, best[4])))):
            # "Om pneumoni misstänks av hemsjukvården ska jourläkare kontaktas": the suspicion
            # is the condition, none is held (so is one "då" would bring: "…, eftersom
            # ryggmärgskompression då måste misstänkas")
            best = (best[0], PRIORITY["hypothetical"], "hypothetical", best[3], best[4], best[5])
        if best[2] == "uncertain" and only is None and best[5] <= start:
            # "passar med känd hjärtsvikt": a diagnosis known, between the hedge and it, is
            # what the finding fits, not a suspicion
            known = self._nearest(start, end, only={"known"}, skip=skip)
            if known is not None and best[5] <= known[4] and known[5] <= start:
                return None
        if (best[2] == "uncertain" and only is None and best[3] == "?" and start >= 2
                and self.doc[start - 1].lower_ in ("till", "bakom")
                and self.doc[start - 2].lower_ in _CAUSE_ASKED):
            return None  # "Förklaring till järnbristanemin?": the cause is asked, not the anaemia
        if best[2] == "uncertain" and only is None and self._in_vid_condition(min(start, best[4]), end):
            # "Vid nya symtom som talar för stroke, t.ex. sned mun, ska pat ringa 112": the
            # hedge stands in the condition of an instruction
            return (best[0], PRIORITY["hypothetical"], "hypothetical", best[3], best[4], best[5])
        if best[2] == "uncertain" and only is None and self._reason_of_an_instruction(min(start, best[4])):
            # "Informerad om att söka akut om hon får svårt att kissa …, eftersom det kan tyda
            # på cauda equina-syndrom": why the instruction is given, no suspicion held
            return (best[0], PRIORITY["hypothetical"], "hypothetical", best[3], best[4], best[5])
        if best[2] == "uncertain" and only is None and self._in_consequence(min(start, best[4])):
            # "Vid tilltagande buksmärta – sök igen, då får appendicit övervägas på nytt": the
            # hedge stands in what a condition would bring
            return (best[0], PRIORITY["hypothetical"], "hypothetical", best[3], best[4], best[5])
        if best[2] == "uncertain" and only is None:
            # "vi har inte längre någon misstanke om demens": a negation joined to the
            # hedge denies it
            # (and "utredd för misstänkt sarkoidos, avskrevs efter bronkoskopi": a suspicion
            # ruled out later in its sentence)
            # a suspicion confirmed later in its clause: "misstanke om LE bekräftad med DT"
            if self._confirmed_after(end) or any(
                    t.lower_ in _CONFIRMED or t.lower_ in _CLOSED for t in self.doc[best[5]:start]):
                return None  # (and "misstanke om LE bekräftad med DT: bilaterala embolier")
            if self._confirmed_after(end, _CLOSED_AFTER):
                # "Misstänkt protesinfektion höger knä avfärdad: ledvätskan steril"
                return (best[0], PRIORITY["negated"], "negated", best[3], best[4], best[5])
            if (best[4] and best[3] in _ATTRIBUTIVE_HEDGES
                    and self.doc[best[4] - 1].lower_ in _DEFINITE_DETERMINERS
                    and self._colon_after_words(best[5], start)):
                return None  # "PAD på den misstänkta hudförändringen: dermatofibrom" — the
                # hedge is of the lesion, what follows the colon is what was found
            if (best[3] in _DEFINITE_SUSPICION or best[4] and best[3] in _ATTRIBUTIVE_HEDGES
                    and self.doc[best[4] - 1].lower_ in _DEFINITE_DETERMINERS) and self._closed_later(end):
                # "Misstanken om celiaki är avskriven", "… kunde inte bekräftas", "…
                # kvarstår inte": the suspicion named is one the note closes
                return (best[0], PRIORITY["negated"], "negated", best[3], best[4], best[5])
            if self._named_suspicion_closed(end):
                # "Misstänkt epilepsi efter en kramp; EEG normalt och misstanken avskrevs"
                return (best[0], PRIORITY["negated"], "negated", best[3], best[4], best[5])
            if best[3] in ("talar för", "talande för") and self._nothing_that(best[4]):
                # "Ingenting i anamnes eller status som talar för endometrios"
                return (best[0], PRIORITY["negated"], "negated", best[3], best[4], best[5])
            negation = self._nearest(start, end, only={"negated"}, skip=skip)
            if negation is not None and (
                    negation[5] <= best[4] and self._joined(negation, best)
                    or negation[4] >= end and negation[3] in _RULED_OUT
                    or negation[4] >= end and negation[3] in _RULED_OUT_LIST and any(
                        t.lower_ in _COORDINATORS for t in self.doc[end:negation[4]])):
                return negation
            ruled_out = (self._list_ruled_out_after(end) if end < len(self.doc)
                         and self.doc[end].lower_ in _COORDINATORS else None)
            if ruled_out is not None:  # "rtg utan pneumothorax, DD lungemboli och pneumothorax
                return ruled_out  # därmed avförda": a nearer negation before is another's
            # "Mamma undrar om blåmärkena kan vara leukemi": the worry holds the hedge
            worry = self._nearest(start, end, only={"hypothetical"}, skip=skip)
            if worry is not None and worry[3] in _WORRIES and worry[4] < start:
                return worry
        if best[2] in ("uncertain", "hypothetical", "historical") and only is None:
            # "Morfar trol. Alzheimer": a relative's disease stays the relative's, however hedged
            family = self._nearest(start, end, only={"family"}, skip=skip)
            if family is not None and not (
                    best[2] == "uncertain" and " " in best[3] and " " not in family[3]
                    and family[5] < best[4] < start
                    and not self._hedge_between(family[5], best[4])):
                return family  # (not a hedge of words after it, what a finding says of the
                # patient: "Isolerat förlängd APTT hos pojke med ärftlighet på moderns sida
                # inger misstanke om hemofili", "… och hereditet kan man ej utesluta …")
        if best[2] == "uncertain" and only is None:
            # "Tidigare misstänkt IBS", "St.p. utredning för celiaki": a past suspicion, told
            # by a word next to the hedge (a bare year is not enough: "Trol. recidiv, op
            # 2019" is current; nor a past cue of another phrase: "Anamnes på depressioner,
            # trol. bipolär sjukdom")
            past = self._nearest(start, end, only={"historical"}, words_only=True, skip=skip)
            if past is not None and self._joined(past, best):
                return past
            # the suspicion of a past work-up, its verb earlier in the clause, a cause between:
            # "Utreddes 2017 på affektiva pga misstänkt bipolär sjukdom" ("pga" ends the
            # scope of cues, not the clause)
            past = self._past_workup_before(best[4])
            if past is not None:
                return past
            # a year written right after the diagnosis dates it: "trol. TIA 2019"
            past = self._nearest(start, end, only={"historical"}, skip=skip)
            if past is not None and past[3].isdigit() and past[4] == end:
                return past
        if best[2] == "historical" and only is None and best[4] >= 1 and best[5] == start:
            # "Möjlig genomgången myokardit", "trol. tidigare TIA": a hedge right before the
            # past word hedges the past diagnosis
            hedge = self._nearest(start, end, only={"uncertain"}, skip=skip)
            if hedge is not None and hedge[5] == best[4] and (
                    hedge[3] in _PAST_HEDGES or best[3] in _HEALED):
                return hedge  # (not "Förenligt med tidigare känd MS": what a finding fits;
                # but "EKG förenligt med genomgången inferior hjärtinfarkt": an old event found)
        if best[2] in ("historical", "family") and only is None:
            # a denied fact stays denied: "Förnekar tidigare hjärtinfarkt", "Ingen i släkten med …"
            negated = self._nearest(start, end, only={"negated"}, skip=skip)
            if negated is not None:
                return negated
        return best

    def _listed_before(self, end: int, at: int) -> bool:
        """Whether tokens [end, at) are diagnoses joined into a list ("syfilis och hepatit B
        negativa": the plural answer denies them all)."""
        return at - end <= 14 and all(
            i in self.dx_tokens or self.doc[i].lower_ in _LIST_JOINS or self.doc[i].text == ","
            or self.doc[i].lower_ in _LIST_CLOSERS for i in range(end, at))

    def _hedge_between(self, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) are hedge cues only ("misstänkt", "trol.", "under
        utredning för möjlig"), after at most two linking words ("Bror under utredning för
        möjlig hemokromatos", "Syster också trolig celiaki", "modern börjat utredas för
        misstänkt ALS")."""
        for _ in range(2):  # ("modern har börjat utredas för misstänkt ALS")
            if lo < hi and self.doc[lo].lower_ in _HEDGE_LINKS:
                lo += 1
        if not 0 < hi - lo <= 8:
            return False
        # "Mamma misstänker att hon själv har ADHD": the relative's own, by "själv"
        words = [t.lower_ for t in self.doc[lo:hi]]
        for k in range(1, len(words) - 1):
            if words[k] in _SELF_PRONOUNS and words[k + 1] == "själv" and set(
                    words[k + 2:]) <= _HEDGE_LINKS and (words[k - 1] == "att" and k > 1):
                hi = lo + k - 1
                break
        at = lo
        while at < hi:  # tiled by uncertain cues, one after the other
            if at + 1 < hi and (self.doc[at].lower_, self.doc[at + 1].lower_) in _DIAGNOSED:
                at += 2  # "Mamma har nyligen fått diagnosen bröstcancer": hers
                continue
            k = bisect.bisect_left(self.starts, at)
            ends = [c[1] for c in self.cues[k:] if c[0] == at and c[2] == "uncertain"
                    and c[1] <= hi] if k < len(self.cues) and self.cues[k][0] == at else []
            if not ends:
                return False
            at = max(ends)
        return True

    def _over_insertion(self, c_start: int, c_end: int, start: int) -> int | None:
        """Whether a hedge opens its sentence and a comma follows it, and the diagnosis at
        ``start`` stands in the main clause after the comma that closes what was inserted
        (its verb first: "Möjligen, med tanke på …, rör det sig om HIT", "Sannolikt, givet
        anamnesen, föreligger en pankreatit"), at most MAX_SCOPE tokens into it: the comma
        that closes the insertion, or None."""
        doc = self.doc
        if c_end >= len(doc) or doc[c_end].text != "," or sentence_of(doc, c_start)[0] != c_start:
            return None
        last = self._last_comma(c_end + 1, start)
        if (last is not None and last + 1 < start and doc[last + 1].lower_ in _MAIN_VERBS
                and start - last <= MAX_SCOPE
                and not any(doc[i].text in ".!?;:" for i in range(c_end, start))):
            return last
        return None

    def _last_comma(self, lo: int, hi: int) -> int | None:
        """The last comma in tokens [lo, hi), or None."""
        doc = self.doc
        return next((i for i in range(hi - 1, lo - 1, -1) if doc[i].text == ","), None)

    def _precedes_diagnosis(self, at: int) -> bool:
        """Whether a diagnosis starts at token ``at``, or after words that describe it
        ("misstänkt kateterrelaterad sepsis")."""
        doc = self.doc
        while at < len(doc) and at not in self.dx_tokens and doc[at].is_alpha and \
                doc[at].lower_.endswith(_DESCRIBING_ENDINGS):
            at += 1
        return at < len(doc) and at in self.dx_tokens

    def _new_clause_before(self, lo: int, hi: int) -> bool:
        """Whether, after the last comma between a negation or hedge read forward (ending
        at ``lo``) and the diagnosis at ``hi``, words stand that are neither a diagnosis nor
        what joins a list: a clause of its own begins there ("Susp. basaliom, PAD bekräftar
        nodulär basalcellscancer", "Inga hållpunkter för appendicit, pat har gastroenterit"),
        not the list the cue goes on over ("Misstänkt pneumoni, bronkit eller astma")."""
        doc = self.doc
        last = self._last_comma(lo, hi)
        if last is None or any(doc[i].lower_ in _LIST_JOINS for i in range(last + 1, hi)):
            return False  # (a list, whatever its items: "tumör, blödning eller infarkt")
        words = [i for i in range(last + 1, hi)  # (a cue's words are no clause: "Fadern
                 if doc[i].is_alpha and i not in self.dx_tokens  # dog, misstänkt hjärtinfarkt")
                 and i not in self.cue_tokens and doc[i].lower_ not in _LIST_GLUE]
        # words that only describe the diagnosis right after them start no clause
        # ("Differentialdiagnos ITP, läkemedelsorsakad trombocytopeni")
        return bool(words) and not (words == list(range(words[0], hi)) and all(
            doc[i].lower_.endswith(_DESCRIBING_ENDINGS) for i in words))

    def _clause_after_comma(self, lo: int, hi: int) -> bool:
        """Whether, after the last comma in tokens [lo, hi), words stand that are neither a
        diagnosis nor what joins a list: a clause of its own ("Trol. pneumoni, pat sover hos
        systern"), not a list going on ("Diabetes, hypertoni hos mamma")."""
        doc = self.doc
        last = self._last_comma(lo, hi)
        return last is not None and any(
            doc[i].is_alpha and i not in self.dx_tokens and doc[i].lower_ not in _LIST_JOINS
            for i in range(last + 1, hi))

    def _but_rather(self, lo: int, hi: int) -> bool:
        """Whether "utan" between a negation (starting at ``lo``) and the diagnosis at ``hi``
        means "but rather": it follows a denied diagnosis ("Inte hjärtsvikt utan KOL-
        exacerbation", "Ej appendicit utan misstänkt ovarialcysta", "Bedöms inte som angina
        utan trolig muskuloskeletal smärta") — what follows is said, not denied. Not "kan
        inte gå utan rullator" (no diagnosis before it), where "utan" is "without"."""
        doc = self.doc
        for u in range(lo, hi):
            if doc[u].lower_ != "utan" or u - 1 not in self.dx_tokens or u in self.longer_cues:
                continue  # ("Ingen pneumoni utan tecken på sepsis": a cue of its own)
            first = u - 1
            while first > 0 and first - 1 in self.dx_tokens:
                first -= 1
            # (within its sentence: a denial that ends the one before is no "inte X utan Y",
            # and the sentence must read the same alone as in its text)
            since = max(sentence_of(doc, first)[0], first - 4)
            if any(doc[i].lower_ in _DENIED_BEFORE_BUT for i in range(since, first)):
                return True
        return False

    def _after_negated_list(self, lo: int, hi: int) -> bool:
        """Whether the diagnosis at ``hi`` stands, after a comma and with no list word of its
        own, behind a negated list or finding that is over: a list closed by its list word
        before the comma ("Varken hypotyreos eller hypertyreos, struma nodosa", "Ej TIA
        eller stroke, perifer facialispares hö"), or one finding and, after the comma, a
        diagnosis given its side ("Ingen mastit, mjölkstas bilat", "Inga tecken på sepsis,
        pyelonefrit hö"), or one finding that is no diagnosis and, after the one comma, the
        diagnosis it gives ("ingen hjärtaktivitet, missed abortion"). Not a list the
        negation goes on over: "Ingen feber, hosta eller dyspné", "Inga tecken på DVT eller
        LE, ej heller pneumoni"."""
        doc = self.doc
        last = self._last_comma(lo, hi)
        if last is None or any(doc[i].lower_ in _LIST_JOINS for i in range(last + 1, hi)):
            return False
        end = hi  # the diagnosis's own tokens, then its clause up to the next comma
        while end < len(doc) and end in self.dx_tokens:
            end += 1
        k = end
        while k < len(doc) and doc[k].text not in (",", ";", ".", "!", "?", ":", "(") \
                and not doc[k].is_sent_start:
            if doc[k].lower_ in _LIST_JOINS:
                return False  # ("Ingen feber, hosta eller dyspné")
            k += 1
        if any(doc[i].lower_ in _LIST_JOINS for i in range(lo, last)):
            return True
        if (hi in self.dx_tokens and last > lo
                and not any(i in self.dx_tokens or doc[i].text == "," for i in range(lo, last))):
            return True  # a finding of a few words that is no diagnosis, then the diagnosis
            # it gives: "ingen hjärtaktivitet, missed abortion", "Inget flöde i
            # transplantatet, trombos i transplantatvenen"
        return end < len(doc) and doc[end].lower_ in _SIDES

    def _patient_clause_before(self, lo: int, hi: int) -> bool:
        """Whether, after the last comma between a relative (ending at ``lo``) and the
        diagnosis at ``hi``, the patient is named: the clause is the patient's own ("Far hade
        hjärtinfarkt vid 52 års ålder, pat har hyperlipidemi"; not "Far dog 62 år, hade
        trol. ALS", which goes on of the father)."""
        doc = self.doc
        last = self._last_comma(lo, hi)
        return last is not None and any(doc[i].lower_ in _PATIENT_WORDS for i in range(last + 1, hi))

    def _diagnosis_of_its_own(self, end: int, cue: int) -> bool:
        """Whether, after the last comma between a diagnosis (ending at ``end``) and a
        negation or hedge read backward (starting at ``cue``), another diagnosis stands
        that no list word joins to it: the cue is of that one ("Psoriasis, psoriasisartrit
        kan ej uteslutas"), not of a list ("Pneumoni, lungemboli och hjärtinfarkt kan ej
        uteslutas")."""
        doc = self.doc
        last = self._last_comma(end, cue)
        if last is None:  # (or a clause of its reason: "psoriasisartrit då hudpsoriasis saknas")
            last = next((i for i in range(cue - 1, end - 1, -1)
                         if doc[i].lower_ in _REASON_OPENERS), None)
        if last is None or not any(i in self.dx_tokens for i in range(last + 1, cue)):
            return False
        return not any(doc[i].lower_ in _LIST_JOINS for i in range(end, cue))

    def _placed_before(self, lo: int, hi: int) -> bool:
        """Whether a negated diagnosis in tokens [lo, hi) is closed by where or by what it
        was looked for, and a comma, before the diagnosis at ``hi``: "Ingen amotio på
        ultraljud, glaskroppsavlossning hö", "Inget diskbråck på MR, spinal stenos" — a
        finding written after what was not found. Not a list the negation goes on over
        ("Inga tecken på DVT i vänster ben, lungemboli eller pneumoni": "eller" joins it)."""
        doc = self.doc
        last = next((i for i in range(hi - 1, lo - 1, -1) if i in self.dx_tokens), None)
        if last is None:
            return False
        first = last  # (the diagnosis may hold its place: "Inga polyper i kolon, divertiklar")
        while first > lo and first - 1 in self.dx_tokens:
            first -= 1
        placed = any(doc[i].lower_ in _PLACE_WORDS for i in range(first + 1, last + 1))
        k = last + 1
        while k < hi and doc[k].lower_ in _SIDES:
            k += 1
        if k < hi and doc[k].lower_ in _PLACE_WORDS:
            placed, k = True, k + 1
        if not placed:
            return False
        comma = next((i for i in range(k, hi) if doc[i].text == ","), None)
        if comma is None or any(i in self.dx_tokens for i in range(k, comma)):
            return False
        _, s_end = sentence_of(doc, hi)
        return not any(doc[i].lower_ in _NEGATED_LIST_GLUE for i in range(comma + 1, s_end))

    def _colon_after_words(self, lo: int, hi: int) -> bool:
        """Whether a colon stands in tokens (lo, hi) after a word: "utan monoklonal
        komponent: amyloidos" — the colon opens what was found, not what was denied ("Inga
        tecken på: DVT" keeps the colon right after the cue)."""
        doc = self.doc
        return any(doc[i].text == ":" for i in range(lo + 1, min(hi, lo + MAX_SCOPE + 1)))

    def _lone_comma(self, end: int, at: int) -> bool:
        """Whether one comma stands between token ``end`` and ``at``, after the sides of
        the body a diagnosis is written with at most ("Peritonsillit hö, trolig")."""
        if at == end + 1:
            return self.doc[end].text == ","
        if at - end > 4 or self.doc[at - 1].text != ",":
            return False
        return all(self.doc[i].lower_ in _SIDES for i in range(end, at - 1))

    def _closes_sentence(self, at: int) -> bool:
        """Whether only punctuation follows token ``at`` to its sentence's end."""
        _, s_end = sentence_of(self.doc, max(at - 1, 0))
        return all(t.is_punct or t.is_space for t in self.doc[at:s_end])

    def _closed_later(self, end: int) -> bool:
        """Whether the rest of the sentence after token ``end`` closes a suspicion: a word
        that rules it out, or a negation ("kvarstår inte", "kunde ej bekräftas") — within
        :data:`LATER_WINDOW` tokens (a text without stops is one endless sentence)."""
        _, s_end = sentence_of(self.doc, end)
        s_end = min(s_end, end + LATER_WINDOW)
        words = [t.lower_ for t in self.doc[end:s_end]]
        for k, t in enumerate(self.doc[end:s_end]):
            if (t.lower_ in _CLOSING_WORDS or (t.lower_.startswith(_CLOSING_STEMS)
                                               or t.norm_.startswith(_CLOSING_STEMS))
                    and not t.lower_.endswith("a")):  # (not "visar": a finding follows; not
                # "utesluta", what is to be done: "Frågeställning lungemboli, utesluta dissektion")
                # ... unless denied: "kan inte uteslutas", "ej avskriven"
                return _NOT_WORDS.isdisjoint(words[max(0, k - 2):k])
            if t.lower_ in _NOT_WORDS and any(
                    w.startswith(_HOLDING_STEMS) for w in words[max(0, k - 2):k + 3]):
                return True  # "kvarstår inte", "kunde ej bekräftas" (not "har inte framförts")
        return False

    def _after_another(self, lo: int, start: int) -> bool:
        """Whether the diagnosis at ``start`` follows "efter" right after another diagnosis
        in [lo, start): "Misstänkt depression efter stroke" hedges the depression, the stroke
        it follows is the event before it."""
        return (start >= 2 and self.doc[start - 1].lower_ == "efter"
                and any(i in self.dx_tokens for i in range(lo, start - 1)))

    def _named_suspicion_closed(self, end: int) -> bool:
        """Whether the sentence goes on to close the suspicion by name: "misstanken
        avskrevs", "misstanken kunde inte bekräftas" after the hedged diagnosis."""
        _, s_end = sentence_of(self.doc, end)
        doc = self.doc
        return any(doc[k].lower_ in _SUSPICION_NOUNS and self._closed_later(k + 1)
                   for k in range(end, min(s_end, end + LATER_WINDOW)))

    def _answered_no(self, end: int) -> bool:
        """Whether the line goes on after the diagnosis (ending at token ``end``) with a
        form's "no": within a few words and no full stop, a colon, then "Nej" or a ticked
        "[x] Nej" (an unticked "[ ] Ja" before it or not)."""
        doc = self.doc
        if end >= len(doc):
            return False
        if self._text is None:  # (Doc.text joins every token anew: once a Doc, not a mention)
            self._text = doc.user_data.get("nl_text") or doc.text
        at = doc[end - 1].idx + len(doc[end - 1].text)
        return _FORM_NO.match(self._text, at) is not None

    def _in_condition(self, start: int, cue: int) -> bool:
        """Whether tokens ``start`` to ``cue`` stand in the condition a sentence opens with
        ("Om pneumoni misstänks …", "Ifall DVT misstänks, …": "om"/"ifall" first, no
        punctuation before the cue), or in the main clause of an instruction after one ("Vid
        … ska X misstänkas")."""
        doc = self.doc
        s_start, _ = sentence_of(doc, start)
        # (or the clause after a heading's colon: "Krisplan: om misstanke om nytt skov ska …")
        s_start = next((i + 1 for i in range(start - 1, s_start, -1) if doc[i].text == ":"), s_start)
        opener = doc[s_start].lower_
        if opener not in ("om", "ifall", "vid") or s_start >= start:
            return False
        if opener != "vid":  # (the condition itself, or the instruction after it: "Om
            return True       # ataxi eller ögonmuskelpares tillkommer ska Wernicke misstänkas")
        # "Vid fosfat under 0,6 ska refeedingsyndrom misstänkas": an instruction (not "Vid
        # DT ses en förändring, pneumoni misstänks")
        return any(doc[i].lower_ in _MODALS_AFTER_IF for i in range(s_start + 1, cue))

    def _in_vid_condition(self, at: int, end: int) -> bool:
        """Whether token ``at`` stands in the condition of a sentence that opens with "Vid"
        and goes on, after a comma, with an instruction ("Vid … som talar för stroke, …, ska
        pat ringa 112"; "Vid misstänkt sepsis ska …": the hedge right after "Vid"; not "Vid
        DT ses en förändring som talar för pneumoni")."""
        doc = self.doc
        s_start, s_end = sentence_of(doc, at)
        if doc[s_start].lower_ != "vid" or at <= s_start or (
                s_start + 1 < len(doc) and doc[s_start + 1].lower_ in _VID_WHEN):
            return False  # ("Vid ankomst misstänkt sepsis, ska …": when, not if)
        comma = at == s_start + 1  # ("Vid misstänkt sepsis ska blododlingar tas")
        for i in range(end, min(s_end, end + 25)):
            word = doc[i].lower_
            if word in (",", "–", "-"):
                comma = True
            elif comma and (word in _INSTRUCTION_MODALS or word in _IMPERATIVE_CONTACT):
                return True
        # … or after the instruction to call, its reason: "Vid huvudvärk …, ska du ringa
        # förlossningen direkt, eftersom det kan vara tecken på havandeskapsförgiftning"
        return any(doc[i].lower_ in _INSTRUCTION_MODALS and any(
            doc[j].lower_ in _CONTACT_VERBS for j in range(i + 1, min(at, i + 4)))
            for i in range(s_start + 1, at))

    def _reason_of_an_instruction(self, at: int) -> bool:
        """Whether token ``at`` stands in an "eftersom det kan …" clause given as the reason
        for an instruction to seek care on a condition before it in its sentence ("söka akut
        om …, eftersom det kan tyda på …")."""
        doc = self.doc
        s_start, _ = sentence_of(doc, at)
        if (at - 1 > s_start and doc[at - 1].lower_ == "som"
                and doc[at].lower_ in ("kan", "skulle", "kunde")):
            # (or what the symptoms named in the condition may mean: "söka akut om hon får
            # feber, samt vid svullnad och smärta i vaden som kan tala för blodpropp")
            before = [t.lower_ for t in doc[s_start:at - 1]]
            return ("om" in before or "vid" in before) and not _CONTACT_VERBS.isdisjoint(before)
        for i in range(at - 1, max(s_start, at - 8) - 1, -1):
            if doc[i].lower_ != "eftersom":
                continue
            if not (i + 2 < at and doc[i + 1].lower_ in ("det", "detta", "dessa", "de")
                    and doc[i + 2].lower_ in ("kan", "skulle", "kunde", "kunna")):
                return False
            before = [t.lower_ for t in doc[s_start:i]]
            return ("om" in before or "vid" in before) and not _CONTACT_VERBS.isdisjoint(before)
        return False

    def _in_consequence(self, at: int) -> bool:
        """Whether token ``at`` stands after "då" opening the main clause of a sentence (or
        of what follows a colon in it) that opens with a condition ("Vid feber …, då …",
        "Om smärtan tilltar – då …", "Information: om temp över 38 …, då kan …")."""
        doc = self.doc
        s_start, _ = sentence_of(doc, at)
        for i in range(at - 1, s_start, -1):  # an instruction after a colon opens its own
            if doc[i].text == ":":              # clause ("information: om temp över 38, …")
                s_start = i + 1
                break
            if (i >= 2 and doc[i].lower_ in ("om", "ifall") and doc[i - 1].lower_ == "att"
                    and doc[i - 2].lower_ == "om"):
                s_start = i  # so does a condition told ("Informerad om att om smärtan
                break        # vandrar … måste appendicit övervägas")
        if at - s_start < 4 or doc[s_start].lower_ not in _CONDITION_OPENERS:
            return False
        opener = doc[s_start].lower_
        if opener in ("om", "ifall") and any(
                doc[i].lower_ in _MODALS_AFTER_IF for i in range(s_start + 3, at + 1)):
            return True  # "Om pat får feber bör pneumoni misstänkas": the main clause's modal
        if (opener == "vid" and doc[s_start + 1].lower_ not in _VID_WHEN and any(
                doc[i].lower_ in _INSTRUCTION_MODALS for i in range(s_start + 3, at + 1))):
            return True  # "Vid nya skrikattacker … behöver invagination övervägas" (not "Vid DT
            # ses en förändring som kan vara …")
        for i in range(at - 1, s_start + 1, -1):  # "då" opens the clause the token is in
            if doc[i].lower_ == "då":
                return doc[i - 1].is_punct
            if doc[i].is_punct:
                return False
        return False

    def _comma_after(self, end: int, at: int) -> bool:
        """Whether only a comma stands between tokens ``end`` and ``at``, a code or a few
        words in brackets before it or not: "Synkope, trolig …", "Akut pankreatit (K85.9),
        sannolikt alkoholutlöst"."""
        doc = self.doc
        if at < 1 or doc[at - 1].text != ",":
            return False
        if at == end + 1:
            return True
        if at - end <= 4 and all(doc[i].lower_ in _SIDES for i in range(end, at - 1)):
            return True  # (the sides it is written with: "Abducenspares hö, sannolikt
            # mikrovaskulär genes")
        return (doc[end].text == "(" and doc[at - 2].text == ")" and at - end <= 7
                and not any(doc[i].text in "()" for i in range(end + 1, at - 2)))

    def _confirmed_after(self, end: int, words: Collection[str] = frozenset()) -> bool:
        """A word that confirms what was suspected (or one of ``words``) follows in the
        clause, not negated: "Initial misstanke om LE bekräftad med DT-angio" (not "… ej
        bekräftad")."""
        _, s_end = sentence_of(self.doc, end)
        words = words or _CONFIRMED
        for i in range(end, min(s_end, end + 4)):
            t = self.doc[i]
            if t.is_punct:
                # "Misstänkt höftfraktur vid ankomst, bekräftad på DT": the word right after
                # a comma goes on of the same
                nxt = self.doc[i + 1] if i + 1 < s_end else None
                return (t.text == "," and nxt is not None and nxt.lower_ in words
                        and words is _CONFIRMED)
            if t.lower_ in words:
                # (not "… ej bekräftad", "inte helt uteslutet")
                return not any(self.doc[j].lower_ in ("ej", "inte", "icke", "ännu")
                               for j in range(max(end, i - 2), i))
        return False

    def _past_workup_before(self, at: int) -> tuple[int, int, str, str, int, int] | None:
        """A past-tense verb of a work-up ("utreddes", "remitterades") before token ``at`` in
        its clause (no punctuation between, at most ``MAX_SCOPE`` tokens), as a historical cue."""
        s_start, _ = sentence_of(self.doc, at)
        for i in range(at - 1, max(s_start, at - MAX_SCOPE) - 1, -1):
            t = self.doc[i]
            if t.is_punct and t.text != ".":  # (a "." inside the sentence ends a short form)
                return None
            if t.lower_ in _PAST_WORKUP:
                # dated: "Utreddes 2017 …", "Utreddes tidigare …", "År 2018 vårdades han …"
                # (not "Utreddes igår pga …")
                if any(_YEAR.fullmatch(w.text) or w.lower_ in _PAST_WORDS
                       for w in (*self.doc[max(s_start, i - 3):i], *self.doc[i + 1:at])):
                    return (at - i - 1, PRIORITY.get("historical", 9), "historical", t.text,
                            i, i + 1)
                return None
        return None

    def _joined(self, a: tuple[int, int, str, str, int, int],
                b: tuple[int, int, str, str, int, int]) -> bool:
        """Whether two cues stand in one phrase: at most two words between them, none of
        them punctuation."""
        lo, hi = (a[5], b[4]) if a[4] <= b[4] else (b[5], a[4])
        return hi - lo <= 2 and not any(t.is_punct for t in self.doc[lo:max(lo, hi)])

    def negated(self, start: int, end: int) -> bool:
        """Whether tokens [start, end) are negated: a negation cue in scope, or a word that
        denies it later in the same sentence ("frågat om våld i nära relation, förnekar")."""
        if self.assertion(start, end, only={"negated"}) is not None:
            return True
        _, s_end = sentence_of(self.doc, start)
        k = bisect.bisect_left(self.negation_after, end)
        if k >= len(self.negation_after) or self.negation_after[k] >= s_end:
            return False
        o = bisect.bisect_left(self.openers, end)
        if o < len(self.openers) and self.openers[o] < self.negation_after[k]:
            return False
        # a denying word with an object of its own denies that: "fått besked om diagnosen men
        # avböjt skriftlig information" (not "…, förnekar detta", "…, förnekar.")
        at = self.negation_after[k] + 1
        nxt = self.doc[at] if at < s_end else None
        return not (nxt is not None and nxt.is_alpha and nxt.lower_ not in _DENIED_BEFORE)


def _parentheses(doc: Doc, cue_ends: "set[int] | frozenset[int]" = frozenset()
                 ) -> dict[int, tuple[int, int]]:
    """Token index → (opening, closing) of the innermost brackets it stands in, for
    brackets that hold a diagnosis mention or a cue with a word of its own after it
    ("Erysipelas (trol. streptokocker)": the hedge is of the germ, not of the diagnosis
    before the brackets; not "Pneumoni (trolig)"), within a sentence (an unclosed bracket
    holds nothing)."""
    text = doc.user_data.get("nl_text")
    if "(" not in (text if text is not None else doc.text):
        return {}
    mentions = {s.start for s in doc.spans.get("dx", [])}
    if not mentions:
        return {}
    opening, closing = _OPENING, _CLOSING
    orth = doc.to_array(ORTH)
    marks = numpy.flatnonzero((orth == opening) | (orth == closing)).tolist()
    sents = doc.user_data.get("nl_sents") or []
    out: dict[int, tuple[int, int]] = {}
    opened: list[int] = []
    for i in marks:
        if orth[i] == opening:
            opened.append(i)
        elif opened:
            start = opened.pop()
            k = bisect.bisect_right(sents, start)  # (no sentence starts inside them)
            if (k >= len(sents) or sents[k] > i) and (
                    any(start < m < i for m in mentions)
                    or any(start < j < i and doc[j].is_alpha for j in cue_ends)):
                for j in range(start + 1, i):
                    out.setdefault(j, (start, i))
    return out


def cue_index(doc: Doc) -> CueIndex:
    """The Doc's cue index (built by the ``nl_context`` component)."""
    index = doc.user_data.get("nl_cue_index")
    if index is None:
        index = CueIndex(doc, doc.user_data.get("nl_cues", []))
    return index


def find_assertion(doc: Doc, start: int, end: int,
                   only: set[str] | None = None) -> tuple[str, str] | None:
    """(category, cue text) of the nearest cue whose scope covers tokens [start, end)."""
    return cue_index(doc).assertion(start, end, only)


def sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence holding token ``i``."""
    starts = doc.user_data.get("nl_sents")
    if not starts:
        sent = doc[i].sent
        return sent.start, sent.end
    k = bisect.bisect_right(starts, i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return starts[max(k, 0)], end

"""CDS Hooks services of ``notelint serve``: discovery, the note-signing hook, patient-view.

``notelint-note-sign`` (hook :data:`NOTE_SIGN_HOOK`, invoked when the clinician signs a
note) gets the draft note(s) in ``context.draftNotes`` — a FHIR ``Bundle`` of
``DocumentReference`` and/or ``Composition`` resources (like ``order-sign``'s
``draftOrders``), or one such resource — with ``context.patientId`` and, optionally,
``context.encounterId`` and ``context.userId``. Prefetch ``patient``, ``consents`` and
``notes`` (see :data:`PREFETCH`) give the record rules the patient (age, protected
identity), seals and guardian blocks, and the recent notes. The answer has a card for each
finding group (one rule, one draft note).

``notelint-patient-view`` (standard hook ``patient-view``) checks the record built from
the same prefetch and answers the open regulated-access (NL3) and *Tidiga hypoteser*
(NL104, NL105) findings.

Without a patient (no prefetch, no FHIR server) the note-signing service runs the note
rules only and says so in the response's ``extension``; patient-view answers 412.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import hashlib
import html
import json
import re
import uuid
from typing import Any

from pydantic import ValidationError

from notelint.cdshooks.models import (
    Action, Card, CDSRequest, CDSResponse, Coding, Discovery, Service, Source, Suggestion,
)
from notelint.model import Finding, Record
from notelint.rulesets import Ruleset

__all__ = [
    "NOTE_SIGN_HOOK", "NOTE_SIGN_ID", "PATIENT_VIEW_ID", "PREFETCH", "discovery", "CDSError",
    "check", "card_summary", "EXTENSION_KEY",
]

NOTE_SIGN_HOOK = "urn:notelint:cds-hooks:note-sign"
NOTE_SIGN_ID = "notelint-note-sign"
PATIENT_VIEW_ID = "notelint-patient-view"
EXTENSION_KEY = "se.notelint"
RULE_SYSTEM = "urn:notelint:rule"
OVERRIDE_SYSTEM = "urn:notelint:override-reason"
PLACEHOLDER_PIN = "19121212-1212"
PIN_OID = "urn:oid:1.2.752.129.2.1.3.1"

PREFETCH: dict[str, str] = {
    "patient": "Patient/{{context.patientId}}",
    "consents": "Consent?patient={{context.patientId}}",
    "notes": "DocumentReference?patient={{context.patientId}}&_sort=-date&_count=50",
}

PATIENT_VIEW_CODES = ("NL3", "NL104", "NL105")

# which protection (ruleset ``purpose``) a finding's sentence belongs in
_MOVE_TO: dict[str, str] = {
    "NL101": "hypothesis", "NL102": "hypothesis", "NL201": "violence", "NL202": "child_concern",
    "NL203": "hubs", "NL204": "third_party", "NL205": "single_blind",
}

_REASONS: dict[str, list[tuple[str, str]]] = {
    "NL1": [("diagnosis-communicated", "Diagnosen är kommunicerad med patienten"),
            ("not-a-diagnosis", "Inte en diagnos"),
            ("wrong-template-in-system", "Fel mall i systemet")],
    "NL2": [("not-sensitive", "Uppgiften behöver inte döljas"),
            ("misread", "Texten säger inte det regeln läste"),
            ("wrong-template-in-system", "Fel mall i systemet")],
    "NL3": [("documented-elsewhere", "Dokumenterat på annan plats"),
            ("other-unit-decided", "Beslutet fattades av en annan enhet"),
            ("wrong-template-in-system", "Fel mall i systemet")],
}
_DEFAULT_REASONS = [("false-positive", "Felaktig träff"),
                    ("wrong-template-in-system", "Fel mall i systemet")]
_OTHER = ("other", "Annat skäl")


class CDSError(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


# --------------------------------------------------------------------------- discovery


def discovery(ruleset: Ruleset) -> Discovery:
    region = ruleset.region or "nationella rutiner"
    return Discovery(services=[
        Service(
            hook=NOTE_SIGN_HOOK, id=NOTE_SIGN_ID,
            title="notelint: kontroll före signering",
            description=(
                f"Kontrollerar en journalanteckning före signering mot {region}s rutiner för "
                "1177 Journalen (dolda mallar och sökord, Tidiga hypoteser, reglerad åtkomst). "
                "Context: draftNotes (FHIR Bundle av DocumentReference/Composition med "
                "docStatus/status preliminary), patientId, encounterId och userId."),
            prefetch=dict(PREFETCH),
            usageRequirements="Anropas när klinikern signerar en anteckning. Patienten "
                              "(personnummer), Consent och DocumentReference via prefetch "
                              "eller fhirServer; annars körs bara anteckningsreglerna.",
        ),
        Service(
            hook="patient-view", id=PATIENT_VIEW_ID,
            title="notelint: öppna fynd om reglerad åtkomst och Tidiga hypoteser",
            description=(f"Visar journalens öppna fynd om reglerad åtkomst (försegling, "
                         f"låsning, blockering) och Tidiga hypoteser enligt {region}s rutiner."),
            prefetch=dict(PREFETCH),
        ),
    ])


# --------------------------------------------------------------------------- request → record


def _resources(value: Any) -> list[dict[str, Any]]:
    """Resources of a prefetch value or context field: a Bundle, one resource, or a list."""
    if value is None:
        return []
    if isinstance(value, list):
        return [r for v in value for r in _resources(v)]
    if not isinstance(value, dict):
        raise CDSError(400, "a FHIR value must be a resource or a Bundle")
    if value.get("resourceType") == "Bundle":
        return [e["resource"] for e in value.get("entry") or []
                if isinstance(e, dict) and isinstance(e.get("resource"), dict)]
    if "resourceType" not in value:
        raise CDSError(400, "a FHIR value has no resourceType")
    return [value]


def _has_pin(patient: dict[str, Any]) -> bool:
    from notelint.readers.fhir import PIN_SYSTEMS, _ident

    return _ident(patient, PIN_SYSTEMS) is not None


class Built:
    """The record of a request and what is known about it."""

    def __init__(self, record: Record, patient_known: bool, drafts: dict[str, dict[str, Any]],
                 resources: dict[str, dict[str, Any]], unread: dict[str, str] | None = None) -> None:
        self.record = record
        self.patient_known = patient_known
        self.drafts = drafts          # note id → the draft resource as sent
        self.resources = resources    # "Type/id" → resource (for units)
        self.unread = unread or {}    # note id → why no text of that draft could be read


def build(req: CDSRequest, service_id: str, prefetch: dict[str, Any]) -> Built:
    """The interchange-format record described by the context and prefetch."""
    from notelint.readers import Broken
    from notelint.readers.fhir import parse_fhir

    drafts: dict[str, dict[str, Any]] = {}
    if service_id == NOTE_SIGN_ID:
        raw = req.context.get("draftNotes", req.context.get("draftNote"))
        if raw is None:
            raise CDSError(400, "context.draftNotes is missing; send the draft note as a "
                                "DocumentReference or Composition (or a Bundle of them)")
        for i, res in enumerate(_resources(raw)):
            if res.get("resourceType") not in ("DocumentReference", "Composition"):
                raise CDSError(400, f"context.draftNotes[{i}]: {res.get('resourceType')!r} is not "
                                    "a DocumentReference or Composition")
            nid = res.get("id") or f"draft-{i + 1}"
            if not isinstance(nid, str):
                raise TypeError("id")
            if nid in drafts:
                named = "" if res.get("id") and drafts[nid].get("id") else (
                    f" ({nid!r} is what draft {i + 1}, sent without an id, is called)"
                    if not res.get("id") else f" (what a draft sent without an id is called)")
                raise CDSError(400, f"context.draftNotes: two drafts have the id {nid!r}{named}; "
                                    "give each draft its own id")
            drafts[nid] = copy.deepcopy(res)  # as sent: suggestions are made from it
        if not drafts:
            raise CDSError(400, "context.draftNotes holds no DocumentReference or Composition")
    patients = [r for r in _resources(prefetch.get("patient")) if r.get("resourceType") == "Patient"]
    patient = patients[0] if patients else None
    known = patient is not None and _has_pin(patient)
    if not known:
        if service_id == PATIENT_VIEW_ID:
            if req.fhirServer and prefetch.get("patient") is None:
                raise CDSError(412, "the patient (with personnummer or samordningsnummer) is "
                                    "needed and fhirServer did not give it (unreachable, "
                                    "refused or no such Patient): send prefetch.patient")
            raise CDSError(412, "the patient (with personnummer or samordningsnummer) is "
                                "needed: send prefetch.patient or fhirServer")
        patient = {"resourceType": "Patient", "id": "unknown",
                   "identifier": [{"system": PIN_OID, "value": PLACEHOLDER_PIN}]}
    entries: dict[str, dict[str, Any]] = {}
    if known:
        for key in ("consents", "notes"):
            for res in _resources(prefetch.get(key)):
                if res.get("resourceType") in ("Consent", "DocumentReference", "Composition"):
                    entries[f"{res['resourceType']}/{res.get('id', len(entries))}"] = res
    for nid, sent in drafts.items():
        res = copy.deepcopy(sent)  # (the copy read: an id, a status, the unit's reference)
        res["id"] = nid
        if res["resourceType"] == "DocumentReference":
            res.setdefault("docStatus", "preliminary")
        entries.pop(f"DocumentReference/{nid}", None)
        entries.pop(f"Composition/{nid}", None)
        entries[f"{res['resourceType']}/{nid}"] = res
    for nid, sent in drafts.items():  # the unit: a custodian given by display / HSA-id only
        res = entries[f"{sent['resourceType']}/{nid}"]
        cust = res.get("custodian")
        if isinstance(cust, dict) and cust.get("reference") not in entries \
                and (cust.get("display") or cust.get("identifier")):
            org: dict[str, Any] = {"resourceType": "Organization", "id": f"custodian-{nid}"}
            if cust.get("display"):
                org["name"] = cust["display"]
            if isinstance(cust.get("identifier"), dict):
                org["identifier"] = [cust["identifier"]]
            entries[f"Organization/custodian-{nid}"] = org
            res["custodian"] = {"reference": f"Organization/custodian-{nid}"}
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": patient}] + [{"resource": r} for r in entries.values()]}
    items = list(parse_fhir(json.dumps(bundle), "request"))
    item = items[0] if items else None
    if item is None or isinstance(item, Broken):
        from notelint import pii

        raise CDSError(422, pii.mask_text(item.message if item else "no record in the request"))
    record = item.record
    # a draft with no text read (a PDF, a url only, nothing): said on a card of its own, so
    # that "nothing could be checked" never looks like "nothing found"
    said = [b.message for b in items[1:] if isinstance(b, Broken)]
    texts = {n.id: any((s.text or "").strip() for s in n.sections) for n in record.notes}
    unread = {nid: next((m for m in said if m.startswith((f"DocumentReference/{nid}:",
                                                           f"Composition/{nid}:"))),
                        "utkastet innehåller ingen text")
              for nid in drafts if not texts.get(nid)}
    if record.as_of is None:  # a hook is called now: deadlines run to this moment
        from zoneinfo import ZoneInfo

        record.as_of = dt.datetime.now(ZoneInfo("Europe/Stockholm")).replace(tzinfo=None, microsecond=0)
    return Built(record, known, drafts, entries, unread)


# --------------------------------------------------------------------------- cards


def card_summary(text: str, suffix: str = "") -> str:
    """A card summary under 140 characters as a browser counts them (UTF-16 units: an emoji
    is two): the first sentence — a full stop inside quotes ("sökordet "Bed. o åtg."") ends
    none —, cut at a word if needed."""
    from notelint import pii

    text = pii.mask_text(text.strip())  # (masked first: "191212121212" grows by a character)
    first = text
    for m in _SENTENCE_END.finditer(text):
        if text.count('"', 0, m.start()) % 2 == 0 and text.count("”", 0, m.start()) % 2 == 0:
            first = text[:m.start() + 1]
            break
    room = 139 - _units(suffix)
    if _units(first) > room:
        cut = first
        while cut and _units(cut) > room - 1:
            cut = cut[:-1]
        first = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;:") + "…"
    return first + suffix


_SENTENCE_END = re.compile(r"[.!?]\s")


def _units(text: str) -> int:
    """Length in UTF-16 code units (JavaScript's ``length``)."""
    return len(text.encode("utf-16-le")) // 2


def _indicator(rule_severity: str, code: str) -> str:
    if rule_severity == "error" and code[:3] in ("NL1", "NL2"):
        return "critical"  # protected content would reach the patient at signing
    return {"error": "warning", "warning": "warning"}.get(rule_severity, "info")


def _routine(ruleset: Ruleset, code: str) -> str:
    from notelint.rules import SEEDS, get_rule

    rule = get_rule(code)
    seed = ruleset.source or (rule.sources[0].seed if rule and rule.sources else "")
    title = SEEDS.get(seed, "").split(" — ", 1)[-1] if seed else ""
    region = ruleset.region or "Nationell rutin"
    if title and not title.startswith(region):
        title = f"{region}: {title}"
    return title or region


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the last sentence end before it to the
    first after it — a line break, or . ! ? before whitespace that ends no abbreviation
    ("t.ex.", "ca.", "kl.": the tokenizer's exceptions; "14.30" has no space after its
    point)."""
    ends = [m.end() for m in _SENTENCE_STOP.finditer(text) if _ends_sentence(text, m)]
    lo = max((e for e in ends if e <= start), default=0)
    hi = min((e for e in ends if e >= end), default=len(text))
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


_SENTENCE_STOP = re.compile(r"\n|[.!?](?=\s|$)")


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    if m.group() != ".":
        return True
    word = text[:m.end()].rsplit(None, 1)[-1].lower()
    return word not in _abbreviations()


_abbrevs: frozenset[str] | None = None


def _abbreviations() -> frozenset[str]:
    global _abbrevs
    if _abbrevs is None:
        from notelint.nlp.resources import load_resources

        _abbrevs = frozenset(w.lower() for w in load_resources().tokenizer_exceptions)
    return _abbrevs


def _div(text: str) -> str:
    return ('<div xmlns="http://www.w3.org/1999/xhtml">'
            + "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
            + "</div>")


# XHTML a sentence's move would flatten: anything but paragraphs, breaks, divs and spans
_RICH_MARKUP = re.compile(r"<(?!/?(?:p|br|div|span)\b)[a-zA-Z/]")


def _plain_utf8(content_type: str) -> bool:
    from notelint.readers.fhir import _charset

    media = content_type.split(";", 1)[0].strip().lower()
    return media in ("", "text/plain") and _charset(content_type) == "utf-8"


def _move_actions(res: dict[str, Any], section: str, spans: list[tuple[int, int]],
                  target: str, kind: str) -> tuple[list[Action], str] | None:
    """Actions that move the sentences at ``spans`` of ``section`` into ``target``."""
    from notelint.readers.fhir import _xhtml_text, decode_base64

    # Only where the place of the sentence is beyond doubt; else the card stands alone:
    if not res.get("id"):  # an update names the resource it replaces: the EHR's own id
        return None
    rtype = res["resourceType"]
    if rtype == "Composition":
        sections = res.get("section") or []
        found = [i for i, s in enumerate(sections) if isinstance(s, dict)
                 and (s.get("title") or "Anteckning") == section]
        if len(found) != 1:  # (one section of that title: the one the offsets are into)
            return None
        idx = found[0]
        div = (sections[idx].get("text") or {}).get("div", "")
        # no nested sections (their text is another), and markup that is only paragraphs
        # and breaks (a table, a list or bold text would not survive the sentence's move)
        if not div or sections[idx].get("section") or _RICH_MARKUP.search(div):
            return None
        text = _xhtml_text(div)
    else:
        if kind == "keyword":  # a sökord is a heading inside a note, not a note's type
            return None
        texts = [c.get("attachment") or {} for c in res.get("content") or []
                 if isinstance(c, dict) and (c.get("attachment") or {}).get("data")]
        # one attachment with text (a second one, an HTML copy, would keep the sentence);
        # offsets are into the text as read: HTML's markup or another charset would move
        # them, and the text written back must be in the charset the draft says
        if len(texts) != 1 or not _plain_utf8(str(texts[0].get("contentType") or "")):
            return None
        att = texts[0]
        try:
            text = decode_base64(att["data"]).decode("utf-8")
        except ValueError:  # (UnicodeDecodeError is one)
            return None
    bounds = sorted({_sentence_bounds(text, s, e) for s, e in spans if 0 <= s <= e <= len(text)})
    if not bounds:
        return None
    moved = " ".join(text[a:b].strip() for a, b in bounds)
    kept = text
    for a, b in reversed(bounds):  # (the text around each cut as written: only the spaces
        # at the cut are joined, "Alvedon   500 mg" elsewhere stays)
        left, right = kept[:a].rstrip(" \t"), kept[b:].lstrip(" \t")
        joint = " " if left and right and left[-1] != "\n" and right[0] != "\n" else ""
        kept = left + joint + right
    kept = kept.strip()
    updated = copy.deepcopy(res)
    actions: list[Action] = []
    if rtype == "Composition":
        if kept:
            updated["section"][idx]["text"] = {"status": "generated", "div": _div(kept)}
        else:  # every sentence moved: the section goes (an empty div is no valid FHIR)
            del updated["section"][idx]
        if kind == "keyword":  # a sökord is a section of the same note
            if any(isinstance(x, dict) and x.get("title") == target for x in sections):
                return None  # (its section is there already: the clinician moves it there)
            updated["section"].append({"title": target, "text": {"status": "generated", "div": _div(moved)}})
            return [Action(type="update", description=f"Flytta meningen till sökordet {target}",
                           resource=updated)], moved
        new = {k: v for k, v in res.items() if k in ("resourceType", "status", "type", "subject",
                                                     "encounter", "date", "author", "custodian")}
        new.update(title=target, section=[{"title": section, "text": {"status": "generated",
                                                                     "div": _div(moved)}}])
        if not updated["section"]:  # every section moved: the draft goes, the new one holds it
            actions.append(Action(type="delete", description="Ta bort det synliga utkastet "
                                  "(all dess text flyttas)", resourceId=[f"Composition/{res['id']}"]))
    else:
        for c in updated.get("content") or []:
            if (c.get("attachment") or {}).get("data"):
                data = kept.encode()
                c["attachment"]["data"] = base64.b64encode(data).decode()
                if "size" in c["attachment"]:  # (the old size and hash would not match)
                    c["attachment"]["size"] = len(data)
                if "hash" in c["attachment"]:
                    c["attachment"]["hash"] = base64.b64encode(hashlib.sha1(data).digest()).decode()
                break
        if not kept:  # every sentence moved: the draft goes, the new note holds them
            actions.append(Action(type="delete", description="Ta bort det synliga utkastet "
                                  "(all dess text flyttas)", resourceId=[f"DocumentReference/{res['id']}"]))
        new = {k: v for k, v in res.items() if k in ("resourceType", "status", "subject", "date",
                                                     "author", "custodian", "context")}
        new.update(docStatus="preliminary", type={"text": target}, description=target,
                   content=[{"attachment": {"contentType": "text/plain; charset=utf-8",
                                            "data": base64.b64encode(moved.encode()).decode()}}])
    if rtype == "Composition" and updated["section"] or rtype != "Composition" and kept:
        actions.append(Action(type="update", description="Ta bort meningen ur den synliga anteckningen",
                              resource=updated))
    actions.append(Action(type="create", description=f"Skapa en anteckning i mallen {target} "
                                                     "med meningen", resource=new))
    return actions, moved


_ELEMENT_SV = {"period": "Period (från–till)", "decider": "Beslutsfattare (verksamhetschef/bakjour)",
               "grounds": "Skäl", "scope": "Omfattning (hela journalen eller enhet)",
               "informed": "Vem som informerat patienten", "guardian": "Vilken vårdnadshavare"}


def _access_doc_action(ruleset: Ruleset, patient_ref: str | None) -> Action:
    acc = ruleset.access
    lines = [f"{acc.doc_keyword}:"] + [f"{_ELEMENT_SV.get(e, e)}: " for e in acc.required_elements]
    text = "\n".join(lines)
    res: dict[str, Any] = {
        "resourceType": "DocumentReference", "status": "current", "docStatus": "preliminary",
        "type": {"text": acc.doc_template or acc.doc_keyword}, "description": acc.doc_keyword,
        "content": [{"attachment": {"contentType": "text/plain; charset=utf-8",
                                    "data": base64.b64encode(text.encode()).decode()}}],
    }
    if patient_ref:
        res["subject"] = {"reference": patient_ref}
    where = (f"mallen {acc.doc_template}, sökord {acc.doc_keyword}" if acc.doc_template
             else f"sökordet {acc.doc_keyword}")
    return Action(type="create", description=f"Skapa ett utkast under {where} med de uppgifter "
                                             "rutinen kräver", resource=res)


def _protection(ruleset: Ruleset, purpose: str, system: str | None):
    from notelint.rulesets import normalise_name

    for p in ruleset.protected:
        if p.purpose != purpose:
            continue
        if p.systems and system and normalise_name(system) not in {normalise_name(s) for s in p.systems}:
            continue
        return p
    return None


# what Markdown reads as markup in text quoted from a note (a section title, a sökord): a
# link or an image ("[x](javascript:…)", "![x](https://…)"), raw HTML, emphasis, code
_MARKDOWN = re.compile(r"([\\`*_\[\]<>])")


def _md(text: str) -> str:
    """``text`` as Markdown shows it: its markup characters escaped, and what GFM would
    make a link of by itself (``https://…``, ``www.…``, an e-mail address) broken."""
    return _AUTOLINK.sub(lambda m: "\\" + m.group(), _MARKDOWN.sub(r"\\\1", text))


_AUTOLINK = re.compile(r"(?<=[A-Za-z]):(?=//)|(?<=\bwww)\.|@(?=\w)", re.IGNORECASE)


def cards_for(findings: list[Finding], built: Built, ruleset: Ruleset, service_id: str,
              patient_ref: str | None) -> tuple[list[Card], list[dict[str, Any]]]:
    """Cards (one per rule and target) and, for the feedback store, what each card is."""
    from notelint.rules import get_rule

    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.code, f.target.id), []).append(f)
    notes = {n.id: n for n in built.record.notes}
    cards: list[Card] = []
    issued: list[dict[str, Any]] = []
    for (code, target_id), group in groups.items():
        rule = get_rule(code)
        severity = rule.severity if rule else group[0].severity
        severity = max((f.severity for f in group), key=["info", "warning", "error"].index, default=severity)
        suffix = f" ({len(group)} ställen)" if len(group) > 1 else ""
        lines = [f"- {_md(f.message)}" + (f" *(avsnitt {_md(f.span.section)})*" if f.span else "")
                 for f in group]
        routine = _routine(ruleset, code)
        detail = "\n".join(lines)
        if rule is not None:
            passage = rule.sources[0].passage if rule.sources else ""
            detail += f"\n\n**Rutin:** {routine}" + (f" — ”{passage}”" if passage else "")
            detail += f"\n\n`notelint explain {code}` ({rule.name})"
        reasons = _REASONS.get(code[:3], _DEFAULT_REASONS) + [_OTHER]
        card = Card(
            uuid=str(uuid.uuid4()), summary=card_summary(group[0].message, suffix), detail=detail,
            indicator=_indicator(severity, code),  # type: ignore[arg-type]
            source=Source(label=f"{routine} (notelint {code})"[:200],
                          topic=Coding(system=RULE_SYSTEM, code=code,
                                       display=rule.name if rule else code)),
            overrideReasons=[Coding(system=OVERRIDE_SYSTEM, code=c, display=d) for c, d in reasons],
        )
        note = notes.get(target_id)
        suggestions: list[Suggestion] = []
        purpose = _MOVE_TO.get(code)
        res = built.drafts.get(target_id)
        if purpose and res is not None and note is not None:
            prot = _protection(ruleset, purpose, note.system)
            by_section: dict[str, list[tuple[int, int]]] = {}
            for f in group:
                if f.span:
                    by_section.setdefault(f.span.section, []).append((f.span.start, f.span.end))
            if prot is not None and len(by_section) == 1:
                (section, spans), = by_section.items()
                moved = _move_actions(res, section, spans, prot.name, prot.kind)
                if moved is not None:
                    how = "mallen" if prot.kind == "template" else "sökordet"
                    suggestions.append(Suggestion(label=f"Flytta meningen till {how} {prot.name}",
                                                  uuid=str(uuid.uuid4()), isRecommended=True,
                                                  actions=moved[0]))
        if code in ("NL301", "NL305") and service_id == PATIENT_VIEW_ID:
            suggestions.append(Suggestion(
                label=f"Dokumentera under {ruleset.access.doc_keyword}", uuid=str(uuid.uuid4()),
                isRecommended=True, actions=[_access_doc_action(ruleset, patient_ref)]))
        if suggestions:
            card.suggestions = suggestions
            card.selectionBehavior = "at-most-one"
        cards.append(card)
        unit = note.unit if note is not None else None
        if unit is None and code.startswith("NL3"):
            ev = next((e for e in built.record.access_events if e.id == target_id), None)
            unit = ev.unit if ev else None
        issued.append({"card": card.uuid, "service": service_id, "rule": code,
                       "indicator": card.indicator, "ruleset": ruleset.name,
                       "unit_hsa": unit.hsa_id if unit else None,
                       "unit_name": unit.name if unit else None,
                       "suggestions": [s.uuid for s in suggestions]})
    order = {"critical": 0, "warning": 1, "info": 2}
    paired = sorted(zip(cards, issued), key=lambda ci: order[ci[0].indicator])
    return [c for c, _ in paired], [i for _, i in paired]


def unread_cards(unread: dict[str, str], ruleset: Ruleset,
                 service_id: str) -> tuple[list[Card], list[dict[str, Any]]]:
    """A card for each draft none of whose text could be read: a check that could not be
    made must not look like one that found nothing."""
    cards: list[Card] = []
    issued: list[dict[str, Any]] = []
    for nid, why in unread.items():
        card = Card(
            uuid=str(uuid.uuid4()),
            summary=card_summary(f"Utkastet {nid} kunde inte granskas: notelint fann ingen text att läsa"),
            detail=f"- {why}\n\nSkicka anteckningens text som text/plain eller text/html i "
                   "`attachment.data` (DocumentReference) eller i `section.text.div` "
                   "(Composition); innan dess är den inte kontrollerad mot rutinerna.",
            indicator="warning",
            source=Source(label="notelint (NL901)",
                          topic=Coding(system=RULE_SYSTEM, code="NL901", display="invalid-input")),
        )
        cards.append(card)
        issued.append({"card": card.uuid, "service": service_id, "rule": "NL901",
                       "indicator": card.indicator, "ruleset": ruleset.name,
                       "unit_hsa": None, "unit_name": None, "suggestions": []})
    return cards, issued


# --------------------------------------------------------------------------- the call


def check(service_id: str, body: bytes, extra_prefetch: dict[str, Any] | None, *,
          ruleset: Ruleset, engine: Any, note_engine: Any,
          journal_system: str | None = None) -> tuple[bytes, list[dict[str, Any]]]:
    """One service call: the response JSON and what each issued card is (for feedback)."""
    from notelint import pii
    from notelint.readers.errors import describe

    from notelint.readers.json_reader import TooDeep, decode_json

    try:
        data = decode_json(body.decode("utf-8-sig"))
    except TooDeep:
        raise CDSError(400, "the CDS Hooks request is nested too deep") from None
    except ValueError as e:  # (not UTF-8, not JSON, an integer of thousands of digits)
        raise CDSError(400, f"the CDS Hooks request is not valid JSON ({type(e).__name__})") from None
    try:
        req = CDSRequest.model_validate(data)
    except ValidationError as e:
        raise CDSError(400, pii.mask_text(describe(e))) from None
    expected = NOTE_SIGN_HOOK if service_id == NOTE_SIGN_ID else "patient-view"
    if req.hook != expected:
        raise CDSError(400, f"hook {req.hook!r} does not match service {service_id} ({expected})")
    prefetch = dict(req.prefetch or {})
    for key, value in (extra_prefetch or {}).items():
        if prefetch.get(key) is None:
            prefetch[key] = value
    try:
        built = build(req, service_id, prefetch)
    except (TypeError, AttributeError, KeyError, RecursionError) as e:
        # a FHIR resource of the request (or its prefetch) with a field of the wrong kind
        # ("id": [1], "entry": 5, an identifier that is a string): the request's fault
        raise CDSError(400, "a FHIR resource in the request (context or prefetch) has a field of "
                            f"the wrong type ({type(e).__name__}); check it against FHIR R4") from None
    if journal_system:  # the drafts' system, as the deployment says (FHIR names none)
        for note in built.record.notes:
            if note.id in built.drafts and not note.system:
                note.system = journal_system
    use = engine if built.patient_known else note_engine
    findings = use.lint_record(built.record, "request")
    if service_id == NOTE_SIGN_ID:
        findings = [f for f in findings if f.target.kind == "note" and f.target.id in built.drafts]
    else:
        findings = [f for f in findings if f.code.startswith(PATIENT_VIEW_CODES)]
    findings.sort(key=Finding.sort_key)
    pid = req.context.get("patientId")
    patient_ref = f"Patient/{pid}" if isinstance(pid, str) and pid else None
    cards, issued = cards_for(findings, built, ruleset, service_id, patient_ref)
    if built.unread:
        cards[:0], issued[:0] = unread_cards(built.unread, ruleset, service_id)
    response = CDSResponse(cards=cards, extension={EXTENSION_KEY: {
        "ruleset": ruleset.name,
        "patientKnown": built.patient_known,
        "rules": "all" if built.patient_known else "note",
        **({} if built.patient_known else {
            "message": "Patienten saknas (prefetch.patient eller fhirServer): bara "
                       "anteckningsreglerna kördes."}),
    }})
    out = response.model_dump(mode="json", exclude_none=True)
    try:
        return json.dumps(out, ensure_ascii=False).encode(), issued
    except UnicodeEncodeError:  # a lone surrogate in a draft given back: escaped, still JSON
        return json.dumps(out).encode(), issued

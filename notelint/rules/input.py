"""NL9 — input. NL901 and NL902 are raised by the engine and readers, not by a check
function; NL903 reads what the text reader recorded about a heading it guessed."""

from __future__ import annotations

from typing import Iterator

from notelint.context import Context
from notelint.model import Finding, Note
from notelint.rules import Rule, Source, _REGISTRY, rule

_REGISTRY["NL901"] = Rule(
    code="NL901", name="invalid-input", scope="record", severity="error",
    sources=(Source("DESIGN", "Interchange format v1: unknown fields are an error with the "
                              "field's path"),),
    check=None,
    summary="An input file or record could not be read or does not follow the interchange "
            "format; it was skipped and the rest of the run went on.",
    why="A record that cannot be read cannot be checked: a typo in a field name or a broken "
        "export would otherwise silently switch rules off. The run exits with code 2 so that "
        "CI and audits notice.",
    bad='{"patient": {"id": "19121212-1212"}, "notes": [{"id": "n1", "sektions": []}]}',
    good='{"patient": {"id": "19121212-1212"}, "notes": [{"id": "n1", "sections": []}]}',
)

_REGISTRY["NL902"] = Rule(
    code="NL902", name="internal-error", scope="record", severity="error",
    sources=(Source("DESIGN", "Errors never end in a traceback; one record never loses the rest"),),
    check=None,
    summary="A rule failed on this record because of a bug in notelint; the rule was skipped "
            "for this record only.",
    why="One odd record must never stop an audit of millions; the finding tells you which "
        "record to send with the bug report (masked).",
    bad="(a record that triggers a bug)",
    good="(no internal errors)",
)


@rule(code="NL903", name="section-heading-guessed", scope="note", severity="info",
      source=(Source("DESIGN", "Text journal copies: a line that is a known sökord followed "
                               "by ':' starts a section; headings read by a guess are named"),))
def section_heading_guessed(note: Note, ctx: Context) -> Iterator[Finding]:
    """A heading in a text journal copy that notelint read by a guess: a misspelt sökord
    read as the one it is closest to, or an unknown heading that ends a hidden section.

    Why: what 1177 Journalen hides depends on the sökord. A misspelt "Bedömnig:" is read
    as "Bedömning", and the note says so. A guess never hides text: an unknown heading
    after a hidden sökord ("Slutsats:" after "Våldsutsatthet i nära relationer:"), or one a
    letter off a hidden sökord ("Tidiga hypotser:"), starts a visible section of its own,
    and its text is linted as visible — this finding says where the reader split, so a
    text that belongs under the hidden sökord can be written there without the heading.
    Bad: "Våldsutsatthet i nära relationer: …\\nSlutsats: Misstänkt lungcancer, pat ej informerad"
    Good: "Våldsutsatthet i nära relationer: …\\nTidiga hypoteser: Misstänkt lungcancer, pat ej informerad"
    """
    previous = None
    for section in note.sections:
        heading = section.heading
        message = None
        if heading is not None and heading.corrected:
            fix = ("skriv sökordet utan tillägget"
                   if heading.written.casefold().startswith(section.keyword.casefold())
                   else "rätta stavningen")  # "Bedömning 2", "Bedömning (läkare)"
            message = (f'Rubriken "{heading.written}" lästes som sökordet "{section.keyword}"; '
                       f"{fix} så att journalsystemet känner igen sökordet.")
        elif heading is not None and heading.meant and not ctx.is_hidden(note, section):
            message = (f'Rubriken "{heading.written}" liknar sökordet "{heading.meant}" men är '
                       "inte det, så avsnittet visas i 1177 Journalen; rätta stavningen om "
                       "texten ska döljas.")
        elif (heading is not None and previous is not None and ctx.is_hidden(note, previous)
              and not ctx.is_hidden(note, section)):
            message = (f'"{heading.written}" är inget känt sökord: texten efter rubriken '
                       "lästes som ett eget avsnitt som visas i 1177 Journalen, inte som en "
                       f'del av det dolda "{previous.keyword}". Hör texten dit: skriv den '
                       "utan rubriken; annars under ett av journalsystemets sökord.")
        if message is not None and heading is not None:
            f = ctx.finding(note, message, section=section, start=0, end=0)
            yield f.model_copy(update={"line": heading.line, "column": heading.column})
        previous = section

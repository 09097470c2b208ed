"""Rule documentation from rule metadata: ``notelint explain`` and ``docs/rules.md``."""

from __future__ import annotations

from notelint.rules import FAMILY_TITLES, Rule, all_rules


def _regions(rule: Rule) -> list[str]:
    from notelint.rulesets import available_rulesets, load_ruleset
    from notelint.rules import _matches

    out = []
    for name in available_rulesets():
        rs = load_ruleset(name)
        if not _matches(rule, rs.disabled_rules):
            out.append(name)
    return out


def explain_text(rule: Rule, lang: str = "sv") -> str:
    """``notelint explain``: in Swedish for clinicians and auditors (title, description, why,
    the routine, a bad and a good example); ``lang="en"`` the developer's English doc."""
    if lang == "en":
        return _explain_en(rule)
    from notelint.rules.sv import SEVERITY_SV, summary_sv, title_sv
    from notelint.rules.sv_docs import doc_sv

    scope = {"note": "anteckningsregel", "record": "postregel"}.get(rule.scope, rule.scope)
    lines = [f"{rule.code} {rule.name} ({SEVERITY_SV[rule.severity]}, {scope})"]
    if title_sv(rule.code):
        lines += [title_sv(rule.code), "", summary_sv(rule.code)]
    why, bad, good, notes = doc_sv(rule.code) or ("", "", "", "")
    if why:
        lines += ["", "Varför:", *("  " + x for x in _wrap(why))]
    for src in rule.sources:
        lines += ["", f"Rutin: {src.routine} ({src.file})", f"  «{src.passage}»"]
    if bad:
        lines += ["", "Dåligt exempel:", *("  " + x for x in _wrap(bad))]
    if good:
        lines += ["", "Bra exempel:", *("  " + x for x in _wrap(good))]
    if notes:
        lines += ["", "Att veta:", *("  " + x for x in _wrap(notes))]
    lines += ["", "Regioner: " + ", ".join(_regions(rule)),
              "", f"(Utvecklarnas dokumentation på engelska: notelint explain {rule.code} "
              "--lang en)"]
    return "\n".join(lines)


def _wrap(text: str) -> list[str]:
    import textwrap

    return textwrap.wrap(text, 86, break_long_words=False, break_on_hyphens=False)


def _explain_en(rule: Rule) -> str:
    from notelint.rules.sv import SEVERITY_SV, summary_sv, title_sv

    lines = [f"{rule.code} {rule.name} ({rule.severity}, {rule.scope} rule)"]
    if title_sv(rule.code):
        lines += [f"{title_sv(rule.code)} ({SEVERITY_SV[rule.severity]})", "",
                  summary_sv(rule.code)]
    lines += ["", rule.summary]
    if rule.why:
        lines += ["", "Why:", *("  " + x for x in rule.why.splitlines())]
    for src in rule.sources:
        lines += ["", f"Routine: {src.routine} ({src.file})", f"  «{src.passage}»"]
    if rule.bad:
        lines += ["", "Bad:", *("  " + x for x in rule.bad.splitlines())]
    if rule.good:
        lines += ["", "Good:", *("  " + x for x in rule.good.splitlines())]
    if rule.notes:
        lines += ["", "Notes:", *("  " + x for x in rule.notes.splitlines())]
    lines += ["", "Regions: " + ", ".join(_regions(rule))]
    return "\n".join(lines)


def rules_markdown() -> str:
    """The generated rule reference (docs/rules.md)."""
    out = ["# notelint rule reference", "",
           "Generated from the rules' own metadata by `python -m notelint.docs`; "
           "do not edit by hand.", ""]
    family = None
    for r in all_rules():
        if r.family != family:
            family = r.family
            out += [f"## {family} — {FAMILY_TITLES.get(family, '')}", ""]
        out += [f"### {r.code} `{r.name}`", "",
                f"Severity: **{r.severity}** · scope: {r.scope} · regions: "
                f"{', '.join(_regions(r))}", "", r.summary, ""]
        if r.why:
            out += ["**Why.** " + r.why, ""]
        for src in r.sources:
            out += [f"**Routine.** seed `{src.file}` — «{src.passage}»", ""]
        if r.bad:
            out += ["**Bad**", "", "```text", r.bad, "```", ""]
        if r.good:
            out += ["**Good**", "", "```text", r.good, "```", ""]
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(rules_markdown(), end="")

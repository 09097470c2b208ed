"""The architecture as the import graph shows it (issue 20): every module imports on its
own, and nothing imports upward.

    commands      notelint.cli.*                          (parse arguments, call the library)
    engine/report engine, lint, parallel, sorting, report, baseline, config, docs,
                  preview, serve, serve_pool, audit, cdshooks, outputs
    rules         rules, context
    nlp/readers   nlp, readers
    ground        errors, model, names, pii, rulesets

A module may import from its own layer and the layers below it — also inside functions
(a lazy import is still a dependency).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "notelint"

LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("ground", ("notelint.errors", "notelint.model", "notelint.names", "notelint.pii",
                "notelint.rulesets", "notelint.settings_files")),
    ("nlp/readers", ("notelint.nlp", "notelint.readers")),
    ("rules", ("notelint.rules", "notelint.context")),
    ("engine/report", ("notelint.engine", "notelint.lint", "notelint.parallel",
                       "notelint.sorting", "notelint.report", "notelint.baseline",
                       "notelint.config", "notelint.docs", "notelint.preview",
                       "notelint.serve", "notelint.serve_pool", "notelint.audit",
                       "notelint.cdshooks", "notelint.outputs")),
    ("commands", ("notelint.cli",)),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = sorted(module_name(p) for p in PACKAGE.rglob("*.py")
                 if p.name != "__main__.py")


def layer(module: str) -> int | None:
    """Index in LAYERS of the longest prefix that names ``module`` (None: the package)."""
    best: tuple[int, int] | None = None
    for i, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (
                    best is None or len(prefix) > best[1]):
                best = (i, len(prefix))
    return best[0] if best else None


def imports(module: str) -> list[tuple[str, int]]:
    parts = module.split(".")
    path = PACKAGE.parent.joinpath(*parts)
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        out.extend((n, node.lineno) for n in names if n.startswith("notelint."))
    return out


def test_every_module_has_a_layer():
    assert [m for m in MODULES if m != "notelint" and layer(m) is None] == []


def test_nothing_imports_upward():
    upward = []
    for module in MODULES:
        own = layer(module)
        for target, line in imports(module):
            their = layer(target)
            if own is not None and their is not None and their > own:
                upward.append(f"{module}:{line} imports {target} "
                              f"({LAYERS[own][0]} -> {LAYERS[their][0]})")
    assert sorted(set(upward)) == []


def test_every_module_imports_on_its_own():
    """Each module imported first, in a fresh set of notelint modules: an import cycle or a
    module that only works after another was imported fails here. One interpreter, with
    notelint's modules dropped between imports (third-party ones stay: that is fast)."""
    script = """
import importlib, sys, traceback
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "notelint" or m.startswith("notelint.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        if not (e.name or "").startswith("notelint"):
            continue  # an optional extra that is not installed
        failed.append(f"{name}: {e!r}")
    except Exception as e:
        failed.append(f"{name}: {e!r}")
print("\\n".join(failed))
"""
    res = subprocess.run([sys.executable, "-c", script, *MODULES], capture_output=True,
                         text=True, timeout=600, cwd=ROOT)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == ""


def test_parallel_uses_the_readers_public_api():
    private = [(t, line) for t, line in imports("notelint.parallel")
               if t.startswith("notelint.readers") and t.rsplit(".", 1)[-1].startswith("_")]
    assert private == []


# Regular-expression modules and the methods that run a pattern (issue 18: rules read NLP
# annotations; all reading of note and message text lives in notelint/nlp/).
REGEX_MODULES = {"re", "regex", "fnmatch"}
PATTERN_METHODS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub",
                   "subn", "escape"}
# rules/__init__.py reads the rules' own docstrings ("Why:", "Bad:" blocks) and rule codes
# ("nl101"), never note text.
REGEX_ALLOWED = {"notelint.rules"}


def regex_uses(module: str) -> list[str]:
    """Where ``module`` imports a regex module, or calls a pattern method of anything."""
    parts = module.split(".")
    path = PACKAGE.parent.joinpath(*parts)
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [f"{module}:{node.lineno} import {a.name}" for a in node.names
                    if a.name.split(".")[0] in REGEX_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in REGEX_MODULES:
            out.append(f"{module}:{node.lineno} from {node.module} import …")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in PATTERN_METHODS):
            out.append(f"{module}:{node.lineno} .{node.func.attr}(…)")
    return out


def test_rules_hold_no_regular_expression_over_text():
    rules = [m for m in MODULES if m.startswith("notelint.rules.") or m == "notelint.rules"]
    assert len(rules) > 5
    found = [u for m in rules if m not in REGEX_ALLOWED for u in regex_uses(m)]
    assert found == [], "rules read NLP annotations (notelint/nlp/), not text: " + "; ".join(found)


def test_the_regex_check_sees_a_regex():
    """The check above is not vacuous: rules/__init__.py, which is allowed, is found."""
    assert regex_uses("notelint.rules")

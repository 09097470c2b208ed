"""The pre-commit hook, run by the real ``pre-commit`` tool in a temporary git repository:
a commit with an unreadable export is blocked, a commit with a good note goes through.

The hook repository is a snapshot of this working tree (what ``pre-commit try-repo`` does
for uncommitted changes), so the test checks the manifest and the package as they are now.
Installing the hook's environment takes about a minute (pip), hence ``slow``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml  # pre-commit depends on PyYAML

from conftest import PNR

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

GOOD_NOTE = """\
Patient: 19121212-1212
Journalsystem: PMO
Vårdenhet: Vårdcentralen Höör
Mall: Telefonkontakt
Datum: 2024-03-12 14:05
Författare: Lena Svensson
Roll: sjuksköterska
Signerad: 2024-03-12 15:00

Kontaktorsak: Pat ringer pga hosta sedan 1 v, ingen feber.
Bedömning: Sannolikt viral övre luftvägsinfektion, ua i övrigt.
Åtgärd: Egenvårdsråd, åter vb om feber eller andningsbesvär.
"""


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Dok", "GIT_AUTHOR_EMAIL": "dok@example.org",
           "GIT_COMMITTER_NAME": "Dok", "GIT_COMMITTER_EMAIL": "dok@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)


def test_manifest_shape():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "notelint"]
    assert hook["entry"] == "notelint lint" and hook["language"] == "python"
    import re
    files = re.compile(hook["files"])
    assert files.search("journal/besok.txt") and files.search("export.jsonl")
    assert files.search("a.json") and not files.search("README.md")


@pytest.mark.slow
@pytest.mark.skipif(not PRE_COMMIT.exists() or shutil.which("git") is None,
                    reason="needs pre-commit (dev extra) and git")
def test_real_pre_commit_blocks_bad_and_passes_good(tmp_path):
    # 1. the hook repository: a snapshot of this working tree, committed
    hook_repo = tmp_path / "notelint-hook"
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True)
    names = listed.stdout.splitlines() if listed.returncode == 0 else []
    if not names:  # not a git checkout: the files the package build needs
        names = [str(p.relative_to(ROOT)) for d in ("notelint", "rulesets", "models")
                 for p in (ROOT / d).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        names += ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml"]
    for name in names:
        src = ROOT / name
        if src.is_file() and not name.startswith(("tests/", "benchmarks/", "examples/")):
            (hook_repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, hook_repo / name)
    assert _git(hook_repo, "init", "-q").returncode == 0
    _git(hook_repo, "add", ".")
    assert _git(hook_repo, "commit", "-q", "-m", "snapshot").returncode == 0
    rev = _git(hook_repo, "rev-parse", "HEAD").stdout.strip()

    # 2. a documentation repository that uses the hook
    docs = tmp_path / "journalmallar"
    docs.mkdir()
    _git(docs, "init", "-q")
    (docs / ".pre-commit-config.yaml").write_text(
        f"repos:\n-   repo: {hook_repo}\n    rev: {rev}\n    hooks:\n    -   id: notelint\n",
        encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-cache"),
           "GIT_AUTHOR_NAME": "Dok", "GIT_AUTHOR_EMAIL": "dok@example.org",
           "GIT_COMMITTER_NAME": "Dok", "GIT_COMMITTER_EMAIL": "dok@example.org"}
    env.pop("VIRTUAL_ENV", None)
    subprocess.run([str(PRE_COMMIT), "install"], cwd=docs, env=env, check=True,
                   capture_output=True, timeout=120)
    _git(docs, "add", ".pre-commit-config.yaml")

    def commit(msg: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", "commit", "-q", "-m", msg], cwd=docs, env=env,
                              capture_output=True, text=True, timeout=900)

    # a bad export: a typo in a field name ("anteckningar") is unreadable input → exit 2
    (docs / "export.json").write_text(
        json.dumps({"patient": {"id": PNR}, "anteckningar": []}), encoding="utf-8")
    _git(docs, "add", "export.json")
    blocked = commit("export med stavfel")
    assert blocked.returncode != 0, blocked.stdout + blocked.stderr
    out = blocked.stdout + blocked.stderr
    assert "notelint" in out and "Failed" in out and "NL901" in out and "anteckningar" in out
    assert PNR not in out                                   # masked even in hook output
    assert _git(docs, "rev-parse", "--verify", "HEAD").returncode != 0   # nothing committed

    # the good note alone passes (the bad export is unstaged and removed)
    _git(docs, "rm", "-q", "--cached", "export.json")
    (docs / "export.json").unlink()
    (docs / "telefon.txt").write_text(GOOD_NOTE, encoding="utf-8")
    _git(docs, "add", "telefon.txt")
    ok = commit("telefonkontakt")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Passed" in ok.stdout + ok.stderr
    assert _git(docs, "rev-parse", "--verify", "HEAD").returncode == 0

"""Every sub-package of notelint/ must be listed in pyproject.toml, or a wheel would miss it."""

from __future__ import annotations

import tomllib

from conftest import ROOT


def test_every_subpackage_is_packaged():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "notelint").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    missing = found - listed
    assert not missing, f"add {sorted(missing)} to [tool.setuptools] packages in pyproject.toml"


def test_rulesets_and_models_are_package_data():
    from importlib import resources

    assert (resources.files("notelint.rulesets_data") / "skane.toml").is_file()
    assert resources.files("notelint.models_data").is_dir()

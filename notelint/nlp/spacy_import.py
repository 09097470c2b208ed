"""spaCy without its command line: ``import spacy`` also imports ``spacy.cli`` (typer,
weasel, rich, packaging …, 0.25–0.3 s of every process's start: a third of spaCy's
import) only to offer ``spacy.info``, which notelint never calls.

Importing this module imports spaCy with two placeholder modules standing in for
``spacy.cli`` and ``spacy.cli.info`` while spaCy's package runs, then takes them away again:
a later ``import spacy.cli`` loads the real one, and ``spacy.info`` loads it when called.
Where spaCy's package wants more of its command line than ``info`` (another spaCy
version), the placeholders are taken away and spaCy is imported as it is.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_NAMES = ("spacy.cli.info", "spacy.cli")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, loaded from spaCy's command line when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import() -> Any:
    if "spacy" in sys.modules or any(name in sys.modules for name in _NAMES):
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, for "spacy.cli.info"
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy
    except ImportError:  # it wanted more of spacy.cli: import it as it is
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        for name in _NAMES:
            sys.modules.pop(name, None)
        import spacy
    finally:
        for name in _NAMES:
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli  # (a later "import spacy.cli" sets the real one)
    return spacy


spacy = _import()

__all__ = ["spacy"]

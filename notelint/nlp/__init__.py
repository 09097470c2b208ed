"""Swedish clinical NLP: diagnosis mentions, their assertion, and clinical triggers.

(The pipeline lands with the NLP issue; ``annotate_note`` is its entry point for rules.)
"""

from __future__ import annotations

from typing import Any


def annotate_note(note: Any) -> Any:  # replaced by the pipeline
    raise NotImplementedError("the NLP pipeline is not built yet")

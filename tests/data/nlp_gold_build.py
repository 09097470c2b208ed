"""Build tests/data/nlp_gold.jsonl and nlp_heldout.jsonl from the hand-written sources.

    python tests/data/nlp_gold_build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
LABELS = {"A": "affirmed", "N": "negated", "U": "uncertain", "H": "hypothetical",
          "P": "historical", "F": "family"}


def locate(text: str, surface: str, nth: int) -> tuple[int, int]:
    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]
    if len(hits) < nth:
        raise ValueError(f"{surface!r} not found {nth} time(s) in {text!r}")
    return hits[nth - 1], hits[nth - 1] + len(surface)


def build(src: Path) -> list[dict]:
    out = []
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, ments, trigs = (part.strip() for part in line.split("##"))
        mentions = []
        for item in filter(None, (x.strip() for x in ments.split(";"))):
            surface, label = item.rsplit("=", 1)
            nth = 1
            if "@" in surface:
                surface, k = surface.rsplit("@", 1)
                nth = int(k)
            start, end = locate(text, surface.strip(), nth)
            mentions.append({"start": start, "end": end, "text": text[start:end],
                             "assertion": LABELS[label.strip()]})
        triggers = []
        for item in filter(None, (x.strip() for x in trigs.split(";"))):
            triggers.append({"kind": item.rstrip("!"), "negated": item.endswith("!")})
        out.append({"id": f"g{n:04d}", "text": text, "mentions": mentions, "triggers": triggers})
    return out


if __name__ == "__main__":
    for src, dst in (("nlp_gold_src.txt", "nlp_gold.jsonl"),
                     ("nlp_heldout_src.txt", "nlp_heldout.jsonl")):
        rows = build(HERE / src)
        with open(HERE / dst, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{dst}: {len(rows)} sentences, {sum(len(r['mentions']) for r in rows)} mentions, "
              f"{sum(len(r['triggers']) for r in rows)} triggers", file=sys.stderr)

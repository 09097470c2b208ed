"""Clinician feedback on cards, in a local DuckDB file: the field measure of each rule's precision.

Two tables. ``cards``: every card the CDS Hooks services issued — its uuid, service,
rule code, indicator, ruleset and the unit of the note (HSA-id and name). ``feedback``:
what the clinician did with a card — ``accepted`` or ``overridden``, the override reason's
code and text, how many suggestions were accepted, whether a comment was written, when.
No note text, no patient, no identity number and no comment text is stored (a free-text
comment may quote the patient; only its presence is kept).

The server writes from one background thread and holds the file open only while it
writes, so ``notelint feedback report`` can read it while the server runs.

DuckDB comes with ``pip install 'notelint[serve]'`` (and ``[audit]``).
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
import time
from pathlib import Path
from typing import Any

__all__ = ["FeedbackStore", "report", "render_report", "StoreError"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (
    card VARCHAR PRIMARY KEY, issued TIMESTAMPTZ, service VARCHAR, rule VARCHAR,
    indicator VARCHAR, ruleset VARCHAR, unit_hsa VARCHAR, unit_name VARCHAR,
    suggestions INTEGER);
CREATE TABLE IF NOT EXISTS feedback (
    card VARCHAR, service VARCHAR, outcome VARCHAR, reason_code VARCHAR,
    reason_display VARCHAR, accepted_suggestions INTEGER, has_comment BOOLEAN,
    outcome_time TIMESTAMPTZ, received TIMESTAMPTZ);
"""


class StoreError(Exception):
    """The store cannot be opened (missing duckdb, a locked or foreign file)."""


def _connect(path: str, read_only: bool = False, wait: float = 5.0) -> Any:
    try:
        import duckdb
    except ModuleNotFoundError:
        raise StoreError("the feedback store needs duckdb; install it with: "
                         "pip install 'notelint[serve]'") from None
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(path, read_only=read_only)
            if not read_only:
                con.execute(SCHEMA)
            return con
        except duckdb.IOException as e:  # the server is writing right now: try again
            if time.monotonic() > deadline:
                raise StoreError(f"{path}: cannot open the feedback store ({str(e).splitlines()[0]})") from None
            time.sleep(0.1)
        except duckdb.Error as e:
            raise StoreError(f"{path}: not a notelint feedback store ({type(e).__name__})") from None


class FeedbackStore:
    """Writes issued cards and feedback to ``path`` from one background thread."""

    def __init__(self, path: str) -> None:
        self.path = str(path)
        _connect(self.path).close()  # fail now (bad path, missing duckdb), not at the first card
        self._queue: queue.Queue[tuple[str, list[dict[str, Any]], threading.Event | None]] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="notelint-feedback", daemon=True)
        self._thread.start()

    def add_cards(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._queue.put(("cards", _masked(rows), None))

    def add_feedback(self, rows: list[dict[str, Any]]) -> threading.Event:
        event = threading.Event()
        self._queue.put(("feedback", _masked(rows), event))
        return event

    def close(self) -> None:
        self._queue.put(("stop", [], None))
        self._thread.join(timeout=10)

    def _run(self) -> None:
        import logging

        log = logging.getLogger("notelint.serve")
        while True:
            batch = [self._queue.get()]
            time.sleep(0.05)  # gather what arrives meanwhile: one open per batch
            while True:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = any(kind == "stop" for kind, _, _ in batch)
            try:
                con = _connect(self.path)
                try:
                    for kind, rows, _ in batch:
                        if kind == "cards":
                            con.executemany(
                                "INSERT OR IGNORE INTO cards VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [(r["card"], r["issued"], r["service"], r["rule"], r["indicator"],
                                  r["ruleset"], r["unit_hsa"], r["unit_name"], len(r["suggestions"]))
                                 for r in rows])
                        elif kind == "feedback":
                            con.executemany(
                                "INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [(r["card"], r["service"], r["outcome"], r["reason_code"],
                                  r["reason_display"], r["accepted_suggestions"], r["has_comment"],
                                  r["outcome_time"], r["received"]) for r in rows])
                finally:
                    con.close()
            except Exception as exc:  # never the rows: they are not secret, but keep logs lean
                log.error("feedback store write failed: %s", type(exc).__name__)
            for _, _, event in batch:
                if event is not None:
                    event.set()
            if stop:
                return


def _masked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with every identity number in their strings masked: the store never holds one,
    whatever a client puts in a unit's name, a card id or a reason's display."""
    from notelint import pii

    return pii.mask_value(rows)


def feedback_rows(service_id: str, items: list[Any]) -> list[dict[str, Any]]:
    """Rows of the ``feedback`` table from validated :class:`FeedbackItem` objects."""
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for it in items:
        reason = it.overrideReason.reason if it.overrideReason else None
        rows.append({
            "card": it.card, "service": service_id, "outcome": it.outcome,
            "reason_code": reason.code if reason else None,
            "reason_display": (reason.display or None) if reason else None,
            "accepted_suggestions": len(it.acceptedSuggestions or []),
            "has_comment": bool(it.overrideReason and it.overrideReason.userComment),
            "outcome_time": it.outcomeTimestamp, "received": now,
        })
    return rows


# --------------------------------------------------------------------------- report


def report(path: str, *, since: dt.date | None = None) -> dict[str, Any]:
    """Per rule and per unit: cards shown, answered, accepted, overridden, and the reasons."""
    from notelint import pii

    if not Path(path).exists():
        raise StoreError(f"{path}: no such feedback store; start `notelint serve "
                         "--feedback-store FILE` and let the EHR send feedback")
    con = _connect(path, read_only=True)
    try:
        where = "WHERE c.issued >= ?" if since else ""
        args = [since] if since else []
        base = f"""
            WITH last AS (  -- a card's latest outcome counts (an EHR may resend)
                SELECT * FROM feedback QUALIFY row_number() OVER (
                    PARTITION BY card ORDER BY outcome_time DESC, received DESC) = 1)
            SELECT c.rule, coalesce(c.unit_name, c.unit_hsa, '(okänd enhet)') AS unit,
                   c.card, f.outcome, f.reason_display, f.reason_code
            FROM cards c LEFT JOIN last f USING (card) {where}"""
        # (masked again: a store written before its rows were masked may hold a number)
        rows = pii.mask_value(con.execute(base, args).fetchall())
        orphans = con.execute(
            "SELECT count(*) FROM feedback WHERE card NOT IN (SELECT card FROM cards)").fetchone()[0]
    finally:
        con.close()

    def summarise(key_index: int) -> list[dict[str, Any]]:
        groups: dict[Any, dict[str, Any]] = {}
        for row in rows:
            key = row[key_index] if key_index >= 0 else None
            g = groups.setdefault(key, {"cards": 0, "answered": 0, "accepted": 0,
                                        "overridden": 0, "reasons": {}})
            g["cards"] += 1
            if row[3] is not None:
                g["answered"] += 1
                g[row[3]] += 1
                if row[3] == "overridden":
                    label = row[4] or row[5] or "(inget skäl)"
                    g["reasons"][label] = g["reasons"].get(label, 0) + 1
        out = []
        for key, g in groups.items():
            g["override_rate"] = round(g["overridden"] / g["answered"], 3) if g["answered"] else None
            g["reasons"] = dict(sorted(g["reasons"].items(), key=lambda kv: (-kv[1], kv[0])))
            out.append({"key": key, **g})
        out.sort(key=lambda g: (-(g["override_rate"] or 0), -g["answered"], str(g["key"])))
        return out

    return {
        "store": str(path), "since": since.isoformat() if since else None,
        "total": (summarise(-1) or [{"cards": 0, "answered": 0, "accepted": 0, "overridden": 0,
                                    "override_rate": None, "reasons": {}}])[0],
        "by_rule": summarise(0), "by_unit": summarise(1),
        "feedback_for_unknown_cards": orphans,
    }


def _shown_row(row: dict[str, Any], shown: Any) -> dict[str, Any]:
    return {**row, "key": shown(row["key"]),
            "reasons": {shown(k): v for k, v in row["reasons"].items()}}


def _rate(r: float | None) -> str:
    return "–" if r is None else f"{r * 100:.0f} %"


def render_report(data: dict[str, Any]) -> str:
    """The report as text for a terminal: what callers sent (unit names, reasons) printable
    on one line — an escape sequence or a line break from a call is shown, not obeyed."""
    from notelint.model import printable

    def shown(value: Any) -> str:
        return printable(str(value))

    data = {**data, "by_rule": [_shown_row(r, shown) for r in data["by_rule"]],
            "by_unit": [_shown_row(r, shown) for r in data["by_unit"]],
            "store": shown(data["store"])}
    t = data["total"]
    lines = [f"Återkoppling i {data['store']}" + (f" sedan {data['since']}" if data["since"] else ""),
             f"{t['cards']} kort visade, {t['answered']} besvarade: {t['accepted']} accepterade, "
             f"{t['overridden']} åsidosatta (åsidosättningsgrad {_rate(t['override_rate'])}).", ""]
    for title, key, rows in (("Per regel", "regel", data["by_rule"]), ("Per enhet", "enhet", data["by_unit"])):
        lines.append(f"{title}:")
        width = max([len(str(r["key"])) for r in rows] + [len(key)])
        lines.append(f"  {key:<{width}}  kort  besvarade  accept.  åsidos.  grad   vanligaste skäl")
        for r in rows:
            reasons = ", ".join(f"{k} ({v})" for k, v in list(r["reasons"].items())[:3])
            lines.append(f"  {str(r['key']):<{width}}  {r['cards']:>4}  {r['answered']:>9}  "
                         f"{r['accepted']:>7}  {r['overridden']:>7}  {_rate(r['override_rate']):>5}  {reasons}")
        if not rows:
            lines.append("  (inga kort)")
        lines.append("")
    if data["feedback_for_unknown_cards"]:
        lines.append(f"{data['feedback_for_unknown_cards']} återkopplingar gällde kort som inte "
                     "finns i denna fil (utfärdade av en annan server eller före filen skapades).")
    return "\n".join(lines).rstrip() + "\n"

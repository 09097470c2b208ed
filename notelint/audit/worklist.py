"""The worklist: one row per finding of a run, what a unit needs to follow it up.

Written as CSV or Parquet (by DuckDB) or XLSX (by XlsxWriter, in constant-memory mode).
Rows carry the rule, severity, message, the target as the journal system knows it (note,
access event, 1177 case or treatment id), unit, day, ruleset, the keyed patient hash and
where in the export the record is — never note text and never an identity number.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from notelint.audit.store import Store

__all__ = ["write_worklist", "worklist_query", "COLUMNS"]

COLUMNS = ("code", "name", "severity", "message", "target_kind", "target_id", "unit_hsa_id",
           "unit_name", "day", "ruleset", "patient_key", "path", "line", "fingerprint")

_RANK = "CASE severity WHEN 'error' THEN 3 WHEN 'warning' THEN 2 ELSE 1 END"
_RANKS = {"info": 1, "warning": 2, "error": 3}


def worklist_query(run_id: str, *, units: list[str] | None = None, min_severity: str = "info",
                   columns: tuple[str, ...] = COLUMNS) -> tuple[str, list[Any]]:
    """SQL and parameters of a run's worklist, filtered, in a stable order."""
    where = ["run_id = ?", f"{_RANK} >= ?"]
    params: list[Any] = [run_id, _RANKS[min_severity]]
    if units:
        from notelint import pii

        alts = []
        for u in (pii.mask_text(u) for u in units):  # (as the store holds units: masked)
            alts.append("(lower(unit_hsa_id) = lower(?) OR lower(unit_name) LIKE lower(?))")
            params += [u, f"%{u}%"]
        where.append("(" + " OR ".join(alts) + ")")
    sql = (f"SELECT {', '.join(columns)} FROM findings WHERE {' AND '.join(where)} "
           f"ORDER BY unit_name NULLS LAST, unit_hsa_id, {_RANK} DESC, code, day, target_id, "
           "path, line")
    return sql, params


def write_worklist(store: Store, run_id: str, target: str, *, units: list[str] | None = None,
                   min_severity: str = "info") -> int:
    """Write the worklist file; returns the number of rows."""
    sql, params = worklist_query(run_id, units=units, min_severity=min_severity)
    ext = Path(target).suffix.lower()
    if ext in (".csv", ".parquet"):
        store.export(sql, params, target, ext[1:])
    else:
        _write_xlsx(store, sql, params, target)
    (n,) = store.query(f"SELECT count(*) FROM ({sql})", params)[0]
    return int(n)


def _write_xlsx(store: Store, sql: str, params: list[Any], target: str) -> None:
    import xlsxwriter

    from notelint.rules.sv import SEVERITY_SV, title_sv

    wb = xlsxwriter.Workbook(target, {"constant_memory": True, "strings_to_formulas": False,
                                      "strings_to_urls": False})
    try:
        ws = wb.add_worksheet("Åtgärdslista")
        head = wb.add_format({"bold": True, "bg_color": "#e8edf2"})
        date = wb.add_format({"num_format": "yyyy-mm-dd"})
        cols = ["code", "title_sv", *COLUMNS[1:]]
        ws.write_row(0, 0, cols, head)
        widths = {"message": 80, "title_sv": 40, "unit_name": 30, "name": 30, "path": 40}
        for i, c in enumerate(cols):
            ws.set_column(i, i, widths.get(c, 14))
        cur = store.db.execute(sql, params)
        r = 1
        while batch := cur.fetchmany(5000):
            for row in batch:
                values = [row[0], title_sv(row[0]), *row[1:]]
                values[3] = SEVERITY_SV.get(values[3], values[3])
                for c, v in enumerate(values):
                    if v is None:
                        continue
                    if cols[c] == "day":
                        ws.write_datetime(r, c, _as_datetime(v), date)
                    else:
                        ws.write(r, c, v)
                r += 1
        ws.autofilter(0, 0, max(r - 1, 1), len(cols) - 1)
        ws.freeze_panes(1, 0)
    finally:
        wb.close()


def _as_datetime(d: Any) -> Any:
    import datetime as dt

    return dt.datetime(d.year, d.month, d.day)

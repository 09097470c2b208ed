"""The findings store: one DuckDB file, one row per finding and one per run.

No note text and no identity numbers are stored: patients appear only as a keyed hash.
A run's id is derived from its inputs and settings, so re-running the same audit after an
interruption resumes it (tasks already stored are skipped) and never duplicates rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterable

__all__ = ["Store"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, duration_s DOUBLE,
    ruleset VARCHAR, ruleset_version VARCHAR, config_hash VARCHAR, engine VARCHAR,
    jobs INTEGER, files INTEGER, records BIGINT, notes BIGINT, findings BIGINT,
    broken BIGINT, status VARCHAR
);
CREATE TABLE IF NOT EXISTS tasks (
    run_id VARCHAR, task_key VARCHAR, records BIGINT, notes BIGINT, broken BIGINT,
    PRIMARY KEY (run_id, task_key)
);
CREATE TABLE IF NOT EXISTS findings (
    run_id VARCHAR, task_key VARCHAR, code VARCHAR, name VARCHAR, severity VARCHAR,
    family VARCHAR, unit_hsa_id VARCHAR, unit_name VARCHAR, day DATE, target_kind VARCHAR,
    fingerprint VARCHAR, patient_key VARCHAR, path VARCHAR
);
"""


class Store:
    def __init__(self, path: str | Path) -> None:
        import duckdb

        self.path = str(path)
        self.db = duckdb.connect(self.path)
        for stmt in SCHEMA.split(";"):
            if stmt.strip():
                self.db.execute(stmt)

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ writing

    def begin_run(self, run_id: str, meta: dict[str, Any], fresh: bool = False) -> set[str]:
        """Register a run; returns the task keys already stored (to skip on resume)."""
        if fresh:
            for table in ("findings", "tasks", "runs"):
                self.db.execute(f"DELETE FROM {table} WHERE run_id = ?", [run_id])
        exists = self.db.execute("SELECT 1 FROM runs WHERE run_id = ?", [run_id]).fetchone()
        if not exists:
            self.db.execute(
                "INSERT INTO runs (run_id, started, ruleset, ruleset_version, config_hash, "
                "engine, jobs, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'running')",
                [run_id, dt.datetime.now(), meta["ruleset"], meta["ruleset_version"],
                 meta["config_hash"], meta["engine"], meta["jobs"]])
        # rows of a task that was cut off mid-write are removed before it runs again
        self.db.execute("DELETE FROM findings WHERE run_id = ? AND task_key NOT IN "
                        "(SELECT task_key FROM tasks WHERE run_id = ?)", [run_id, run_id])
        return {r[0] for r in self.db.execute(
            "SELECT task_key FROM tasks WHERE run_id = ?", [run_id]).fetchall()}

    def add_task(self, run_id: str, key: str, rows: Iterable[tuple[Any, ...]],
                 records: int, notes: int, broken: int) -> None:
        """Store one task's rows and mark it done, atomically."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            rows = list(rows)
            if rows:
                self.db.executemany(
                    "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(run_id, key, *r) for r in rows])
            self.db.execute("INSERT INTO tasks VALUES (?, ?, ?, ?, ?)",
                            [run_id, key, records, notes, broken])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise

    def finish_run(self, run_id: str, files: int, duration_s: float) -> None:
        rec, notes, broken = self.db.execute(
            "SELECT coalesce(sum(records),0), coalesce(sum(notes),0), coalesce(sum(broken),0) "
            "FROM tasks WHERE run_id = ?", [run_id]).fetchone()
        (count,) = self.db.execute("SELECT count(*) FROM findings WHERE run_id = ?",
                                   [run_id]).fetchone()
        self.db.execute(
            "UPDATE runs SET finished = ?, duration_s = ?, files = ?, records = ?, notes = ?, "
            "findings = ?, broken = ?, status = 'complete' WHERE run_id = ?",
            [dt.datetime.now(), duration_s, files, rec, notes, count, broken, run_id])

    def export_parquet(self, target: str) -> None:
        self.db.execute(f"COPY findings TO '{_sql_path(target)}' (FORMAT PARQUET)")

    # ------------------------------------------------------------------ reading

    def run(self, run_id: str) -> dict[str, Any]:
        cur = self.db.execute("SELECT * FROM runs WHERE run_id = ?", [run_id])
        cols = [d[0] for d in cur.description]
        row = cur.fetchone()
        return dict(zip(cols, row)) if row else {}

    def previous_run(self, run_id: str) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE status = 'complete' AND run_id <> ? AND started < "
            "(SELECT started FROM runs WHERE run_id = ?) ORDER BY started DESC LIMIT 1",
            [run_id, run_id]).fetchone()
        return row[0] if row else None

    def query(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, params).fetchall()


def _sql_path(p: str) -> str:
    return p.replace("'", "''")

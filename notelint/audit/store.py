"""The findings store: one DuckDB file holding every audit run — its history.

Tables: ``runs`` (one per audit: an observation of an export at a time), ``tasks`` (done
markers, for ``--resume``), ``records`` (one per record: content hash, place, counts),
``volumes`` (notes, access events, cases, treatments per unit and month: the denominators
of rates) and ``findings`` (the worklist: one row per finding).

No note text and no identity numbers are stored: patients appear only as a keyed hash, and
the hash key itself is stored only as a keyed check value (``key_id``), so a store never
mixes patient hashes made with different keys.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path
from typing import Any

from notelint.audit.rows import FINDING_COLUMNS, TaskResult

__all__ = ["Store", "StoreError", "SCHEMA_VERSION"]

SCHEMA_VERSION = 2

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, duration_s DOUBLE,
    ruleset VARCHAR, ruleset_version VARCHAR, config_hash VARCHAR, signature VARCHAR,
    key_id VARCHAR, engine VARCHAR, jobs INTEGER, notelint_version VARCHAR, files INTEGER,
    records BIGINT, notes BIGINT, access_events BIGINT, conversations BIGINT,
    treatments BIGINT, findings BIGINT, broken BIGINT, reused_records BIGINT, status VARCHAR
);
CREATE TABLE IF NOT EXISTS tasks (run_id VARCHAR, task_key VARCHAR, PRIMARY KEY (run_id, task_key));
CREATE TABLE IF NOT EXISTS records (
    run_id VARCHAR, task_key VARCHAR, sig VARCHAR, rec_hash VARCHAR, path VARCHAR, line BIGINT,
    notes INTEGER, access_events INTEGER, conversations INTEGER, treatments INTEGER,
    broken INTEGER
);
CREATE TABLE IF NOT EXISTS volumes (
    run_id VARCHAR, task_key VARCHAR, rec_hash VARCHAR, kind VARCHAR, unit_hsa_id VARCHAR,
    unit_name VARCHAR, month DATE, n INTEGER
);
CREATE TABLE IF NOT EXISTS findings (
    run_id VARCHAR, task_key VARCHAR, rec_hash VARCHAR, rec_line BIGINT, code VARCHAR,
    name VARCHAR, severity VARCHAR, family VARCHAR, unit_hsa_id VARCHAR, unit_name VARCHAR,
    day DATE, target_kind VARCHAR, target_id VARCHAR, message VARCHAR, ruleset VARCHAR,
    fingerprint VARCHAR, patient_key VARCHAR, path VARCHAR, line BIGINT
);
INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}');
"""

_REC_COLS = ["rec_hash", "path", "line", "notes", "access_events", "conversations", "treatments",
             "broken"]
_VOL_COLS = ["rec_hash", "kind", "unit_hsa_id", "unit_name", "month", "n"]


class StoreError(Exception):
    """A store that cannot be used: one clear line for the user."""


def check_store_path(path: str) -> None:
    """Fail before any work when ``path`` cannot be a store."""
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"--store {path}: is a directory; name a file such as "
                         f"{p / 'audit.duckdb'}")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise StoreError(f"--store {path}: the directory {parent} does not exist; create it "
                         "or choose another file")
    if not p.exists() and not os.access(parent, os.W_OK):
        raise StoreError(f"--store {path}: cannot create a file in {parent} (no write "
                         "permission); choose another directory")
    if p.exists():
        with open(p, "rb") as fh:
            head = fh.read(16)
        if head and head[8:12] != b"DUCK":
            raise StoreError(f"--store {path}: not a DuckDB findings store (the file holds "
                             "something else); choose a new file name")


class Store:
    def __init__(self, path: str | Path) -> None:
        import duckdb

        self.path = str(path)
        self._types: dict[str, dict[str, str]] = {}
        self._staged: set[str] = set()
        self._source_rows: str | None = None  # the run whose rows carry_f/_r/_v hold
        if self.path != ":memory:":
            check_store_path(self.path)
        try:
            self.db = duckdb.connect(self.path)
        except duckdb.IOException as e:
            text = str(e)
            if "lock" in text.lower():
                raise StoreError(f"--store {self.path}: in use by another process (another "
                                 "audit, or a program reading it); wait for it to finish or "
                                 "choose another file") from None
            raise StoreError(f"--store {self.path}: cannot open: {text.splitlines()[0]}") from None
        except duckdb.Error as e:
            raise StoreError(f"--store {self.path}: cannot open: "
                             f"{str(e).splitlines()[0]}") from None
        old = self.db.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'findings' "
            "AND column_name = 'message'").fetchone()[0]
        has_findings = self.db.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'findings'"
        ).fetchone()[0]
        if has_findings and not old:
            self.db.close()
            raise StoreError(f"--store {self.path}: written by an older notelint (no worklist "
                             "columns); start a new store file")
        for stmt in SCHEMA.split(";"):
            if stmt.strip():
                self.db.execute(stmt)

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ runs

    def check_key(self, key_id: str) -> None:
        """Refuse to add keyed patient hashes to a store made with another key."""
        if key_id.startswith("one-off"):
            return
        row = self.db.execute(
            "SELECT count(*), min(started) FROM runs WHERE key_id <> ? AND key_id NOT LIKE "
            "'one-off%'", [key_id]).fetchone()
        if row[0]:
            raise StoreError(
                f"--store {self.path}: its {row[0]} earlier run(s) hashed patients with another "
                "NOTELINT_AUDIT_KEY, so patient hashes would not match; set the key those runs "
                "used, or start a new store file")

    def new_run(self, meta: dict[str, Any]) -> str:
        now = dt.datetime.now()
        run_id = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
        self.db.execute(
            "INSERT INTO runs (run_id, started, ruleset, ruleset_version, config_hash, signature,"
            " key_id, engine, jobs, notelint_version, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, 'running')",
            [run_id, now, meta["ruleset"], meta["ruleset_version"], meta["config_hash"],
             meta["signature"], meta["key_id"], meta["engine"], meta["jobs"],
             meta["notelint_version"]])
        return run_id

    def resumable(self, signature: str, key_id: str) -> str:
        """The latest unfinished run, if it audited the same inputs the same way."""
        row = self.db.execute(
            "SELECT run_id, signature, key_id FROM runs WHERE status = 'running' "
            "ORDER BY started DESC LIMIT 1").fetchone()
        if row is None:
            raise StoreError(f"--resume: {self.path} has no unfinished run; run without "
                             "--resume to start a new one")
        run_id, sig, kid = row
        if kid != key_id or key_id.startswith("one-off"):
            raise StoreError(f"--resume: run {run_id} was hashed with another "
                             "NOTELINT_AUDIT_KEY; set that key, or run without --resume")
        if sig != signature:
            raise StoreError(f"--resume: run {run_id} audited other inputs, ruleset, rules or "
                             "settings; run without --resume to start a new run")
        self.db.execute("DELETE FROM findings WHERE run_id = ? AND task_key NOT IN "
                        "(SELECT task_key FROM tasks WHERE run_id = ?)", [run_id, run_id])
        for table in ("records", "volumes"):
            self.db.execute(f"DELETE FROM {table} WHERE run_id = ? AND task_key NOT IN "
                            "(SELECT task_key FROM tasks WHERE run_id = ?)", [run_id, run_id])
        return run_id

    def done_tasks(self, run_id: str) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT task_key FROM tasks WHERE run_id = ?", [run_id]).fetchall()}

    def cache_run(self, key_id: str, before: str) -> str | None:
        """The latest complete run made with the same key: where unchanged records are found."""
        if key_id.startswith("one-off"):
            return None
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE status = 'complete' AND key_id = ? AND run_id <> ? "
            "ORDER BY started DESC LIMIT 1", [key_id, before]).fetchone()
        return row[0] if row else None

    def known_hashes(self, run_id: str, sig: str) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT DISTINCT rec_hash FROM records WHERE run_id = ? AND sig = ?",
            [run_id, sig]).fetchall()}

    # ------------------------------------------------------------------ writing

    def _insert(self, table: str, cols: list[str], rows: list[tuple[Any, ...]]) -> None:
        """Insert ``rows`` in one statement: one list parameter per column, zipped by
        ``unnest`` (DuckDB's ``executemany`` runs one statement per row: ~100× slower)."""
        if not rows:
            return
        if table not in self._types:
            self._types[table] = {r[0]: r[1] for r in self.db.execute(f"DESCRIBE {table}").fetchall()}
        types = self._types[table]
        picks = ", ".join(f"unnest(${i + 1}::{types[c]}[])" for i, c in enumerate(cols))
        self.db.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picks}",
                        [list(col) for col in zip(*rows)])

    def add_task(self, run_id: str, res: TaskResult, sig: str, source: str | None = None) -> None:
        """Store one task's rows (and the rows it carries over from run ``source`` for its
        unchanged records, staged by :meth:`stage_carry`), then mark it done — all in one
        transaction, so an interrupted audit resumes cleanly."""
        self.add_tasks(run_id, [res], {res.key: sig}, source)

    def add_tasks(self, run_id: str, results: list[TaskResult], sigs: dict[str, str],
                  source: str | None = None) -> None:
        """:meth:`add_task` for several tasks in one transaction (the fully carried ones)."""
        db = self.db
        db.execute("BEGIN TRANSACTION")
        try:
            self._insert("findings", ["run_id", "task_key", *FINDING_COLUMNS],
                         [(run_id, res.key, *r) for res in results for r in res.rows])
            self._insert("records", ["run_id", "task_key", "sig", *_REC_COLS],
                         [(run_id, res.key, sigs[res.key], r[0], _masked(r[1]), *r[2:])
                          for res in results for r in res.records])
            self._insert("volumes", ["run_id", "task_key", *_VOL_COLS],
                         [(run_id, res.key, *v) for res in results for v in res.volumes])
            if source is not None and self._staged:
                self._carry(run_id, [res.key for res in results if res.key in self._staged],
                            source)
            self._insert("tasks", ["run_id", "task_key"], [(run_id, res.key) for res in results])
            db.execute("COMMIT")
        except Exception:
            db.execute("ROLLBACK")
            self._source_rows = None  # (its temporary tables went with the transaction)
            raise

    def stage_carry(self, hits: list[tuple[str, str, str, str, int]]) -> None:
        """The unchanged records of this audit — (task key, sig, hash, path, line) — into a
        temporary table, once, so that carrying their rows is one INSERT … SELECT per table."""
        self.db.execute("CREATE OR REPLACE TEMP TABLE carry (task_key VARCHAR, sig VARCHAR, "
                        "rec_hash VARCHAR, path VARCHAR, line BIGINT)")
        self._types.pop("carry", None)
        self._insert("carry", ["task_key", "sig", "rec_hash", "path", "line"],
                     [(k, sig, h, _masked(path), line) for k, sig, h, path, line in hits])
        self._staged = {h[0] for h in hits}
        self._source_rows = None  # the source run's rows of them: taken out once, on first use

    def _take_source_rows(self, source: str) -> None:
        """The source run's findings, records and volumes of the staged records, in three
        temporary tables, once per audit: each task then carries its rows out of those,
        never scanning the store's whole history again."""
        if self._source_rows == source:
            return
        db = self.db
        # the first occurrence of each hash in the source run stands for it
        db.execute("CREATE OR REPLACE TEMP TABLE carry_first AS SELECT rec_hash, min(line) AS "
                   "line FROM records WHERE run_id = $src AND rec_hash IN (SELECT rec_hash "
                   "FROM carry) GROUP BY 1", {"src": source})
        db.execute("CREATE OR REPLACE TEMP TABLE carry_f AS SELECT f.* FROM findings f JOIN "
                   "carry_first o ON f.rec_hash = o.rec_hash AND f.rec_line = o.line WHERE "
                   "f.run_id = $src", {"src": source})
        db.execute("CREATE OR REPLACE TEMP TABLE carry_r AS SELECT r.* FROM records r JOIN "
                   "carry_first o ON r.rec_hash = o.rec_hash AND r.line = o.line WHERE "
                   "r.run_id = $src", {"src": source})
        db.execute("CREATE OR REPLACE TEMP TABLE carry_v AS SELECT DISTINCT * EXCLUDE "
                   "(task_key, run_id) FROM volumes WHERE run_id = $src AND rec_hash IN "
                   "(SELECT rec_hash FROM carry)", {"src": source})
        self._source_rows = source

    def _carry(self, run_id: str, keys: list[str], source: str) -> None:
        """Copy run ``source``'s rows of the staged records of tasks ``keys`` into ``run_id``,
        at their new place (path and line)."""
        if not keys:
            return
        db = self.db
        self._take_source_rows(source)
        db.execute("CREATE OR REPLACE TEMP TABLE carry_now AS SELECT * FROM carry WHERE "
                   "task_key IN (SELECT unnest($keys::VARCHAR[]))", {"keys": keys})
        cols = [c for c in FINDING_COLUMNS if c not in ("rec_line", "path", "line")]
        db.execute(
            f"INSERT INTO findings (run_id, task_key, rec_line, path, line, {', '.join(cols)}) "
            f"SELECT $run, c.task_key, c.line, c.path, f.line - f.rec_line + c.line, "
            f"{', '.join('f.' + x for x in cols)} FROM carry_f f JOIN carry_now c ON "
            "c.rec_hash = f.rec_hash", {"run": run_id})
        db.execute(
            f"INSERT INTO records (run_id, task_key, sig, {', '.join(_REC_COLS)}) SELECT $run, "
            "c.task_key, c.sig, r.rec_hash, c.path, c.line, r.notes, r.access_events, "
            "r.conversations, r.treatments, r.broken FROM carry_r r JOIN carry_now c ON "
            "c.rec_hash = r.rec_hash", {"run": run_id})
        db.execute(
            f"INSERT INTO volumes (run_id, task_key, {', '.join(_VOL_COLS)}) SELECT $run, "
            "c.task_key, v.rec_hash, v.kind, v.unit_hsa_id, v.unit_name, v.month, v.n FROM "
            "carry_v v JOIN carry_now c ON c.rec_hash = v.rec_hash", {"run": run_id})

    def finish_run(self, run_id: str, files: int, duration_s: float, reused: int) -> None:
        (rec, notes, ae, conv, tr, broken) = self.db.execute(
            "SELECT count(*) FILTER (WHERE broken = 0), coalesce(sum(notes),0), "
            "coalesce(sum(access_events),0), coalesce(sum(conversations),0), "
            "coalesce(sum(treatments),0), coalesce(sum(broken),0) FROM records WHERE run_id = ?",
            [run_id]).fetchone()
        (count,) = self.db.execute("SELECT count(*) FROM findings WHERE run_id = ?",
                                   [run_id]).fetchone()
        self.db.execute(
            "UPDATE runs SET finished = ?, duration_s = ?, files = ?, records = ?, notes = ?, "
            "access_events = ?, conversations = ?, treatments = ?, findings = ?, broken = ?, "
            "reused_records = ?, status = 'complete' WHERE run_id = ?",
            [dt.datetime.now(), duration_s, files, rec, notes, ae, conv, tr, count, broken,
             reused, run_id])

    # ------------------------------------------------------------------ reading

    def run(self, run_id: str) -> dict[str, Any]:
        cur = self.db.execute("SELECT * FROM runs WHERE run_id = ?", [run_id])
        cols = [d[0] for d in cur.description]
        row = cur.fetchone()
        return dict(zip(cols, row)) if row else {}

    def runs(self) -> list[dict[str, Any]]:
        cur = self.db.execute("SELECT * FROM runs WHERE status = 'complete' ORDER BY started")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def previous_run(self, run_id: str) -> str | None:
        row = self.db.execute(
            "SELECT run_id FROM runs WHERE status = 'complete' AND run_id <> ? AND started < "
            "(SELECT started FROM runs WHERE run_id = ?) ORDER BY started DESC LIMIT 1",
            [run_id, run_id]).fetchone()
        return row[0] if row else None

    def query(self, sql: str, params: list[Any] | dict[str, Any]) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, params).fetchall()

    def export(self, sql: str, params: list[Any], target: str, fmt: str) -> None:
        """COPY a query's result to CSV or Parquet."""
        opts = "FORMAT CSV, HEADER" if fmt == "csv" else "FORMAT PARQUET"
        self.db.execute(f"COPY ({sql}) TO '{_sql_path(target)}' ({opts})", params)

    def export_parquet(self, target: str) -> None:
        self.db.execute(f"COPY findings TO '{_sql_path(target)}' (FORMAT PARQUET)")


def _sql_path(p: str) -> str:
    return p.replace("'", "''")


def _masked(path: str) -> str:
    """A path as every output shows it: identity numbers masked, unprintable bytes escaped
    (the store is an output too)."""
    from notelint import pii
    from notelint.model import printable

    return pii.mask_text(printable(path))

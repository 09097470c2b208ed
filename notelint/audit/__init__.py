"""Audits of whole exports: findings rows with context, a DuckDB store, an HTML report.

``notelint audit`` streams records task by task (a file, or a byte range of a big
JSON Lines file — :mod:`notelint.parallel` plans them), runs the ruleset's rules and turns
each finding into an :class:`AuditRow` with what an auditor groups by (rule, severity,
unit HSA-id, month) — never note text, and the patient only as a keyed hash.
Engines: ``local`` (a process pool, the default) and ``dask`` (a distributed cluster).
"""

"""Project configuration: ``[tool.notelint]`` in ``pyproject.toml`` or ``notelint.toml``.

Like Ruff, the configuration file closest to each input wins: from the input's directory
upwards, the first directory with a ``notelint.toml`` (or a ``pyproject.toml`` that has a
``[tool.notelint]`` table; ``notelint.toml`` first when a directory has both) gives the
settings for that input. ``--config FILE`` uses one file for every input, ``--isolated``
ignores configuration files altogether. Flags on the command line override the file.

Keys (``notelint.toml`` top level, or under ``[tool.notelint]``)::

    ruleset = "skane"                 # built-in name or a .toml file (relative to this file)
    select = ["NL1", "NL3"]           # codes, prefixes or names
    extend-select = ["NL401"]
    ignore = ["NL103"]
    fail-on = "warning"               # error | warning | info
    icd10se = "data/icd10se.tsv"      # path (relative to this file)
    journal-system = "Melior"         # of notes whose input names none (FHIR); the ruleset's
    [severity]                        # per-rule severity
    NL102 = "info"
    [per-file-ignores]                # glob (relative to this file) -> codes
    "mallar/*.txt" = ["NL2"]
    [deadlines.access]                # merged into the ruleset's [access] (and ehealth,
    doc_deadline_days = 5             # treatments); validated like the ruleset itself

An unknown key is an error naming the key, the file and its line.
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from notelint import pii

__all__ = ["Config", "ConfigError", "load_config", "find_config", "resolve_config",
           "apply_deadlines", "DEADLINE_KEYS", "CONFIG_FILES"]

CONFIG_FILES = ("notelint.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
KNOWN_KEYS = ("ruleset", "select", "extend-select", "ignore", "severity", "per-file-ignores",
              "icd10se", "fail-on", "deadlines", "journal-system")
# deadline and window settings a project may override, per ruleset table
DEADLINE_KEYS: dict[str, tuple[str, ...]] = {
    "access": ("doc_deadline_days", "doc_before_days", "urgent_form_deadline_days"),
    "ehealth": ("doc_deadline_hours", "link_window_days"),
    "treatments": ("doc_deadline_days", "link_window_days"),
}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file, line and key."""


@dataclass
class Config:
    """Effective settings from one configuration file (or none: ``path is None``)."""

    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    ruleset: str | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    icd10se: str | None = None
    fail_on: str | None = None
    deadlines: dict[str, dict[str, int]] = field(default_factory=dict)
    journal_system: str | None = None
    journal_system_at: str = ""  # "file:line" of the key, for an error about its value

    @property
    def key(self) -> str:
        return str(self.path) if self.path else ""

    def selection(self, cli_select: list[str] | None = None) -> list[str]:
        """Selectors in force: the command line's ``--select`` replaces the file's."""
        if cli_select:
            return list(cli_select)
        if self.select is None:
            return ["ALL", *self.extend_select] if self.extend_select else []
        return [*self.select, *self.extend_select]

    def ignored_for(self, path: str) -> list[str]:
        """Codes that ``per-file-ignores`` switches off for ``path``."""
        if not self.per_file_ignores or path == "-":
            return []
        p = Path(path).resolve()
        try:
            rel = PurePosixPath(p.relative_to(self.root.resolve()).as_posix())
        except ValueError:
            rel = PurePosixPath(p.as_posix())
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            raw = pattern.replace("\\", "/")
            # findings' paths are masked (unless --show-pii): a pattern naming a file by
            # its identity number matches the masked path too
            if any(fnmatch.fnmatchcase(str(rel), pat) or rel.match(pat)
                   or ("/" not in pat and fnmatch.fnmatchcase(rel.name, pat))
                   for pat in {raw, pii.mask_text(raw)}):
                out.extend(codes)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "config": str(self.path) if self.path else None,
            "ruleset": self.ruleset or "national",
            "select": self.select if self.select is not None else ["ALL"],
            "extend-select": self.extend_select,
            "ignore": self.ignore,
            "severity": self.severity,
            "per-file-ignores": self.per_file_ignores,
            "icd10se": self.icd10se,
            "fail-on": self.fail_on or "warning",
            "deadlines": self.deadlines,
            "journal-system": self.journal_system,
        }


# --------------------------------------------------------------------------- loading


def _line_of(text: str, table: str, key: str) -> int | None:
    """Line of ``key`` inside ``[table]`` ('' = top level); also finds ``[table.key]``."""
    current = ""
    dotted = f"{table}.{key}" if table else key
    for i, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        m = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$", line)
        if m:
            current = re.sub(r"\s*\.\s*", ".", m.group(1)).replace('"', "")
            if current == dotted:
                return i
            continue
        m = re.match(r'^["\']?([^"\'=\s]+)["\']?\s*=', line)
        if m and m.group(1) == key and current == table:
            return i
    return None


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _parse(path: Path, text: str, data: dict[str, Any], table: str) -> Config:
    """Validate the settings table ``data`` (at ``table`` in the file) into a Config."""

    def where(key: str, sub: str = "") -> str:
        t = ".".join(x for x in (table, sub) if x)
        line = _line_of(text, t, key)
        parts = sub.split(".") if sub else []
        while line is None and parts:  # inside an inline table: the line of its key
            leaf = parts.pop()
            line = _line_of(text, ".".join(x for x in (table, *parts) if x), leaf)
        return f"{path}:{line}" if line else str(path)

    def fail(key: str, msg: str, sub: str = "") -> ConfigError:
        return ConfigError(f"{where(key, sub)}: {msg}")

    cfg = Config(path=path, root=path.parent)
    for key, value in data.items():
        if key not in KNOWN_KEYS:
            hint = ""
            close = [k for k in KNOWN_KEYS if k.replace("-", "_") == key.replace("-", "_")]
            if close:
                hint = f" (did you mean {close[0]!r}?)"
            raise fail(key, f"unknown key {key!r}{hint}; known keys: {', '.join(KNOWN_KEYS)}")
        if key in ("ruleset", "icd10se"):
            if not isinstance(value, str) or not value.strip():
                raise fail(key, f"{key!r} must be a non-empty string")
            if key == "ruleset":
                cfg.ruleset = (str(path.parent / value) if value.endswith(".toml")
                               and not os.path.isabs(value) else value)
            else:
                cfg.icd10se = value if os.path.isabs(value) else str(path.parent / value)
                if not os.path.isfile(cfg.icd10se):
                    raise fail(key, f"'icd10se' file {cfg.icd10se} not found; give the path "
                                    "of the ICD-10-SE code list relative to this file")
        elif key in ("select", "extend-select", "ignore"):
            if not _is_str_list(value):
                raise fail(key, f"{key!r} must be a list of rule codes, e.g. [\"NL3\"]")
            _check_selectors(value, lambda msg: fail(key, f"{key!r}: {msg}"))
            if key == "select":
                cfg.select = list(value)
            elif key == "extend-select":
                cfg.extend_select = list(value)
            else:
                cfg.ignore = list(value)
        elif key == "journal-system":
            if not isinstance(value, str) or not value.strip():
                raise fail(key, "'journal-system' must be the name of one of the ruleset's "
                                "journal systems, e.g. \"Melior\"")
            cfg.journal_system, cfg.journal_system_at = value, where(key)
        elif key == "fail-on":
            if value not in SEVERITIES:
                raise fail(key, f"'fail-on' must be one of {', '.join(SEVERITIES)}, "
                                f"not {value!r}")
            cfg.fail_on = value
        elif key == "severity":
            if not isinstance(value, dict):
                raise fail(key, "'severity' must be a table of CODE = \"error|warning|info\"")
            for code, sev in value.items():
                _check_selectors([code], lambda msg, c=code: fail(c, f"[severity]: {msg}",
                                                                  "severity"))
                if sev not in SEVERITIES:
                    raise fail(code, f"severity of {code} must be one of "
                                     f"{', '.join(SEVERITIES)}, not {sev!r}", "severity")
                cfg.severity[code.upper()] = sev
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise fail(key, "'per-file-ignores' must be a table of \"GLOB\" = [CODES]")
            for glob, codes in value.items():
                if not _is_str_list(codes):
                    raise fail(glob, f"per-file-ignores for {glob!r} must be a list of codes",
                               "per-file-ignores")
                _check_selectors(codes, lambda msg, g=glob: fail(
                    g, f"per-file-ignores {g!r}: {msg}", "per-file-ignores"))
                cfg.per_file_ignores[glob] = list(codes)
        elif key == "deadlines":
            if not isinstance(value, dict):
                raise fail(key, "'deadlines' must be a table with [deadlines.access], "
                                "[deadlines.ehealth] or [deadlines.treatments]")
            for tbl, settings in value.items():
                if tbl not in DEADLINE_KEYS:
                    raise fail(tbl, f"unknown key 'deadlines.{tbl}'; known: "
                                    f"{', '.join(DEADLINE_KEYS)}", "deadlines")
                if not isinstance(settings, dict):
                    raise fail(tbl, f"'deadlines.{tbl}' must be a table", "deadlines")
                for k, v in settings.items():
                    sub = f"deadlines.{tbl}"
                    if k not in DEADLINE_KEYS[tbl]:
                        raise fail(k, f"unknown key '{sub}.{k}'; known: "
                                      f"{', '.join(DEADLINE_KEYS[tbl])}", sub)
                    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                        raise fail(k, f"'{sub}.{k}' must be a whole number ≥ 0, not {v!r}",
                                   sub)
                cfg.deadlines[tbl] = dict(settings)
    return cfg


def _check_selectors(values: list[str], fail: Any) -> None:
    from notelint.rules import unknown_selectors_message, validate_selectors

    unknown = validate_selectors(values)
    if unknown:
        raise fail(unknown_selectors_message(unknown))


def _read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    from notelint.settings_files import CONFIG_LIMIT, read_regular

    try:
        text = read_regular(path, CONFIG_LIMIT).decode("utf-8-sig")
    except OSError as e:
        raise ConfigError(f"{path}: cannot read the configuration file: {e.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8; save the configuration file as UTF-8") from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    except ValueError:  # (an integer of thousands of digits: no setting is one)
        raise ConfigError(f"{path}: a number is too long to be a setting") from None


def _settings_table(path: Path, data: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        if not isinstance(tool, dict) or "notelint" not in tool:
            return None
        table = tool["notelint"]
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.notelint] must be a table")
        return table, "tool.notelint"
    return data, ""


_CACHE: dict[Path, Config | None] = {}


def load_config(path: str | Path, *, required: bool = True) -> Config | None:
    """Load one configuration file. A pyproject.toml without [tool.notelint] gives None
    (or an error when ``required``, i.e. named by ``--config``)."""
    p = Path(path).absolute()
    if p in _CACHE and not required:
        return _CACHE[p]
    if required and not p.exists():  # (a FIFO or device is said to be one when read)
        raise ConfigError(f"{path}: configuration file not found")
    text, data = _read_toml(p)
    found = _settings_table(p, data)
    if found is None:
        if required:
            raise ConfigError(f"{path}: no [tool.notelint] table in this pyproject.toml")
        _CACHE[p] = None
        return None
    table, name = found
    cfg = _parse(p, text, table, name)
    _CACHE[p] = cfg
    return cfg


def _is(p: Path, kind: Callable[[Path], bool]) -> bool:
    """``kind(p)`` (``Path.is_dir``, ``Path.is_file``), False where ``p`` cannot be
    reached: an input there is reported by its reader, never a crash here."""
    try:
        return kind(p)
    except OSError:
        return False


def find_config(start: str | Path) -> Config | None:
    """The closest configuration for an input at ``start`` (a file or directory)."""
    p = Path(start).absolute()
    d = p if _is(p, Path.is_dir) else p.parent
    for directory in (d, *d.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if _is(candidate, Path.is_file):
                cfg = load_config(candidate, required=False)
                if cfg is not None:
                    return cfg
    return None


def resolve_config(path: str, *, config_file: str | None = None,
                   isolated: bool = False) -> Config:
    """Effective configuration for one input path ('-' = standard input, from the cwd)."""
    if isolated:
        return Config()
    if config_file:
        cfg = load_config(config_file, required=True)
        assert cfg is not None
        return cfg
    return find_config(Path.cwd() if path == "-" else path) or Config()


def apply_deadlines(ruleset: Any, cfg: Config) -> Any:
    """The ruleset with the configuration's deadline overrides merged in (validated)."""
    if not cfg.deadlines:
        return ruleset
    from pydantic import ValidationError

    from notelint.rulesets import Ruleset

    data = ruleset.model_dump()
    for tbl, values in cfg.deadlines.items():
        data[tbl] = {**data[tbl], **values}
    try:
        return Ruleset.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        dotted = ".".join(str(x) for x in err["loc"])
        raise ConfigError(f"{cfg.path}: deadlines: {dotted}: {err['msg']}") from None

"""Files a command writes (lint's ``--output``; audit's ``--report``, ``--worklist``,
``--parquet``): checked before any work, written whole or not at all.

A report written when the disk fills up, or a worklist a unit acts on cut off half-way,
is worse than none: it looks complete. So a file is written under a temporary name beside
it and takes the target's name only when complete (the earlier file, if any, is kept
until then). A link is followed (the file it points to is written, not the link replaced);
a device or pipe (``/dev/stdout``, a FIFO) is written directly. Every failure is one line
naming the flag and the file (:class:`~notelint.errors.UserError`).
"""

from __future__ import annotations

import os
import secrets
import stat
from contextlib import contextmanager
from typing import Iterator

from notelint.errors import UserError

__all__ = ["check_writable", "replacing"]


def shown(path: str) -> str:
    """``path`` as a message may show it: identity numbers masked, control characters
    escaped."""
    from notelint import pii
    from notelint.model import printable

    return printable(pii.mask_text(path))


def _link_note(path: str, real: str) -> str:
    return f" (a link to {shown(real)})" if os.path.islink(path) else ""


def check_writable(flag: str, path: str, inputs: "list[str] | tuple[str, ...]" = (),
                   after: str = "choose another file") -> None:
    """Raise one line naming ``flag`` and ``path`` when a file cannot be written there:
    a folder, one of the ``inputs`` (it would be overwritten), a folder that does not
    exist (also where a link points), no permission."""
    real = os.path.realpath(path)
    folder = os.path.dirname(real)
    if os.path.isdir(real):
        why = "is a directory"
    elif os.path.exists(real) and any(p != "-" and os.path.exists(p) and os.path.samefile(p, real)
                                      for p in inputs):
        why = "is one of the inputs (it would be overwritten)"
    elif not os.path.isdir(folder):
        why = f"its folder {shown(folder)} does not exist"
    elif not os.access(real if os.path.exists(real) else folder, os.W_OK):
        why = "is not writable"
    else:
        return
    raise UserError(f"{flag} {shown(path)}{_link_note(path, real)}: {why}; {after}")


@contextmanager
def replacing(flag: str, path: str, what: str = "the report") -> Iterator[str]:
    """A path to write ``path``'s new content to; when the block ends without an error it
    becomes ``path`` (a link's target), else it is removed and the error is one line. A
    device or pipe is written directly (yielded as it is)."""
    real = os.path.realpath(path)
    try:
        special = not stat.S_ISREG(os.stat(real).st_mode)
    except OSError:
        special = False  # (none there yet)
    if special:
        with _said(flag, path, what):
            yield real
        return
    folder, name = os.path.split(real)
    root, ext = os.path.splitext(name)  # (the extension kept: it names the format)
    tmp = os.path.join(folder, f".{root}.{secrets.token_hex(4)}.tmp{ext}")
    with _said(flag, path, what):
        # created as open() creates a file (the umask applies), or with the old file's mode
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        with _said(flag, path, what):
            if os.path.exists(real):
                os.chmod(tmp, stat.S_IMODE(os.stat(real).st_mode))
            yield tmp
            os.replace(tmp, real)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def _said(flag: str, path: str, what: str) -> Iterator[None]:
    """An error while writing ``path`` as one line: the operating system's (a full disk,
    no permission), the store's or the spreadsheet writer's."""
    try:
        yield
    except UserError:
        raise
    except Exception as e:
        if not _is_write_error(e):
            raise
        reason = getattr(e, "strerror", None) or (str(e).splitlines() or [type(e).__name__])[0]
        raise UserError(f"{flag} {shown(path)}: cannot write {what} ({reason}); free space or "
                        "choose another file") from None


def _is_write_error(e: Exception) -> bool:
    if isinstance(e, OSError):
        return True
    kind = type(e)
    # DuckDB's IO errors (COPY … TO), XlsxWriter's file errors: their modules may be absent
    return kind.__module__.split(".")[0] in ("duckdb", "_duckdb", "xlsxwriter") and (
        "IO" in kind.__name__ or "File" in kind.__name__)

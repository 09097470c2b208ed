"""Reading the files that steer a run — configuration, rulesets, baselines — as bounded
regular files.

In CI and pre-commit a pull request controls them as much as the inputs: a FIFO would hang
the run, ``/dev/zero`` (or a symlink to it) fill the memory. Each is opened without waiting
(a FIFO opens at once), must be a regular file and no larger than its bound. The errors
are ``OSError`` with a ``strerror`` in words, so every caller's "cannot read …: {strerror}"
line names the problem.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["NotAFile", "TooLarge", "read_regular", "CONFIG_LIMIT", "BASELINE_LIMIT"]

#: the largest configuration or ruleset file read (bytes)
CONFIG_LIMIT = 8 * 1024 * 1024
#: the largest baseline read (about a million findings)
BASELINE_LIMIT = 512 * 1024 * 1024


class NotAFile(OSError):
    """A FIFO, device, socket or directory where a file was expected."""


class TooLarge(OSError):
    """A file larger than its bound."""


def read_regular(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file ``path`` (symlinks followed), at most ``limit`` of them;
    :class:`NotAFile` or :class:`TooLarge` otherwise (and what ``open`` raises)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file"
            raise NotAFile(0, f"{kind} (a FIFO, device or socket is never read)")
        if st.st_size > limit:
            raise TooLarge(0, f"larger than {limit // (1024 * 1024)} MB")
        os.set_blocking(fd, True)
        chunks = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # (grew while read)
                raise TooLarge(0, f"larger than {limit // (1024 * 1024)} MB")
        return b"".join(chunks)
    finally:
        os.close(fd)

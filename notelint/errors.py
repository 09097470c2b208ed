"""Errors a user can cause and fix, on the ground floor: every layer may raise them.

The command line turns a :class:`UserError` into one line on standard error and exit code
2 (docs/cli.md); the HTTP server into a 4xx answer. Nothing here imports from notelint, so
``lint``, ``sorting`` or ``nlp`` can raise one without importing the command line above them.
"""

from __future__ import annotations

__all__ = ["UserError", "EXIT_OK", "EXIT_FINDINGS", "EXIT_ERROR"]

#: exit codes (docs/cli.md): nothing at or above --fail-on / findings at or above it /
#: a usage or configuration error, an unreadable input or an internal error
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UserError(Exception):
    """An error the user can fix (bad flag value, bad config, unwritable place): one line."""

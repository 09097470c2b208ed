"""What every command shares: the one-line error, code lists, the group that turns a bug
into one line and exit 2."""

from __future__ import annotations

import sys
from typing import Any

import click

from notelint.errors import EXIT_ERROR

__all__ = ["split_codes", "fail", "masked", "Group"]


def split_codes(values: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def fail(message: str) -> None:
    """A user-caused error: one line, no traceback, exit 2 (identity numbers masked: a
    message may name a file, a note id or a value from the input)."""
    from notelint import pii
    from notelint.model import printable

    click.echo(f"notelint: error: {pii.mask_text(printable(' '.join(message.split())))}",
               err=True)
    sys.exit(EXIT_ERROR)


def masked(error: click.ClickException) -> click.ClickException:
    """``error`` (click's own: a bad value, an unknown option or command) with identity
    numbers masked in its line — it may quote any value given. Always masked: whether
    ``--show-pii`` was given is not known before the arguments are parsed."""
    from notelint import pii

    line = error.format_message()
    if pii.mask_text(line) == line:
        return error
    if isinstance(error, click.UsageError):
        out: click.ClickException = click.UsageError(pii.mask_text(line), error.ctx)
    else:
        out = click.ClickException(pii.mask_text(line))
    out.exit_code = error.exit_code
    return out


class Group(click.Group):
    """Any failure that is not the user's (a bug) ends in one line and exit 2 — never a
    traceback and never exit 1, which would read as "findings" (``NOTELINT_DEBUG=1``
    shows the traceback). click's own usage errors are masked (:func:`masked`)."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.exceptions.ClickException as e:  # the group's own options
            raise masked(e) from None

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except click.exceptions.ClickException as e:  # a command's options, or no such command
            raise masked(e) from None
        except (click.exceptions.Exit,
                click.exceptions.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # `notelint rules | head`: the reader has all it wanted
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_ERROR)
        except OSError as e:  # the machine's, not a bug: a full disk, a file gone meanwhile
            if getattr(e, "errno", None) not in _MACHINE_ERRORS:
                return self._internal(e)
            if getattr(e, "filename", None):
                fail(f"{e.filename}: {e.strerror or type(e).__name__}")
            fail(f"cannot write the output ({e.strerror or type(e).__name__}); free space or "
                 "write it somewhere else")
        except MemoryError:
            click.echo("notelint: error: out of memory; lint fewer or smaller inputs at once",
                       err=True)
            sys.exit(EXIT_ERROR)
        except Exception as exc:
            return self._internal(exc)

    @staticmethod
    def _internal(exc: BaseException) -> None:
        import os

        if os.environ.get("NOTELINT_DEBUG"):
            raise exc
        click.echo(f"notelint: internal error ({type(exc).__name__}); nothing was "
                   "reported for this run — please report it (NOTELINT_DEBUG=1 shows "
                   "where)", err=True)
        sys.exit(EXIT_ERROR)


def _machine_errors() -> frozenset[int]:
    import errno

    names = ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS", "EACCES", "EPERM", "ENOENT",
             "ENOTDIR", "EISDIR", "EMFILE", "ENFILE", "ESTALE", "ENAMETOOLONG", "ELOOP")
    return frozenset(getattr(errno, n) for n in names if hasattr(errno, n))


#: operating-system errors that are the machine's state (a full disk, a file removed or
#: made unreadable while the run went on), said as one line naming the file
_MACHINE_ERRORS = _machine_errors()

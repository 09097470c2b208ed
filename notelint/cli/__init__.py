"""The ``notelint`` command line (click): one module per command, each only parsing
arguments and calling the library (docs/cli.md is the contract).

``lint`` (:mod:`.lint`), ``audit``, ``preview``, ``serve``, ``feedback``, ``baseline``,
``config`` and ``rules``/``explain``/``schema`` (:mod:`.rules`). Heavy imports happen
inside commands so that ``notelint --help`` and ``notelint explain`` start fast; a command
whose optional dependencies are missing (``[audit]``, ``[serve]``) is left out.

Exit codes (docs/cli.md, normative): 0 nothing at or above ``--fail-on``; 1 findings at or
above it; 2 a usage or configuration error, or any input that could not be read.
"""

from __future__ import annotations

import importlib

import click

from notelint.cli.common import Group
from notelint.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UserError  # noqa: F401

__all__ = ["main", "run", "COMMAND_MODULES"]

#: the modules of notelint.cli that define commands (each a ``COMMANDS`` list)
COMMAND_MODULES = ("lint", "rules", "audit", "preview", "serve", "feedback", "baseline",
                   "config")


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="notelint", prog_name="notelint")
def main() -> None:
    """Documentation-compliance linter for Swedish clinical journal notes and 1177 cases.

    Checks exported notes, access events (Reglerad åtkomst), 1177 e-service cases and
    Stöd och behandling treatments against a region's routines.
    """


def _register_commands() -> None:
    for name in COMMAND_MODULES:
        module = f"notelint.cli.{name}"
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as e:  # an optional extra is not installed
            if e.name and not e.name.startswith("notelint"):
                continue
            raise
        for cmd in getattr(mod, "COMMANDS", []):
            main.add_command(cmd)


_register_commands()


def run() -> None:
    """The console script: :func:`main`, then an exit that skips freeing the heap.

    Tearing down a process that built the NLP pipeline (a large vocabulary, lexicon tables,
    automata) frees millions of objects one by one: 0.1-0.4 s on every run, a tenth of a
    one-note lint. Once the command has returned, its output is written and every file it
    opened is closed, so the exit handlers are run (open pools, temporary directories,
    logging) and the process ends without the teardown. With another thread still running
    (which a normal exit would wait for), or under a profiler, debugger or coverage, it
    exits normally.
    """
    try:
        main()
    except SystemExit as stop:
        code = stop.code
    else:  # pragma: no cover - click always ends with SystemExit in standalone mode
        code = EXIT_OK
    _exit_fast(code)


def _exit_fast(code: object) -> None:
    import atexit
    import os
    import sys
    import threading

    if threading.active_count() > 1 or sys.getprofile() or sys.gettrace():
        sys.exit(code)  # a thread to wait for, or a profiler or coverage that writes at exit
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):  # sys.exit("message") prints it and exits 1
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away: what is left is lost anyway
        code = code or EXIT_ERROR
    except OSError as e:  # (a full disk under `> file`): the output is not whole — said
        print(f"notelint: error: standard output: cannot write ({e.strerror or e}); free "
              "space or write to a file with --output", file=sys.stderr)
        code = EXIT_ERROR
    try:
        sys.stderr.flush()
    except OSError:
        code = code or EXIT_ERROR
    atexit._run_exitfuncs()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()

"""``python -m notelint.cli`` (guarded: worker processes that re-import __main__ must not
start the command line again)."""

from notelint.cli import run

if __name__ == "__main__":
    run()

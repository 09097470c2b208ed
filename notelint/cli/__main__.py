"""``python -m notelint.cli``."""

from notelint.cli import main

main()

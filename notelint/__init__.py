"""notelint: a documentation-compliance linter for Swedish clinical journal notes."""


def version() -> str:
    """The installed notelint version (``0+unknown`` when run from a bare source tree)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _version

    try:
        return _version("notelint")
    except PackageNotFoundError:  # pragma: no cover - not installed
        return "0+unknown"

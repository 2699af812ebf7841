"""profilelint: a linter for professional profiles."""

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``__version__``, read from the package metadata when first asked for (not at start)."""
    if name != "__version__":
        raise AttributeError(f"module 'profilelint' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    global __version__
    try:
        __version__ = version("profilelint")
    except PackageNotFoundError:  # running from a source tree that is not installed
        __version__ = "0+unknown"
    return __version__

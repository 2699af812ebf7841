"""profilelint: a linter for professional profiles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("profilelint")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = ["__version__"]

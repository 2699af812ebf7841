"""Diagnostics and per-file results: what the engine hands to reporters."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}

# The input and internal codes every run may report, whatever plugins are installed.
CORE_CODES: dict[str, tuple[str, Severity, str]] = {
    "INP001": (
        "file-unreadable",
        "error",
        "Check that the file exists and is a readable UTF-8 file.",
    ),
    "INP002": (
        "unknown-format",
        "error",
        "Give a JSON Resume file, a saved profile page, a LinkedIn export or its PDF.",
    ),
    "INP003": (
        "input-too-large",
        "error",
        "Split or trim the input, or raise the limit in [limits].",
    ),
    "INP004": ("invalid-value", "error", "Give the field the type its format defines."),
    "INP005": ("restricted-fields", "info", "Save the page while signed in to see every value."),
    # A key close to a defined one (a typo that hides a field) warns; a loader reports a key
    # with no close match as info (Problem.severity): "profilelint ignores 'hobbies2'".
    "INP006": ("unknown-key", "warning", "Rename the key to one the format defines."),
    "INP007": ("unused-ignore", "info", "Remove the inline ignore: it suppresses nothing."),
    "INP008": (
        "date-unreadable",
        "info",
        "Check the date in the file; rules treat it as unknown.",
    ),
    "INP009": (
        "layout-unexpected",
        "info",
        "Save the file again from its source; report the layout if it persists.",
    ),
    "INT001": (
        "check-crashed",
        "error",
        "Report this to the check's authors; other rules still ran.",
    ),
    "INT002": ("plugin-failed", "error", "Uninstall or fix the plugin named in the message."),
}

# INP001's help fits the error it reports, chosen by the start of the message.
INP001_HELP: tuple[tuple[str, str], ...] = (
    (
        "not well-formed JSON",
        "Fix the JSON at the line and column given: a missing comma, quote or bracket "
        "just before it is the usual cause.",
    ),
    ("the file is empty", "Write the profile into the file, or remove the file."),
    ("no such file", "Check the path: no file has that name."),
    ("permission denied", "Make the file readable by the user running profilelint."),
    ("not UTF-", "Save the file as UTF-8 text (most editors offer it under Save As)."),
    ("text holds", "Remove the broken character (half of a UTF-16 pair) from the text."),
    ("not a regular file", "Give a file, not a device, pipe or socket."),
)


def help_for(code: str, message: str) -> str:
    """The help line of a core code, fitted to the message where the code has several causes."""
    if code == "INP001":
        for start, line in INP001_HELP:
            if message.startswith(start):
                return line
    return CORE_CODES[code][2]


#: Codes that configuration can never hide: the file or the run could not be judged in full.
UNHIDEABLE = frozenset({"INP001", "INP002", "INP003", "INP004", "INT001", "INT002"})


@dataclass(frozen=True, slots=True)
class Location:
    """A further place a diagnostic refers to (``related``)."""

    field: str | None
    line: int | None
    column: int | None

    def __reduce__(self) -> tuple[Any, ...]:
        # As the constructor's arguments: pickled between a worker and this process, a tuple
        # costs less than the state dataclass gives a frozen slotted class (see Diagnostic).
        return (Location, (self.field, self.line, self.column))


@dataclass(frozen=True, slots=True, init=False)
class Diagnostic:
    """One finding, located in the file (the JSON contract, ``--format json``)."""

    code: str
    name: str
    severity: Severity
    message: str
    help: str
    path: str
    member: str | None = None
    field: str | None = None
    line: int | None = None
    column: int | None = None
    related: tuple[Location, ...] = ()
    quote: str | None = None
    #: The whole list a message names only in part ("… and 12 more").
    items: tuple[str, ...] = ()

    # Written out rather than generated (init=False): the generated one of a frozen class
    # calls object.__setattr__ for each of the 13 fields, which looks each name up on the
    # class; this one calls the fields' slot setters, found once (a third fewer instructions
    # per diagnostic, made per finding).  The parameters are the fields, in their order and
    # with their defaults (a test compares them).
    def __init__(
        self,
        code: str,
        name: str,
        severity: Severity,
        message: str,
        help: str,
        path: str,
        member: str | None = None,
        field: str | None = None,
        line: int | None = None,
        column: int | None = None,
        related: tuple[Location, ...] = (),
        quote: str | None = None,
        items: tuple[str, ...] = (),
    ) -> None:
        (
            set_code,
            set_name,
            set_severity,
            set_message,
            set_help,
            set_path,
            set_member,
            set_field,
            set_line,
            set_column,
            set_related,
            set_quote,
            set_items,
        ) = _DIAGNOSTIC_SETTERS
        set_code(self, code)
        set_name(self, name)
        set_severity(self, severity)
        set_message(self, message)
        set_help(self, help)
        set_path(self, path)
        set_member(self, member)
        set_field(self, field)
        set_line(self, line)
        set_column(self, column)
        set_related(self, related)
        set_quote(self, quote)
        set_items(self, items)

    def __reduce__(self) -> tuple[Any, ...]:
        # Results come back from the workers pickled: the constructor's arguments as a tuple
        # pickle in 40% and load in 60% of the time of the state a frozen slotted dataclass
        # gives (a list built from fields(), then one setattr per field).
        return (
            Diagnostic,
            (
                self.code,
                self.name,
                self.severity,
                self.message,
                self.help,
                self.path,
                self.member,
                self.field,
                self.line,
                self.column,
                self.related,
                self.quote,
                self.items,
            ),
        )

    def sort_key(self) -> tuple[Any, ...]:
        """Order by file, member, line, column, code, then message, for stable output."""
        return (
            self.path,
            self.member or "",
            self.line if self.line is not None else -1,
            self.column if self.column is not None else -1,
            self.code,
            self.field or "",
            self.message,
        )

    def to_json(self) -> dict[str, Any]:
        """The diagnostic as the JSON output contract spells it."""
        # Every value is text, a number or None: no deep copy (asdict) is needed.
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "help": self.help,
            "path": self.path,
            "member": self.member,
            "field": self.field,
            "line": self.line,
            "column": self.column,
            "related": [
                {"field": r.field, "line": r.line, "column": r.column} for r in self.related
            ],
            "items": list(self.items),
        }


#: The slot setter of each of Diagnostic's fields, in field order (see Diagnostic.__init__).
_DIAGNOSTIC_SETTERS: tuple[Any, ...] = tuple(
    Diagnostic.__dict__[each.name].__set__ for each in fields(Diagnostic)
)


def core_diagnostic(
    code: str,
    message: str,
    path: str,
    *,
    field: str | None = None,
    line: int | None = None,
    column: int | None = None,
    member: str | None = None,
    help: str | None = None,
) -> Diagnostic:
    """A diagnostic with one of the core INP/INT codes."""
    name, severity, _ = CORE_CODES[code]
    return Diagnostic(
        code=code,
        name=name,
        severity=severity,
        message=message,
        help=help or help_for(code, message),
        path=path,
        member=member,
        field=field,
        line=line,
        column=column,
    )


@dataclass
class FileResult:
    """Everything known about one linted input."""

    path: str
    format: str | None = None
    person: str | None = None
    score: int | None = None
    level: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def codes(self) -> list[str]:
        """The codes reported, sorted (handy in tests)."""
        return sorted(d.code for d in self.diagnostics)

    def count(self, severity: str) -> int:
        """How many diagnostics of this severity."""
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def to_json(self) -> dict[str, Any]:
        """The file entry of the JSON output contract."""
        return {
            "path": self.path,
            "person": self.person,
            "format": self.format,
            "score": self.score,
            "level": self.level,
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }

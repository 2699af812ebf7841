"""Documentation of the input and internal codes (``--explain INP004``, SARIF rule help)."""

from __future__ import annotations

CORE_DOCS: dict[str, str] = {
    "INP001": """What it checks
The file could be read and parsed: it exists, is a regular file that can be read, is text in
UTF-8 (or UTF-8, UTF-16 or UTF-32 with a byte-order mark) and is well-formed for its format
(JSON, a ZIP archive, a PDF that is neither damaged nor encrypted).  The message says which,
with the line and column of a JSON syntax error.

Why it matters
Nothing else can be judged in a file that cannot be read, so this is always an error and
always fails the run, even with --exit-zero.

Example
A JSON file with a trailing comma, a file saved as UTF-16 without a byte-order mark, a
password-protected PDF, a FIFO or a broken symbolic link in a profiles folder.

Better
Fix the syntax at the position shown, or save the file as UTF-8.

Options
None. This code cannot be ignored.""",
    "INP002": """What it checks
The content is a profile in a format profilelint reads: a JSON Resume document (an object
with basics, work, education, skills, ...), profilelint's own JSON ("profilelint_schema": 1),
a saved LinkedIn profile page or a personal page carrying a schema.org Person or an h-card,
a LinkedIn data export (its ZIP or unzipped folder), or LinkedIn's "Save to PDF".  The
message names what the file is when profilelint knows: another résumé format (FRESH,
Reactive Resume, ...) with how to convert it, a LinkedIn sign-up wall or "Profile Not Found"
page, a PDF made by another tool.  Files named on the command line are always checked; in
folders, files that are not profiles are skipped without this diagnostic.

Why it matters
A typo in a path, or a tool's configuration file passed by mistake, should not pass
silently as an empty, flawless profile.

Example
profilelint package.json
profilelint linkedin-signup-wall.html

Better
Name the profile file, or use --only-profiles (as the pre-commit hook does) to skip files
that are not profiles.

Options
None. This code cannot be ignored.""",
    "INP003": """What it checks
The input stays within the limits: file size, JSON nesting depth and number of values; for
a LinkedIn export, its member count, the unpacked size of the members read, each member's
compression ratio and the size of one CSV field; for a PDF, its page count and the size of
its unpacked streams.  Limits are checked before the expensive work.

Why it matters
The limits keep one runaway file (a generated or malicious one) from stalling a CI run
over a whole team's profiles.

Example
A 50 MB JSON file, arrays nested 500 deep, or a ZIP whose 8 KB member unpacks to 8 MB.

Better
Trim the file, or raise the limit in [tool.profilelint.limits] (max-file-size, max-depth,
max-items, max-members, max-unpacked-size, max-ratio, max-field-size, max-pages) if the
file is genuine.

Options
The limits themselves. This code cannot be ignored.""",
    "INP004": """What it checks
Each value has the type its format defines: text where text is expected, a list where a
list is expected, a date as YYYY, YYYY-MM or YYYY-MM-DD.  An unusable value is dropped,
the rest of the profile is still loaded and checked, and no rule reports the dropped
field as missing.

Why it matters
Themes and importers that read the file will fail on the same value, or show it wrong.

Example
"label": 42, or "work": "Acme"

Better
"label": "Helping clinics fill their schedules", or "work": [{"name": "Acme", ...}]

Options
None. This code cannot be ignored.""",
    "INP005": """What it checks
Values a saved page shows masked, as a page saved while signed out does.

Why it matters
Masked values cannot be judged; the rules that need them stay silent, and this note says
why.

Example
A name shown as "**********".

Better
Save the page while signed in, or use the LinkedIn data export.

Options
None.""",
    "INP006": """What it checks
Keys the format does not define but that look like a key it does: a misspelling
("lable"), a different case ("Label"), or a name from another vocabulary ("headline",
"about", "photo" in JSON Resume's basics).  The field it probably meant is treated as
unknown rather than missing.  Other extra keys are allowed, as JSON Resume allows them.

Why it matters
Themes and tools ignore the misspelt key, so the value you wrote never shows.

Example
"basics": {"lable": "Helping clinics fill their schedules"}

Better
"basics": {"label": "Helping clinics fill their schedules"}

Options
None.""",
    "INP007": """What it checks
Inline ignores ("meta": {"profilelint": {"ignore": [...]}}) that suppressed nothing in
this run, or that name no rule.

Why it matters
A stale ignore hides the next real finding of that rule; removing it keeps the file honest.

Example
"ignore": ["PHO001"] in a profile that now has a photo.

Better
Remove the entry.

Options
None.""",
    "INP008": """What it checks
A date in a LinkedIn export that is in none of the formats LinkedIn has written since 2018
("Jan 2020", "16 Nov 2021", "1/12/23, 3:44 PM", "2017/10/26 19:33:04 UTC", ...).  One
diagnostic names the first such date and counts the others.

Why it matters
The date is treated as unknown: rules that count days (the invitation window, endorsements
per day) skip its record rather than guess, so the message says what was not judged.

Example
A Positions.csv edited by hand with "Spring 2019" as its start.

Better
Use the export as LinkedIn made it, or write the date as LinkedIn does ("Mar 2019").

Options
None.""",
    "INP009": """What it checks
Part of a file that does not fit the fixed layout of its format: a page of LinkedIn's "Save to
PDF" that is not US Letter, or lines whose font size or position LinkedIn's template never
uses.  One diagnostic per page names the page and how many lines were left out; everything
else in the file is loaded and checked.

Why it matters
LinkedIn writes its PDF from one template, so a surprise means either a file changed after
LinkedIn made it or a new template.  The lines left out may hold a role or a date, and the
rules cannot judge what was not read; the message says what that is.

Example
A Profile.pdf opened in an editor and saved again, or printed to A4 from a viewer.

Better
Save the profile to PDF again from LinkedIn ("More", then "Save to PDF") and lint that file.
If a freshly saved file still gets this, LinkedIn has changed its template: please report it.

Options
None.""",
    "INT001": """What it checks
A rule, or a loader, raised an error instead of finishing.  The other rules still ran;
the message names the rule and the error.

Why it matters
The file was not judged in full, so the run fails rather than pass on incomplete checks.

Example
A third-party rule that fails on a profile without a summary.

Better
Report it to the rule's authors with the file (or a trimmed copy) that triggers it.

Options
None. This code cannot be ignored.""",
    "INT002": """What it checks
Check modules that could not be loaded: a plugin that fails to import, two plugins claiming
one code or rule name (both are named), or a plugin using a prefix reserved for
profilelint's own rules.

Why it matters
Rules that did not load did not run; the run fails rather than pass without them.

Example
Two installed plugins both defining ACM001.

Better
Uninstall or update one of the plugins, or ask its authors to pick another code.

Options
None. This code cannot be ignored.""",
}

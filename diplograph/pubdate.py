"""Find the day an article was published, in whatever form the page or feed gives it.

Meetings are dated relative to their article ("met on Friday"), so the publication date
matters, but sources state it in many ways: metadata as an ISO date or datetime or as
written text (``Dec 28, 2023``); a byline or dateline near the top of the text in US, European
or ISO order, sometimes glued to the byline by scraping (``Web DeskDecember 28, 2023``); or
only the URL path (``/2023/12/28/``, ``-20231228``). These readers are pure functions of a
string, kept apart from file handling in `diplograph.articles`; each returns None when it
finds no valid date (``February 30`` is not one).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

__all__ = ["date_from_url", "find_published_date", "parse_published"]


def find_published_date(text: str) -> date | None:
    """Find a publication date on a short line near the top of an article, or None.

    Looks at the first five non-empty lines that are short enough to be a byline or dateline
    (not a paragraph); a date on the headline is used only when no other line has one, as
    headlines often name the date of an upcoming event. Numeric ``a/b/yyyy`` dates are read
    month first (US order) unless that is impossible; ``dd.mm.yyyy`` dates are day first.

    >>> find_published_date("PM meets envoy\\nWeb DeskDecember 28, 2023\\nISLAMABAD: ...")
    datetime.date(2023, 12, 28)
    >>> find_published_date("Talks\\nPublished: 12/28/2023 10:15 PM")
    datetime.date(2023, 12, 28)
    >>> find_published_date("The 2023 budget was passed\\nby 120 votes to 80.") is None
    True
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:5]
    for line in [*lines[1:], *lines[:1]]:  # the headline last
        if len(line) > _DATELINE_MAX_CHARS:
            continue
        found = _date_in_line(line)
        if found is not None:
            return found
    return None


def date_from_url(url: str) -> date | None:
    """Read a date from a URL path such as ``/2023/12/28/``, ``/2023-12-28/`` or ``-20231228``.

    >>> date_from_url("https://example.org/world/2023/12/28/pm-meets-envoy")
    datetime.date(2023, 12, 28)
    >>> date_from_url("https://example.org/news/pm-meets-envoy-20231228") is None
    False
    >>> date_from_url("https://example.org/story/12345678") is None
    True
    """
    path = urlsplit(url).path
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            found = _make_date(m["y"], m["m"], m["d"])
            if found is not None:
                return found
    return None


def parse_published(value: str) -> date | None:
    """Read a metadata date: ISO (``2023-12-28``, ``2023-12-28T10:15:00+05:00``,
    ``2023-12-28 10:15:00Z``) or, failing that, written text such as ``Dec 28, 2023``.

    >>> parse_published("2023-12-28T23:30:00+05:00"), parse_published("Dec 28, 2023")
    (datetime.date(2023, 12, 28), datetime.date(2023, 12, 28))
    >>> parse_published("not a date") is None
    True
    """
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return _date_in_line(value)


# --------------------------------------------------------------------------- patterns

_DATELINE_MAX_CHARS = 100
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# A month name must not continue a word ("Remarch"), except when glued on camel-case to a
# byline ("Web DeskDecember 28, 2023"), which scraped pages often produce.
_MONTH_START = r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_LINE_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
    re.compile(rf"{_MONTH_START}(?i:{_MONTH})\s+{_DAY},?\s+{_YEAR}"),
    re.compile(rf"(?<!\d){_DAY}\s+(?:of\s+)?(?i:{_MONTH}),?\s+{_YEAR}"),
    re.compile(rf"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/{_YEAR}"),
    re.compile(rf"(?<![\d.])(?P<p>[0-3]?\d)\.(?P<q>[01]?\d)\.{_YEAR}"),
)
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=/|$)"),
    re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"[-_/](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
)


def _date_in_line(line: str) -> date | None:
    matches = sorted(
        (m for pattern in _LINE_DATES for m in pattern.finditer(line)), key=lambda m: m.start()
    )
    for m in matches:
        found = _date_from_match(m)
        if found is not None:
            return found
    return None


def _date_from_match(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    if groups.get("mon"):
        return _make_date(m["y"], str(_MONTHS[m["mon"].lower()]), m["d"])
    if groups.get("a"):
        us = _make_date(m["y"], m["a"], m["b"])  # 12/28/2023
        return us if us is not None else _make_date(m["y"], m["b"], m["a"])  # 28/12/2023
    if groups.get("p"):
        # Dotted dates (05.02.2024) are day first wherever they are used (most of Europe).
        return _make_date(m["y"], m["q"], m["p"])
    return _make_date(m["y"], m["m"], m["d"])


def _make_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None

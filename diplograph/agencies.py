"""National news agencies, and the country whose view their copy takes.

An APP story is about Pakistan's side of a meeting, a Bernama story about Malaysia's: the
ministers who "also attended" without a stated country are the agency's own officials.
``data/gazetteers/agencies.tsv`` (authored by the project, see PEOPLE.md's companion note
in PROVENANCE.md) maps each agency's names to its country. International agencies (AFP,
AP, Reuters, dpa, EFE) take no country's side and are not listed.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from diplograph.errors import InputError
from diplograph.resources import gazetteer_dir

__all__ = ["agency_country"]

_COLUMNS = ("key", "name", "aliases", "country")
# Only the head and the tail of a story carry its agency: "ISLAMABAD, Dec 27 (APP):",
# "Muscat, IRNA -", "-- BERNAMA", "(NAN)(www.nannews.ng)".
_WINDOW = 300


def agency_country(text: str, body_start: int = 0) -> str | None:
    """The country of the national agency that filed ``text``, if one is named.

    >>> agency_country("ISLAMABAD, Dec 27 (APP): Prime Minister Kakar met ...")
    'country:PK'
    >>> agency_country("WASHINGTON (AP) — Secretary of State Blinken met ...") is None
    True
    """
    pattern, countries = _table()
    head = text[body_start : body_start + _WINDOW]
    tail = text[-_WINDOW:] if len(text) > body_start + _WINDOW else ""
    for window in (head, tail):
        m = pattern.search(window)
        if m:
            return countries[m.group("long") or m.group("short")]
    return None


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    entry = gazetteer_dir() / "agencies.tsv"
    rows = list(csv.reader(entry.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    if not rows or tuple(rows[0]) != _COLUMNS:
        raise InputError(f"agencies.tsv:1: expected the columns {', '.join(_COLUMNS)}")
    countries: dict[str, str] = {}
    for row in rows[1:]:
        record = dict(zip(_COLUMNS, row, strict=True))
        for form in (record["name"], *filter(None, record["aliases"].split("|"))):
            countries[form] = record["country"]
    # Case matters: "MAP" and "Trend" are agencies, "map" and "trend" are words. A form
    # of two or three letters counts only as a credit: "(AA)", "- ENA", "ENA)".
    forms = sorted(countries, key=len, reverse=True)
    long = "|".join(re.escape(f) for f in forms if len(f) > 3)
    short = "|".join(re.escape(f) for f in forms if len(f) <= 3)
    pattern = re.compile(
        rf"\b(?P<long>{long})\b|(?:(?<=\()|(?<=[,\-–—] )|^)(?P<short>{short})(?=\)|\s[-–—:]|$)",
        re.MULTILINE,
    )
    return pattern, countries

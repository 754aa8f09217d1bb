"""Well-known office holders: one canonical name, its variants, and whom they act for.

News names a leader without their country ("Prime Minister Shehbaz Sharif met ..."),
spells them several ways ("Muhammad Shehbaz Sharif", "Erdoğan"/"Erdogan") and the small
statistical model misses some names. ``data/gazetteers/people.tsv`` (authored by the
project, see PROVENANCE.md) gives each person one key, so one person gets one IRI across
articles, and a default affiliation used only when the article states none.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from diplograph.errors import InputError
from diplograph.model import slugify
from diplograph.resources import gazetteer_dir

Month = tuple[int, int]
"""A (year, month) pair: when someone took or left a post."""

__all__ = ["KnownPerson", "People", "load_people"]

_COLUMNS = ("key", "name", "aliases", "surname_forms", "represents", "roles", "wikidata")


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """One office holder of the list."""

    key: str
    name: str
    aliases: tuple[str, ...]
    surname_forms: tuple[str, ...]
    represents: str
    """Whom they act for now (the latest of ``affiliations``)."""
    wikidata: str
    affiliations: tuple[tuple[str, Month | None, Month | None], ...] = ()
    """Whom they acted for, from and to which (year, month): Mark Rutte was the
    Netherlands' prime minister until July 2024, then NATO's Secretary General."""
    roles: tuple[tuple[str, Month | None, Month | None], ...] = ()
    """Offices held (title role keys of ``titles.tsv``), from and to which (year, month)."""

    def held_on(self, role_key: str, day: date | None) -> bool:
        """True when they held the office on ``day`` (ever, when the day is unknown).

        >>> load_people().find("David Lammy").held_on("foreign_minister", date(2024, 11, 14))
        True
        """
        return any(key == role_key and _spans(first, last, day) for key, first, last in self.roles)

    def in_office_on(self, day: date) -> bool:
        """True when the list gives them an office on ``day``'s month."""
        return any(_spans(first, last, day) for _, first, last in self.roles)

    def represents_on(self, day: date | None) -> str:
        """Whom they acted for on ``day`` (now, when the day is unknown).

        >>> rutte = load_people().find("Mark Rutte")
        >>> rutte.represents_on(date(2023, 5, 1)), rutte.represents_on(date(2025, 3, 1))
        ('country:NL', 'org:NATO')
        """
        if day is not None:
            month = (day.year, day.month)
            covering = [key for key, first, last in self.affiliations if _spans(first, last, day)]
            if covering:
                return covering[-1]  # the month one post ended and the next began: the later
            ended = [(last, key) for key, _, last in self.affiliations if last and last < month]
            if ended:
                return max(ended)[1]  # between posts: the one just left
        return self.represents


def _spans(first: Month | None, last: Month | None, day: date | None) -> bool:
    """True when a term from ``first`` to ``last`` covers ``day``'s month (any term, when the
    day is unknown)."""
    if day is None:
        return True
    month = (day.year, day.month)
    return (first is None or first <= month) and (last is None or month <= last)


class People:
    """Look-ups by full name or alias (exact, then accent-insensitive)."""

    def __init__(self, people: tuple[KnownPerson, ...]) -> None:
        self.people = people
        self._by_name: dict[str, KnownPerson] = {}
        self._by_slug: dict[str, KnownPerson | None] = {}
        self._by_surname: dict[str, KnownPerson | None] = {}
        for p in people:
            for form in p.surname_forms:
                known = self._by_surname.get(form, p)
                self._by_surname[form] = p if known is p else None
            for form in (p.name, *p.aliases):
                self._by_name.setdefault(form, p)
                slug = slugify(form)
                known = self._by_slug.get(slug, p)
                # A form two people share resolves to neither.
                self._by_slug[slug] = p if known is p else None

    def find(self, name: str) -> KnownPerson | None:
        """The person a full name or alias denotes, or ``None``.

        >>> load_people().find("Muhammad Shehbaz Sharif").name
        'Shehbaz Sharif'
        """
        found = self._by_name.get(name) or self._by_slug.get(slugify(name))
        if found is None:
            for variant in _variants(name):
                found = self._by_slug.get(slugify(variant))
                if found is not None:
                    break
        return found

    def by_surname(self, form: str) -> KnownPerson | None:
        """The one person known by this second-reference form ("Erdogan"), if unique."""
        return self._by_surname.get(form)

    def holders(self, role_key: str, side: str, day: date | None) -> list[KnownPerson]:
        """Who held the office for ``side`` on ``day``, as far as the list knows."""
        return [p for p in self.people if p.held_on(role_key, day) and p.represents_on(day) == side]

    def names(self) -> list[tuple[str, str]]:
        """Every (surface form, person key), for a phrase matcher.

        Includes second-reference forms ("Erdogan") that denote one listed person only.
        """
        forms = [(form, p.key) for p in self.people for form in (p.name, *p.aliases)]
        forms += [(form, p.key) for form, p in self._by_surname.items() if p is not None]
        return forms


# "Mohammed bin Salman bin Abdulaziz Al Saud": agencies spell out the whole patronymic
# chain that the list (and other outlets) shorten to "Mohammed bin Salman (Al Saud)".
_PATRONYMIC = re.compile(r"^(\S+ (?:bin|ibn|bint) \S+)(?: (?:bin|ibn|bint) \S+)+( Al[- ]\S+)?$")
_INITIAL = re.compile(r"\s[A-Z]\.?(?=\s)")
_SUFFIX = re.compile(r",?\s(?:Jr\.?|Sr\.?|II|III|IV)$")


def _variants(name: str) -> list[str]:
    """Shorter spellings of a full name that still denote the same person."""
    out = []
    if m := _PATRONYMIC.match(name):
        out += [m.group(1) + (m.group(2) or ""), m.group(1)]
    if _INITIAL.search(name):
        out.append(_INITIAL.sub("", name))  # "Ferdinand R. Marcos Jr."
    if _SUFFIX.search(name):
        plain = _SUFFIX.sub("", name)  # "Lloyd J Austin III"
        out += [plain, _INITIAL.sub("", plain)]
    words = name.split()
    if len(words) == 2:
        out.append(f"{words[1]} {words[0]}")  # "Iwaya Takeshi", family name first
    return out


def load_people(path: Path | None = None) -> People:
    """Load ``people.tsv`` (default: the packaged one; empty if the file is absent)."""
    return _load(str(path) if path else "")


@lru_cache(maxsize=4)
def _load(path: str) -> People:
    source = Path(path) if path else None
    entry = source if source else gazetteer_dir() / "people.tsv"
    if not entry.is_file():
        return People(())
    text = entry.read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    name = path or "people.tsv"
    if not rows or tuple(rows[0]) != _COLUMNS:
        raise InputError(f"{name}:1: expected the columns {', '.join(_COLUMNS)}")
    people = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(_COLUMNS):
            raise InputError(f"{name}:{n}: expected {len(_COLUMNS)} fields, got {len(row)}")
        record = dict(zip(_COLUMNS, row, strict=True))
        try:
            affiliations = _affiliations(record["represents"])
            roles = _roles(record["roles"])
        except ValueError as e:
            raise InputError(f"{name}:{n}: {e}") from None
        people.append(
            KnownPerson(
                key=record["key"],
                name=record["name"],
                aliases=tuple(a for a in record["aliases"].split("|") if a),
                surname_forms=tuple(a for a in record["surname_forms"].split("|") if a),
                represents=affiliations[-1][0],
                wikidata=record["wikidata"],
                affiliations=affiliations,
                roles=roles,
            )
        )
    return People(tuple(people))


_AFFILIATION = re.compile(
    r"((?:country|org):[A-Za-z0-9_-]+)(?: (\d{4}(?:/\d{2})?)?-(\d{4}(?:/\d{2})?)?)?"
)


def _affiliations(text: str) -> tuple[tuple[str, Month | None, Month | None], ...]:
    """``country:NL 2010-2024/07|org:NATO 2024/10-`` as (key, first, last) triples of
    (year, month); a bare year runs from January or to December."""
    out = []
    for part in text.split("|"):
        m = _AFFILIATION.fullmatch(part.strip())
        if m is None:
            raise ValueError(f"bad affiliation {part!r} (want e.g. 'country:NL 2010-2024/07')")
        key, start, end = m.groups()
        out.append((key, _month(start, 1), _month(end, 12)))
    return tuple(out)


_ROLE = re.compile(r"([a-z0-9_]+)(?: (\d{4}(?:/\d{2})?)?-(\d{4}(?:/\d{2})?)?)?")


def _roles(text: str) -> tuple[tuple[str, Month | None, Month | None], ...]:
    """``foreign_minister 2024-2025|deputy_prime_minister 2025-`` as (role key, first,
    last) triples, like the affiliations."""
    out = []
    for part in text.split("|"):
        if not part.strip():
            continue
        m = _ROLE.fullmatch(part.strip())
        if m is None:
            raise ValueError(f"bad role {part!r} (want e.g. 'foreign_minister 2024-2025')")
        key, start, end = m.groups()
        out.append((key, _month(start, 1), _month(end, 12)))
    return tuple(out)


def _month(bound: str | None, default: int) -> Month | None:
    if not bound:
        return None
    year, _, month = bound.partition("/")
    return int(year), int(month) if month else default

"""Countries, organisations, cities and titles, loaded from the packaged TSV gazetteers.

Extraction needs to turn surface strings ("the UAE", "Pakistani", "the Kremlin", "UNDP")
into stable keys ("country:AE", "org:UNDP") without knowing anything about spaCy or RDF.
This module builds look-ups over the records of ``data/gazetteers/*.tsv`` (built by
``scripts/build_gazetteers.py``, read by :mod:`diplograph.gazetteer_files`), answers exact
look-ups, and exports plain pattern dicts that the extraction layer feeds to spaCy.
Ambiguous surfaces ("Congolese", "Foreign Office") resolve to ``None``: choosing between
candidates is the extractor's job, which has the context.
The look-up rule for surface forms is :mod:`diplograph.surfaces`; which city a shared city
name means is :mod:`diplograph.cities` (whose ``City`` is re-exported here).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path

from diplograph.cities import City, CityIndex, collect_seats
from diplograph.gazetteer_files import (
    CITY_COLUMNS,
    COUNTRY_COLUMNS,
    ORGANIZATION_COLUMNS,
    TITLE_COLUMNS,
    Country,
    Organization,
    Title,
    read_cities,
    read_countries,
    read_organizations,
    read_titles,
)
from diplograph.resources import gazetteer_dir
from diplograph.surfaces import SurfaceIndex, strip_article

# Seats of government whose names many states share, though the reference lists each under
# one ("the Ministry of Foreign Affairs" of Qatar is not Pakistan): never a metonym.
SHARED_SEATS = frozenset({"Ministry of Foreign Affairs", "MOFA", "Government House", "State House"})

__all__ = [
    "CITY_COLUMNS",
    "COUNTRY_COLUMNS",
    "ORGANIZATION_COLUMNS",
    "TITLE_COLUMNS",
    "City",
    "Country",
    "Gazetteer",
    "Organization",
    "Title",
    "load_gazetteer",
]


def _group(titles: Iterable[Title], by: Callable[[Title], str]) -> dict[str, list[Title]]:
    grouped: dict[str, list[Title]] = {}
    for title in titles:
        grouped.setdefault(by(title), []).append(title)
    return grouped


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """All reference entities with exact look-ups by surface form; build with ``from_dir``."""

    countries: dict[str, Country]
    organizations: dict[str, Organization]
    titles: tuple[Title, ...]
    cities: dict[str, City]
    _city_index: CityIndex = field(repr=False, compare=False)
    _names: SurfaceIndex = field(repr=False, compare=False)
    _demonyms: SurfaceIndex = field(repr=False, compare=False)
    _metonyms: SurfaceIndex = field(repr=False, compare=False)
    _org_primary: SurfaceIndex = field(repr=False, compare=False)
    _org_aliases: SurfaceIndex = field(repr=False, compare=False)
    _titles_by_surface: dict[str, list[Title]] = field(repr=False, compare=False)
    _titles_by_key: dict[str, list[Title]] = field(repr=False, compare=False)

    @classmethod
    def from_dir(cls, path: Path | Traversable) -> Gazetteer:
        """Load ``countries.tsv``, ``organizations.tsv``, ``titles.tsv`` and, if present,
        ``titles-extra.tsv`` and ``cities.tsv`` from a folder."""
        countries = {c.iso2: c for c in read_countries(path / "countries.tsv")}
        organizations = {o.code: o for o in read_organizations(path / "organizations.tsv")}
        titles = tuple(read_titles(path / "titles.tsv"))
        extra = path / "titles-extra.tsv"
        if extra.is_file():
            # Project-authored titles the reference list lacks ("Raksha Mantri"), or
            # whose body it states too broadly: a European Commissioner sits on the
            # Commission, not the Union at large. An authored row replaces the reference's.
            authored = tuple(read_titles(extra))
            mine = {t.surface.lower() for t in authored}
            titles = tuple(t for t in titles if t.surface.lower() not in mine) + authored
        seats = collect_seats(countries.values())
        city_file = path / "cities.tsv"
        rows = list(read_cities(city_file)) if city_file.is_file() else []
        city_index = CityIndex.build(seats, rows)
        return cls(
            countries=countries,
            organizations=organizations,
            titles=titles,
            cities=city_index.cities,
            _city_index=city_index,
            _names=SurfaceIndex.build(
                (n, c.iso2) for c in countries.values() for n in (c.name, *c.names)
            ),
            _demonyms=SurfaceIndex.build(
                (d, c.iso2) for c in countries.values() for d in c.demonyms
            ),
            _metonyms=SurfaceIndex.build(
                (m, c.iso2) for c in countries.values() for m in c.metonyms if m not in SHARED_SEATS
            ),
            _org_primary=SurfaceIndex.build(
                (s, o.code)
                for o in organizations.values()
                for s in (o.code, o.acronym, o.name)
                if s
            ),
            _org_aliases=SurfaceIndex.build(
                (a, o.code) for o in organizations.values() for a in o.aliases
            ),
            _titles_by_surface=_group(titles, lambda t: t.surface.lower()),
            _titles_by_key=_group(titles, lambda t: t.key),
        )

    def country_by_name(self, text: str) -> Country | None:
        """Country whose name or alias is ``text`` ("the UAE", "Türkiye", "U.S."), else None.

        >>> load_gazetteer().country_by_name("the United Arab Emirates").iso2
        'AE'
        """
        iso2 = self._names.get(text)
        return self.countries[iso2] if iso2 else None

    def country_by_demonym(self, text: str) -> Country | None:
        """Country of a demonym ("Pakistani", "Saudi"); None when ambiguous ("Congolese").

        >>> load_gazetteer().country_by_demonym("Pakistani").iso2
        'PK'
        """
        iso2 = self._demonyms.get(text)
        return self.countries[iso2] if iso2 else None

    def country_by_metonym(self, text: str) -> Country | None:
        """Country whose government a place stands for ("the Kremlin", "Downing Street").

        >>> load_gazetteer().country_by_metonym("the Kremlin").iso2
        'RU'
        """
        iso2 = self._metonyms.get(text)
        return self.countries[iso2] if iso2 else None

    def organization_by_name(self, text: str) -> Organization | None:
        """Organisation by key, acronym, name or alias (never by context-only aliases).

        Keys, acronyms and names take precedence over aliases, so "IDB" (acronym of the
        Inter-American Development Bank, alias of the Islamic Development Bank) resolves.

        >>> load_gazetteer().organization_by_name("UN Security Council").code
        'UNSC'
        """
        code = self._org_primary.get(text)
        if code is None and not self._org_primary_has(text):
            code = self._org_aliases.get(text)
        return self.organizations[code] if code else None

    def parent_body(self, key: str | None) -> str | None:
        """The key of the body an organisation belongs to, if the list gives one.

        >>> load_gazetteer().parent_body("org:UNGA")
        'org:UN'
        """
        org = self.organizations.get(key[4:]) if key and key.startswith("org:") else None
        return f"org:{org.parent_key}" if org is not None and org.parent_key else None

    def _org_primary_has(self, text: str) -> bool:
        bare = strip_article(" ".join(text.split()))
        return bool(self._org_primary.exact.get(text) or self._org_primary.exact.get(bare))

    def city(self, text: str) -> City | None:
        """A city by name or alternate name ("Jeddah", "Jiddah"); None if unknown or ambiguous.

        Capitals and seats of government (countries.tsv) win a shared name; otherwise the most
        populous city wins if it is three times larger than the next, else the name is
        ambiguous. Alternate names never override another city's name.

        >>> load_gazetteer().city("Islamabad").geonames_id
        '1176615'
        >>> load_gazetteer().city("Jeddah").iso2
        'SA'
        """
        return self._city_index.find(text)

    def titles_by_surface(self) -> dict[str, list[Title]]:
        """Every title sense grouped by lower-cased surface form.

        >>> [t.role_key for t in load_gazetteer().titles_by_surface()["prime minister"]]
        ['prime_minister']
        """
        return self._titles_by_surface

    def titles_by_key(self, key: str) -> list[Title]:
        """Every title sense with the key ``title:<role_key>`` (several surface forms)."""
        return self._titles_by_key.get(key, [])

    def to_patterns(self) -> list[dict[str, object]]:
        """Phrase patterns as plain dicts (``label``, ``pattern``, ``id``) for an entity ruler.

        Only surfaces that resolve to exactly one entity are emitted, so a pattern's ``id`` is
        always what the matching look-up method returns; context-only aliases are left out.
        Cities are only the capitals and seats: the larger list of ``city()`` (cities.tsv) is
        for names the extractor already found (after "in", datelines, GPE entities), since
        many city names are also English words or surnames.

        >>> {"label": "COUNTRY", "pattern": "Pakistan", "id": "country:PK"} in (
        ...     load_gazetteer().to_patterns())
        True
        """
        patterns: list[dict[str, object]] = []
        seen: set[tuple[str, str, str]] = set()
        for label, pattern, key in self._pattern_triples():
            if key is not None and (label, pattern, key) not in seen:
                seen.add((label, pattern, key))
                patterns.append({"label": label, "pattern": pattern, "id": key})
        return patterns

    def _pattern_triples(self) -> Iterator[tuple[str, str, str | None]]:
        def key(entity: Country | Organization | City | None) -> str | None:
            return entity.key if entity is not None else None

        for c in self.countries.values():
            for name in (c.name, *c.names):
                yield "COUNTRY", name, key(self.country_by_name(name))
            for demonym in c.demonyms:
                yield "DEMONYM", demonym, key(self.country_by_demonym(demonym))
            for metonym in c.metonyms:
                if metonym not in SHARED_SEATS:
                    yield "METONYM", metonym, key(self.country_by_metonym(metonym))
        for city in self._city_index.seats.values():
            yield "CITY", city.name, city.key
        for o in self.organizations.values():
            for surface in (o.acronym, o.name, *o.aliases):
                if surface:
                    yield "ORG", surface, key(self.organization_by_name(surface))
            for metonym in o.metonyms:
                yield "METONYM", metonym, o.key
        for title in self.titles:
            yield "TITLE", title.surface, title.key


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path | None) -> Gazetteer:
    return Gazetteer.from_dir(gazetteer_dir() if path is None else path)


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The packaged gazetteer, or the one in folder ``path``; cached per path.

    >>> load_gazetteer().country_by_name("Pakistan").iso2
    'PK'
    """
    return _load_cached(path)

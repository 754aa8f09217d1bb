"""Which city a name means: capitals and seats first, then the clearly most populous city.

City names are shared ("Kingston", "Hyderabad", "San Jose") far more often than country
or organisation names, so cities get their own disambiguation: the seat of government
from ``countries.tsv`` wins, then a city of ``cities.tsv`` that is several times more
populous than any namesake; anything closer stays ambiguous. Reading the TSV files is
:mod:`diplograph.gazetteer`'s job; this module only decides between the rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diplograph.model import slugify
from diplograph.surfaces import SurfaceIndex

if TYPE_CHECKING:
    from diplograph.gazetteer import Country

__all__ = ["City", "CityIndex", "CityRow", "collect_seats"]

# A city name shared by several cities goes to the most populous only if it is this many
# times larger than the next one; otherwise the name is ambiguous.
_CITY_POPULATION_MARGIN = 3
# Sovereign states win a shared city name over territories ("Kingston": JM over NF).
_STATUS_RANK = {"un_member": 0, "un_observer_state": 1, "non_un_member_state": 2}


@dataclass(frozen=True, slots=True)
class City:
    """A capital, seat of government or larger city; seats from countries.tsv have no id."""

    name: str
    iso2: str
    geonames_id: str

    @property
    def key(self) -> str:
        """``city:<geonames id>``, else ``city:<iso2>-<slug>`` for cities without an id."""
        return f"city:{self.geonames_id or self.iso2 + '-' + slugify(self.name)}"


@dataclass(frozen=True, slots=True)
class CityRow:
    """One row of ``cities.tsv``: the city, its population and its alternate names."""

    city: City
    population: int
    alternates: tuple[str, ...]


def collect_seats(countries: Iterable[Country]) -> dict[str, City]:
    """Capitals and seats of government by name; a shared name goes to the sovereign state."""
    candidates: list[tuple[tuple[int, int, str], City]] = []
    for c in countries:
        status = _STATUS_RANK.get(c.status, len(_STATUS_RANK))
        if c.capital:
            candidates.append(((status, 0, c.iso2), City(c.capital, c.iso2, c.capital_geonames_id)))
        for name in (*c.capital_alt, *c.seats):
            candidates.append(((status, 1, c.iso2), City(name, c.iso2, "")))
    cities: dict[str, City] = {}
    for _, city in sorted(candidates, key=lambda item: item[0]):
        cities.setdefault(city.name, city)
    return dict(sorted(cities.items()))


def _pick(candidates: Iterable[tuple[bool, int, City]]) -> list[City]:
    """The city a shared name means: the one seat/capital, else the clearly most populous.

    Returns one city, or every candidate when the name is ambiguous.
    """
    unique = {city.key: (is_seat, population, city) for is_seat, population, city in candidates}
    ranked = sorted(unique.values(), key=lambda c: (not c[0], -c[1], c[2].key))
    seats = [c for c in ranked if c[0]]
    if len(seats) == 1 or len(ranked) == 1:
        return [ranked[0][2]]
    pool = seats or ranked
    (_, first, city), (_, second, _) = pool[0], pool[1]
    if first > 0 and first >= _CITY_POPULATION_MARGIN * second:
        return [city]
    return [c[2] for c in pool]


# How many times more populous a city must be for its alternate name to take the name
# from another country's city whose own name it is.
_DWARFS = 10


def _saint_forms(name: str) -> tuple[str, ...]:
    """ "St. Petersburg" and "St Petersburg" for "Saint Petersburg"."""
    if not name.startswith("Saint "):
        return ()
    rest = name.removeprefix("Saint ")
    return (f"St. {rest}", f"St {rest}")


@dataclass(frozen=True, slots=True)
class CityIndex:
    """Cities by name and key, with look-up indexes in precedence order; build with ``build``."""

    cities: dict[str, City]
    """Every city a name resolves to, by that name."""
    seats: dict[str, City]
    """Capitals and seats of government (countries.tsv), by name."""
    indexes: tuple[SurfaceIndex, ...]
    by_key: dict[str, City]

    @classmethod
    def build(cls, seats: dict[str, City], rows: Iterable[CityRow]) -> CityIndex:
        """Resolve the names of ``seats`` and of the rows of ``cities.tsv``."""
        by_key = {city.key: city for city in seats.values()}
        primary: dict[str, list[tuple[bool, int, City]]] = {}
        alternate: dict[str, list[tuple[bool, int, City]]] = {}
        resolved: list[tuple[CityRow, City, bool]] = []
        for row in rows:
            seat = seats.get(row.city.name)
            # A capital or seat row stands for the countries.tsv city (and its key).
            is_seat = seat is not None and seat.iso2 == row.city.iso2
            city = seat if seat is not None and is_seat else row.city
            by_key.setdefault(city.key, city)
            resolved.append((row, city, is_seat))
            if row.city.name not in seats:
                primary.setdefault(row.city.name, []).append((is_seat, row.population, city))
        overrides: dict[str, tuple[bool, int, City]] = {}
        for row, city, is_seat in resolved:
            for name in (*row.alternates, *_saint_forms(row.city.name)):
                if name in seats:
                    continue
                if name not in primary:
                    alternate.setdefault(name, []).append((is_seat, row.population, city))
                elif row.population >= _DWARFS * max(pop for _, pop, _ in primary[name]) and all(
                    c.iso2 != city.iso2 for _, _, c in primary[name]
                ):
                    # "St. Petersburg" in the news is Russia's city of five million, not
                    # the Florida city whose own name it is.
                    overrides[name] = (is_seat, row.population, city)
        for name, entry in overrides.items():
            primary[name] = [entry]
        picked_primary = {name: _pick(c) for name, c in primary.items()}
        picked_alternate = {name: _pick(c) for name, c in alternate.items()}
        cities = dict(seats)
        cities.update({name: c[0] for name, c in picked_primary.items() if len(c) == 1})
        indexes = (
            SurfaceIndex.build((name, city.key) for name, city in seats.items()),
            SurfaceIndex.build((n, city.key) for n, cs in picked_primary.items() for city in cs),
            SurfaceIndex.build((n, city.key) for n, cs in picked_alternate.items() for city in cs),
        )
        return cls(dict(sorted(cities.items())), seats, indexes, by_key)

    def find(self, text: str) -> City | None:
        """The city named ``text`` (name or alternate name); None if unknown or ambiguous."""
        for index in self.indexes:
            keys = index.lookup(text)
            if keys:
                return self.by_key[next(iter(keys))] if len(keys) == 1 else None
        return None

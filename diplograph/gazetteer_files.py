"""The gazetteer's TSV files: their columns, their records, and one-line errors.

Each file is read row by row into frozen records (``Country``, ``Organization``,
``Title``, city rows); a malformed file raises :class:`~diplograph.errors.InputError`
naming the file and line. :mod:`diplograph.gazetteer` builds the look-ups from them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from diplograph.cities import City, CityRow
from diplograph.errors import InputError

__all__ = [
    "CITY_COLUMNS",
    "COUNTRY_COLUMNS",
    "ORGANIZATION_COLUMNS",
    "TITLE_COLUMNS",
    "Country",
    "Organization",
    "Title",
    "read_cities",
    "read_countries",
    "read_organizations",
    "read_titles",
]

COUNTRY_COLUMNS = (
    "iso2",
    "iso3",
    "name",
    "names",
    "demonyms",
    "capital",
    "capital_geonames_id",
    "seats",
    "capital_alt",
    "metonyms",
    "wikidata",
    "geonames_id",
    "status",
    "cow_code",
)
ORGANIZATION_COLUMNS = (
    "key",
    "acronym",
    "name",
    "aliases",
    "context_aliases",
    "metonyms",
    "type",
    "parent_key",
    "wikidata",
)
TITLE_COLUMNS = (
    "surface_form",
    "role_key",
    "function",
    "rank_hint",
    "is_modifier",
    "modifier_effect",
    "country_scope",
)
CITY_COLUMNS = ("name", "iso2", "geonames_id", "population", "alternates")


@dataclass(frozen=True, slots=True)
class Country:
    """A country or territory with its names, codes and places that stand for its government."""

    iso2: str
    iso3: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    capital_geonames_id: str
    seats: tuple[str, ...]
    capital_alt: tuple[str, ...]
    metonyms: tuple[str, ...]
    wikidata: str
    geonames_id: str
    status: str
    cow_code: str

    @property
    def key(self) -> str:
        """``country:<iso2>``, e.g. ``country:PK``."""
        return f"country:{self.iso2}"


@dataclass(frozen=True, slots=True)
class Organization:
    """An international organisation; ``code`` is the raw key ("UNDP"), ``key`` the entity key."""

    code: str
    acronym: str
    name: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    metonyms: tuple[str, ...]
    type: str
    parent_key: str
    wikidata: str

    @property
    def key(self) -> str:
        """``org:<code>``, e.g. ``org:UNDP``."""
        return f"org:{self.code}"


@dataclass(frozen=True, slots=True)
class Title:
    """One sense of a title surface form; ``rank`` is 1 for the highest, ``None`` if unranked."""

    surface: str
    role_key: str
    function: str
    rank: int | None
    is_modifier: bool
    modifier_effect: str
    country_scope: tuple[str, ...]

    @property
    def key(self) -> str:
        """``title:<role_key>``, e.g. ``title:prime_minister``."""
        return f"title:{self.role_key}"


def read_cities(path: Path | Traversable) -> Iterator[CityRow]:
    first_seen: dict[str, int] = {}
    for number, row in _read_tsv(path, CITY_COLUMNS):
        geonames_id = _require(path, number, row, "geonames_id")
        if not geonames_id.isdigit():
            raise InputError(f"{path}:{number}: geonames_id {geonames_id!r} is not a number")
        if geonames_id in first_seen:
            raise InputError(
                f"{path}:{number}: duplicate key 'city:{geonames_id}' (first seen on line "
                f"{first_seen[geonames_id]})"
            )
        first_seen[geonames_id] = number
        population = row["population"]
        if population and not population.isdigit():
            raise InputError(f"{path}:{number}: population {population!r} is not a whole number")
        yield CityRow(
            city=City(
                name=_require(path, number, row, "name"),
                iso2=_require(path, number, row, "iso2"),
                geonames_id=geonames_id,
            ),
            population=int(population) if population else 0,
            alternates=_multi(row["alternates"]),
        )


def _read_tsv(
    path: Path | Traversable, columns: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gazetteer file ({exc})") from exc
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise InputError(f"{path}:1: empty file, expected a header row")
    header = tuple(lines[0].split("\t"))
    if header != columns:
        raise InputError(
            f"{path}:1: expected columns {', '.join(columns)}; got {', '.join(header)}"
        )
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise InputError(
                f"{path}:{number}: expected {len(columns)} tab-separated fields, got {len(cells)}"
            )
        yield number, dict(zip(columns, cells, strict=True))


def _multi(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split("|") if part)


def _require(path: Path | Traversable, number: int, row: dict[str, str], column: str) -> str:
    if not row[column]:
        raise InputError(f"{path}:{number}: empty {column}")
    return row[column]


def read_countries(path: Path | Traversable) -> Iterator[Country]:
    first_seen: dict[str, int] = {}
    for number, row in _read_tsv(path, COUNTRY_COLUMNS):
        iso2 = _require(path, number, row, "iso2")
        if iso2 in first_seen:
            raise InputError(
                f"{path}:{number}: duplicate key 'country:{iso2}' (first seen on line "
                f"{first_seen[iso2]})"
            )
        first_seen[iso2] = number
        yield Country(
            iso2=iso2,
            iso3=row["iso3"],
            name=_require(path, number, row, "name"),
            names=_multi(row["names"]),
            demonyms=_multi(row["demonyms"]),
            capital=row["capital"],
            capital_geonames_id=row["capital_geonames_id"],
            seats=_multi(row["seats"]),
            capital_alt=_multi(row["capital_alt"]),
            metonyms=_multi(row["metonyms"]),
            wikidata=row["wikidata"],
            geonames_id=row["geonames_id"],
            status=row["status"],
            cow_code=row["cow_code"],
        )


def read_organizations(path: Path | Traversable) -> Iterator[Organization]:
    first_seen: dict[str, int] = {}
    for number, row in _read_tsv(path, ORGANIZATION_COLUMNS):
        code = _require(path, number, row, "key")
        if code in first_seen:
            raise InputError(
                f"{path}:{number}: duplicate key 'org:{code}' (first seen on line "
                f"{first_seen[code]})"
            )
        first_seen[code] = number
        yield Organization(
            code=code,
            acronym=row["acronym"],
            name=_require(path, number, row, "name"),
            aliases=_multi(row["aliases"]),
            context_aliases=_multi(row["context_aliases"]),
            metonyms=_multi(row["metonyms"]),
            type=row["type"],
            parent_key=row["parent_key"],
            wikidata=row["wikidata"],
        )


def read_titles(path: Path | Traversable) -> Iterator[Title]:
    for number, row in _read_tsv(path, TITLE_COLUMNS):
        rank_hint = row["rank_hint"]
        if rank_hint and not rank_hint.isdigit():
            raise InputError(f"{path}:{number}: rank_hint {rank_hint!r} is not a whole number")
        if row["is_modifier"] not in ("true", "false"):
            raise InputError(
                f"{path}:{number}: is_modifier must be 'true' or 'false', got "
                f"{row['is_modifier']!r}"
            )
        yield Title(
            surface=_require(path, number, row, "surface_form"),
            role_key=_require(path, number, row, "role_key"),
            function=row["function"],
            rank=int(rank_hint) if rank_hint else None,
            is_modifier=row["is_modifier"] == "true",
            modifier_effect=row["modifier_effect"],
            country_scope=_multi(row["country_scope"]),
        )

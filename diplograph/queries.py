"""The catalogue of canned SPARQL queries in ``data/queries/*.rq``.

Each file starts with ``# title:``, ``# description:`` and one ``# param ?name: TYPE``
line per parameter. Parameters are *bound* (never pasted into the text), so a
country code from the command line cannot inject SPARQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from diplograph.errors import InputError
from diplograph.rdf.iri import PREFIXES, entity_iri
from diplograph.resources import query_dir
from diplograph.store import Term

__all__ = ["Query", "bind_params", "get_query", "list_queries", "query_from_text"]

_PARAM = re.compile(r"^#\s*param\s+\?(?P<name>\w+)\s*:\s*(?P<type>\w+)\s*(?P<doc>.*)$")
_HEADER = re.compile(r"^#\s*(?P<key>title|description)\s*:\s*(?P<value>.*)$")
PARAM_TYPES = ("country", "org", "person", "IRI", "date", "string", "integer")


@dataclass(frozen=True, slots=True)
class Query:
    """A named SPARQL query with its documentation and typed parameters."""

    name: str
    title: str
    description: str
    params: tuple[tuple[str, str], ...]
    text: str


def query_from_text(name: str, text: str) -> Query:
    """Parse a query file's header comments.

    >>> q = query_from_text("x", "# title: T\\n# param ?country: country\\nSELECT ?country {}")
    >>> (q.title, q.params)
    ('T', (('country', 'country'),))
    """
    title = description = ""
    params: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            continue
        if m := _PARAM.match(line):
            if m["type"] not in PARAM_TYPES:
                raise InputError(f"{name}.rq: unknown parameter type {m['type']!r}")
            params.append((m["name"], m["type"]))
        elif m := _HEADER.match(line):
            if m["key"] == "title":
                title = m["value"].strip()
            else:
                description = m["value"].strip()
    return Query(name, title, description, tuple(params), text)


def list_queries() -> list[Query]:
    """Every canned query, sorted by name."""
    folder = query_dir()
    found = [
        query_from_text(entry.name.removesuffix(".rq"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    ]
    return sorted(found, key=lambda q: q.name)


def get_query(name: str) -> Query:
    """The canned query called ``name``; :class:`InputError` listing the names if unknown."""
    entry = query_dir() / f"{name}.rq"
    if not re.fullmatch(r"\w+", name) or not entry.is_file():
        names = ", ".join(q.name for q in list_queries())
        raise InputError(f"unknown query {name!r} (known: {names})")
    return query_from_text(name, entry.read_text(encoding="utf-8"))


def load_query_file(path: Path) -> Query:
    """A query from a ``.rq`` file given by the user."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read query ({e})") from e
    return query_from_text(path.stem, text)


def bind_params(query: Query, values: dict[str, str]) -> dict[str, Term]:
    """Turn ``name=value`` strings from a user into RDF terms, by each parameter's type.

    ``country`` takes an ISO code (``PK``), ``org`` an organisation key (``UNDP``),
    ``person`` a slug or name, ``IRI`` a full IRI or a key such as ``country:PK``.

    >>> q = query_from_text("x", "# param ?country: country\\nSELECT ?country {}")
    >>> bind_params(q, {"country": "pk"})["country"].value
    'https://w3id.org/diplograph/id/country/PK'
    """
    declared = dict(query.params)
    unknown = set(values) - set(declared)
    if unknown:
        raise InputError(
            f"query {query.name!r} has no parameter {sorted(unknown)[0]!r} "
            f"(parameters: {', '.join(declared) or 'none'})"
        )
    missing = [n for n in declared if n not in values]
    if missing:
        raise InputError(f"query {query.name!r} needs --param {missing[0]}=VALUE")
    return {name: _term(declared[name], value, name) for name, value in values.items()}


def _term(kind: str, value: str, name: str) -> Term:
    value = value.strip()
    try:
        if kind == "country":
            if not re.fullmatch(r"[A-Za-z]{2}", value):
                raise ValueError("expected a 2-letter ISO 3166-1 code such as PK")
            return entity_iri(f"country:{value.upper()}")
        if kind == "org":
            return entity_iri(f"org:{value.upper()}")
        if kind == "person":
            from diplograph.model import slugify

            return entity_iri(f"person:{slugify(value)}")
        if kind == "IRI":
            if re.match(r"^\w+:[^/]", value) and value.split(":", 1)[0] not in PREFIXES:
                return entity_iri(value)
            return NamedNode(value.strip("<>"))
        if kind == "date":
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                raise ValueError("expected YYYY-MM-DD")
            return Literal(value, datatype=NamedNode(PREFIXES["xsd"] + "date"))
        if kind == "integer":
            return Literal(str(int(value)), datatype=NamedNode(PREFIXES["xsd"] + "integer"))
        return Literal(value)
    except ValueError as e:
        raise InputError(f"--param {name}={value!r}: {e}") from e

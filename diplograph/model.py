"""Plain values that every layer shares: articles in, meetings out.

Nothing here imports a third-party package, so extraction, RDF mapping, the store
and the CLI can all speak about the same facts without depending on one another.
Entities are referred to by *keys* (``"country:PK"``, ``"org:UNDP"``,
``"person:anwaar-ul-haq-kakar"``); only ``diplograph.rdf.iri`` turns keys into IRIs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

__all__ = [
    "Article",
    "Meeting",
    "Mode",
    "Participant",
    "Place",
    "Role",
    "Topic",
    "article_key",
    "slugify",
]


class Role(StrEnum):
    """A participant's part in a meeting, as the contract's ``dg:host|guest|attendee``."""

    HOST = "host"
    GUEST = "guest"
    ATTENDEE = "attendee"


class Mode(StrEnum):
    """How the meeting took place, as the contract's ``dg:inPerson|phone|video``."""

    IN_PERSON = "inPerson"
    PHONE = "phone"
    VIDEO = "video"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, with the metadata the source gave."""

    text: str
    origin: str
    """Where it came from, for error messages and provenance (``path`` or ``path:line``)."""
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    ref: str | None = None
    """The source's own identifier (a JSONL ``id``), kept for evaluation and joins."""

    @property
    def key(self) -> str:
        """The article's stable key: hash of its URL, or of its text when it has none."""
        return article_key(self.url, self.text)


def article_key(url: str | None, text: str) -> str:
    """Return ``article:<16 hex>``, the first 16 hex digits of sha256 of the URL or text.

    >>> article_key("https://example.org/a", "ignored")
    'article:b5b10dd0429e69ac'
    """
    basis = url if url else text
    return "article:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


_SLUG_DROP = re.compile(r"[^a-z0-9]+")
# Letters that Unicode decomposition does not reduce to ASCII.
_SLUG_FOLD = str.maketrans(
    {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)
_APOSTROPHES = re.compile(r"['’ʼ`]")


def slugify(text: str) -> str:
    """Lower-case ASCII slug with hyphens, stable across runs and machines.

    >>> slugify("Anwaar-ul-Haq Kakar")
    'anwaar-ul-haq-kakar'
    >>> slugify("Recep Tayyip Erdoğan")
    'recep-tayyip-erdogan'
    >>> slugify("Cevdet Yılmaz"), slugify("Robert O'Brien")
    ('cevdet-yilmaz', 'robert-obrien')
    """
    folded = _APOSTROPHES.sub("", text.lower().translate(_SLUG_FOLD))
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    return _SLUG_DROP.sub("-", ascii_text).strip("-")


@dataclass(frozen=True, slots=True)
class Participant:
    """One party's part in one meeting.

    ``person`` is the canonical full name of a named person, or ``None`` for an unnamed
    envoy ("the ambassador of Oman") or an organisation taking part as such.
    ``represents`` is the key of the country or organisation they act for, when known.
    """

    role: Role
    person: str | None = None
    title: str | None = None
    represents: str | None = None

    @property
    def person_key(self) -> str | None:
        """``person:<slug>`` for a named person, else ``None``."""
        return f"person:{slugify(self.person)}" if self.person else None


@dataclass(frozen=True, slots=True)
class Place:
    """Where a meeting happened: a city or venue, with its country and GeoNames id when known."""

    name: str
    country: str | None = None
    geonames_id: str | None = None

    @property
    def key(self) -> str:
        """``place:<geonames id>`` when known, else ``place:<slug>``."""
        return f"place:{self.geonames_id or slugify(self.name)}"


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic discussed, as a concept slug plus the phrase of the article that evidences it."""

    slug: str
    label: str
    phrase: str = ""

    @property
    def key(self) -> str:
        """``topic:<slug>``."""
        return f"topic:{self.slug}"


@dataclass(frozen=True, slots=True)
class Meeting:
    """A diplomatic meeting reported by an article, with the evidence it came from.

    ``evidence`` is the verbatim text of ``article.text[start:end]``; every fact of the
    meeting was read from the sentences it spans (plus article metadata for the date).
    """

    article_key: str
    participants: tuple[Participant, ...]
    evidence: str
    start: int
    end: int
    date: date | None = None
    place: Place | None = None
    mode: Mode = Mode.IN_PERSON
    topics: tuple[Topic, ...] = ()
    confidence: float = 0.5
    kind: str | None = None
    """Meeting type slug (``courtesy-call``, ``phone-call``, ...) when the text says."""
    sentences: tuple[tuple[int, int], ...] = field(default=())
    """Character spans of every sentence the meeting was read from."""

    @property
    def countries(self) -> tuple[str, ...]:
        """Keys of every country taking part (through a person, an envoy or as host), sorted."""
        keys = {p.represents for p in self.participants if p.represents}
        return tuple(sorted(k for k in keys if k.startswith("country:")))

    @property
    def key(self) -> str:
        """``meeting:<16 hex>``: the same article and facts give the same key on every run."""
        parts = [
            self.article_key,
            str(self.start),
            *sorted(f"{p.role}|{p.person}|{p.represents}" for p in self.participants),
            self.date.isoformat() if self.date else "",
        ]
        return "meeting:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]

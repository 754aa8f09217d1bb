"""The topic lexicon: what diplomats discussed, as concepts with broader/narrower levels.

``data/gazetteers/topics.tsv`` is written by the project (slug, label, broader concept,
IPTC Media Topic code and how closely it matches, regular expression). Extraction maps free
text onto these concepts and keeps the phrase that matched as evidence; the RDF layer
publishes them as a SKOS scheme (``ontologies/topics.ttl`` is generated from the same file by
``scripts/build_topics_ttl.py``).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from diplograph.errors import InputError
from diplograph.model import Topic
from diplograph.resources import gazetteer_dir

__all__ = ["IPTC_MATCHES", "TopicConcept", "TopicLexicon", "load_topics"]

# How an IPTC Media Topic relates to our concept, as a SKOS mapping property: ``close``
# (interchangeable for retrieval), ``broad`` (the IPTC topic is broader than ours) or
# ``related`` (overlapping, neither contains the other).
IPTC_MATCHES = ("close", "broad", "related")


@dataclass(frozen=True, slots=True)
class TopicConcept:
    """One concept of the topic scheme."""

    slug: str
    label: str
    broader: str
    pattern: re.Pattern[str]
    iptc: str = ""
    """IPTC Media Topic code (``16000000``), or empty when none fits."""
    iptc_match: str = ""
    """One of :data:`IPTC_MATCHES` when ``iptc`` is set."""


class TopicLexicon:
    """Finds topic concepts in text."""

    def __init__(self, concepts: tuple[TopicConcept, ...]) -> None:
        self.concepts = concepts

    def find(self, text: str) -> tuple[Topic, ...]:
        """Topics mentioned in ``text``, most specific first, each with its phrase.

        >>> [t.slug for t in load_topics().find("They called for a ceasefire in Gaza.")]
        ['ceasefire', 'gaza-ceasefire']
        """
        found: list[Topic] = []
        for c in self.concepts:
            m = c.pattern.search(text)
            if m:
                found.append(Topic(c.slug, c.label, m.group(0)))
        return tuple(sorted(found, key=lambda t: t.slug))

    def topics(self) -> tuple[Topic, ...]:
        """Every concept as a :class:`Topic` (for publishing the scheme)."""
        return tuple(Topic(c.slug, c.label) for c in self.concepts)


def load_topics(path: Path | None = None) -> TopicLexicon:
    """Load the topic lexicon from ``path`` (default: the packaged ``topics.tsv``)."""
    return _load(str(path) if path else "")


@lru_cache(maxsize=4)
def _load(path: str) -> TopicLexicon:
    source = Path(path) if path else None
    text = (
        source.read_text(encoding="utf-8")
        if source
        else (gazetteer_dir() / "topics.tsv").read_text(encoding="utf-8")
    )
    name = path or "topics.tsv"
    concepts: list[TopicConcept] = []
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    for line, row in enumerate(reader, start=2):
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except (re.error, KeyError, TypeError) as e:
            raise InputError(f"{name}:{line}: bad topic row ({e})") from e
        iptc, match = (row.get("iptc") or "").strip(), (row.get("iptc_match") or "").strip()
        if bool(iptc) != bool(match) or (match and match not in IPTC_MATCHES):
            raise InputError(
                f"{name}:{line}: topic {row['slug']!r}: iptc {iptc!r} needs iptc_match, one of "
                f"{', '.join(IPTC_MATCHES)} (got {match!r})"
            )
        concepts.append(
            TopicConcept(row["slug"], row["label"], row["broader"] or "", pattern, iptc, match)
        )
    _check_broader(concepts, name)
    return TopicLexicon(tuple(concepts))


def _check_broader(concepts: list[TopicConcept], name: str) -> None:
    slugs = {c.slug for c in concepts}
    for c in concepts:
        if c.broader and c.broader not in slugs:
            raise InputError(f"{name}: topic {c.slug!r}: unknown broader concept {c.broader!r}")

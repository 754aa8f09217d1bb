"""The topic lexicon: what diplomats discussed, as concepts with broader/narrower levels.

``data/gazetteers/topics.tsv`` is written by the project (slug, label, broader concept,
regular expression). Extraction maps free text onto these concepts and keeps the phrase
that matched as evidence; the RDF layer publishes them as a SKOS scheme.
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

__all__ = ["TopicConcept", "TopicLexicon", "load_topics"]


@dataclass(frozen=True, slots=True)
class TopicConcept:
    """One concept of the topic scheme."""

    slug: str
    label: str
    broader: str
    pattern: re.Pattern[str]


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
        concepts.append(TopicConcept(row["slug"], row["label"], row["broader"] or "", pattern))
    return TopicLexicon(tuple(concepts))

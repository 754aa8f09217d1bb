"""The one path from articles to the store: read → extract → map → replace graph → merge.

Each article is its own transaction (its named graph is replaced whole), so a failure
on one article never leaves another half-written, and re-ingesting replaces facts
instead of duplicating them. After the last article, reports of the same meeting by
several articles are merged again (``diplograph.merge``), over the whole store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from pyoxigraph import Literal
from spacy.language import Language

from diplograph import __version__
from diplograph.articles import ArticleError
from diplograph.gazetteer import Gazetteer, load_gazetteer
from diplograph.merge import merge_meetings
from diplograph.model import Article
from diplograph.rdf.iri import GRAPH_ONTOLOGY, GRAPH_REFERENCE, entity_iri
from diplograph.rdf.mapping import (
    DIGEST_QUERY,
    article_to_quads,
    reference_digest_quad,
    reference_to_quads,
    topics_to_quads,
    turtle_to_reference_quads,
)
from diplograph.resources import gazetteer_dir, ontology_dir
from diplograph.store import Store
from diplograph.topics import TopicLexicon, load_topics

__all__ = ["IngestReport", "ingest_articles", "write_reference"]


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: counts, and every input that failed with its reason."""

    articles: int = 0
    meetings: int = 0
    quads: int = 0
    merged: int = 0
    """Meetings in the store (from any ingest) merged into another report of the same meeting."""
    failed: list[ArticleError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed


def _reference_digest(*ontologies: bytes) -> str:
    """A digest of everything the reference and ontology graphs are made from."""
    h = hashlib.sha256(__version__.encode())
    for data in ontologies:
        h.update(hashlib.sha256(data).digest())
    for name in ("countries.tsv", "organizations.tsv", "titles.tsv", "topics.tsv"):
        h.update((gazetteer_dir() / name).read_bytes())
    return h.hexdigest()


def write_reference(store: Store, gazetteer: Gazetteer, topics: TopicLexicon) -> int:
    """Write the reference and ontology graphs unless the store already has this version.

    Skipping an unchanged version keeps re-ingests cheap and keeps the ontology's blank
    nodes stable, so exports of an unchanged store are byte-for-byte repeatable.

    The reference graph holds the countries and organisations, the topic scheme (from the
    lexicon in use; for the packaged one, the same triples as ``ontologies/topics.ttl``)
    and the meeting-type scheme of ``ontologies/meeting-types.ttl``.
    """
    ontology = (ontology_dir() / "diplograph.ttl").read_bytes()
    meeting_types = (ontology_dir() / "meeting-types.ttl").read_bytes()
    digest = _reference_digest(ontology, meeting_types)
    if store.select(DIGEST_QUERY, {"digest": Literal(digest)}).rows:
        return 0
    quads = [
        *reference_to_quads(gazetteer),
        *topics_to_quads(topics.concepts),
        *turtle_to_reference_quads(meeting_types),
        reference_digest_quad(digest),
    ]
    count = store.replace_graph(GRAPH_REFERENCE, quads)
    return count + store.replace_graph_from(GRAPH_ONTOLOGY, ontology, format="turtle")


def ingest_articles(
    store: Store,
    items: Iterable[Article | ArticleError],
    nlp: Language,
    *,
    progress: Callable[[str], None] | None = None,
    merge: bool = True,
) -> IngestReport:
    """Extract every article and store its facts; bad inputs are reported, not raised.

    ``progress`` is called once per input (article or error) with its origin. With
    ``merge`` (the default), reports of the same meeting are merged afterwards.
    """
    from diplograph.extract.pipeline import extract_articles

    report = IngestReport()
    topics = load_topics()
    write_reference(store, load_gazetteer(), topics)
    tick = progress or (lambda origin: None)

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, ArticleError):
                report.failed.append(item)
                tick(item.origin)
                continue
            yield item

    for article, meetings in extract_articles(nlp, articles(), topics=topics):
        tick(article.origin)
        try:
            quads = list(article_to_quads(article, meetings))
        except ValueError as e:
            # e.g. a URL that is not a valid IRI: this article fails, the rest go on.
            report.failed.append(ArticleError(article.origin, f"cannot map to RDF: {e}"))
            continue
        report.quads += store.replace_graph(entity_iri(article.key), quads)
        report.articles += 1
        report.meetings += len(meetings)
    if merge:
        report.merged = merge_meetings(store).merged
    return report

"""The one path from articles to the store: read → extract → map → replace graph.

Each article is its own transaction (its named graph is replaced whole), so a failure
on one article never leaves another half-written, and re-ingesting replaces facts
instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from diplograph.articles import ArticleError
from diplograph.gazetteer import Gazetteer, load_gazetteer
from diplograph.model import Article
from diplograph.rdf.iri import GRAPH_ONTOLOGY, GRAPH_REFERENCE, entity_iri
from diplograph.rdf.mapping import article_to_quads, reference_to_quads, topics_to_quads
from diplograph.resources import ontology_dir
from diplograph.store import Store
from diplograph.topics import TopicLexicon, load_topics

__all__ = ["IngestReport", "ingest_articles", "write_reference"]


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: counts, and every input that failed with its reason."""

    articles: int = 0
    meetings: int = 0
    quads: int = 0
    failed: list[ArticleError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failed


def write_reference(store: Store, gazetteer: Gazetteer, topics: TopicLexicon) -> int:
    """(Re)write the reference graph and the ontology graph; returns quads written."""
    count = store.replace_graph(
        GRAPH_REFERENCE,
        [*reference_to_quads(gazetteer), *topics_to_quads(topics.topics())],
    )
    data = (ontology_dir() / "diplograph.ttl").read_bytes()
    return count + store.replace_graph_from(GRAPH_ONTOLOGY, data, format="turtle")


def ingest_articles(
    store: Store,
    items: Iterable[Article | ArticleError],
    nlp: Language,
    *,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Extract every article and store its facts; bad inputs are reported, not raised.

    ``progress`` is called once per input (article or error) with its origin.
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
    return report

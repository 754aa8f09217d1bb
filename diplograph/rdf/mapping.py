"""Plain facts → quads in the contract's vocabulary (``docs/contract.md``).

An article's facts all go to the named graph named by the article IRI, so that
re-ingesting it replaces them; reference entities (countries, organisations, the topic
scheme) go to ``id:graph/reference``; merges of meetings reported by several articles go
to ``id:graph/merges``. Nothing here does I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from diplograph.gazetteer import Gazetteer
from diplograph.model import Article, Meeting, Participant, Topic
from diplograph.rdf.iri import (
    GRAPH_MERGES,
    GRAPH_REFERENCE,
    PREFIXES,
    TOPIC_SCHEME,
    dg,
    entity_iri,
    geonames_iri,
    iptc_iri,
    prefix_block,
    wikidata_iri,
)
from diplograph.topics import TopicConcept

__all__ = [
    "DIGEST_QUERY",
    "MERGE_CANDIDATES_QUERY",
    "MERGE_LINKS_QUERY",
    "article_to_quads",
    "merged_meeting_to_quads",
    "reference_digest_quad",
    "reference_to_quads",
    "topics_to_quads",
    "turtle_to_reference_quads",
]

DCTERMS_IDENTIFIER = NamedNode(PREFIXES["dcterms"] + "identifier")
DIGEST_QUERY = (
    f"SELECT ?digest WHERE {{ GRAPH <{GRAPH_REFERENCE.value}> "
    f"{{ <{GRAPH_REFERENCE.value}> <{DCTERMS_IDENTIFIER.value}> ?digest }} }}"
)


def reference_digest_quad(digest: str) -> Quad:
    """Marks which version of the reference data the reference graph holds."""
    return Quad(GRAPH_REFERENCE, DCTERMS_IDENTIFIER, Literal(digest), GRAPH_REFERENCE)


RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
OWL_SAME_AS = NamedNode(PREFIXES["owl"] + "sameAs")
SKOS = PREFIXES["skos"]
SCHEMA = PREFIXES["schema"]
PROV = PREFIXES["prov"]
ORG = PREFIXES["org"]
XSD = PREFIXES["xsd"]


def _date(value: object) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "date"))


def _en(text: str) -> Literal:
    return Literal(text, language="en")


def article_to_quads(article: Article, meetings: Iterable[Meeting]) -> Iterator[Quad]:
    """All quads of one article: its metadata and every meeting it reports.

    >>> from diplograph.model import Article
    >>> quads = list(article_to_quads(Article("Text.", "a.txt", title="T"), []))
    >>> sorted(q.predicate.value.rsplit("/", 1)[-1] for q in quads)
    ['22-rdf-syntax-ns#type', 'headline']
    """
    graph = entity_iri(article.key)
    yield from _article_quads(article, graph)
    for meeting in meetings:
        yield from _meeting_quads(meeting, graph)


def _article_quads(article: Article, graph: NamedNode) -> Iterator[Quad]:
    a = graph
    yield Quad(a, RDF_TYPE, dg("Article"), graph)
    if article.url:
        yield Quad(a, NamedNode(SCHEMA + "url"), NamedNode(article.url), graph)
    if article.title:
        yield Quad(a, NamedNode(SCHEMA + "headline"), Literal(article.title), graph)
    if article.published:
        yield Quad(a, NamedNode(SCHEMA + "datePublished"), _date(article.published), graph)
    if article.source:
        yield Quad(a, dg("sourceName"), Literal(article.source), graph)


def _hex16(signature: str) -> str:
    return hashlib.sha256(signature.encode()).hexdigest()[:16]


def _participation_digest(meeting_iri: NamedNode, p: Participant) -> str:
    return _hex16(f"{meeting_iri.value}|{p.role}|{p.person}|{p.represents}|{p.title}")


def _meeting_quads(m: Meeting, graph: NamedNode) -> Iterator[Quad]:
    mi = entity_iri(m.key)
    article = graph
    yield Quad(mi, RDF_TYPE, dg("Meeting"), graph)
    yield Quad(mi, dg("reportedIn"), article, graph)
    yield Quad(mi, NamedNode(PROV + "wasDerivedFrom"), article, graph)
    yield Quad(mi, dg("evidence"), Literal(m.evidence), graph)
    yield Quad(mi, dg("evidenceStart"), Literal(m.start), graph)
    yield Quad(mi, dg("evidenceEnd"), Literal(m.end), graph)
    confidence = Decimal(f"{m.confidence:.2f}")
    yield Quad(
        mi, dg("confidence"), Literal(str(confidence), datatype=NamedNode(XSD + "decimal")), graph
    )
    yield Quad(mi, dg("mode"), dg(m.mode.value), graph)
    if m.kind:
        yield Quad(mi, dg("meetingType"), entity_iri(f"meeting-type:{m.kind}"), graph)
    if m.date:
        yield Quad(mi, dg("date"), _date(m.date), graph)
    if m.place:
        place = entity_iri(m.place.key)
        yield Quad(mi, dg("location"), place, graph)
        yield Quad(place, RDF_TYPE, dg("Place"), graph)
        yield Quad(place, RDFS_LABEL, _en(m.place.name), graph)
        if m.place.country:
            yield Quad(place, dg("country"), entity_iri(m.place.country), graph)
        if m.place.geonames_id:
            yield Quad(place, OWL_SAME_AS, geonames_iri(m.place.geonames_id), graph)
    for topic in m.topics:
        yield Quad(mi, dg("topic"), entity_iri(topic.key), graph)
        yield from _topic_evidence_quads(mi, topic, graph)
    for country in m.countries:
        yield Quad(mi, dg("participantCountry"), entity_iri(country), graph)
    for p in m.participants:
        yield from _participation_quads(mi, p, graph)
    yield from _schema_quads(m, mi, graph)


def _topic_evidence_quads(mi: NamedNode, topic: Topic, graph: NamedNode) -> Iterator[Quad]:
    """The phrase that made the extractor assign the topic, as a quotation of the article."""
    if not topic.phrase:
        return
    ei = entity_iri(f"evidence:{_hex16(f'{mi.value}|{topic.key}|{topic.phrase}')}")
    yield Quad(mi, dg("topicEvidence"), ei, graph)
    yield Quad(ei, RDF_TYPE, dg("Evidence"), graph)
    yield Quad(ei, dg("concept"), entity_iri(topic.key), graph)
    yield Quad(ei, NamedNode(PROV + "value"), Literal(topic.phrase), graph)
    yield Quad(ei, NamedNode(PROV + "wasQuotedFrom"), graph, graph)


def _schema_quads(m: Meeting, mi: NamedNode, graph: NamedNode) -> Iterator[Quad]:
    """The schema.org view of a meeting, written out because our stores do no RDFS reasoning.

    Exactly what ``dg:Meeting rdfs:subClassOf schema:Event`` and the ``rdfs:subPropertyOf``
    axioms of ``dg:date``, ``dg:location``, ``dg:participant`` and ``dg:topic`` entail
    (issue 4, point 1), so a query in schema.org terms finds the meeting without a reasoner.
    """
    yield Quad(mi, RDF_TYPE, NamedNode(SCHEMA + "Event"), graph)
    if m.date:
        yield Quad(mi, NamedNode(SCHEMA + "startDate"), _date(m.date), graph)
    if m.place:
        yield Quad(mi, NamedNode(SCHEMA + "location"), entity_iri(m.place.key), graph)
    for agent in dict.fromkeys(_agent_key(p) for p in m.participants):
        if agent:
            yield Quad(mi, NamedNode(SCHEMA + "attendee"), entity_iri(agent), graph)
    for topic in m.topics:
        yield Quad(mi, NamedNode(SCHEMA + "about"), entity_iri(topic.key), graph)


def _agent_key(p: Participant) -> str | None:
    """The key of the participation's ``dg:agent``: the named person, or an organisation
    taking part as such ("the IMF said after talks ..."), else ``None``."""
    if p.person_key and p.person:
        return p.person_key
    if p.represents and p.represents.startswith("org:") and not p.title:
        return p.represents
    return None


def _participation_quads(mi: NamedNode, p: Participant, graph: NamedNode) -> Iterator[Quad]:
    digest = _participation_digest(mi, p)
    pi = entity_iri(f"participation:{digest}")
    yield Quad(mi, dg("participation"), pi, graph)
    yield Quad(pi, RDF_TYPE, dg("Participation"), graph)
    yield Quad(pi, dg("role"), dg(p.role.value), graph)
    if p.title:
        yield Quad(pi, dg("title"), Literal(p.title), graph)
    agent_key = _agent_key(p)
    agent = entity_iri(agent_key) if agent_key else None
    if agent is not None and p.person_key and p.person:
        yield Quad(agent, RDF_TYPE, dg("Person"), graph)
        yield Quad(agent, RDFS_LABEL, Literal(p.person), graph)
    if agent is not None:
        yield Quad(pi, dg("agent"), agent, graph)
        yield Quad(mi, dg("participant"), agent, graph)
    if p.represents:
        yield Quad(pi, dg("onBehalfOf"), entity_iri(p.represents), graph)
    if p.title and p.represents:
        holder = agent if p.person else None
        yield from _post_quads(pi, digest, (p.title, p.represents), holder, graph)


def _post_quads(
    pi: NamedNode,
    digest: str,
    office: tuple[str, str],
    holder: NamedNode | None,
    graph: NamedNode,
) -> Iterator[Quad]:
    """The office the title names, as a W3C ORG post in the represented country or organisation.

    One post per participation: "Ambassador" of Bahrain is a different post in every
    receiving state and the article does not always say which, so posts are not shared
    across meetings (their holder and ``org:postIn`` are).
    """
    title, represents = office
    post = entity_iri(f"post:{digest}")
    yield Quad(pi, dg("post"), post, graph)
    yield Quad(post, RDF_TYPE, NamedNode(ORG + "Post"), graph)
    yield Quad(post, RDFS_LABEL, _en(title), graph)
    yield Quad(post, NamedNode(ORG + "postIn"), entity_iri(represents), graph)
    if holder is not None:
        yield Quad(post, NamedNode(ORG + "heldBy"), holder, graph)


def reference_to_quads(gazetteer: Gazetteer) -> Iterator[Quad]:
    """Countries and organisations with their codes and links, in ``id:graph/reference``."""
    g = GRAPH_REFERENCE
    for c in gazetteer.countries.values():
        ci = entity_iri(c.key)
        yield Quad(ci, RDF_TYPE, dg("Country"), g)
        yield Quad(ci, RDFS_LABEL, _en(c.name), g)
        yield Quad(ci, dg("iso2"), Literal(c.iso2), g)
        if c.iso3:
            yield Quad(ci, dg("iso3"), Literal(c.iso3), g)
        if c.cow_code:
            yield Quad(ci, dg("cowCode"), Literal(c.cow_code), g)
        if c.wikidata:
            yield Quad(ci, OWL_SAME_AS, wikidata_iri(c.wikidata), g)
        if c.geonames_id:
            yield Quad(ci, OWL_SAME_AS, geonames_iri(c.geonames_id), g)
    for o in gazetteer.organizations.values():
        oi = entity_iri(o.key)
        yield Quad(oi, RDF_TYPE, dg("Organization"), g)
        yield Quad(oi, RDFS_LABEL, _en(o.name), g)
        yield Quad(oi, NamedNode(SKOS + "notation"), Literal(o.acronym or o.code), g)
        if o.wikidata:
            yield Quad(oi, OWL_SAME_AS, wikidata_iri(o.wikidata), g)
        if o.parent_key:
            yield Quad(oi, dg("partOf"), entity_iri(f"org:{o.parent_key}"), g)


_IPTC_PREDICATES = {
    "close": NamedNode(SKOS + "closeMatch"),
    "broad": NamedNode(SKOS + "broadMatch"),
    "related": NamedNode(SKOS + "relatedMatch"),
}


def topics_to_quads(concepts: Iterable[TopicConcept]) -> Iterator[Quad]:
    """The topic concepts as a SKOS scheme ``id:topics`` in the reference graph.

    Levels come from the ``broader`` column (``skos:broader`` and its inverse
    ``skos:narrower`` both written, concepts without one are top concepts), and IPTC Media
    Topics from the ``iptc`` columns.

    >>> from diplograph.topics import load_topics
    >>> quads = list(topics_to_quads(load_topics().concepts))
    >>> any(q.predicate.value.endswith("#broader") and q.object.value.endswith("/conflict")
    ...     for q in quads if q.subject.value.endswith("/ceasefire"))
    True
    """
    g = GRAPH_REFERENCE
    yield Quad(TOPIC_SCHEME, RDF_TYPE, NamedNode(SKOS + "ConceptScheme"), g)
    yield Quad(TOPIC_SCHEME, NamedNode(SKOS + "prefLabel"), _en("diplograph topics"), g)
    for c in concepts:
        ti = entity_iri(f"topic:{c.slug}")
        yield Quad(ti, RDF_TYPE, NamedNode(SKOS + "Concept"), g)
        yield Quad(ti, NamedNode(SKOS + "prefLabel"), _en(c.label), g)
        yield Quad(ti, NamedNode(SKOS + "inScheme"), TOPIC_SCHEME, g)
        if c.broader:
            parent = entity_iri(f"topic:{c.broader}")
            yield Quad(ti, NamedNode(SKOS + "broader"), parent, g)
            yield Quad(parent, NamedNode(SKOS + "narrower"), ti, g)
        else:
            yield Quad(ti, NamedNode(SKOS + "topConceptOf"), TOPIC_SCHEME, g)
            yield Quad(TOPIC_SCHEME, NamedNode(SKOS + "hasTopConcept"), ti, g)
        if c.iptc:
            yield Quad(ti, _IPTC_PREDICATES[c.iptc_match], iptc_iri(c.iptc), g)


def turtle_to_reference_quads(data: bytes) -> Iterator[Quad]:
    """The triples of a Turtle file (a SKOS scheme), placed in ``id:graph/reference``.

    >>> data = b"<https://example.org/a> <https://example.org/b> 1 ."
    >>> [q.graph_name.value for q in turtle_to_reference_quads(data)]
    ['https://w3id.org/diplograph/id/graph/reference']
    """
    for t in parse(data, format=RdfFormat.TURTLE):
        yield Quad(t.subject, t.predicate, t.object, GRAPH_REFERENCE)


# What the merge compares, read from the article graphs only (``GRAPH ?article``): the copies
# a previous merge put on canonical meetings in ``id:graph/merges`` must not feed back into
# the next run. One row per fact (UNION, no cross product); undated meetings never merge, so
# they are not read at all.
MERGE_CANDIDATES_QUERY = (
    prefix_block()
    + """\
SELECT ?meeting ?article ?date ?party ?person ?personParty ?agent
WHERE {
  GRAPH ?article {
    ?meeting a dg:Meeting ; dg:reportedIn ?article ; dg:date ?date .
    { ?meeting dg:participantCountry ?party }
    UNION { ?meeting dg:participation/dg:onBehalfOf ?party }
    UNION {
      ?meeting dg:participation ?p .
      ?p dg:agent ?person .
      ?person a dg:Person .
      OPTIONAL { ?p dg:onBehalfOf ?personParty }
    }
    UNION { ?meeting dg:participant ?agent }
  }
}
"""
)

MERGE_LINKS_QUERY = (
    prefix_block()
    + f"SELECT (COUNT(*) AS ?links) WHERE {{ GRAPH <{GRAPH_MERGES.value}> "
    + "{ ?member dg:mergedInto ?canonical } }"
)


def merged_meeting_to_quads(
    canonical: str,
    *,
    members: Iterable[str],
    articles: Iterable[str],
    countries: Iterable[str],
    agents: Iterable[str],
) -> Iterator[Quad]:
    """Record that ``members`` report the same meeting as ``canonical``, in ``id:graph/merges``.

    Every argument is a key. The canonical meeting gets ``dg:reportedIn`` for every article
    and the union of the members' countries and agents, so queries that skip merged-away
    meetings (``FILTER NOT EXISTS { ?m dg:mergedInto ?c }``) still see everything.

    >>> quads = list(merged_meeting_to_quads("meeting:a", members=["meeting:b"],
    ...     articles=["article:1", "article:2"], countries=["country:PK"], agents=[]))
    >>> [q.predicate.value.rsplit("#", 1)[-1] for q in quads]
    ['mergedInto', 'reportedIn', 'reportedIn', 'participantCountry']
    """
    g = GRAPH_MERGES
    ci = entity_iri(canonical)
    for member in members:
        yield Quad(entity_iri(member), dg("mergedInto"), ci, g)
    for article in articles:
        yield Quad(ci, dg("reportedIn"), entity_iri(article), g)
    for country in countries:
        yield Quad(ci, dg("participantCountry"), entity_iri(country), g)
    for agent in agents:
        yield Quad(ci, dg("participant"), entity_iri(agent), g)

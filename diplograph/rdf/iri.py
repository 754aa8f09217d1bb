"""The only module that spells out IRIs: namespaces, prefixes and key → IRI minting.

Identifiers follow ``docs/contract.md``: the same input gives the same IRI on every run
and machine, so re-ingesting replaces facts instead of duplicating them.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

__all__ = [
    "BASE",
    "CAMEO",
    "CONTEXT_IRI",
    "DG",
    "GRAPH_MERGES",
    "GRAPH_ONTOLOGY",
    "GRAPH_REFERENCE",
    "ID",
    "IPTC_MEDIATOPIC",
    "MEETING_TYPE_SCHEME",
    "PLOVER",
    "PREFIXES",
    "TOPIC_SCHEME",
    "compact_iri",
    "entity_iri",
    "geonames_iri",
    "iptc_iri",
    "iri_to_key",
    "prefix_block",
    "wikidata_iri",
]

DG = "https://w3id.org/diplograph/ontology#"
ID = "https://w3id.org/diplograph/id/"
BASE = ID
# CAMEO and PLOVER publish codebooks, not IRIs; we mint them under our own w3id namespace
# (documented in ontologies/meeting-types.ttl) so that meeting types can point at them.
CAMEO = "https://w3id.org/diplograph/cameo/"
PLOVER = "https://w3id.org/diplograph/plover/"
IPTC_MEDIATOPIC = "http://cv.iptc.org/newscodes/mediatopic/"
# Where ontologies/context.jsonld is published (the JSON-LD export can reference it).
CONTEXT_IRI = "https://w3id.org/diplograph/context.jsonld"

PREFIXES: dict[str, str] = {
    "dg": DG,
    "id": ID,
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "dcterms": "http://purl.org/dc/terms/",
    "cameo": CAMEO,
    "plover": PLOVER,
}

GRAPH_REFERENCE = NamedNode(ID + "graph/reference")
GRAPH_ONTOLOGY = NamedNode(ID + "graph/ontology")
# Which meetings are reports of the same event: derived from the article graphs, rewritten
# whole by every merge run (issue 3, point 6).
GRAPH_MERGES = NamedNode(ID + "graph/merges")
TOPIC_SCHEME = NamedNode(ID + "topics")
MEETING_TYPE_SCHEME = NamedNode(ID + "meeting-types")

# Key kinds and the path segment each gets under ``id:``.
_KINDS = {
    "country": "country",
    "org": "org",
    "person": "person",
    "place": "place",
    "article": "article",
    "meeting": "meeting",
    "topic": "topic",
    "participation": "participation",
    "meeting-type": "meeting-type",
    "evidence": "evidence",
    "post": "post",
}


def entity_iri(key: str) -> NamedNode:
    """Turn a key such as ``"country:PK"`` into its IRI.

    >>> entity_iri("country:PK").value
    'https://w3id.org/diplograph/id/country/PK'
    >>> entity_iri("person:anwaar-ul-haq-kakar").value
    'https://w3id.org/diplograph/id/person/anwaar-ul-haq-kakar'
    """
    kind, sep, code = key.partition(":")
    if not sep or kind not in _KINDS or not code:
        raise ValueError(f"not an entity key: {key!r}")
    return NamedNode(f"{ID}{_KINDS[kind]}/{code}")


def iri_to_key(iri: str) -> str | None:
    """Inverse of :func:`entity_iri` for our own IRIs; ``None`` for anything else.

    >>> iri_to_key("https://w3id.org/diplograph/id/country/PK")
    'country:PK'
    """
    if not iri.startswith(ID):
        return None
    kind, sep, code = iri[len(ID) :].partition("/")
    return f"{kind}:{code}" if sep and kind in _KINDS else None


def dg(term: str) -> NamedNode:
    """A term of the diplograph ontology, e.g. ``dg("Meeting")``."""
    return NamedNode(DG + term)


def wikidata_iri(qid: str) -> NamedNode:
    """Wikidata entity IRI for a QID such as ``Q843``."""
    return NamedNode(PREFIXES["wd"] + qid)


def geonames_iri(geonames_id: str) -> NamedNode:
    """GeoNames feature IRI (the form GeoNames itself uses for linked data)."""
    return NamedNode(f"https://sws.geonames.org/{geonames_id}/")


def iptc_iri(code: str) -> NamedNode:
    """IPTC Media Topic IRI for a code such as ``16000000``.

    >>> iptc_iri("16000000").value
    'http://cv.iptc.org/newscodes/mediatopic/16000000'
    """
    return NamedNode(IPTC_MEDIATOPIC + code)


def compact_iri(iri: str) -> str:
    """The shortest prefixed form of an IRI, for tables meant for people.

    >>> compact_iri("https://w3id.org/diplograph/id/country/PK")
    'id:country/PK'
    """
    best = iri
    for name, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) - len(ns) + len(name) + 1 < len(best):
            best = f"{name}:{iri[len(ns) :]}"
    return best


def prefix_block(query: str = "") -> str:
    """SPARQL PREFIX lines for every standard prefix the query does not declare itself.

    >>> "PREFIX dg:" in prefix_block("SELECT * WHERE { ?s ?p ?o }")
    True
    """
    lowered = query.lower()
    lines = [
        f"PREFIX {name}: <{ns}>"
        for name, ns in PREFIXES.items()
        if f"prefix {name}:" not in lowered
    ]
    return "\n".join(lines) + "\n"

"""The project's vocabulary as data: the terms its Turtle files declare, and what they say.

Everything is read from the Turtle files in ``ontologies/`` (all but the SHACL shapes): no
term list lives here. A term is every IRI in the project's namespaces
(``https://w3id.org/diplograph/...``) that a file types as a class, property, individual,
concept scheme or concept; its first declaring type decides its kind and the name of its
page. Kept apart from the HTML of `diplograph.reference_docs`, because tests ask the
vocabulary questions without rendering a page: is every term the data and the JSON-LD
context use declared, and defined?
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

import pyoxigraph as ox

from diplograph.rdf.iri import DG, PREFIXES, compact_iri
from diplograph.resources import ontology_dir

__all__ = [
    "DECLARING_TYPES",
    "Kind",
    "Term",
    "Value",
    "Vocabulary",
    "load_vocabulary",
    "ontology_iri",
]

PROJECT_NAMESPACE = "https://w3id.org/diplograph/"
_RDF, _RDFS, _OWL = PREFIXES["rdf"], PREFIXES["rdfs"], PREFIXES["owl"]
_SKOS = PREFIXES["skos"]
_TYPE, _LABEL, _PREF_LABEL = _RDF + "type", _RDFS + "label", _SKOS + "prefLabel"
_DEFINITION = _SKOS + "definition"
# Files of ontologies/ that are not vocabulary: SHACL shapes describe data, they declare nothing.
_NOT_VOCABULARY = {"shapes.ttl"}


class Kind(Enum):
    """What a term is, in the order the index lists them: (heading, singular, page prefix)."""

    CLASS = ("Classes", "class", "class")
    OBJECT_PROPERTY = ("Object properties", "object property", "property")
    DATATYPE_PROPERTY = ("Datatype properties", "datatype property", "property")
    ANNOTATION_PROPERTY = ("Annotation properties", "annotation property", "property")
    PROPERTY = ("Other properties", "property", "property")
    INDIVIDUAL = ("Individuals", "individual", "individual")
    CONCEPT_SCHEME = ("Concept schemes", "concept scheme", "scheme")
    CONCEPT = ("Concepts", "concept", "concept")

    @property
    def heading(self) -> str:
        """The index heading, e.g. ``Object properties``."""
        return str(self.value[0])

    @property
    def singular(self) -> str:
        """One term of the kind, e.g. ``object property``."""
        return str(self.value[1])

    @property
    def page_prefix(self) -> str:
        """The start of its pages' file names, e.g. ``property``."""
        return str(self.value[2])


# The first declaring type a term has decides its kind (a term that is both an owl:Class and
# a skos:Concept is documented as a class).
DECLARING_TYPES: dict[str, Kind] = {
    _OWL + "Class": Kind.CLASS,
    _RDFS + "Class": Kind.CLASS,
    _OWL + "ObjectProperty": Kind.OBJECT_PROPERTY,
    _OWL + "DatatypeProperty": Kind.DATATYPE_PROPERTY,
    _OWL + "AnnotationProperty": Kind.ANNOTATION_PROPERTY,
    _RDF + "Property": Kind.PROPERTY,
    _OWL + "NamedIndividual": Kind.INDIVIDUAL,
    _SKOS + "ConceptScheme": Kind.CONCEPT_SCHEME,
    _SKOS + "Concept": Kind.CONCEPT,
}

Node = ox.NamedNode | ox.BlankNode
Value = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass(frozen=True, slots=True)
class Term:
    """A documented term: its IRI, kind, page file name, English label and definition."""

    iri: str
    kind: Kind
    page: str
    label: str
    definition: str


class Vocabulary:
    """The statements of the vocabulary files, indexed by subject, and the terms they declare."""

    def __init__(self, quads: Iterable[ox.Quad]) -> None:
        self.statements: dict[Node, dict[str, list[Value]]] = defaultdict(lambda: defaultdict(list))
        for q in quads:
            if isinstance(q.subject, ox.Triple) or isinstance(q.object, ox.Triple):
                continue
            values = self.statements[q.subject][q.predicate.value]
            if q.object not in values:
                values.append(q.object)
        self.terms = self._declared_terms()

    def values(self, subject: Node, predicate: str) -> list[Value]:
        """Objects of ``subject predicate ?o``, sorted."""
        found = self.statements.get(subject, {}).get(predicate, [])
        return sorted(found, key=lambda v: (type(v).__name__, str(v)))

    def english(self, iri: str, *predicates: str) -> str:
        """The first English (or untagged) literal of the first predicate that has one."""
        for predicate in predicates:
            for v in self.values(ox.NamedNode(iri), predicate):
                if isinstance(v, ox.Literal) and v.language in ("en", None) and v.value.strip():
                    return v.value
        return ""

    def subjects_with(self, predicate: str, obj: str) -> list[str]:
        """IRIs of the subjects of ``?s predicate <obj>`` (through ``owl:unionOf`` too), sorted."""
        found = set()
        for subject, props in self.statements.items():
            if isinstance(subject, ox.NamedNode) and any(
                obj in self._members(v) for v in props.get(predicate, [])
            ):
                found.add(subject.value)
        return sorted(found)

    def _members(self, value: Value) -> set[str]:
        if isinstance(value, ox.NamedNode):
            return {value.value}
        if isinstance(value, ox.BlankNode):
            lists = self.values(value, _OWL + "unionOf")
            return {v.value for v in self.rdf_list(lists[0])} if lists else set()
        return set()

    def rdf_list(self, head: Value) -> list[Value]:
        """The members of an RDF collection."""
        items: list[Value] = []
        node = head
        while isinstance(node, ox.BlankNode) and len(items) < 1000:
            items += self.values(node, _RDF + "first")
            rest = self.values(node, _RDF + "rest")
            node = rest[0] if rest else ox.NamedNode(_RDF + "nil")
        return items

    def _declared_terms(self) -> dict[str, Term]:
        terms: dict[str, Term] = {}
        pages: dict[str, str] = {}
        for subject, props in self.statements.items():
            if not isinstance(subject, ox.NamedNode) or not subject.value.startswith(
                PROJECT_NAMESPACE
            ):
                continue
            types = {t.value for t in props.get(_TYPE, [])}
            kinds = [kind for iri, kind in DECLARING_TYPES.items() if iri in types]
            if not kinds:
                continue
            iri = subject.value
            page = _page_name(iri, kinds[0])
            if page.lower() in pages:
                raise ValueError(f"{iri} and {pages[page.lower()]} would share the page {page}")
            pages[page.lower()] = iri
            label = self.english(iri, _LABEL, _PREF_LABEL)
            terms[iri] = Term(iri, kinds[0], page, label, self.english(iri, _DEFINITION))
        return dict(sorted(terms.items(), key=lambda item: _sort_key(item[1])))


def load_vocabulary() -> Vocabulary:
    """Parse every vocabulary file of the packaged ``ontologies/`` folder.

    >>> vocabulary = load_vocabulary()
    >>> vocabulary.terms["https://w3id.org/diplograph/ontology#Meeting"].page
    'class-Meeting.html'
    """
    files = sorted(
        (f for f in ontology_dir().iterdir() if f.name.endswith(".ttl")),
        key=lambda f: f.name,
    )
    quads: list[ox.Quad] = []
    for f in files:
        if f.name not in _NOT_VOCABULARY:
            quads += ox.parse(f.read_bytes(), ox.RdfFormat.TURTLE)
    return Vocabulary(quads)


def ontology_iri(vocabulary: Vocabulary) -> str:
    """The IRI the files declare an ``owl:Ontology``, else the ``dg:`` namespace."""
    ontologies = sorted(
        s.value
        for s, props in vocabulary.statements.items()
        if isinstance(s, ox.NamedNode)
        and any(t.value == _OWL + "Ontology" for t in props.get(_TYPE, []))
    )
    return ontologies[0] if ontologies else DG.rstrip("#")


def _page_name(iri: str, kind: Kind) -> str:
    """``class-Meeting.html``, ``property-date.html``, ``concept-topic-ceasefire.html``."""
    compact = compact_iri(iri)
    if compact.startswith(("dg:", "id:")):
        compact = compact[3:]
    elif compact == iri:
        compact = iri.removeprefix(PROJECT_NAMESPACE)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", compact).strip("-")
    return f"{kind.page_prefix}-{stem}.html"


def _sort_key(term: Term) -> tuple[int, str, str]:
    return (list(Kind).index(term.kind), compact_iri(term.iri).lower(), term.iri)

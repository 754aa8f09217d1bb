"""The OWL ontology agrees with the public contract, the mapping code and the docs.

Everything here reads the real files: ``ontologies/diplograph.ttl`` parsed with
pyoxigraph (and rdflib), ``docs/contract.md`` and the source of ``diplograph/rdf/mapping.py``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.model import Mode, Role

ROOT = Path(__file__).parents[1]
ONTOLOGY = ROOT / "ontologies" / "diplograph.ttl"
CONTRACT = ROOT / "docs" / "contract.md"
VOCABULARY = ROOT / "docs" / "vocabulary.md"
CHANGELOG = ROOT / "ontologies" / "CHANGELOG.md"
MAPPING = ROOT / "diplograph" / "rdf" / "mapping.py"
SHARED_CONTRACT = Path(__file__).parents[2] / "shared" / "contract.md"

ONTOLOGY_IRI = "https://w3id.org/diplograph/ontology"
DG = ONTOLOGY_IRI + "#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
WDT = "http://www.wikidata.org/prop/direct/"
DCTERMS = "http://purl.org/dc/terms/"

BEGIN_MARKER = "<!-- BEGIN public contract -->\n"
END_MARKER = "<!-- END public contract -->"

DECLARING_TYPES = {
    OWL + "Class",
    OWL + "ObjectProperty",
    OWL + "DatatypeProperty",
    OWL + "NamedIndividual",
}
ALIGNMENT_PREDICATES = {
    RDFS + "subClassOf",
    RDFS + "subPropertyOf",
    OWL + "equivalentClass",
    OWL + "equivalentProperty",
    OWL + "sameAs",
    SKOS + "exactMatch",
    SKOS + "closeMatch",
    SKOS + "broadMatch",
    SKOS + "narrowMatch",
    SKOS + "relatedMatch",
}
# Local names may contain digits after the first letter (``dg:iso2``).
DG_TERM = re.compile(r"\bdg:([A-Za-z][A-Za-z0-9]*)")
# Arguments of non-literal ``dg(...)`` calls in mapping.py, and the values they can take.
DYNAMIC_DG_ARGUMENTS = {
    "m.mode.value": [m.value for m in Mode],
    "p.role.value": [r.value for r in Role],
}


@cache
def ontology_triples() -> list[tuple[str, str, object]]:
    """``(subject, predicate IRI, object)``; the subject is an IRI, or ``_:id`` for a blank node."""
    quads = ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE)
    return [
        (
            q.subject.value if isinstance(q.subject, ox.NamedNode) else str(q.subject),
            q.predicate.value,
            q.object,
        )
        for q in quads
    ]


def objects(subject: str, predicate: str) -> list[object]:
    """Objects of ``<subject> <predicate> ?o``."""
    return [o for s, p, o in ontology_triples() if s == subject and p == predicate]


def values(subject: str, predicate: str) -> list[str]:
    """IRIs and literal values (not blank nodes) of ``<subject> <predicate> ?o``."""
    return [
        o.value for o in objects(subject, predicate) if isinstance(o, ox.NamedNode | ox.Literal)
    ]


def types_of(iri: str) -> set[str]:
    return set(values(iri, RDF + "type"))


def english(iri: str, predicate: str) -> list[str]:
    return [
        o.value
        for o in objects(iri, predicate)
        if isinstance(o, ox.Literal) and o.language == "en" and o.value.strip()
    ]


def declared_terms() -> set[str]:
    """Local names of every ``dg:`` IRI the ontology types as a class, property or individual."""
    return {
        s.removeprefix(DG)
        for s, p, o in ontology_triples()
        if s.startswith(DG)
        and p == RDF + "type"
        and isinstance(o, ox.NamedNode)
        and o.value in DECLARING_TYPES
    }


def undeclared(names: set[str]) -> list[str]:
    """The names (local parts of ``dg:`` terms) lacking a declaration, a label or a definition."""
    missing = []
    for name in sorted(names):
        iri = DG + name
        if not types_of(iri) & DECLARING_TYPES:
            missing.append(f"dg:{name} (not declared)")
        elif not english(iri, RDFS + "label"):
            missing.append(f"dg:{name} (no rdfs:label@en)")
        elif not english(iri, SKOS + "definition"):
            missing.append(f"dg:{name} (no skos:definition@en)")
    return missing


def contract_code_and_tables(text: str) -> str:
    """The fenced code blocks and table rows of a Markdown document, joined."""
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)
    rows = [line for line in text.splitlines() if line.lstrip().startswith("|")]
    return "\n".join([*blocks, *rows])


def contract_namespaces() -> set[str]:
    """Namespace IRIs of the contract's Prefixes block."""
    text = CONTRACT.read_text(encoding="utf-8")
    section = text.split("## Prefixes", 1)[1].split("##", 1)[0]
    return set(re.findall(r"^\s*[a-z]+:\s*<([^>]+)>", section, flags=re.M))


def test_ontology_parses_with_pyoxigraph_and_rdflib() -> None:
    rdflib = pytest.importorskip("rdflib")
    graph = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    assert len(graph) == len(ontology_triples()) > 100


def test_ontology_header_has_version_and_metadata() -> None:
    assert OWL + "Ontology" in types_of(ONTOLOGY_IRI)
    version = values(ONTOLOGY_IRI, OWL + "versionInfo")
    assert len(version) == 1
    assert values(ONTOLOGY_IRI, OWL + "versionIRI") == [f"{ONTOLOGY_IRI}/{version[0]}"]
    for field in ("title", "description", "license", "creator"):
        assert objects(ONTOLOGY_IRI, DCTERMS + field), f"no dcterms:{field}"
    assert f"## [{version[0]}]" in CHANGELOG.read_text(encoding="utf-8")


def test_contract_terms_are_declared() -> None:
    text = contract_code_and_tables(CONTRACT.read_text(encoding="utf-8"))
    names = set(DG_TERM.findall(text))
    assert {"Meeting", "participation", "host", "inPerson", "iso2"} <= names
    assert undeclared(names) == []


def test_contract_namespaces_are_parsed() -> None:
    assert "https://w3id.org/diplograph/ontology#" in contract_namespaces()
    assert "https://schema.org/" in contract_namespaces()


def test_mapping_terms_are_declared() -> None:
    source = MAPPING.read_text(encoding="utf-8")
    names = set(re.findall(r"\bdg\(\s*\"([A-Za-z][A-Za-z0-9]*)\"\s*\)", source))
    dynamic = re.findall(r"\bdg\(\s*([^\"\s)][^)]*)\)", source)
    unknown = sorted(set(dynamic) - DYNAMIC_DG_ARGUMENTS.keys())
    assert unknown == [], f"new computed dg(...) terms in mapping.py; list their values: {unknown}"
    for argument in dynamic:
        names.update(DYNAMIC_DG_ARGUMENTS[argument])
    assert {"Meeting", "reportedIn", "host", "inPerson"} <= names
    assert undeclared(names) == []


def test_role_and_mode_values_are_individuals_of_their_class() -> None:
    for enum, cls in ((Role, "Role"), (Mode, "Mode")):
        for member in enum:
            assert {OWL + "NamedIndividual", DG + cls} <= types_of(DG + member.value), member


def test_ontology_terms_have_label_definition_and_example() -> None:
    names = declared_terms()
    assert len(names) >= 35
    assert undeclared(names) == []
    assert [n for n in sorted(names) if not english(DG + n, SKOS + "example")] == []


def test_ontology_mentions_only_declared_dg_terms() -> None:
    used = {s.removeprefix(DG) for s, _, _ in ontology_triples() if s.startswith(DG)} | {
        o.value.removeprefix(DG)
        for _, _, o in ontology_triples()
        if isinstance(o, ox.NamedNode) and o.value.startswith(DG)
    }
    assert sorted(used - declared_terms()) == []


def test_shared_contract_is_copied_verbatim() -> None:
    if not SHARED_CONTRACT.is_file():
        pytest.skip(f"no shared contract at {SHARED_CONTRACT}")
    text = CONTRACT.read_text(encoding="utf-8")
    assert BEGIN_MARKER in text and END_MARKER in text
    copy = text.split(BEGIN_MARKER, 1)[1].split(END_MARKER, 1)[0]
    assert copy == SHARED_CONTRACT.read_text(encoding="utf-8")


def test_alignment_targets_use_known_namespaces() -> None:
    allowed = contract_namespaces() | {OWL, RDFS, SKOS, WDT, DCTERMS}
    targets = [
        (s, p, o.value)
        for s, p, o in ontology_triples()
        if s.startswith(DG) and p in ALIGNMENT_PREDICATES and isinstance(o, ox.NamedNode)
    ]
    assert len(targets) >= 20
    stray = [t for t in targets if not any(t[2].startswith(ns) for ns in allowed)]
    assert stray == []


def test_datatype_and_object_properties_do_not_mix() -> None:
    datatype = {DG + n for n in declared_terms() if OWL + "DatatypeProperty" in types_of(DG + n)}
    obj = {DG + n for n in declared_terms() if OWL + "ObjectProperty" in types_of(DG + n)}
    assert datatype and obj and not datatype & obj
    for prop in datatype:
        assert not set(values(prop, RDFS + "subPropertyOf")) & obj, prop
        for rng in values(prop, RDFS + "range"):
            assert rng.startswith("http://www.w3.org/2001/XMLSchema#"), prop
    for prop in obj:
        parents = set(values(prop, RDFS + "subPropertyOf"))
        assert not parents & datatype, prop


def test_vocabulary_doc_lists_every_term() -> None:
    text = VOCABULARY.read_text(encoding="utf-8")
    assert sorted(n for n in declared_terms() if f"dg:{n}`" not in text) == []

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


# --- issue 4: version 0.2.0, alignments, the meeting-type and topic schemes ------------------

MEETING_TYPES = ROOT / "ontologies" / "meeting-types.ttl"
TOPICS_TTL = ROOT / "ontologies" / "topics.ttl"
TOPICS_TSV = ROOT / "data" / "gazetteers" / "topics.tsv"
ID = "https://w3id.org/diplograph/id/"
SCHEMA = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
IPTC = "http://cv.iptc.org/newscodes/mediatopic/"
SKOS_MAPPINGS = {SKOS + m for m in ("closeMatch", "broadMatch", "narrowMatch", "relatedMatch")}


def scheme_graph(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return store


def scheme_values(store: ox.Store, subject: str, predicate: str) -> set[str]:
    return {
        q.object.value
        for q in store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None)
    }


def english_labels(store: ox.Store, subject: str, predicate: str) -> list[str]:
    return [
        q.object.value
        for q in store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None)
        if isinstance(q.object, ox.Literal) and q.object.language == "en"
    ]


def extractor_meeting_kinds() -> set[str]:
    """Every slug ``Meeting.kind`` can take: the strings ``modes.meeting_kind`` returns."""
    import inspect

    from diplograph.extract import modes

    kinds = set(re.findall(r'return "([a-z-]+)"', inspect.getsource(modes.meeting_kind)))
    assert {"phone-call", "courtesy-call", "bilateral-talks"} <= kinds
    return kinds


def test_issue_4_ontology_version_is_0_2_0() -> None:
    assert values(ONTOLOGY_IRI, OWL + "versionInfo") == ["0.2.0"]
    assert values(ONTOLOGY_IRI, OWL + "versionIRI") == [f"{ONTOLOGY_IRI}/0.2.0"]
    assert values(ONTOLOGY_IRI, OWL + "priorVersion") == [f"{ONTOLOGY_IRI}/0.1.0"]


@pytest.mark.parametrize(
    ("term", "predicate", "targets"),
    [
        ("Meeting", RDFS + "subClassOf", {SEM + "Event", SCHEMA + "Event"}),
        ("Evidence", RDFS + "subClassOf", {PROV + "Entity"}),
        ("participant", RDFS + "subPropertyOf", {SEM + "hasActor", SCHEMA + "attendee"}),
        ("participant", SKOS + "closeMatch", {WDT + "P710"}),
        ("location", RDFS + "subPropertyOf", {SEM + "hasPlace", SCHEMA + "location"}),
        ("location", SKOS + "closeMatch", {WDT + "P276"}),
        ("date", RDFS + "subPropertyOf", {SEM + "hasTimeStamp", SCHEMA + "startDate"}),
        ("date", SKOS + "closeMatch", {WDT + "P585"}),
        ("topic", RDFS + "subPropertyOf", {SCHEMA + "about"}),
        ("topic", SKOS + "closeMatch", {WDT + "P921"}),
        ("post", RDFS + "range", {ORG + "Post"}),
    ],
)
def test_issue_4_alignments(term: str, predicate: str, targets: set[str]) -> None:
    assert targets <= set(values(DG + term, predicate))


def test_issue_4_subproperties_agree_in_kind_with_external_parents() -> None:
    """A datatype property is never put under an object property, ours or external."""
    kinds = {OWL + "DatatypeProperty": set(), OWL + "ObjectProperty": set()}
    for s, p, o in ontology_triples():
        if p == RDF + "type" and isinstance(o, ox.NamedNode) and o.value in kinds:
            kinds[o.value].add(s)
    datatype, obj = kinds[OWL + "DatatypeProperty"], kinds[OWL + "ObjectProperty"]
    assert SEM + "hasTimeStamp" in datatype and SCHEMA + "startDate" in datatype
    assert SCHEMA + "attendee" in obj and not datatype & obj
    for s, p, o in ontology_triples():
        if p == RDFS + "subPropertyOf" and s.startswith(DG):
            parent = o.value if isinstance(o, ox.NamedNode) else ""
            assert parent in datatype | obj, f"{s} ⊑ undeclared {parent}"
            assert (s in datatype) == (parent in datatype), f"{s} ⊑ {parent}: kinds differ"


def test_issue_4_meeting_types_scheme_parses_and_is_complete() -> None:
    rdflib = pytest.importorskip("rdflib")
    store = scheme_graph(MEETING_TYPES)
    assert len(rdflib.Graph().parse(MEETING_TYPES, format="turtle")) == len(store)
    scheme = ID + "meeting-types"
    assert SKOS + "ConceptScheme" in scheme_values(store, scheme, RDF + "type")
    concepts = {
        q.subject.value
        for q in store.quads_for_pattern(
            None, ox.NamedNode(SKOS + "inScheme"), ox.NamedNode(scheme)
        )
    }
    slugs = {c.removeprefix(ID + "meeting-type/") for c in concepts}
    expected = {
        "courtesy-call",
        "bilateral-talks",
        "phone-call",
        "video-call",
        "official-visit",
        "summit-sideline",
        "multilateral-meeting",
        "credentials-ceremony",
    }
    assert expected <= slugs
    assert extractor_meeting_kinds() | {"credentials-ceremony"} <= slugs
    cameo, plover = "https://w3id.org/diplograph/cameo/", "https://w3id.org/diplograph/plover/"
    for concept in concepts:
        assert english_labels(store, concept, SKOS + "prefLabel"), concept
        assert english_labels(store, concept, SKOS + "definition"), concept
        targets = set().union(*(scheme_values(store, concept, m) for m in SKOS_MAPPINGS))
        assert any(t.startswith(cameo) for t in targets), f"{concept}: no CAMEO mapping"
        assert any(t.startswith(plover) for t in targets), f"{concept}: no PLOVER mapping"
        for target in targets:
            # Every CAMEO/PLOVER IRI we point at is defined, with its label, in the same file.
            assert english_labels(store, target, SKOS + "prefLabel"), target
    assert scheme_values(store, ID + "meeting-type/phone-call", SKOS + "closeMatch") >= {
        cameo + "041",
        plover + "CONSULT-phone",
    }
    codes = {f"{cameo}04{n}" for n in range(7)}
    assert all(english_labels(store, code, SKOS + "prefLabel") for code in codes)


def test_issue_4_meeting_type_iris_match_iri_module() -> None:
    from diplograph.rdf.iri import CAMEO, MEETING_TYPE_SCHEME, PLOVER, entity_iri

    assert MEETING_TYPE_SCHEME.value == ID + "meeting-types"
    assert entity_iri("meeting-type:phone-call").value == ID + "meeting-type/phone-call"
    text = MEETING_TYPES.read_text(encoding="utf-8")
    assert f"@prefix cameo:   <{CAMEO}>" in text and f"@prefix plover:  <{PLOVER}>" in text


def test_issue_4_topics_ttl_parses_and_agrees_with_tsv() -> None:
    from diplograph.rdf.mapping import topics_to_quads
    from diplograph.topics import load_topics

    rdflib = pytest.importorskip("rdflib")
    store = scheme_graph(TOPICS_TTL)
    assert len(rdflib.Graph().parse(TOPICS_TTL, format="turtle")) == len(store)
    published = {q.triple for q in store}
    generated = {q.triple for q in topics_to_quads(load_topics().concepts)}
    assert published == generated, "run python scripts/build_topics_ttl.py"


def test_issue_4_every_topic_slug_has_a_concept_and_the_issue_levels() -> None:
    store = scheme_graph(TOPICS_TTL)
    slugs = [line.split("\t", 1)[0] for line in TOPICS_TSV.read_text().splitlines()[1:]]
    for slug in slugs:
        concept = f"{ID}topic/{slug}"
        assert ID + "topics" in scheme_values(store, concept, SKOS + "inScheme"), slug
        assert english_labels(store, concept, SKOS + "prefLabel"), slug

    def broader(slug: str) -> set[str]:
        found = scheme_values(store, f"{ID}topic/{slug}", SKOS + "broader")
        return {b.removeprefix(ID + "topic/") for b in found}

    assert broader("ceasefire") == {"conflict"}
    assert broader("gaza-ceasefire") == {"ceasefire"}
    assert broader("islamophobia") == {"religion-discrimination"}
    top = {
        "conflict",
        "human-rights",
        "humanitarian-aid",
        "trade-investment",
        "energy",
        "security-counter-terrorism",
        "religion-discrimination",
        "climate",
        "health",
        "migration-labour",
        "education-culture",
        "regional-integration",
    }
    for slug in top:
        assert broader(slug) == set(), slug
        assert ID + "topics" in scheme_values(store, f"{ID}topic/{slug}", SKOS + "topConceptOf")
    # skos:narrower is written as the inverse of every skos:broader.
    for slug in slugs:
        for parent in broader(slug):
            assert f"{ID}topic/{slug}" in scheme_values(
                store, f"{ID}topic/{parent}", SKOS + "narrower"
            )


def test_issue_4_topic_iptc_mappings_are_media_topic_codes() -> None:
    store = scheme_graph(TOPICS_TTL)
    targets = [q.object.value for q in store if q.predicate.value in SKOS_MAPPINGS]
    assert f"{IPTC}16000000" in scheme_values(store, ID + "topic/conflict", SKOS + "closeMatch")
    assert targets and all(re.fullmatch(re.escape(IPTC) + r"\d{8}", t) for t in targets)


def test_issue_4_external_terms_the_mapping_writes_are_known() -> None:
    """schema:, prov: and org: terms written by mapping.py are the ones the docs promise."""
    source = MAPPING.read_text(encoding="utf-8")
    written = set(re.findall(r'NamedNode\((SCHEMA|PROV|ORG) \+ "([A-Za-z]+)"\)', source))
    vocabulary = VOCABULARY.read_text(encoding="utf-8") + CONTRACT.read_text(encoding="utf-8")
    prefix = {"SCHEMA": "schema", "PROV": "prov", "ORG": "org"}
    missing = sorted(
        f"{prefix[ns]}:{name}" for ns, name in written if f"{prefix[ns]}:{name}" not in vocabulary
    )
    assert missing == []

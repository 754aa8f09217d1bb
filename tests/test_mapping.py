"""The contract's terms and identifiers, pinned on the real store after a real ingest."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SAMPLES
from spacy.language import Language

from diplograph.gazetteer import Gazetteer
from diplograph.store import Store, open_store

DG = "https://w3id.org/diplograph/ontology#"
ID = "https://w3id.org/diplograph/id/"
MENA = ["BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "SA", "SY", "AE", "YE"]


@pytest.fixture(scope="module")
def store(sample_store_path: Path) -> Store:
    return open_store(sample_store_path)


def _values(store: Store, query: str, var: str) -> set[str]:
    return {str(getattr(r[var], "value", r[var])) for r in store.select(query) if var in r}


def _seed_meeting(store: Store) -> str:
    [meeting] = _values(
        store,
        """SELECT ?m WHERE { ?m a dg:Meeting ; dg:participation ?p .
             ?p dg:agent id:person\\/anwaar-ul-haq-kakar }""",
        "m",
    )
    return meeting


def test_contract_countries_that_met_pakistan(store: Store) -> None:
    """The issue's acceptance query: countries that met Pakistan include the 14 envoys' states."""
    found = _values(
        store,
        """SELECT DISTINCT ?iso WHERE {
             ?m a dg:Meeting ; dg:participantCountry id:country\\/PK , ?c .
             ?m dg:date "2023-12-28"^^xsd:date .
             FILTER (?c != id:country\\/PK) ?c dg:iso2 ?iso }""",
        "iso",
    )
    assert found == set(MENA)


def test_contract_meeting_shape(store: Store) -> None:
    m = _seed_meeting(store)
    assert m.startswith(ID + "meeting/") and len(m.rsplit("/", 1)[1]) == 16
    rows = store.select(
        f"""SELECT ?p ?role ?agent ?title ?for WHERE {{
              <{m}> dg:participation ?p . ?p a dg:Participation ; dg:role ?role .
              OPTIONAL {{ ?p dg:agent ?agent }} OPTIONAL {{ ?p dg:title ?title }}
              OPTIONAL {{ ?p dg:onBehalfOf ?for }} }}"""
    )
    roles = sorted(str(r["role"].value).removeprefix(DG) for r in rows)
    assert roles == ["guest"] * 14 + ["host"]
    [host] = [r for r in rows if r["role"].value == DG + "host"]
    assert host["agent"].value == ID + "person/anwaar-ul-haq-kakar"
    assert host["title"].value == "Interim Prime Minister"
    assert host["for"].value == ID + "country/PK"
    guests = [r for r in rows if r["role"].value == DG + "guest"]
    assert all("agent" not in g and g["title"].value == "Ambassador" for g in guests)
    assert {g["for"].value for g in guests} == {f"{ID}country/{c}" for c in MENA}
    # dg:participant is every dg:agent; dg:participantCountry every country taking part.
    assert _values(store, f"SELECT ?a WHERE {{ <{m}> dg:participant ?a }}", "a") == {
        ID + "person/anwaar-ul-haq-kakar"
    }
    countries = _values(store, f"SELECT ?c WHERE {{ <{m}> dg:participantCountry ?c }}", "c")
    assert countries == {f"{ID}country/{c}" for c in [*MENA, "PK"]}


def test_contract_literals_and_types(store: Store) -> None:
    m = _seed_meeting(store)
    [row] = store.select(
        f"""SELECT ?date ?mode ?place ?label ?pc ?ev ?conf ?article WHERE {{
              <{m}> dg:date ?date ; dg:mode ?mode ; dg:location ?place ;
                    dg:evidence ?ev ; dg:confidence ?conf ; dg:reportedIn ?article .
              ?place a dg:Place ; rdfs:label ?label ; dg:country ?pc . }}"""
    ).rows
    assert (row["date"].value, row["date"].datatype.value) == (
        "2023-12-28",
        "http://www.w3.org/2001/XMLSchema#date",
    )
    assert row["mode"].value == DG + "inPerson"
    assert row["place"].value == ID + "place/1176615"
    assert (row["label"].value, row["label"].language) == ("Islamabad", "en")
    assert row["pc"].value == ID + "country/PK"
    assert "Kakar held an interactive session in Islamabad" in row["ev"].value
    assert row["conf"].datatype.value == "http://www.w3.org/2001/XMLSchema#decimal"
    assert 0 < float(row["conf"].value) <= 1
    text = (SAMPLES / "pakistan-mena-envoys.txt").read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    assert row["article"].value == f"{ID}article/{digest}"


def test_contract_topics_are_skos_concepts(store: Store) -> None:
    m = _seed_meeting(store)
    labels = _values(
        store,
        f"""SELECT ?label WHERE {{ <{m}> dg:topic ?t . ?t a skos:Concept ;
              skos:inScheme id:topics ; skos:prefLabel ?label }}""",
        "label",
    )
    assert {"Gaza ceasefire", "Human rights", "Islamophobia"} <= labels


def test_contract_reference_entities(store: Store) -> None:
    [row] = store.select(
        """SELECT ?label ?iso ?g WHERE { GRAPH ?g { id:country\\/PK a dg:Country ;
             rdfs:label ?label ; dg:iso2 ?iso ;
             owl:sameAs wd:Q843 , <https://sws.geonames.org/1168579/> } }"""
    ).rows
    assert (row["label"].value, row["label"].language, row["iso"].value) == ("Pakistan", "en", "PK")
    assert row["g"].value == ID + "graph/reference"
    [org] = store.select(
        """SELECT ?label ?n WHERE { id:org\\/UNDP a dg:Organization ; rdfs:label ?label ;
             skos:notation ?n ; owl:sameAs ?wd FILTER STRSTARTS(STR(?wd), STR(wd:)) }"""
    ).rows
    assert org["label"].value == "United Nations Development Programme"
    assert org["n"].value == "UNDP"


def test_contract_one_named_graph_per_article(store: Store) -> None:
    graphs = {g.value for g in store.named_graphs()}
    articles = _values(store, "SELECT ?a WHERE { GRAPH ?a { ?a a dg:Article } }", "a")
    assert articles and articles <= graphs
    assert {ID + "graph/reference", ID + "graph/ontology"} <= graphs
    # Every meeting lives in the graph of the article that reports it.
    stray = store.select(
        "SELECT ?m WHERE { GRAPH ?g { ?m a dg:Meeting ; dg:reportedIn ?a } FILTER (?g != ?a) }"
    )
    assert len(stray) == 0


# --- issue 4: meeting types, topic evidence, ORG posts, schema.org triples, joins -------------

ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def seed_store(nlp: Language) -> Iterator[Store]:
    """The seed article alone, ingested for real into a memory store."""
    from diplograph.articles import read_articles
    from diplograph.ingest import ingest_articles

    store = open_store("memory:")
    report = ingest_articles(store, read_articles([SAMPLES / "pakistan-mena-envoys.txt"]), nlp)
    assert report.ok and report.meetings >= 1
    yield store
    store.close()


def test_issue_4_meeting_type_is_a_concept_of_the_scheme(seed_store: Store) -> None:
    m = _seed_meeting(seed_store)
    [row] = seed_store.select(
        f"""SELECT ?type ?label WHERE {{ <{m}> dg:meetingType ?type .
              GRAPH id:graph\\/reference {{ ?type a skos:Concept ;
                skos:inScheme id:meeting-types ; skos:prefLabel ?label }} }}"""
    ).rows
    assert row["type"].value.startswith(ID + "meeting-type/")
    assert row["label"].language == "en"


def test_issue_4_topic_evidence_keeps_the_matched_phrase(seed_store: Store) -> None:
    m = _seed_meeting(seed_store)
    text = (SAMPLES / "pakistan-mena-envoys.txt").read_text(encoding="utf-8")
    rows = seed_store.select(
        f"""SELECT ?topic ?e ?phrase ?article WHERE {{ <{m}> dg:topic ?topic ;
              dg:reportedIn ?article ; dg:topicEvidence ?e .
              ?e a dg:Evidence ; dg:concept ?topic ; prov:value ?phrase ;
                 prov:wasQuotedFrom ?article }}"""
    )
    phrases = {r["topic"].value.removeprefix(ID + "topic/"): r["phrase"].value for r in rows}
    assert phrases["gaza-ceasefire"] == "ceasefire in Gaza"
    assert phrases["islamophobia"] == "Islamophobia"
    assert all(phrase in text for phrase in phrases.values())
    topics = _values(seed_store, f"SELECT ?t WHERE {{ <{m}> dg:topic ?t }}", "t")
    assert {ID + "topic/" + slug for slug in phrases} == topics
    assert all(r["e"].value.startswith(ID + "evidence/") for r in rows)


def test_issue_4_envoys_hold_org_posts(seed_store: Store) -> None:
    m = _seed_meeting(seed_store)
    rows = seed_store.select(
        f"""SELECT ?post ?label ?in ?holder ?for WHERE {{ <{m}> dg:participation ?p .
              ?p dg:onBehalfOf ?for ; dg:post ?post .
              ?post a org:Post ; rdfs:label ?label ; org:postIn ?in .
              OPTIONAL {{ ?post org:heldBy ?holder }} }}"""
    )
    assert all(r["in"] == r["for"] for r in rows)
    envoys = [r for r in rows if r["label"].value == "Ambassador"]
    assert {r["in"].value for r in envoys} == {f"{ID}country/{c}" for c in MENA}
    assert all("holder" not in r and r["label"].language == "en" for r in envoys)
    [host] = [r for r in rows if r["label"].value == "Interim Prime Minister"]
    assert host["in"].value == ID + "country/PK"
    assert host["holder"].value == ID + "person/anwaar-ul-haq-kakar"
    assert len({r["post"].value for r in rows}) == len(rows) == 15


def test_issue_4_schema_org_query_finds_the_meeting(seed_store: Store) -> None:
    m = _seed_meeting(seed_store)
    [row] = seed_store.select(
        """SELECT ?event ?place WHERE { ?event a schema:Event ;
             schema:startDate "2023-12-28"^^xsd:date ; schema:location ?place ;
             schema:attendee id:person\\/anwaar-ul-haq-kakar ;
             schema:about id:topic\\/gaza-ceasefire }"""
    ).rows
    assert row["event"].value == m
    assert row["place"].value == ID + "place/1176615"


@pytest.mark.parametrize(
    ("dg_term", "schema_term"),
    [
        ("date", "startDate"),
        ("location", "location"),
        ("participant", "attendee"),
        ("topic", "about"),
    ],
)
def test_issue_4_schema_org_triples_mirror_dg_triples(
    store: Store, dg_term: str, schema_term: str
) -> None:
    """On every sample, schema.org copies are exactly the entailments of the alignments."""
    query = """SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?m a dg:Meeting ; {a} ?o }}
                 FILTER NOT EXISTS {{ GRAPH ?g {{ ?m {b} ?o }} }} }}"""
    for a, b in (
        (f"dg:{dg_term}", f"schema:{schema_term}"),
        (f"schema:{schema_term}", f"dg:{dg_term}"),
    ):
        [row] = store.select(query.format(a=a, b=b)).rows
        assert row["n"].value == "0", (a, b)
    [row] = store.select(
        "SELECT (COUNT(*) AS ?n) WHERE { ?m a dg:Meeting FILTER NOT EXISTS { ?m a schema:Event } }"
    ).rows
    assert row["n"].value == "0"


def test_issue_4_reference_codes_and_links(store: Store, gazetteer: Gazetteer) -> None:
    cow = {
        r["iso"].value: r.get("cow")
        for r in store.select(
            """SELECT ?iso ?cow WHERE { GRAPH id:graph\\/reference {
                 ?c a dg:Country ; dg:iso2 ?iso OPTIONAL { ?c dg:cowCode ?cow } } }"""
        )
    }
    assert cow["PK"].value == "770" and cow["US"].value == "2"
    assert cow["PS"] is None  # Palestine is not a COW state
    assert all(
        re.fullmatch(r"[1-9]\d*", v.value)
        and v.datatype.value == "http://www.w3.org/2001/XMLSchema#string"
        for v in cow.values()
        if v is not None
    )
    linked = _values(
        store,
        """SELECT ?o WHERE { GRAPH id:graph\\/reference { ?o a dg:Organization ;
             owl:sameAs ?wd FILTER STRSTARTS(STR(?wd), STR(wd:)) } }""",
        "o",
    )
    expected = {f"{ID}org/{o.code}" for o in gazetteer.organizations.values() if o.wikidata}
    assert linked == expected and len(expected) > 100


def test_issue_4_dyads_cow_query_gives_integer_dyad_years(store: Store) -> None:
    from diplograph.queries import get_query

    rows = store.select(get_query("dyads_cow").text).rows
    assert rows
    for r in rows:
        assert r["ccode1"].datatype.value.endswith("#integer")
        assert int(r["ccode1"].value) < int(r["ccode2"].value)
    pairs = {(r["ccode1"].value, r["ccode2"].value, r["year"].value) for r in rows}
    assert ("698", "770", "2023") in pairs  # Oman - Pakistan, the seed article

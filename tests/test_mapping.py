"""The contract's terms and identifiers, pinned on the real store after a real ingest."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import SAMPLES

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

"""Contract tests for the store, run against real pyoxigraph in memory and on disk.

They pin what the rest of diplograph relies on: the default graph is the union of the named
graphs and stays so across replacements, replacement is atomic and idempotent, hostile data
cannot break out of the SPARQL we generate, and formats round-trip.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from diplograph.errors import InputError, StoreUnavailable
from diplograph.store import ResultFormat, open_store
from diplograph.store.oxigraph import OxigraphStore

ID = "https://w3id.org/diplograph/id/"
DG = "https://w3id.org/diplograph/ontology#"
A1 = NamedNode(ID + "article/aaaaaaaaaaaaaaaa")
A2 = NamedNode(ID + "article/bbbbbbbbbbbbbbbb")
PK = NamedNode(ID + "country/PK")
CN = NamedNode(ID + "country/CN")
M1 = NamedNode(ID + "meeting/1111111111111111")
M2 = NamedNode(ID + "meeting/2222222222222222")
TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MEETING = NamedNode(DG + "Meeting")
COUNTRY = NamedNode(DG + "participantCountry")
DATE = NamedNode(DG + "date")
EVIDENCE = NamedNode(DG + "evidence")
XSD_DATE = NamedNode("http://www.w3.org/2001/XMLSchema#date")
SHARED = (PK, TYPE, NamedNode(DG + "Country"))

HOSTILE = [
    "quote \" and ' and \"\"\" and '''",
    "new\nline\r\ttab",
    "} ; DROP ALL ; INSERT DATA {",
    "back\\slash and \\u0041 and \\n",
    "unicode: Ürümqi 北京 🇵🇰 \u2028\u2029",
    "control: \x00 \x01 \x1f \x7f",
    "",
]


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OxigraphStore]:
    s = OxigraphStore(None if request.param == "memory" else tmp_path / "store")
    yield s
    s.close()


def meeting_quads(graph: NamedNode, meeting: NamedNode, *countries: NamedNode) -> list[Quad]:
    quads = [
        Quad(meeting, TYPE, MEETING, graph),
        Quad(meeting, DATE, Literal("2023-12-28", datatype=XSD_DATE), graph),
        Quad(*SHARED, graph),
    ]
    quads += [Quad(meeting, COUNTRY, c, graph) for c in countries]
    return quads


def default_triples(store: OxigraphStore) -> set[tuple[str, str, str]]:
    rows = store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    return {(str(r["s"]), str(r["p"]), str(r["o"])) for r in rows}


def graph_triples(store: OxigraphStore, graph: NamedNode) -> set[tuple[str, str, str]]:
    rows = store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})
    return {(str(r["s"]), str(r["p"]), str(r["o"])) for r in rows}


def named_quads(store: OxigraphStore) -> set[Quad]:
    out = io.BytesIO()
    store.dump(out, format="nquads")
    return set(ox.parse(out.getvalue(), ox.RdfFormat.N_QUADS))


def as_triple(quad: Quad) -> tuple[str, str, str]:
    return (str(quad.subject), str(quad.predicate), str(quad.object))


# -- replace_graph ----------------------------------------------------------------------------


def test_replace_graph_is_idempotent(store: OxigraphStore) -> None:
    quads = meeting_quads(A1, M1, PK, CN)
    assert store.replace_graph(A1, quads) == 5
    assert store.replace_graph(A1, quads + quads) == 5

    assert len(store) == 5
    assert graph_triples(store, A1) == {as_triple(q) for q in quads}
    assert default_triples(store) == {as_triple(q) for q in quads}
    count = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"]
    assert count == Literal("5", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer"))


def test_replace_graph_drops_old_facts(store: OxigraphStore) -> None:
    store.replace_graph(A1, meeting_quads(A1, M1, PK, CN))
    store.replace_graph(A1, meeting_quads(A1, M1, PK))

    expected = {as_triple(q) for q in meeting_quads(A1, M1, PK)}
    assert default_triples(store) == expected
    assert graph_triples(store, A1) == expected


def test_replace_graph_shared_triple_survives_until_no_graph_holds_it(
    store: OxigraphStore,
) -> None:
    store.replace_graph(A1, meeting_quads(A1, M1, PK))
    store.replace_graph(A2, meeting_quads(A2, M2, PK))
    shared = (str(SHARED[0]), str(SHARED[1]), str(SHARED[2]))

    store.replace_graph(A1, [])
    assert shared in default_triples(store)
    assert (str(M1), str(TYPE), str(MEETING)) not in default_triples(store)
    assert store.named_graphs() == [A2]

    store.replace_graph(A2, [Quad(M2, TYPE, MEETING, A2)])
    assert shared not in default_triples(store)
    assert default_triples(store) == {(str(M2), str(TYPE), str(MEETING))}


def test_replace_graph_rejects_quads_of_another_graph(store: OxigraphStore) -> None:
    store.replace_graph(A1, meeting_quads(A1, M1, PK))
    with pytest.raises(ValueError, match="not in graph"):
        store.replace_graph(A1, [*meeting_quads(A1, M1), Quad(M2, TYPE, MEETING, A2)])
    with pytest.raises(ValueError, match="not in graph"):
        store.replace_graph(A1, [Quad(M2, TYPE, MEETING)])
    assert len(store) == 4


def test_replace_graph_failing_input_leaves_old_graph_intact(store: OxigraphStore) -> None:
    old = meeting_quads(A1, M1, PK)
    store.replace_graph(A1, old)

    def half_then_boom() -> Iterator[Quad]:
        yield from meeting_quads(A1, M2, CN)[:2]
        raise RuntimeError("extraction crashed")

    with pytest.raises(RuntimeError, match="extraction crashed"):
        store.replace_graph(A1, half_then_boom())

    assert graph_triples(store, A1) == {as_triple(q) for q in old}
    assert default_triples(store) == {as_triple(q) for q in old}


def test_pyoxigraph_update_request_is_one_transaction() -> None:
    # replace_graph's atomicity rests on this pyoxigraph behaviour: if a later operation of
    # an UPDATE request fails at run time, the earlier operations are not written either.
    db = ox.Store()
    db.update("INSERT DATA { GRAPH <http://g> { <http://s> <http://p> <http://o> } }")
    with pytest.raises(RuntimeError, match="already exists"):
        db.update(
            "DELETE WHERE { GRAPH <http://g> { ?s ?p ?o } } ;"
            " INSERT DATA { <http://x> <http://p> <http://o> } ;"
            " CREATE GRAPH <http://g>"
        )
    assert list(db) == [
        Quad(
            NamedNode("http://s"),
            NamedNode("http://p"),
            NamedNode("http://o"),
            NamedNode("http://g"),
        )
    ]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_replace_graph_hostile_literal_round_trips(store: OxigraphStore, text: str) -> None:
    for literal in (Literal(text), Literal(text, language="en"), Literal(text, datatype=XSD_DATE)):
        quad = Quad(M1, EVIDENCE, literal, A1)
        store.replace_graph(A1, [quad, Quad(M1, TYPE, MEETING, A1)])

        rows = store.select("SELECT ?e WHERE { ?m dg:evidence ?e }")
        assert [r["e"] for r in rows] == [literal]
        assert named_quads(store) == {quad, Quad(M1, TYPE, MEETING, A1)}

        # and the DELETE half of a replacement matches it too
        store.replace_graph(A1, [])
        assert default_triples(store) == set()
        assert len(store) == 0


def test_replace_graph_keeps_union_right_with_blank_nodes(store: OxigraphStore) -> None:
    ontology = NamedNode(ID + "graph/ontology")
    data = b"""
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        <https://w3id.org/diplograph/ontology#Meeting> owl:equivalentClass [
            owl:intersectionOf ( <https://schema.org/Event> <http://example.org/X> ) ] .
    """
    written = store.replace_graph_from(ontology, data, format="turtle")
    assert written == 6
    assert len(default_triples(store)) == 6
    assert graph_triples(store, ontology) == default_triples(store)

    store.replace_graph_from(ontology, data, format="turtle")
    assert len(store) == 6
    assert len(default_triples(store)) == 6


def test_replace_graph_from_rejects_bad_input(store: OxigraphStore) -> None:
    with pytest.raises(InputError, match="cannot parse turtle"):
        store.replace_graph_from(A1, b"<http://a> <http://b> .", format="turtle")
    with pytest.raises(ValueError, match="unknown RDF format"):
        store.replace_graph_from(A1, b"", format="n3-ish")
    with pytest.raises(ValueError, match="not in graph"):
        store.replace_graph_from(
            A1, b"<http://a> <http://b> <http://c> <http://g> .", format="nquads"
        )


# -- select -----------------------------------------------------------------------------------

MEETINGS_OF_COUNTRY = """
SELECT ?meeting ?date ?country WHERE {
  ?meeting a dg:Meeting ; dg:participantCountry ?country ; dg:date ?date .
}"""


def test_select_with_binding(store: OxigraphStore) -> None:
    store.replace_graph(A1, meeting_quads(A1, M1, PK, CN))
    store.replace_graph(A2, meeting_quads(A2, M2, CN))

    rows = store.select(MEETINGS_OF_COUNTRY, {"country": PK})

    assert rows.variables == ["meeting", "date", "country"]
    assert rows.rows == [
        {"meeting": M1, "date": Literal("2023-12-28", datatype=XSD_DATE), "country": PK}
    ]
    assert len(store.select(MEETINGS_OF_COUNTRY, {"?country": CN})) == 2


def test_select_unbound_variables_are_absent(store: OxigraphStore) -> None:
    store.replace_graph(A1, [Quad(M1, TYPE, MEETING, A1)])
    rows = store.select("SELECT ?m ?date WHERE { ?m a dg:Meeting OPTIONAL { ?m dg:date ?date } }")
    assert rows.rows == [{"m": M1}]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?m WHERE { ?m a dg:Meeting }",  # standard prefix, undeclared
        "PREFIX dg: <https://w3id.org/diplograph/ontology#>\nSELECT ?m WHERE { ?m a dg:Meeting }",
        "prefix  dg:<https://w3id.org/diplograph/ontology#> SELECT ?m { ?m a dg:Meeting }",
        "PREFIX x: <https://w3id.org/diplograph/ontology#> SELECT ?m { ?m a x:Meeting }",
        '# PREFIX dg: <http://wrong/>\nSELECT ?m { ?m a dg:Meeting FILTER(?m != "PREFIX dg:") }',
    ],
)
def test_select_standard_prefixes(store: OxigraphStore, query: str) -> None:
    store.replace_graph(A1, [Quad(M1, TYPE, MEETING, A1)])
    assert store.select(query).rows == [{"m": M1}]


def test_select_declared_prefix_overrides_standard_one(store: OxigraphStore) -> None:
    store.replace_graph(A1, [Quad(M1, TYPE, MEETING, A1)])
    query = "PREFIX dg: <http://example.org/other#> SELECT ?m WHERE { ?m a dg:Meeting }"
    assert store.select(query).rows == []


def test_select_graph_clause_sees_named_graphs_only(store: OxigraphStore) -> None:
    store.replace_graph(A1, meeting_quads(A1, M1, PK))
    store.replace_graph(A2, meeting_quads(A2, M2, PK))
    rows = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [r["g"] for r in rows] == [A1, A2]
    assert store.named_graphs() == [A1, A2]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s ?p }",
        "SELECT ?s WHERE { ?s nope:p ?o }",
        "CONSTRUCT WHERE { ?s ?p ?o }",
        "ASK { ?s ?p ?o }",
    ],
)
def test_select_invalid_query_is_input_error(store: OxigraphStore, query: str) -> None:
    with pytest.raises(InputError):
        store.select(query)


def test_select_binding_outside_projection_is_input_error(store: OxigraphStore) -> None:
    with pytest.raises(InputError, match="projection"):
        store.select("SELECT ?m WHERE { ?m dg:participantCountry ?c }", {"c": PK})


def test_select_serialized_invalid_query_is_input_error(store: OxigraphStore) -> None:
    with pytest.raises(InputError, match="invalid SPARQL"):
        store.select_serialized("SELECT * {", io.BytesIO(), format=ResultFormat.JSON)
    with pytest.raises(InputError, match="CONSTRUCT"):
        store.select_serialized("CONSTRUCT WHERE {?s ?p ?o}", io.BytesIO(), format=ResultFormat.XML)


# -- serialisation ----------------------------------------------------------------------------

PARSABLE = {
    ResultFormat.JSON: ox.QueryResultsFormat.JSON,
    ResultFormat.XML: ox.QueryResultsFormat.XML,
    ResultFormat.TSV: ox.QueryResultsFormat.TSV,
}


@pytest.mark.parametrize("fmt", list(ResultFormat))
def test_select_serialized_parses_back(store: OxigraphStore, fmt: ResultFormat) -> None:
    store.replace_graph(
        A1, [*meeting_quads(A1, M1, PK), Quad(M1, EVIDENCE, Literal(HOSTILE[0]), A1)]
    )
    query = "SELECT ?m ?e ?date WHERE { ?m dg:evidence ?e ; dg:date ?date } "
    expected = store.select(query, {"m": M1}).rows
    out = io.BytesIO()

    store.select_serialized(query, out, format=fmt, bindings={"m": M1})

    if fmt is ResultFormat.CSV:
        # pyoxigraph refuses to parse CSV results (lossy by spec): check the plain values.
        reader = csv.DictReader(io.StringIO(out.getvalue().decode()))
        plain = [{k: getattr(t, "value", "") for k, t in r.items()} for r in expected]
        assert [dict(r) for r in reader] == plain
        return
    parsed = ox.parse_query_results(out.getvalue(), PARSABLE[fmt])
    assert isinstance(parsed, ox.QuerySolutions)
    assert [v.value for v in parsed.variables] == ["m", "e", "date"]
    assert [{v: s[v] for v in ("m", "e", "date")} for s in parsed] == expected


@pytest.mark.parametrize("fmt", [ResultFormat.JSON, ResultFormat.XML, ResultFormat.TSV])
def test_select_serialized_ask(store: OxigraphStore, fmt: ResultFormat) -> None:
    store.replace_graph(A1, meeting_quads(A1, M1, PK))
    out = io.BytesIO()
    store.select_serialized(
        "ASK { ?m dg:participantCountry ?c }", out, format=fmt, bindings={"c": CN}
    )
    parsed = ox.parse_query_results(out.getvalue(), PARSABLE[fmt])
    assert isinstance(parsed, ox.QueryBoolean)
    assert bool(parsed) is False


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_dump_dataset_formats_reload_to_same_quads(store: OxigraphStore, fmt: str) -> None:
    store.replace_graph(
        A1, [*meeting_quads(A1, M1, PK), Quad(M1, EVIDENCE, Literal(HOSTILE[1]), A1)]
    )
    store.replace_graph(A2, meeting_quads(A2, M2, PK, CN))
    out = io.BytesIO()

    store.dump(out, format=fmt)

    fresh = OxigraphStore(None)
    for graph in (A1, A2):
        fresh.replace_graph_from(graph, _only_graph(out.getvalue(), fmt, graph), format="nquads")
    assert named_quads(fresh) == named_quads(store)
    assert len(fresh) == len(store) == 10
    assert default_triples(fresh) == default_triples(store)


def test_dump_turtle_is_the_merged_union(store: OxigraphStore) -> None:
    store.replace_graph(A1, meeting_quads(A1, M1, PK))
    store.replace_graph(A2, meeting_quads(A2, M2, PK, CN))
    out = io.BytesIO()

    store.dump(out, format="turtle")

    assert b"@prefix dg: <https://w3id.org/diplograph/ontology#>" in out.getvalue()
    fresh = OxigraphStore(None)
    fresh.replace_graph_from(A1, out.getvalue(), format="turtle")
    assert default_triples(fresh) == default_triples(store)
    assert len(fresh) == 8  # 4 + 5 quads, the shared triple once


def test_dump_unknown_format(store: OxigraphStore) -> None:
    with pytest.raises(ValueError, match="use one of turtle, trig, nquads, jsonld"):
        store.dump(io.BytesIO(), format="xml")


def _only_graph(data: bytes, fmt: str, graph: NamedNode) -> bytes:
    rdf_format = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}.get(
        fmt, ox.RdfFormat.JSON_LD
    )
    quads = [q for q in ox.parse(data, rdf_format) if q.graph_name == graph]
    assert all(not isinstance(q.subject, BlankNode) for q in quads)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


# -- lifecycle --------------------------------------------------------------------------------


def test_len_counts_named_graphs_only(store: OxigraphStore) -> None:
    assert len(store) == 0
    store.replace_graph(A1, meeting_quads(A1, M1, PK))
    store.replace_graph(A2, meeting_quads(A2, M2, PK))
    assert len(store) == 8
    assert len(default_triples(store)) == 7


def test_disk_store_persists_across_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "store"
    with OxigraphStore(path) as store:
        store.replace_graph(A1, meeting_quads(A1, M1, PK))

    reopened = open_store(path)
    try:
        assert len(reopened) == 4
        assert reopened.named_graphs() == [A1]
        assert len(reopened.select(MEETINGS_OF_COUNTRY, {"country": PK})) == 1
    finally:
        reopened.close()


def test_closed_store_refuses_use() -> None:
    store = OxigraphStore(None)
    store.close()
    store.close()
    with pytest.raises(ValueError, match="closed"):
        len(store)


def test_disk_store_locked_by_another_process(tmp_path: Path) -> None:
    # RocksDB takes an exclusive lock on the folder: a second writer process cannot open it.
    path = tmp_path / "store"
    with OxigraphStore(path):
        script = (
            "import sys; from pathlib import Path\n"
            "from diplograph.errors import StoreUnavailable\n"
            "from diplograph.store.oxigraph import OxigraphStore\n"
            "try:\n    OxigraphStore(Path(sys.argv[1]))\n"
            "except StoreUnavailable as e:\n    print(e); sys.exit(4)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60
        )
    assert done.returncode == 4, done.stderr
    message = done.stdout.strip()
    assert "\n" not in message
    assert str(path) in message
    assert "stop it and retry" in message


def test_disk_store_locked_in_same_process(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path), pytest.raises(StoreUnavailable, match="stop it and retry"):
        OxigraphStore(tmp_path)


def test_disk_store_unreadable_path(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a store")
    with pytest.raises(StoreUnavailable, match=r"cannot open the store .*diplograph store folder"):
        OxigraphStore(not_a_folder)

"""JSON-LD export with the published context: plain-JSON shape, and exact round trips.

The export of the sample store is expanded by two independent JSON-LD processors,
pyoxigraph's parser and PyLD, and must give back exactly the store's triples (every named
graph but the ontology's).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from pyld import jsonld

from diplograph.cli import cli
from diplograph.export import JsonLdContext, export_jsonld, load_context, triples_to_jsonld
from diplograph.rdf.iri import CONTEXT_IRI, DG, GRAPH_ONTOLOGY, ID
from diplograph.store import Store, open_store
from diplograph.vocabulary import load_vocabulary

KEYWORDS = {"@context", "@graph", "@value", "@language", "@type", "@id"}


@pytest.fixture()
def store(sample_store_path: Path) -> Iterator[Store]:
    # Opened per test: the CLI tests below open the same folder, and RocksDB locks it.
    s = open_store(sample_store_path)
    yield s
    s.close()


@pytest.fixture(scope="module")
def exported(sample_store_path: Path) -> bytes:
    out = io.BytesIO()
    s = open_store(sample_store_path)
    try:
        export_jsonld(s, out, context=load_context())
    finally:
        s.close()
    return out.getvalue()


def store_triples(store: Store) -> set[str]:
    out = io.BytesIO()
    store.dump(out, format="nquads")
    return {
        str(ox.Triple(q.subject, q.predicate, q.object))
        for q in ox.parse(out.getvalue(), ox.RdfFormat.N_QUADS)
        if q.graph_name != GRAPH_ONTOLOGY
    }


def nquads_triples(data: bytes) -> set[str]:
    return {
        str(ox.Triple(q.subject, q.predicate, q.object))
        for q in ox.parse(data, ox.RdfFormat.N_QUADS)
    }


def pyld_triples(document: Any, loader: Any = None) -> set[str]:
    options: dict[str, Any] = {"format": "application/n-quads"}
    if loader is not None:
        options["documentLoader"] = loader
    return nquads_triples(jsonld.to_rdf(document, options).encode("utf-8"))


def local_context_loader(url: str, options: Any = None) -> dict[str, Any]:
    """Serves the published context from the repository: tests never use the network."""
    assert url == CONTEXT_IRI, url
    document = {"@context": load_context()}
    return {"contextUrl": None, "documentUrl": url, "document": document}


def test_export_jsonld_round_trips_with_pyoxigraph(store: Store, exported: bytes) -> None:
    parsed = {
        str(ox.Triple(q.subject, q.predicate, q.object))
        for q in ox.parse(exported, ox.RdfFormat.JSON_LD)
    }
    expected = store_triples(store)
    assert len(expected) > 1000
    assert parsed == expected


def test_export_jsonld_round_trips_with_pyld(store: Store, exported: bytes) -> None:
    assert pyld_triples(json.loads(exported)) == store_triples(store)


def test_export_jsonld_referenced_context_round_trips(store: Store) -> None:
    out = io.BytesIO()
    export_jsonld(store, out, context=load_context(), context_url=CONTEXT_IRI)
    document = json.loads(out.getvalue())
    # JSON-LD ignores @base in a remote context, so the document sets it locally.
    assert document["@context"] == [CONTEXT_IRI, {"@base": ID}]
    assert pyld_triples(document, local_context_loader) == store_triples(store)


def test_export_jsonld_reads_like_plain_json(exported: bytes) -> None:
    document = json.loads(exported)
    assert document["@context"] == load_context()  # embedded: works offline
    terms = set(document["@context"])
    for node in _node_objects(document["@graph"]):
        unknown = [k for k in node if k not in terms and k not in KEYWORDS]
        assert unknown == [], f"keys without a context term in {node.get('id')}: {unknown}"
    meetings = [n for n in document["@graph"] if "Meeting" in _types(n)]
    assert len(meetings) >= 10
    dated = [m for m in meetings if "date" in m]
    assert dated and all(isinstance(m["date"], str) for m in dated)
    for meeting in meetings:
        assert meeting["id"].startswith("meeting/")
        assert all(isinstance(c, str) and c.startswith("country/") for c in meeting["countries"])
        assert meeting["mode"] in ("inPerson", "phone", "video")
        assert isinstance(meeting["evidenceStart"], int)
        for p in meeting["participants"]:
            assert isinstance(p, dict) and p["role"] in ("host", "guest", "attendee")


def test_export_jsonld_shape_of_one_meeting(exported: bytes) -> None:
    graph = json.loads(exported)["@graph"]
    by_id = {n["id"]: n for n in graph}
    meeting = next(
        n
        for n in graph
        if "Meeting" in _types(n) and "person/samuel-rizk" in n.get("participant", [])
    )
    assert meeting["date"] == "2024-06-12"
    assert "country/PK" in meeting["countries"]
    roles = {p["role"]: p for p in meeting["participants"]}
    assert roles["guest"]["agent"] == "person/samuel-rizk"
    assert roles["guest"]["onBehalfOf"] == "org/UNDP"
    assert roles["host"]["agent"] == "person/ahsan-iqbal"
    assert by_id["country/PK"]["label"] == "Pakistan" and by_id["country/PK"]["iso2"] == "PK"
    assert "wd:Q843" in by_id["country/PK"]["sameAs"]
    assert by_id["person/samuel-rizk"]["name"] == "Samuel Rizk"
    assert by_id[meeting["location"]]["label"] == "Islamabad"


def test_export_jsonld_is_deterministic(store: Store, exported: bytes) -> None:
    again = io.BytesIO()
    export_jsonld(store, again, context=load_context())
    assert again.getvalue() == exported


def test_context_terms_point_at_declared_or_external_terms() -> None:
    vocabulary = load_vocabulary()
    context = JsonLdContext(load_context())
    for key in load_context():
        if key.startswith("@") or key in context.prefixes or key in ("id", "type"):
            continue
        iri = context.term_iri(key)
        if iri.startswith(DG):
            assert iri in vocabulary.terms, f"context key {key!r}: {iri} is not declared"


def test_context_is_valid_jsonld() -> None:
    document = {"@context": load_context(), "@id": "meeting/x", "date": "2023-12-28"}
    expanded = jsonld.expand(document)
    assert expanded[0]["@id"] == ID + "meeting/x"
    assert expanded[0][DG + "date"][0]["@type"] == "http://www.w3.org/2001/XMLSchema#date"


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        (ox.Literal("Kakar"), {"@value": "Kakar"}),  # plain under the English "label" term
        (ox.Literal("Pakistan", language="en"), "Pakistan"),
        (ox.Literal("Pakistan", language="fr"), {"@value": "Pakistan", "@language": "fr"}),
        (ox.NamedNode(ID + "country/PK"), {"id": "country/PK"}),
    ],
)
def test_export_literal_forms_round_trip(obj: Any, expected: Any) -> None:
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    triple = ox.Triple(ox.NamedNode(ID + "x/1"), label, obj)
    context = {k: v for k, v in load_context().items() if k != "name"}
    document = triples_to_jsonld([triple], context=context)
    node = document["@graph"][0]
    assert node.get("label", node.get("rdfs:label")) == expected
    assert pyld_triples(document) == {str(triple)}


def test_cli_export_jsonld_embeds_context(sample_store_path: Path) -> None:
    r = CliRunner().invoke(cli, ["--store", str(sample_store_path), "export", "-f", "jsonld"])
    assert r.exit_code == 0, r.output
    document = json.loads(r.stdout_bytes)
    assert document["@context"] == load_context()
    assert any("Meeting" in _types(n) for n in document["@graph"])


def test_cli_export_context_url(sample_store_path: Path) -> None:
    args = ["--store", str(sample_store_path), "export", "-f", "jsonld"]
    r = CliRunner().invoke(cli, [*args, "--context-url", CONTEXT_IRI])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout_bytes)["@context"][0] == CONTEXT_IRI
    args[-1] = "trig"
    r = CliRunner().invoke(cli, [*args, "--context-url", CONTEXT_IRI])
    assert r.exit_code == 2, r.output


def _types(node: dict[str, Any]) -> list[str]:
    value = node.get("type", [])
    return [value] if isinstance(value, str) else value


def _node_objects(values: Any) -> Iterator[dict[str, Any]]:
    for value in values if isinstance(values, list) else [values]:
        if isinstance(value, dict) and "@value" not in value:
            yield value
            for key, nested in value.items():
                if key not in ("id", "type"):
                    yield from _node_objects(nested)

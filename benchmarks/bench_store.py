"""Benchmark: why the store keeps a maintained union default graph.

Builds a synthetic store of N meetings, one article graph each, and times the canonical join
("meetings of a country, with dates and the other participants") three ways:

  (a) plain named graphs queried with pyoxigraph's ``use_default_graph_as_union=True``;
  (b) ``OxigraphStore``, whose default graph is the maintained union (what diplograph ships);
  (c) plain named graphs queried with an explicit ``GRAPH ?g`` (a lower bound for reference).

It also reports ``OxigraphStore.replace_graph`` throughput, for first ingest and for
re-ingesting articles that already exist (the path that has to clean the default graph).
Results go to docs/performance.md. Run: ``python benchmarks/bench_store.py [--meetings N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode, Quad

from diplograph.rdf.iri import DG, GRAPH_REFERENCE, ID, PREFIXES
from diplograph.store.oxigraph import OxigraphStore

RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
XSD_DATE = NamedNode(PREFIXES["xsd"] + "date")
SCHEMA = PREFIXES["schema"]

QUERY = """
SELECT ?country ?meeting ?date ?other ?label WHERE {
  ?meeting dg:participantCountry ?country ;
           dg:date ?date ;
           dg:participantCountry ?other .
  FILTER (?other != ?country)
  ?other rdfs:label ?label .
}"""
QUERY_WITH_GRAPH = """
SELECT ?country ?meeting ?date ?other ?label WHERE {
  GRAPH ?g {
    ?meeting dg:participantCountry ?country ;
             dg:date ?date ;
             dg:participantCountry ?other .
    FILTER (?other != ?country)
  }
  GRAPH ?r { ?other rdfs:label ?label }
}"""


def country(i: int) -> NamedNode:
    return NamedNode(f"{ID}country/C{i:03d}")


def reference_quads(countries: int) -> Iterator[Quad]:
    for i in range(countries):
        yield Quad(country(i), RDF_TYPE, NamedNode(DG + "Country"), GRAPH_REFERENCE)
        yield Quad(country(i), RDFS_LABEL, Literal(f"Country {i}", language="en"), GRAPH_REFERENCE)


def article_quads(n: int, rng: random.Random, countries: int) -> tuple[NamedNode, list[Quad]]:
    """One article graph with one meeting: about 12 quads, 2-5 participant countries."""
    article = NamedNode(f"{ID}article/{n:016x}")
    meeting = NamedNode(f"{ID}meeting/{n:016x}")
    day = f"20{rng.randrange(10, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    triples: list[tuple[NamedNode, NamedNode, NamedNode | Literal]] = [
        (meeting, RDF_TYPE, NamedNode(DG + "Meeting")),
        (meeting, NamedNode(DG + "reportedIn"), article),
        (meeting, NamedNode(DG + "date"), Literal(day, datatype=XSD_DATE)),
        (meeting, NamedNode(DG + "evidence"), Literal(f"Leaders met on {day} (article {n}).")),
        (meeting, NamedNode(DG + "location"), NamedNode(f"{ID}place/p{rng.randrange(500)}")),
        (article, RDF_TYPE, NamedNode(DG + "Article")),
        (article, NamedNode(SCHEMA + "datePublished"), Literal(day, datatype=XSD_DATE)),
        (article, NamedNode(SCHEMA + "headline"), Literal(f"Headline {n}")),
    ]
    for c in rng.sample(range(countries), rng.randint(2, 5)):
        triples.append((meeting, NamedNode(DG + "participantCountry"), country(c)))
    return article, [Quad(s, p, o, article) for s, p, o in triples]


def count_rows(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> int:
    """Materialise rows as dicts, as ``OxigraphStore.select`` does, so timings compare."""
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return len([{n: s[n] for n in names if s[n] is not None} for s in result])


def median_ms(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--countries", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reingest", type=int, default=1_000, help="articles re-ingested")
    parser.add_argument("--disk", action="store_true", help="on-disk stores in a temp folder")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    articles = [article_quads(n, rng, args.countries) for n in range(args.meetings)]
    reference = list(reference_quads(args.countries))
    quads = sum(len(q) for _, q in articles)
    print(f"{args.meetings} meetings, {quads} article quads ({quads / args.meetings:.1f}/graph)")

    with tempfile.TemporaryDirectory() as tmp:
        ours = OxigraphStore(Path(tmp) / "ours" if args.disk else None)
        start = time.perf_counter()
        ours.replace_graph(GRAPH_REFERENCE, reference)
        for graph, graph_quads in articles:
            ours.replace_graph(graph, graph_quads)
        ingest_s = time.perf_counter() - start

        again = articles[: args.reingest]
        start = time.perf_counter()
        for graph, graph_quads in again:
            ours.replace_graph(graph, graph_quads)
        reingest_s = time.perf_counter() - start

        plain = ox.Store(str(Path(tmp) / "plain")) if args.disk else ox.Store()
        plain.extend(reference)
        plain.extend(q for _, graph_quads in articles for q in graph_quads)

        bound: dict[ox.Variable, NamedNode | ox.BlankNode | Literal | ox.Triple]
        bound = {ox.Variable("country"): country(0)}

        def run_union_flag() -> int:
            result = plain.query(
                QUERY, prefixes=PREFIXES, substitutions=bound, use_default_graph_as_union=True
            )
            return count_rows(result)

        def run_maintained() -> int:
            return len(ours.select(QUERY, {"country": country(0)}))

        def run_graph_clause() -> int:
            result = plain.query(QUERY_WITH_GRAPH, prefixes=PREFIXES, substitutions=bound)
            return count_rows(result)

        a_ms, a_rows = median_ms(run_union_flag, args.repeat)
        b_ms, b_rows = median_ms(run_maintained, args.repeat)
        c_ms, c_rows = median_ms(run_graph_clause, args.repeat)
        assert a_rows == b_rows == c_rows, (a_rows, b_rows, c_rows)
        ours.close()

    print(f"query rows: {b_rows} (country C000), median of {args.repeat} runs")
    print(f"  (a) use_default_graph_as_union=True : {a_ms:9.1f} ms")
    print(f"  (b) maintained union default graph  : {b_ms:9.1f} ms")
    print(f"  (c) explicit GRAPH ?g (reference)   : {c_ms:9.1f} ms")
    print(f"  ratio (a)/(b): {a_ms / b_ms:.1f}x")
    print(f"ingest: {args.meetings / ingest_s:,.0f} graphs/s ({ingest_s:.1f} s)")
    print(f"re-ingest of existing graphs: {len(again) / reingest_s:,.0f} graphs/s")


if __name__ == "__main__":
    main()

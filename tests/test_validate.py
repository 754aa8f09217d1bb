"""SHACL validation (issue 4, point 4) on the real pipeline, a real store and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, SAMPLES
from pyoxigraph import Literal, NamedNode, Quad
from spacy.language import Language

from diplograph.articles import ArticleError, read_articles
from diplograph.cli import cli
from diplograph.errors import InputError
from diplograph.ingest import ingest_articles
from diplograph.model import Article
from diplograph.rdf.iri import DG, PREFIXES, entity_iri
from diplograph.store import Store, open_store
from diplograph.validate import ValidationReport, format_report, validate_store

RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
RDFS_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
XSD_DATE = NamedNode(PREFIXES["xsd"] + "date")
SH = "http://www.w3.org/ns/shacl#"
BROKEN_ARTICLE = entity_iri("article:broken")
BROKEN_MEETING = entity_iri("meeting:broken")
BROKEN_PARTICIPATION = entity_iri("participation:broken")


def dg(name: str) -> NamedNode:
    return NamedNode(DG + name)


def _test_articles() -> Iterator[Article]:
    """Every extraction case's article, dated as its expected.json says."""
    for case in sorted(p for p in (DATA / "extraction").iterdir() if p.is_dir()):
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        published = expected.get("published")
        yield Article(
            (case / "article.txt").read_text(encoding="utf-8"),
            str(case / "article.txt"),
            published=date.fromisoformat(published) if published else None,
        )


@pytest.fixture(scope="module")
def produced_store(nlp: Language) -> Iterator[Store]:
    """Everything the project produces from its sample data and test articles, merged."""
    store = open_store("memory:")
    items: list[Article | ArticleError] = [*read_articles([SAMPLES]), *_test_articles()]
    report = ingest_articles(store, items, nlp)
    assert report.ok, [str(f) for f in report.failed]
    yield store
    store.close()


def _count(store: Store, cls: str) -> int:
    rows = store.select(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{DG}{cls}> }}")
    n = rows.rows[0]["n"]
    assert isinstance(n, Literal)
    return int(n.value)


def test_validate_every_graph_the_project_produces_conforms(produced_store: Store) -> None:
    # Not vacuous: the shapes' targets are there in numbers.
    for cls in ("Meeting", "Participation", "Person", "Country", "Article", "Place"):
        assert _count(produced_store, cls) > 5, cls
    report = validate_store(produced_store)
    assert report.conforms, format_report(report)
    assert report.results == ()
    assert format_report(report) == "Conforms: no SHACL violations."


def _broken_meeting_quads() -> list[Quad]:
    """A meeting with no source article, a participation with two roles, a string date."""
    g = BROKEN_ARTICLE
    m, p = BROKEN_MEETING, BROKEN_PARTICIPATION
    other = entity_iri("participation:other")
    triples = [
        (g, RDF_TYPE, dg("Article")),
        (m, RDF_TYPE, dg("Meeting")),
        (m, dg("evidence"), Literal("They met.")),
        (m, dg("date"), Literal("2023-12-28")),
        (m, dg("participation"), p),
        (m, dg("participation"), other),
        (p, RDF_TYPE, dg("Participation")),
        (p, dg("role"), dg("host")),
        (p, dg("role"), dg("guest")),
        (p, dg("onBehalfOf"), entity_iri("country:PK")),
        (other, RDF_TYPE, dg("Participation")),
        (other, dg("role"), dg("guest")),
        (other, dg("onBehalfOf"), entity_iri("country:OM")),
    ]
    countries = [("country:PK", "PK", "Pakistan"), ("country:OM", "OM", "Oman")]
    for key, iso2, name in countries:
        c = entity_iri(key)
        triples += [(c, RDF_TYPE, dg("Country")), (c, dg("iso2"), Literal(iso2))]
        triples += [(c, RDFS_LABEL, Literal(name, language="en"))]
    return [Quad(s, p_, o, g) for s, p_, o in triples]


@pytest.fixture()
def broken_store() -> Iterator[Store]:
    store = open_store("memory:")
    store.replace_graph(BROKEN_ARTICLE, _broken_meeting_quads())
    yield store
    store.close()


def _broken(report: ValidationReport) -> set[tuple[str, str | None]]:
    return {(r.focus, r.path) for r in report.results}


def test_validate_broken_meeting_names_offending_nodes(broken_store: Store) -> None:
    report = validate_store(broken_store)
    assert not report.conforms
    assert _broken(report) == {
        (BROKEN_MEETING.value, DG + "reportedIn"),
        (BROKEN_MEETING.value, DG + "date"),
        (BROKEN_PARTICIPATION.value, DG + "role"),
    }, format_report(report)
    [date_result] = [r for r in report.results if r.path == DG + "date"]
    assert date_result.value == '"2023-12-28"' and date_result.severity == "Violation"
    text = format_report(report)
    assert "id:meeting/broken\n" in text and "id:participation/broken\n" in text
    assert "  dg:role: A participation has exactly one dg:role" in text
    assert "  dg:date: " in text and '(value: "2023-12-28")' in text
    assert text.endswith("Does not conform: 3 result(s) on 2 node(s) (3 violation(s)).")


@pytest.mark.parametrize(
    ("participations", "countries", "conforms"),
    [
        pytest.param(2, 2, True, id="two-participations"),
        pytest.param(1, 2, True, id="one-participant-plus-host-country"),
        pytest.param(1, 1, False, id="one-participant-alone"),
        pytest.param(0, 2, False, id="countries-without-participation"),
    ],
)
def test_validate_meeting_needs_two_sides(
    memory_store: Store, participations: int, countries: int, conforms: bool
) -> None:
    g, m = BROKEN_ARTICLE, BROKEN_MEETING
    quads = [q for q in _broken_meeting_quads() if q.subject != m and q.predicate != dg("role")]
    quads += [Quad(m, RDF_TYPE, dg("Meeting"), g), Quad(m, dg("reportedIn"), g, g)]
    quads += [Quad(m, dg("evidence"), Literal("They met."), g)]
    quads += [Quad(m, dg("date"), Literal("2023-12-28", datatype=XSD_DATE), g)]
    parts = [BROKEN_PARTICIPATION, entity_iri("participation:other")][:participations]
    for p in parts:
        quads += [Quad(m, dg("participation"), p, g), Quad(p, dg("role"), dg("guest"), g)]
    for key in ["country:PK", "country:OM"][:countries]:
        quads.append(Quad(m, dg("participantCountry"), entity_iri(key), g))
    memory_store.replace_graph(g, quads)
    report = validate_store(memory_store)
    meeting_results = [r for r in report.results if r.focus == m.value]
    assert (not meeting_results) is conforms, format_report(report)
    assert all("two participations" in r.message for r in meeting_results)


SHAPES_HEAD = f"@prefix sh: <{SH}> . @prefix dg: <{DG}> .\n"


@pytest.mark.parametrize(
    ("shapes", "message"),
    [
        pytest.param("@prefix sh: <oops", "the shapes: not valid Turtle", id="not-turtle"),
        pytest.param(
            "dg:S a sh:NodeShape ; sh:targetClass dg:Meeting ; "
            'sh:property [ sh:path dg:date ; sh:minCount "x" ] .',
            "the shapes cannot be used: .*minCount",
            id="bad-constraint",
        ),
        pytest.param(
            'dg:S a sh:NodeShape ; sh:targetClass dg:Meeting ; sh:sparql [ sh:select "SELEC" ] .',
            "SPARQL query that does not parse",
            id="bad-sparql",
        ),
    ],
)
def test_validate_bad_shapes_is_input_error(
    produced_store: Store, shapes: str, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        validate_store(produced_store, shapes=(SHAPES_HEAD + shapes).encode())


def test_validate_cli_exit_0_when_the_store_conforms(sample_store_path: Path) -> None:
    r = CliRunner().invoke(cli, ["--store", str(sample_store_path), "validate"])
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == "Conforms: no SHACL violations."


def test_validate_cli_exit_1_and_report_when_it_does_not(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = open_store(path)
    store.replace_graph(BROKEN_ARTICLE, _broken_meeting_quads())
    store.close()
    r = CliRunner().invoke(cli, ["--store", str(path), "validate"])
    assert r.exit_code == 1, r.output
    assert "id:meeting/broken" in r.stdout and "dg:reportedIn" in r.stdout
    assert "does not conform" in r.stderr


def test_validate_cli_custom_shapes(tmp_path: Path, sample_store_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        SHAPES_HEAD + "dg:TooManyDatesShape a sh:NodeShape ; sh:targetClass dg:Meeting ;\n"
        "  sh:property [ sh:path dg:date ; sh:minCount 99 ] .\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(
        cli, ["--store", str(sample_store_path), "validate", "--shapes", str(shapes)]
    )
    assert r.exit_code == 1, r.output
    assert "id:meeting/" in r.stdout
    bad = tmp_path / "bad.ttl"
    bad.write_text("not turtle at all", encoding="utf-8")
    r = CliRunner().invoke(
        cli, ["--store", str(sample_store_path), "validate", "--shapes", str(bad)]
    )
    assert r.exit_code == 3, r.output

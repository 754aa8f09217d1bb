"""The generated reference docs are up to date, offline, and cover every term the data uses.

``docs/ontology/`` and ``docs/queries.md`` are written by ``make docs``
(``scripts/build_ontology_docs.py``); these tests regenerate them in memory and compare
bytes, and check that every term in the graphs the project produces from its sample
articles is declared in the ontology with a label and a definition and has a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT

from diplograph.export import load_context
from diplograph.queries import list_queries
from diplograph.rdf.iri import CONTEXT_IRI, DG, GRAPH_ONTOLOGY, PREFIXES
from diplograph.reference_docs import render_ontology_docs, render_query_catalogue
from diplograph.store import open_store
from diplograph.vocabulary import Vocabulary, load_vocabulary

DOCS = ROOT / "docs"
PAGES = DOCS / "ontology"
PROJECT = "https://w3id.org/diplograph/"
RDF_TYPE = PREFIXES["rdf"] + "type"
# Objects of these properties are vocabulary values (concepts of our schemes): they need a page.
CONCEPT_VALUED = (DG + "topic", DG + "meetingType", DG + "concept")
STALE = "is out of date: run `make docs` and commit docs/ontology/ and docs/queries.md"


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.fixture(scope="module")
def data_terms(sample_store_path: Path) -> dict[str, set[str]]:
    """Project-namespace IRIs in the sample data: predicates, types, and vocabulary values."""
    store = open_store(sample_store_path)
    try:
        rows = store.select(
            f"""SELECT DISTINCT ?p ?o WHERE {{
                  GRAPH ?g {{ ?s ?p ?o }}
                  FILTER (?g != {GRAPH_ONTOLOGY} && isIRI(?o))
                }}"""
        )
        predicates = store.select(
            "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER (?g != {GRAPH_ONTOLOGY}) }}"
        )
    finally:
        store.close()
    pairs = [(row["p"].value, row["o"].value) for row in rows]
    return {
        "predicate": {r["p"].value for r in predicates if r["p"].value.startswith(PROJECT)},
        "type": {o for p, o in pairs if p == RDF_TYPE and o.startswith(PROJECT)},
        "individual": {o for p, o in pairs if p != RDF_TYPE and o.startswith(DG)},
        "concept": {o for p, o in pairs if p in CONCEPT_VALUED},
    }


def undocumented(vocabulary: Vocabulary, iris: Iterable[str], *, definition: bool) -> list[str]:
    """The IRIs that are not declared, lack an English label (or definition), or have no page."""
    problems = []
    for iri in sorted(iris):
        term = vocabulary.terms.get(iri)
        if term is None:
            problems.append(f"{iri}: not declared in ontologies/*.ttl")
        elif not term.label:
            problems.append(f"{iri}: no rdfs:label / skos:prefLabel in English")
        elif definition and not term.definition:
            problems.append(f"{iri}: no skos:definition in English")
        elif not (PAGES / term.page).is_file():
            problems.append(f"{iri}: no page docs/ontology/{term.page} (run `make docs`)")
    return problems


def test_docs_ontology_pages_up_to_date(vocabulary: Vocabulary) -> None:
    expected = render_ontology_docs(vocabulary, context=load_context())
    on_disk = {p.name for p in PAGES.glob("*.html")}
    assert on_disk == set(expected), f"docs/ontology/ {STALE}"
    for name, text in expected.items():
        assert (PAGES / name).read_bytes() == text.encode("utf-8"), f"{name} {STALE}"


def test_docs_query_catalogue_up_to_date_and_complete() -> None:
    text = render_query_catalogue(list_queries())
    assert (DOCS / "queries.md").read_bytes() == text.encode("utf-8"), f"queries.md {STALE}"
    for rq in sorted((ROOT / "data" / "queries").glob("*.rq")):
        assert f"| `{rq.stem}` |" in text, f"{rq.name} is not in docs/queries.md"


@pytest.mark.parametrize("kind", ["predicate", "type", "individual"])
def test_docs_every_term_used_in_data_is_declared_and_documented(
    vocabulary: Vocabulary, data_terms: dict[str, set[str]], kind: str
) -> None:
    used = data_terms[kind]
    assert used, f"no {kind} of the project namespace found in the sample data"
    assert undocumented(vocabulary, used, definition=True) == []


def test_docs_every_concept_used_in_data_has_a_page(
    vocabulary: Vocabulary, data_terms: dict[str, set[str]]
) -> None:
    used = data_terms["concept"]
    assert any("/topic/" in iri for iri in used) and any("/meeting-type/" in iri for iri in used)
    assert undocumented(vocabulary, used, definition=False) == []


def test_docs_undeclared_term_is_reported(vocabulary: Vocabulary) -> None:
    # The check above must bite: a term the ontology does not declare is reported.
    assert undocumented(vocabulary, [DG + "notDeclaredAnywhere"], definition=True) == [
        f"{DG}notDeclaredAnywhere: not declared in ontologies/*.ttl"
    ]


def test_docs_every_declared_dg_term_has_label_definition_and_example(
    vocabulary: Vocabulary,
) -> None:
    missing = [
        term.iri
        for term in vocabulary.terms.values()
        if term.iri.startswith(DG)
        and not (term.label and term.definition and "<h2>Example</h2>" in _page(term.page))
    ]
    assert missing == []


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "href" and tag == "a":
                self.hrefs.append(value or "")
            elif name in ("src", "href", "srcset", "data"):
                self.loads.append(f"<{tag} {name}={value}>")


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_docs_page_offline_with_working_links(name: str) -> None:
    text = _page(name)
    parser = _Links()
    parser.feed(text)
    assert parser.loads == [], "pages must not load anything (they work offline)"
    assert "script" not in parser.tags and "@import" not in text and "url(" not in text
    for href in parser.hrefs:
        if not re.match(r"https?://", href):
            assert (PAGES / href).is_file(), f"{name}: broken link {href}"


def test_docs_index_lists_every_term_and_the_context(vocabulary: Vocabulary) -> None:
    index = _page("index.html")
    assert CONTEXT_IRI in index
    for term in vocabulary.terms.values():
        assert f'href="{term.page}"' in index


def test_docs_pages_escape_text(vocabulary: Vocabulary) -> None:
    # Definitions quote the news ("the ambassador of Oman"): quotes must arrive escaped.
    page = _page(vocabulary.terms[DG + "Participation"].page)
    assert "&quot;the\nambassador of Oman&quot;" in page


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")

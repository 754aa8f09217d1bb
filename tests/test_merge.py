"""Reports of one meeting by several articles merge into one meeting (issue 3, point 6).

The clustering rules are tested on plain values; the merge itself end to end, on the real
pipeline and the real store (in memory and on disk), with three short wire stories written
for this test: two outlets reporting the same Cairo meeting a day apart, and a third
meeting the next day that shares a minister, but not the other side, with them.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

from diplograph.cli import cli
from diplograph.ingest import ingest_articles
from diplograph.merge import (
    Candidate,
    cluster_meetings,
    merge_meetings,
    same_meeting,
    shared_sides,
    unmerge_meetings,
)
from diplograph.model import Article
from diplograph.queries import get_query
from diplograph.rdf.iri import GRAPH_MERGES
from diplograph.store import Store, open_store

# -- the clustering rules, on plain values ---------------------------------------------------

D1, D2, D3, D4 = (date(2025, 2, d) for d in (3, 4, 5, 6))
TR_EG = frozenset({"country:TR", "country:EG"})
FIDAN = ("person:hakan-fidan", "country:TR")


def _c(
    meeting: str,
    article: str,
    day: date | None,
    parties: frozenset[str] = TR_EG,
    people: tuple[tuple[str, str], ...] = (),
) -> Candidate:
    return Candidate(f"meeting:{meeting}", f"article:{article}", day, parties, frozenset(people))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (_c("a", "1", D1), _c("b", "2", D1), True),
        (_c("a", "1", D1), _c("b", "2", D2), True),
        (_c("a", "1", D1), _c("b", "2", D3), False),
        (_c("a", "1", D1), _c("b", "2", None), False),
        (_c("a", "1", None), _c("b", "2", None), False),
        # Two meetings in one article are never the same meeting.
        (_c("a", "1", D1), _c("b", "1", D1), False),
        # One shared country is not enough ...
        (_c("a", "1", D1), _c("b", "2", D1, frozenset({"country:TR", "country:JO"})), False),
        # ... nor is a shared minister on top of their own country: on a summit's sidelines
        # the same minister meets several counterparts on one day.
        (
            _c("a", "1", D1, people=(FIDAN,)),
            _c("b", "2", D1, frozenset({"country:TR", "country:JO"}), (FIDAN,)),
            False,
        ),
        # A shared person whose country is unknown in both reports is a side of their own.
        (
            _c("a", "1", D1, frozenset({"country:PK"}), (("person:bill-gates", ""),)),
            _c("b", "2", D2, frozenset({"country:PK"}), (("person:bill-gates", ""),)),
            True,
        ),
        # One report knows the minister's country, the other only the name: still two sides.
        (
            _c("a", "1", D1, frozenset({"country:TR", "country:EG"}), (FIDAN,)),
            _c("b", "2", D1, frozenset({"country:EG"}), (("person:hakan-fidan", ""),)),
            True,
        ),
        # An organisation taking part is a side like a country.
        (
            _c("a", "1", D1, frozenset({"country:PK", "org:IMF"})),
            _c("b", "2", D1, frozenset({"country:PK", "org:IMF"})),
            True,
        ),
    ],
)
def test_same_meeting_rules(a: Candidate, b: Candidate, same: bool) -> None:
    assert same_meeting(a, b) is same
    assert same_meeting(b, a) is same


def test_shared_sides_counts_a_person_once_with_their_country() -> None:
    a = _c("a", "1", D1, people=(FIDAN,))
    b = _c("b", "2", D1, frozenset({"country:TR", "country:JO"}), (FIDAN,))
    assert shared_sides(a, b) == 1
    assert shared_sides(a, a) == 2


def test_cluster_meetings_canonical_first_and_order_independent() -> None:
    candidates = [
        _c("b", "2", D2),
        _c("a", "1", D1),
        _c("c", "3", D1, frozenset({"country:TR", "country:EG", "country:AZ"})),
        _c("x", "4", D1, frozenset({"country:JP", "country:AU"})),
        _c("y", "5", None),
    ]
    expected = [("meeting:a", "meeting:b", "meeting:c")]
    assert cluster_meetings(candidates) == expected
    for seed in range(5):
        shuffled = candidates[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_meetings(shuffled) == expected


def test_cluster_meetings_never_spans_more_than_a_day() -> None:
    # Daily talks between the same two countries must not chain into one meeting.
    days = [D1, D2, D3, D4]
    clusters = cluster_meetings([_c(str(i), str(i), d) for i, d in enumerate(days)])
    assert clusters == [("meeting:0", "meeting:1"), ("meeting:2", "meeting:3")]


def test_cluster_meetings_never_puts_two_reports_of_one_article_together() -> None:
    # Article 1 reports talks on two days; article 2 reports the first day only.
    clusters = cluster_meetings([_c("a1", "1", D1), _c("a2", "1", D2), _c("b", "2", D1)])
    assert clusters == [("meeting:a1", "meeting:b")]


def test_cluster_meetings_empty() -> None:
    assert cluster_meetings([]) == []


# -- end to end on the real pipeline and store -------------------------------------------------

NILE = Article(
    text=(
        "Turkish and Egyptian foreign ministers discuss Gaza in Cairo\n\n"
        "CAIRO, Feb 3 (Nile Wire) - Turkish Foreign Minister Hakan Fidan met Egyptian Foreign "
        "Minister Badr Abdelatty in Cairo on Monday.\n\n"
        "The two ministers discussed the ceasefire in Gaza, humanitarian aid and bilateral "
        "trade, according to a statement from the Egyptian foreign ministry."
    ),
    origin="nile.txt",
    url="https://nile-wire.example/2025/02/03/fidan-abdelatty",
    title="Turkish and Egyptian foreign ministers discuss Gaza in Cairo",
    published=date(2025, 2, 3),
    source="Nile Wire",
)
ANATOLIAN = Article(
    text=(
        "Fidan, Abdelatty talk trade and Gaza\n\n"
        "ANKARA, Feb 4 (Anatolian Desk) - Egyptian Foreign Minister Badr Abdelatty received "
        "Turkish Foreign Minister Hakan Fidan in Cairo yesterday.\n\n"
        "The ministers agreed to raise bilateral trade and to coordinate aid deliveries to Gaza."
    ),
    origin="anatolian.txt",
    url="https://anatolian-desk.example/2025/02/04/fidan-cairo",
    title="Fidan, Abdelatty talk trade and Gaza",
    published=date(2025, 2, 4),
    source="Anatolian Desk",
)
LEVANT = Article(
    text=(
        "Fidan meets Safadi in Amman\n\n"
        "AMMAN, Feb 4 (Levant Post) - Turkish Foreign Minister Hakan Fidan met Jordanian "
        "Foreign Minister Ayman Safadi in Amman on Tuesday.\n\n"
        "The two ministers discussed the situation in Syria and regional security."
    ),
    origin="levant.txt",
    url="https://levant-post.example/2025/02/04/fidan-safadi",
    title="Fidan meets Safadi in Amman",
    published=date(2025, 2, 4),
    source="Levant Post",
)


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_store("memory:" if request.param == "memory" else tmp_path / "store")
    yield s
    s.close()


def _rows(store: Store, name: str, query: str | None = None) -> list[dict[str, str]]:
    return [
        {k: str(getattr(v, "value", v)) for k, v in row.items()}
        for row in store.select(query or get_query(name).text)
    ]


def _reports(store: Store) -> dict[str, int]:
    return {r["meeting"]: int(r["reports"]) for r in _rows(store, "reports")}


def _dump(store: Store) -> list[bytes]:
    out = io.BytesIO()
    store.dump(out, format="nquads")
    return sorted(out.getvalue().splitlines())


def _meeting_countries(store: Store) -> dict[str, set[str]]:
    """Each meeting's countries as its own article reports them (not the merged union)."""
    query = (
        "SELECT ?m ?iso WHERE { GRAPH ?a { ?m a dg:Meeting ; dg:participantCountry ?c } "
        "?c dg:iso2 ?iso }"
    )
    countries: dict[str, set[str]] = {}
    for row in _rows(store, "", query):
        countries.setdefault(row["m"], set()).add(row["iso"])
    return countries


def test_merge_same_meeting_from_two_articles(store: Store, nlp: Language) -> None:
    report = ingest_articles(store, [NILE, ANATOLIAN, LEVANT], nlp)
    assert report.ok and report.meetings == 3, report
    assert report.merged == 1

    countries = _meeting_countries(store)
    cairo_reports = sorted(k for k, v in countries.items() if v == {"TR", "EG"})
    (amman,) = (k for k, v in countries.items() if v == {"TR", "JO"})
    assert len(cairo_reports) == 2
    canonical, other = cairo_reports  # the smallest IRI is canonical

    assert _reports(store) == {canonical: 2, amman: 1}
    meetings = [r["meeting"] for r in _rows(store, "meetings")]
    assert sorted(meetings) == sorted([canonical, amman])
    stats = _rows(store, "stats")[0]
    assert stats["meetings"] == "2" and stats["articles"] == "3"
    dyads = {(r["iso2A"], r["iso2B"]): r["meetings"] for r in _rows(store, "dyads")}
    assert dyads == {("EG", "TR"): "1", ("JO", "TR"): "1"}
    network = {r["meeting"] for r in _rows(store, "network")}
    assert network == {canonical, amman}
    assert {r["article"] for r in _rows(store, "network") if r["meeting"] == canonical} == {
        f"https://w3id.org/diplograph/id/{a.key.replace(':', '/')}" for a in (NILE, ANATOLIAN)
    }

    links = _rows(store, "", "SELECT ?m ?c WHERE { ?m dg:mergedInto ?c }")
    assert links == [{"m": other, "c": canonical}]
    reported_in = _rows(store, "", f"SELECT ?a WHERE {{ <{canonical}> dg:reportedIn ?a }}")
    assert len(reported_in) == 2
    # The unrelated meeting shares Fidan and Turkey with the others and is left alone.
    merges = _rows(
        store, "", f"SELECT ?s ?o WHERE {{ GRAPH <{GRAPH_MERGES.value}> {{ ?s ?p ?o }} }}"
    )
    assert merges and not [r for r in merges if amman in r.values()]


def test_merge_undo_and_rerun_are_reversible(store: Store, nlp: Language) -> None:
    ingest_articles(store, [NILE, ANATOLIAN, LEVANT], nlp, merge=False)
    unmerged = _dump(store)
    assert sorted(_reports(store).values()) == [1, 1, 1]

    first = merge_meetings(store)
    assert (first.meetings, len(first.clusters), first.merged) == (2, 1, 1)
    merged = _dump(store)
    assert GRAPH_MERGES in store.named_graphs()

    assert merge_meetings(store) == first
    assert _dump(store) == merged

    assert unmerge_meetings(store) == 1
    assert _dump(store) == unmerged
    assert GRAPH_MERGES not in store.named_graphs()
    assert sorted(_reports(store).values()) == [1, 1, 1]
    assert len(_rows(store, "meetings")) == 3
    assert unmerge_meetings(store) == 0

    merge_meetings(store)
    assert _dump(store) == merged


def test_merge_stable_when_an_article_is_reingested(store: Store, nlp: Language) -> None:
    ingest_articles(store, [NILE, ANATOLIAN, LEVANT], nlp)
    before = _dump(store)
    report = ingest_articles(store, [ANATOLIAN], nlp)
    assert report.merged == 1
    assert _dump(store) == before
    assert sorted(_reports(store).values()) == [1, 2]


def test_merge_without_second_report_records_nothing(store: Store, nlp: Language) -> None:
    report = ingest_articles(store, [NILE, LEVANT], nlp)
    assert report.merged == 0
    assert GRAPH_MERGES not in store.named_graphs()
    assert sorted(_reports(store).values()) == [1, 1]


def test_cli_merge_and_undo(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "store"
    s = open_store(path)
    ingest_articles(s, [NILE, ANATOLIAN, LEVANT], nlp, merge=False)
    s.close()

    def run(*args: str) -> Result:
        r = CliRunner().invoke(cli, ["--store", str(path), *args])
        assert r.exit_code == 0, r.output
        return r

    assert "2 meetings merged into 1" in run("merge").stderr
    reports = csv.DictReader(io.StringIO(run("query", "reports", "--format", "csv").stdout))
    assert sorted(row["reports"] for row in reports) == ["1", "2"]
    assert "Unmerged 1 meeting(s)" in run("merge", "--undo").stderr
    meetings = csv.DictReader(io.StringIO(run("query", "meetings", "--format", "csv").stdout))
    assert len(list(meetings)) == 3

"""Tests of the meeting network: the dyad graph as data, and the page in a real browser.

The graph tests pin what an edge means (one per pair sharing a meeting, weighted by
meetings). The browser tests open the rendered page in headless Chromium with the network
shut off, because "works offline", "the filters work" and "hostile text stays text" are
promises about what a browser does with the page, not about the string we wrote.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from browser import INSTALL_HINT, Page, chromium_path, dump_dom

from diplograph.errors import InputError
from diplograph.network import NetworkOptions, render_network, rows_to_graph

COUNTRY = "https://w3id.org/diplograph/id/country/"
PERSON = "https://w3id.org/diplograph/id/person/"
MEETING = "https://w3id.org/diplograph/id/meeting/"
NAMES = {
    "PK": "Pakistan",
    "CN": "China",
    "US": "United States",
    "AF": "Afghanistan",
    "IR": "Iran",
    "SA": "Saudi Arabia",
    "TR": "Türkiye",
    "IN": "India",
    "GB": "United Kingdom",
    "AE": "United Arab Emirates",
    "QA": "Qatar",
}
# (meeting, date, place, mode, countries, topics): 11 countries, 12 meetings.
SAMPLE = [
    ("m01", "2023-12-28", "Islamabad", "inPerson", "PK CN", "trade; CPEC"),
    ("m02", "2024-01-10", "Beijing", "inPerson", "PK CN", "security"),
    ("m03", "2024-02-02", "", "phone", "PK US", ""),
    ("m04", "2024-03-15", "Tehran", "inPerson", "PK IR AF", "border security"),
    ("m05", "2024-04-01", "Riyadh", "inPerson", "SA PK", "investment"),
    ("m06", "2024-05-20", "Ankara", "video", "TR PK", "energy"),
    ("m07", "2023-11-11", "Doha", "inPerson", "QA AF US", "peace talks"),
    ("m08", "2024-06-06", "London", "inPerson", "GB IN", "trade"),
    ("m09", "2024-07-07", "Abu Dhabi", "phone", "AE IN", ""),
    ("m10", "2024-08-08", "", "", "CN IR", "oil"),
    ("m11", "2024-09-09", "New York", "inPerson", "US CN GB IN", "UN General Assembly"),
    ("m12", "2022-09-09", "Islamabad", "inPerson", "PK CN", "floods"),
]
HOSTILE = "</script><img src=x onerror=\"document.body.dataset.pwned='1'\">\"'&amp;<!--"


def row(meeting: str, country: str = "", **fields: str) -> dict[str, str]:
    """One participant row as the lead's SPARQL query returns it (every key present)."""
    base = {
        "meeting": MEETING + meeting,
        "date": "",
        "place": "",
        "mode": "",
        "evidence": f"Evidence for {meeting}.",
        "article": f"https://w3id.org/diplograph/id/article/{meeting}",
        "url": f"https://example.org/news/{meeting}",
        "headline": f"Headline {meeting}",
        "country": COUNTRY + country if country else "",
        "countryLabel": NAMES.get(country, ""),
        "person": "",
        "personLabel": "",
        "title": "",
        "role": "attendee",
        "topics": "",
    }
    return base | fields


def sample_rows() -> list[dict[str, str]]:
    return [
        row(m, c, date=d, place=p, mode=mode, topics=t)
        for m, d, p, mode, countries, t in SAMPLE
        for c in countries.split()
    ]


# --- rows_to_graph ---------------------------------------------------------------------


def test_rows_to_graph_three_country_meeting_gives_three_dyads() -> None:
    graph = rows_to_graph([row("m1", "PK"), row("m1", "IR"), row("m1", "AF")])
    assert graph.number_of_nodes() == 3
    assert sorted(tuple(sorted((a[-2:], b[-2:]))) for a, b in graph.edges()) == [
        ("AF", "IR"),
        ("AF", "PK"),
        ("IR", "PK"),
    ]
    assert all(d["weight"] == 1 for _, _, d in graph.edges(data=True))


def test_rows_to_graph_repeat_meetings_add_weight() -> None:
    rows = [
        row("b", "PK", date="2024-01-10"),
        row("b", "CN", date="2024-01-10"),
        row("a", "CN", date="2023-12-28", place="Islamabad", mode="inPerson", topics="trade; CPEC"),
        row("a", "PK", date="2023-12-28", place="Islamabad", mode="inPerson", topics="trade; CPEC"),
    ]
    graph = rows_to_graph(rows)
    edge = graph.edges[COUNTRY + "PK", COUNTRY + "CN"]
    assert edge["weight"] == 2
    first, second = edge["meetings"]
    assert (first.date, first.place, first.mode, first.topics) == (
        "2023-12-28",
        "Islamabad",
        "inPerson",
        ("CPEC", "trade"),
    )
    assert first.sources[0].evidence == "Evidence for a."
    assert first.sources[0].url == "https://example.org/news/a"
    assert second.date == "2024-01-10"
    assert graph.nodes[COUNTRY + "PK"] == {
        "label": "Pakistan",
        "kind": "country",
        "detail": "",
        "meeting_count": 2,
    }


def test_rows_to_graph_row_without_country_is_kept_as_person_or_dropped() -> None:
    rows = [
        row("m1", "PK"),
        row("m1", "", person=PERSON + "antonio-guterres", personLabel="António Guterres"),
        row("m1", ""),  # neither country nor person: nothing to draw
        row("m2", ""),  # a meeting with no drawable party at all
    ]
    graph = rows_to_graph(rows)
    assert sorted(graph.nodes) == [COUNTRY + "PK", PERSON + "antonio-guterres"]
    assert graph.nodes[PERSON + "antonio-guterres"]["kind"] == "person"
    assert graph.number_of_edges() == 1
    assert list(graph.graph["meetings"]) == [MEETING + "m1"]


def test_rows_to_graph_person_level_has_people_and_envoys() -> None:
    kakar = {"person": PERSON + "kakar", "personLabel": "Anwaar-ul-Haq Kakar"}
    rows = [
        row("m1", "PK", **kakar, title="Prime Minister"),
        row("m1", "OM"),  # "the ambassador of Oman": an unnamed envoy
        row("m1", "", person=PERSON + "x", personLabel="X"),
    ]
    graph = rows_to_graph(rows, level="person")
    kinds = {graph.nodes[n]["label"]: graph.nodes[n]["kind"] for n in graph}
    assert kinds == {"Anwaar-ul-Haq Kakar": "person", "OM (envoy)": "envoy", "X": "person"}
    assert graph.nodes[PERSON + "kakar"]["detail"] == "Prime Minister, Pakistan"
    assert graph.number_of_edges() == 3


def test_rows_to_graph_two_envoys_of_one_country_make_no_self_loop() -> None:
    graph = rows_to_graph([row("m1", "PK", role="host"), row("m1", "PK"), row("m1", "CN")])
    assert graph.number_of_edges() == 1
    assert graph.nodes[COUNTRY + "PK"]["meeting_count"] == 1


def test_rows_to_graph_merges_sources_and_drops_unsafe_urls() -> None:
    rows = [
        row("m1", "PK", evidence="One.", article="a1", url="javascript:alert(1)"),
        row("m1", "CN", evidence="One.", article="a1", url="javascript:alert(1)"),
        row("m1", "PK", evidence="Two.", article="a2", url="https://example.org/2"),
    ]
    (info,) = rows_to_graph(rows).graph["meetings"].values()
    assert [(s.evidence, s.url) for s in info.sources] == [
        ("One.", ""),
        ("Two.", "https://example.org/2"),
    ]


def test_rows_to_graph_rejects_row_without_meeting() -> None:
    with pytest.raises(InputError, match="row 2 has no 'meeting'"):
        rows_to_graph([row("m1", "PK"), {"country": COUNTRY + "CN"}])


@pytest.mark.parametrize("height", ["800px; } body { display:none", "", "tall", "1e9px"])
def test_network_options_rejects_bad_height(height: str) -> None:
    with pytest.raises(InputError, match="height"):
        NetworkOptions(height=height)


# --- render_network, as text -------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_render_network_is_deterministic() -> None:
    rows = sample_rows()
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    assert render_network(rows) == render_network(shuffled)


def test_render_network_loads_nothing_from_outside() -> None:
    page = render_network(sample_rows())
    parser = _Tags()
    parser.feed(page)
    tags = [tag for tag, _ in parser.tags]
    assert tags.count("script") == 3
    assert "link" not in tags and "iframe" not in tags and "img" not in tags
    assert not [a for _, attrs in parser.tags for a in attrs if a in ("src", "href", "srcset")]
    assert "@import" not in page
    assert set(re.findall(r"url\(\s*['\"]?([a-z]+):", page)) <= {"data"}
    csp = next(
        a["content"] for t, a in parser.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp is not None and csp.startswith("default-src 'none'; script-src 'sha256-")
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "sourceMappingURL" not in page


def test_render_network_escapes_hostile_text() -> None:
    rows = [
        row("m1", "PK", countryLabel=HOSTILE, evidence=HOSTILE, headline=HOSTILE, place=HOSTILE),
        row("m1", "CN", topics=HOSTILE),
    ]
    page = render_network(rows, NetworkOptions(title=HOSTILE))
    assert "<img" not in page
    assert page.count("</script>") == 3
    assert "<!--" not in page
    assert "&lt;/script&gt;&lt;img src=x" in page  # the title, escaped for HTML


# --- render_network, in a real browser --------------------------------------------------


@pytest.fixture(scope="session")
def chromium() -> str:
    try:
        return chromium_path()
    except RuntimeError as e:
        pytest.fail(f"the browser tests need Chromium: {e}\n{INSTALL_HINT}", pytrace=False)


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("network") / "sample.html"
    path.write_text(render_network(sample_rows(), NetworkOptions(title="Sample")), "utf-8")
    yield path.as_uri()


def summary(page: Page) -> str:
    found = re.search(r'<span id="dg-summary">([^<]*)</span>', page.dom)
    assert found, page.dom[-3000:]
    return found.group(1)


def details(page: Page) -> str:
    found = re.search(r'<aside id="dg-details">(.*?)</aside>', page.dom, re.DOTALL)
    assert found
    return found.group(1)


def test_browser_draws_network_offline(chromium: str, sample_page: str) -> None:
    page = dump_dom(sample_page)
    assert page.console == ()  # no script error, no CSP violation, no failed fetch
    assert 'data-dg-ready="1"' in page.dom
    assert re.search(r'<div id="dg-network"[^>]*>.*?<canvas', page.dom, re.DOTALL)
    assert summary(page) == "11 countries, 12 meetings"


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("#country=Pakistan", "7 countries, 7 meetings"),
        ("#country=pakistan&from=2024", "7 countries, 5 meetings"),
        ("#from=2024&to=2024-06", "9 countries, 6 meetings"),
        ("?from=2024", "10 countries, 9 meetings"),
        ("#to=2023", "5 countries, 3 meetings"),
        ("#mode=phone,video", "5 countries, 3 meetings"),
        ("#mode=unspecified", "2 countries, 1 meeting"),
        ("#country=Atlantis", "0 countries, 0 meetings"),
    ],
)
def test_browser_filter_from_url(
    chromium: str, sample_page: str, where: str, expected: str
) -> None:
    page = dump_dom(sample_page + where)
    assert page.console == ()
    assert summary(page) == expected


def test_browser_country_filter_lists_its_meetings(chromium: str, sample_page: str) -> None:
    panel = details(dump_dom(sample_page + "#country=Pakistan&mode=inPerson"))
    assert "<h2>Pakistan</h2>" in panel
    assert '<p class="dg-count">5 meetings</p>' in panel
    assert "2024-03-15 · Tehran · in person" in panel
    assert "Afghanistan, Iran, Pakistan" in panel
    assert '<blockquote class="dg-evidence">Evidence for m04.</blockquote>' in panel
    assert '<a class="dg-link" href="https://example.org/news/m04" target="_blank"' in panel


@pytest.mark.parametrize(
    ("where", "count"),
    [("#pair=Pakistan&pair=China", 3), ("?from=2024&pair=china&pair=PAKISTAN", 1)],
)
def test_browser_pair_lists_edge_meetings(
    chromium: str, sample_page: str, where: str, count: int
) -> None:
    page = dump_dom(sample_page + where)
    assert page.console == ()
    panel = details(page)
    assert "<h2>China \u2013 Pakistan</h2>" in panel
    assert f'<p class="dg-count">{count} meeting{"s" if count > 1 else ""}</p>' in panel
    assert panel.count('<article class="dg-meeting">') == count
    assert "2024-01-10 · Beijing · in person" in panel


def test_browser_person_level_summary(chromium: str, tmp_path: Path) -> None:
    rows = [
        row("m1", "PK", person=PERSON + "kakar", personLabel="Kakar"),
        row("m1", "OM"),
        row("m2", "PK", person=PERSON + "kakar", personLabel="Kakar"),
        row("m2", "CN", person=PERSON + "wang-yi", personLabel="Wang Yi"),
    ]
    path = tmp_path / "people.html"
    path.write_text(render_network(rows, NetworkOptions(level="person")), "utf-8")
    page = dump_dom(path.as_uri())
    assert page.console == ()
    assert summary(page) == "2 people, 1 envoy, 2 meetings"


def test_browser_hostile_text_stays_text(chromium: str, tmp_path: Path) -> None:
    rows = [
        row("m1", "PK", countryLabel="Pak" + HOSTILE, evidence=HOSTILE, place=HOSTILE),
        row("m1", "CN", headline=HOSTILE, url="javascript:document.body.dataset.pwned='1'"),
        row("m1", "IR", topics=HOSTILE, url='https://example.org/a?q=<img>&x="y"'),
    ]
    path = tmp_path / "hostile.html"
    path.write_text(render_network(rows, NetworkOptions(title=HOSTILE)), "utf-8")
    page = dump_dom(path.as_uri() + "#country=" + quote("Pak</script><img"))
    assert page.console == ()
    assert summary(page) == "3 countries, 1 meeting"
    assert "<img" not in page.dom
    assert "data-pwned" not in page.dom  # the onerror handler and the javascript: URL never ran
    assert "javascript:" not in details(page)
    panel = details(page)
    assert "<h2>Pak&lt;/script&gt;&lt;img src=x onerror=" in panel
    assert '<blockquote class="dg-evidence">&lt;/script&gt;&lt;img' in panel

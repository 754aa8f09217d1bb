"""Meeting rows to a weighted dyad graph, and that graph to one self-contained HTML page.

The store answers with flat rows (one per participant of a meeting); people want to see
who meets whom. Turning rows into a graph is plain data work (``rows_to_graph``) kept apart
from drawing it (``render_network``), so the server, the CLI and tests share one graph.

The page does not use pyvis's own template: even with ``cdn_resources="in_line"`` it loads
bootstrap and tom-select from CDNs, and the pages must open offline (air-gapped readers, CI
without network). We inline the vis-network build that ships inside the pyvis wheel and add
a small script of our own for filters and the meeting panel; the page, its styles and that
script live in the packaged ``templates/network.html``. Article text is hostile input:
data travels as JSON in a non-executed ``<script type="application/json">`` block with
``<``, ``>`` and ``&`` escaped, is put into the DOM only through ``textContent``, and a
Content-Security-Policy allows only our two inline scripts (by hash) and no fetches.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib.resources import files
from itertools import combinations
from typing import Any, Literal

import networkx as nx

from diplograph.errors import InputError
from diplograph.resources import template

__all__ = ["MeetingInfo", "NetworkOptions", "Source", "render_network", "rows_to_graph"]

Level = Literal["country", "person"]

_VIS_DIR = ("lib", "vis-9.1.2")
_HEIGHT = re.compile(r"^\d{1,5}(\.\d+)?(px|%|vh|em|rem)$")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=\S*\s*", re.MULTILINE)
# templates/network.html: "{{name}}" marks a value; the one inline <script> without a
# placeholder is our page script, whose hash goes into the Content-Security-Policy.
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_PLACEHOLDERS = {"title", "csp", "height", "vis_css", "vis_js", "data", "summary"}
_APP_SCRIPT = re.compile(r"<script>(?!\{\{)(.*?)</script>", re.DOTALL)
_PLURALS = {"country": "countries", "person": "people", "envoy": "envoys", "meeting": "meetings"}


@dataclass(frozen=True, slots=True)
class NetworkOptions:
    """How to draw the page: node level, page title and the height of the drawing."""

    level: Level = "country"
    title: str = "diplograph network"
    height: str = "800px"

    def __post_init__(self) -> None:
        if self.level not in ("country", "person"):
            raise InputError(f"network level must be 'country' or 'person', not {self.level!r}")
        if not _HEIGHT.match(self.height):
            raise InputError(
                f"network height must look like '800px' or '90vh', not {self.height!r}"
            )


_DEFAULT_OPTIONS = NetworkOptions()


@dataclass(frozen=True, slots=True)
class Source:
    """One article sentence that reports a meeting."""

    evidence: str
    article: str
    url: str
    headline: str


@dataclass(frozen=True, slots=True)
class MeetingInfo:
    """What the page shows about one meeting; ``participants`` are node keys, sorted."""

    meeting: str
    date: str
    place: str
    mode: str
    topics: tuple[str, ...]
    sources: tuple[Source, ...]
    participants: tuple[str, ...]


@dataclass(slots=True)
class _Acc:
    dates: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    modes: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    sources: set[Source] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)

    def to_info(self, meeting: str) -> MeetingInfo:
        return MeetingInfo(
            meeting=meeting,
            date=_first(self.dates),
            place=_first(self.places),
            mode=_first(self.modes),
            topics=tuple(sorted(self.topics)),
            sources=tuple(sorted(self.sources, key=lambda s: (s.article, s.evidence))),
            participants=tuple(sorted(self.participants)),
        )


def _first(values: set[str]) -> str:
    # Rows of one meeting should agree; if two sources disagree, pick stably, not by row order.
    return min((v for v in values if v), default="")


def _tail(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


def _safe_url(url: str) -> str:
    # Only web links become hrefs: a "javascript:" URL in the data must never be clickable.
    return url if url.lower().startswith(("https://", "http://")) else ""


def _node_for(row: Mapping[str, str], level: Level) -> tuple[str, dict[str, str]] | None:
    country, person = row.get("country", ""), row.get("person", "")
    country_label = row.get("countryLabel", "") or (_tail(country) if country else "")
    if level == "country" and country:
        return country, {"label": country_label, "kind": "country", "detail": ""}
    if person:
        # A participant with no known country still took part, so it stays, as a person.
        label = row.get("personLabel", "") or _tail(person)
        detail = ", ".join(v for v in (row.get("title", ""), country_label) if v)
        return person, {"label": label, "kind": "person", "detail": detail}
    if country:  # person level, unnamed envoy: one "envoy of X" node per country
        return f"{country}#envoy", {
            "label": f"{country_label} (envoy)",
            "kind": "envoy",
            "detail": "",
        }
    return None


def rows_to_graph(rows: Iterable[Mapping[str, str]], *, level: Level = "country") -> nx.Graph:
    """Build an undirected graph of who met whom: one edge per pair that shared a meeting.

    Nodes are countries (``level="country"``; a participant without a country is kept as a
    person node) or persons and unnamed envoys (``level="person"``), with ``label``,
    ``kind`` and ``meeting_count``. Edges carry ``weight`` (number of meetings) and
    ``meetings`` (a list of :class:`MeetingInfo`, by date). ``graph.graph["meetings"]``
    maps each meeting IRI to its :class:`MeetingInfo`, including meetings with one party.

    >>> rows = [
    ...     {"meeting": "m1", "country": "c/PK", "countryLabel": "Pakistan"},
    ...     {"meeting": "m1", "country": "c/CN", "countryLabel": "China"},
    ... ]
    >>> g = rows_to_graph(rows)
    >>> sorted(g.nodes[n]["label"] for n in g), g.edges["c/CN", "c/PK"]["weight"]
    (['China', 'Pakistan'], 1)
    """
    if level not in ("country", "person"):
        raise InputError(f"network level must be 'country' or 'person', not {level!r}")
    accs: dict[str, _Acc] = {}
    attrs: dict[str, dict[str, str]] = {}
    for number, row in enumerate(rows, start=1):
        meeting = row.get("meeting", "")
        if not meeting:
            raise InputError(f"network row {number} has no 'meeting' value: {dict(row)!r}")
        acc = accs.setdefault(meeting, _Acc())
        acc.dates.add(row.get("date", ""))
        acc.places.add(row.get("place", ""))
        acc.modes.add(row.get("mode", ""))
        acc.topics.update(t.strip() for t in row.get("topics", "").split(";") if t.strip())
        if row.get("evidence", "") or row.get("article", ""):
            url = _safe_url(row.get("url", ""))
            acc.sources.add(
                Source(
                    row.get("evidence", ""), row.get("article", ""), url, row.get("headline", "")
                )
            )
        node = _node_for(row, level)
        if node is not None:
            acc.participants.add(node[0])
            attrs.setdefault(node[0], node[1])
    infos = {m: a.to_info(m) for m, a in sorted(accs.items()) if a.participants}
    return _build_graph(infos, attrs, level)


def _build_graph(
    infos: dict[str, MeetingInfo], attrs: dict[str, dict[str, str]], level: Level
) -> nx.Graph:
    graph = nx.Graph(level=level, meetings=infos)
    counts: dict[str, int] = {}
    pairs: dict[tuple[str, str], list[MeetingInfo]] = {}
    for info in infos.values():
        for key in info.participants:
            counts[key] = counts.get(key, 0) + 1
        for pair in combinations(info.participants, 2):
            pairs.setdefault(pair, []).append(info)
    for key in sorted(counts):
        graph.add_node(key, **attrs[key], meeting_count=counts[key])
    for (a, b), meetings in sorted(pairs.items()):
        meetings.sort(key=lambda m: (m.date, m.meeting))
        graph.add_edge(a, b, weight=len(meetings), meetings=meetings)
    return graph


def render_network(
    rows: Iterable[Mapping[str, str]], options: NetworkOptions = _DEFAULT_OPTIONS
) -> str:
    """Return a complete, offline HTML page drawing the meetings in ``rows``.

    >>> page = render_network([
    ...     {"meeting": "m1", "country": "c/PK", "countryLabel": "Pakistan"},
    ...     {"meeting": "m1", "country": "c/CN", "countryLabel": "China"},
    ... ])
    >>> page.startswith("<!DOCTYPE html>"), "2 countries, 1 meeting<" in page
    (True, True)
    """
    graph = rows_to_graph(rows, level=options.level)
    payload = _graph_to_payload(graph)
    data = _json_for_script(payload)
    vis_js, vis_css = _vis_assets()
    page, app_js = _page_template()
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    values = {
        "title": html.escape(options.title),
        "csp": html.escape(csp),
        "height": options.height,
        "vis_css": vis_css,
        "vis_js": vis_js,
        "data": data,
        "summary": html.escape(_summary(payload)),
    }
    # One pass, so a value that happens to contain "{{data}}" is never filled in again.
    return _PLACEHOLDER.sub(lambda m: values[m[1]], page)


def _graph_to_payload(graph: Any) -> dict[str, Any]:
    nodes = [
        {
            "id": key,
            "label": a["label"],
            "kind": a["kind"],
            "detail": a["detail"],
            "count": a["meeting_count"],
        }
        for key, a in sorted(graph.nodes(data=True))
    ]
    edges = [
        {"id": f"e{i}", "from": a, "to": b, "meetings": [m.meeting for m in d["meetings"]]}
        for i, (a, b, d) in enumerate(sorted(graph.edges(data=True), key=lambda e: e[:2]))
    ]
    meetings = {m: asdict(info) for m, info in sorted(graph.graph["meetings"].items())}
    return {"level": graph.graph["level"], "nodes": nodes, "edges": edges, "meetings": meetings}


def _summary(payload: dict[str, Any]) -> str:
    # Mirrors summaryText() in the page script, so the page reads right before JS runs.
    kinds = [n["kind"] for n in payload["nodes"]]
    first = "person" if payload["level"] == "person" else "country"
    order = [first] + [k for k in ("country", "person", "envoy") if k != first]
    parts = [_count(kinds.count(k), k) for k in order if k == first or k in kinds]
    return ", ".join([*parts, _count(len(payload["meetings"]), "meeting")])


def _count(n: int, noun: str) -> str:
    return f"{n} {noun if n == 1 else _PLURALS[noun]}"


def _json_for_script(payload: dict[str, Any]) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # These characters occur only inside JSON strings, where \uXXXX means the same thing;
    # without them no "</script>" or "<!--" can end or confuse the data block.
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def _vis_assets() -> tuple[str, str]:
    folder = files("pyvis").joinpath(*_VIS_DIR)
    js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    # HTML parsers turn CRLF into LF inside <script>; the CSP hash must see the same text.
    # The source-map comment points at a file the page does not carry, so it goes.
    js = _SOURCE_MAP.sub("", js.replace("\r\n", "\n").replace("\r", "\n"))
    # Inlined text must not close its own element early; true for the pinned pyvis 0.3.2.
    if "</script" in js.lower() or "<!--" in js or "</style" in css.lower():
        raise RuntimeError("the bundled vis-network cannot be inlined safely")
    return js, css


@cache
def _page_template() -> tuple[str, str]:
    """The page template and the text of its own inline script, which the CSP hash covers."""
    resource = template("network.html")
    # Text mode reads CRLF as LF, so a checkout with Windows line endings gives the same page.
    page = resource.read_text(encoding="utf-8")
    scripts = _APP_SCRIPT.findall(page)
    names = set(_PLACEHOLDER.findall(page))
    if len(scripts) != 1 or names != _PLACEHOLDERS:
        raise RuntimeError(
            f"templates/network.html is malformed: {len(scripts)} app scripts, "
            f"placeholders {sorted(names)}"
        )
    return page, scripts[0]

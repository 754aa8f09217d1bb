"""Meeting rows to a weighted dyad graph, and that graph to one self-contained HTML page.

The store answers with flat rows (one per participant of a meeting); people want to see
who meets whom. Turning rows into a graph is plain data work (``rows_to_graph``) kept apart
from drawing it (``render_network``), so the server, the CLI and tests share one graph.

The page does not use pyvis's own template: even with ``cdn_resources="in_line"`` it loads
bootstrap and tom-select from CDNs, and the pages must open offline (air-gapped readers, CI
without network). We inline the vis-network build that ships inside the pyvis wheel and add
a small script of our own for filters and the meeting panel. Article text is hostile input:
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

__all__ = ["MeetingInfo", "NetworkOptions", "Source", "render_network", "rows_to_graph"]

Level = Literal["country", "person"]

_VIS_DIR = ("lib", "vis-9.1.2")
_HEIGHT = re.compile(r"^\d{1,5}(\.\d+)?(px|%|vh|em|rem)$")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=\S*\s*", re.MULTILINE)
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
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(_APP_JS)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return _PAGE.format(
        title=html.escape(options.title),
        csp=html.escape(csp),
        height=options.height,
        vis_css=vis_css,
        vis_js=vis_js,
        app_js=_APP_JS,
        data=data,
        summary=html.escape(_summary(payload)),
    )


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


_APP_JS = r"""
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("dg-data").textContent);
  const PLURAL = {country: "countries", person: "people", envoy: "envoys", meeting: "meetings"};
  const MODES = {inPerson: "in person", phone: "phone", video: "video", "": "unspecified"};
  const COLORS = {country: "#2b6cb0", person: "#dd6b20", envoy: "#718096"};
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const $ = (id) => document.getElementById(id);
  const count = (n, noun) => n + " " + (n === 1 ? noun : PLURAL[noun]);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  let shown = new Set(Object.keys(data.meetings));
  let hits = new Set();
  let visibleIds = [];
  let stable = false;
  let network = null;
  const refit = () => {
    if (visibleIds.length) network.fit({nodes: visibleIds, maxZoomLevel: 2, animation: false});
  };

  function readFilter() {
    const modes = [...document.querySelectorAll("input[name=mode]:checked")].map((i) => i.value);
    return {country: $("dg-country").value.trim(), from: $("dg-from").value.trim(),
            to: $("dg-to").value.trim(), modes: new Set(modes)};
  }
  function writeControls(p) {
    if (p.has("country")) $("dg-country").value = p.get("country");
    if (p.has("from")) $("dg-from").value = p.get("from");
    if (p.has("to")) $("dg-to").value = p.get("to");
    if (p.has("mode")) {
      const want = new Set(p.get("mode").split(","));
      for (const box of document.querySelectorAll("input[name=mode]")) {
        box.checked = want.has(box.value === "" ? "unspecified" : box.value);
      }
    }
  }
  function paramsOf(f) {
    const p = new URLSearchParams();
    if (f.country) p.set("country", f.country);
    if (f.from) p.set("from", f.from);
    if (f.to) p.set("to", f.to);
    if (f.modes.size < Object.keys(MODES).length) {
      p.set("mode", [...f.modes].map((m) => m || "unspecified").join(","));
    }
    return p;
  }
  function meetingPasses(m, f) {
    // Partial dates work: "2024" or "2024-03" compare against the same-length prefix.
    if (f.from && (!m.date || m.date.slice(0, f.from.length) < f.from)) return false;
    if (f.to && (!m.date || m.date.slice(0, f.to.length) > f.to)) return false;
    return f.modes.has(m.mode in MODES ? m.mode : "");
  }
  function summaryText(nodeIds) {
    const kinds = [...nodeIds].map((id) => byId.get(id).kind);
    const first = data.level === "person" ? "person" : "country";
    const order = [first, ...["country", "person", "envoy"].filter((k) => k !== first)];
    const parts = order.filter((k) => k === first || kinds.includes(k))
      .map((k) => count(kinds.filter((x) => x === k).length, k));
    return [...parts, count(shown.size, "meeting")].join(", ");
  }

  const nodes = new vis.DataSet(data.nodes.map((n) => ({
    id: n.id, label: n.label, color: COLORS[n.kind], group: n.kind})));
  const edges = new vis.DataSet(data.edges.map((e) => ({id: e.id, from: e.from, to: e.to})));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));

  function applyFilter(updateHash) {
    const f = readFilter();
    const q = f.country.toLowerCase();
    hits = new Set(q ? data.nodes.filter((n) => n.label.toLowerCase().includes(q))
      .map((n) => n.id) : []);
    shown = new Set();
    const perNode = new Map();
    for (const [id, m] of Object.entries(data.meetings)) {
      if (!meetingPasses(m, f)) continue;
      if (q && !m.participants.some((p) => hits.has(p))) continue;
      shown.add(id);
      for (const p of m.participants) perNode.set(p, (perNode.get(p) || 0) + 1);
    }
    nodes.update(data.nodes.map((n) => {
      const c = perNode.get(n.id) || 0;
      const tip = [n.label, n.detail, count(c, "meeting")].filter(Boolean).join(" \u2014 ");
      const hit = hits.has(n.id);
      return {id: n.id, hidden: c === 0, value: c, title: tip, borderWidth: hit ? 4 : 1,
              color: {background: COLORS[n.kind], border: hit ? "#e53e3e" : COLORS[n.kind]}};
    }));
    edges.update(data.edges.map((e) => {
      let ms = e.meetings.filter((id) => shown.has(id));
      if (q && !hits.has(e.from) && !hits.has(e.to)) ms = [];
      const tip = byId.get(e.from).label + " \u2013 " + byId.get(e.to).label + ": " +
        count(ms.length, "meeting") + " (click for details)";
      return {id: e.id, hidden: ms.length === 0, value: ms.length, title: tip};
    }));
    $("dg-summary").textContent = summaryText(perNode.keys());
    visibleIds = [...perNode.keys()];
    if (stable) refit();
    if (updateHash) {
      const p = paramsOf(f).toString();
      try { history.replaceState(null, "", p ? "#" + p : location.pathname + location.search); }
      catch (err) { /* some file: contexts refuse; the filter still applies */ }
    }
    if (hits.size === 1) showNode([...hits][0]); else clearDetails();
  }

  function meetingView(m) {
    const box = el("article", "dg-meeting");
    const meta = [m.date || "date unknown", m.place, MODES[m.mode] || m.mode].filter(Boolean);
    box.appendChild(el("div", "dg-meta", meta.join(" \u00b7 ")));
    const who = m.participants.map((p) => byId.get(p).label).join(", ");
    box.appendChild(el("div", "dg-who", who));
    if (m.topics.length) box.appendChild(el("div", "dg-topics", "Topics: " + m.topics.join("; ")));
    for (const s of m.sources) {
      if (s.evidence) box.appendChild(el("blockquote", "dg-evidence", s.evidence));
      const label = s.headline || s.url || s.article;
      if (/^https?:\/\//i.test(s.url)) {
        const a = el("a", "dg-link", label);
        a.href = s.url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        box.appendChild(a);
      } else if (label) {
        box.appendChild(el("div", "dg-link", label));
      }
    }
    return box;
  }
  function showMeetings(heading, ids) {
    const panel = $("dg-details");
    panel.replaceChildren(el("h2", "", heading));
    const list = ids.filter((id) => shown.has(id)).map((id) => data.meetings[id]);
    list.sort((a, b) => (a.date + a.meeting < b.date + b.meeting ? 1 : -1));
    panel.appendChild(el("p", "dg-count", count(list.length, "meeting")));
    for (const m of list) panel.appendChild(meetingView(m));
  }
  function showEdge(id) {
    const e = edgeById.get(id);
    if (!e) return;
    showMeetings(byId.get(e.from).label + " \u2013 " + byId.get(e.to).label, e.meetings);
  }
  function showNode(id) {
    const ids = Object.keys(data.meetings)
      .filter((m) => data.meetings[m].participants.includes(id));
    showMeetings(byId.get(id).label, ids);
  }
  function clearDetails() {
    $("dg-details").replaceChildren(el("p", "dg-hint",
      "Hover or click an edge to see its meetings; click a node for all of its meetings."));
  }

  // Scale against the unfiltered maxima, so sizes stay comparable while filters change.
  const scaleTo = (top) => (lo, hi, total, value) =>
    Math.min(1, Math.max(0, (value - 1) / Math.max(1, top - 1)));
  const topNode = Math.max(1, ...data.nodes.map((n) => n.count));
  const topEdge = Math.max(1, ...data.edges.map((e) => e.meetings.length));
  network = new vis.Network($("dg-network"), {nodes, edges}, {
    layout: {randomSeed: 20231228, improvedLayout: true},
    nodes: {shape: "dot", scaling: {min: 8, max: 40, customScalingFunction: scaleTo(topNode),
                                    label: {enabled: true, min: 12, max: 24}},
            font: {face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff"}},
    edges: {color: {color: "#a0aec0", highlight: "#e53e3e", hover: "#e53e3e"},
            scaling: {min: 1, max: 10, customScalingFunction: scaleTo(topEdge)}, smooth: false},
    physics: {solver: "forceAtlas2Based", stabilization: {iterations: 250, fit: true}},
    interaction: {hover: true, tooltipDelay: 150},
  });
  network.once("stabilizationIterationsDone", () => {
    network.setOptions({physics: false});
    stable = true;
    refit();
  });
  for (const span of document.querySelectorAll(".dg-legend [data-kind]")) {
    span.hidden = !data.nodes.some((n) => n.kind === span.dataset.kind);
  }
  network.on("hoverEdge", (p) => showEdge(p.edge));
  network.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  function showPair(labels) {
    // "#pair=Pakistan&pair=China" links to one dyad: select its edge and list its meetings.
    const want = labels.map((l) => l.trim().toLowerCase()).sort().join("\n");
    const e = data.edges.find((x) => [byId.get(x.from).label, byId.get(x.to).label]
      .map((l) => l.toLowerCase()).sort().join("\n") === want);
    if (!e) return;
    network.selectEdges([e.id]);
    showEdge(e.id);
  }
  const fromUrl = () => {
    const search = new URLSearchParams(location.search.slice(1));
    const hash = new URLSearchParams(location.hash.slice(1));
    writeControls(search);
    writeControls(hash);
    applyFilter(false);
    const pair = hash.has("pair") ? hash.getAll("pair") : search.getAll("pair");
    if (pair.length === 2) showPair(pair);
  };
  fromUrl();
  $("dg-filters").addEventListener("input", () => applyFilter(true));
  $("dg-filters").addEventListener("submit", (ev) => ev.preventDefault());
  $("dg-reset").addEventListener("click", () => {
    $("dg-filters").reset();
    applyFilter(true);
  });
  window.addEventListener("hashchange", fromUrl);
  document.body.dataset.dgReady = "1";
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
body {{ margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1a202c; }}
header {{ padding: 8px 16px; border-bottom: 1px solid #e2e8f0; background: #f7fafc; }}
h1 {{ font-size: 18px; margin: 0 0 6px; }}
#dg-filters {{ display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; }}
#dg-filters input[type=text] {{ width: 9em; }}
#dg-summary {{ font-weight: 600; }}
.dg-legend span::before {{ content: ""; display: inline-block; width: 10px; height: 10px;
  border-radius: 50%; margin: 0 4px 0 10px; background: var(--c); }}
main {{ display: flex; }}
#dg-network {{ flex: 1; height: {height}; }}
#dg-details {{ width: 360px; height: {height}; overflow-y: auto; padding: 0 12px;
  border-left: 1px solid #e2e8f0; box-sizing: border-box; }}
#dg-details h2 {{ font-size: 16px; }}
.dg-meeting {{ border-top: 1px solid #e2e8f0; padding: 6px 0; }}
.dg-meta {{ font-weight: 600; }}
.dg-who, .dg-topics, .dg-hint, .dg-count {{ color: #4a5568; }}
.dg-evidence {{ margin: 4px 0 4px 8px; padding-left: 8px; border-left: 3px solid #cbd5e0; }}
.dg-link {{ display: block; overflow-wrap: anywhere; }}
</style>
</head>
<body>
<header>
<h1>{title}</h1>
<form id="dg-filters" autocomplete="off">
<label>Country <input type="text" id="dg-country" placeholder="e.g. Pakistan"></label>
<label>From <input type="text" id="dg-from" placeholder="YYYY[-MM[-DD]]"></label>
<label>To <input type="text" id="dg-to" placeholder="YYYY[-MM[-DD]]"></label>
<span>Mode
<label><input type="checkbox" name="mode" value="inPerson" checked> in person</label>
<label><input type="checkbox" name="mode" value="phone" checked> phone</label>
<label><input type="checkbox" name="mode" value="video" checked> video</label>
<label><input type="checkbox" name="mode" value="" checked> unspecified</label>
</span>
<button type="button" id="dg-reset">Reset</button>
</form>
<div><span id="dg-summary">{summary}</span>
<span class="dg-legend">
<span data-kind="country" style="--c:#2b6cb0">country</span>
<span data-kind="person" style="--c:#dd6b20">person</span>
<span data-kind="envoy" style="--c:#718096">envoy</span> &middot; node size: meetings &middot;
edge width: meetings between the pair</span></div>
</header>
<main>
<div id="dg-network"></div>
<aside id="dg-details"><p class="dg-hint">Loading&hellip;</p></aside>
</main>
<noscript>This page needs JavaScript to draw the network.</noscript>
<script type="application/json" id="dg-data">{data}</script>
<script>{vis_js}</script>
<script>{app_js}</script>
</body>
</html>
"""

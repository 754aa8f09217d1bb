"""One meeting reported by several articles becomes one meeting (issue 3, point 6).

Each article graph keeps its own meeting; the merge only *adds* the named graph
``id:graph/merges``, rewritten whole on every run: ``member dg:mergedInto canonical`` for
every other report of the same event, and on the canonical meeting every reporting article
(``dg:reportedIn``) with the union of the reports' countries and participants. So the merge
is derived data: running it again recomputes it from the article graphs, re-ingesting an
article changes nothing else, and :func:`unmerge_meetings` drops it all.

Two reports from *different* articles are the same meeting when both are dated, the dates
are at most one day apart (outlets in different time zones, "yesterday" in a next-day
story), and they share at least two *sides*. A side is a country or organisation taking
part, or a named person whose country is not among the shared ones. Counting a person and
the country they act for as one side is deliberate: on the sidelines of a summit the same
minister meets several counterparts on one day, and "Fidan met Abdelatty" and "Fidan met
Safadi" share Fidan *and* Turkey but only one side. A merged group never holds two reports
from one article and never spans more than one day.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from pyoxigraph import Literal, NamedNode, Quad

from diplograph.rdf.iri import GRAPH_MERGES, iri_to_key
from diplograph.rdf.mapping import (
    MERGE_CANDIDATES_QUERY,
    MERGE_LINKS_QUERY,
    merged_meeting_to_quads,
)
from diplograph.store import Rows, Store, Term

__all__ = [
    "Candidate",
    "MergeReport",
    "cluster_meetings",
    "merge_meetings",
    "same_meeting",
    "shared_sides",
    "unmerge_meetings",
]

log = logging.getLogger(__name__)

MAX_DAYS_APART = 1
MIN_SHARED_SIDES = 2
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One article's report of a meeting, as the merge compares it; entities are keys."""

    meeting: str
    article: str
    date: date | None
    parties: frozenset[str] = frozenset()
    """Countries and organisations taking part."""
    people: frozenset[tuple[str, str]] = frozenset()
    """Named people, each with the party they acted for (``""`` when unknown)."""
    agents: frozenset[str] = frozenset()
    """Every ``dg:participant``: named people and organisations taking part as such."""

    @property
    def countries(self) -> frozenset[str]:
        """The parties that are countries."""
        return frozenset(p for p in self.parties if p.startswith("country:"))


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge run recorded: each group of reports of one meeting, canonical first."""

    clusters: tuple[tuple[str, ...], ...] = ()
    quads: int = 0

    @property
    def meetings(self) -> int:
        """Meetings (reports) that are part of a merged group."""
        return sum(len(c) for c in self.clusters)

    @property
    def merged(self) -> int:
        """Meetings merged away into another one (``meetings`` minus the canonical ones)."""
        return self.meetings - len(self.clusters)


def shared_sides(a: Candidate, b: Candidate) -> int:
    """How many sides two reports share; a person counts only beyond their shared country.

    >>> a = Candidate("m:1", "a:1", None, frozenset({"country:TR", "country:EG"}))
    >>> shared_sides(a, Candidate("m:2", "a:2", None, frozenset({"country:TR"})))
    1
    """
    parties = a.parties & b.parties
    count = len(parties)
    for person in sorted({p for p, _ in a.people} & {p for p, _ in b.people}):
        acts_for = {party for p, party in a.people | b.people if p == person and party}
        if not acts_for & parties:
            count += 1
    return count


def same_meeting(a: Candidate, b: Candidate) -> bool:
    """Whether two reports from different articles, dated at most a day apart, are one meeting.

    >>> from datetime import date
    >>> tr_eg = frozenset({"country:TR", "country:EG"})
    >>> a = Candidate("meeting:a", "article:1", date(2025, 2, 3), tr_eg)
    >>> same_meeting(a, Candidate("meeting:b", "article:2", date(2025, 2, 4), tr_eg))
    True
    >>> same_meeting(a, Candidate("meeting:b", "article:2", None, tr_eg))
    False
    """
    days = _days_apart(a, b)
    return (
        a.article != b.article
        and days is not None
        and days <= MAX_DAYS_APART
        and shared_sides(a, b) >= MIN_SHARED_SIDES
    )


def _days_apart(a: Candidate, b: Candidate) -> int | None:
    if a.date is None or b.date is None:
        return None
    return abs((a.date - b.date).days)


@dataclass(slots=True)
class _Group:
    articles: set[str]
    first: date
    last: date
    members: list[str] = field(default_factory=list)


class _Forest:
    """Union-find over meeting keys that refuses a join two reports of one article would make."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self.parent: dict[str, str] = {}
        self.groups: dict[str, _Group] = {}
        for c in candidates:
            assert c.date is not None
            self.parent[c.meeting] = c.meeting
            self.groups[c.meeting] = _Group({c.article}, c.date, c.date, [c.meeting])

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: str, b: str) -> None:
        ra, rb = sorted((self.find(a), self.find(b)))
        if ra == rb:
            return
        ga, gb = self.groups[ra], self.groups[rb]
        if ga.articles & gb.articles:
            return
        first, last = min(ga.first, gb.first), max(ga.last, gb.last)
        if (last - first).days > MAX_DAYS_APART:
            return
        self.parent[rb] = ra
        ga.articles |= gb.articles
        ga.members += gb.members
        ga.first, ga.last = first, last
        del self.groups[rb]


def cluster_meetings(candidates: Iterable[Candidate]) -> list[tuple[str, ...]]:
    """Group the reports of one meeting; each group sorted (canonical first), groups sorted.

    Strongest pairs join first (same day before a day apart, more shared sides first), so
    when a report could join either of two groups the result does not depend on input order.

    >>> from datetime import date
    >>> tr_eg = frozenset({"country:TR", "country:EG"})
    >>> cluster_meetings([
    ...     Candidate("meeting:b", "article:2", date(2025, 2, 4), tr_eg),
    ...     Candidate("meeting:a", "article:1", date(2025, 2, 3), tr_eg),
    ...     Candidate("meeting:c", "article:3", None, tr_eg),
    ... ])
    [('meeting:a', 'meeting:b')]
    """
    dated = sorted((c for c in candidates if c.date is not None), key=lambda c: c.meeting)
    forest = _Forest(dated)
    for _, _, a, b in sorted(_matching_pairs(dated)):
        forest.join(a, b)
    groups = (tuple(sorted(g.members)) for g in forest.groups.values())
    return sorted(g for g in groups if len(g) > 1)


def _matching_pairs(dated: list[Candidate]) -> Iterator[tuple[int, int, str, str]]:
    """``(days apart, -shared sides, key, key)`` for every pair of reports of one meeting.

    Only reports of the same or the next day that share a party or a person are compared,
    through an index on (day, party or person), so a store of many meetings is not
    compared pairwise.
    """
    index: dict[tuple[date, str], list[Candidate]] = {}
    for c in dated:
        assert c.date is not None
        for side in _side_keys(c):
            index.setdefault((c.date, side), []).append(c)
    for c in dated:
        assert c.date is not None
        seen: set[str] = set()
        for day in (c.date, c.date + _ONE_DAY):
            for side in _side_keys(c):
                for other in index.get((day, side), ()):
                    if other.meeting in seen or (day == c.date and other.meeting <= c.meeting):
                        continue  # each pair once
                    seen.add(other.meeting)
                    if same_meeting(c, other):
                        first, second = sorted((c.meeting, other.meeting))
                        yield (_days_apart(c, other) or 0, -shared_sides(c, other), first, second)


def _side_keys(c: Candidate) -> list[str]:
    return sorted(c.parties | {person for person, _ in c.people})


def merge_meetings(store: Store) -> MergeReport:
    """Recompute which meetings are reports of the same event and record it in the store.

    Replaces the graph ``id:graph/merges`` whole, so running it twice gives the same store.

    >>> from diplograph.store import open_store
    >>> merge_meetings(open_store("memory:"))
    MergeReport(clusters=(), quads=0)
    """
    candidates = {c.meeting: c for c in _candidates(store.select(MERGE_CANDIDATES_QUERY))}
    clusters = cluster_meetings(candidates.values())
    quads = [q for cluster in clusters for q in _cluster_quads([candidates[k] for k in cluster])]
    written = store.replace_graph(GRAPH_MERGES, quads)
    report = MergeReport(tuple(clusters), written)
    log.info("%d meetings merged into %d", report.meetings, len(report.clusters))
    return report


def unmerge_meetings(store: Store) -> int:
    """Drop every recorded merge; returns how many meetings were merged into another.

    >>> from diplograph.store import open_store
    >>> unmerge_meetings(open_store("memory:"))
    0
    """
    rows = store.select(MERGE_LINKS_QUERY)
    links = _term_value(rows.rows[0].get("links")) if rows.rows else ""
    store.replace_graph(GRAPH_MERGES, [])
    return int(links or 0)


def _cluster_quads(members: list[Candidate]) -> Iterator[Quad]:
    canonical, *others = members
    yield from merged_meeting_to_quads(
        canonical.meeting,
        members=[m.meeting for m in others],
        articles=sorted({m.article for m in members}),
        countries=sorted(set().union(*(m.countries for m in members))),
        agents=sorted(set().union(*(m.agents for m in members))),
    )


def _term_value(term: Term | None) -> str:
    return term.value if isinstance(term, NamedNode | Literal) else ""


def _key(term: Term | None) -> str | None:
    return iri_to_key(term.value) if isinstance(term, NamedNode) else None


def _date(term: Term | None) -> date | None:
    try:
        return date.fromisoformat(_term_value(term))
    except ValueError:  # not a plain xsd:date (e.g. loaded from elsewhere): never merged
        return None


@dataclass(slots=True)
class _Facts:
    article: str
    date: date | None
    parties: set[str] = field(default_factory=set)
    people: set[tuple[str, str]] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)


def _candidates(rows: Rows) -> Iterator[Candidate]:
    facts: dict[str, _Facts] = {}
    for row in rows:
        meeting, article = _key(row.get("meeting")), _key(row.get("article"))
        if meeting is None or article is None:
            continue
        f = facts.setdefault(meeting, _Facts(article, _date(row.get("date"))))
        if (party := _key(row.get("party"))) is not None:
            f.parties.add(party)
        if (person := _key(row.get("person"))) is not None:
            f.people.add((person, _key(row.get("personParty")) or ""))
        if (agent := _key(row.get("agent"))) is not None:
            f.agents.add(agent)
    for meeting, f in sorted(facts.items()):
        yield Candidate(
            meeting,
            f.article,
            f.date,
            frozenset(f.parties),
            frozenset(f.people),
            frozenset(f.agents),
        )

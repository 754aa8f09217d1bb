"""Scoring extraction against gold annotations, slot by slot (``docs/evaluation.md``).

The scores are what tells a researcher how far to trust the graph, so they are computed
the same way for every development set and printed with the throughput that produced them.
Everything here works on plain values: gold dicts and :class:`~diplograph.model.Meeting`.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.gazetteer import load_gazetteer
from diplograph.model import Meeting, slugify
from diplograph.people import load_people

__all__ = [
    "ArticleResult",
    "Evaluation",
    "SlotScore",
    "load_gold",
    "score",
]

SLOTS = (
    "meeting detection",
    "participant countries",
    "dyads",
    "named persons",
    "person-country",
    "host country",
    "meeting date",
    "meeting city",
    "mode",
)


@dataclass(slots=True)
class SlotScore:
    """True positives, false positives and false negatives of one slot."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predicted items that are right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items that were found (1.0 when there was nothing to find)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class ArticleResult:
    """One article's errors: per slot, what was missed and what was spurious."""

    article_id: str
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when nothing was missed or spurious."""
        return not any(self.missed.values()) and not any(self.spurious.values())


@dataclass(slots=True)
class Evaluation:
    """Scores over a set of articles."""

    slots: dict[str, SlotScore] = field(default_factory=lambda: {s: SlotScore() for s in SLOTS})
    articles: list[ArticleResult] = field(default_factory=list)
    count_errors: list[int] = field(default_factory=list)
    date_matches: list[bool] = field(default_factory=list)
    no_meeting_articles: int = 0
    no_meeting_false_alarms: int = 0
    calibration: list[tuple[float, bool]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def meeting_count_error(self) -> float:
        """Mean absolute difference between predicted and gold meeting counts per article."""
        return sum(self.count_errors) / len(self.count_errors) if self.count_errors else 0.0

    @property
    def date_accuracy(self) -> float:
        """Of the gold meetings with a date that were found, the share dated right.

        Meetings that were not found at all count against detection, not here.
        """
        return sum(self.date_matches) / len(self.date_matches) if self.date_matches else 1.0

    def calibration_table(
        self, edges: Sequence[float] = (0.0, 0.5, 0.7, 0.8, 0.9)
    ) -> list[tuple[str, int, float]]:
        """(confidence band, predicted meetings, share that match a gold meeting)."""
        rows = []
        bounds = [*edges, 1.01]
        for low, high in pairwise(bounds):
            inside = [ok for c, ok in self.calibration if low <= c < high]
            share = sum(inside) / len(inside) if inside else float("nan")
            rows.append(
                (f"[{low:.2f}, {min(high, 1.0):.2f}{')' if high <= 1 else ']'}", len(inside), share)
            )
        return rows


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    """Gold annotations by article id; :class:`InputError` naming the line if malformed."""
    gold: dict[str, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"{path}: cannot read gold file ({e.strerror})") from e
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = str(record["id"])
            meetings = record["meetings"]
            if not isinstance(meetings, list):
                raise TypeError("'meetings' is not a list")
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise InputError(f"{path}:{n}: bad gold line ({e})") from e
        if key in gold:
            raise InputError(f"{path}:{n}: duplicate id {key!r}")
        gold[key] = record
    return gold


def _city(name: str | None) -> str | None:
    """A city as the gazetteer names it ("New York" is "New York City"), lower-cased."""
    if not name:
        return None
    gaz = load_gazetteer()
    # "Washington, D.C." is the gazetteer's Washington
    known = gaz.city(name) or (gaz.city(name.split(",")[0]) if "," in name else None)
    # "Brasília" and "Brasilia" are one city: an accent is a spelling choice, and so is a
    # curly apostrophe ("Xi’an").
    plain = unicodedata.normalize("NFKD", known.name if known else name).replace("’", "'")
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _surname(name: str | None) -> str:
    """Surname slug, after mapping known spelling variants to one canonical name.

    "Zelenskyy" (VOA) and "Zelensky" are one person: a spelling choice must not count as
    a wrong person.
    """
    if not name:
        return ""
    people = load_people()
    listed = people.find(name) or people.by_surname(name)
    words = slugify(listed.name if listed else name).split("-")
    # "King Charles" and "Charles III", "Marcos" and "Marcos Jr.": a regnal number or a
    # generational suffix is not the name.
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1]


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi"})


def _gold_facts(meeting: Mapping[str, Any]) -> dict[str, Any]:
    people = [p for p in meeting.get("participants", []) if p.get("person")]
    countries = set(meeting.get("countries", []))
    return {
        "countries": countries,
        "persons": {_surname(p["person"]) for p in people},
        "person-country": {(_surname(p["person"]), p.get("represents") or "") for p in people},
        "hosts": {
            p["represents"]
            for p in meeting.get("participants", [])
            if p.get("role") == "host" and str(p.get("represents") or "").startswith("country:")
        },
        "date": meeting.get("date"),
        "city": _city(meeting.get("city")),
        "mode": meeting.get("mode") or "inPerson",
    }


def _predicted_facts(meeting: Meeting) -> dict[str, Any]:
    people = [p for p in meeting.participants if p.person]
    return {
        "countries": set(meeting.countries),
        "persons": {_surname(p.person) for p in people},
        "person-country": {(_surname(p.person), p.represents or "") for p in people},
        "hosts": {
            p.represents
            for p in meeting.participants
            if p.role == "host" and (p.represents or "").startswith("country:")
        },
        "date": meeting.date.isoformat() if meeting.date else None,
        "city": _city(meeting.place.name) if meeting.place else None,
        "mode": meeting.mode.value,
    }


def _dyads(facts: Iterable[Mapping[str, Any]]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for f in facts:
        cs = sorted(f["countries"])
        pairs |= {(a, b) for i, a in enumerate(cs) for b in cs[i + 1 :]}
    return pairs


_EXTRACTORS: dict[str, Callable[[list[dict[str, Any]]], set[Any]]] = {
    "participant countries": lambda fs: set().union(*(f["countries"] for f in fs)),
    "dyads": _dyads,
    "named persons": lambda fs: set().union(*(f["persons"] for f in fs)),
    "person-country": lambda fs: set().union(*(f["person-country"] for f in fs)),
    "host country": lambda fs: set().union(*(f["hosts"] for f in fs)),
    "meeting date": lambda fs: {f["date"] for f in fs if f["date"]},
    "meeting city": lambda fs: {f["city"] for f in fs if f["city"]},
    "mode": lambda fs: {f["mode"] for f in fs},
}


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pair gold and predicted meetings greedily by shared countries and persons."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = len(g["countries"] & p["countries"]) + len(g["persons"] & p["persons"])
            if shared:
                candidates.append((-shared, i, j))
    pairs, used_g, used_p = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return pairs


def score(
    gold: Mapping[str, Mapping[str, Any]],
    predicted: Mapping[str, Sequence[Meeting]],
) -> Evaluation:
    """Score predictions against gold, article by article (ids present in both)."""
    ev = Evaluation()
    for article_id in sorted(gold):
        gold_facts = [_gold_facts(m) for m in gold[article_id]["meetings"]]
        meetings = list(predicted.get(article_id, ()))
        pred_facts = [_predicted_facts(m) for m in meetings]
        result = ArticleResult(article_id)
        _count(
            ev.slots["meeting detection"],
            {"meeting"} if gold_facts else set(),
            {"meeting"} if pred_facts else set(),
            result,
            "meeting detection",
        )
        for slot, extract in _EXTRACTORS.items():
            _count(ev.slots[slot], extract(gold_facts), extract(pred_facts), result, slot)
        ev.count_errors.append(abs(len(gold_facts) - len(pred_facts)))
        if not gold_facts:
            ev.no_meeting_articles += 1
            ev.no_meeting_false_alarms += bool(pred_facts)
        pairs = _match(gold_facts, pred_facts)
        matched = {j for _, j in pairs}
        for i, j in pairs:
            if gold_facts[i]["date"]:
                ev.date_matches.append(gold_facts[i]["date"] == pred_facts[j]["date"])
        for j, m in enumerate(meetings):
            ev.calibration.append((m.confidence, j in matched))
        ev.articles.append(result)
    return ev


def _count(
    slot: SlotScore, gold: set[Any], pred: set[Any], result: ArticleResult, name: str
) -> None:
    slot.tp += len(gold & pred)
    slot.fp += len(pred - gold)
    slot.fn += len(gold - pred)
    if gold - pred:
        result.missed[name] = sorted(map(str, gold - pred))
    if pred - gold:
        result.spurious[name] = sorted(map(str, pred - gold))


def format_report(ev: Evaluation, *, title: str, articles: int) -> str:
    """The score table a person reads, with throughput, counts and calibration."""
    lines = [f"== {title} ({articles} articles) ==", f"{'slot':24}{'P':>7}{'R':>7}{'F1':>7}"]
    for name, s in ev.slots.items():
        lines.append(f"{name:24}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}")
    lines.append(f"{'date accuracy':24}{ev.date_accuracy:21.3f}")
    lines.append(f"{'meeting count error':24}{ev.meeting_count_error:21.3f}  (mean |pred - gold|)")
    lines.append(
        f"no-meeting articles with a predicted meeting: "
        f"{ev.no_meeting_false_alarms} / {ev.no_meeting_articles}"
    )
    rate = articles / ev.seconds if ev.seconds else float("inf")
    lines.append(f"throughput: {rate:.1f} articles/s ({ev.seconds:.2f} s extraction)")
    lines.append("confidence band   meetings  matched")
    for band, n, share in ev.calibration_table():
        lines.append(f"{band:18}{n:8d}  {share:7.3f}")
    return "\n".join(lines) + "\n"


def format_errors(ev: Evaluation) -> str:
    """Per article, what was missed and what was spurious, slot by slot."""
    out = []
    for r in ev.articles:
        if r.ok:
            continue
        out.append(f"-- {r.article_id}")
        for slot in SLOTS:
            if slot in r.missed:
                out.append(f"   missed   {slot}: {', '.join(r.missed[slot])}")
            if slot in r.spurious:
                out.append(f"   spurious {slot}: {', '.join(r.spurious[slot])}")
    return "\n".join(out) + ("\n" if out else "")


def evaluate_articles(
    nlp: Any, articles: Iterable[Any], gold: Mapping[str, Mapping[str, Any]]
) -> tuple[Evaluation, int]:
    """Extract the gold-annotated articles and score them; returns the scores and count.

    Only articles whose ``ref`` is in ``gold`` are extracted; every gold id must be found.
    """
    import time

    from diplograph.extract.pipeline import extract_articles

    wanted = [a for a in articles if a.ref in gold]
    missing = sorted(set(gold) - {a.ref for a in wanted})
    if missing:
        raise InputError(f"gold ids not found among the articles: {', '.join(missing[:5])}")
    start = time.perf_counter()
    predicted = {str(a.ref): meetings for a, meetings in extract_articles(nlp, wanted)}
    seconds = time.perf_counter() - start
    ev = score(gold, predicted)
    ev.seconds = seconds
    return ev, len(wanted)

"""From sentences to meetings: parties, roles, place, kind and confidence of each meeting.

Sentences are grouped into meetings by :mod:`~diplograph.extract.clusters`; this module
turns each group into a meeting draft and decides who hosted; dates are resolved later
against the article's metadata. Who is who comes from :mod:`~diplograph.extract.context`,
sides from :mod:`~diplograph.extract.sides` and places from
:mod:`~diplograph.extract.places`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span

from diplograph.agencies import agency_country
from diplograph.extract import cues
from diplograph.extract.accounts import Cluster
from diplograph.extract.clusters import group_sentences
from diplograph.extract.confidence import draft_confidence
from diplograph.extract.context import ArticleContext
from diplograph.extract.doctext import text_of
from diplograph.extract.layout import boilerplate_spans, find_body_start, in_spans
from diplograph.extract.mentions import find_parties
from diplograph.extract.modes import meeting_kind, meeting_mode
from diplograph.extract.names import forget_names, unread_name
from diplograph.extract.offices import one_body
from diplograph.extract.party import PartyMention
from diplograph.extract.places import meeting_place, visit_place
from diplograph.extract.recalled import told_as_a_leg
from diplograph.extract.reported import denied_between, is_denied
from diplograph.extract.roles import default_role, directed_role, roles_of_sides
from diplograph.extract.sides import (
    add_other_leader,
    affiliate_nationals,
    companions,
    drop_unnamed_duplicates,
    is_international,
    is_source,
)
from diplograph.extract.spans import count_countries, forget_spans
from diplograph.extract.splits import separate_calls, separate_visits
from diplograph.extract.stated_days import day_text, without_dateline
from diplograph.gazetteer import Gazetteer
from diplograph.model import Mode, Place, Role
from diplograph.people import People

__all__ = ["MeetingDraft", "PartyDraft", "find_meeting_drafts"]


@dataclass(frozen=True, slots=True)
class PartyDraft:
    """A resolved party of a meeting draft: canonical name, title, affiliation and role."""

    role: Role
    person: str | None
    title: str | None
    represents: str | None
    envoy: bool = False  # posted abroad (an ambassador): a credentials ceremony's guest


@dataclass(slots=True)
class MeetingDraft:
    """A meeting as read from a document, before its date is resolved."""

    sentences: list[tuple[int, int]]
    parties: list[PartyDraft]
    triggers: set[str]
    mode: Mode
    place: Place | None
    date_text: str
    dateline_date: str
    kind: str
    confidence: float
    topics_span: tuple[int, int] = (0, 0)
    inherited_from: int | None = None
    datelined: bool = False
    """Filed under a dateline: wire copy that reports the day's (or yesterday's) events."""
    news_day: str = ""
    """The story's first sentence, whose day is the news's ("announced on Friday ...")."""
    in_lead: bool = False
    """Told from the story's first sentence on: the news, whatever day it gives."""
    on_tour: bool = False
    """Told as a leg of a tour the story follows ("The tour began on Saturday in Istanbul")."""


def find_meeting_drafts(
    doc: Doc,
    gaz: Gazetteer,
    *,
    salience: dict[str, int] | None = None,
    people: People | None = None,
    layout: tuple[int, list[tuple[int, int]]] | None = None,
    agency: str | None = None,
    published: date | None = None,
) -> list[MeetingDraft]:
    """The meetings that ``doc`` reports, as drafts in order of first mention.

    When ``doc`` was parsed with sentences masked out (see
    :func:`diplograph.extract.rules.mask_unlikely`), the caller passes what it read from
    the whole article: ``salience`` (country mention counts), ``layout`` (body start and
    boilerplate spans), the news ``agency``'s country and the ``published`` date.
    """
    try:
        return _find_meeting_drafts(
            doc,
            gaz,
            salience=salience,
            people=people,
            layout=layout,
            agency=agency,
            published=published,
        )
    finally:
        forget_spans(doc)
        forget_names(doc)


def _find_meeting_drafts(
    doc: Doc,
    gaz: Gazetteer,
    *,
    salience: dict[str, int] | None = None,
    people: People | None = None,
    layout: tuple[int, list[tuple[int, int]]] | None = None,
    agency: str | None = None,
    published: date | None = None,
) -> list[MeetingDraft]:
    body_start, skip = layout or (find_body_start(text_of(doc)), boilerplate_spans(text_of(doc)))
    if agency is None:
        agency = agency_country(text_of(doc), body_start)
    ctx = ArticleContext(doc, gaz, body_start, people or People(()), agency, published)
    every = list(doc.sents)
    sentences = [
        s
        for s in every
        if s.end_char > body_start
        and not in_spans(s.start_char, s.start_char + len(s.text.rstrip()), skip)
        and s.text.strip()
    ]
    # Nobody in a dateline takes part ("Riyadh, Rabi Al-Akhir 04, 1445, ... SPA --").
    # ("Bogor, W Java (ANTARA) -": nor is "W Java" someone "Java" later names.)
    dateline = (ctx.dateline.start, ctx.dateline.end) if ctx.dateline else (0, 0)
    # A photo caption tells no meeting, but who is who: "Prime Minister Lawrence Wong (left)
    # and Malaysian Prime Minister Anwar Ibrahim at the Perdana Putra building" before "Mr
    # Wong" and "Mr Anwar" in the story.
    read = {s.start_char for s in sentences}
    captions = [s for s in every if _CAPTION.search(s.text) and s.start_char not in read]
    first = {s.start_char: find_parties(doc, s, gaz) for s in [*captions, *sentences]}
    for found in first.values():
        for p in found:
            if not dateline[0] <= p.start < dateline[1]:
                ctx.learn(p)
    known = ctx.known_names()
    parties_by_sentence = {
        s.start_char: companions(
            doc,
            [
                p
                # A sentence whose first reading found everyone learned then reads the same
                # the second time: that reading is kept rather than repeated.
                for p in (
                    find_parties(doc, s, gaz, known)
                    if unread_name(s.text, known, first[s.start_char])
                    else first[s.start_char]
                )
                if not dateline[0] <= p.start < dateline[1] and not is_source(p)
            ],
            ctx,
        )
        for s in sentences
    }
    for s in sentences:
        for p in parties_by_sentence[s.start_char]:
            ctx.learn(p)
    ctx.visited = visit_place(doc, gaz, sentences, ctx.home_city)
    if salience is None:
        salience = count_countries(doc, body_start, skip)
    ctx.set_salience(salience)
    denied = denied_between(sentences, parties_by_sentence, ctx)
    clusters = [
        call
        for cluster in group_sentences(sentences, parties_by_sentence, ctx)
        for visit in separate_visits(cluster, ctx)
        for call in separate_calls(visit, ctx)
        if not any(is_denied(_named(call, ctx), who) for who in denied)
    ]
    drafts: list[MeetingDraft] = []
    principal = _principal(clusters, ctx)
    # The story's first sentence, past its dateline (which the model may split off).
    lead_sentence = next(
        (s for s in sentences[:3] if without_dateline([s], ctx.dateline).strip()), None
    )
    lead = without_dateline([lead_sentence], ctx.dateline) if lead_sentence else ""
    for i, cluster in enumerate(clusters):
        end = (
            clusters[i + 1].sentences[0].start_char if i + 1 < len(clusters) else len(text_of(doc))
        )
        inherit = principal if cluster.new_cue else None
        told = next((d.place for d in reversed(drafts) if d.place is not None), None)
        draft = _draft(cluster, ctx, (cluster.sentences[0].start_char, end), inherit, told)
        if draft is None:
            continue
        if cluster.new_cue and drafts:
            draft.inherited_from = len(drafts) - 1
        draft.news_day = lead
        draft.in_lead = cluster.sentences[0] == lead_sentence
        opening = cluster.sentences[0]
        before = [s for s in sentences if s.end_char <= opening.start_char][-1:]
        # "From there Blinken flew to Jordan. In Amman on Sunday he was welcomed by ..."
        draft.on_tour = told_as_a_leg(" ".join(s.text for s in [*before, opening]))
        drafts.append(draft)
    return drafts


_CAPTION = re.compile(r"\((?:left|right|centre|center|L|R|C)\)|^\W*(?:Photo|Image|Caption)\b")


def _named(cluster: Cluster, ctx: ArticleContext) -> frozenset[str]:
    """The people a meeting names (by identity), or nothing when it names fewer than two."""
    named = frozenset(ctx.identity(r) for m, _ in cluster.mentions if (r := ctx.resolve(m)).person)
    return named if len(named) >= 2 else frozenset({"(fewer than two)"})


def _principal(clusters: list[Cluster], ctx: ArticleContext) -> PartyMention | None:
    """Whom an "also met" leaves unsaid: the named person in most meetings (Modi, not
    Zelensky, whom "the Prime Minister" met first), the first named of those tied."""
    resolved = [[ctx.resolve(m) for m, _ in c.mentions] for c in clusters]
    told = [{ctx.identity(r) for r in rs} for rs in resolved]
    named = [r for rs in resolved for r in rs if r.person]
    return max(named, key=lambda r: sum(ctx.identity(r) in t for t in told), default=None)


def _draft(
    cluster: Cluster,
    ctx: ArticleContext,
    segment: tuple[int, int],
    principal: PartyMention | None = None,
    place_before: Place | None = None,
) -> MeetingDraft | None:
    text = " ".join(s.text for s in cluster.sentences)
    told = text_of(ctx.doc)[slice(*cluster.clause)] if cluster.clause else None
    mode = meeting_mode(told or " ".join(s.text for _, s in cluster.triggers) or text)
    # Where the meeting was is said where the meeting is reported, not in the sentences
    # about what was discussed ("... the situation in Gaza").
    reporting = [
        *{id(s): s for _, s in cluster.triggers}.values(),
        # "... agreed in Beijing on Wednesday. The informal trilateral meeting ...": the lead
        # that names who met says where, too
        *cluster.lead_ins,
    ] or cluster.sentences
    if cluster.clause and (clause := ctx.doc.char_span(*cluster.clause, alignment_mode="expand")):
        reporting = [clause]  # one of two meetings one sentence tells: its own clause
    place = meeting_place(
        ctx.doc,
        ctx.gaz,
        mode,
        reporting,
        ctx.home_city,
        ctx.visited,
        cluster.sentences,
        fallback=False,
    )
    if place is None and mode is Mode.IN_PERSON:
        # "Later in the day, Jaishankar called on ...", "On Monday evening, Jaishankar met
        # Dr. Al Zayani": where the meeting told before was, rather than the dateline's city.
        place = place_before or ctx.visited or ctx.home_city
    resolved: dict[str, tuple[PartyMention, Role | None]] = {}
    first_said: dict[str, int] = {}  # the sentence a party's role was read from
    for m, sent_start in cluster.mentions:
        r = ctx.resolve(m)
        if (
            r.person is None
            and principal is not None
            and r.represents in (None, principal.represents)
            and r.title
            and principal.title
            and r.title.split()[-1].lower() in principal.title.lower().replace("-", " ").split()
        ):
            # "Earlier in the day, the Minister called on Vice-President Han Zheng": in an
            # "also" or "earlier" meeting, the office of the story's protagonist is he.
            r = replace(principal, start=r.start, end=r.end)
        if r.person is None and r.represents is None and not ctx.is_national_office(r.title):
            continue
        role = directed_role(r, sent_start, cluster)
        key = ctx.identity(r)
        if key in resolved:
            old, old_role = resolved[key]
            r = old.filled_from(r)
            if role is Role.HOST and first_said.get(key) == sent_start:
                # "Kamikawa, Wang and Park Jin discussed ... at the talks hosted by Park":
                # who the sentence says hosts does, whatever side of the verb they stood.
                old_role = role
            if old_role is None and role is not None:
                first_said[key] = sent_start
            role = old_role or role
        elif role is not None:
            first_said[key] = sent_start
        resolved[key] = (r, role)
    drop_unnamed_duplicates(resolved)
    if principal is not None and len(resolved) == 1:
        # "Later, the Ambassador of Uzbekistan also called on the Senate chairman": the
        # other side of an "also" meeting is the story's protagonist.
        first_trigger = cluster.triggers[0] if cluster.triggers else None
        role = None
        if first_trigger is not None and first_trigger[0].direction != "none":
            (only,) = resolved.values()
            before = only[0].start < first_trigger[1].start_char + first_trigger[0].start
            role = (
                Role.GUEST if (first_trigger[0].direction == "guest_first") != before else Role.HOST
            )
        resolved.setdefault(ctx.identity(principal), (principal, role))
    # "Both leaders" where the meeting is reported, not in "arranging a call between the
    # two leaders" further down.
    add_other_leader(resolved, ctx, " ".join(s.text for s in reporting))
    sideline = bool(cues.SIDELINES.search(text))
    affiliate_nationals(resolved, ctx, place, sideline)
    for key, (m, _) in list(resolved.items()):
        if m.person is None and m.represents is None:
            del resolved[key]  # an office named alone whose state the story never gives
    drop_unnamed_duplicates(resolved)
    if len(resolved) < 2:
        return None
    known_sides = {m.represents for m, _ in resolved.values()} - {None}
    if not known_sides or one_body(known_sides, ctx.gaz):
        return None  # no state at all ("Governor X and Mayor Y"), or one body's own organs
    if len(known_sides) == 1 and str(next(iter(known_sides))).startswith("country:"):
        # Everyone acts for one state: a domestic meeting, not a diplomatic one. Those of
        # no stated side in a story about that state's own affairs ("a Cabinet meeting
        # chaired by President Ruto, attended by Deputy President Kindiki") are its own.
        unplaced = [m for m, _ in resolved.values() if m.represents is None]
        abroad = any(is_international(ctx, m) for m in unplaced)
        if not unplaced or (ctx.home_for(set()) in known_sides and not abroad):
            return None
    host_country = place.country if place else ctx.home if mode is Mode.IN_PERSON else None
    remote = mode is not Mode.IN_PERSON  # nobody hosts a call, whoever "received" it
    side_role = roles_of_sides(resolved.values())
    parties = [
        PartyDraft(
            Role.ATTENDEE
            if remote
            else role
            or side_role.get(m.represents or "")
            or default_role(m, mode, host_country, resolved),
            m.person,
            m.title,
            m.represents,
            m.envoy,
        )
        for m, role in resolved.values()
    ]
    host_sides = {p.represents for p in parties if p.role is Role.HOST}
    if len(host_sides) > 1 and host_country in host_sides:
        # "Presidents Tokayev, Japarov, Rahmon, ... and Mirziyoyev, who hosted the summit":
        # the host is the one whose country the summit is in.
        parties = [
            replace(p, role=Role.ATTENDEE)
            if p.role is Role.HOST and p.represents != host_country
            else p
            for p in parties
        ]
    names = {t.name for t, _ in cluster.triggers}
    kind = meeting_kind(names, text, mode)
    sides_taking_part = {p.represents for p in parties if p.represents}
    if kind == "bilateral-talks" and len(sides_taking_part) > 2:
        kind = "multilateral-meeting"
    # The trigger sentence's own day first: "The two leaders met on Wednesday" after a
    # lead-in saying what "Malacañang said Thursday".
    telling = [*{id(s): s for _, s in cluster.triggers}.values(), *cluster.lead_ins]
    if told is not None and cluster.clause and cluster.dated_from is not None:
        told = text_of(ctx.doc)[cluster.dated_from : cluster.clause[1]]
    date_text = day_text(telling, cluster.sentences, cluster.day, ctx, told)
    return MeetingDraft(
        sentences=[_trimmed(s) for s in cluster.sentences],
        parties=parties,
        triggers=names,
        mode=mode,
        place=place,
        date_text=date_text,
        dateline_date=ctx.dateline.date_text if ctx.dateline else ctx.lead_date,
        kind=kind,
        confidence=draft_confidence(
            names,
            named=sum(1 for p in parties if p.person),
            sides=len({p.represents for p in parties if p.represents}),
            sentences=len(cluster.sentences),
        ),
        topics_span=segment,
        datelined=ctx.dateline is not None or ctx.dated_lead,
    )


def _trimmed(sent: Span) -> tuple[int, int]:
    """A sentence's character span without the blank (masked) text around it."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return sent.start_char, sent.start_char
    return words[0].idx, words[-1].idx + len(words[-1].text)

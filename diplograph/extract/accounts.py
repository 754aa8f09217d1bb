"""A meeting's account: the sentences that tell one meeting, and what they say of it.

:mod:`~diplograph.extract.clusters` decides which sentence goes to which account; this
module owns the record and the questions asked of it: which sides it names, whether it is a
summit, and whether a sentence goes on with it (a summit's roll call).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from diplograph.extract import cues, rules
from diplograph.extract.context import ArticleContext
from diplograph.extract.doctext import text_of
from diplograph.extract.modes import meeting_mode
from diplograph.extract.party import PartyMention
from diplograph.extract.presence import is_presence_statement
from diplograph.extract.spans import sentence_spans
from diplograph.extract.subjects import at_the_summit
from diplograph.model import Mode

__all__ = [
    "Cluster",
    "body_officials",
    "calls_the_roll",
    "extend",
    "gathering_of",
    "is_summit",
    "present_at",
    "sides",
    "splits_off",
    "told_on",
]


@dataclass(slots=True)
class Cluster:
    """The sentences of one meeting, with the parties they name and their triggers."""

    sentences: list[Span] = field(default_factory=list)
    mentions: list[tuple[PartyMention, int]] = field(default_factory=list)
    triggers: list[tuple[rules.TriggerMatch, Span]] = field(default_factory=list)
    lead_ins: list[Span] = field(default_factory=list)
    """Sentences that name the "they" of a trigger sentence; they may date the meeting."""
    new_cue: bool = False
    day: str | None = None
    """The day its trigger sentences state, if they state one (see ``stated_days.stated_day``)."""
    heading: bool = False
    """It holds only a readout's heading so far ("Secretary Rubio's Meeting with ...")."""
    clause: tuple[int, int] | None = None
    """The part of its sentence that tells it, when the sentence tells two meetings."""
    roll_call: int = -1
    """Where the last sentence it took for the leaders who speak in it ends (``at_the_summit``)."""
    dated_from: int | None = None
    """Where the text that dates it starts, when before its clause ("paid a state visit in
    late May, during which he held talks with Raisi | and met Khamenei")."""


def told_on(cluster: Cluster, sent: Span, ctx: ArticleContext) -> bool:
    """True when ``sent`` follows the summit's account within a sentence or two, with
    nothing but such sentences between ("The talks were dominated by Ukraine. French
    President Emmanuel Macron announced ...")."""
    last = cluster.sentences[-1]
    return (
        not text_of(ctx.doc)[last.end_char : sent.start_char].strip()
        and len(cluster.sentences) >= 2
        and (cues.is_anaphoric_meeting_reference(last.text) or cluster.roll_call == last.end_char)
        and all(s is not last for _, s in cluster.triggers)  # it told no meeting itself
    )


def calls_the_roll(cluster: Cluster, sent: Span, ctx: ArticleContext) -> bool:
    """True when ``sent`` comes right after the sentence that tells the summit, in the same
    paragraph ("The Italian prime minister greeted her counterparts one by one ...
    Washington's Joe Biden arrived late morning"): the leaders it names next are its
    members."""
    last = cluster.sentences[-1]
    # (nothing between, not even a sentence blanked for the model: see ``masking``)
    gap = text_of(ctx.doc)[last.start_char + len(last.text.rstrip()) : sent.start_char]
    return (
        not gap.strip()
        and len(gap) <= _PARAGRAPH_BREAK
        and any(s is last for _, s in cluster.triggers)
        and bool(cues.SUMMIT_WORDS.search(last.text))
        # ("The prime minister said he had spoken to Trump before the summit")
        and meeting_mode(last.text) is Mode.IN_PERSON
    )


_PARAGRAPH_BREAK = 4


def sides(mentions: list[PartyMention], ctx: ArticleContext) -> set[str]:
    """The states and bodies the mentions act for, as the story resolves them."""
    return {r.represents for m in mentions if (r := ctx.resolve(m)).represents}


def is_summit(cluster: Cluster, ctx: ArticleContext) -> bool:
    """A meeting told as a summit ("a two-day summit") or of three sides or more."""
    return len(sides([m for m, _ in cluster.mentions], ctx)) >= 3 or any(
        cues.SUMMIT_WORDS.search(t.text) for _, t in cluster.triggers
    )


def extend(
    cluster: Cluster,
    sent: Span,
    mentions: list[PartyMention],
    triggers: list[rules.TriggerMatch],
) -> None:
    """Adds the sentence to the account, with the parties it names and its triggers."""
    cluster.sentences.append(sent)
    for m in mentions:
        cluster.mentions.append((m, sent.start_char))
    for t in triggers:
        cluster.triggers.append((t, sent))


def body_officials(
    cluster: Cluster, sent: Span, mentions: list[PartyMention], ctx: ArticleContext
) -> list[PartyMention]:
    """The summit's own body's officials who speak or act in a sentence told soon after
    its account ("GCC Secretary-General Jasem Albudaiwi read out the final communique"; "The
    President of the ECOWAS Commission, Dr Omar Touray, said ..."): they were at it."""
    gap = text_of(ctx.doc)[cluster.sentences[-1].end_char : sent.start_char]
    if len(_SENTENCE_END.findall(gap)) > 1:
        return []
    first = cluster.sentences[0]
    bodies = {r for m, _ in cluster.mentions if (r := ctx.resolve(m).represents)} | {
        s.id_ for s in sentence_spans(ctx.doc, first) if s.label_ == "ORG"
    }
    if about := ctx.main_organisation():
        bodies.add(about)  # the body the story is about
    return [
        m
        for m in mentions
        if m.person
        and (r := ctx.resolve(m).represents)
        and r.startswith("org:")
        and r in bodies
        and _BODY_ACTS.match(text_of(ctx.doc), m.end)
    ]


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_BODY_ACTS = re.compile(
    r"(?:,[^,.;]{0,80},)?,?\s*(?:(?:also|later|then)\s+)?(?:said|told|read out|read|presented|"
    r"delivered|announced|stressed|noted|urged|called)\b"
)


def present_at(
    cluster: Cluster, sent: Span, mentions: list[PartyMention], ctx: ArticleContext
) -> list[PartyMention]:
    """The leaders a sentence puts at the summit just told (``subjects.at_the_summit``)."""
    there = at_the_summit(ctx.doc, sent, mentions, told_on=told_on(cluster, sent, ctx))
    there += body_officials(cluster, sent, mentions, ctx)
    if there or not calls_the_roll(cluster, sent, ctx):
        return there
    # "... greeted her counterparts one by one. Washington's Joe Biden arrived late
    # morning": a roll call names other states ("Trump, hosting Rutte, said a summit would
    # not help. Treasury Secretary Scott Bessent said ..." is not one).
    told = sides([m for m, _ in cluster.mentions], ctx)
    return [
        m
        for m in at_the_summit(ctx.doc, sent, mentions, told_on=True)
        if ctx.resolve(m).represents not in told
    ]


def splits_off(
    cluster: Cluster, sent: Span, mentions: list[PartyMention], ctx: ArticleContext
) -> bool:
    """Two of a summit's leaders in a meeting of their own ("Before the opening session,
    Sheikh Meshal and the Qatari emir held a tête-à-tête"): a separate, bilateral meeting
    (not "Hun Manet and Pham Minh Chinh were among those attending": the summit's)."""
    summit = sides([m for m, _ in cluster.mentions], ctx)
    two = len(sides(mentions, ctx)) == 2
    return len(summit) >= 4 and two and not is_presence_statement(sent.text)


def gathering_of(
    current: Cluster, clusters: list[Cluster], present: list[PartyMention], ctx: ArticleContext
) -> Cluster:
    """ "He also held a separate meeting with the crown prince on the sidelines of the
    gathering. Abbas, Erdogan, Tamim and Assad also took part": three states or more said
    to be present after a sideline meeting were at the summit it was on the sidelines of."""
    first = current.sentences[0].text
    if len(sides(present, ctx)) < 3 or not cues.SIDELINES.search(first):
        return current
    return next((c for c in reversed(clusters) if c is not current and is_summit(c, ctx)), current)

"""One group of sentences that tells several meetings, split into one group per meeting.

"Both Sheinbaum and Trudeau told Trump in phone conversations ..." is two calls; "Misri
called on Chief Adviser Yunus and later met Foreign Adviser Touhid Hossain" is two
meetings; "Sunak met Mitsotakis, while Macron held talks with Lula" is two pairs. The
grouping of sentences into meetings is :mod:`~diplograph.extract.clusters`; this module
only divides what it grouped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from diplograph.extract.accounts import Cluster
from diplograph.extract.context import ArticleContext
from diplograph.extract.doctext import text_of
from diplograph.extract.party import PartyMention

__all__ = ["separate_calls", "separate_visits"]


# "told Trump in phone conversations last week", "spoke separately with A and B".
_SEVERAL_CALLS = re.compile(
    r"\b(?:(?:phone|telephone|video) (?:calls|conversations)|"
    r"separate (?:phone |telephone |video )?(?:calls|conversations)|"
    # "held separate bilateral meetings with Japanese Prime Minister Shigeru Ishiba and New
    # Zealand Prime Minister Christopher Luxon"
    r"separate (?:bilateral |one-on-one )?(?:meetings|talks)|spoke separately|met separately|"
    # "Blinken met Jordan's King Abdullah II and, separately, President Mahmoud Abbas"
    r"and,? separately,|"
    # "To Lam also met with Chinese Premier Li Qiang and Zhao Leji, chairman of the NPC
    # Standing Committee, respectively"
    r"(?:met|met with|held talks with|called on) [^.;]{0,160}\brespectively\b|"
    # "Kissinger also met Wang Yi, China's top diplomat, on Wednesday, and Defense
    # Minister Li Shangfu on Tuesday": each on a day of his own
    r"\b(?:met|met with|held talks with|called on) [^.;]{0,120}\bon (?P<d1>(?:Mon|Tues|Wednes|"
    r"Thurs|Fri|Satur|Sun)day),? and [^.;]{0,80}\bon (?!(?P=d1))(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day\b)",
    re.IGNORECASE,
)


def separate_calls(cluster: Cluster, ctx: ArticleContext) -> list[Cluster]:
    """One call per counterpart when a sentence reports several calls with one person.

    "Both Sheinbaum and Trudeau told Trump in phone conversations ...": Trump spoke with
    each of them; Mexico and Canada did not talk to each other.
    """
    # (the sentences after it may go back to one of the calls: "During his call with King
    # Abdullah, Sheikh Mohamed underlined ...")
    first = cluster.triggers[0][1] if cluster.triggers else None
    own = [t for t, s in cluster.triggers if s is first]
    # (two words of one predicate: "received on Monday phone calls from King Hamad, ...")
    if len(own) != 1 and not (len(own) == 2 and own[1].start - own[0].end < 25):
        return [cluster]
    trigger, sent = cluster.triggers[0]
    several = _SEVERAL_CALLS.search(sent.text)
    if not several:
        return [cluster]
    at = sent.start_char + trigger.start
    before: dict[str, tuple[PartyMention, int]] = {}
    after: dict[str, tuple[PartyMention, int]] = {}
    for m, s in cluster.mentions:
        r = ctx.resolve(m)
        if s == sent.start_char and (r.person or r.represents):
            (before if m.start < at else after).setdefault(ctx.identity(r), (m, s))
    everyone = {**after, **before}  # a party's first mention in the sentence
    # The one they all spoke to: alone on one side of the calls, or the one "told".
    if len(before) == 1 and len(after) >= 2:
        hubs = list(before)
    elif len(after) == 1 and len(before) >= 2:
        hubs = list(after)
    else:
        text = text_of(ctx.doc)
        hubs = [
            key
            for key, (m, _) in everyone.items()
            if _SPOKEN_TO.search(text[max(sent.start_char, m.start - 50) : m.start])
        ]
    if len(hubs) != 1 or len(everyone) < 3:
        return [cluster]
    center = everyone[hubs[0]]
    others = sorted((o for k, o in everyone.items() if k != hubs[0]), key=lambda o: o[0].start)
    ends = [o[0].start for o in others[1:]] + [sent.end_char]
    own_days = several.group("d1") is not None
    return [
        Cluster(
            sentences=list(cluster.sentences),
            mentions=[center, other],
            triggers=list(cluster.triggers),
            lead_ins=list(cluster.lead_ins),
            new_cue=cluster.new_cue,
            day=cluster.day,
            # "... met Wang Yi on Wednesday, and Li Shangfu on Tuesday": each dated by the
            # words from its own name to the next one's
            clause=(sent.start_char, end) if own_days else None,
            dated_from=other[0].start if own_days and i else None,
        )
        for i, (other, end) in enumerate(zip(others, ends, strict=True))
    ]


def separate_visits(cluster: Cluster, ctx: ArticleContext) -> list[Cluster]:
    """Two meetings a visitor had, told in one sentence: "Misri called on Chief Adviser
    Yunus at Jamuna and met Foreign Adviser Touhid Hossain at the foreign ministry".

    The visitor (named before the first meeting verb) meets the ones named after each
    verb; whoever the other sentences add (companions) was at both.
    """
    for sent in {id(s): s for _, s in cluster.triggers}.values():
        found = sorted(
            (t for t, s in cluster.triggers if s is sent and t.name != "video"),
            key=lambda t: t.start,
        )
        for first, second in pairwise(found):
            if second.start < first.end:
                continue
            own = [(m, s) for m, s in cluster.mentions if s == sent.start_char]
            rest = [(m, s) for m, s in cluster.mentions if s != sent.start_char]
            other = _WHILE.search(sent.text, first.end, second.start)
            if other is not None:
                # "Sunak met Mitsotakis on the sidelines, while Macron held talks with Lula":
                # two pairs, two meetings.
                cut = sent.start_char + other.start()
                pairs = (
                    [(m, s) for m, s in own if m.start < cut],
                    [(m, s) for m, s in own if m.start >= cut],
                )
                if all(len(_resolved_keys(pair, ctx)) >= 2 for pair in pairs):
                    # Each is dated and placed by its own clause: "Xi held a phone call
                    # with Trump on Friday, and Xi and Putin met in Kazan in October".
                    return [
                        replace(
                            cluster, mentions=[*pairs[0], *rest], clause=(sent.start_char, cut)
                        ),
                        replace(
                            cluster,
                            mentions=[*pairs[1], *rest],
                            new_cue=True,
                            clause=(cut, sent.end_char),
                        ),
                    ]
                continue
            then = _AND_THEN.search(sent.text, first.end, second.start)
            if not then:
                continue
            cut = sent.start_char + second.start
            opening = sent.start_char + first.start
            visitor = [(m, s) for m, s in own if m.end <= opening]
            one = [(m, s) for m, s in own if opening <= m.start < cut]
            two = [(m, s) for m, s in own if m.start >= cut]
            if not visitor and re.match(r"\W*(?:before|after)\b", then.group()):
                # "the secretary held talks with Prince Faisal before flying to Abu Dhabi,
                # where he was received by ...": the visitor is the "he" of the second
                text = text_of(ctx.doc)
                visitor = [
                    (m, s) for m, s in one if text[m.start : m.end].lower() in ("he", "she", "they")
                ]
                one = [pair for pair in one if pair not in visitor]
            if not (visitor and _named(one, ctx) and _named(two, ctx)):
                continue
            # Later sentences about one of the two meetings ("The Dar-Muttaqi talks ...")
            # do not bring its host into the other.
            ones = {ctx.identity(ctx.resolve(m)) for m, _ in one}
            twos = {ctx.identity(ctx.resolve(m)) for m, _ in two}
            rest_one = [(m, s) for m, s in rest if ctx.identity(ctx.resolve(m)) not in twos]
            rest_two = [(m, s) for m, s in rest if ctx.identity(ctx.resolve(m)) not in ones]
            # Each told by its own clause: "held talks in the Saudi capital with Prince Faisal
            # | before flying to Abu Dhabi, where he was received by ..."
            turn = sent.start_char + then.start()
            return [
                replace(
                    cluster,
                    mentions=[*visitor, *one, *rest_one],
                    triggers=list(cluster.triggers),
                    clause=(sent.start_char, turn),
                ),
                replace(
                    cluster,
                    mentions=[*visitor, *two, *rest_two],
                    triggers=list(cluster.triggers),
                    new_cue=True,
                    clause=(turn, sent.end_char),
                    dated_from=sent.start_char,
                ),
            ]
    return [cluster]


# "called on the Chief Adviser ... and met", "... and later led the Pakistani side in"
_AND_THEN = re.compile(
    r"\band (?:later |then |subsequently |also )?(?:[\w-]+ ){0,6}$"
    # "paid a courtesy call on the Governor-General ..., ahead of his bilateral meeting with"
    r"|,\s*(?:ahead of|before|after|following) (?:his|her|their) (?:[\w-]+ ){0,2}$"
    # "held talks in the Saudi capital with Prince Faisal before flying to Abu Dhabi, where
    # he was received by ..."
    r"|\b(?:before|after) (?:flying|travell?ing|heading|leaving|moving on|driving) (?:on )?"
    r"(?:to|for) [^,;.]{1,40},\s*where (?:he|she|they) $"
)


_WHILE = re.compile(r"[,;]\s*(?:while|whereas|and)\s+(?=(?-i:[A-Z]))|;\s+")


def _resolved_keys(mentions: list[tuple[PartyMention, int]], ctx: ArticleContext) -> set[str]:
    return {ctx.identity(r) for m, _ in mentions if (r := ctx.resolve(m)).person or r.represents}


def _named(mentions: list[tuple[PartyMention, int]], ctx: ArticleContext) -> bool:
    return any((r := ctx.resolve(m)).person or r.represents for m, _ in mentions)


# "told U.S. President Donald Trump", "with Trump": the object, past its title.
_SPOKEN_TO = re.compile(r"\b(?:told|with|to)\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,4}$")

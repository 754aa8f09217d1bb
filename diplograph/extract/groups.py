"""Sides named by their state alone: "Ukrainian officials", "Pakistan-Kazakhstan consultations",
"ministers from Britain, Canada and France", the G7's foreign ministers.

Unnamed like the envoys of :mod:`~diplograph.extract.mentions`, but with no title to
start from: the state (or the fixed membership of a group) is the whole of the party.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span

from diplograph.extract.doctext import text_of
from diplograph.extract.party import PartyMention
from diplograph.extract.presence import COUNTED_STATES, NUMBERS
from diplograph.extract.state_lists import LIST_GAP, as_state, country_list_after, members_listed
from diplograph.gazetteer import Gazetteer

__all__ = ["FIXED_MEMBERS", "MINISTRIES", "counted_members", "state_groups"]


# Unnamed sides named by their state: "Ukrainian officials", "the U.S. and Iranian
# delegations", "Indian and Chinese negotiators".
_GROUP = re.compile(
    r"\s*(?:officials?|delegations?|teams?|negotiators?|diplomats?|envoys?|counterparts?|"
    r"representatives?|leaders?|ministers|side|sides|government|authorities|"
    # "Thailand, the Philippines and Laos were represented by their foreign ministers"
    r"(?:was|were) represented by (?:their|its) (?:[\w-]+ ){0,2}(?:ministers?|envoys?|"
    r"ambassadors?|deputies|deputy|delegations?)|"
    # "while Ecuador, Guyana, Suriname and Venezuela sent ministers"
    # (not "Russia sent Foreign Minister Sergei Lavrov": someone named)
    r"sent (?:their |its )?(?:[\w-]+ )?(?:ministers|envoys|delegations|representatives|"
    r"delegates)(?!\s+(?-i:[A-Z]))|"
    r"(?:was|were) represented at (?:the )?"
    r"(?:ministerial|ambassadorial|[\w-]+) level|"
    # "The Czech Republic, whose president-elect takes office in March, was represented by a
    # government delegation"
    r",[^,.;]{0,80},\s*(?:was|were) represented by (?:a|an|its|their) (?:[\w-]+ ){0,2}"
    r"(?:ministers?|envoys?|ambassadors?|deputies|deputy|delegations?))\b",
    re.IGNORECASE,
)


# "the Foreign Office summoned Sweden's charge d'affaires": the ministry acts for its
# state, which the story's dateline or its country names (the name is shared).
MINISTRIES = frozenset(
    {
        "Foreign Office",
        "Foreign Ministry",
        "Ministry of Foreign Affairs",
        "Ministry of External Affairs",
    }
)
_MINISTRY_ACTS = re.compile(
    r"\b(?:[Tt]he )?(Foreign Office|Foreign Ministry|Ministry of (?:Foreign|External) "
    r"Affairs)(?= (?:on \w+ |today |yesterday |also |later )?(?:summoned|received)\b)"
)


def state_groups(
    doc: Doc,
    spans: list[Span],
    sent: Span,
    used: set[tuple[int, int]],
    gaz: Gazetteer | None = None,
) -> list[PartyMention]:
    """The sentence's states that stand for a side by themselves (not already in ``used``)."""
    found: list[PartyMention] = []
    states = [s for s in spans if s.label_ in ("COUNTRY", "DEMONYM", "ORG")]
    for i, span in enumerate(states):
        if (span.start_char, span.end_char) in used:
            continue
        group = _GROUP.match(text_of(doc), span.end_char, sent.end_char)
        if not group:
            continue
        if span.label_ == "ORG" and (
            listed := members_listed(doc, spans, group.end(), sent.end_char, gaz)
        ):
            # "the G-7 leaders — from the United States, Japan, Germany, ...": the members
            used.add((span.start_char, span.end_char))
            _add_states(found, used, listed, group.group(0).strip().lower())
            continue
        members = [span]
        for prev in reversed(states[:i]):
            gap = text_of(doc)[prev.end_char : members[0].start_char]
            if not LIST_GAP.match(gap) or (prev.start_char, prev.end_char) in used:
                break
            members.insert(0, prev)
        noun: str | None = (
            group.group(0).strip().lower().split(" by their ")[-1].split(" by its ")[-1]
        )
        if noun and " represented at " in noun:
            noun = None  # "were represented at ministerial level": by someone unnamed
        elif noun and noun.startswith("sent "):
            noun = noun.split()[-1].removesuffix("s")  # "sent ministers": a minister each
        for m in members:
            used.add((m.start_char, m.end_char))
            found.append(PartyMention(m.start_char, m.end_char, None, noun, m.id_, False, True))
    # "The seventh round of Pakistan-Kazakhstan Bilateral Political Consultations was held":
    # the two states of a hyphenated pair are the sides of the talks it names.
    for first, second in pairwise(states):
        if (first.start_char, first.end_char) in used or (
            second.start_char,
            second.end_char,
        ) in used:
            continue
        if text_of(doc)[first.end_char : second.start_char] not in ("-", "–", "/"):
            continue
        if not _PAIR_TALKS.match(text_of(doc), second.end_char, sent.end_char):
            continue
        if _PREPARING.search(
            text_of(doc), max(sent.start_char, first.start_char - 60), first.start_char
        ):
            continue  # "a meeting devoted to the preparations for the Morocco-Spain meeting"
        for m in (first, second):
            used.add((m.start_char, m.end_char))
            found.append(PartyMention(m.start_char, m.end_char, None, None, m.id_, False, True))
    for ministry in _MINISTRY_ACTS.finditer(text_of(doc), sent.start_char, sent.end_char):
        where = (ministry.start(1), ministry.end(1))
        if where not in used:
            used.add(where)
            found.append(PartyMention(*where, None, ministry.group(1), None))
    # "brought together ministers from Britain, Canada, France, ...": the group noun first.
    for head in _GROUP_FROM.finditer(text_of(doc), sent.start_char, sent.end_char):
        noun = head.group(1).lower()
        listed = country_list_after(doc, spans, head.end(1), sent.end_char, gaz)
        if not listed:
            # "of the 10 Asean member states": a bloc counted
            listed = [
                s
                for s in spans
                if s.label_ == "ORG"
                and s.start_char > head.end(1)
                and _OF_BLOC.fullmatch(text_of(doc), head.end(1), s.start_char)
            ]
        if len(listed) == 1 and listed[0].label_ == "ORG":
            # "leaders of the 10 Asean member states – Brunei, Cambodia, ...": its members
            listed = members_listed(doc, spans, listed[0].end_char, sent.end_char, gaz) or listed
        _add_states(found, used, listed, noun)
    # "... – the six GCC states of Bahrain, Kuwait, Oman, ...": a bloc's states, listed.
    for span in spans:
        if span.label_ == "ORG" and (
            bloc := _BLOC_STATES_OF.match(text_of(doc), span.end_char, sent.end_char)
        ):
            after = country_list_after(doc, spans, bloc.end() - len(" of"), sent.end_char, gaz)
            listed = [s for a in after if (s := as_state(a, gaz)) is not None]
            _add_states(found, used, listed, None)
    return found


def _add_states(
    found: list[PartyMention], used: set[tuple[int, int]], listed: list[Span], noun: str | None
) -> None:
    for m in listed:
        if (m.start_char, m.end_char) in used:
            continue
        used.add((m.start_char, m.end_char))
        found.append(PartyMention(m.start_char, m.end_char, None, noun, m.id_, False, True))


_OF_BLOC = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?:[a-z-]+\s+)?"
)
_BLOC_STATES_OF = re.compile(r"\s+(?:member )?(?:states|countries|nations) of\b")


# Groups whose members have not changed in the years the project reads (G7 since 2014, the
# Quad since 2017, the GCC since 1981): their leaders, ministers or envoys meeting as a
# group are each member's.
FIXED_MEMBERS: dict[str, tuple[str, ...]] = {
    "org:G7": tuple(f"country:{c}" for c in ("CA", "FR", "DE", "IT", "JP", "GB", "US")),
    "org:QUAD": tuple(f"country:{c}" for c in ("AU", "IN", "JP", "US")),
    "org:GCC": tuple(f"country:{c}" for c in ("BH", "KW", "OM", "QA", "SA", "AE")),
}


_PAIR_TALKS = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:talks|consultations|dialogue|negotiations|summit|meeting|"
    r"strategic dialogue|political consultations)\b"
    r"(?!,? (?:is|are|will|would|to be|due|set|scheduled|expected|planned)\b)",
    re.IGNORECASE,
)
_PREPARING = re.compile(
    r"\b(?:preparations?|prepare|preparing|ahead of|run-up to|planning|plans) (?:for )?(?:the )?"
    r"(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)


_GROUP_FROM = re.compile(
    r"\b(leaders|(?:foreign |defen[cs]e |finance |trade )?ministers|officials|delegations|"
    # "joined her counterparts from France, Germany, Italy, Japan, ..."
    r"representatives|envoys|diplomats|counterparts|heads of state(?: and government)?|"
    r"heads of government)"
    r"(?= (?:from|of) )",
    re.IGNORECASE,
)


def counted_members(doc: Doc, sent: Span, gaz: Gazetteer) -> list[PartyMention]:
    """The states of "the six countries" when the sentence just before lists six (read
    from the text and the gazetteer: the model may not have read that sentence)."""
    m = COUNTED_STATES.search(sent.text)
    if m is None:
        return []
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else NUMBERS[word]
    text = text_of(doc)
    end = len(text[: sent.start_char].rstrip())
    start = max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1
    states: dict[str, PartyMention] = {}
    for item in re.finditer(r"(?:(?!\s+(?:and|or)\s)[^,;])+", text[start:end].rstrip(".")):
        words = re.sub(r"^\s*(?:and|or)\s+", "", item.group()).split()
        for k in range(min(4, len(words)), 0, -1):  # "grouping of China": its last words
            country = gaz.country_by_name(" ".join(words[-k:]))
            if country is not None:
                key = f"country:{country.iso2}"
                where = start + item.end()
                states.setdefault(key, PartyMention(where, where, None, None, key, False, True))
                break
    return list(states.values()) if len(states) == n else []

"""Lists of states: "the ambassadors of Bahrain, Egypt, Iraq and Yemen", "the foreign
ministers of the Quad (India, Japan, ...)".

A title or a bloc followed by the states it stands for; each listed state is a side of its
own. Used by :mod:`~diplograph.extract.mentions` and :mod:`~diplograph.extract.groups`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from diplograph.extract.doctext import text_of
from diplograph.extract.party import PartyMention
from diplograph.extract.spans import sentence_spans
from diplograph.gazetteer import Gazetteer

__all__ = ["LIST_GAP", "as_state", "country_list_after", "members_listed", "represented_states"]


# Between listed states: commas, "and", and the formal style the gazetteer leaves out
# ("the Republic of The Gambia", "the Hashemite Kingdom of Jordan").
LIST_GAP = re.compile(
    r"^(?:\s*(?:,|and|&|as well as|the|plus|host|(?:(?:Islamic|Federal|Federative|Democratic|"
    r"People's|Arab|United|Hashemite|Socialist|Plurinational|Bolivarian|Co-?operative)\s+)*(?:Republic|"
    r"Kingdom|State|Sultanate|Emirate|Federation|Commonwealth|Principality|Grand Duchy)\s+of)"
    r"\s*)*$",
    re.IGNORECASE,
)
_ENVOY_PREP = re.compile(  # "The new Ambassadors represent the Kingdom of Sweden, ..."
    # ("the ambassadors in Cairo of Brazil, Japan and Malta": where they are posted first)
    r"^\s*(?:(?:in|to) (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? )?"
    r"(?:of|from|for|represent(?:ing)?|(?:accredited|are|come) from)\s+",
    re.I,
)
# "the High Commissioner for the Republic of Botswana" is Botswana's; a "Special
# Representative for Afghanistan" is posted there, not sent by it.
_POSTED_FOR = re.compile(r"\b(?:Special|Personal) (?:Representative|Envoy|Coordinator)s?$", re.I)


def country_list_after(
    doc: Doc, spans: list[Span], start_char: int, ceiling: int, gaz: Gazetteer | None = None
) -> list[Span]:
    """Countries listed after an envoy title: "of Bahrain, Egypt, Iraq and Yemen" (and
    "Singapore", also a city, among them)."""
    rest = text_of(doc)[start_char:ceiling]
    m = _ENVOY_PREP.match(rest)
    if not m:
        return []
    if m.group().strip().lower() == "for" and _POSTED_FOR.search(
        text_of(doc), max(0, start_char - 40), start_char
    ):
        return []
    cursor = start_char + m.end()
    found: list[Span] = []
    for span in [s for s in spans if s.start_char >= cursor and s.end_char <= ceiling]:
        gap = text_of(doc)[cursor : span.start_char]
        # ("the High Commissioner of New Zealand": a state's name the demonym list has too)
        named = span.label_ == "DEMONYM" and gaz is not None and gaz.country_by_name(span.text)
        if (
            span.label_ in ("CITY", "DEMONYM")
            and (found or named)
            and (state := as_state(span, gaz))
        ):
            span = state
        if span.label_ not in ("COUNTRY", "ORG") or not LIST_GAP.match(gap):
            break
        found.append(span)
        cursor = span.end_char
    return found


# "the ambassadors of the GCC states accredited to the Kingdom -- Saudi Arabia, the United
# Arab Emirates, ..." and "the foreign ministers of the Quad (India, Japan, ...)"
# ("the G-7 leaders — from the United States, Japan, Germany, ...")
_MEMBERS_FOLLOW = re.compile(
    r"(?:\s*\([A-Z]{2,8}\))?[^.;:()\n]{0,80}?(?:\s(?:--|—|–)|:|\()\s*(?:from\s+)?"
)


def members_listed(
    doc: Doc, spans: list[Span], start_char: int, ceiling: int, gaz: Gazetteer | None = None
) -> list[Span]:
    """The member states a group's name is followed by, set off by a dash, colon or
    bracket; none unless at least two.

    In a list of states, "Myanmar" (also a demonym) and "Singapore" (also a city) are the
    states; they come back as COUNTRY spans."""
    m = _MEMBERS_FOLLOW.match(text_of(doc), start_char, ceiling)
    if not m:
        return []
    cursor = m.end()
    found: list[Span] = []
    for span in [s for s in spans if s.start_char >= cursor and s.end_char <= ceiling]:
        if not LIST_GAP.match(text_of(doc)[cursor : span.start_char]):
            break
        state = as_state(span, gaz)
        if state is None:
            break
        found.append(state)
        cursor = span.end_char
    return found if len(found) >= 2 else []


def as_state(span: Span, gaz: Gazetteer | None) -> Span | None:
    """The span as a COUNTRY span when, in a list of states, it names one."""
    if span.label_ in ("COUNTRY", "DEMONYM"):
        return span if span.label_ == "COUNTRY" else _relabelled(span, span.id_)
    if span.label_ == "CITY" and gaz is not None:
        country = gaz.country_by_name(span.text)
        if country is not None:
            return _relabelled(span, f"country:{country.iso2}")
    return None


def _relabelled(span: Span, key: str) -> Span:
    return Span(span.doc, span.start, span.end, label="COUNTRY", span_id=key)


# "Spain, the Netherlands, ... and Romania were represented by their leaders"
# ("India, Brazil, South Africa, Turkey and the UK were also represented, along with ...")
_REPRESENTED = re.compile(r"\s+(?:was|were) (?:also )?represented(?: (?:by|at)\b|\s*[,.;])")


def represented_states(doc: Doc, sent: Span) -> list[PartyMention]:
    """The states a sentence lists as represented at the meeting told, each a side of its
    own: "Spain, the Netherlands and Romania were represented by their leaders"."""
    spans = sentence_spans(doc, sent)
    for i, span in enumerate(spans):
        if span.label_ != "COUNTRY" or not _REPRESENTED.match(text_of(doc), span.end_char):
            continue
        listed = [span]
        for before in reversed(spans[:i]):
            if before.label_ != "COUNTRY" or not LIST_GAP.match(
                text_of(doc)[before.end_char : listed[0].start_char]
            ):
                break
            listed.insert(0, before)
        if text_of(doc)[sent.start_char : listed[0].start_char].strip(" ,;:-–—\n") == "" or (
            re.search(r"(?:,|;|\band)\s+$", text_of(doc)[sent.start_char : listed[0].start_char])
        ):
            return [
                PartyMention(s.start_char, s.end_char, None, None, s.id_, False, True)
                for s in listed
            ]
    return []

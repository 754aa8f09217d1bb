"""Whose seat heads a name's noun phrase: the state or body a person acts for, given
before the name without a title chain ("White House Middle East coordinator Brett
McGurk", "Washington's Joe Biden")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from diplograph.extract.doctext import text_of
from diplograph.gazetteer import Gazetteer

__all__ = ["seat_before"]


def seat_before(doc: Doc, spans: list[Span], start: int, gaz: Gazetteer) -> str | None:
    """ "White House Middle East coordinator Brett McGurk", "Myanmar's military government
    chief Senior General Min Aung Hlaing", "The IMF's second-in-command, Gita Gopinath": the
    seat of government, or the state or body in the possessive, heading the noun phrase.
    "Washington's Joe Biden", "Tehran's Ebrahim Raisi": a capital's leader is its state's."""
    capital = next((s for s in reversed(spans) if s.end_char <= start), None)
    if (
        capital is not None
        and capital.label_ == "CITY"
        and text_of(doc)[capital.end_char : start] in ("'s ", "’s ")
        and (city := gaz.city(capital.text)) is not None
    ):
        return f"country:{city.iso2}"
    if text_of(doc)[start - 2 : start] == ", ":
        # a body's before a comma too; a state's there is where the person is, not whose
        body = _head_of(doc, spans, start) or _seat(
            doc, [s for s in spans if s.label_ == "ORG"], start - 2
        )
        if body:
            return body
    return _seat(doc, spans, start)


def _seat(doc: Doc, spans: list[Span], start: int) -> str | None:
    text = text_of(doc)
    seat = next(
        (
            s
            for s in reversed(spans)
            if s.end_char <= start
            and (
                s.label_ == "METONYM"
                or (
                    s.label_ in ("COUNTRY", "DEMONYM", "ORG")
                    and text[s.end_char : s.end_char + 2] in ("'s", "’s")
                )
            )
        ),
        None,
    )
    if seat is None or not seat.id_.startswith(("country:", "org:")):
        return None
    between = doc.char_span(seat.end_char, start, alignment_mode="expand")
    words = [t for t in between or () if t.text not in ("'s", "’s", "-") and t.nbor(-1).text != "-"]
    if between is None or not 0 < len(words) <= 6:
        return None
    # ("the IMF's Middle East and Central Asia director, Jihad Azour")
    if all(
        (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.lower_ == "and") and not t.is_punct for t in words
    ):
        return seat.id_
    return None


# "The acting head of the UN Support Mission in Libya (UNSMIL), Stephanie Koury"
_HEAD_OF = re.compile(r"\b(?:head|chief|leader|director)s? of (?:the )?$", re.IGNORECASE)
_BODY_REST = re.compile(r"[^,.;:()]{0,50}(?:\([A-Z]{2,10}\))?, $")


def _head_of(doc: Doc, spans: list[Span], start: int) -> str | None:
    """The body a person heads, in apposition before the name: a mission or agency of it
    counts as the body itself."""
    text = text_of(doc)
    for s in reversed(spans):
        if s.end_char > start or start - s.start_char > 120:
            continue
        if s.label_ == "ORG" and s.id_.startswith("org:"):
            before = text[max(0, s.start_char - 30) : s.start_char]
            if _HEAD_OF.search(before) and _BODY_REST.fullmatch(text, s.end_char, start):
                return s.id_
            return None
    return None

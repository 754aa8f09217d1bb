"""The gazetteer's spans inside one sentence, and what a title span means.

Mentions (:mod:`~diplograph.extract.mentions`) and names
(:mod:`~diplograph.extract.names`) both read a sentence through the spans that
:mod:`~diplograph.extract.components` put in ``doc.spans["dg"]``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from diplograph.extract.doctext import text_of
from diplograph.extract.layout import in_spans
from diplograph.gazetteer import Gazetteer, Title

__all__ = [
    "count_countries",
    "forget_spans",
    "inside_title",
    "is_title",
    "names_next",
    "posting_start",
    "sentence_ents",
    "sentence_spans",
    "titles_of",
]


def sentence_spans(doc: Doc, sent: Span) -> list[Span]:
    """The gazetteer spans inside ``sent``, read from the document's span group once.

    Every rule asks for them several times per sentence; building Span objects from the
    group is what costs, so the list is kept per document and cut per sentence.
    """
    every = doc.user_data.get(_SPANS_KEY)
    if every is None or every[0] != len(doc.spans["dg"]):
        group = list(doc.spans["dg"])
        every = doc.user_data[_SPANS_KEY] = (len(group), group, [s.start_char for s in group])
    _, group, starts = every
    lo = bisect_left(starts, sent.start_char)
    hi = bisect_left(starts, sent.end_char)
    return [s for s in group[lo:hi] if s.end_char <= sent.end_char]


_SPANS_KEY = "diplograph.spans"


def sentence_ents(doc: Doc, sent: Span) -> list[Span]:
    """The model's entities inside ``sent``, like ``sent.ents``.

    ``sent.ents`` builds every entity of the document anew on each call; the rules ask
    for a sentence's entities several times, so the document's are built once and cut
    per sentence (the model has labelled them all before any rule reads them).
    """
    every = doc.user_data.get(_ENTS_KEY)
    if every is None:
        ents = list(doc.ents)
        every = doc.user_data[_ENTS_KEY] = (ents, [e.start_char for e in ents])
    ents, starts = every
    lo = bisect_left(starts, sent.start_char)
    hi = bisect_left(starts, sent.end_char)
    return [e for e in ents[lo:hi] if e.end_char <= sent.end_char]


_ENTS_KEY = "diplograph.ents"


def forget_spans(doc: Doc) -> None:
    """Drop the cached spans and entities: they point back at the document, a cycle that
    would keep every parsed article alive."""
    doc.user_data.pop(_SPANS_KEY, None)
    doc.user_data.pop(_ENTS_KEY, None)


def is_title(span: Span) -> bool:
    """True for a title span ("Foreign Minister", "H.E."), honorific or not."""
    return span.label_ == "TITLE"


def titles_of(gaz: Gazetteer, span: Span) -> list[Title]:
    """Every sense of a title span; a plural ("Ambassadors") reads as its singular."""
    if span.id_:
        return gaz.titles_by_key(span.id_)
    surface = span.text.lower()
    by_surface = gaz.titles_by_surface()
    return by_surface.get(surface) or by_surface.get(surface.rstrip("s")) or []


def count_countries(doc: Doc, body_start: int, skip: list[tuple[int, int]]) -> dict[str, int]:
    """How often each country is named in the body: the story's own country is named most."""
    counts: dict[str, int] = {}
    for span in doc.spans["dg"]:
        if (
            span.label_ in ("COUNTRY", "DEMONYM", "METONYM")  # "Downing Street" too
            and span.start_char >= body_start
            and not in_spans(span.start_char, span.end_char, skip)
        ):
            counts[span.id_] = counts.get(span.id_, 0) + 1
    return counts


def inside_title(spans: Sequence[Span], char: int) -> bool:
    """True when ``char`` falls inside a title span, past its first character."""
    return any(s.label_ == "TITLE" and s.start_char < char < s.end_char for s in spans)


def names_next(doc: Doc, char: int) -> bool:
    """True when a person's name starts right after ``char``."""
    text = text_of(doc)
    start = char + len(text[char:]) - len(text[char:].lstrip(" "))
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None or start == char:
        return False
    # a name the model missed but the people list knows ("Defense Secretary Gilberto Teodoro")
    return token[0].ent_type_ == "PERSON" or any(
        s.label_ == "PERSON" and s.start_char == start for s in sentence_spans(doc, token.sent)
    )


_POSTED_TO = re.compile(
    r"\b(?:Ambassador|Envoy|High Commissioner|Consul[- ]General|Charg[ée] d'[Aa]ffaires)s?"
    r"(?P<to> (?:to|in) )$",
    re.IGNORECASE,
)


def posting_start(doc: Doc, span: Span) -> int | None:
    """Where " to " starts when a city span is an envoy's posting ("Ambassador to Kabul")."""
    if span.label_ != "CITY":
        return None
    m = _POSTED_TO.search(text_of(doc), max(0, span.start_char - 40), span.start_char)
    return m.start("to") if m else None

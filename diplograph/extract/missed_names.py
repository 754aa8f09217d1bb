"""Names the small model misses, cuts in pieces or takes for something else.

"Minister for Planning, Development and Special Initiatives Ahsan Iqbal" (a name at the
end of a long title chain), "Hamad Obaid Ibrahim Salem Al-Zaabi" (two PERSON pieces),
"H.E. Mr Ganbold Dambajav" (labelled an organisation), "Sierra Leone's Julius Maada Bio"
and "Saia Ma'u Piukala, regional director ..." (labelled a place): each rule here finds
one such pattern and returns the name's character span.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from diplograph.extract.doctext import text_of
from diplograph.extract.namewords import (
    AFFAIR_AFTER,
    BARE_TITLES,
    BODY_WORDS,
    HONORIFICS,
    WEEKDAYS,
    is_initial,
)
from diplograph.extract.spans import is_title, sentence_ents, sentence_spans, titles_of
from diplograph.gazetteer import Gazetteer

__all__ = [
    "PORTFOLIO_WORDS",
    "addressed",
    "names_after_titles",
    "names_in_apposition",
    "possessed_names",
    "whole_names",
]

Name = tuple[int, int, str]


def possessed_names(doc: Doc, sent: Span, gaz: Gazetteer) -> list[Name]:
    """A leader the model took for an organisation after a state's possessive.

    "Senegal's Bassirou Diomaye Faye, Sierra Leone's Julius Maada Bio": "Julius Maada Bio"
    comes out as ORG. Two to four capitalised words that name no known organisation, right
    after "<country>'s", are a person.
    """
    found = []
    text = text_of(doc)
    spans = sentence_spans(doc, sent)
    for ent in sentence_ents(doc, sent):
        if ent.label_ not in ("ORG", "GPE", "NORP", "LOC", "FAC") or not 2 <= len(ent) <= 4:
            continue
        if not all((t.is_title or "'" in t.text) and t.pos_ == "PROPN" for t in ent):
            continue
        if gaz.organization_by_name(ent.text) or gaz.country_by_name(ent.text):
            continue
        if AFFAIR_AFTER.match(text, ent.end_char):
            continue  # "Japan's Line Yahoo affair"
        if any(t.text in BODY_WORDS or t.lower_ in gaz.titles_by_surface() for t in ent):
            continue
        if any(
            sp.label_ == "TITLE" and sp.start_char < ent.end_char and ent.start_char < sp.end_char
            for sp in spans
        ):
            continue  # "India's External Affairs Minister": the words begin a title
        if _owned_by_a_state(text[max(0, ent.start_char - 40) : ent.start_char], gaz):
            found.append((ent.start_char, ent.end_char, ent.text))
        elif (
            ent.label_ not in ("NORP", "GPE")
            and not any(
                sp.start_char < ent.end_char and ent.start_char < sp.end_char for sp in spans
            )
            and _titled_after(doc, sent, ent.end_char, gaz)
        ):
            # "a courtesy call from Saia Ma'u Piukala, regional director for the Western
            # Pacific at the World Health Organization": a name the model took for a place.
            found.append((ent.start_char, ent.end_char, ent.text))
    return found


def _owned_by_a_state(before: str, gaz: Gazetteer) -> bool:
    """True when ``before`` ends with a state's name in the possessive: "Sierra Leone's",
    and "Ghana's Nana Akufo-Addo and Togo's" too (the state is the last words only)."""
    owner = re.search(r"['’]s\s+$", before)
    words = before[: owner.start()].split() if owner else []
    return any(
        gaz.country_by_name(" ".join(words[-n:]).removeprefix("The "))
        for n in range(1, min(len(words), 5) + 1)
    )


def _titled_after(doc: Doc, sent: Span, end: int, gaz: Gazetteer) -> bool:
    """True when ", <title>" follows ``end`` (an appositive naming an office, not a form
    of address such as "His Highness")."""
    m = re.match(r",\s+(?:the\s+)?", text_of(doc)[end : sent.end_char])
    return m is not None and any(
        is_title(s)
        and s.start_char == end + m.end()
        and not all(t.function == "honorific" for t in titles_of(gaz, s))
        for s in sentence_spans(doc, sent)
    )


PORTFOLIO_WORDS = frozenset(
    {
        "affairs",
        "relations",
        "cooperation",
        "development",
        "security",
        "defence",
        "defense",
        "trade",
        "finance",
        "planning",
        "initiatives",
        "expatriates",
        "emigrants",
        "diaspora",
        "economy",
        "commerce",
        "industry",
        "industries",
        "energy",
        "health",
        "education",
        "interior",
        "justice",
        "revenue",
        "resources",
        "affair",
        "asia",
        "africa",
        "europe",
        "americas",
        "division",
        "department",
        "ministry",
        "office",
        "council",
        "commission",
        "committee",
        "bureau",
        "states",
        "nations",
        "union",
        "technology",
        "technologies",
        "innovation",
        "environment",
        "climate",
        "agriculture",
        "tourism",
        "culture",
        "sports",
        "youth",
        "transport",
        "infrastructure",
        "investment",
        "labour",
        "labor",
        "welfare",
        "information",
        "communications",
        "science",
        "water",
        "mining",
        "petroleum",
        "housing",
        "digital",
        "treasury",  # "Secretary to the Treasury Mahinda Siriwardana"
        "exchequer",
        "fisheries",
        "aviation",
        "telecommunications",
        "immigration",
        # "the Parliament Commissioner for Human Rights, Dmytro Lubinets"
        "human",
        "rights",
        "humanitarian",
        "refugees",
        "migration",
        "reconciliation",
        "unification",
        "gender",
        "equality",
    }
)


# "Ahsan", "McGrath", "DeSantis", "O'Brien": a capital first, some lower case after.
_CAPITALISED = re.compile(r"^[A-Z][\w'’-]*[a-z][\w'’-]*$|^[A-Z]\.?$")


def names_after_titles(doc: Doc, sent: Span, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """A name the model missed right after a title and its portfolio.

    "Minister for Planning, Development and Special Initiatives Ahsan Iqbal here ...": the
    capitalised run after the title ends with the name; its last two words are taken.
    """
    found = []
    spans = sentence_spans(doc, sent)
    people = sentence_ents(doc, sent)
    taken = {(s.start, s.end) for s in spans}
    for span in spans:
        if not is_title(span) or all(t.function == "honorific" for t in titles_of(gaz, span)):
            continue
        if any(s.start == span.end and s.label_ == "PERSON" for s in [*spans, *people]):
            continue  # "Prime Minister Kristen Michal and Commander of the ... Forces Maj."
        run: list[int] = []
        for token in doc[span.end : sent.end]:
            if token.text == "," and len(run) >= 2 and run[-1] == token.i - 1 == run[-2] + 1:
                if any(s.start == token.i + 1 and s.label_ == "PERSON" for s in spans):
                    # "the Minister of Foreign Affairs and the National Community Abroad,
                    # Ramtane Lamamra": the run is the portfolio, the name is after the comma
                    run = []
                break  # "the Governor of the Central Bank of Nigeria (CBN), Olayemi Cardoso, on"
            if (
                token.lower_ == "of"
                and len(run) >= 2
                and run == list(range(span.end, token.i))
                and any(s.start == token.i + 1 and s.label_ == "COUNTRY" for s in spans)
            ):
                break  # "President Umaro Sissoco Embalo of Guinea-Bissau"
            if _CAPITALISED.match(token.text) or (token.is_upper and len(token) > 1):
                run.append(token.i)
            elif token.lower_ not in ("of", "for", "on", "to", "and", ",", "the", "&", "(", ")"):
                break
        if len(run) < 2 or run[-1] != run[-2] + 1:
            continue
        first, last = run[-2], run[-1]
        if 3 <= len(run) <= 4 and run == list(range(span.end, span.end + len(run))):
            first = run[0]  # the whole name right after the title
        placed = [s.end for s in spans if s.label_ == "COUNTRY" and s.end - 1 in run]
        after = [i for i in run if placed and i >= max(placed)]
        if 3 <= len(after) <= 4 and after == list(range(after[0], after[-1] + 1)):
            first = after[0]  # "Ambassador of Vietnam Nguyen Van Thao": all after the state
        if re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", doc[last].text) and len(run) > 2:
            first = run[-3]  # "Lloyd Austin III"
        if is_initial(doc[first]) and len(run) > 2 and run[run.index(first) - 1] == first - 1:
            first = run[run.index(first) - 1]  # "Manuela V. Ferro"
        marks = [i for i in run if doc[i].text in HONORIFICS and i < last]
        if marks and marks[-1] + 1 < first and all(i in run for i in range(marks[-1], last + 1)):
            first = marks[-1] + 1  # "Mr Lloyd J Austin III": the name starts after "Mr"
        if doc[first].lower_ in PORTFOLIO_WORDS or doc[last].lower_ in PORTFOLIO_WORDS:
            continue
        if any(s <= first < e or s <= last < e for s, e in taken):
            continue
        if doc[first].pos_ != "PROPN" or doc[last].pos_ != "PROPN":
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        if tail := _JOINED_TAIL.match(text_of(doc), end):
            end = tail.end()  # "Abdulaziz Khalid Ahmad Al-Mutairi": the run stops at "-"
        found.append((start, end, text_of(doc)[start:end]))
    return found


_JOINED_TAIL = re.compile(r"[-‑][A-Z][\w'’]*")


# Words inside Arabic, Iberian, Dutch and German names: "Nawaf bin Said Al-Malki".
_NAME_PARTICLES = frozenset(
    {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "del", "van", "von"}
)
# Forms of address that only ever precede a person's name (not "Sir" as in "Sir Lanka").
_ADDRESS = frozenset({"H.E.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."})
_ADDRESSED = re.compile(r"(?:\bH\.E\.|\b(?:Mr|Mrs|Ms|Dr)\b\.?)\s+[A-Z]")


def addressed(text: str) -> bool:
    """True when a form of address that precedes only names ("Mr", "H.E.") is in the text."""
    return bool(_ADDRESSED.search(text))


def whole_names(doc: Doc, sent: Span, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Names the model cut into pieces or mislabelled, as one span.

    "Hamad Obaid Ibrahim Salem Al-Zaabi" comes out as two PERSON entities with the middle
    names between them; "H.E. Mr Ganbold Dambajav" as an organisation; "Mr Rodrigo
    Sepúlveda Jara" without its given name. A run of capitalised words joining two
    pieces of one name, or following a form of address, is the whole name.
    """
    by_surface = gaz.titles_by_surface()
    text = text_of(doc)

    def part(token: Token) -> bool:
        if token.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL"):
            return False
        if token.lower_ in by_surface or token.text in BARE_TITLES or token.text in BODY_WORDS:
            return False
        if token.text in HONORIFICS or token.text in WEEKDAYS:
            return False  # ("where on Wednesday Lammy and his counterpart": a day, no name)
        if token.text in ("-", "‑") and not token.whitespace_ and token.i > sent.start:
            return not doc[token.i - 1].whitespace_
        return bool(_CAPITALISED.match(token.text)) or token.lower_ in _NAME_PARTICLES

    found = []
    i = sent.start
    while i < sent.end:
        if not part(doc[i]) or doc[i].lower_ in _NAME_PARTICLES:
            i += 1
            continue
        j = i
        while j < sent.end and part(doc[j]) and (j == i or doc[j - 1].whitespace_ in (" ", "")):
            j += 1
        while j - 1 > i and (doc[j - 1].lower_ in _NAME_PARTICLES or doc[j - 1].text == "-"):
            j -= 1
        run = doc[i:j]
        pieces = sum(1 for t in run if t.ent_type_ == "PERSON" and t.ent_iob_ == "B")
        addressed = i > sent.start and doc[i - 1].text in _ADDRESS
        i = j
        if len([t for t in run if t.text != "-"]) < 2 or len(run) > 8:
            continue
        # "Sri Mulyani Indrawati", "Md Jashim Uddin": the model's name and one more proper
        # noun it left off the end.
        tail = (
            pieces == 1
            and run[0].ent_type_ == "PERSON"
            and run[-1].ent_type_ == ""
            and sum(1 for t in run if t.ent_type_ == "") == 1
            and (j >= sent.end or not doc[j].text[:1].isupper())
        )
        if not (pieces >= 2 or addressed or tail):
            continue
        if any(t.ent_type_ not in ("", "PERSON") for t in run) and not (
            addressed and run[0].ent_iob_ == "I"
        ):
            continue  # "Mr Khan of the World Bank" stays a name, not an organisation
        if any(t.pos_ != "PROPN" for t in run if t.lower_ not in _NAME_PARTICLES and t.text != "-"):
            continue
        found.append((run.start_char, run.end_char, text[run.start_char : run.end_char]))
    return found


_POSSESSED_OFFICE = re.compile(
    r"(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){0,3}(?:director|chief|head|envoy|representative|"
    r"negotiator)\s*,\s*"
)


def names_in_apposition(doc: Doc, sent: Span, gaz: Gazetteer) -> list[Name]:
    """A name set off by commas after an office, which the model took for something else.

    "the Ambassador of the Kingdom of the Netherlands, Henny de Vries, at the Foreign
    Office": between the commas, after a title and its state, is the holder.
    """
    found: list[Name] = []
    spans = sentence_spans(doc, sent)
    text = text_of(doc)
    for ent in sentence_ents(doc, sent):
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT"):
            continue
        words = ent.text.split()
        if not 2 <= len(words) <= 4 or ent.text.startswith(("the ", "The ")):
            continue
        if not all(_CAPITALISED.match(w) or w.lower() in _NAME_PARTICLES for w in words):
            continue
        if any(w in BODY_WORDS or w.lower() in PORTFOLIO_WORDS for w in words):
            continue
        if gaz.organization_by_name(ent.text) or gaz.country_by_name(ent.text):
            continue
        if any(s.start < ent.end and ent.start < s.end for s in spans):
            continue  # a gazetteer entity (a state, a body, a title) overlaps it
        if not re.match(r"\s*[,)]", text[ent.end_char : ent.end_char + 2]):
            continue
        before = [s for s in spans if s.end_char <= ent.start_char]
        if not before:
            continue
        lead = text[before[-1].end_char : ent.start_char]
        if before[-1].label_ in ("ORG", "COUNTRY") and _POSSESSED_OFFICE.fullmatch(lead):
            # "the IMF's Western Hemisphere director, Rodrigo Valdes, also took part"
            found.append((ent.start_char, ent.end_char, ent.text))
            continue
        if not re.fullmatch(r",\s*", lead):
            continue
        if before[-1].label_ not in ("TITLE", "COUNTRY") or not any(
            is_title(s) for s in before[-3:]
        ):
            continue
        found.append((ent.start_char, ent.end_char, ent.text))
    return found

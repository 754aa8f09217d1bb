"""Who is mentioned in a sentence, and for whom they act: people, titles, envoys, officials.

Works on a spaCy ``Doc`` annotated by :mod:`diplograph.extract.components` (gazetteer
spans in ``doc.spans["dg"]`` and the statistical NER's PERSON entities) and returns plain
:class:`PartyMention` values. It knows titles and countries, never IRIs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from diplograph.extract.doctext import text_of
from diplograph.extract.names import HONORIFICS, person_spans
from diplograph.extract.spans import is_title, sentence_spans, titles_of
from diplograph.gazetteer import Gazetteer

__all__ = ["PartyMention", "find_parties"]

# Functions (titles.csv) whose holders represent their state abroad: "the ambassadors of
# Oman and Iraq" are envoys of Oman and Iraq, not officials of the place they sit in.
ENVOY_FUNCTIONS = frozenset(
    {"envoy", "diplomat_head_of_mission", "diplomat", "consular", "io_country_head"}
)
# "Minister for Finance and Revenue", "Minister of State for Foreign Affairs": a portfolio
# after a title word belongs to the title.
_PORTFOLIO = re.compile(r"^\s+(?:for|of)\s+(?:[A-Z][\w-]*|and|the|of|&|,|\s)+?\s*$")
# Words that join a title chain; "(WB)" repeats the organisation just named.
_FILLER = re.compile(
    r"^(?:\s|,|'s|’s|of|for|the|and|to|in|&|his|her|their|its|counterparts?|\(|\)"
    r"|\([A-Z]{2,8}\)|Commission|Secretariat|'|’)*$"
    # "Vice-President of the European Commission": a hyphen joining two title words.
    r"|^-$"
)
# A country after "in"/"to"/"for" is where an envoy is posted, not whom they represent:
# "Ambassador of China to Pakistan", "UNDP Resident Representative in Pakistan",
# "the Special Envoy of the UN Secretary-General for Yemen".
_POSTING = re.compile(r"\b(?:in|to|for)\s+(?:the\s+)?$")
# Between listed states: commas, "and", and the formal style the gazetteer leaves out
# ("the Republic of The Gambia", "the Hashemite Kingdom of Jordan").
_LIST_GAP = re.compile(
    r"^(?:\s*(?:,|and|&|as well as|the|plus|(?:(?:Islamic|Federal|Federative|Democratic|"
    r"People's|Arab|United|Hashemite|Socialist|Plurinational|Bolivarian|Co-?operative)\s+)*(?:Republic|"
    r"Kingdom|State|Sultanate|Emirate|Federation|Commonwealth|Principality|Grand Duchy)\s+of)"
    r"\s*)*$",
    re.IGNORECASE,
)
_ENVOY_PREP = re.compile(r"^\s*(?:of|from|for|representing|accredited from)\s+", re.IGNORECASE)
# Named only as the sender of greetings, a relative, or someone dead: not at the meeting.
_NOT_PRESENT = re.compile(
    r"(?:\b(?:greetings|regards|message|letter|invitation|wishes|condolences|felicitations)"
    r"\s+(?:of|from|to)\b"
    r"|\b(?:son|daughter|wife|husband|brother|sister|father|mother|widow|nephew|niece|"
    r"grandson|granddaughter|late|case|release|detention|arrest|fate|plight|imprisonment|"
    r"trial|jailing|sentencing|killing|death|assassination|murder|rule|regime|reign|era|fall|"
    r"ouster|overthrow|toppling|predecessor|successor|toppled|ousted|overthrew|deposed)\b"
    r"(?:\s+of)?)"
    r"(?:\s+(?:the\s+)?[\w'’.-]+){0,5}\s*$"
    # "under the leadership of His Majesty King Hamad ... and King Abdullah II"
    r"|\b(?:leadership|guidance|directives|patronage|auspices|reign|instructions) of\b"
    r"[^.;:,]{0,120}$"
    # "whose Islamist group Hayat Tahrir al-Sham": a group's name, not a person's
    r"|\b(?:group|movement|militia|faction|organi[sz]ation|alliance|coalition)\s+$"
    # "overshadowed by the absence of Chinese President Xi", "led the delegation in place
    # of Xi": named as not being there
    r"|\b(?:absence of|in place of|instead of|on behalf of)\b[^.;:,]{0,60}$"
    # "The spokesman for the Foreign Ministry, Esmaeil Baqaei, said": a source, not a party
    r"|\b(?:spokes(?:man|woman|person)|press secretary)"
    r"(?:\s+(?:for|of)\s+(?:(?!\b(?:said|told|that)\b)[^,.;:]){0,50})?"
    r",?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
# "the founding prime minister", "the former President": not the present office holder.
_PAST_HOLDER = re.compile(
    r"\b(?:former|late|founding|then|ex|previous|outgoing|first|erstwhile)[\s-]+$", re.IGNORECASE
)
# "Trump's special envoy": the possessor is not a party. "Modi's meeting with Putin" and
# "Xi's talks" are the possessor's own meetings.
_POSSESSIVE_AFTER = re.compile(
    r"(?:'s|’s|’|')(?=\s)(?!\s+(?:[\w-]+\s+){0,2}(?i:meeting|talks|call|conversation|visit)\b)"
)


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A party to a meeting as one sentence names it.

    ``person`` is the name as written (cleaned of titles and possessives); ``None`` for an
    unnamed official or envoy. ``represents`` is a country or organisation key.
    """

    start: int
    end: int
    person: str | None
    title: str | None
    represents: str | None
    envoy: bool = False
    explicit_affiliation: bool = False

    def filled_from(self, other: PartyMention, *, person: str | None = None) -> PartyMention:
        """This mention, with what it lacks (title, affiliation) taken from ``other``."""
        return PartyMention(
            self.start,
            self.end,
            person if person is not None else self.person,
            self.title or other.title,
            self.represents or other.represents,
            self.envoy or other.envoy,
            self.explicit_affiliation or other.explicit_affiliation,
        )


def _affiliation(span: Span) -> str | None:
    if span.label_ in ("COUNTRY", "DEMONYM", "ORG", "METONYM"):
        return span.id_ or None
    return None


def _title_chain(
    doc: Doc, pieces: list[Span], gaz: Gazetteer
) -> tuple[str | None, str | None, bool]:
    """Title text, affiliation and whether it is an envoy title, from a chain of spans."""
    titles = [
        p
        for p in pieces
        if is_title(p) and not all(x.function == "honorific" for x in titles_of(gaz, p))
    ]
    affiliations = [
        a
        for p in pieces
        if (a := _affiliation(p))
        and not _POSTING.search(text_of(doc)[max(0, p.start_char - 8) : p.start_char])
    ]
    if not titles:
        return None, (affiliations[0] if affiliations else None), False
    head = [t for t in titles if not all(x.is_modifier for x in titles_of(gaz, t))]
    if not head:
        return None, (affiliations[0] if affiliations else None), False
    title_text = text_of(doc)[titles[0].start_char : titles[-1].end_char]
    envoy = any(x.function in ENVOY_FUNCTIONS for t in head for x in titles_of(gaz, t))
    if not affiliations:
        # "Chairperson of the African Union Commission" names its body inside the title.
        inner = re.search(r"\bof (?:the )?([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*)", title_text)
        heads = {x.function for t in head for x in titles_of(gaz, t)}
        body = gaz.organization_by_name(inner.group(1)) if inner and heads == {"io_head"} else None
        affiliations = [body.key] if body else _scoped(gaz, head)
    return title_text, (affiliations[0] if affiliations else None), envoy


def _scoped(gaz: Gazetteer, head: list[Span]) -> list[str]:
    """The one state or body a title exists in ("Secretary-General" of the UN), if only one."""
    by_surface = gaz.titles_by_surface()
    senses = [
        x
        for t in head
        for x in by_surface.get(t.text.lower(), by_surface.get(t.text.lower()[:-1], []))
    ]
    if not senses or any(not x.country_scope for x in senses):
        return []
    scopes = {scope for x in senses for scope in x.country_scope}
    if len(scopes) != 1:
        return []
    scope = scopes.pop()
    if scope in gaz.organizations and all(x.function.startswith("io_") for x in senses):
        return [f"org:{scope}"]  # "AU" of an AU Commission chair is the Union, not Australia
    if scope in gaz.countries:
        return [f"country:{scope}"]
    return [f"org:{scope}"] if scope in gaz.organizations else []


def _listed_before(span: Span, first: Span, gaz: Gazetteer) -> bool:
    """``span`` ends the previous item of a list whose next item starts with a title."""
    return (
        span.label_ in ("COUNTRY", "DEMONYM", "ORG")
        and is_title(first)
        and not all(x.function == "honorific" for x in titles_of(gaz, first))
    )


def _chain_before(
    doc: Doc,
    spans: list[Span],
    end_char: int,
    floor: int,
    gaz: Gazetteer,
    head: Span | None = None,
) -> list[Span]:
    """Gazetteer spans directly before ``end_char``, joined only by fillers ("'s", "of")."""
    chain: list[Span] = []
    cursor = end_char
    for span in reversed([s for s in spans if s.end_char <= end_char and s.start_char >= floor]):
        gap = text_of(doc)[span.end_char : cursor]
        portfolio = not chain and span.label_ == "TITLE" and _PORTFOLIO.match(gap)
        # "Saudi Arabia was represented by ... and Oman by Sayyid Shihab"
        elided = (
            not chain
            and span.label_ == "COUNTRY"
            and _ELIDED_BY.fullmatch(gap) is not None
            and all(w in HONORIFICS for w in gap.split()[1:])
            and bool(_AND_BEFORE.search(text_of(doc), max(0, span.start_char - 6), span.start_char))
        )
        # "a delegation from the World Health Organization (WHO) headed by Dr. Hanan Balkhy"
        headed = (
            not chain
            and span.label_ in ("COUNTRY", "ORG")
            and _HEADED_BY.fullmatch(gap) is not None
            and _DELEGATION_OF.search(text_of(doc), max(0, span.start_char - 80), span.start_char)
            is not None
        )
        if not (_FILLER.match(gap) or portfolio or elided or headed) or span.label_ in (
            "CITY",
            "PERSON",
        ):
            break
        if not chain and "," in gap and _place_before_comma(doc, span):
            break  # "From Moscow, Mr. Modi leaves for Vienna": where he is, not whom he serves
        first = chain[0] if chain else head
        listed = "," in gap or re.search(r"\band\b", gap)
        if listed and first is not None and _listed_before(span, first, gaz):
            break  # "the Ambassador of Ghana, the Ambassador of Japan": two envoys
        if chain == [] and re.search(r",\s*and\b", gap):
            break  # "Costa, the president of the European Council, and Ursula von der Leyen"
        if span.label_ == "TITLE" and " of " in span.text and re.search(r"\band the\b", gap):
            break  # "the President of the European Council and the President of the ..."
        if portfolio:
            # Keep the portfolio inside the title text: extend the chain's end with a
            # synthetic title span over the gap's words.
            words_end = span.start_char + len(text_of(doc)[span.start_char : cursor].rstrip(", "))
            extended = doc.char_span(span.start_char, words_end, alignment_mode="contract")
            chain.insert(
                0,
                Span(
                    doc,
                    span.start,
                    extended.end if extended else span.end,
                    label="TITLE",
                    span_id=span.id_,
                ),
            )
        else:
            chain.insert(0, span)
        cursor = span.start_char
    return chain


_ADDRESS_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+)+$"
)
_EVENT_AFTER = re.compile(
    r"(?:'s|’s|'|’)?\s+(?:Meeting|Summit|Conference|Forum|Retreat|Dialogue|Council)\b"
)


def _place_before_comma(doc: Doc, span: Span) -> bool:
    if span.label_ == "METONYM":
        return True
    return span.label_ == "COUNTRY" and bool(
        _PLACE_PREP.search(text_of(doc), max(0, span.start_char - 10), span.start_char)
    )


_PLACE_PREP = re.compile(r"\b(?:[Ff]rom|[Ii]n|[Aa]t)\s+(?:the\s+)?$")
_HEADED_BY = re.compile(r"(?:\s*\([A-Z]{2,8}\)|\))?,?\s+(?:headed|led)\s+by\s+")
_DELEGATION_OF = re.compile(r"\bdelegations?\s+(?:of|from)\s+[^,;]{0,60}$", re.IGNORECASE)
_ELIDED_BY = re.compile(r" by (?:\S+ )?")
_AND_BEFORE = re.compile(r"(?:\band|,)\s+$")
_PORTFOLIO_THEN_BODY = re.compile(r"\s+(?:for|of|in)\b[^,;()]{0,40}?\b(?:at|of|with)\s+(?:the\s+)?")
_APPOSITION_LEAD = re.compile(r"(?:the\s+|who is (?:also )?(?:the\s+)?)?")


def _chain_after(doc: Doc, spans: list[Span], start_char: int, ceiling: int) -> list[Span]:
    """An appositive after a name: "Ishaq Dar, Pakistan's Foreign Minister"."""
    rest = text_of(doc)[start_char:ceiling]
    m = re.match(r"^\s*,\s*", rest)
    if not m:
        return []
    chain: list[Span] = []
    cursor = start_char + m.end()
    for span in [s for s in spans if s.start_char >= cursor and s.end_char <= ceiling]:
        gap = text_of(doc)[cursor : span.start_char]
        # ", the US President's Special Envoy": the article may sit inside the first span.
        lead = not chain and _APPOSITION_LEAD.fullmatch(gap)
        if not (_FILLER.match(gap) or lead) or span.label_ in ("CITY", "PERSON"):
            break
        chain.append(span)
        cursor = span.end_char
    if chain and _names_next(doc, cursor):
        return []  # "Ishiba, U.S. President Joe Biden and ...": the next person's title
    if chain and is_title(chain[-1]):
        # "regional director for the Western Pacific at the World Health Organization"
        for span in [s for s in spans if s.start_char >= cursor and s.end_char <= ceiling]:
            gap = text_of(doc)[cursor : span.start_char]
            if span.label_ == "ORG" and _PORTFOLIO_THEN_BODY.fullmatch(gap):
                chain.append(span)
            break
    return chain if any(is_title(s) for s in chain) else []


def _names_next(doc: Doc, char: int) -> bool:
    """True when a person's name starts right after ``char``."""
    text = text_of(doc)
    start = char + len(text[char:]) - len(text[char:].lstrip(" "))
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    return token is not None and token[0].ent_type_ == "PERSON" and start > char


def _country_list_after(doc: Doc, spans: list[Span], start_char: int, ceiling: int) -> list[Span]:
    """Countries listed after an envoy title: "of Bahrain, Egypt, Iraq and Yemen"."""
    rest = text_of(doc)[start_char:ceiling]
    m = _ENVOY_PREP.match(rest)
    if not m:
        return []
    cursor = start_char + m.end()
    found: list[Span] = []
    for span in [s for s in spans if s.start_char >= cursor and s.end_char <= ceiling]:
        gap = text_of(doc)[cursor : span.start_char]
        if span.label_ not in ("COUNTRY", "ORG") or not _LIST_GAP.match(gap):
            break
        found.append(span)
        cursor = span.end_char
    return found


def _modifies_a_noun(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.pos_ == "NOUN"


def find_parties(
    doc: Doc, sent: Span, gaz: Gazetteer, known: Sequence[str] = ()
) -> list[PartyMention]:
    """Every person, named or unnamed official and envoy that ``sent`` mentions."""
    spans = sentence_spans(doc, sent)
    used: set[tuple[int, int]] = set()
    parties: list[PartyMention] = []
    possessor: tuple[int, str | None] | None = None
    for start, end, name in person_spans(doc, sent, gaz, known):
        # "the Governor-General of Papua New Guinea, Sir Bob Dadae": the title chain ends
        # before the form of address.
        address = _ADDRESS_BEFORE.search(text_of(doc), sent.start_char, start)
        chain_end = address.start() if address else start
        used.update((s.start_char, s.end_char) for s in spans if chain_end <= s.start_char < start)
        before = _chain_before(doc, spans, chain_end, sent.start_char, gaz)
        after = _chain_after(doc, spans, end, sent.end_char)
        if _NOT_PRESENT.search(text_of(doc)[max(sent.start_char, start - 160) : start]):
            # "conveyed greetings from Prime Minister Modi", "son of ... Lee Kuan Yew": the
            # title goes with the absent person too.
            used.update((s.start_char, s.end_char) for s in (*before, *after))
            continue
        title, represents, envoy = _title_chain(doc, before, gaz)
        if title is None and after:
            title, represents_after, envoy = _title_chain(doc, after, gaz)
            represents = represents or represents_after
        for s in (*before, *after):
            used.add((s.start_char, s.end_char))
        if _modifies_a_noun(doc, start, end):
            continue  # "the incoming Trump administration": a name used as a modifier
        if _POSSESSIVE_AFTER.match(text_of(doc), end):
            # "Trump's special envoy, Steve Witkoff": Trump qualifies the envoy and lends
            # him his country; he is not a party himself.
            possessor = (end, represents)
            continue
        if represents is None and possessor and start - possessor[0] < 60:
            represents = possessor[1]
        parties.append(
            PartyMention(start, end, name, title, represents, envoy, represents is not None)
        )
    parties.extend(_unnamed(doc, spans, sent, used, gaz))
    parties.sort(key=lambda p: p.start)
    return parties


def _unnamed(
    doc: Doc, spans: list[Span], sent: Span, used: set[tuple[int, int]], gaz: Gazetteer
) -> list[PartyMention]:
    """Unnamed envoys and officials: "the ambassadors of Oman and Iraq", "the Saudi envoy"."""
    found: list[PartyMention] = []
    for span in spans:
        if not is_title(span) or (span.start_char, span.end_char) in used:
            continue
        titles = titles_of(gaz, span)
        if not titles or all(t.is_modifier for t in titles):
            continue
        if _EVENT_AFTER.match(text_of(doc), span.end_char):
            continue  # "the 57th ASEAN Foreign Ministers' Meeting": an event's name
        if _POSSESSIVE_AFTER.match(text_of(doc), span.end_char):
            continue  # "the Prime Minister's Office", "the President's message"
        before = _chain_before(doc, spans, span.start_char, sent.start_char, gaz, span)
        chain = [*before, span]
        title, represents, envoy = _title_chain(doc, chain, gaz)
        if title is None:
            continue
        listed = _country_list_after(doc, spans, span.end_char, sent.end_char)
        for s in chain:
            used.add((s.start_char, s.end_char))
        if listed:
            for s in listed:
                used.add((s.start_char, s.end_char))
                found.append(
                    PartyMention(
                        s.start_char, s.end_char, None, _singular(title), s.id_, envoy, True
                    )
                )
        elif represents:
            found.append(
                PartyMention(span.start_char, span.end_char, None, title, represents, envoy, True)
            )
        elif not envoy and not _PAST_HOLDER.search(text_of(doc)[sent.start_char : span.start_char]):
            # "HRH the Crown Prince received ...", "EAM called on ...": an official named
            # by title alone, whom the article's context may identify.
            found.append(PartyMention(span.start_char, span.end_char, None, title, None))
    found.extend(_groups(doc, spans, sent, used))
    return found


# Unnamed sides named by their state: "Ukrainian officials", "the U.S. and Iranian
# delegations", "Indian and Chinese negotiators".
_GROUP = re.compile(
    r"\s*(?:officials?|delegations?|teams?|negotiators?|diplomats?|envoys?|counterparts?|"
    r"representatives?|leaders?|ministers|side|sides|government|authorities)\b",
    re.IGNORECASE,
)


def _groups(
    doc: Doc, spans: list[Span], sent: Span, used: set[tuple[int, int]]
) -> list[PartyMention]:
    found: list[PartyMention] = []
    states = [s for s in spans if s.label_ in ("COUNTRY", "DEMONYM", "ORG")]
    for i, span in enumerate(states):
        if (span.start_char, span.end_char) in used:
            continue
        group = _GROUP.match(text_of(doc), span.end_char, sent.end_char)
        if not group:
            continue
        members = [span]
        for prev in reversed(states[:i]):
            gap = text_of(doc)[prev.end_char : members[0].start_char]
            if not _LIST_GAP.match(gap) or (prev.start_char, prev.end_char) in used:
                break
            members.insert(0, prev)
        noun = group.group(0).strip().lower()
        for m in members:
            used.add((m.start_char, m.end_char))
            found.append(PartyMention(m.start_char, m.end_char, None, noun, m.id_, False, True))
    # "brought together ministers from Britain, Canada, France, ...": the group noun first.
    for head in _GROUP_FROM.finditer(text_of(doc), sent.start_char, sent.end_char):
        noun = head.group(1).lower()
        for m in _country_list_after(doc, spans, head.end(1), sent.end_char):
            if (m.start_char, m.end_char) in used:
                continue
            used.add((m.start_char, m.end_char))
            found.append(PartyMention(m.start_char, m.end_char, None, noun, m.id_, False, True))
    return found


_GROUP_FROM = re.compile(
    r"\b(leaders|(?:foreign |defen[cs]e |finance |trade )?ministers|officials|delegations|"
    r"representatives|envoys|diplomats|heads of state(?: and government)?|heads of government)"
    r"(?= (?:from|of) )",
    re.IGNORECASE,
)


def _singular(title: str) -> str:
    """ "Ambassadors" → "Ambassador": each listed envoy holds the title on their own."""
    words = title.split(" ")
    last = words[-1]
    if last.lower().endswith("ies"):
        last = last[:-3] + "y"
    elif last.lower().endswith("s") and not last.lower().endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def with_affiliation(p: PartyMention, represents: str | None) -> PartyMention:
    """The same mention, with an affiliation learnt elsewhere in the article."""
    return replace(p, represents=represents)

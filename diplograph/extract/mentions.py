"""Who is mentioned in a sentence, and for whom they act: people, titles, envoys, officials.

Works on a spaCy ``Doc`` annotated by :mod:`diplograph.extract.components` (gazetteer
spans in ``doc.spans["dg"]`` and the statistical NER's PERSON entities) and returns plain
:class:`PartyMention` values. It knows titles and countries, never IRIs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from diplograph.extract.doctext import text_of
from diplograph.gazetteer import Gazetteer, Title

__all__ = ["PartyMention", "find_parties"]

# Functions (titles.csv) whose holders represent their state abroad: "the ambassadors of
# Oman and Iraq" are envoys of Oman and Iraq, not officials of the place they sit in.
ENVOY_FUNCTIONS = frozenset(
    {"envoy", "diplomat_head_of_mission", "diplomat", "consular", "io_country_head"}
)
# "Minister for Finance and Revenue", "Minister of State for Foreign Affairs": a portfolio
# after a title word belongs to the title.
_PORTFOLIO = re.compile(r"^\s+(?:for|of)\s+(?:[A-Z][\w-]*|and|the|&|,|\s)+?\s*$")
# Words that join a title chain; "(WB)" repeats the organisation just named.
_FILLER = re.compile(
    r"^(?:\s|,|'s|’s|of|for|the|and|to|in|&|his|her|their|its|counterparts?|\(|\))*$"
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
    r"grandson|granddaughter|late)\b(?:\s+of)?)"
    r"(?:\s+(?:the\s+)?[\w'’.-]+){0,5}\s*$"
    # "under the leadership of His Majesty King Hamad ... and King Abdullah II"
    r"|\b(?:leadership|guidance|directives|patronage|auspices|reign|instructions) of\b"
    r"[^.;:,]{0,120}$"
    # "The spokesman for the Foreign Ministry, Esmaeil Baqaei, said": a source, not a party
    r"|\bspokes(?:man|woman|person)(?:\s+(?:for|of)\s+(?:(?!\b(?:said|told|that)\b)[^,.;:]){0,50})?"
    r",?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
# "the founding prime minister", "the former President": not the present office holder.
_PAST_HOLDER = re.compile(
    r"\b(?:former|late|founding|then|ex|previous|outgoing|first|erstwhile)[\s-]+$", re.IGNORECASE
)
_POSSESSIVE_AFTER = re.compile(r"(?:'s|’s|’|')(?=\s)")
_HONORIFICS = (
    *("H.E.", "HE", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Excellency"),
    # Forms of address of the Gulf, Iran, South Asia, Malaysia and Nigeria, and military
    # ranks: "Sayyid Badr Albusaidi", "Shri Narendra Modi", "Dato' Seri Anwar Ibrahim".
    *("Sayyid", "Sayed", "Seyyed", "Seyed", "Shri", "Smt.", "Smt", "Shrimati"),
    *("Datuk", "Dato'", "Dato’", "Tun", "Sir", "Dame", "Malam", "Alhaji", "Engr."),
    *("Gen.", "Lt.", "Maj.", "Col.", "Adm.", "Brig.", "Gen", "Lt", "Amb.", "Prof."),
)
# "Seri"/"Sri" is an honorific after "Dato'" but a given name on its own ("Sri Mulyani").
_AFTER_HONORIFIC = ("Seri", "Sri", "Paduka", "Gen.", "Gen")


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


def _spans(doc: Doc, sent: Span) -> list[Span]:
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


def _is_title(span: Span) -> bool:
    return span.label_ == "TITLE"


def _affiliation(span: Span) -> str | None:
    if span.label_ in ("COUNTRY", "DEMONYM", "ORG", "METONYM"):
        return span.id_ or None
    return None


def _titles(gaz: Gazetteer, span: Span) -> list[Title]:
    if span.id_:
        return gaz.titles_by_key(span.id_)
    surface = span.text.lower()
    by_surface = gaz.titles_by_surface()
    return by_surface.get(surface) or by_surface.get(surface.rstrip("s")) or []


def _title_chain(
    doc: Doc, pieces: list[Span], gaz: Gazetteer
) -> tuple[str | None, str | None, bool]:
    """Title text, affiliation and whether it is an envoy title, from a chain of spans."""
    titles = [
        p
        for p in pieces
        if _is_title(p) and not all(x.function == "honorific" for x in _titles(gaz, p))
    ]
    affiliations = [
        a
        for p in pieces
        if (a := _affiliation(p))
        and not _POSTING.search(text_of(doc)[max(0, p.start_char - 8) : p.start_char])
    ]
    if not titles:
        return None, (affiliations[0] if affiliations else None), False
    head = [t for t in titles if not all(x.is_modifier for x in _titles(gaz, t))]
    if not head:
        return None, (affiliations[0] if affiliations else None), False
    title_text = text_of(doc)[titles[0].start_char : titles[-1].end_char]
    envoy = any(x.function in ENVOY_FUNCTIONS for t in head for x in _titles(gaz, t))
    if not affiliations:
        # "Chairperson of the African Union Commission" names its body inside the title.
        inner = re.search(r"\bof (?:the )?([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*)", title_text)
        heads = {x.function for t in head for x in _titles(gaz, t)}
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
        and _is_title(first)
        and not all(x.function == "honorific" for x in _titles(gaz, first))
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
        if not (_FILLER.match(gap) or portfolio) or span.label_ in ("CITY", "PERSON"):
            break
        first = chain[0] if chain else head
        listed = "," in gap or re.search(r"\band\b", gap)
        if listed and first is not None and _listed_before(span, first, gaz):
            break  # "the Ambassador of Ghana, the Ambassador of Japan": two envoys
        if portfolio:
            # Keep the portfolio inside the title text: extend the chain's end with a
            # synthetic title span over the gap's words.
            extended = doc.char_span(span.start_char, cursor, alignment_mode="contract")
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


def _chain_after(doc: Doc, spans: list[Span], start_char: int, ceiling: int) -> list[Span]:
    """An appositive after a name: "Ishaq Dar, Pakistan's Foreign Minister"."""
    rest = text_of(doc)[start_char:ceiling]
    m = re.match(r"^\s*,\s*(?:the\s+|who is (?:also )?(?:the\s+)?)?", rest)
    if not m:
        return []
    chain: list[Span] = []
    cursor = start_char + m.end()
    for span in [s for s in spans if s.start_char >= cursor and s.end_char <= ceiling]:
        gap = text_of(doc)[cursor : span.start_char]
        if not _FILLER.match(gap) or span.label_ in ("CITY", "PERSON"):
            break
        chain.append(span)
        cursor = span.end_char
    return chain if any(_is_title(s) for s in chain) else []


_BODY_WORDS = frozenset(
    {
        "Regiment",
        "Council",
        "Committee",
        "Commission",
        "Office",
        "Ministry",
        "Guard",
        "Guards",
        "Bank",
        "Fund",
        "Agency",
        "Party",
        "Assembly",
        "Forces",
        "Army",
        "Navy",
        "Corps",
        "Secretariat",
        "Palace",
        "House",
        "Division",
        "Department",
        "Bureau",
        "Authority",
        "Institute",
        "Centre",
        "Center",
        "Board",
        "Court",
        "Parliament",
        "Senate",
        "Summit",
    }
)


def _clean_person(doc: Doc, ent: Span, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """Strip titles, honorifics and possessives that the NER glued onto a name."""
    start, end = ent.start_char, ent.end_char
    text = text_of(doc)[start:end]
    m = re.search(r"(?:'s|’s|’|')\s*$", text)
    if m:
        end = start + m.start()
        text = text_of(doc)[start:end]
    by_surface = gaz.titles_by_surface()
    words = text.split(" ")
    dropped = 0
    # "Mantri Shri Rajnath Singh": whatever precedes a form of address is not the name.
    marks = [i for i, w in enumerate(words[:4]) if w in _HONORIFICS and i < len(words) - 1]
    if marks:
        dropped = sum(len(w) + 1 for w in words[: marks[-1] + 1])
        words = words[marks[-1] + 1 :]
    while len(words) > 1 and (
        words[0].lower() in by_surface
        or words[0] in _HONORIFICS
        or words[0].lower() in ("pm", "fm")
        or (dropped and words[0] in _AFTER_HONORIFIC)
    ):
        dropped += len(words[0]) + 1
        words = words[1:]
    start += dropped
    text = text_of(doc)[start:end].strip()
    if all(w in _HONORIFICS or w in _AFTER_HONORIFIC or w == "Tengku" for w in text.split()):
        return None  # "Datuk Seri" alone: a form of address, nobody's name
    if not re.search(r"[A-Z][a-z]", text) or any(c.isdigit() for c in text) or "\n" in text:
        return None
    if gaz.country_by_name(text) or gaz.country_by_demonym(text) or gaz.organization_by_name(text):
        return None
    if text.split()[-1] in _BODY_WORDS:
        return None  # "President Guard Regiment": a unit or body, not a person
    if text.lower() in by_surface or gaz.country_by_metonym(text):
        return None
    return start, start + len(text), text


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


def _is_initial(token: Token) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", token.text))


def _person_spans(
    doc: Doc, sent: Span, gaz: Gazetteer, known: Sequence[str]
) -> list[tuple[int, int, str]]:
    """PERSON entities, plus names already known from elsewhere in the article.

    The small model misses names in long title chains ("Minister for Planning,
    Development and Special Initiatives Ahsan Iqbal") that it finds in plain sentences.
    """
    candidates: list[tuple[int, int, str]] = [
        # known office holders, by full name, alias or unique second-reference form
        (span.start_char, span.end_char, span.text)
        for span in _spans(doc, sent)
        if span.label_ == "PERSON"
    ]
    covered = {i for s in _spans(doc, sent) for i in range(s.start, s.end)}
    for ent in sent.ents:
        if ent.label_ == "PERSON" and (cleaned := _clean_person(doc, ent, gaz)):
            start, end, name = cleaned
            # "Ambassador of Saudi Arabia Nawaf bin Said Al-Malki": the model may leave
            # the given name out of the entity.
            first = doc[ent.start]
            if first.idx == start and ent.start > sent.start:
                prev = doc[ent.start - 1]
                if (
                    prev.pos_ == "PROPN"
                    and prev.is_title
                    and prev.i not in covered
                    and prev.lower_ not in gaz.titles_by_surface()
                    and not (prev.i > sent.start and doc[prev.i - 1].is_title)
                ):
                    start = prev.idx
                    name = text_of(doc)[start:end]
                elif _is_initial(prev) and prev.i > sent.start and prev.i not in covered:
                    # "Mr Lloyd J Austin III": the model took only "Austin III".
                    given = doc[prev.i - 1]
                    if given.is_title and given.pos_ == "PROPN" and given.i not in covered:
                        start = given.idx
                        name = text_of(doc)[start:end]
            candidates.append((start, end, name))
    # Of overlapping candidates the longest wins: "Nawaf bin Said Al-Malki" is not the
    # listed "al-Malki".
    found: list[tuple[int, int, str]] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(s < cand[1] and cand[0] < e for s, e, _ in found):
            found.append(cand)
    for name in sorted(known, key=len, reverse=True):
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", sent.text):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, name))
    for start, end, name in _names_after_titles(doc, sent, gaz):
        if not any(s < end and start < e for s, e, _ in found) and (
            name.split()[-1] not in _BODY_WORDS
        ):
            found.append((start, end, name))
    return sorted(found)


def _modifies_a_noun(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.pos_ == "NOUN"


_PORTFOLIO_WORDS = frozenset(
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
    }
)


def _names_after_titles(doc: Doc, sent: Span, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """A name the model missed right after a title and its portfolio.

    "Minister for Planning, Development and Special Initiatives Ahsan Iqbal here ...": the
    capitalised run after the title ends with the name; its last two words are taken.
    """
    found = []
    spans = _spans(doc, sent)
    taken = {(s.start, s.end) for s in spans}
    for span in spans:
        if not _is_title(span) or all(t.function == "honorific" for t in _titles(gaz, span)):
            continue
        run: list[int] = []
        for token in doc[span.end : sent.end]:
            if token.is_title or (token.is_upper and len(token) > 1):
                run.append(token.i)
            elif token.lower_ not in ("of", "for", "on", "to", "and", ",", "the", "&"):
                break
        if len(run) < 2 or run[-1] != run[-2] + 1:
            continue
        first, last = run[-2], run[-1]
        if re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", doc[last].text) and len(run) > 2:
            first = run[-3]  # "Lloyd Austin III"
        if _is_initial(doc[first]) and len(run) > 2 and run[run.index(first) - 1] == first - 1:
            first = run[run.index(first) - 1]  # "Manuela V. Ferro"
        marks = [i for i in run if doc[i].text in _HONORIFICS and i < last]
        if marks and marks[-1] + 1 < first and all(i in run for i in range(marks[-1], last + 1)):
            first = marks[-1] + 1  # "Mr Lloyd J Austin III": the name starts after "Mr"
        if doc[first].lower_ in _PORTFOLIO_WORDS or doc[last].lower_ in _PORTFOLIO_WORDS:
            continue
        if any(s <= first < e or s <= last < e for s, e in taken):
            continue
        if doc[first].pos_ != "PROPN" or doc[last].pos_ != "PROPN":
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        found.append((start, end, text_of(doc)[start:end]))
    return found


def find_parties(
    doc: Doc, sent: Span, gaz: Gazetteer, known: Sequence[str] = ()
) -> list[PartyMention]:
    """Every person, named or unnamed official and envoy that ``sent`` mentions."""
    spans = _spans(doc, sent)
    used: set[tuple[int, int]] = set()
    parties: list[PartyMention] = []
    possessor: tuple[int, str | None] | None = None
    for start, end, name in _person_spans(doc, sent, gaz, known):
        before = _chain_before(doc, spans, start, sent.start_char, gaz)
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
        if not _is_title(span) or (span.start_char, span.end_char) in used:
            continue
        titles = _titles(gaz, span)
        if not titles or all(t.is_modifier for t in titles):
            continue
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
    return found


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

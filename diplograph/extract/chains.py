"""Title chains: the titles, states and bodies written next to a name, and whom they say
the person acts for.

"Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar", "Ambassador of Saudi
Arabia Nawaf bin Said Al-Malki", "Omar Alieu Touray, President of the ECOWAS Commission",
"a delegation from the World Health Organization headed by Dr. Hanan Balkhy": the spans
before and after a name, joined only by fillers, make one chain. Used by
:mod:`~diplograph.extract.mentions`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from diplograph.extract.doctext import text_of
from diplograph.extract.namewords import HONORIFICS
from diplograph.extract.spans import is_title, names_next, posting_start, titles_of
from diplograph.gazetteer import Gazetteer

__all__ = [
    "ENVOY_FUNCTIONS",
    "chain_after",
    "chain_before",
    "title_chain",
]

# Functions (titles.csv) whose holders represent their state abroad: "the ambassadors of
# Oman and Iraq" are envoys of Oman and Iraq, not officials of the place they sit in.
ENVOY_FUNCTIONS = frozenset(
    {"envoy", "diplomat_head_of_mission", "diplomat", "consular", "io_country_head"}
)
# "Minister for Finance and Revenue", "Minister of State for Foreign Affairs": a portfolio
# after a title word belongs to the title.
_PORTFOLIO = re.compile(r"^\s+(?:for|of|on the)\s+(?:[A-Z][\w-]*|and|the|of|&|,|\s)+?\s*$")
# Words that join a title chain; "(WB)" repeats the organisation just named.
_FILLER = re.compile(
    r"^(?:\s|,|'s|’s|of|for|the|and|to|in|on|&|his|her|their|its|counterparts?|\(|\)"
    # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. X"
    r"|Expatriates|Abroad|Diaspora"
    # "Polish parliamentary speaker Szymon Holownia", "Commander of the Estonian Defense
    # Forces Maj. Gen. Andrus Merilo", "Speaker of Iraq's Council of Representatives X"
    r"|parliamentary|Defen[cs]e Forces|Armed Forces|(?:Council|House) of Representatives"
    r"|\([A-Z]{2,8}\)|Commission|Secretariat|'|’"
    # "The Amir H H Sheikh Tamim", "President H E Paul Kagame" (Qatari papers)
    r"|\bH\.? ?[HE]\.?(?=\s))*$"
    # "Vice-President of the European Commission": a hyphen joining two title words.
    r"|^-$"
)
# A country after "in"/"to"/"for" is where an envoy is posted, not whom they represent:
# "Ambassador of China to Pakistan", "UNDP Resident Representative in Pakistan",
# "the Special Envoy of the UN Secretary-General for Yemen".
_POSTING = re.compile(r"\b(?:in|to|for|on)\s+(?:the\s+)?$")


# Named only as the sender of greetings, a relative, or someone dead: not at the meeting.
def _affiliation(span: Span) -> str | None:
    if span.label_ in ("COUNTRY", "DEMONYM", "ORG", "METONYM"):
        return span.id_ or None
    return None


def _posted(doc: Doc, pieces: list[Span], i: int) -> bool:
    """Piece ``i`` is where its envoy is posted: after a title ("Ambassador of China to
    Pakistan"), or the second of two ("Special Envoy for Ukraine and Russia Keith Kellogg")."""
    start = pieces[i].start_char
    if i and _POSTING.search(text_of(doc)[max(0, start - 8) : start]):
        return True
    return bool(_SECOND_POSTING.search(text_of(doc)[max(0, start - 80) : start]))


_SECOND_POSTING = re.compile(
    r"\b(?:[Ee]nvoy|[Rr]epresentative|[Cc]oordinator|[Cc]ommissioner) (?:for|to) (?:the )?"
    r"(?:[A-Z][\w'’-]+ ){1,3}and $"
)


def title_chain(
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
        for i, p in enumerate(pieces)
        if (a := _affiliation(p))
        and not _posted(doc, pieces, i)
        # "an IMF mission led by its Bangladesh Mission Chief": the body's own posting
        and not re.search(r"\bits\s+$", text_of(doc)[max(0, p.start_char - 5) : p.start_char])
    ]
    if not titles:
        return None, (affiliations[0] if affiliations else None), False
    head = [t for t in titles if not all(x.is_modifier for x in titles_of(gaz, t))]
    if not head:
        return None, (affiliations[0] if affiliations else None), False
    title_text = text_of(doc)[titles[0].start_char : titles[-1].end_char]
    envoy = any(x.function in ENVOY_FUNCTIONS for t in head for x in titles_of(gaz, t))
    # "the UN High Commissioner for Human Rights": the office inside the UN the title
    # belongs to (OHCHR), when the stated body is its parent.
    scoped = _scoped(gaz, head) if affiliations else []
    if scoped and gaz.parent_body(scoped[0]) == affiliations[0]:
        affiliations = scoped
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
        # A title stretched over its portfolio ("European Commissioner for International
        # Partnerships") keeps the key of the title it stretches.
        for x in (
            by_surface.get(t.text.lower(), by_surface.get(t.text.lower()[:-1], []))
            or titles_of(gaz, t)
        )
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


def chain_before(
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
        if not chain and gap == " " and (posted := posting_start(doc, span)) is not None:
            cursor = posted  # "Iran's Ambassador to Kabul Hassan Kazemi Qomi": where posted
            continue
        if (
            not chain
            and re.fullmatch(r"\s+and\s+", gap)
            and _BETWEEN.search(text_of(doc), max(floor, span.start_char - 60), span.start_char)
        ):
            break  # "talks between a British prime minister and Xi Jinping": two people
        portfolio = not chain and span.label_ == "TITLE" and _PORTFOLIO.match(gap)
        # "Saudi Arabia was represented by ... and Oman by Sayyid Shihab"; "Russia was
        # represented by Deputy Foreign Minister Mikhail Bogdanov and China by its special
        # envoy on the Middle East, Zhai Jun"
        elided = (
            span.label_ == "COUNTRY"
            and (
                (
                    not chain
                    and _ELIDED_BY.fullmatch(gap) is not None
                    and all(w in HONORIFICS for w in gap.split()[1:])
                )
                or (
                    len(chain) == 1
                    and chain[0].label_ == "TITLE"
                    and re.fullmatch(r" by (?:its|their|a|the) ", gap) is not None
                )
            )
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
        # "while the Kazakh delegation was led by Deputy Minister ... Roman Vassilenko"
        led = (
            all(c.label_ == "TITLE" for c in chain)
            and span.label_ in ("COUNTRY", "DEMONYM", "ORG")
            and (side_led := _SIDE_LED_BY.fullmatch(gap)) is not None
            # "The EU was represented by the President of the European Council": the body
            # the title names (EUCO) says more than the union it belongs to
            and not (span.label_ == "ORG" and "represented" in side_led.group())
        )
        if not (_FILLER.match(gap) or portfolio or elided or headed or led) or span.label_ in (
            "CITY",
            "PERSON",
        ):
            break
        if chain and not elided and re.search(r"\b(?:his|her|their|its)\b", gap):
            # "received ... in Brasília his Paraguayan counterpart": a possessive opens the
            # noun phrase; the name before it is not part of the title
            break
        if (
            not any(x.function != "honorific" for c in chain for x in titles_of(gaz, c))
            and "," in gap
            and _place_before_comma(doc, span)
        ):
            # "From Moscow, Mr. Modi leaves for Vienna", "Before travelling to Ukraine, Mr.
            # Modi spent two days in Poland": where he is or goes, not whom he serves
            break
        if (
            ("," in gap or " and " in gap)
            and span.label_ == "COUNTRY"
            and _named_of(doc, spans, span)
        ):
            break  # "Anthony Albanese of Australia, Narendra Modi of India": Albanese's state
        if (
            "," in gap
            and span.label_ == "ORG"
            and (
                _SPOKE_TO.search(text_of(doc), max(0, span.start_char - 40), span.start_char)
                or _GATHERING_OF.search(text_of(doc), max(0, span.start_char - 90), span.start_char)
            )
        ):
            break  # "after his speech to the General Assembly, US President Biden": an audience
        if (
            chain
            and "," in gap
            and chain[0].label_ in ("COUNTRY", "DEMONYM")
            and (
                text_of(doc)[chain[0].end_char : chain[0].end_char + 2] in ("'s", "’s")
                or span.label_ in ("COUNTRY", "DEMONYM")
            )
        ):
            # "King Hamad of Bahrain, Kuwait's Crown Prince", "Meloni of Italy, the Polish
            # prime minister Donald Tusk": the next one's own
            break
        first = chain[0] if chain else head
        listed = "," in gap or re.search(r"\band\b", gap)
        if listed and first is not None and _listed_before(span, first, gaz):
            break  # "the Ambassador of Ghana, the Ambassador of Japan": two envoys
        if (
            span.label_ == "COUNTRY"
            and listed
            and (
                (first is not None and first.label_ == "COUNTRY")
                or (
                    not chain
                    and _AND_BEFORE.search(
                        text_of(doc), max(0, span.start_char - 6), span.start_char
                    )
                )
            )
        ):
            # "the defence ministers of Iran, Belarus, ... and Uzbekistan, Singh said": a
            # list of states ends there, no title of the name after it
            break
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


def _place_before_comma(doc: Doc, span: Span) -> bool:
    if span.label_ == "METONYM":
        return True
    return span.label_ == "COUNTRY" and bool(
        _PLACE_PREP.search(text_of(doc), max(0, span.start_char - 20), span.start_char)
    )


_SPOKE_TO = re.compile(
    r"\b(?:speech|address|remarks|statement)\s+(?:to|at|before)\s+(?:the\s+)?$"
    r"|\baddressing\s+(?:the\s+)?$"
)
_BETWEEN = re.compile(r"\bbetween (?:the |a |an )?(?:[\w-]+ ){0,3}$")
_PLACE_PREP = re.compile(
    r"\b(?:[Ff]rom|[Ii]n|[Aa]t|(?:travell?(?:ing|ed)|going|flying|heading|returning) to)\s+"
    r"(?:the\s+)?$"
)


def _named_of(doc: Doc, spans: list[Span], state: Span) -> bool:
    """ "Anthony Albanese of Australia": the state is said of the person named before it."""
    i = state.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    name = doc[i - 1]
    return name.ent_type_ == "PERSON" or any(
        s.label_ == "PERSON" and s.start <= name.i < s.end for s in spans
    )


# "Opening the summit of the Association of Southeast Asian Nations (ASEAN), Indonesian
# President Joko Widodo": a body whose gathering he opens, not his
_GATHERING_OF = re.compile(
    r"\b(?:summit|meeting|session|conference|gathering|ministerial)s? of (?:the )?[^,;.()]{0,60}"
    r"(?:\()?$"
)
_HEADED_BY = re.compile(r"(?:\s*\([A-Z]{2,8}\)|\))?,?\s+(?:headed|led)\s+by\s+")
_SIDE_LED_BY = re.compile(
    # "the International Monetary Fund (IMF) team led by Mr. Nathan Porter"
    # "the International Monetary Fund (IMF) staff mission led by Chris Papageorgiou"
    r"\)?(?:\s*\([A-Z]{2,8}\))?\s+(?:staff\s+|review\s+|technical\s+|high-level\s+)?"
    r"(?:delegation|team|side|mission)\s+(?:(?:was|is|were)\s+)?"
    r"(?:headed|led)\s+by\s+(?:the\s+|(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    # "Burundi was represented by Vice President Prosper Bazombanza"
    r"|\s+(?:was|were|is) represented by\s+(?:the\s+|its\s+)?"
)
_DELEGATION_OF = re.compile(r"\bdelegations?\s+(?:of|from)\s+[^,;]{0,60}$", re.IGNORECASE)
_ELIDED_BY = re.compile(r" by (?:\S+ )?")
_AND_BEFORE = re.compile(r"(?:\band|,)\s+$")
_PORTFOLIO_THEN_BODY = re.compile(r"\s+(?:for|of|in)\b[^,;()]{0,40}?\b(?:at|of|with)\s+(?:the\s+)?")
_APPOSITION_LEAD = re.compile(
    r"(?:the\s+|an?\s+(?!former\b|ex-)|who is (?:also )?(?:the\s+|an?\s+)?)?"
)
_PLURAL_OFFICE = re.compile(
    r"(?i)\b(?:ambassadors|envoys|ministers|diplomats|commissioners|representatives|officials|"
    r"leaders|secretaries|delegates|heads|counterparts)$"
)
_SPEAKS = re.compile(r"\s+(?:said|says|told|added|noted|stressed|recalled|underlined)\b")


def chain_after(doc: Doc, spans: list[Span], start_char: int, ceiling: int) -> list[Span]:
    """An appositive after a name: "Ishaq Dar, Pakistan's Foreign Minister"."""
    rest = text_of(doc)[start_char:ceiling]
    m = re.match(r"^\s*,\s*", rest)
    if not m or re.match(r"^\s*,\s*and\b", rest):
        return []  # ("Gen. Charoenchai Hinthao, and the secretary-general of ...": the next)
    chain: list[Span] = []
    cursor = start_char + m.end()
    for span in [s for s in spans if s.start_char >= cursor and s.end_char <= ceiling]:
        gap = text_of(doc)[cursor : span.start_char]
        # ", the US President's Special Envoy": the article may sit inside the first span.
        lead = not chain and _APPOSITION_LEAD.fullmatch(gap)
        if not (_FILLER.match(gap) or lead) or span.label_ in ("CITY", "PERSON"):
            break
        if chain and re.match(r"\s*,\s*and\b", gap):
            break  # "Otunbayeva, the UN's Special Representative ..., and China's Ambassador"
        chain.append(span)
        cursor = span.end_char
    if chain and names_next(doc, cursor):
        return []  # "Ishiba, U.S. President Joe Biden and ...": the next person's title
    if chain and _SPEAKS.match(text_of(doc), cursor):
        return []  # "... of national leader Heydar Aliyev, the chairperson said": its subject
    first_title = next((s for s in chain if is_title(s)), None)
    lead_in = text_of(doc)[start_char : chain[0].start_char] if chain else ""
    if re.match(r"\W*an?\s", lead_in) and re.search(r"\b(?:former|ex-)", lead_in + chain[0].text):
        return []  # "Youssouf, a former Djiboutian foreign minister": an office he left
    if first_title is not None and _PLURAL_OFFICE.search(first_title.text):
        # "attended by Chinese Ambassador Jiang Zaidong, the ambassadors of Russia and
        # France, ...": more people listed, not one person's office.
        return []
    if chain and is_title(chain[-1]):
        # "regional director for the Western Pacific at the World Health Organization"
        for span in [s for s in spans if s.start_char >= cursor and s.end_char <= ceiling]:
            gap = text_of(doc)[cursor : span.start_char]
            if span.label_ == "ORG" and _PORTFOLIO_THEN_BODY.fullmatch(gap):
                chain.append(span)
            break
    return chain if any(is_title(s) for s in chain) else []

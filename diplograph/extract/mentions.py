"""Who is mentioned in a sentence, and for whom they act: people, titles, envoys, officials.

Works on a spaCy ``Doc`` annotated by :mod:`diplograph.extract.components` (gazetteer
spans in ``doc.spans["dg"]`` and the statistical NER's PERSON entities) and returns plain
:class:`PartyMention` values. It knows titles and countries, never IRIs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from diplograph.extract.absence import (
    absent_after,
    adviser_title,
    named_as_absent,
    named_elsewhere,
    source_in_apposition,
    sworn_into_office,
)
from diplograph.extract.chains import (
    chain_after,
    chain_before,
    title_chain,
)
from diplograph.extract.doctext import text_of
from diplograph.extract.groups import FIXED_MEMBERS, state_groups
from diplograph.extract.names import HONORIFICS, person_spans
from diplograph.extract.namewords import BODY_WORDS
from diplograph.extract.party import PartyMention
from diplograph.extract.seats import seat_before
from diplograph.extract.spans import inside_title, is_title, sentence_spans, titles_of
from diplograph.extract.state_lists import LIST_GAP, country_list_after, members_listed
from diplograph.gazetteer import Gazetteer

__all__ = ["find_parties"]

# "the founding prime minister", "the former President": not the present office holder.
_PAST_HOLDER = re.compile(
    r"\b(?:former|late|founding|then|ex|previous|outgoing|first|erstwhile)[\s-]+$", re.IGNORECASE
)
# "Trump's special envoy": the possessor is not a party. "Modi's meeting with Putin" and
# "Xi's talks" are the possessor's own meetings.
_POSSESSIVE_AFTER = re.compile(
    r"(?:'s|’s|’|')(?=\s)(?!\s+(?:[\w-]+\s+){0,2}(?i:meeting|talks|call|conversation|visit)\b)"
)


_ADDRESS_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+)+$"
)
_NAMED_PLACE_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]+){0,3}\s+([A-Z]\w+)")
_EVENT_AFTER = re.compile(
    r"(?:'s|’s|'|’)?\s+(?:Meeting|Summit|Conference|Forum|Retreat|Dialogue|Council)\b"
)


def _modifies_a_noun(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if head.i + 2 < len(doc) and not head.whitespace_ and doc[head.i + 1].text == "-":
        return False  # "Andrey Rudenko co-chaired": "co" is the verb's prefix, not a noun
    return root.dep_ == "compound" and head.i >= span.end and head.pos_ == "NOUN"


def find_parties(
    doc: Doc, sent: Span, gaz: Gazetteer, known: Sequence[str] = ()
) -> list[PartyMention]:
    """Every person, named or unnamed official and envoy that ``sent`` mentions."""
    spans = sentence_spans(doc, sent)
    used: set[tuple[int, int]] = set()
    parties: list[PartyMention] = []
    possessor: tuple[int, str | None] | None = None
    absent_end: int | None = None  # where the last name said to be absent ends
    for start, end, name in person_spans(doc, sent, gaz, known):
        # "the Governor-General of Papua New Guinea, Sir Bob Dadae": the title chain ends
        # before the form of address (not "Sejm Marshal Szymon Holownia": it ends a title).
        address = _ADDRESS_BEFORE.search(text_of(doc), sent.start_char, start)
        chain_end = (
            address.start() if address and not inside_title(spans, address.start()) else start
        )
        used.update((s.start_char, s.end_char) for s in spans if chain_end <= s.start_char < start)
        before = chain_before(doc, spans, chain_end, sent.start_char, gaz)
        if (
            before
            and "," in text_of(doc)[before[-1].end_char : chain_end]
            and _FRONTED.match(text_of(doc), sent.start_char, before[0].start_char)
        ):
            # "Receiving the Chilean ambassador, Cuong said ...", "In his meeting with the
            # acting premier, Mr Dar said ...": the title is the one met, not the name's.
            before = []
        after = chain_after(doc, spans, end, sent.end_char)
        chain_start = before[0].start_char if before else chain_end
        if named_as_absent(text_of(doc)[max(sent.start_char, start - 160) : start]) or (
            # "the greetings of King Salman ... and Crown Prince Mohammed bin Salman": the
            # next of a list of the absent
            absent_end is not None
            and _AND_NEXT.fullmatch(text_of(doc), absent_end, chain_start) is not None
        ):
            # "conveyed greetings from Prime Minister Modi", "son of ... Lee Kuan Yew": the
            # title goes with the absent person too.
            used.update((s.start_char, s.end_char) for s in (*before, *after))
            absent_end = end
            continue
        if source_in_apposition(text_of(doc), sent.start_char, start) and text_of(doc)[
            end : end + 1
        ] in (",", ")"):
            used.update((s.start_char, s.end_char) for s in (*before, *after))
            continue
        title, represents, envoy = title_chain(doc, before, gaz)
        if adviser := adviser_title(text_of(doc), sent.start_char, start):
            title = adviser  # not "President", whom he advises
        if title is None and after:
            title, represents_after, envoy = title_chain(doc, after, gaz)
            represents = represents or represents_after
        elif after and represents and title_chain(doc, after, gaz)[1] not in (None, represents):
            # "High Commissioner of the United Kingdom Jane Marriott, High Commissioner of Sri
            # Lanka, and ...": the title after the name is the next envoy's
            after = []
        for s in (*before, *after):
            used.add((s.start_char, s.end_char))
            # A synthetic title over a portfolio covers the gazetteer's title inside it.
            used.update(
                (t.start_char, t.end_char)
                for t in spans
                if s.start_char <= t.start_char and t.end_char <= s.end_char
            )
        if _modifies_a_noun(doc, start, end):
            continue  # "the incoming Trump administration": a name used as a modifier
        if absent_after(text_of(doc), end):
            # "The video call took place a day after Donald Trump was sworn in as president"
            used.update((s.start_char, s.end_char) for s in (*before, *after))
            continue
        if _POSSESSIVE_AFTER.match(text_of(doc), end):
            # "Trump's special envoy, Steve Witkoff": Trump qualifies the envoy and lends
            # him his country; he is not a party himself.
            possessor = (end, represents)
            continue
        if represents is None and possessor and start - possessor[0] < 60:
            represents = possessor[1]
        # "Trump's special envoy Steve Witkoff met with Putin": the possessor lends his
        # country to the one he qualifies only.
        possessor = None
        if represents is None:
            represents = _delegation_led(doc, spans, end) or _leading_delegation(doc, spans, start)
        if represents is None and title is not None:
            represents = _state_after(doc, spans, end)
        if represents is None:
            represents = seat_before(doc, spans, start, gaz) or _side_of_sentence(doc, spans, sent)
        parties.append(
            PartyMention(start, end, name, title, represents, envoy, represents is not None)
        )
    _distribute(doc, spans, parties)
    parties.extend(
        p
        for p in _unnamed(doc, spans, sent, used, gaz)
        # "a day before high-level talks between American and Ukrainian delegations": the
        # sides of another day's meeting
        if not named_as_absent(text_of(doc)[max(sent.start_char, p.start - 160) : p.start])
    )
    parties.sort(key=lambda p: p.start)
    return parties


def _state_after(doc: Doc, spans: list[Span], end: int) -> str | None:
    """ "President Taneti Maamau of Kiribati": the state named right after a titled name."""
    of = _OF_STATE.match(text_of(doc), end)
    if of is None:
        return None
    state = next((s for s in spans if s.start_char == of.end()), None)
    return state.id_ if state is not None and state.label_ == "COUNTRY" else None


_OF_STATE = re.compile(r",? of (?:[Tt]he )?")
_LEADS = re.compile(r"\s+(?:(?:led|headed) (?:the|a)|(?:was|were) (?:also )?part of the) ")
_DELEGATION = re.compile(r"\s+(?:delegation|team|side)\b")


def _delegation_led(doc: Doc, spans: list[Span], end: int) -> str | None:
    """The state of the delegation a person "led": "Warraich led the Pakistan delegation"."""
    lead = _LEADS.match(text_of(doc), end)
    if lead is None:
        return None
    for span in spans:
        if (
            span.start_char == lead.end()
            and span.label_ in ("COUNTRY", "DEMONYM")
            and _DELEGATION.match(text_of(doc), span.end_char)
        ):
            return span.id_
    return None


# "The Russian side was headed by presidential aide Vladimir Medinsky", "Iran was
# represented by two deputy foreign ministers, Majid Takht-Ravanchi and Kazem Gharibabadi"
_LED_BY = re.compile(
    r"(?:'s|’s)?\s+(?:side|delegation|team)\s+(?:was|were|is|are)\s+(?:headed|led)\s+by\s+"
    r"(?:[\w.'’-]+\s+){0,5}"
    # "A visiting International Monetary Fund (IMF) mission led by its Bangladesh Mission
    # Chief Chris Papageorgiou"
    r"|\s+(?:\([A-Z]{2,8}\)\s+)?(?:staff\s+)?(?:mission|delegation|team),?\s+(?:led|headed)\s+by\s+"
    r"(?:its\s+|the\s+)?(?:[\w.'’-]+\s+){0,5}"
    # ("Myanmar was represented at the non-political level by H.E. Aung Kyaw Moe")
    r"|\s+(?:was|were)\s+represented\s+(?:at\s+(?:[\w-]+\s+){1,3})?by\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:[\w-]+,\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3},?\s+and\s+)?"
)


def _leading_delegation(doc: Doc, spans: list[Span], start: int) -> str | None:
    """The state of the delegation a person was at the head of, said before the name."""
    for span in spans:
        if (
            span.label_ in ("COUNTRY", "DEMONYM", "ORG")
            and 0 < start - span.end_char < 80
            and _LED_BY.fullmatch(text_of(doc), span.end_char, start)
        ):
            return span.id_
    return None


_AND_NEXT = re.compile(r",?\s+and\s+(?:the\s+)?")
_FRONTED = re.compile(
    r"\W*(?:(?:Receiving|Meeting|Talking (?:to|with)|Speaking (?:to|with)|Hosting|Welcoming)"
    r"|(?:In|During|After) (?:his|her|their|the) (?:meeting|talks|call|conversation) with)\b"
    r"[^,;.]*$"
)
_COUNTERPARTS_THEN = re.compile(r"\s+counterparts?,?\s+")


def _distribute(doc: Doc, spans: list[Span], parties: list[PartyMention]) -> None:
    """Each of "his Azerbaijani and Georgian counterparts, Jeyhun Bayramov and Maka
    Botchorishvili" acts for the state in the same place of the list."""
    text = text_of(doc)
    for i, span in enumerate(spans):
        head = _COUNTERPARTS_THEN.match(text, span.end_char)
        if span.label_ != "DEMONYM" or head is None:
            continue
        states = [span]
        for prev in reversed(spans[:i]):
            if prev.label_ != "DEMONYM" or not LIST_GAP.match(
                text[prev.end_char : states[0].start_char]
            ):
                break
            states.insert(0, prev)
        named = [j for j, p in enumerate(parties) if p.person and p.start >= head.end()]
        members = named[:1]
        for j in named[1:]:
            if not LIST_GAP.match(text[parties[members[-1]].end : parties[j].start]):
                break
            members.append(j)
        # ("his Liberian counterpart, President Joseph Boakai": one, titled)
        one = not head.group().strip(" ,").endswith("s")
        if (
            len(states) < 2 - one
            or len(members) != len(states)
            or not re.fullmatch(
                r"(?:[A-Z][\w.-]*\s+){0,3}", text[head.end() : parties[members[0]].start]
            )
        ):
            continue
        for j, state in zip(members, states, strict=True):
            parties[j] = replace(parties[j], represents=state.id_, explicit_affiliation=True)


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
        if named_elsewhere(
            text_of(doc)[max(sent.start_char, span.start_char - 160) : span.start_char]
        ):
            continue  # "handed Trump a letter from the King": whose letter, not who met
        if _POSSESSIVE_AFTER.match(text_of(doc), span.end_char):
            continue  # "the Prime Minister's Office", "the President's message"
        if (place := _NAMED_PLACE_AFTER.match(text_of(doc), span.end_char)) and place.group(
            1
        ) in BODY_WORDS:
            continue  # "the King Khalid International Airport": a place's name
        before = chain_before(doc, spans, span.start_char, sent.start_char, gaz, span)
        # "the ambassadors of Russia and France, the British High Commissioner": a chain
        # does not reach back into a list already read.
        read = [i for i, b in enumerate(before) if (b.start_char, b.end_char) in used]
        before = before[read[-1] + 1 :] if read else before
        chain = [*before, span]
        title, represents, envoy = title_chain(doc, chain, gaz)
        if title is None:
            continue
        if sworn_into_office(text_of(doc), chain[0].start_char):
            continue  # "a day after Donald Trump was sworn in as US president": an office
        listed = country_list_after(doc, spans, span.end_char, sent.end_char, gaz)
        group = listed[0] if len(listed) == 1 and listed[0].label_ == "ORG" else None
        if group is None and not listed and (represents or "").startswith("org:"):
            group = span
        if group is not None and _singular(title) != title:
            # "the ambassadors of the Gulf Cooperation Council (GCC) states ... -- Saudi
            # Arabia, the United Arab Emirates, Qatar, ...": each member's envoy.
            listed = members_listed(doc, spans, group.end_char, sent.end_char, gaz) or listed
        for s in chain:
            used.add((s.start_char, s.end_char))
        members = FIXED_MEMBERS.get(listed[0].id_, ()) if len(listed) == 1 else ()
        if members and _singular(title) != title:
            # "Top diplomats from the Group of Seven ... gathered in Charlevoix": one of each
            # member state's, when the group's membership does not change.
            used.add((listed[0].start_char, listed[0].end_char))
            found.extend(
                PartyMention(
                    listed[0].start_char, listed[0].end_char, None, _singular(title), m, envoy, True
                )
                for m in members
            )
        elif listed:
            for s in listed:
                used.add((s.start_char, s.end_char))
                found.append(
                    PartyMention(
                        s.start_char, s.end_char, None, _singular(title), s.id_, envoy, True
                    )
                )
        elif represents:
            if re.match(r"(?:former|ex-|late)\b", title, re.IGNORECASE):
                continue  # "calling the former secretary of state an old friend": the guest
            found.append(
                PartyMention(span.start_char, span.end_char, None, title, represents, envoy, True)
            )
        elif envoy and _THE_BEFORE.search(
            text_of(doc), max(0, chain[0].start_char - 8), chain[0].start_char
        ):
            # "Later, the ambassador was received by ...": the one envoy the article is
            # about, if it has only one.
            found.append(PartyMention(span.start_char, span.end_char, None, title, None, True))
        elif not envoy and _VISITING_BEFORE.search(
            text_of(doc), max(0, chain[0].start_char - 14), chain[0].start_char
        ):
            # "Later, the visiting minister called on ...": the one minister of the story,
            # named by title as the visitor (see ``ArticleContext.by_title``).
            found.append(
                PartyMention(
                    span.start_char, span.end_char, None, title[0].upper() + title[1:], None
                )
            )
        elif not envoy and not _PAST_HOLDER.search(text_of(doc)[sent.start_char : span.start_char]):
            # "HRH the Crown Prince received ...", "EAM called on ...": an official named
            # by title alone, whom the article's context may identify.
            found.append(PartyMention(span.start_char, span.end_char, None, title, None))
    found.extend(state_groups(doc, spans, sent, used, gaz))
    return found


_VISITING_BEFORE = re.compile(r"\b[Tt]he visiting $")
_THE_BEFORE = re.compile(r"\b[Tt]he (?:new )?$")


def _singular(title: str) -> str:
    """ "Ambassadors" → "Ambassador": each listed envoy holds the title on their own."""
    words = title.split(" ")  # ("ambassadors extraordinary and plenipotentiary": the first)
    i = 0 if len(words) > 1 and words[1].lower() in ("extraordinary", "general") else -1
    if words[i].lower().endswith("ies"):
        words[i] = words[i][:-3] + "y"
    elif words[i].lower().endswith("s") and not words[i].lower().endswith("ss"):
        words[i] = words[i][:-1]
    return " ".join(words)


_SIDE_OPENING = re.compile(r"\W*(?:On|From|For) the (?=\S+ side,)")


def _side_of_sentence(doc: Doc, spans: list[Span], sent: Span) -> str | None:
    """ "On the Ugandan side, the meeting was attended by the Chief of Defence Forces, Gen.
    Muhoozi Kainerugaba": the side a sentence opens with is that of those it names."""
    opening = _SIDE_OPENING.match(text_of(doc), sent.start_char, sent.end_char)
    if opening is None:
        return None
    state = next((s for s in spans if s.start_char == opening.end()), None)
    if state is None or state.label_ not in ("COUNTRY", "DEMONYM"):
        return None
    return state.id_ or None

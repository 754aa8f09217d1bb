"""Where a meeting took place: the city its report names, else the dateline's city.

Places are said where a meeting is reported ("met ... in Jeddah", "at the White House"),
and they resolve to gazetteer cities; a city the gazetteer does not list keeps its name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from diplograph.extract.doctext import text_of
from diplograph.extract.spans import sentence_ents, sentence_spans
from diplograph.gazetteer import Gazetteer
from diplograph.model import Mode, Place

__all__ = ["city_place", "meeting_place", "unlisted_city", "visit_place"]


def _title_case(name: str) -> str:
    return name.title() if name.isupper() else name


def city_place(gaz: Gazetteer, name: str) -> Place | None:
    """The gazetteer city ``name`` means ("ISLAMABAD", "Kuwait"), as a place; else None."""
    label = _title_case(name)
    country = gaz.country_by_name(label)
    if country is not None and gaz.city(label) is None:
        # "KUWAIT, Oct 15 (KUNA)": a city-state or a capital named after its country.
        label = country.capital
    city = gaz.city(label)
    if city is None:
        return None
    return Place(city.name, f"country:{city.iso2}", city.geonames_id or None)


def unlisted_city(gaz: Gazetteer, name: str, country: str | None) -> Place | None:
    """A city outside the gazetteer ("ANTALYA, Türkiye –"), unless the name is a country
    or an organisation."""
    label = _title_case(name)
    if label.removeprefix("the ").lower() in _STATE_WORDS:
        return None  # "who is visiting the Kingdom": the state, not a city
    if gaz.country_by_name(label) is None and gaz.organization_by_name(label) is None:
        return Place(_title_case(name), country)
    return None


_STATE_WORDS = frozenset({"kingdom", "sultanate", "emirate", "emirates", "republic", "state"})


# "in Jeddah", "at the Kremlin in Moscow", "in the Red Sea port city of Jeddah".
_IN_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}(?:city|capital|town|resort|port)\s+(?:of\s+)?)?$"
    # "at the Presidential Villa, Abuja"
    r"|\b[Aa]t\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*,\s+$"
    # "welcomed British Prime Minister Keir Starmer to Kyiv"
    r"|\bwelcom(?:ed|es|ing)\s+[^.,;]{3,80}?\s+to\s+$"
)


_HELD_IN = re.compile(
    r"\b(?:[Tt]he|[Tt]heir) (?:meeting|talks|discussions)\b,? (?:which (?:was|were) |was |were )?"
    r"(?:held|took place) (?:at [^.;]{0,50}? )?in (?:the (?:city|capital) of )?$"
)
_SINCE = re.compile(
    r"\bsince\b[^,;.]*$"
    # "one day after the extraordinary joint Arab-Islamic summit in Riyadh": another event's
    r"|\b(?:a|one|two|three|a few) (?:day|days|week|weeks) (?:after|before) (?:the|a|an) "
    r"[^,;.]{0,60}$"
)
_MOVED_TO = re.compile(
    r"\b(?:driven|flew|flown|flying|travell?ed|travell?ing|went|headed|heading|moved on|arrived|"
    r"taken) (?:on )?(?:to|in) "
    r"((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+),?\s+where\b(?=[^.;]{0,80}\b(?:met|held|hosted|received|"
    r"talks)\b)"
)
# "That evening Blinken flew on to Doha for talks with the Emir", "Lammy flew to Berlin on
# Saturday, less than 24 hours after being appointed, and held talks with ..."
_TRAVEL_FOR = re.compile(
    r"\b(?:flew|flown|travell?ed|went|headed|drove|moved on) (?:on )?to "
    r"((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+) (?:for (?:talks|a meeting|meetings)|to (?:hold|meet)"
    r"|[^.;]{0,80}?\band (?:held talks|met)\b)"
)
_WHERE = re.compile(r",?\s+where\b(?=[^.;]{0,80}\b(?:met|held|hosted|received|talks)\b)")
_TOPIC_CUE = re.compile(
    r"\b(?:discuss\w*|raised|situation|rights|issues?|about|regarding|concerning|crisis|"
    r"conflict|war|support for|developments|ceasefire|truce|peace|aid|relief|fighting|security|"
    r"stability|insurgency|unrest|attacks)\b",
    re.IGNORECASE,
)


# "The meeting reviewed the latest developments in the talks in Vienna": a city the talks
# were about, not where they were held.
_TOPIC_PLACE = re.compile(
    r"\b(?:(?:in|on|about|of|at) the (?:[\w-]+ ){0,3}(?:talks|negotiations|process)|war|"
    r"conflict|situation|crisis|fighting|developments|violence|security|stability|insurgency|"
    r"unrest|attacks) in (?:the )?$",
    re.IGNORECASE,
)


_NEXT_ROUND = re.compile(
    r"\b(?:next|upcoming|coming|another) (?:[\w-]+ ){0,2}(?:round|meeting|session|summit)s?"
    r"(?: of (?:talks|negotiations))? in $",
    re.IGNORECASE,
)


def meeting_place(
    doc: Doc,
    gaz: Gazetteer,
    mode: Mode,
    reporting: list[Span],
    home_city: Place | None,
    visited: Place | None = None,
    told: list[Span] | None = None,
    *,
    fallback: bool = True,
) -> Place | None:
    """Where an in-person meeting was, from the sentences that report it.

    ``reporting`` are the sentences with the meeting's triggers, not those about what was
    discussed ("... the situation in Gaza"); ``home_city`` is the dateline's city and
    ``visited`` where the story's visitor is (see :func:`visit_place`). ``told`` are the
    other sentences of the meeting's account, read only for a venue said outright. Without
    ``fallback``, a meeting that names no place gets none (not the dateline's city).
    """
    told = told or []
    if mode is not Mode.IN_PERSON:
        return None
    for sent in [*reporting, *told]:
        if "held" not in sent.text and "took place" not in sent.text:
            continue
        for span in sentence_spans(doc, sent):
            if (
                span.label_ in ("CITY", "METONYM")
                and sent.start_char <= span.start_char < sent.end_char
                and _HELD_IN.search(text_of(doc), sent.start_char, span.start_char)
                and (venue := city_place(gaz, span.text)) is not None
            ):
                # "During the meeting, held at Qasr Al Shati in Abu Dhabi": said outright.
                return venue
    for sent in reporting:
        for span in sentence_spans(doc, sent):
            if (
                span.label_ == "CITY"
                and sent.start_char <= span.start_char < sent.end_char
                and _WHERE.match(text_of(doc), span.end_char)
            ):
                # "Blinken arrived in Qatar from Riyadh, where on Wednesday he met ..."
                return city_place(gaz, span.text)
        travel = _TRAVEL_FOR.search(text_of(doc), sent.start_char, sent.end_char)
        if travel is not None and (there := city_place(gaz, travel.group(1))) is not None:
            return there  # "That evening Blinken flew on to Doha for talks with the Emir"
        for moved in _MOVED_TO.finditer(text_of(doc), sent.start_char, sent.end_char):
            name = moved.group(1)
            if gaz.country_by_name(name) is None and gaz.organization_by_name(name) is None:
                # "Zelenskyy was driven to Sandringham, where he was received by King Charles"
                return city_place(gaz, name) or Place(name)
        seat: Place | None = None  # a seat of government the sentence names, if no city
        for span in sentence_spans(doc, sent):
            if not (sent.start_char <= span.start_char < sent.end_char):
                continue
            before = text_of(doc)[sent.start_char : span.start_char]
            if _SINCE.search(before) or _NEXT_ROUND.search(before):
                # "since their last formal round of talks in Islamabad in May 2023"; "as
                # negotiators prepare for the next round in Doha": a venue to come
                continue
            if (
                span.label_ == "CITY"
                and _IN_PLACE.search(before)
                and not _TOPIC_PLACE.search(before)
            ):
                return city_place(gaz, span.text)
            if (
                span.label_ in ("DEMONYM", "COUNTRY")
                and re.search(r"\b[Ii]n (?:the )?$", before)
                and re.match(r"(?:'s)? capital\b", text_of(doc)[span.end_char :])
            ):
                # "met in the Peruvian capital", "in Japan's capital"
                country = gaz.countries.get(span.id_.removeprefix("country:"))
                if country is not None and country.capital:
                    return city_place(gaz, country.capital)
            if span.label_ == "METONYM" and _IN_PLACE.search(before) and seat is None:
                # "hosted Erdogan at the White House": the seat of government's city, unless
                # the sentence names a city ("at Government House in Port Moresby").
                country = gaz.countries.get(span.id_.removeprefix("country:"))
                if country is not None and country.capital:
                    seat = city_place(gaz, country.capital)
        if seat is not None:
            if home_city is not None and re.search(r"\bhere\b", sent.text):
                # "at Government House here": a seat's name many states share; "here" is
                # the dateline's city.
                return home_city
            return seat
        venues = [
            ent
            for ent in sentence_ents(doc, sent)
            if ent.label_ == "GPE"
            and _IN_PLACE.search(before := text_of(doc)[sent.start_char : ent.start_char])
            # "raised human rights in Xinjiang": a subject of the talks, not their venue
            # (its last words only: not "agreed to a ceasefire after talks ... in the Saudi
            # city of Jeddah")
            and not _TOPIC_CUE.search(" ".join(before.split()[-5:]))
            and not _NEXT_ROUND.search(before)
            and not _SINCE.search(before)
            and gaz.country_by_name(ent.text) is None
            and gaz.organization_by_name(ent.text) is None  # "in the EU" is no city
            and ent.text.removeprefix("the ").lower() not in _STATE_WORDS  # "the Kingdom"
            # "at the Berlaymont": a body's seat, which names it, not a city
            and not any(
                s.label_ == "METONYM" and s.start_char <= ent.start_char < s.end_char
                for s in sentence_spans(doc, sent)
            )
            and gaz.country_by_demonym(ent.text) is None
        ]
        if venues and home_city is not None:
            # "at the Bogor Presidential Palace, West Java" under a Bogor dateline: the
            # venue's own name gives the city, the name after the comma its province
            before = text_of(doc)[sent.start_char : venues[0].start_char]
            if re.search(rf"\b[Aa]t\s+(?:the\s+)?{re.escape(home_city.name)}\s+[^,]*,\s+$", before):
                return home_city
        if venues:
            # "their summit in Alaska ... at a military base in Anchorage" under an
            # ANCHORAGE dateline: the dateline's city, when the sentence names it
            ent = next(
                (
                    v
                    for v in venues
                    if home_city is not None and v.text.lower() == home_city.name.lower()
                ),
                venues[0],
            )
            return city_place(gaz, ent.text) or Place(ent.text)
    if home_city is not None and any(_HERE.search(s.text) for s in reporting):
        # "called on the minister here", "leaders convened in the capital on Tuesday":
        # the dateline's city
        return home_city
    return (visited or home_city) if fallback else None


_HERE = re.compile(r"\bhere\b|\b(?:in|at) the (?:\w+ )?capital\b(?! of\b)(?!'s)")

# "paid an official visit to Singapore", "is on a three-day visit to Pakistan",
# "arrived in Kuala Lumpur": where a visitor's meetings take place.
_VISIT_TO = re.compile(
    r"\b(?:(?:paid|paying|pays|made|on|during|concluded|wrapped up)\s+(?:an?\s+|his\s+|her\s+"
    r"|their\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\s+to|arrived\s+in|landed\s+in"
    r"|travell?ed\s+(?:together\s+)?to"
    # "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, who is visiting Beijing"
    r"|(?:is|was|are|were)\s+(?:currently\s+)?visiting)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_IS_IN = re.compile(r"\b(?:is|was|are|were)\s+(?:currently\s+)?in\s+(?:the\s+)?$")
_ON_A_VISIT = re.compile(r"\s+on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b")
_NOT_YET = re.compile(r"\b(?:will|would|to|plans?|planned|expected|scheduled|next|upcoming)\b")


def visit_place(
    doc: Doc, gaz: Gazetteer, sentences: list[Span], home: Place | None = None
) -> Place | None:
    """Where the story's visitor is, from the first sentence that says so.

    A readout filed at home ("New Delhi, March 25") about a minister's visit abroad
    reports meetings in the country visited; its capital stands in when only the country
    is named.
    """
    for sent in sentences:
        for span in sentence_spans(doc, sent):
            if not (sent.start_char <= span.start_char < sent.end_char):
                continue
            before = text_of(doc)[sent.start_char : span.start_char]
            m = _VISIT_TO.search(before)
            if m is None and _ON_A_VISIT.match(text_of(doc), span.end_char):
                # "Vladimir Putin, who is in Mongolia on an official visit, held talks"
                m = _IS_IN.search(before)
            if m is None or _NOT_YET.search(before[max(0, m.start() - 40) : m.start()]):
                continue
            if span.label_ == "CITY":
                return city_place(gaz, span.text)
            if span.label_ in ("COUNTRY", "METONYM"):  # "travelled together to Kyiv"
                country = gaz.countries.get(span.id_.removeprefix("country:"))
                if home is not None and home.country == span.id_:
                    # "St Petersburg" over a Kremlin readout of a guest "who is in Russia
                    # on a working visit": the dateline's city is in the country visited
                    return home
                if country is not None and country.capital:
                    return city_place(gaz, country.capital)
    return None

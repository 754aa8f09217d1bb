"""Where a meeting took place: the city its report names, else the dateline's city.

Places are said where a meeting is reported ("met ... in Jeddah", "at the White House"),
and they resolve to gazetteer cities; a city the gazetteer does not list keeps its name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from diplograph.gazetteer import Gazetteer
from diplograph.model import Mode, Place

__all__ = ["city_place", "meeting_place", "unlisted_city"]


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
    if gaz.country_by_name(label) is None and gaz.organization_by_name(label) is None:
        return Place(_title_case(name), country)
    return None


# "in Jeddah", "at the Kremlin in Moscow", "in the Red Sea port city of Jeddah".
_IN_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}(?:city|capital|town|resort|port)\s+of\s+)?$"
)


def meeting_place(
    doc: Doc, gaz: Gazetteer, mode: Mode, reporting: list[Span], home_city: Place | None
) -> Place | None:
    """Where an in-person meeting was, from the sentences that report it.

    ``reporting`` are the sentences with the meeting's triggers, not those about what was
    discussed ("... the situation in Gaza"); ``home_city`` is the dateline's city.
    """
    if mode is not Mode.IN_PERSON:
        return None
    for sent in reporting:
        for span in doc.spans["dg"]:
            if not (sent.start_char <= span.start_char < sent.end_char):
                continue
            before = doc.text[sent.start_char : span.start_char]
            if span.label_ == "CITY" and _IN_PLACE.search(before):
                return city_place(gaz, span.text)
            if span.label_ == "METONYM" and _IN_PLACE.search(before):
                # "hosted Erdogan at the White House": the seat of government's city.
                country = gaz.countries.get(span.id_.partition(":")[2])
                if country is not None and country.capital:
                    return city_place(gaz, country.capital)
        for ent in sent.ents:
            before = doc.text[sent.start_char : ent.start_char]
            if (
                ent.label_ == "GPE"
                and _IN_PLACE.search(before)
                and gaz.country_by_name(ent.text) is None
                and gaz.organization_by_name(ent.text) is None  # "in the EU" is no city
                and gaz.country_by_demonym(ent.text) is None
            ):
                return city_place(gaz, ent.text) or Place(ent.text)
    if home_city is not None and any(re.search(r"\bhere\b", s.text) for s in reporting):
        return home_city  # "called on the minister here": the dateline's city
    return home_city

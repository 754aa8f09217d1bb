"""The dateline a story was filed under: "ISLAMABAD, Dec 27 (APP) –", "Jakarta, 21 May
2024" on a line of its own, a readout's time stamp and place.

The dateline's city is where a wire story was filed, not always where the meeting was;
its date is what "today" and "on Tuesday" count from when the page gives no publication
date. Plain string work on the page's first lines, like :mod:`~diplograph.extract.layout`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "find_dateline"]


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place (and sometimes date) a wire story was filed from: "ISLAMABAD, Dec 27 (APP) –"."""

    city: str
    country: str | None
    date_text: str
    start: int
    end: int
    text: str


# The head of a dateline, up to its dash or colon: "ISLAMABAD, Dec 27 (APP)",
# "Jeddah, March 4, 2024, SPA", "ANTALYA, Türkiye", "BEIJING, Jan. 8 (Xinhua)".
_DATELINE = re.compile(
    # "(ANSA) - BEIJING, SEP 4 -": the agency may come first
    r"^(?:\([A-Z]{2,12}\)\s*[-–—]\s*)?"
    r"(?P<head>[A-Z][^\n–—:]{1,70}?)\s*(?:[–—]{1,2}\s*|-{1,3}\s+|:\s+)",
    re.MULTILINE,
)
# "Kingston, Mar 11 (Prensa Latina) The new ...": the agency's name closes the dateline,
# with no dash after it. Only a dated one counts ("President Ruto (left) Meets" is none).
# ("MOSCOW, February 8. /TASS/. St. Petersburg Governor ...": the agency between slashes)
_PAREN_DATELINE = re.compile(
    r"^(?P<head>[A-Z][^\n–—:()]{1,50}(?:\([^()\n]{1,25}\)|\.\s*/[A-Z][A-Za-z]{1,12}/\.?))"
    r"[ \t]+(?=[A-Z])",
    re.MULTILINE,
)
_DATELINE_DATE = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./]\d{4}"
    r"|[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.? \d{1,2}(?:st|nd|rd|th)?(?:(?:,? |/)\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?(?:,? \d{4})?)$"
)
_DATELINE_PLACE = re.compile(r"^[A-Z][^\W\d_]*(?:[ .'\-/]+[^\W\d_]+){0,4}$")
# Gulf agencies give the Hijri date first: "Rabi Al-Akhir 04, 1445".
_HIJRI = re.compile(
    r"^(?:(?:Muharram|Safar|Rabi\w*|Jumad\w*|Rajab|Sha'?ban|Ramadh?an|Shawwal|Dhu\w*)"
    r"(?:[ -]\w+){0,2} \d{1,2}|\d{1,2} (?:Muharram|Safar|Rabi|Jumad|Rajab|Sha'?ban|Ramadh?an|"
    r"Shawwal|Dhu)[\w' -]*|14\d\d(?: ?AH| H)?)$",
    re.IGNORECASE,
)
_DATELINE_AGENCY = re.compile(r"^\(?[A-Z][A-Za-z. /]{1,20}\)?$")
_DATE_THEN_AGENCY = re.compile(r"(.+?\d)\s+\(?[A-Z][A-Za-z]{2,12}\)?")


_NOT_PLACES = frozenset(
    {"from", "by", "published", "updated", "posted", "source", "photo", "date", "read", "share"}
    # A site's section over a page date: "Readouts | 19 September 2023"
    | {
        "readout",
        "readouts",
        "news",
        "press release",
        "press releases",
        "news release",
        "news releases",
        "statement",
        "statements",
        "speeches",
        "stories",
        "updates",
        "features",
        "opinion",
        "analysis",
        "media",
        "articles",
        "latest",
        "home",
        "world",
        "politics",
        "business",
        "diplomacy",
        "press",
        "photos",
        "videos",
        "events",
        "meetings",
    }
    # Axios-style section labels: "Why it matters: It was Bennett's first trip ..."
    | {
        "why it matters",
        "driving the news",
        "the big picture",
        "between the lines",
        "what's next",
        "go deeper",
        "behind the scenes",
        "state of play",
        "the bottom line",
        "by the numbers",
        "zoom in",
        "zoom out",
        "flashback",
        "catch up quick",
        "the latest",
        "what they're saying",
        "what to watch",
        "reality check",
        "the other side",
        "details",
    }
)


def _parse_dateline_head(head: str) -> tuple[str, str | None, str] | None:
    """(city, country, date text) from a dateline's head, or None if it is no dateline."""
    # "Jakarta, Tuesday (10/01/2023)": a weekday and the numeric date in brackets
    head = re.sub(
        r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \((\d{1,2}[./]\d{1,2}[./]\d{4})\)\s*$",
        r"\1",
        head.strip(),
    )
    head = re.sub(r"\s*\(([^)]{1,25})\)\.?\s*$", "", head)  # "(APP)", "(EFE).
    head = re.sub(r"\.?\s*/[A-Z][A-Za-z]{1,12}/\.?\s*$", "", head)  # ". /TASS/."
    # "Washington DC [US], January 22 (ANI):": the country in brackets after the city
    head = re.sub(r"^([^,\[\]]+?)\s*\[[A-Za-z. ]{2,20}\]", r"\1", head)
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if not parts or not _DATELINE_PLACE.match(parts[0]):
        return None
    city, country, date_text = parts[0], None, ""
    if "/" in city:
        city = city.split("/")[0].strip()  # "DOHA/KINSHASA, March 19 (Reuters) -"
    if agency := re.fullmatch(r"([A-Z][\w' -]{2,})\. [A-Z]{3,}", city):
        city = agency.group(1)  # "ASTANA. KAZINFORM –": the agency's name follows the city
    if city.lower() in _NOT_PLACES or (
        city.lower().endswith(" news") and city.lower() != "newport news"
    ):
        return None  # "From: Foreign, Commonwealth & Development Office", "KYODO NEWS - Mar 17"
    rest = parts[1:]
    # "March 4, 2024" is split by the comma: join a trailing year back on.
    joined: list[str] = []
    for part in rest:
        if re.fullmatch(r"\d{4}", part) and joined and _DATELINE_DATE.match(joined[-1]):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    for part in joined:
        if _HIJRI.match(part):
            continue  # "Riyadh, Rabi Al-Akhir 04, 1445, October 19, 2023, SPA --"
        dated = _DATE_THEN_AGENCY.fullmatch(part)
        if _DATELINE_DATE.match(part):
            date_text = part
        elif dated and _DATELINE_DATE.match(dated.group(1)):
            date_text = dated.group(1)  # "TOKYO, Feb. 4 Kyodo -": the agency after the date
        elif country is None and not date_text and _DATELINE_PLACE.match(part):
            country = part
        elif not _DATELINE_AGENCY.match(part):
            return None
    if len(city.split()) > 4:
        return None
    return city, country, date_text


def find_dateline(text: str, body_start: int = 0) -> Dateline | None:
    """The dateline at the start of the first body paragraph, if any.

    >>> d = find_dateline("ISLAMABAD, Dec 27 (APP) – Prime Minister ...")
    >>> (d.city, d.date_text)
    ('ISLAMABAD', 'Dec 27')
    """
    lead = _lead_dateline(text, body_start)
    own = _DATELINE.match(text, body_start)
    if lead is not None and own is not None and (parsed := _parse_dateline_head(own.group("head"))):
        # "ARAB NEWS" on a line above "RIYADH: Leaders of ...": the body's own dateline
        return Dateline(*parsed, own.start(), own.end(), own.group(0))
    if lead is not None:
        return lead
    paren = _PAREN_DATELINE.search(text, body_start, body_start + 400)
    if paren is not None and (parsed := _parse_dateline_head(paren.group("head"))) and parsed[2]:
        return Dateline(*parsed, paren.start(), paren.end(), paren.group(0))
    for m in _DATELINE.finditer(text, body_start):
        # Only the first paragraphs can carry a dateline.
        if m.start() - body_start > 400:
            return None
        parsed = _parse_dateline_head(m.group("head"))
        if parsed is None:
            continue
        city, country, date_text = parsed
        end = m.end()
        if not date_text and (dated := _DATE_AFTER_DASH.match(text, end)):
            # "PORT SUDAN – September 12, 2023 (SUDAN TRIBUNE) – The head of ...": the
            # date comes after the place's dash
            date_text, end = dated.group("date"), dated.end()
        return Dateline(city, country, date_text, m.start(), end, text[m.start() : end])
    return None


_DATE_AFTER_DASH = re.compile(
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})"
    r"\s*(?:\([A-Za-z .]{2,30}\)\s*)?(?:[–—]{1,2}|-{1,3})\s+"
)


# A dateline on a line of its own above the body: "RIO DE JANEIRO", "Jakarta, 21 May 2024".
_LEAD_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z .'\-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    # "Jakarta   ●   Wed, September 6, 2023": a bullet and a weekday before the date
    r"(?:(?:,\s*|\s*[•●|·]\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,\s*)?)"
    r"(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}"
    # "Baku, March 4, AZERTAC": the agency after the date, which may then lack its year
    r"|(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})(?=,? \(?[A-Z]{3,12}\)?\s*$))"
    r"(?:,? \(?[A-Z]{3,12}\)?)?)?\s*$"
)


# Page labels in capitals above a body ("READOUT", "PRESS RELEASE") are not places.
_LABEL_LINE = re.compile(
    r"^(?:READOUT|PRESS RELEASE|PRESS STATEMENT|STATEMENT|MEDIA NOTE|NEWS|UPDATE|BREAKING|"
    r"EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|FEATURE|INTERVIEW|REMARKS|FACT SHEET|FOR IMMEDIATE "
    r"RELEASE|OFFICE OF THE [A-Z ]+|TRANSCRIPT|NOTE TO CORRESPONDENTS)$"
)


# "October 11, 2022, 14:30" and "St Petersburg" on the next line, or "September 3, 2024
# 14:20 Ulaanbaatar": a readout's time stamp and place (the Kremlin's pages)
_TIME_STAMP = re.compile(
    r"^(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}),? \d{1,2}:\d\d(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}T?))?"
    r"(?:\s+(?P<city>[A-Z][a-z][^\W\d_]*(?:[ .'-]+[A-Z][^\W\d_]+){0,2}))?\s*$"
)
_PLACE_LINE = re.compile(r"^[A-Z][^\W\d_]+(?:[ .'-]+[A-Z][^\W\d_]+){0,2}$")


def _time_stamp(text: str, body_start: int) -> Dateline | None:
    """A time-stamp line with its place, within the first lines of the page."""
    offset = 0
    lines = text.splitlines(keepends=True)[:8]
    for i, line in enumerate(lines):
        m = _TIME_STAMP.match(line.strip())
        if m is not None:
            start = offset + line.index(line.strip())
            city = m.group("city")
            if city is None and i + 1 < len(lines) and _PLACE_LINE.match(lines[i + 1].strip()):
                city = lines[i + 1].strip()
            if city is not None:
                return Dateline(city, None, m.group("date"), start, start + len(line.strip()), "")
        offset += len(line)
    return None


def _lead_dateline(text: str, body_start: int) -> Dateline | None:
    if (stamp := _time_stamp(text, body_start)) is not None:
        return stamp
    offset = 0
    lines = text[:body_start].splitlines(keepends=True)
    for i, line in enumerate(lines):
        m = _LEAD_DATELINE.match(line.strip())
        # The first line is the headline; a place line comes after it, unless it is dated
        # ("Dhaka, 13 March 2025" over a UN readout whose headline is elsewhere).
        if (
            (i > 0 or (m is not None and m.group("date")))
            and m
            and (m.group("date") or m.group("city").isupper())
            and not _LABEL_LINE.match(m.group("city").strip())
            and m.group("city").strip().lower() not in _NOT_PLACES
        ):
            start = offset + line.index(line.strip())
            return Dateline(
                m.group("city").strip(),
                None,
                m.group("date") or "",
                start,
                start + len(line.strip()),
                line.strip(),
            )
        offset += len(line)
    return None

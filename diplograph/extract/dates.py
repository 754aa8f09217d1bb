"""Meeting dates: what date a text states, and whether it recalls an earlier period.

News dates its events relative to the story ("on Thursday", "yesterday", "on December
27" in a story of January 2), so every date here resolves against the publication date.
Plain strings in, :class:`datetime.date` out: no spaCy state and no I/O.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = [
    "counts_back",
    "days_before_told",
    "in_an_earlier_year",
    "is_background_time",
    "resolve_date",
]

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for m in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RX = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)? (?:of )?"
    + _MONTH_RX
    + r"(?:,? (?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    # "April 3/2025": the Ethiopian News Agency's datelines
    r"\b" + _MONTH_RX + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:(?:,? |/)(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
# European releases: "Kyiv, 01.12.2024" is the first of December.
# ("Jakarta, Tuesday (10/01/2023)": the tenth of January, day first as outside the US)
_DOTTED = re.compile(
    r"\b(?P<day>\d{1,2})(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"
)
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|last night|today|tonight|this (?:morning|afternoon|evening)"
    r"|earlier (?:in the day|today)|"
    # (not "the gathering, which Spain is hosting until Thursday": when it ends)
    r"(?<!until )(?<!through )(?:on |last |this )?(?P<weekday>monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday))\b",
    re.IGNORECASE,
)

_RESCHEDULED = re.compile(
    r"\b(?:planned|scheduled|set|due|postponed|moved|delayed|pushed back) (?:for|to|until) "
    r"(?:on )?$",
    re.IGNORECASE,
)
_PUT_OFF = re.compile(r"\b(?:postponed|rescheduled|delayed|pushed back|put off|moved)\b")


def _rescheduled(text: str, start: int) -> bool:
    """A date a plan was set for or moved to ("postponed his trip ... to March 10")."""
    if _RESCHEDULED.search(text, max(0, start - 30), start):
        return True
    return text[max(0, start - 4) : start] == " to " and bool(
        _PUT_OFF.search(text, max(0, start - 100), start)
    )


_AGAIN = re.compile(r"\b(?:again|another round|next round|follow-up|resume)\b", re.IGNORECASE)
_COMING = re.compile(
    r"\b(?:(?:early |later |late )?next (?:week|month)|in the coming (?:days|weeks)"
    r"|later this (?:week|month))\b",
    re.IGNORECASE,
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_DATE_AFTER = re.compile(r",?\s+(?:\d{1,2}\s+)?(?:" + _MONTH_NAMES + r")\b", re.IGNORECASE)
_PAST_PERIOD = re.compile(
    r"\b(?:(?:late |early |earlier )?last (?:year|month)|(?:a|an|\w+) (?:years?|months?) ago"
    r"|earlier this year|previously|in the past(?! (?:week|few days|24 hours|month)))\b"
    r"|\b(?:in|since|during|on) (?P<part>early |late |mid-)?(?P<month>" + _MONTH_NAMES + r")"
    r"(?:,? (?P<year>(?:19|20)\d\d))?\b(?! \d)"
    r"|\bin (?P<only_year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_SAME_DAY = re.compile(
    r"\b(?:earlier|later) in the day\b|\blater that (?:day|evening)\b|\bthe same day\b",
    re.IGNORECASE,
)
_EVE = re.compile(
    # "A day earlier, the junta's Foreign Minister Than Swe received a senior official"
    r"\b(?:on the eve|the (?:day|evening|night) before|the previous day)\b"
    r"|^\W*(?:A|One) day earlier\b|\b(?:a|one) day earlier,|\bcame (?:a|one) day after\b",
    re.IGNORECASE,
)


def days_before_told(text: str) -> int | None:
    """How many days before the meeting told just before this one was (0: the same day).

    >>> days_before_told("On the eve, the Russian president hosted the Indian prime minister.")
    1
    >>> days_before_told("Earlier in the day, Ishiba joined Biden and Yoon for a trilateral.")
    0
    >>> days_before_told("The two leaders met on Tuesday.") is None
    True
    >>> days_before_told("He met Borne on Thursday, and the diaspora later that evening.") is None
    True
    """
    if _ISO.search(text) or _MONTH_DAY.search(text) or _DAY_MONTH.search(text):
        return None
    if any(m.group("weekday") for m in _RELATIVE.finditer(text)):
        return None  # "held talks with Borne on Thursday ..., and ... later that evening"
    if _EVE.search(text) and not re.search(r"\bon the eve of\b", text, re.IGNORECASE):
        return 1
    return 0 if _SAME_DAY.search(text) else None


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose)\b[^,;()]*$", re.IGNORECASE)
_NAMED_BY_DATE = re.compile(
    r"\s+(?:terror |terrorist |militant )?(?:attacks?|massacre|bombings?|blasts?|elections?|"
    r"polls|referendum|deadline|ceasefire|truce|invasion|earthquake|floods?|coup|uprising|"
    r"revolution|accords?|agreement|incursion|raid)\b"
)
_EVENT_OF = re.compile(
    r"\b(?:elections?|polls?|vote|referendum|run-?off|inauguration|swearing-in) "
    r"(?:held |which took place )?(?:of|on) (?:the )?$"
)
# "The team, which arrived in Dhaka on October 24, held talks ... on Sunday": a date of
# something else.
_ARRIVED_ASIDE = re.compile(
    r"\b(?:which|who) (?:had )?(?:arrived|landed|flew in|began|started|took office|"
    r"was appointed|was sworn in)\b[^,;()]*$",
    re.IGNORECASE,
)
# "since the inauguration on January 20"
_SINCE = re.compile(r"\bsince\b[^,;()]*$|" + _ARRIVED_ASIDE.pattern, re.IGNORECASE)


def _in_since_clause(text: str, start: int) -> bool:
    return bool(_SINCE.search(text, max(0, start - 80), start))


def counts_back(text: str) -> bool:
    """True when the text dates its event by counting back ("two weeks ago").

    >>> counts_back("They met two weeks ago.")
    True
    >>> counts_back("They met on Friday, a month after the fall of Assad less than a month ago.")
    True
    >>> counts_back("They met on Friday, since the fall of Assad less than a month ago.")
    False
    """
    return any(not _in_since_clause(text, m.start()) for m in re.finditer(r"\bago\b", text))


# "Gargash, who met Araghchi there in March": the clause's time is the meeting's own.
_MET = re.compile(r"\b(?:met|meets|held talks|spoke|called on|received|hosted|visited)\b")


_WILL_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:due|set|scheduled|expected) to|to be held)\b[^,;.]*$"
)


def is_background_time(text: str, published: date | None) -> bool:
    """True when the text dates the meeting to an earlier period than the story's news.

    "when they met in June 2018", "spoke by phone late last year", "In March, Quad
    leaders agreed at a virtual summit" (in an April story): background, not news.

    >>> is_background_time("Trump met Kim at the Singapore summit in June 2018", date(2020, 2, 14))
    True
    >>> is_background_time("They met in March", date(2024, 3, 20))
    False
    """
    for m in _PAST_PERIOD.finditer(text):
        clause = _RELATIVE_CLAUSE.search(text, max(0, m.start() - 80), m.start())
        if (
            _in_since_clause(text, m.start())
            or (clause is not None and not _MET.search(text, clause.start(), m.start()))
            or _WILL_BEFORE.search(text, max(0, m.start() - 50), m.start())
        ):
            # "since the fall of al-Assad less than a month ago", "al-Assad, who fled to
            # Moscow in December", "the summit that Samoa will host in October": the time
            # of another event
            continue
        if not (m.group("month") or m.group("only_year")):
            return True
        if published is None:
            continue
        if m.group("only_year"):
            if int(m.group("only_year")) < published.year:
                return True
            continue
        month = _MONTHS[m.group("month").lower()]
        year = int(m.group("year")) if m.group("year") else published.year
        # "late September" in a story of October 3 is last week's news; "in March" in
        # a story of mid-April is background.
        day = {"early ": 5, "mid-": 15, "late ": 25}.get((m.group("part") or "").lower(), 15)
        when = _safe_date(year, month, day)
        if (
            when is not None
            and not m.group("year")
            and ((when - published).days > 60 or (when > published and _MET.search(text)))
        ):
            # "in November" in a February story is last November; "in late April" in a
            # mid-April story is still to come, but "met in Beijing in April" in a March
            # story is last April's.
            when = _safe_date(year - 1, month, day)
        if when is not None and (published - when).days > 25:
            return True
        if (
            when is not None
            and not m.group("part")
            and (when.year, when.month)
            < (
                published.year,
                published.month,
            )
        ):
            # "hosted Trump and Zelensky at the Élysée in December" in a January story:
            # last month's, which the news of the day is not (docs/evaluation.md)
            return True
    return False


_ORDINAL_DAY = re.compile(
    r"\b[Oo]n the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|century|anniversary|day))"
)


def resolve_date(text: str, published: date | None) -> tuple[date | None, str]:
    """The meeting date a text states, resolved against the publication date.

    Returns the date and how it was found: ``explicit``, ``relative``, ``future`` (only a
    date in the coming weeks, "talks on 01 April" in a March story) or ``""``.

    >>> resolve_date("met on Thursday", date(2023, 12, 29))
    (datetime.date(2023, 12, 28), 'relative')
    >>> resolve_date("met on December 27", date(2023, 12, 28))
    (datetime.date(2023, 12, 27), 'explicit')
    >>> resolve_date("met yesterday", date(2024, 3, 1))
    (datetime.date(2024, 2, 29), 'relative')
    """
    future: date | None = None
    late: date | None = None
    for rx in (_ISO, _DOTTED, _DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(text):
            if _rescheduled(text, m.start()) or _in_since_clause(text, m.start()):
                continue  # "their first conversation since the inauguration on January 20"
            if _NAMED_BY_DATE.match(text, m.end()) or _EVENT_OF.search(text, 0, m.start()):
                continue  # "following the October 7 attacks", "the election of 24 March"
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
            day = int(m.group("day"))
            if month > 12 and day <= 12:
                day, month = month, day  # "12/25/2024": an American month first
            if m.group("year"):
                found = _safe_date(int(m.group("year")), month, day)
            elif published:
                found = _safe_date(published.year, month, day)
                # A month-day well after the publication date belongs to the year before
                # ("on December 30" in a story of January 2); one in the coming weeks is
                # a deadline or a plan ("ahead of the June 30 expiry"), not the meeting.
                if found and found > published + timedelta(days=2):
                    if (found - published).days < 120:
                        future = future or found
                        continue
                    found = _safe_date(published.year - 1, month, day)
            else:
                found = None
            if found and published and found > published and _RELATIVE.search(text):
                # "Earlier in the day, ... the exit, which becomes effective on Wednesday,
                # January 29": a day after the story is not the day of its meeting.
                late = late or found
                continue
            if found:
                return found, "explicit"
    if published is None:
        return None, ""
    ordinal = _ORDINAL_DAY.search(text)
    if ordinal and not _rescheduled(text, ordinal.start()):
        # "met his Singaporean counterpart on the 12th": a day of the story's month, or of
        # the month before when the story is early in its own
        day = int(ordinal.group(1))
        found = _safe_date(published.year, published.month, day)
        if found is None or found > published:
            last_month = published.replace(day=1) - timedelta(days=1)
            found = _safe_date(last_month.year, last_month.month, day)
        if found is not None:
            return found, "explicit"
    # "Cavusoglu, who arrived in Islamabad on Tuesday, also called on ... on Wednesday":
    # the day of an arrival aside only when the text gives no other ("who arrived in Colombo
    # yesterday on a one-day visit, called on the President").
    relative = [m for m in _RELATIVE.finditer(text) if not _rescheduled(text, m.start())]
    relative = [
        m for m in relative if not _ARRIVED_ASIDE.search(text, max(0, m.start() - 80), m.start())
    ] or relative
    for m in relative:
        rel = m.group("rel").lower()
        if rel in ("yesterday", "last night"):
            return published - timedelta(days=1), "relative"
        weekday = m.group("weekday")
        if weekday:
            if rel.startswith("next") or "next " + weekday.lower() in text.lower():
                continue
            if _DATE_AFTER.match(text, m.end()):
                continue  # "Wednesday, January 29": the weekday of a full date, decided above
            delta = (published.weekday() - _WEEKDAYS.index(weekday.lower())) % 7
            if delta == 0 and rel.startswith("last"):
                delta = 7  # "last Thursday" in a Thursday story is a week ago
            return published - timedelta(days=delta), "relative"
        return published, "relative"
    if late is not None:
        return late, "explicit"
    if future is not None:
        # Only a date in the coming weeks: the text is about something still to come.
        return future, "future"
    coming = _COMING.search(text)
    if coming and not _AGAIN.search(text, max(0, coming.start() - 40), coming.start()):
        # "arranging a phone call with Ishiba, possibly early next week"; not "held their
        # first talks ... and agreed to meet again next week"
        return None, "future"
    return None, ""


def in_an_earlier_year(text: str, published: date | None) -> bool:
    """True when the text places something "in April 2021" or "in 2019", before the story's year."""
    return published is not None and any(
        int(y) < published.year for y in re.findall(r"\b(?:in|of) (?:\w+ )?((?:19|20)\d\d)\b", text)
    )

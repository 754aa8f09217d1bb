"""Pure rules of diplomatic news: triggers, tense cues, dates, modes, datelines, boilerplate.

No spaCy state and no I/O here, so every rule can be tested on plain strings and reused
by the spaCy components and by evaluation code alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from diplograph.model import Mode

__all__ = [
    "Dateline",
    "TriggerMatch",
    "boilerplate_spans",
    "find_dateline",
    "find_triggers",
    "is_anaphoric_meeting_reference",
    "is_background_time",
    "is_new_meeting_cue",
    "is_presence_statement",
    "mask_unlikely",
    "meeting_kind",
    "meeting_mode",
    "resolve_date",
]

# --- meeting triggers -------------------------------------------------------------------
# Each trigger has a direction that tells who hosted: "host_first" when whoever is named
# before the trigger is the host ("X received Y"), "guest_first" when they are the guest
# ("X called on Y"), "none" when the text does not say ("X met Y").

_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # (name, direction, regex)
    (
        "call_on",
        "guest_first",
        r"\bcall(?:ed|s)? on\b"
        r"|\bpaid (?:a |an )?(?:courtesy |farewell |introductory )?(?:call|visit) (?:on|to)\b",
    ),
    ("courtesy_call", "guest_first", r"\bcourtesy (?:call|meeting|visit)\b"),
    (
        "credentials",
        "guest_first",
        r"\bpresent(?:ed|s)? (?:(?:his|her|their|the) )?(?:letters of )?credentials\b"
        r"|\bcredentials (?:ceremony|were presented)\b"
        r"|\breceived (?:the )?(?:letters of )?credentials\b",
    ),
    ("receive", "host_first", r"\b(?:received|receives|welcomed|hosted|hosts)\b"),
    # "Blinken assured visiting Australian Foreign Minister Marise Payne ...": the visitor
    # is named after "visiting", the host before it.
    ("visiting", "host_first", r"\b(?:the )?visiting (?=[A-Z])"),
    (
        "phone",
        "none",
        r"\b(?:telephone|phone) (?:call|conversation|talks?)\b"
        r"|\b(?:spoke|speaking|spoken|talked|talking|conversed) (?:by|over the|on the) "
        r"(?:tele)?phone\b|\b(?:phone|telephone) call with\b"
        r"|\b(?:telephoned|phoned)\b|\bspoke (?:with|to)\b",
    ),
    (
        "video",
        "none",
        r"\b(?:video ?(?:call|conference|link)|videoconference"
        r"|virtual (?:meeting|summit|talks|call)|online meeting)\b",
    ),
    (
        "talks",
        "none",
        r"\bheld (?:an? )?(?:wide-ranging |bilateral |formal |official |delegation-level "
        r"|high-level |informal |detailed |in-depth |interactive |separate |trilateral )*"
        r"(?:talks|discussions|consultations|meeting|meetings|dialogue|session)\b"
        r"|\b(?:talks|discussions|consultations|a meeting|meetings|dialogue) with\b"
        r"|\bengaged in (?:\w+ )*?discussions\b"
        r"|\bround of (?:[\w-]+ ){0,3}(?:talks|consultations|negotiations|dialogue)\b",
    ),
    (
        "meet",
        "none",
        r"\b(?:met|meets|meeting with|meeting between|met with|sat down with|conferred with)\b",
    ),
    (
        "session",
        "none",
        r"\b(?:interactive|consultative|briefing) session\b|\bbilateral meeting\b"
        r"|\btrilateral meeting\b",
    ),
)

_COMPILED_TRIGGERS = tuple((n, d, re.compile(rx, re.IGNORECASE)) for n, d, rx in _TRIGGERS)

# Cues that the meeting in the clause did not (yet) happen or is only recalled.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|is due to|are due to|plans? to|planned to|planning to|"
    r"expected to|set to|scheduled to|is scheduled|are scheduled|intends? to|hopes? to|"
    r"wants? to|agreed to|invited|invitation to|upcoming|next week|next month|"
    r"later this (?:week|month|year)"
    r"|ahead of (?:a|his|her|their) (?:planned )?(?:meeting|visit|talks))\b",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"\b(?:had (?:met|held|spoken|received)|last met|previously met|"
    r"met (?:several times|twice|often)|since (?:they|the two) (?:last )?met|"
    r"(?:at|during) (?:its|their) (?:annual |regular )?(?:meeting|session)|"
    r"in (?:19|20)\d\d\b|when\b[^,.;]{0,60}\bmet\b)",
    re.IGNORECASE,
)
_NEW_MEETING = re.compile(
    r"^\W*(?:later|earlier|subsequently|afterwards|separately),?\s"
    r"|\b(?:also (?:met|held|received|called on|spoke)|separately|in a separate|in another|"
    r"later (?:met|held|received|in the day)|on the same day,? .{0,40}\b(?:met|received)|"
    r"in (?:a|his) meeting with|earlier,? .{0,60}\b(?:met|received|held))\b",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    r"\b(?:the|this|that) (?:\w+[- ]?){0,3}(?:meeting|talks|discussions|dialogue|session|"
    r"conversation|call|visit)\b|\bduring the\b|\bthe two (?:sides|leaders|ministers|officials)\b|"
    r"\bboth (?:sides|leaders|ministers)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A meeting trigger found in a sentence, with offsets relative to that sentence."""

    name: str
    direction: str
    start: int
    end: int


def find_triggers(sentence: str) -> list[TriggerMatch]:
    """Every meeting trigger in ``sentence`` that reports a meeting that took place.

    >>> [t.name for t in find_triggers("Kakar met the envoys on Thursday.")]
    ['meet']
    >>> find_triggers("Dar will meet Wang next week.")
    []
    """
    found: list[TriggerMatch] = []
    for name, direction, rx in _COMPILED_TRIGGERS:
        for m in rx.finditer(sentence):
            if _is_unreal(sentence, m.start(), m.end()):
                continue
            found.append(TriggerMatch(name, direction, m.start(), m.end()))
    found.sort(key=lambda t: (t.start, -t.end))
    return found


# "called on Muslim countries to close ranks" urges; it does not report a visit.
_URGE = re.compile(
    r"^\s*(?:the |all |its |their |both )?(?:[\w-]+ ){0,4}?"
    r"(?:countries|nations|community|states|governments|parties|sides|people|peoples|world|"
    r"members|leaders|everyone|authorities|international|Muslims|powers)\b",
    re.IGNORECASE,
)


# "has met with surprising success": "met with" an outcome, not a person.
_MET_WITH_OUTCOME = re.compile(
    r"^\s*(?:with\s+)?(?:(?:a|an|some|little|much|surprising|strong|limited|wide|widespread|mixed|"
    r"broad|fierce|stiff|cool|warm|lukewarm|general|considerable|immediate)\s+)*"
    r"(?:success|resistance|criticism|opposition|approval|skepticism|scepticism|protests?|"
    r"response|reception|condemnation|praise|anger|silence|derision|hostility|backlash|"
    r"failure|delays?|objections?|concern|support)\b",
    re.IGNORECASE,
)
# "called on China to limit its support": a demand, not a visit.
_URGE_VERB = re.compile(
    r"^[^.;]{0,60}?\bto (?:stop|end|halt|cease|limit|refrain|release|respect|take|ensure|help|"
    r"support|join|lift|withdraw|allow|address|resolve|implement|use|exert|pressure|act|work|"
    r"play|step|show|abide|comply|protect|restore|reconsider|reverse|condemn|intervene|provide|"
    r"facilitate|investigate|hold|return|resume|engage|de-escalate|exercise|avoid|uphold)\b",
    re.IGNORECASE,
)


def _is_unreal(sentence: str, start: int, end: int) -> bool:
    """True when the trigger is future, planned, hypothetical or recalled background."""
    trigger = sentence[start:end].lower()
    if trigger.startswith("call") and (
        _URGE.match(sentence[end:]) or _URGE_VERB.match(sentence[end:])
    ):
        return True
    if trigger.startswith("met") and _MET_WITH_OUTCOME.match(sentence[end:]):
        return True
    clause_start = max(
        sentence.rfind(";", 0, start),
        sentence.rfind(". ", 0, start),
        sentence.rfind(" but ", 0, start),
    )
    before = sentence[clause_start + 1 : start]
    # The last few words before the trigger carry the modality ("is expected to meet").
    window = " ".join(before.split()[-6:])
    if _FUTURE.search(window + " " + sentence[start:end]):
        return True
    if re.search(r"\b(?:no|not|never|nor|n't)\b", " ".join(window.split()[-3:]), re.IGNORECASE):
        return True  # "No meeting between ... is on the agenda", "did not meet"
    if re.search(r"\bto\s*$", before) or re.search(r"\bto (?:hold|have|pay)\s*$", before):
        return True
    tail = sentence[start : min(len(sentence), end + 60)]
    return bool(_BACKGROUND.search(window + " " + tail))


_ANY_TRIGGER = re.compile("|".join(f"(?:{rx})" for _, _, rx in _TRIGGERS), re.IGNORECASE)


# "Dr. S. Jaishankar", "U.S. Secretary", "Gen. Munir": a full stop that ends no sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Adm|Sen|Rep|Gov|Sr|Jr|St|No|Mt|Ft|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Amb|Hon|Rt|vs|etc)|\b[A-Z]|\.[A-Z])\.$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def mask_unlikely(text: str, body_start: int) -> str:
    """The text with every sentence that cannot report a meeting blanked out.

    Blanking keeps every character offset: sentences become runs of spaces, so the
    statistical model (the expensive part) reads only the lead sentence and sentences
    with a meeting trigger, a presence statement or a reference back to a meeting.
    A cheap split at full stops is enough here: a wrong split only keeps more text.

    >>> mask_unlikely("Head\\nKakar met envoys. Prices rose.\\n", 5)
    'Head\\nKakar met envoys.             \\n'
    """
    out = list(text)
    lead_seen = False
    for line in re.finditer(r"[^\n]+", text):
        if line.end() <= body_start:
            continue
        start = line.start()
        stops = [m.start() for m in _SENTENCE_END.finditer(line.group())]
        stops = [p for p in stops if not _ABBREVIATION.search(line.group()[:p])]
        for stop in [*stops, len(line.group())]:
            end = line.start() + stop
            sentence = text[start:end]
            if sentence.strip():
                keep = (
                    not lead_seen
                    or bool(_ANY_TRIGGER.search(sentence))
                    or bool(_PRESENCE.search(sentence))
                    or bool(_ANAPHORIC.search(sentence))
                )
                lead_seen = True
                if not keep:
                    out[start:end] = " " * (end - start)
            start = end
    return "".join(out)


def is_new_meeting_cue(sentence: str) -> bool:
    """True when the sentence opens another meeting ("also met", "in a separate meeting")."""
    return bool(_NEW_MEETING.search(sentence))


def is_anaphoric_meeting_reference(sentence: str) -> bool:
    """True when the sentence refers back to a meeting already reported ("the meeting")."""
    return bool(_ANAPHORIC.search(sentence))


_PRESENCE = re.compile(
    r"\b(?:present|attended|attending|attendance|presence|accompanied|joined|participated|"
    r"took part|were also|was also|comprised|included)\b",
    re.IGNORECASE,
)


def is_presence_statement(sentence: str) -> bool:
    """True when the sentence says who was at a meeting ("Ambassadors of ... were present")."""
    return bool(_PRESENCE.search(sentence)) and not _FUTURE.search(sentence)


def meeting_mode(text: str) -> Mode:
    """Phone, video or in person, from the words of the meeting's sentences.

    >>> meeting_mode("The two leaders held a telephone conversation.")
    <Mode.PHONE: 'phone'>
    """
    if re.search(r"\b(?:video|virtual(?:ly)?|online|videoconference)\b", text, re.IGNORECASE):
        return Mode.VIDEO
    if re.search(r"\b(?:tele)?phone(?:d)?\b|\bspoke by\b", text, re.IGNORECASE):
        return Mode.PHONE
    return Mode.IN_PERSON


def meeting_kind(trigger_names: set[str], text: str, mode: Mode) -> str:
    """Meeting type slug for the SKOS meeting-type scheme."""
    lowered = text.lower()
    if mode is Mode.PHONE:
        return "phone-call"
    if mode is Mode.VIDEO:
        return "video-call"
    if "credentials" in trigger_names:
        return "credentials-ceremony"
    if "sidelines" in lowered or "on the margins" in lowered:
        return "summit-sideline"
    if trigger_names & {"call_on", "courtesy_call"}:
        return "courtesy-call"
    if re.search(r"\b(?:state|official|working) visit\b", lowered):
        return "official-visit"
    return "bilateral-talks"


# --- dates ------------------------------------------------------------------------------

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
    r"\b" + _MONTH_RX + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,? (?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|this (?:morning|afternoon|evening)"
    r"|earlier (?:in the day|today)|"
    r"(?:on |last |this )?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
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
_PAST_PERIOD = re.compile(
    r"\b(?:(?:late |early |earlier )?last (?:year|month)|(?:a|an|\w+) (?:years?|months?) ago"
    r"|earlier this year|previously|in the past(?! (?:week|few days|24 hours|month)))\b"
    r"|\b(?:in|since|during|on) (?P<part>early |late |mid-)?(?P<month>" + _MONTH_NAMES + r")"
    r"(?:,? (?P<year>(?:19|20)\d\d))?\b(?! \d)"
    r"|\bin (?P<only_year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
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
        if when is not None and (published - when).days > 25:
            return True
    return False


def resolve_date(text: str, published: date | None) -> tuple[date | None, str]:
    """The meeting date a text states, resolved against the publication date.

    Returns the date and how it was found: ``explicit``, ``relative`` or ``""``.

    >>> resolve_date("met on Thursday", date(2023, 12, 29))
    (datetime.date(2023, 12, 28), 'relative')
    >>> resolve_date("met on December 27", date(2023, 12, 28))
    (datetime.date(2023, 12, 27), 'explicit')
    >>> resolve_date("met yesterday", date(2024, 3, 1))
    (datetime.date(2024, 2, 29), 'relative')
    """
    for rx in (_ISO, _DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(text):
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
            day = int(m.group("day"))
            if m.group("year"):
                found = _safe_date(int(m.group("year")), month, day)
            elif published:
                found = _safe_date(published.year, month, day)
                # A month-day after the publication date belongs to the year before
                # ("on December 30" in a story of January 2).
                if found and found > published + timedelta(days=2):
                    found = _safe_date(published.year - 1, month, day)
            else:
                found = None
            if found:
                return found, "explicit"
    if published is None:
        return None, ""
    for m in _RELATIVE.finditer(text):
        rel = m.group("rel").lower()
        if rel == "yesterday":
            return published - timedelta(days=1), "relative"
        weekday = m.group("weekday")
        if weekday:
            if rel.startswith("next") or "next " + weekday.lower() in text.lower():
                continue
            delta = (published.weekday() - _WEEKDAYS.index(weekday.lower())) % 7
            return published - timedelta(days=delta), "relative"
        return published, "relative"
    return None, ""


# --- datelines and boilerplate -----------------------------------------------------------


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
    r"^(?P<head>[A-Z][^\n–—:]{1,70}?)\s*(?:[–—]{1,2}\s*|-{1,2}\s+|:\s+)",
    re.MULTILINE,
)
_DATELINE_DATE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?"
    r"|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)$"
)
_DATELINE_PLACE = re.compile(r"^[A-Z][^\W\d_]*(?:[ .'\-]+[^\W\d_]+){0,3}$")
_DATELINE_AGENCY = re.compile(r"^\(?[A-Z][A-Za-z. /]{1,20}\)?$")


def _parse_dateline_head(head: str) -> tuple[str, str | None, str] | None:
    """(city, country, date text) from a dateline's head, or None if it is no dateline."""
    head = re.sub(r"\s*\(([^)]{1,25})\)\s*$", "", head.strip())  # "(APP)"
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if not parts or not _DATELINE_PLACE.match(parts[0]):
        return None
    city, country, date_text = parts[0], None, ""
    rest = parts[1:]
    # "March 4, 2024" is split by the comma: join a trailing year back on.
    joined: list[str] = []
    for part in rest:
        if re.fullmatch(r"\d{4}", part) and joined and _DATELINE_DATE.match(joined[-1]):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    for part in joined:
        if _DATELINE_DATE.match(part):
            date_text = part
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
    if lead is not None:
        return lead
    for m in _DATELINE.finditer(text, body_start):
        # Only the first paragraphs can carry a dateline.
        if m.start() - body_start > 400:
            return None
        parsed = _parse_dateline_head(m.group("head"))
        if parsed is None:
            continue
        city, country, date_text = parsed
        return Dateline(city, country, date_text, m.start(), m.end(), m.group(0))
    return None


# A dateline on a line of its own above the body: "RIO DE JANEIRO", "Jakarta, 21 May 2024".
_LEAD_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z .'\-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"(?:,\s*(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}))?\s*$"
)


def _lead_dateline(text: str, body_start: int) -> Dateline | None:
    offset = 0
    lines = text[:body_start].splitlines(keepends=True)
    for i, line in enumerate(lines):
        m = _LEAD_DATELINE.match(line.strip())
        # The first line is the headline; a place line comes after it.
        if i > 0 and m and (m.group("date") or m.group("city").isupper()):
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


_BOILERPLATE_LINE = re.compile(
    r"^\s*(?:read more|also read|related|see also|share (?:this|on)|follow us|subscribe|"
    r"advertisement|click here|sign up|copyright|all rights reserved|photo:|image:|caption:|"
    r"file photo|©|tags?:|home\s*[|>]|menu\b|skip to)",
    re.IGNORECASE,
)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of lines that are page furniture, not reporting.

    Scraped news carries "Read more:" links, share buttons, captions and footers;
    meetings are never read from them.

    >>> t = "Body text here.\\nRead more: Other story\\nShare This Post\\n"
    >>> [t[s:e] for s, e in boilerplate_spans(t)]
    ['Read more: Other story', 'Share This Post']
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        end = start + len(stripped)
        offset += len(line)
        if not stripped:
            continue
        words = stripped.split()
        if (
            _BOILERPLATE_LINE.search(stripped)
            or "rights reserved" in stripped.lower()
            or (len(words) <= 4 and not stripped.endswith((".", '"', "”")))
        ):
            spans.append((start, end))
    return spans

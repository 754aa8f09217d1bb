"""The meeting triggers of a sentence that report a meeting of the story's news.

A trigger word is not yet a meeting: "will meet" is planned (:func:`syntax.irrealis`),
"a role in talks" names talks (:func:`syntax.nominal_only`), and wire copy wraps earlier
and imagined meetings in its own phrasings: "have spoken by phone several times", "it
follows a phone call between ...", "denied a report claiming that ... met", "since Putin
met Biden in Geneva", "met with my national security team". This module keeps the
triggers that remain.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from diplograph.extract import cues, rules
from diplograph.extract.context import ArticleContext
from diplograph.extract.party import PartyMention
from diplograph.extract.syntax import irrealis, nominal_only

__all__ = ["denied_between", "is_denied", "reported_triggers"]


def reported_triggers(sent: Span) -> list[rules.TriggerMatch]:
    """The sentence's triggers that report a meeting, not a planned, recalled or denied one."""
    text = sent.text
    if text.rstrip().rstrip("\"”’'").endswith("?"):
        return []  # "Has President Xi spoken with President-elect Trump since the election?"
    own = len(cues.without_comparison(text))
    found = rules.find_triggers(text)
    # "Ambassador Romualdez spoke with VOA's Patsy Widakuswara": an interview (not "spoke to
    # reporters after a meeting with Netanyahu": the meeting)
    found = [t for t in found if not _JOURNALIST.match(text, t.end)]
    if any(
        _OWN_PEOPLE.match(text, t.end) or _OWN_PEOPLE.search(text, t.start, t.end) for t in found
    ):
        # "held a meeting with the members of his Security Council by video link": the
        # whole sentence tells a meeting at home, its video link too
        return []
    triggers = [
        t
        for t in found
        # "..., as he had done at last year's meeting in Dushanbe": another time's meeting
        if t.start < own
        and not nominal_only(sent, t)
        and (
            # "Starmer has become the first British prime minister since 2019 to hold
            # face-to-face talks with Xi": done, though said with "to" and "since"
            _FIRST_TO.search(text, 0, t.start)
            or (
                not irrealis(sent, t)
                # "the first summit ... since Putin met President Joe Biden in Geneva in 2021"
                and not (
                    _SINCE_BEFORE.search(text, 0, t.start)
                    # "arrived on his first trip since taking office two days earlier and
                    # met President Zelensky": a verb joined after the "since" clause
                    and not text[: t.start].endswith(" and ")
                )
            )
        )
        # "... also took part in the summit, which India hosted": the meeting told before
        and not (t.direction == "host_first" and _WHICH_HOSTED.search(text, 0, t.start))
        # "Tokayev flew in from Nur-Sultan, where a day earlier he hosted Xi": the place
        # left behind, and what was done there before
        and not _CAME_FROM_WHERE.search(text, 0, t.start)
    ]
    follows = (
        _FOLLOWS.match(text)
        and not rules.is_earlier_that_day(text)
        # "The decision followed a bilateral meeting between President Tinubu and the UAE
        # President ... on Monday": an outcome and the meeting it came of are both news
        and not (_OUTCOME_FOLLOWED.match(text) and _THIS_WEEK.search(text))
    )
    # ("..., which Egypt has repeatedly described as a red line": another verb's frequency)
    aside = _TRAILING_ASIDE.search(text, max((t.end for t in triggers), default=0))
    many = _MANY_TIMES.search(text, 0, aside.start() if aside else len(text))
    if triggers and (many or follows or _DENIED.search(text)):
        # "Merz and Trump have spoken by phone several times since ...": no one call;
        # "It follows a phone call between President Joe Biden and Xi": an earlier one
        # (not "The meeting came after Ishiba joined Biden ... earlier in the day")
        return []
    return triggers


def denied_between(
    sentences: list[Span], parties: dict[int, list[PartyMention]], ctx: ArticleContext
) -> list[frozenset[str]]:
    """Who met in each meeting the story says was denied: "The Kremlin denied a U.S. media
    report that Trump had spoken by phone with Putin" makes the report told further down
    ("The Washington Post reported that Trump, in a call, had reminded Putin ...") no news."""
    found: list[frozenset[str]] = []
    for sent in sentences:
        if _DENIED.search(sent.text) and rules.mentions_a_meeting(sent.text):
            said = [ctx.resolve(m) for m in parties[sent.start_char]]
            named = {ctx.identity(r) for r in said if r.person}
            if len(named) >= 2:
                found.append(frozenset(named))
            if named and (any(not r.person for r in said) or _ITS_OFFICIAL.search(sent.text)):
                # "rejected a US media report that its ambassador to the United Nations had
                # held a secret meeting with billionaire Elon Musk": those named, with
                # whoever the report later names beside them
                found.append(frozenset({*named, UNNAMED}))
    return found


def is_denied(named: frozenset[str], who: frozenset[str]) -> bool:
    """A meeting naming ``named`` is the one a denial (``denied_between``) names ``who`` in:
    the same people, or, the denial leaving one side unnamed, one of its people with
    someone else."""
    if UNNAMED in who:
        return bool(named & who) and not named <= who
    return named <= who


UNNAMED = "(and someone unnamed)"
_ITS_OFFICIAL = re.compile(
    r"\b(?:its|his|her|their) (?:[\w-]+ ){0,2}(?:ambassador|envoy|minister|representative|"
    r"officials?)\b"
)


_JOURNALIST = re.compile(
    r"\s*(?:(?:VOA|CNN|BBC|NPR|PBS|CBS|NBC|ABC|Reuters|AP|AFP|Al Jazeera|Fox News|CNBC|Bloomberg)"
    r"['’]s\b|(?:reporters|journalists|the media|the press|correspondents)\b)"
)
_MANY_TIMES = re.compile(
    r"\b(?:several|many|multiple|numerous|a number of|countless) times\b"
    # "Putin and Xi have met more than 40 times over the past decade"
    r"|\b(?:more than |over |nearly |some |about |almost )?(?:\d+|three|four|five|six|seven|"
    r"eight|nine|ten|a dozen|dozens of) times\b|\b(?:have|has|had) (?:\w+ )?(?:met|spoken) twice\b"
    r"|\bon (?:several|many|multiple|numerous) occasions\b|\b(?:repeatedly|frequently|often)\b"
    # "Trump has held phone conversations with a number of foreign leaders since the election"
    r"|\bwith (?:a number of|several|many|numerous|various|dozens of) (?:foreign |world )?"
    r"(?:leaders|counterparts|officials|heads of state)\b",
    re.IGNORECASE,
)
_OUTCOME_FOLLOWED = re.compile(
    r"\W*(?:The|This|That) (?:[\w-]+ ){0,2}(?:agreement|announcement|decision|move) followed\b"
)
_THIS_WEEK = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\b")
_TRAILING_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\b")
# "The Kremlin has denied a Western media report claiming that Ushakov held a meeting"
_DENIED = re.compile(
    # ("denied a U.S. media report that ...": the full stops of an abbreviation)
    r"\b(?:denied|denies|dismissed|rejected|refuted)\b(?:[^.;]|\.(?=\w|\s[a-z])){0,60}\b(?:reports?|claims?|"
    r"allegations?|rumou?rs?)\b"
    # "The Kremlin has denied that Vladimir Putin held a phone call with Donald Trump"
    r"|\b(?:denied|denies) that\b(?=[^.;]{0,80}\b(?:met|held|spoke|called|talked)\b)",
    re.IGNORECASE,
)
_OWN_PEOPLE = re.compile(
    r"\s*(?:(?:with\s+)?(?:the\s+members\s+of\s+)?(?:"
    r"(?:my|his|her|their|our)\s+(?:[\w-]+\s+){0,2}(?:team|cabinet|advisers|advisors|aides|staff|"
    r"ministers|Security Council|commanders|governors|officials|chiefs|generals)"
    # "huddled with advisers in the Situation Room"
    r"|(?:top |senior |(?:national )?security )?(?:advisers|advisors|aides)"
    # "Reynolds met executives from Jaguar Land Rover, Nissan, Toyota and Aston Martin"
    r"|(?:car |industry |business |company |senior )?(?:executives|bosses|business\s+leaders|"
    r"chief\s+executives|CEOs)\s+(?:from|of)\b"
    r"|(?:its|his|her|their)\s+own\s+(?:[\w-]+\s+)?(?:ambassadors|envoys|heads\s+of\s+"
    r"(?:diplomatic\s+)?missions?|high\s+commissioners))"
    # "chaired a day-long conference of India's Ambassadors posted in the Gulf" (not "the
    # trilateral meeting of their foreign ministers", nor "met with Pakistan's envoys")
    r"|(?:of\s+)?(?-i:[A-Z])[\w-]*(?:'s|’s)\s+(?:[\w-]+\s+)?(?:ambassadors|envoys|heads\s+of\s+"
    r"(?:diplomatic\s+)?missions?|high\s+commissioners))\b",
    re.IGNORECASE,
)
_WHICH_HOSTED = re.compile(
    r"\b(?:summit|meeting|gathering|talks|conference|event|session|forum)s?,? (?:which|that) "
    r"(?:[\w-]+ ){1,3}$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;.]*$")
_CAME_FROM_WHERE = re.compile(
    r"\b(?:flew|flown|arrived|came|travell?ed|returned)(?: in)? from "
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},? where\b[^.;]*$"
)
_FIRST_TO = re.compile(
    r"\b(?:has become|became|is|was) the (?:first|second|only) (?:[\w'’.-]+ ){0,8}?to "
    r"(?:hold|have|meet|visit|sit down|pay|attend)\b[^.;]*$"
)
_FOLLOWS = re.compile(
    r"\W*(?:It|This|That|The (?:[\w-]+ ){0,2}(?:visit|meeting|talks|trip|call|summit|agreement|"
    r"announcement|decision|statement|move)"
    # "Herzog's trip follows Prime Minister Naftali Bennett's visit in December, when he met"
    r"|[A-Z][\w-]*['’]s (?:[\w-]+ )?(?:visit|trip|tour|meeting|talks|call))"
    # (but "The talks came a day after the Saudi crown prince received Zelensky" is news too)
    r" (?:follows|followed|(?:comes|came)(?= (?:[\w-]+ ){0,3}(?:after|on the heels of)\b))\b"
    r"(?! (?:just |only )?(?:a day|the day|hours) after)"
    # (nor "The Tokyo visit followed a stop in Beijing, where Xi received Prabowo on
    # Monday": an earlier leg of the same trip, which the news filter dates)
    r"(?! (?:a|an|his|her|their) (?:[\w-]+ )?(?:stop|leg|visit|stay) (?:in|to) "
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2},? where\b"
    # (not "a stop in South Korea, where he attended a democracy summit on Monday": the
    # summit is no meeting of the story's)
    r"(?=[^.;]{0,80}\b(?:received|met|hosted|welcomed|held talks)\b))"
    # (not "The decision came on the first day of a two-day summit")
    # "Araghchi recalled his visit to the Egyptian capital earlier this month, during which"
    r"|.*\brecalled (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:visit|meeting|talks|trip)\b"
)

"""Words that tell a meeting recalled, called off or held at home, not the news.

"a week after Blinken visited and held talks with Cho", "which had not taken place", "during
a Cabinet meeting", "Downing Street said the prime minister had spoken to Trump ... on
Saturday" (reported speech, the news after all): the patterns
:mod:`~diplograph.extract.rules` reads around a meeting word to decide whether it reports a
meeting of the story's news.
"""

from __future__ import annotations

import re

__all__ = [
    "AGO_AFTER",
    "CAME_AFTER",
    "DOMESTIC",
    "DURING_THAT_VISIT",
    "EARLIER_LEG",
    "EARLIER_THAT_DAY",
    "EARLIER_TRIP",
    "HOME_BODY",
    "LAST_SEASON",
    "LAST_TIME_AFTER",
    "NEWS_DAY",
    "NOT_HELD_AFTER",
    "NO_PLAN",
    "ON_A_DAY",
    "PRAISED_OUTCOMES",
    "SAID_HAD",
    "SESSION_BEFORE",
    "SINCE_THEN",
    "SPAN_AFTER",
    "THEN_WHEN",
    "told_as_a_leg",
]


LAST_SEASON = re.compile(
    r"\blast (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|year|spring|summer|autumn|winter)\b(?!'s|’s)"
)


SAID_HAD = re.compile(
    r"\b(?:said|says|added|confirmed|announced|told reporters)\b(?: that)? [^.;,]{0,50}\bhad "
    # ("said Wednesday he had held a lengthy phone call with")
    r"(?:also )?(?:(?:held|had) (?:an? )?(?:[\w-]+ ){0,3})?$",
    re.IGNORECASE,
)
# The news's own days ("later on Saturday evening", "on Monday", "yesterday"), not a year's
# "In his nightly address on Nov. 15, he said he had spoken by phone with ..."
ON_A_DAY = re.compile(
    r"\b(?:on|late on|early on) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? "
    r"\d{1,2}\b(?!,? (?:19|20)\d\d)"
)
NEWS_DAY = re.compile(
    r"\b(?:(?:later |earlier )?(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|yesterday|today|this morning|last night|(?:earlier|later) (?:in|on) the day)\b"
    r"(?![^.;]{0,40}\b(?:19|20)\d\d\b)",
)


DURING_THAT_VISIT = re.compile(
    r"\b(?:visit|trip|tour|stay)\b[^.;]{0,30}, during which (?:he|she|they|it) had "
    r"(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)
# "Xi Jinping informed his Russian counterpart about his telephone conversation with Donald
# Trump on January 17": another meeting, told of in this one
BRIEFED_ON = re.compile(
    r"\b(?:informed|briefed|updated|apprised)\b[^.;]{0,60}\b(?:about|on|of) (?:his|her|their) "
    r"(?:[\w-]+ ){0,2}$"
)
# "No Japanese leader has met a North Korean leader since 2004, when Junichiro Koizumi
# traveled to Pyongyang for his second summit with Kim Jong Il"
SINCE_YEAR_WHEN = re.compile(r"\b(?:since|back in) (?:19|20)\d\d, when\b[^.;]*$")
NO_PLAN = re.compile(
    r"\b(?:no|not any) (?:[\w-]+ ){0,2}(?:plans?|arrangements?|date|requests?|proposals?)\b"
    r"(?: yet| as yet)? "
    r"(?:for|to)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
EARLIER_THAT_DAY = re.compile(
    r"\b(?:earlier (?:in|on) the day|earlier that day|earlier (?:on )?(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day|hours earlier|that morning|the same day)\b",
    re.IGNORECASE,
)
CAME_AFTER = re.compile(
    # (not "The breakthrough came after Erdogan and Kristersson held an hour of talks": the
    # outcome of the meeting, not a later event)
    r"(?<!breakthrough )(?<!agreement )(?<!deal )(?<!announcement )(?<!decision )(?<!accord )"
    r"\b(?:came|comes|follows|followed) (?:just |only |barely )?"
    # (not "came shortly after Rubio hosted the Quad": another meeting of the same day)
    # ("The meeting came a day after Koury travelled to Benghazi, where she met Haftar": the
    # day before is the same news)
    r"(?!shortly|soon|hours|minutes|moments|an hour|right|immediately|just|a day|one day)"
    r"(?:[\w-]+ ){0,2}"
    r"(?:after|on the heels of)\b",
    re.IGNORECASE,
)


# An earlier leg of the trip the story is about: "The Rome leg capped a week-long trip that
# began in Israel, where Milei met Prime Minister Benjamin Netanyahu".
# ("The tour began on Saturday in Istanbul, where Blinken was received by Erdogan": a leg
# the story dates, this week's news)
EARLIER_LEG = re.compile(
    r"\b(?:trip|tour|visit|journey|swing)\b[^.;]{0,40}\b(?:began|started|opened|kicked off)\b"
    r"(?![^.;]{0,20}\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[^.;]{0,60}$",
    re.IGNORECASE,
)


# Up to 90 characters of the same clause, not into a "since" (a stop inside "U.S." ends no
# clause).
_IN_CLAUSE = r"(?:(?!\bsince\b)(?:[^.;,]|\.(?=\S)|(?<=\b[A-Z])\.)){0,90}?"
AGO_AFTER = re.compile(
    # (not "the highest-level talks between the two countries since Russia's full-scale
    # invasion nearly three years ago": the time of what came before them)
    r"(?:(?!\bsince\b)[^.;,]){0,90}?\b(?:(?:a|one|two|three|four|five|six|\d+|several|a few) )?"
    r"(?:weeks?|months?|years?) (?:ago|earlier)\b"
    # "based on their phone call last December"
    rf"|{_IN_CLAUSE}\blast (?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December|spring|summer|"
    r"autumn|fall|winter)\b",
    re.IGNORECASE,
)
# "Abu Nammo, who led a government delegation to consultations with U.S. officials in
# Jeddah last week, said ...": present at another time (not a trigger's own clause, where
# "told Trump in phone conversations last week" may be the news)
LAST_TIME_AFTER = re.compile(
    rf"{_IN_CLAUSE}\blast (?:week|month|year)\b",
    re.IGNORECASE,
)
THEN_WHEN = re.compile(
    r"\b(?:earlier this (?:month|year)|last (?:week|month|year)|in (?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?|"
    r"in (?:19|20)\d\d),? "
    # ("since the last summit in December 2023, when Charles Michel and Ursula von der Leyen
    # flew to Beijing and met Xi")
    r"when (?:[\w'’-]+ ){1,12}$",
    re.IGNORECASE,
)
SPAN_AFTER = re.compile(
    # (not "to stop attacking for 30 days after a phone call": a duration)
    # (nor "came a day after Koury travelled to Benghazi, where she met Haftar": see above)
    r"(?<!\bfor )\b(?!(?:a|one) day after)(?:a|one|two|three|four|five|six|several|a few|\d+) "
    # (not "travelled to Kyiv on Thursday, two days after taking over as NATO chief, and
    # was received by Zelenskyy": the main clause resumes after the aside)
    r"(?:days?|weeks?|months?|years?) (?:after|before)\b"
    r"(?:(?!,\s+and\s)(?:[^.;]|(?<=\b[A-Z])\.)){0,80}$",
    re.IGNORECASE,
)
DOMESTIC = re.compile(
    r"\b(?:cabinet|council of ministers|party|board|caucus|committee|first ministers'?) "
    r"(?:meeting|session)\b"
)
# "chaired an urgent meeting of | the National Security Council": a body at home
HOME_BODY = re.compile(
    r"\s*(?:the |its |his |her )?(?:[\w-]+ ){0,2}(?:National Security (?:Council|Committee)"
    r"|Cabinet|Council of Ministers|Politburo)\b"
)
# "The UN Security Council met on Wednesday at the level of heads of State": a body in
# session, whoever sat in it
SESSION_BEFORE = re.compile(
    r"\b(?:Security Council|General Assembly|Human Rights Council|National Assembly|Parliament"
    r"|Senate|Congress|Duma|Knesset|Bundestag|Board of Governors|Peace and Security Council"
    r"|[Tt]he (?:\d+-member )?(?:council|assembly|chamber))"
    r"(?: (?:also|again|formally))? $"
)
# (not "On his first visit to India since taking office, ...": the news)
EARLIER_TRIP = re.compile(
    r"\W*(?:On|During) (?:his|her|their) (?:first|last|second|(?:previous|earlier|prior)"
    r"(?: (?:trip|visit|tour|stop|leg|outing|foray|one))?),"
    # "Trump's team would not meet foreign leaders ... On that trip, Ishiba met Xi in Lima"
    r"|\W*(?:On|During) that (?:trip|visit|tour|journey|swing),",
    re.IGNORECASE,
)


PRAISED_OUTCOMES = re.compile(
    r"\b(?:lauded|commended|praised|welcomed|hailed|appreciated|valued)\b[^.;]{0,40}"
    r"\b(?:outcomes?|results?)\b[^.;]{0,100}$"
    # "The session ... was briefed on the crown prince's phone call with Iranian President
    # Ebrahim Raisi last week and on his meeting on Sunday with ...": a cabinet told of them
    r"|\b(?:was|were|been) (?:also )?briefed on\b[^.;]{0,160}$",
    re.IGNORECASE,
)
NOT_HELD_AFTER = re.compile(
    r"[^.;]{0,160}?\b(?:(?:had|has|have|did) not (?:yet )?(?:taken place|happened|been held|"
    r"materiali[sz]ed)|(?:intended|planned|intend|plan|hoped|hope|wanted|want) to hold"
    # "a meeting between Jaishankar and President Vladimir Putin was not on the schedule"
    # ("..., which had been expected to take place this week, was also no longer on the
    # calendar")
    r"|(?:was|is|were|are) (?:also )?[\"“]?(?:not|no longer) (?:yet )?(?:on the (?:schedule|agenda|"
    r"cards|calendar|programme|program)|planned|scheduled|envisaged|foreseen)"
    r"|(?:had been|was|were) expected to take place"
    # "Late-night talks with Trump in Florida were never confirmed", "fell through"
    r"|(?:was|were|has|have|had) (?:never|not) (?:been )?(?:confirmed|held)|fell through"
    # (not "got their Oval Office meeting on Friday, a day after it was postponed")
    r"|(?<!after it )(?:was|were) (?:called off|cancelled|canceled|postponed|scrapped))\b"
    # "A meeting between Putin and Biden in Bali is out of the question since ..." (not
    # "met Blinken ..., although a summit of their leaders is off the table": another one)
    r"|[^.;,]{0,120}?\b(?:is|was|are|were) (?:now |also )?(?:out of the question|ruled out|"
    r"off the table)\b",
    re.IGNORECASE,
)
SINCE_THEN = re.compile(r"\b(?:has|have|had) since\b", re.IGNORECASE)


# "The tour began on Saturday in Istanbul, where ...", "From there Blinken flew to Jordan.
# In Amman on Sunday he was welcomed by ...": a leg of the trip the story follows.
_TOUR_LEG = re.compile(
    r"\b(?:tour|trip|journey|swing|leg)\b[^.;]{0,40}\b(?:began|started|opened|continued)\b"
    r"|\b(?:[Ff]rom there|[Tt]hen|[Nn]ext)\b[^.;]{0,30}\b(?:flew|travell?ed|went|drove|headed)\b"
    r"|\b(?:flew|travell?ed|went|headed|moved) on to\b"
)


def told_as_a_leg(text: str) -> bool:
    """True when the text tells a meeting as a leg of a tour: days older than the story's
    news, but part of it (not an aside recalled after it)."""
    return bool(_TOUR_LEG.search(text))

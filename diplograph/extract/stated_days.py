"""The day a sentence says a meeting was on, as clustering compares them.

"On 23 March, EAM held talks with ... On 24 March, EAM called on ...": two days, two
meetings. Days are compared as stated (a date or a weekday) before they are resolved
against the publication date in :mod:`~diplograph.extract.dates`; the dateline's date,
when the story was filed, is cut out first.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from diplograph.extract.context import ArticleContext
from diplograph.extract.datelines import Dateline
from diplograph.extract.dates import resolve_date
from diplograph.extract.doctext import text_of

__all__ = ["WEEKDAY", "day_text", "same_kind", "stated_day", "without_dateline"]


# Month-day dates are compared, not placed in a year: any reference date will do.
_SOME_DAY = date(2001, 12, 31)


def stated_day(sent: Span, ctx: ArticleContext) -> str | None:
    """The day a sentence states outside the dateline: a calendar date or a weekday.

    Only days of one kind are compared: "On Monday, the Crown Prince received Rubio" after
    a meeting "on Tuesday" is another meeting; "on Monday" after "on 17 February" may not be.
    """
    text = without_dateline([sent], ctx.dateline)
    if ctx.published is not None:
        # Against the publication date, "today", "on Monday" and "17 February" compare.
        when, how = resolve_date(text, ctx.published)
        return when.isoformat() if when is not None and how in ("explicit", "relative") else None
    when, how = resolve_date(text, _SOME_DAY)
    if how == "explicit" and when is not None:
        return when.isoformat()
    weekday = WEEKDAY.search(text)
    return f"weekday:{weekday.group(1).lower()}" if weekday else None


WEEKDAY = re.compile(
    r"\b(?<!last )(?<!next )(?:on |On )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b"
)


def same_kind(a: str, b: str) -> bool:
    """True when two stated days are both weekdays or both dates, and so compare."""
    return a.startswith("weekday:") == b.startswith("weekday:")


def without_dateline(sentences: list[Span], dateline: Dateline | None) -> str:
    """The sentences' text with the dateline cut out, wherever the sentences split it.

    The dateline's date is when the story was filed, not when the meeting was.
    """
    pieces = []
    for sent in sentences:
        start, end = sent.start_char, sent.end_char
        if dateline is not None and start < dateline.end and dateline.start < end:
            text = text_of(sent.doc)
            pieces.append(
                text[start : max(start, dateline.start)]
                + " "
                + text[max(start, dateline.end) : end]
            )
        else:
            pieces.append(sent.text)
    return " ".join(pieces)


def day_text(
    telling: list[Span],
    sentences: list[Span],
    day: str | None,
    ctx: ArticleContext,
    told: str | None = None,
) -> str:
    """The text a meeting's date is read from: the sentences that tell it (else all of its
    sentences), the dateline cut out, with the day a later sentence or the one before gives.

    ``day`` is the day the telling sentences state, if any; ``told`` the clause that tells
    the meeting, when one sentence tells several.
    """
    text = told or without_dateline(telling or sentences, ctx.dateline)
    if told is None and day is None:
        # "... as Anwar hosted his Singaporean counterpart ... here. The retreat yesterday
        # was Wong's first as prime minister": the day the account goes on to give.
        dated = next(
            (
                s
                for s in sentences
                if s not in telling
                and (_THE_MEETING_ON.match(s.text) or _AFTER_THE_MEETING_ON.search(s.text))
                and stated_day(s, ctx)
            ),
            None,
        )
        if dated is not None:
            text = f"{text} {without_dateline([dated], ctx.dateline)}"
    first = (telling or sentences)[0]
    if (
        _SAME_DAY.search(first.text)
        and not _A_DAY.search(first.text)
        and first.start > 0
        and (before := _A_DAY.search(first.doc[first.start - 1].sent.text))
    ):
        # "... arrived in the capital on Wednesday. Jaishankar called on him at his hotel
        # the same evening": the day is the one the sentence before gives.
        text = f"on {before.group(0)} {text}"
    return text


# "The retreat yesterday was ...", "The talks on Tuesday ...", "The meeting took place on
# Monday afternoon in Rio": the meeting, dated.
_THE_MEETING_ON = re.compile(
    r"\W*The (?:[\w-]+ ){0,3}(?:meeting|talks|retreat|summit|encounter|session|call)"
    r"(?:,)? (?:(?:took place|was held|happened) )?(?:on |last )?"
    r"(?:yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
# "Speaking at a press conference after the meeting at Lancaster House on Sunday, ..."
_AFTER_THE_MEETING_ON = re.compile(
    # ("At their meeting on Wednesday, the Secretary-General and the Prime Minister ...")
    r"\b(?:[Aa]fter|[Dd]uring|[Ff]ollowing|[Aa]t) (?:the|their) (?:meeting|talks|summit)"
    r"(?: (?:at|in) (?:the )?"
    r"(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3})? on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|"
    r"Sun)day\b"
)
_SAME_DAY = re.compile(r"\b(?:the same|that) (?:day|evening|night|afternoon|morning)\b")
_A_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)

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
from diplograph.extract.dates import resolve_date
from diplograph.extract.doctext import text_of
from diplograph.extract.layout import Dateline

__all__ = ["WEEKDAY", "same_kind", "stated_day", "without_dateline"]


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

"""Which of an article's meetings are its news, and which are planned or recalled.

A story about today's talks also mentions last month's summit, next week's visit and
"three days later" sequels of older events. Only meetings that happened as part of the
story's news become ``dg:Meeting`` facts; the rest are context. Dates come from
:mod:`~diplograph.extract.dates`; this module keeps the article-level state (what has
already been reported) that the decision needs.
"""

from __future__ import annotations

import re
from datetime import date

from diplograph.extract.dates import counts_back, is_background_time
from diplograph.extract.elapsed import is_elapsed, is_sequel

__all__ = ["NewsFilter"]

_THEN = re.compile(r"\bthen (?:traveled|travelled|flew|went|headed|met|held)\b")
_LAST_PERIOD = re.compile(r"\blast (?:week|month|weekend)\b", re.IGNORECASE)
_LAST_DAY = re.compile(r"\blast (?:week|\w+day)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


class NewsFilter:
    """Decides, meeting by meeting in article order, whether each one is news."""

    def __init__(self, published: date | None, *, commentary: bool = False) -> None:
        self.published = published
        self.commentary = commentary
        """Analyses and opinion recall meetings; only a dated, recent one is news."""
        self._background = False  # the previous meeting was recalled
        self._seen = False  # a meeting of the story's news has been reported
        self._news: date | None = None  # its date

    def is_news(
        self,
        date_text: str,
        when: date | None,
        how: str,
        *,
        in_lead: bool = False,
        on_tour: bool = False,
    ) -> bool:
        """False for a planned meeting or one recalled from before the story's news.

        ``in_lead``: the meeting is told in the story's first sentence, which is its news
        whatever day it gives (a weekly's "on Saturday" five days back). ``on_tour``: it is
        told as a leg of a tour the story follows, days before its last stop."""
        if how == "future":
            # "will hold talks with President Boric on 01 April": planned, not held.
            self._background = False
            return False
        published = self.published
        recent = when is not None and published is not None and (published - when).days <= 7
        ago = how == "relative" and counts_back(date_text)
        stale = (
            how == "explicit"
            and when is not None
            and published is not None
            # "Yoon and Ishiba spoke by phone on Oct. 2" in an Oct. 7 story about their
            # summit to come: days older than the story, before any of its news
            and ((published - when).days > 14 or ((published - when).days > 4 and not self._seen))
        )
        # "Putin and Trump spoke on February 12 ... Less than a week later, Lavrov and
        # Rubio met in Riyadh": a sequel to a recalled meeting is recalled too, and "three
        # days later" before any news of the day counts from an earlier event.
        sequel = (
            when is None
            and (
                (self._background and is_sequel(date_text))
                or (not self._seen and is_elapsed(date_text))
            )
        ) or (
            # "The meeting came days after ... delegations met in Jeddah. Witkoff then
            # traveled to Moscow and met Putin on March 13": what followed the recalled
            self._background and self._seen and bool(_THEN.search(date_text))
        )
        # "Lee held phone talks with Trump last Friday." after the day's news: an aside.
        aside = (
            self._seen
            and not on_tour
            and how == "relative"
            and when != self._news
            and (
                bool(_LAST_DAY.search(date_text))
                # "Xi held a phone call with Trump on Friday" in a Tuesday story about
                # Tuesday's call: days before the news, told after it.
                or (when is not None and self._news is not None and (self._news - when).days >= 3)
            )
        )
        # "Trump had announced the summit last Thursday after a phone call with Putin" in
        # the next Thursday's story, "Trump spoke to Zelensky last Wednesday" in Monday's:
        # last week's, whatever else was news.
        last_week = (
            how == "relative"
            and when is not None
            and published is not None
            and (
                ((published - when).days >= 4 and bool(_LAST_DAY.search(date_text)))
                # "Trump also spoke to Zelensky on Wednesday" in Monday's story: last week's
                or (
                    (published - when).days >= 5
                    and not in_lead
                    and bool(_WEEKDAY.search(date_text))
                )
            )
        )
        # "Witkoff held several hours of talks with Putin in Moscow last week": recalled
        # from before the story's news, with no day to date it by (docs/evaluation.md).
        vague = when is None and not how and bool(_LAST_PERIOD.search(date_text))
        self._background = bool(
            stale
            or sequel
            or aside
            or last_week
            or vague
            or (self.commentary and not (how and recent))
            or (
                (how != "relative" or ago)
                and not (recent and not ago)
                and is_background_time(date_text, published)
            )
        )
        return not self._background

    def reported(self, when: date | None) -> None:
        """Record a meeting of the news (the first one dates the story's news)."""
        if not self._seen:
            self._seen, self._news = True, when

"""Times told by how far they lie from another event: "days later", "the following week",
"last week".

A meeting dated only from the one told before it ("Less than a week later, the
delegations met in Riyadh") shares that one's standing: news if it was news, recalled if
it was recalled. :mod:`~diplograph.extract.news` asks; plain strings in, booleans out.
"""

from __future__ import annotations

import re

__all__ = ["is_elapsed", "is_sequel", "is_vague_past"]

_SEQUEL = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|few|several|\d+|(?:less|more) than an?) "
    r"(?:days?|weeks?|months?|hours?)|shortly|soon|the (?:next|following) (?:day|week|month))"
    r"\s+(?:later|after(?:wards?)?|thereafter)\b"
    r"|\bthe (?:next|following) (?:day|week|month)\b|\b(?:days|weeks) later\b",
    re.IGNORECASE,
)

_VAGUE_PAST = re.compile(
    r"\b(?:(?:last|earlier this|late last|early last) (?:week|month|weekend)|recently"
    r"|earlier in the (?:week|month))\b",
    re.IGNORECASE,
)


def is_vague_past(text: str) -> bool:
    """True when the text places its event in a past period with no day ("last week").

    >>> is_vague_past("Trump and Putin spoke by phone last week.")
    True
    >>> is_vague_past("The two leaders met on Tuesday.")
    False
    """
    return bool(_VAGUE_PAST.search(text))


def is_sequel(text: str) -> bool:
    """True when the text dates its event only from the one told before ("days later").

    >>> is_sequel("Less than a week later, the delegations met in Riyadh.")
    True
    """
    return bool(_SEQUEL.search(text))


_ELAPSED = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|few|several|\d+|(?:less|more) than an?) "
    r"(?:days?|weeks?|months?)\s+(?:later|afterwards?|thereafter)"
    r"|the (?:next|following) (?:day|week|month))\b",
    re.IGNORECASE,
)


def is_elapsed(text: str) -> bool:
    """True when the text counts its time from an earlier event ("three days later").

    >>> is_elapsed("A meeting at the White House three days later produced promises.")
    True
    >>> is_elapsed("Shortly after arriving, the minister met the envoy.")
    False
    """
    return bool(_ELAPSED.search(text))

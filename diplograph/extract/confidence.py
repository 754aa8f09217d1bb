"""How sure a meeting is: the score a draft gets from what reports it.

The score is calibrated on the development sets (``docs/accuracy.md``): of meetings scored
0.9 or more, at least nine in ten must be right. A meeting-reporting verb, a named person,
two sides and a second sentence each add to it.
"""

from __future__ import annotations

__all__ = ["draft_confidence"]

_MEETING_VERBS = frozenset(
    {"meet", "talks", "call_on", "receive", "phone", "video", "credentials", "courtesy_call"}
)


def draft_confidence(triggers: set[str], *, named: int, sides: int, sentences: int) -> float:
    """The confidence of a meeting reported by ``triggers``, with ``named`` people of
    ``sides`` states or bodies, told over ``sentences`` sentences."""
    score = 0.45
    if triggers & _MEETING_VERBS:
        score += 0.2
    if named >= 1:
        score += 0.1
    if sides >= 2:
        score += 0.15
    if sentences > 1:
        score += 0.05
    return round(min(score, 0.95), 2)

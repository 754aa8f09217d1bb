"""Words without which no meeting trigger can match: a cheap test run before the patterns.

Most sentences of a long article tell no meeting; the long pattern of all triggers
(:mod:`~diplograph.extract.triggers`) need not be tried on a sentence with none of these
words, and each pattern only on sentences with one of the words it spells out.
"""

from __future__ import annotations

import re

from diplograph.extract.encounters import ENCOUNTER_ANCHORS
from diplograph.extract.triggers import TRIGGERS

__all__ = ["ANCHOR_WORDS", "TRIGGER_KEYS", "may_have_a_trigger"]

# Words every trigger's match contains one of (as lower-case substrings): a sentence with
# none has no trigger, and the long pattern of all triggers need not be tried on it (most
# sentences of a long article). tests/test_rules.py checks the claim on every evaluation
# article.
_ANCHORS = (
    "call|paid|courtesy|creden|receiv|welcom|host|greet|talk|negotiation|"
    "consultation|visit|phone|dial|spok|speak|convers|video|virtual|meet|met|held|"
    "discuss|dialogue|exchang|consulted|conferred|one-on-one|audience|summit|"
    "chaired|round of|conference|ministerial|among|convened|session|attended|"
    "delegation|sat |sitting down|huddled|shook hands|face-to-face|joined|"
    "brought together|gathered|summon|briefed|dined|dinner|lunch|breakfast|"
    "took part|participated|partook|host|table|spent|rang|telephon|red carpet|retreat|same room|"
    "signed"
)
ANCHOR_WORDS: tuple[str, ...] = (*_ANCHORS.split("|"), *ENCOUNTER_ANCHORS)


def _keys(rx: str) -> tuple[str, ...]:
    # The anchor words a pattern spells out: "[ -]" and "\\s+" read as a space, and a
    # letter made optional ("words? with") read as absent too.
    src = re.sub(r"\[ -\]|\[- \]|\\s[+*]?", " ", rx.lower())
    spelt = src + " " + re.sub(r"\w\?", "", src)
    return tuple(w for w in ANCHOR_WORDS if w in spelt)


# Per pattern of TRIGGERS, the anchor words its matches contain one of: a sentence with none
# of them is not searched with it (tests/test_rules.py checks the claim as for ANCHOR_WORDS).
TRIGGER_KEYS: tuple[tuple[str, ...], ...] = tuple(_keys(rx) for _, _, rx in TRIGGERS)


def may_have_a_trigger(sentence: str) -> bool:
    """False only when no trigger can match: none of ``ANCHOR_WORDS`` is in the sentence."""
    lower = sentence.lower()
    return any(word in lower for word in ANCHOR_WORDS)

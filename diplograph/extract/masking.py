"""Which sentences of an article the statistical model reads at all.

The model is the expensive part of extraction (``docs/performance.md``); a sentence that
cannot report a meeting is blanked before it runs. The cues are the meeting words of
:mod:`~diplograph.extract.rules`; this module owns only the choice of what to keep.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from diplograph.extract import cues, rules
from diplograph.extract.layout import sentence_stops
from diplograph.extract.presence import COUNTED_STATES, is_roster_heading, mentions_presence

__all__ = ["mask_unlikely"]

_LEAD_SENTENCES = 2
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_TEAM_LED = re.compile(r"\b(?:team|mission|delegation)\b[^.;]{0,40}?\bled by\b")


def mask_unlikely(text: str, body_start: int, named: Sequence[int] = ()) -> str:
    """The text with every sentence that cannot report a meeting blanked out.

    Blanking keeps every character offset: sentences become runs of spaces, so the
    statistical model (the expensive part) reads only the lead sentences and sentences
    with a meeting trigger, a presence statement or a reference back to a meeting.
    A cheap split at full stops is enough here: a wrong split only keeps more text.
    ``named`` are offsets where a titled official is named; their sentences are kept too.

    >>> mask_unlikely("Head\\nKakar met envoys. Prices rose. Oil fell. Gold won.\\n", 5)
    'Head\\nKakar met envoys. Prices rose.                    \\n'
    """
    out = list(text)
    lead = 0  # the first sentences introduce who is who ("EAM" is named in full there)
    listing = False
    blanked: tuple[int, int] | None = None  # the sentence just blanked, if the last was
    roll_call = 0  # sentences after a summit's that may name its members by their states
    for line in re.finditer(r"[^\n]+", text):
        if line.end() <= body_start:
            continue
        start = line.start()
        for stop in [*sentence_stops(line.group()), len(line.group())]:
            end = line.start() + stop
            sentence = text[start:end]
            if sentence.strip():
                trigger = rules.first_meeting_word(sentence)
                keep = (
                    lead < _LEAD_SENTENCES
                    or listing
                    or bisect_left(named, end) > bisect_left(named, start)
                    or trigger is not None
                    or mentions_presence(sentence)
                    or is_roster_heading(sentence)
                    or cues.mentions_a_meeting_again(sentence)
                    or bool(cues.SUMMIT_SPEECH.search(sentence))
                    # "An IMF staff team led by Peter Breuer ... visited Colombo": who "the
                    # team" is that "met with President Wickremesinghe" further down
                    or bool(_TEAM_LED.search(sentence))
                    # "***" between two readouts tells where one meeting's account ends
                    or bool(_SEPARATOR_LINE.fullmatch(sentence.strip()))
                    # "... at the summit. Australia's Anthony Albanese said ..."
                    or (roll_call > 0 and bool(_STATE_NAMED.search(sentence)))
                )
                roll_call = (
                    _ROLL_CALL
                    if trigger is not None and cues.SUMMIT_WORDS.search(sentence)
                    else roll_call - 1
                )
                lead += 1
                # "The following diplomats presented their credentials:" and one line each
                listing = (
                    (listing or trigger is not None)
                    and (sentence.rstrip().endswith(":") or (listing and len(sentence) < 200))
                ) or is_roster_heading(sentence)  # "Who was at the summit?" and one line each
                if (
                    trigger
                    and blanked
                    and (
                        _HE_OR_SHE.search(sentence, 0, trigger.start())
                        or _TIME_BEFORE.search(text, blanked[0], blanked[1])
                        # "Leaders ... from the six countries gathered": the six listed before
                        or COUNTED_STATES.search(sentence)
                    )
                ):
                    # "Esper said he is monitoring it. 'I'm aware,' he told reporters at a
                    # news conference with ...": who "he" is, is said just before; "Then,
                    # last month, Beijing stepped in. At an informal trilateral meeting ...":
                    # and when.
                    out[blanked[0] : blanked[1]] = text[blanked[0] : blanked[1]]
                if not keep:
                    out[start:end] = " " * (end - start)
                blanked = None if keep else (start, end)
            start = end
    return "".join(out)


_TIME_BEFORE = re.compile(
    r"\b(?:last|earlier this) (?:week|month|weekend)\b|\bin (?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b"
)
_ROLL_CALL = 4
_STATE_NAMED = re.compile(r"\b[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s (?:[A-Z][\w'’.-]+ ){1,3}?[A-Z]")
_SEPARATOR_LINE = re.compile(r"(?:\*[ \t]*){3,}|-{3,}|_{3,}|#{3,}")

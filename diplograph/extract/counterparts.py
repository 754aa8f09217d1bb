"""Whether a trigger sentence starts another meeting because of whom it names.

"Blinken was received by the Emir ... Blinken sat down with the Prime Minister": the visitor
again, with someone new, is another meeting; a sentence naming only people not yet in the
meeting is one too; a call with someone new after face-to-face talks is another meeting.
And whom "the two Presidents" or "they" stand for when the sentence names no one.
:mod:`~diplograph.extract.clusters` asks this of every trigger sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from diplograph.extract.context import ArticleContext
from diplograph.extract.party import PartyMention
from diplograph.extract.rules import TriggerMatch

__all__ = [
    "AGAIN",
    "OTHERS",
    "introduces_new_counterpart",
    "last_pair",
    "team_leaders",
    "turns_remote",
]


# What a trigger sentence names: only people not yet in the meeting, or one who was in it
# with someone new.
OTHERS = 1
AGAIN = 2


def introduces_new_counterpart(
    told: list[tuple[PartyMention, int]], mentions: list[PartyMention], ctx: ArticleContext
) -> int:
    """A new meeting starts when a trigger sentence names only people not yet in the meeting
    (``OTHERS``), or one who was in it with someone new (``AGAIN``); 0 if neither."""
    named = [r for m in mentions if (r := ctx.resolve(m)).person or r.represents]
    if not named:
        return 0
    seen = {ctx.identity(ctx.resolve(m)) for m, _ in told}
    # "Thailand and Cambodia agreed ... after talks" and then "Cambodian Prime Minister Hun
    # Manet and Thailand's acting Prime Minister Phumtham met": the states' leaders, named.
    unnamed_sides = {r.represents for m, _ in told if not (r := ctx.resolve(m)).person} - {None}
    fresh = [
        m
        for m in named
        if ctx.identity(m) not in seen and not (m.person and m.represents in unnamed_sides)
    ]
    if len(fresh) > 0 and len(fresh) == len(named) and len(seen) >= 2:
        return OTHERS
    # "Blinken was received by the Emir ... Blinken sat down with the Prime Minister": the
    # visitor again, with another named official of the side he met first.
    before = [ctx.resolve(m) for m, _ in told]
    again = [m for m in named if ctx.identity(m) in seen]
    sides = {b.represents for b in before if b.represents}
    # (one new person; "Greek officials said" of his own side is no second)
    new = [m for m in fresh if m.person]
    again_with_new = (
        len(new) == 1
        and all(m.represents == new[0].represents for m in fresh)
        and bool(again)
        and all(m.represents != new[0].represents for m in again)
        and (
            any(b.person and b.represents == new[0].represents for b in before)
            # "On Monday evening, Jaishankar met Bahrain's Foreign Minister": someone of a
            # side not yet in the meeting, met by one who was.
            or (new[0].represents is not None and new[0].represents not in sides)
        )
    )
    return AGAIN if again_with_new else 0


def turns_remote(
    told_triggers: list[tuple[TriggerMatch, Span]],
    told: list[tuple[PartyMention, int]],
    triggers: list[TriggerMatch],
    mentions: list[PartyMention],
    ctx: ArticleContext,
) -> bool:
    """A call with someone new after talks face to face ("During their talks in No 10 ...
    Downing Street said the prime minister had spoken to President Trump by phone"): another
    meeting, even when the sentence refers to "the conversation" it tells itself."""
    remote = ("phone", "video")
    if not triggers or not told_triggers:
        return False
    if any(t.name not in remote for t in triggers):
        return False
    if any(t.name in remote for t, _ in told_triggers):
        return False
    seen = {ctx.identity(ctx.resolve(m)) for m, _ in told}
    return any(ctx.identity(r) not in seen for m in mentions if (r := ctx.resolve(m)).person)


def last_pair(
    sentences: list[Span], sent: Span, parties: dict[int, list[PartyMention]], ctx: ArticleContext
) -> list[PartyMention]:
    """The last two named people of different sides in the two sentences before ``sent``."""
    i = next(i for i, s in enumerate(sentences) if s is sent)
    named = [
        m
        for s in sentences[max(0, i - 2) : i]
        for m in parties[s.start_char]
        if (r := ctx.resolve(m)).person and r.represents
    ]
    pair: dict[str, PartyMention] = {}
    for m in reversed(named):
        pair.setdefault(ctx.resolve(m).represents or "", m)
    return list(pair.values())[:2] if len(pair) >= 2 else []


# "The team met with President and Finance Minister Ranil Wickremesinghe ..." after "An
# International Monetary Fund (IMF) team led by Mr. Peter Breuer ... visited Colombo".
_TEAM_SUBJECT = re.compile(
    r"^\W*(?:The|This|Our) (?:[A-Z][\w.-]* ){0,3}(?:staff |technical )?(?:team|mission|"
    r"delegation)\b(?! of\b)"
)
_LED_BY = re.compile(r"\b(?:team|mission|delegation)\b[^.;]{0,40}?\bled by\b")


def team_leaders(
    sentences: list[Span], sent: Span, parties: dict[int, list[PartyMention]]
) -> list[PartyMention]:
    """Who leads "the team" (mission, delegation) a sentence opens with: the people named
    after "led by" in the last of the ten sentences before it to say so."""
    if not _TEAM_SUBJECT.match(sent.text):
        return []
    i = next(i for i, s in enumerate(sentences) if s is sent)
    for s in reversed(sentences[max(0, i - 10) : i]):
        if (led := _LED_BY.search(s.text)) is not None:
            return [m for m in parties[s.start_char] if m.start >= s.start_char + led.end()]
    return []

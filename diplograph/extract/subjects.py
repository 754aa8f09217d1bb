"""Who, among the people a sentence names, takes part in the meeting it tells.

"During the meeting, Dar stressed ..." (who speaks at it), "he told reporters at a news
conference with ..." (whom "he" stands for), "... who called on him" (whom "him" stands
for), "Jaishankar, Rubio, Iwaya and Wong discussed ..." (who did together what a meeting
does). :mod:`~diplograph.extract.clusters` asks; this module reads the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from diplograph.extract import cues, rules
from diplograph.extract.context import ArticleContext
from diplograph.extract.doctext import text_of
from diplograph.extract.party import PartyMention, with_affiliation
from diplograph.extract.syntax import trigger_verbs

__all__ = [
    "at_the_summit",
    "is_subject",
    "joint_subjects",
    "last_official",
    "object_pronoun",
    "speakers",
    "subject_pronoun",
]


_SPOKE = re.compile(
    r"[,\s]*(?:(?:also|further|for (?:his|her) part|in turn|on (?:his|her) part)[,\s]+)?"
    r"(?:said|stressed|noted|expressed|underlined|underscored|emphasi[sz]ed|highlighted|"
    r"thanked|conveyed|briefed|reiterated|appreciated|affirmed|reaffirmed|assured|praised|"
    r"invited|told|urged|called for|welcomed|lauded|commended|hailed|voiced)\b",
    re.IGNORECASE,
)


_IN_THE_MEETING = re.compile(
    r"\W*(?:During|At|In|Throughout|For (?:his|her|their) part|On (?:his|her|their) part)\b"
)


def speakers(doc: Doc, sent: Span, mentions: list[PartyMention]) -> list[PartyMention]:
    """The named people who speak in the account of a meeting ("During the meeting, Dar
    stressed ..."): they were at it. Not in "The visit came days after Trump said ..."."""
    text = text_of(doc)
    # "The encounter with Wang Yi, director of ..., took place in a hotel": the one met
    met = [
        m for m in mentions if m.person and _THE_MEETING_WITH.match(text, sent.start_char, m.start)
    ]
    if met:
        return met[:1]
    if not _IN_THE_MEETING.match(sent.text) and not _TOLD_THE_TABLE.search(sent.text):
        return []
    return [
        m
        for m in mentions
        if m.person
        and _SPOKE.match(text, m.end)
        and "former" not in text[max(sent.start_char, m.start - 30) : m.start].lower()
        # "..., Prabowo's spokesperson Dahnil Anzar Simanjuntak said in a statement": who
        # tells of the meeting, not who was at it.
        and not _TELLER.search(text, max(sent.start_char, m.start - 30), m.start)
        and not _IN_A_STATEMENT.match(text, m.end)
    ]


def at_the_summit(
    doc: Doc, sent: Span, mentions: list[PartyMention], *, told_on: bool = False
) -> list[PartyMention]:
    """The named people who speak in a sentence set at the summit just told ("Kallas, among
    the most hawkish voices in the room, said", "Sanchez told reporters at the summit
    venue"): they were at it. ``told_on``: the sentence goes on with the summit's account
    ("French President Emmanuel Macron announced ..."), and its titled leaders who speak
    or act were at it too."""
    located = bool(
        _AT_THE_SUMMIT.search(sent.text)
        or cues.SUMMIT_SPEECH.search(sent.text)
        or _TOLD_THE_TABLE.search(sent.text)  # "told fellow leaders that ..."
    )
    if not located and not told_on:
        return []
    text = text_of(doc)
    # "New Zealand's Christopher Luxon and Fiji's Sitiveni Rabuka also spoke", "Britain's
    # Rishi Sunak ... was joined by Canada's Justin Trudeau": one verb for a list of leaders
    groups: list[list[PartyMention]] = []
    for m in sorted((m for m in mentions if m.person), key=lambda m: m.start):
        if groups and _LISTED_WITH.fullmatch(text, groups[-1][-1].end, m.start):
            groups[-1].append(m)
        else:
            groups.append([m])
    return [
        m
        for group in groups
        if any(_acts(text, m, located) for m in group)
        for m in group
        if _at_it(text, sent, m, located)
    ]


_LISTED_WITH = re.compile(
    r"(?:,? and|,|(?:,[^,.;]{0,80},)? (?:was|were) joined by)"
    r" (?:(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?['’]s )?"
)


def _acts(text: str, m: PartyMention, located: bool) -> bool:
    """The name is followed by a verb of speech, or (told on from the summit) of action."""
    return bool(
        _SPOKE_AFTER_ASIDE.match(text, m.end) or (not located and _ACTED.match(text, m.end))
    )


def _at_it(text: str, sent: Span, m: PartyMention, located: bool) -> bool:
    """The named leader is one a summit's account can place there: a state's (or anyone,
    when the sentence is set at the summit), not a former one, not speaking elsewhere."""
    return bool(
        m.person
        # ("New Zealand's Christopher Luxon said", "Fiji's Sitiveni Rabuka ... threw his
        # weight behind": a summit roundup names its leaders by their states)
        and (located or (m.represents is not None and m.represents.startswith("country:")))
        and not _ELSEWHERE.search(sent.text)
        and "former" not in text[max(sent.start_char, m.start - 30) : m.start].lower()
        and not _TELLER.search(text, max(sent.start_char, m.start - 30), m.start)
    )


_AT_THE_SUMMIT = re.compile(
    r"\b(?:at|in|around|during|on the sidelines of) the (?:[\w-]+ ){0,2}(?:summit|gathering|"
    r"room|chamber|discussions?|summit venue|summit table)\b"
)
_ACTED = re.compile(
    r"(?:,[^,.;]{0,80},)?\s*(?:(?:also|later)\s+)?(?:announced|pushed for|pressed for|pledged|"
    r"proposed|offered|raised|backed|opposed|blocked|endorsed|welcomed|arrived|followed|"
    r"flew in|(?:was|were) joined by|presented (?:a|an|the|his|her) (?:[\w-]+ )?(?:report|"
    r"proposal|plan|memorandum)|"
    r"(?:both )?threw (?:his|her|their) weight behind)\b"
)
# "... said in Paris", "told French radio": somewhere else than the summit.
_ELSEWHERE = re.compile(
    r"\b(?:said|told|announced) (?:\w+ ){0,3}(?:in|from) (?-i:[A-Z])|\bin an interview\b|"
    r"\bback (?:home|in)\b"
    # "In Washington, Treasury Secretary Scott Bessent urged ...": told where he is
    r"|^\W*In (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?, "
)
_SPOKE_AFTER_ASIDE = re.compile(
    r"(?:,[^,.;]{0,80},)?\s*(?:(?:also|later)\s+)?(?:said|told|stressed|argued|suggested|"
    r"proposed|urged|warned|insisted|called (?:for|on)|spoke in support)\b"
)


# "President Bola Tinubu told his colleagues at the opening session that ...": at it.
_TOLD_THE_TABLE = re.compile(
    r"\btold (?:his|her|their) (?:colleagues|counterparts|peers|fellow [\w-]+) "
    r"(?:at|during|in) the\b"
    # "President Abdel-Fattah El-Sisi told fellow leaders that Egypt's policy was ..."
    r"|\btold (?:the )?fellow (?:leaders|heads of state)\b"
)
_THE_MEETING_WITH = re.compile(
    r"\W*The (?:[\w-]+ ){0,2}(?:meeting|talks|encounter|conversation|call|sit-down) with "
    r"(?:[A-Z][\w.'’-]* ){0,4}$"
)
_TELLER = re.compile(r"\bspokes(?:person|man|woman)\b|\bspokes(?:person|man|woman) \w+ $", re.I)
_IN_A_STATEMENT = re.compile(r"\W*(?:said|told)\b[^.]{0,20}\b(?:statement|reporters|journalists)\b")


def last_official(mentions: list[PartyMention], ctx: ArticleContext) -> PartyMention | None:
    """The official a following "he" or "she" can stand for: the subject of the sentence
    ("U.S. Defense Secretary Mark Esper said ..."), when their side is known. A name in an
    object or a subordinate phrase ("The decision, taken by Commission President Ursula
    von der Leyen, follows ...") is not taken up by a pronoun often enough to guess."""
    for m in reversed(mentions):
        if not m.person:
            continue
        r = ctx.resolve(m)
        if not r.represents and ctx.agency:
            # "Speaker National Assembly Sardar Ayaz Sadiq on Friday said ..." (APP): the
            # agency's subject is its own official.
            r = with_affiliation(r, ctx.agency)
        if not r.represents:
            continue
        if is_subject(ctx.doc, m):
            return r
    return None


def is_subject(doc: Doc, m: PartyMention) -> bool:
    """True when the mention is its clause's subject (or in apposition to it: "ISLAMABAD,
    Dec 27 (APP): Speaker ... Ayaz Sadiq on Friday said", where the parser makes the
    dateline the subject and the official its apposition)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and (
        span.root.dep_ in ("nsubj", "nsubjpass")
        or (span.root.dep_ == "appos" and span.root.head.dep_ in ("nsubj", "nsubjpass"))
    )


def subject_pronoun(sent: Span, triggers: list[rules.TriggerMatch]) -> tuple[int, int] | None:
    """Where "he" or "she" is the subject of a meeting verb ("he was received by Macron",
    "he told reporters at a news conference with ..."), not of another verb ("He said
    that Kim and Putin held a summit")."""
    verbs = trigger_verbs(sent, triggers, through_auxiliaries=True)
    # '"I was pleased to meet Prime Minister Sharif on Sunday,"' in a statement: its author
    quoted = bool(_QUOTE_OPENS.match(sent.text))
    for token in sent:
        first_person = quoted and token.text == "I"
        if (
            (token.lower_ in ("he", "she") or first_person)
            and token.dep_ in ("nsubj", "nsubjpass")
            and (
                token.head.i in verbs
                # "He arrived in Saudi Arabia on March 10 and held talks ...": the subject
                # of both verbs
                or any(c.dep_ == "conj" and c.i in verbs for c in token.head.children)
                or (
                    first_person
                    and any(t.dep_ == "xcomp" and t.i in verbs for t in token.head.subtree)
                )
            )
        ):
            return token.idx, token.idx + len(token.text)
    return None


_QUOTE_OPENS = re.compile(r"\W*[\"“]")


_JOINT_VERBS = frozenset(
    {"discussed", "agreed", "reviewed", "exchanged", "signed", "reaffirmed", "adopted", "vowed"}
)


def joint_subjects(sent: Span, mentions: list[PartyMention]) -> list[PartyMention]:
    """The named people who together do what a meeting does ("X, Y and Z discussed ..."),
    when they are the sentence's subject; none otherwise."""
    root = sent.root
    if root.lower_ not in _JOINT_VERBS:
        return []
    subjects = [m for m in mentions if m.person and m.end <= root.idx]
    between = sent.doc.text[sent.start_char : root.idx]
    if len(subjects) < 2 or any(w in between for w in (" said", " told", " who ", " which ")):
        return []
    return subjects


def object_pronoun(sent: Span, triggers: list[rules.TriggerMatch]) -> tuple[int, int] | None:
    """Where "him" or "her" is the one a meeting verb is directed at ("a group of
    ambassadors ..., who called on him at the Parliament House")."""
    for t in triggers:
        m = _HIM.match(sent.text, t.end)
        if m is not None and t.direction != "none":
            return sent.start_char + m.start(1), sent.start_char + m.end(1)
    return None


_HIM = re.compile(r"\s+(him|her)\b")

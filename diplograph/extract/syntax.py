"""Checks on the dependency parse that the trigger regexes cannot make on their own.

A trigger word can sit under a modal or a plan ("will meet ... and hold talks"), name
talks without reporting them ("a role in talks with Ukraine"), or have states for its
subject that the gazetteer found but the party finder did not ("Pakistan and Kazakhstan
held ..."). These rules read the parse of one sentence; they never decide who met whom.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from diplograph.extract.party import PartyMention
from diplograph.extract.rules import TriggerMatch
from diplograph.extract.spans import sentence_spans

__all__ = [
    "irrealis",
    "nominal_only",
    "state_subjects",
    "trigger_verbs",
]

_MODALS = frozenset(
    {"will", "shall", "would", "'ll", "may", "might", "could", "should", "must", "can", "ca"}
)
_PLANNING = frozenset(
    {
        "expect",
        "schedule",
        "plan",
        "due",
        "set",
        "intend",
        "hope",
        "want",
        "agree",
        "invite",
        "likely",
        "propose",
        "seek",
        "aim",
        "prepare",
    }
)


_NOMINAL_TRIGGER = re.compile(r"^(?:talks|discussions|consultations|dialogue)\b", re.IGNORECASE)


def nominal_only(sent: Span, trigger: TriggerMatch) -> bool:
    """ "a role in talks with Ukraine", "hopes for talks with Iran" name talks, not a meeting.

    "During talks with ..." and "held talks with ..." do report one.
    """
    if not _NOMINAL_TRIGGER.match(sent.text[trigger.start : trigger.end]):
        return False
    start = sent.start_char + trigger.start
    token = next((t for t in sent if t.idx >= start), None)
    if token is None or token.dep_ != "pobj":
        return False
    verb = token.head.head
    if token.head.lower_ == "in" and verb.lower_ in ("led", "headed", "represented", "joined"):
        return False  # "later led the Pakistani side in delegation-level talks with ..."
    if token.head.lower_ == "for" and verb.lower_ in ("joined", "gathered", "met"):
        return False  # "were joined by the Romanian president, Klaus Iohannis, for talks with"
    if token.head.lower_ == "for" and verb.lower_ in ("was", "were") and verb.tag_ == "VBD":
        return False  # "Lavrov was in Pyongyang on Thursday for talks with Choe Son Hui"
    if (
        token.head.lower_ in ("for", "into")
        and verb.tag_ == "VBD"
        and verb.lower_
        in ("flew", "travelled", "traveled", "went", "headed", "came", "arrived", "drove")
    ):
        # "That evening Blinken flew on to Doha for talks with the Emir", "arrived on
        # Wednesday and went straight into talks with Jaishankar"
        return False
    if (
        token.head.lower_ == "for"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "dobj" and c.lower_ in _STOPS for c in verb.children)
    ):
        return False  # "Widodo made a stop in Canberra on Tuesday for talks with Albanese"
    return token.head.lower_ in ("in", "for", "on", "about", "to", "toward", "towards", "into")


_STOPS = frozenset({"stop", "stopover", "trip", "visit", "detour"})


# Verbs whose object (talks, a meeting, consultations) did not take place.
_NOT_HELD = frozenset(
    {
        "request",
        "seek",
        "propose",
        "offer",
        "reject",
        "demand",
        "urge",
        "want",
        "refuse",
        "push",
        "suggest",
        "postpone",
        "cancel",
        "delay",
        "scrap",
        "rule",
        "decline",
        "boycott",
        "call",
        "plan",
        "schedule",
        "prepare",
        "arrange",  # "is also arranging a phone call between Lee and Ishiba"
        "expect",  # "he expected 'really good' discussions between the two presidents"
        "anticipate",
        "await",
        "organise",
        "organize",
        "consider",
    }
)


_IRREGULAR = {"sought": "seek", "seeks": "seek", "set": "set", "due": "due"}


def _stem(word: str) -> set[str]:
    """Candidate base forms of an English verb (the lemmatizer is not loaded, for speed)."""
    if word in _IRREGULAR:
        return {_IRREGULAR[word]}
    forms = {word}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            forms |= {base, base + "e"}
            if len(base) > 2 and base[-1] == base[-2]:
                forms.add(base[:-1])  # "planned" -> "plan"
    return forms


_ONLY_POSSIBLE = re.compile(
    r"[^.;:,]{0,60}?\b(?:is|was|were|are|would be|could be|remains?|seemed|seems)\s+"
    r"(?:still\s+|now\s+|not\s+)?(?:possible|likely|unlikely|expected|planned|"
    r"being (?:prepared|arranged|planned)|in the works|on the cards|under discussion)\b",
    re.IGNORECASE,
)


# "A preparatory meeting between Rubio and Lavrov, which had been floated for this week,
# never took place"
_NEVER_HELD = re.compile(
    r"[^.;:]{0,120}?\b(?:never|did not|didn't|has not|hasn't|have not|haven't) "
    r"(?:took|take|taken) place\b"
    r"|[^.;:]{0,120}?\b(?:never|did not|didn't) (?:happen|materiali[sz]e)",
    re.IGNORECASE,
)


def irrealis(sent: Span, trigger: TriggerMatch) -> bool:
    """True when the parse puts the trigger under a modal or a plan.

    "the prime minister will meet Xi and hold talks with Li": "hold" has no auxiliary
    of its own, but it is coordinated with "meet", which has "will".
    """
    start = sent.start_char + trigger.start
    tokens = [t for t in sent if t.idx >= start]
    if not tokens:
        return False
    if _ONLY_POSSIBLE.match(sent.text, trigger.end) or _NEVER_HELD.match(sent.text, trigger.end):
        return True  # "a meeting between Putin and Trump was possible but no date was set"
    verb = tokens[0]
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if tokens[0] is not verb and _stem(verb.lower_) & _NOT_HELD:
        return True  # "requested consultations with", "postponed talks with"
    agreed = verb
    while agreed.dep_ == "conj" and agreed.head.i != agreed.i:
        agreed = agreed.head  # "agreed to reopen channels and to crack down ... after talks"
    # "has agreed to stop attacking ... after a lengthy phone call with Trump": the call
    # the agreement came out of
    under = tokens[0]
    while under.dep_ in ("compound", "amod", "pobj", "nmod") and under.head.i != under.i:
        under = under.head
        if under.pos_ == "ADP":
            break
    after_talks = under.pos_ == "ADP" and under.lower_ in ("after", "following", "during")
    while (
        agreed.dep_ == "xcomp"
        and not (_stem(agreed.head.lower_) & {"agree", "decide", "pledge", "vow", "commit"})
        and agreed.head.dep_ == "xcomp"
    ):
        agreed = agreed.head  # "agreed to stop attacking": up to "agreed"
    if (
        (tokens[0].pos_ == "ADP" or after_talks)
        and agreed.dep_ == "xcomp"
        and _stem(agreed.head.lower_) & {"agree", "decide", "pledge", "vow", "commit"}
    ):
        # "agreed Tuesday to boost security cooperation, in talks in Manila": where the
        # agreement was reached, not what was agreed on.
        return False
    chain = [verb]
    while (
        chain[-1].dep_ in ("conj", "xcomp")
        and chain[-1].head.i != chain[-1].i
        # "have agreed to let ..., after Morrison and Modi held their first online summit",
        # parsed as two conjoined verbs: a verb with its own subject is its own clause
        and not (chain[-1].dep_ == "conj" and _has_subject(chain[-1]))
    ):
        chain.append(chain[-1].head)
    for v in chain:
        for child in v.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _MODALS:
                return True
            if child.dep_ == "aux" and child.lower_ == "to" and not _went_to_be_received(v):
                return True
        if v is not verb and _stem(v.lower_) & _PLANNING:
            return True
    return False


def _went_to_be_received(verb: Token) -> bool:
    """ "Zelenskyy travelled to Sandringham to be received by King Charles": the journey is
    told done, and the welcome it was made for with it."""
    return (
        verb.lower_ in ("received", "welcomed", "greeted")
        and any(c.dep_ == "auxpass" for c in verb.children)
        and verb.head.tag_ == "VBD"
        and verb.head.lower_ in _JOURNEYED
    )


_JOURNEYED = frozenset(
    {"travelled", "traveled", "flew", "went", "drove", "headed", "came", "returned"}
)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def trigger_verbs(
    sent: Span, triggers: list[TriggerMatch], *, through_auxiliaries: bool = False
) -> set[int]:
    """Token indices of the verbs that govern the triggers ("held" in "held talks").

    With ``through_auxiliaries``, an auxiliary gives way to its verb ("was" of "was
    received by" is "received").
    """
    verbs = set()
    for trigger in triggers:
        start = sent.start_char + trigger.start
        token = next((t for t in sent if t.idx >= start), None)
        while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head
        if token is not None and through_auxiliaries and token.dep_ in ("aux", "auxpass"):
            token = token.head
        if token is not None:
            verbs.add(token.i)
    return verbs


def state_subjects(sent: Span, triggers: list[TriggerMatch], doc: Doc) -> list[PartyMention]:
    """States that are themselves the subject of a meeting verb.

    "Pakistan and Kazakhstan on Tuesday held the fifth round of political consultations".
    """
    verbs = trigger_verbs(sent, triggers)
    found = []
    states = [s for s in sentence_spans(doc, sent) if s.label_ == "COUNTRY"]
    state_tokens = {i for s in states for i in range(s.start, s.end)}
    for span in states:
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        subject = root.dep_ in ("nsubj", "nsubjpass") and root.head.i in verbs
        if subject or _just_before_verb(doc, span, verbs, state_tokens) or _talks_between(root):
            found.append(
                PartyMention(span.start_char, span.end_char, None, None, span.id_, False, True)
            )
    return found


def _talks_between(root: Token) -> bool:
    """ "Peace talks between the Government of Ethiopia and the TPLF ... began in Pretoria":
    the states talks are between, when the talks are the sentence's subject."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "government":
        root = root.head.head  # "the Government of Ethiopia"
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "between"
        and prep.head.lower_ in ("talks", "negotiations", "consultations")
        and prep.head.dep_ in ("nsubj", "nsubjpass")
    )


def _just_before_verb(doc: Doc, span: Span, verbs: set[int], state_tokens: set[int]) -> bool:
    """ "Pakistan and Kazakhstan on Tuesday held ...": states listed right before the verb,
    which the parser may misattach after a dateline."""
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj":
        # "ending the war in Ukraine and improving ties", "the envoys posted in the United
        # Arab Emirates, Qatar and Oman joined via video link": the states do nothing.
        return False
    for verb in verbs:
        if span.end > verb or verb - span.end > 8 or doc[verb].tag_ == "VBG":
            continue
        between = doc[span.end : verb]
        words = [t for t in between if not t.is_punct]
        if all(t.pos_ not in ("VERB", "AUX") for t in words) and all(
            t.lower_ in ("and", "the", "on", "in", "at", "today", "yesterday")
            or t.ent_type_ in ("DATE", "GPE", "TIME")
            or t.i in state_tokens
            for t in words
        ):
            return True
    return False


def relative_clause(sent: Span, trigger: TriggerMatch) -> str | None:
    """The text of the relative clause the trigger's verb heads, if it heads one ("who met
    Trump at the White House in March" in "Rutte, who met ..., urged allies"): an aside
    about someone, told to place them."""
    for i in trigger_verbs(sent, [trigger]):
        verb = sent.doc[i]
        if verb.dep_ == "relcl":
            tokens = list(verb.subtree)
            return sent.doc[tokens[0].i : tokens[-1].i + 1].text
    return None

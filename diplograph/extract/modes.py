"""How a meeting was held (in person, phone, video) and what kind it was.

Read from the words of the sentences that report it. The kind is a slug of the SKOS
meeting-type scheme (``ontologies/``); ``tests/test_ontology.py`` checks that every slug
returned here is in the scheme.
"""

from __future__ import annotations

import re

from diplograph.model import Mode

__all__ = ["meeting_kind", "meeting_mode"]


_REMOTE_ATTENDEE = re.compile(
    r"\b(?:took part|joined|participated|attended|addressed \w+)\s+(?:\w+\s+){0,2}"
    r"(?:by|via|through|over)\s+(?:a\s+)?(?:video(?:\s*link)?|videoconference|virtually)\b"
    r"|\b(?:joined|attended|participated)\s+(?:\w+\s+){0,2}virtually\b",
    re.IGNORECASE,
)


def meeting_mode(text: str) -> Mode:
    """Phone, video or in person, from the words of the meeting's sentences.

    >>> meeting_mode("The two leaders held a telephone conversation.")
    <Mode.PHONE: 'phone'>
    """
    # "Putin took part by video link" in a summit held in Rio: one remote attendee.
    text = _REMOTE_ATTENDEE.sub(" ", text)
    # (not "dimming the lights and playing a video": a video shown at a meeting)
    if re.search(
        r"\bvideo(?:[ -]?(?:call|conference|link|summit|meeting|talks|conversation|format|chat|"
        r"address|message|session|hook-?up|teleconference)s?)\b"
        r"|\b(?:by|via|over|through|on) video\b|\bvirtual(?:ly)?\b|\bvideoconferenc\w*",
        text,
        re.IGNORECASE,
    ) or (
        # "held online", "an online meeting" (not "online scam syndicates")
        re.search(
            r"\b(?:held|met|meet|meeting|took place|conducted|joined|participated|attended|"
            r"convened|spoke|talks)\s+(?:\w+\s+){0,2}online\b|\bonline\s+(?:\w+\s+)?(?:meeting|"
            r"summit|talks|call|conference|format|session|consultations?|conversation)\b",
            text,
            re.IGNORECASE,
        )
    ):
        return Mode.VIDEO
    # Not "either of them could pick up the phone": the phone as a means of the meeting.
    if re.search(
        r"\b(?:by|over the|on the|via) (?:tele)?phone\b|\b(?:tele)?phone (?:call|conversation|"
        r"talks?|discussion)s?\b|\b(?:tele)?phoned\b|\btelephonic\b|\bspoke by\b|\bdiall?ed\b"
        r"|\b(?:called|rang) (?!on\b|upon\b|for\b|off\b|it\b)(?:[\w.'’-]+ ){1,6}?to "
        r"(?:brief|discuss|congratulate|express|offer|convey|thank|inform|update|exchange)\b"
        r"|\bhanging up\b"
        # (not "what he called China's lawful interests.")
        r"|(?<!so-)(?<!so )(?<!what he )(?<!what she )(?<!what they )\b(?:called|rang) "
        r"(?=(?-i:[A-Z]))(?![\w-]+['’]s\b)(?:[\w.'’-]+ ){1,5}?[\w'’-]+[.;]",
        text,
        re.IGNORECASE,
    ):
        return Mode.PHONE
    # "Modi and Trump, in a call on Monday, discussed trade": a call is by phone, unless
    # it is a courtesy call on someone.
    if re.search(
        r"\b(?:in|during|held|had|a|the) (?:an? )?(?:brief |lengthy |short |first |\w+-minute )?"
        r"call\b(?! (?:on|upon) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday)\b))",
        text,
        re.IGNORECASE,
    ) and not re.search(r"\b(?:courtesy|farewell|introductory) call\b", text, re.IGNORECASE):
        return Mode.PHONE
    # "Secretary Rubio spoke today with ...": in a readout, a conversation with no meeting,
    # visit or place is a call.
    if re.search(
        # (not "as the pair spoke to broadcasters after their talks": the press)
        r"\b(?:spoke|spoken) (?:\w+ )?(?:with|to)\b(?! (?:the )?(?:broadcasters|reporters|"
        r"journalists|press|media|the nation)\b)",
        text,
        re.IGNORECASE,
    ) and not re.search(
        r"\b(?:met|meeting|visit\w*|in person|on the sidelines|margins|talks in|at the|"
        r"hosting|hosted|received|welcomed)\b",
        text,
        re.IGNORECASE,
    ):
        return Mode.PHONE
    return Mode.IN_PERSON


def meeting_kind(trigger_names: set[str], text: str, mode: Mode) -> str:
    """Meeting type slug for the SKOS meeting-type scheme."""
    lowered = text.lower()
    if mode is Mode.PHONE:
        return "phone-call"
    if mode is Mode.VIDEO:
        return "video-call"
    if "credentials" in trigger_names:
        return "credentials-ceremony"
    if "sidelines" in lowered or "on the margins" in lowered:
        return "summit-sideline"
    if trigger_names & {"call_on", "courtesy_call"}:
        return "courtesy-call"
    if re.search(r"\b(?:state|official|working) visit\b", lowered):
        return "official-visit"
    return "bilateral-talks"

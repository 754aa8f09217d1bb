"""Cues that tie a sentence to the meeting told before it, or open another.

"The talks" points back; "also met" and "in a separate meeting" open another meeting;
"the last meeting between ..." tells another time's. :mod:`~diplograph.extract.clusters`
groups an article's sentences into meetings by these cues; which words report a meeting
at all is :mod:`~diplograph.extract.rules`' business.
"""

from __future__ import annotations

import re

from diplograph.extract.rules import comes_after

__all__ = [
    "ALSO_THERE",
    "ANOTHER_TIME",
    "AT_THE_TABLE",
    "CHAIRED_ANOTHER",
    "HOSTED_TALKS",
    "SUMMIT_SPEECH",
    "SUMMIT_WORDS",
    "THAT_TIME",
    "THEY",
    "THE_MEETING",
    "is_anaphoric_meeting_reference",
    "is_new_meeting_cue",
    "is_other_meeting",
    "mentions_a_meeting_again",
    "without_comparison",
]

_NEW_MEETING = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:later|earlier|subsequently|afterwards|separately|"
    # "4. Prior to the meeting, Minister Kamikawa ... paid a courtesy call on"
    r"(?:prior to|before|ahead of) the (?:meeting|talks)),?\s"
    # ("also spoke with Modi", not "also spoke at the session": one who took the floor)
    r"|\b(?:also (?:met|held|received|called on|spoke (?!at |during ))|separately|"
    r"in a separate|in another|"
    r"in a (?:second|third|fourth|fifth|later|subsequent) (?:meeting|call)|"
    r"(?:held|had) (?:a |another )?separate (?:meeting|talks|call|conversation)|"
    r"later (?:met|held|received|in the day)|on the same day,? .{0,40}\b(?:met|received)|"
    r"then (?:met|held|sat down|received|called on|hosted|had talks)|"
    r"(?:in|during) (?:a|his|her) meeting with|earlier,? .{0,60}\b(?:met|received|held)|"
    # "The meeting came a day after Koury travelled to Benghazi, where she met Haftar"
    r"(?:came|comes) (?:just |only )?(?:a|one) day after)\b",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    r"\b(?:the|this|that) (?:\w+[- ]?){0,3}(?:meeting|talks|discussions|dialogue|session|"
    r"conversation|call|visit|retreat)\b|\bduring the\b"
    # "At their meeting on Wednesday, the Secretary-General and the Prime Minister reviewed"
    r"|^\W*(?:At|During|In) their (?:meeting|talks)\b"
    # "The encounter with Wang Yi, director of ..., took place in a hotel"
    r"|^\W*The (?:[\w-]+ ){0,2}(?:encounter|sit-down) with\b"
    # (not "he welcomed Modi, the two leaders agreeing to ...": the clause's own two)
    r"|(?<!, )\bthe two (?:sides|leaders|ministers|officials)\b"
    r"|, the two (?:sides|leaders|ministers|officials)\b(?! \w+ing\b)|"
    r"\bboth (?:sides|leaders|ministers)\b"
    # "... and President Mirziyoyev, who hosted the summit, took part"
    r"|\bwho (?:hosted|chaired) the (?:\w+ ){0,2}(?:summit|meeting|talks|gathering)\b"
    # "Barbados Prime Minister Mia Mottley hosted the ceremony": the signing just told
    r"|\b(?:hosted|attended|witnessed) the (?:signing )?ceremony\b"
    # "Prince Faisal and al-Aiban hosted the delegations and sat with them"
    r"|\b(?:hosted|received|welcomed) the (?:two )?(?:delegations|talks|sides)\b"
    # "The meeting was co-chaired by ... It brought together members of both Commissions"
    r"|^\W*It (?:also )?(?:brought together|gathered|was (?:also )?attended by)\b",
    re.IGNORECASE,
)


def mentions_a_meeting_again(sentence: str) -> bool:
    """True when the sentence has a word that can point back to a meeting ("the talks")."""
    return bool(_ANAPHORIC.search(sentence))


def is_new_meeting_cue(sentence: str) -> bool:
    """True when the sentence opens another meeting ("also met", "in a separate meeting")."""
    return bool(_NEW_MEETING.search(sentence))


def is_anaphoric_meeting_reference(sentence: str) -> bool:
    """True when the sentence refers back to a meeting already reported ("the meeting")."""
    return bool(_ANAPHORIC.search(sentence)) and not is_other_meeting(sentence)


def is_other_meeting(sentence: str) -> bool:
    """True when the sentence tells of another meeting than the one just reported ("The
    last meeting between the leaders of Japan and China took place in San Francisco",
    "The visit came after Zelensky's meeting with President Trump ... on Friday")."""
    return bool(_OTHER_MEETING.search(sentence) or comes_after(sentence))


def without_comparison(sentence: str) -> str:
    """The sentence without an aside that compares with another time ("Aliyev attended as
    guest of honour, as he had done at last year's meeting"): the rest still tells the
    meeting just reported."""
    return _AS_BEFORE.sub("", sentence) if " as " in sentence else sentence


_AS_BEFORE = re.compile(
    r",?\s+(?:just )?as (?:he|she|it|they|[A-Z][\w-]+) (?:had |has |have )?(?:done|did)\b.*\Z",
    re.DOTALL,
)
# "The last meeting between the leaders of Japan and China took place in San Francisco":
# not the meeting just reported.
_OTHER_MEETING = re.compile(
    # ("The last round of the talks was held in New Delhi in December 2019")
    r"\b(?:the|their) (?:last|previous|prior|next) (?:[\w-]+ ){0,3}(?:meeting|talks|summit|visit|"
    r"round)\b"
    # "The two leaders had spoken by phone in August, shortly after the election"
    r"|\bhad (?:also |already |previously )?(?:met|spoken|talked|held)\b[^.;]{0,60}?\b(?:in|last) "
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d\d|week|month|year)\b"
    # "Hungary ratified it on February 26, days after Kristersson travelled to Budapest for
    # talks with Orban": talks some days before what the sentence tells
    r"|\b(?:days|weeks|months|a week|a month|a fortnight) (?:after|before)\b[^.;]{0,80}?"
    r"\b(?:talks|met|meeting|visit|visited|travell?ed|called|spoke)\b"
    # "The summit follows last year's gathering in Jeddah, where Assad attended"
    r"|\b(?:last|previous|past) (?:year|month|week)['’]s (?:[\w-]+ ){0,2}(?:summit|meeting|"
    r"gathering|talks|visit|session|edition)\b",
    re.IGNORECASE,
)


# Sentence shapes that :mod:`~diplograph.extract.clusters` reads a meeting's account by.
THEY = re.compile(
    # "In Kyiv, they were received by President Zelenskyy": a short opener may come first.
    # ("During the visit, the two presidents held a video conference with ...")
    r"^\W*(?:(?:In|At|On|During|Later|Earlier|There|Afterwards|Upon arrival)\b[^,.]{0,40},\s*"
    r"(?=they\b|the two\b|both\b))?"
    # ("The two Presidents met at the Casa de Nariño": a communiqué's capitals)
    r"(?:[Tt]hey|[Tt]he two (?i:leaders|sides|ministers|presidents|prime ministers|men|women)|"
    r"[Tt]he (?:three|four|five|trio|duo|pair)(?: (?i:leaders|ministers|officials|delegations))?|"
    r"[Bb]oth (?i:leaders|sides|ministers))\b"
    # "Meeting at the prime minister's office, the leaders also confirmed ..."
    r"|^\W*Meeting\b[^,.]{0,60},\s*the (?:two )?leaders\b"
)


THAT_TIME = re.compile(
    # "In July 2019, then prime minister Imran Khan sat next to President Trump"
    r"\bthen-|\bthen (?:prime minister|president|chancellor|premier|"
    r"[\w-]+ (?:minister|secretary))\b"
    r"|\bthat (?:meeting|summit|gathering|visit)\b",
    re.IGNORECASE,
)
ANOTHER_TIME = re.compile(
    r"\W*(?:Earlier|Later|On the eve|The (?:day|evening|night) before|The previous day)\b"
)
CHAIRED_ANOTHER = re.compile(r"\bchaired (?:a|an|the) (?:[\w-]+ ){0,3}(?:meeting|session) of\b")
HOSTED_TALKS = re.compile(
    r"\bhosted (?:the |a |an )?(?:[\w-]+ ){0,3}(?:talks|negotiations|consultations|round|"
    r"meeting|summit) (?:of talks )?between\b"
)
AT_THE_TABLE = re.compile(
    r"\W*(?:(?:Also )?(?:Around|At) the table (?:were|was|sat)|Those (?:in attendance|present|"
    r"attending) (?:included|were)|(?:Also )?(?:present|attending) were|"
    r"From (?:the )?(?:[A-Z][\w-]+ ?|region ?|continent ?|host nation ?){1,3},? came)\b"
)
ALSO_THERE = re.compile(
    r"\balso (?:took part|attended|participated|joined) (?:in )?the\b"
    # "Guterres told the assembled leaders", "Hosting the summit, Abiy Ahmed called on"
    r"|\b(?:told|addressed|urged) the (?:assembled|gathered) (?:leaders|heads of state)\b"
    r"|^\W*(?:Hosting|Chairing|Opening|Closing) the (?:[\w'’-]+ ){0,2}(?:summit|gathering),"
)
# "The informal trilateral meeting", "The ASEAN Leaders' Meeting at the ASEAN Secretariat"
# "on the sidelines of the summit", "on the margins of the trilateral"
SIDELINES = re.compile(r"\b(?:sidelines?|margins?)\b")
THE_MEETING = re.compile(
    r"\W*The (?:[\w'’-]+ ){0,3}(?:[Mm]eeting|[Tt]alks|trilateral|encounter)\b"
    # "... has told Sudan's army chief Burhan that ... During a phone call on Friday,
    # Erdogan said": the call the lead told without a meeting word
    r"|\W*(?:During|In) (?:a|the) (?:tele)?phone (?:call|conversation)\b"
)
# "In his opening address, Tinubu urged member states": a leader speaking at the summit.
SUMMIT_SPEECH = re.compile(
    r"\b[Ii]n (?:his|her) (?:opening|closing|keynote) (?:address|remarks|speech|statement)\b"
)


# Words that tell a gathering of many sides ("greeted her counterparts", "the leaders'
# plenary", "the 66th ordinary session"): a summit, whose members the next sentences may
# name (masking keeps them, ``accounts.calls_the_roll`` reads them).
SUMMIT_WORDS = re.compile(
    r"\b(?:summit|leaders|heads of (?:state|government)|plenary|counterparts|"
    r"(?:ordinary|extraordinary) session)\b",
    re.IGNORECASE,
)

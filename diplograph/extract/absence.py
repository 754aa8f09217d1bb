"""Names a sentence gives of people who are not at the meeting it tells.

"conveyed greetings from Prime Minister Modi", "the son of Lee Kuan Yew", "an aide to
President Putin", "a day after Donald Trump was sworn in", "Modi skipped the meeting",
"the spokesman for the Foreign Ministry, Esmaeil Baqaei": the name is there, its holder is
not. :mod:`~diplograph.extract.mentions` asks these questions of the text around each name
it reads; they are plain strings in, booleans out.
"""

from __future__ import annotations

import re

__all__ = [
    "absent_after",
    "adviser_title",
    "named_as_absent",
    "named_elsewhere",
    "source_in_apposition",
    "sworn_into_office",
]


def named_as_absent(lead: str) -> bool:
    """True when the words before a name say its holder is not there (``lead`` ends where
    the name starts)."""
    return bool(_NOT_PRESENT.search(lead)) and not _TITLED_ADVISER.search(lead)


def named_elsewhere(lead: str) -> bool:
    """True when the words before an office say whose letter, regime or absence it is."""
    return bool(_NOT_PRESENT.search(lead))


def adviser_title(text: str, floor: int, start: int) -> str | None:
    """ "Chief Advisor to the Brazilian President" before a name at ``start``: his title."""
    adviser = _TITLED_ADVISER.search(text, floor, start)
    return adviser.group(0).strip() if adviser else None


def source_in_apposition(text: str, floor: int, start: int) -> bool:
    """True when the words before the name at ``start`` make it a statement's author."""
    return bool(_SOURCE_BEFORE.search(text, floor, start))


def absent_after(text: str, end: int) -> bool:
    """True when the words after a name say its holder was sworn in, died or stayed away."""
    return bool(_ABSENT_AFTER.match(text, end))


def sworn_into_office(text: str, start: int) -> bool:
    """True when the words before an office say someone took it ("was sworn in as")."""
    return bool(_BECAME.search(text, max(0, start - 40), start))


_NOT_PRESENT = re.compile(
    # (not "met in Doha at the invitation of Qatar's Emir": the host)
    r"(?:\b(?:greetings|regards|message|letter|(?<!at the )invitation|wishes|condolences|"
    r"felicitations)"
    r"\s+(?:of|from|to)\b"
    r"|\b(?:son|daughter|wife|husband|brother|sister|father|mother|widow|nephew|niece|"
    r"grandson|granddaughter|late|case|release|detention|arrest|fate|plight|imprisonment|"
    r"trial|jailing|sentencing|killing|death|assassination|murder|rule|regime|reign|era|fall|"
    r"ouster|overthrow|toppling|predecessor|successor|toppled|ousted|overthrew|deposed|"
    # "hours after the inauguration of President Donald Trump"
    r"inauguration|swearing-in|funeral|burial|coronation|re-election|election|victory|"
    r"return(?= of)|"
    # "the first talks on Tehran's nuclear programme under US President Donald Trump"
    # (but "under the facilitation of HH Sayyid Badr": the mediator, at the table)
    r"under(?!\s+the\s+(?:facilitation|mediation|chairmanship|chairpersonship|"
    r"co-chairmanship|moderation)\b))\b"
    r"(?:\s+of)?)"
    # ("the greetings of the Custodian of the Two Holy Mosques King Salman")
    r"(?:\s+(?:the\s+)?[\w'’.-]+){0,7}\s*$"
    # "under the leadership of His Majesty King Hamad ... and King Abdullah II"
    # "as the government of libertarian President Javier Milei pushes for a new program"
    r"|\b(?-i:government|administration) of (?:[\w-]+ )?"
    r"(?-i:President|Prime Minister|Premier|Chancellor)\b[^.;:,]{0,40}$"
    r"|\b(?:leadership|guidance|directives|patronage|auspices|reign|instructions) of\b"
    r"[^.;:,]{0,120}$"
    # "whose Islamist group Hayat Tahrir al-Sham": a group's name, not a person's
    # (lower case: "the Shanghai Cooperation Organization Zhang Ming" names its head)
    r"|\b(?-i:group|movement|militia|faction|organi[sz]ation|alliance|coalition)\s+$"
    # "as he welcomed the Ukrainian president a day after his public row with Donald Trump":
    # another day's event
    # (not "stop attacking for 30 days after a phone call with Trump": a duration)
    r"|(?:(?<!\bfor )\b(?:a|one|two|three|four|five|\d+|several) (?:days? |weeks? |hours? )?"
    r"|(?<!\d )(?<!\bfor )\b(?:hours|days|weeks) "
    # "Shortly after hanging up with Putin, Trump called Zelenskyy"
    r"|\b(?:shortly|soon|right|just|immediately) )"
    r"(?:after|before)\b[^.;:,]{0,80}$"
    # "China was represented by Li Xi ..., as special envoy of President Xi Jinping": whom
    # the envoy stands in for
    r"|\bas (?:the |a |his |her )?(?:special |personal )?(?:envoy|emissary|representative) of"
    r"[^.;:,]{0,40}$"
    # "the first such negotiations since President Donald Trump returned to office"
    # (not "the first British prime minister since 2019 to hold talks with Xi Jinping")
    r"|\bsince\s+(?:(?!to\b)[\w'’.-]+\s+){0,7}$"
    # "Ebrard, who briefed her on his talks in Washington last week with Commerce Secretary
    # Howard Lutnick": met at another time, only told of
    r"|\bbriefed (?:him|her|them|the [\w-]+) on (?:his|her|their) (?:talks|meetings?|visit|"
    r"trip|contacts)\b[^.;:]{0,80}$"
    # "Yuri Ushakov, a foreign policy aide to President Vladimir Putin": whom he serves
    r"|\b(?:aide|adviser|advisor|assistant|counsell?or|chief of staff) to"
    r"(?:\s+(?:the\s+)?[\w'’.-]+){0,3}\s*$"
    # "overshadowed by the absence of Chinese President Xi", "led the delegation in place
    # of Xi": named as not being there
    r"|\b(?:absence of|in place of|instead of|on behalf of|(?:stood|standing|stands|stepped) "
    r"in for)\b[^.;:,]{0,60}$"
    # "The spokesman for the Foreign Ministry, Esmaeil Baqaei, said": a source, not a party
    r"|\b(?:spokes(?:man|woman|person)|press secretary)"
    r"(?:\s+(?:for|of)\s+(?:(?!\b(?:said|told|that)\b)[^,.;:]){0,50})?"
    r",?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
# "met with Chief Advisor to the Brazilian President Celso Amorim": an adviser's title
# before his name, not "Ushakov, a foreign policy aide to President Vladimir Putin".
_TITLED_ADVISER = re.compile(
    r"(?<!,)\s(?:[A-Z][\w-]*\s+){0,3}(?:Adviser|Advisor|Aide|Counsell?or)\s+to\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}$"
)
# "According to a statement by the Special Adviser to the President on Information and
# Strategy, Bayo Onanuga, the two leaders held closed-door talks": the statement's author
# (in apposition), not "a press release issued by the Prime Minister's Office, Kakar held".
_SOURCE_BEFORE = re.compile(
    r"\b(?:statement|readout|release|post) (?:issued )?(?:by|from)\b"
    r"(?:(?!\b(?:said|says|told|that)\b)[^.;:]){0,100},\s*$",
    re.IGNORECASE,
)
_BECAME = re.compile(
    r"\b(?:sworn in|elected|re-elected|inaugurated|appointed|named|nominated|took office|"
    r"served|serving) as (?:the )?(?:new |next )?$"
    # "Prabowo, who remains defense minister until he is sworn in": his own other office
    r"|,\s+who (?:is|was|remains|remained|has been|had been|serves as|doubles as)"
    r"(?: also| still| currently)? (?:the |a |an )?(?:(?:country|nation)['’]s )?$"
)
_ABSENT_AFTER = re.compile(
    r"\s+(?:(?:was|had been|is) (?:sworn in|inaugurated|elected|re-elected|buried)|took office|"
    r"takes office|(?:will )?take office|is sworn in|"
    r"won the (?:\w+ )?election|was born|died)\b"
    # "Indian Prime Minister Narendra Modi, sworn in for a third term last month, skipped the
    # meeting and sent Foreign Minister Subrahmanyam Jaishankar instead"
    # ("President Xi Jinping and President Vladimir Putin stayed away": both)
    # "President Xi Jinping, who skipped the gathering" (not "Starmer, who left early, met")
    r"|,\s*who(?: had)? (?:also )?(?:skipped|missed|stayed away from|boycotted)\b"
    r"|(?:,[^,.;]{0,80},|\s+and(?:\s+[A-Z][\w'’.-]*){1,5})?\s+(?:also )?"
    r"(?:skipped|missed|"
    r"stayed away|stayed (?:at )?home|"
    r"pulled out of|"
    # "after U.S. President Donald Trump left the Rockies a day early"
    r"(?:left|departed)(?: (?:the|a) [\w-]+(?: [\w-]+)?)? (?:a day |hours |a few hours )?early|"
    r"boycotted|(?:did not|didn't|would not|will not) (?:attend|join|take part)|"
    # "Venezuela's Nicolás Maduro conspicuously missing from the family photo"
    r"(?:(?:was|were) )?(?:conspicuously |notably )?(?:missing|absent) from|"
    r"(?:was|were) absent|"
    # "India was represented by External Affairs Minister S. Jaishankar, with Prime
    # Minister Narendra Modi absent"
    r"absent\b(?=\s*[,.;)]|$)|"
    # "Vladimir Putin, who faces an ICC warrant, addressed the session by a pre-recorded
    # video message": a speech sent, not a seat at the table
    r"(?:addressed|spoke to) (?:the )?(?:[\w-]+ ){0,3}(?:by|via|through|in|with) (?:a )?"
    r"(?:pre-?recorded|recorded) video)\b"
    # "Presidential Aide Yuri Ushakov told journalists that the two leaders had talked":
    # who tells of a meeting of two others
    r"|,?\s+(?:later |also )?(?:told|informed|briefed) (?:journalists|reporters|the press|"
    r"the media)\b[^.;]{0,40}?\bthat (?:the two|both)\b"
    # '"Trump talked to Putin first," said Mark Galeotti, a London-based analyst': a
    # commentator on the meeting, never a party to it
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:analyst|expert|professor|researcher|fellow|scholar|"
    r"commentator|economist|historian|lecturer|columnist|strategist)\b"
)

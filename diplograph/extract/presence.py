"""Words that put someone at a meeting already told: "were present", "also attended".

A sentence that says who was there (and not who met whom) adds its people to the meeting
just told, in :mod:`~diplograph.extract.clusters`; :mod:`~diplograph.extract.masking` keeps
such sentences for the statistical model.
"""

from __future__ import annotations

import re

from diplograph.extract.rules import comes_after, first_future_cue, says_future

__all__ = [
    "COUNTED_STATES",
    "NUMBERS",
    "is_presence_statement",
    "is_roster_heading",
    "mentions_presence",
    "presence_scope",
    "roster_end",
]


_PRESENCE = re.compile(
    r"\b(?:present|attended|attending|attendance|presence|accompanied|joined|joining|participated|"
    r"took part|also taking part|were also|was also|comprised|included|(?:was|were) connected|"
    # "Ursula von der Leyen travelled with Italian Prime Minister Giorgia Meloni and ..."
    r"travell?ed (?:together )?with|"
    # "He brought with him Agriculture Minister John Steenhuisen"
    r"brought (?:along |with (?:him|her|them) )|"
    # "The new Ambassadors represent the Kingdom of Sweden, the United Mexican States and
    # Nepal"
    r"(?:envoys|ambassadors|diplomats|delegates|high commissioners) (?:are|were|represent|"
    r"represented|(?:are |were |who )?(?:came|come|hail) from)\b|"
    r"led (?:the |their |his |her |[\w-]+'s |a )?(?:respective )?(?:[\w-]+ )?"
    r"(?:delegations?|sides?)|"
    r"opened the (?:[\w-]+ )?(?:summit|gathering|meeting|talks|proceedings)|"
    # "It was opened by Turkish Foreign Minister Hakan Fidan, who told the two delegations"
    # ("The talks are being facilitated by the AU High Representative ..., Olusegun Obasanjo")
    r"(?:was|were|is|are)(?: being)? (?:opened|chaired|moderated|facilitated|mediated) by|"
    # "Among the leaders who took the floor were Brazilian President Lula da Silva"
    r"among (?:the )?(?:leaders|heads of state|participants|dignitaries|attendees|guests)\b"
    r"[^.;]{0,40}\b(?:were|was)|"
    # "Thomas West, as well as envoys from China, ..., were among the invitees"
    # "..., Samoa's Fiamē Naomi Mata'afa and Cook Islands Prime Minister Mark Brown were among
    # the leaders in the room"
    r"(?:were|was) among (?:the )?(?:participants|attendees|guests|invitees|delegates)\b|"
    # "Among them were Pakistan's Shehbaz Sharif, ...", "Among those who filled the plenary
    # hall were ...", "Li Qiang and Olaf Scholz were among those who logged on"
    r"^\W*Among (?:them|those)\b[^.;]{0,60}?\b(?:were|was)\b|"
    r"(?:were|was) among those (?:who|present|attending|in the room|at the table)\b|"
    r"(?:were|was) among (?:the )?(?:leaders|heads of state|dignitaries) (?:in the room|present|"
    r"at the (?:table|summit|meeting|talks))\b|"
    # "The gathering drew Senegal's Macky Sall, Ghana's Nana Akufo-Addo and Togo's ..."
    r"\bThe (?:gathering|summit|meeting) drew\b|"
    # "Oman's foreign minister, Badr Albusaidi, shuttled between them carrying messages"
    r"shuttl(?:ed|ing) between (?:them|the two|the (?:two )?(?:delegations|sides|rooms))\b|"
    # "Foreign Minister Sergei Lavrov stood in for President Vladimir Putin"
    r"(?:stood|stepped) in for\b|"
    # "Beijing sent Li Hui, its special envoy for Eurasian affairs"
    r"\bsent (?:(?-i:[A-Z][\w'’.-]+ [A-Z][\w'’-]+)|(?:its|their) (?:[\w-]+ ){0,2}(?:envoy|"
    r"representative|minister|deputy)\b)|"
    # "The delegation, mandated by the joint extraordinary Arab-Islamic summit held in
    # Riyadh, is composed of Saudi Foreign Minister Prince Faisal bin Farhan, ..."
    r"\bdelegation\b[^.;]{0,120}\b(?:is|was|are|were) (?:composed of|made up of|comprised of)"
    r"|"
    # "Saudi Ambassador Essa Alduhailan ... spoke on behalf of the group"
    r"spoke on behalf of (?:the )?(?:group|envoys|ambassadors|delegations?)\b|"
    # "Aboul Gheit and Taha also addressed the gathering"
    # "Imran Khan, addressing the inaugural session", "Prince Faisal told the gathering"
    r"(?:addressed|addressing|told) the (?:[\w-]+ )?(?:summit|gathering|meeting|talks|conference|"
    r"session|plenary|ceremony)|"
    # "Malaysia's Prime Minister Muhyiddin Yassin, ... also spoke at the session, as did ..."
    # (not "Speaking at the summit, Samia called for dialogue with ... Mondlane": a speech)
    r"spoke (?:at|during) the (?:[\w-]+ )?(?:summit|gathering|meeting|talks|"
    r"conference|session|plenary)|"
    # "Colombia's Gustavo Petro also addressed leaders"
    r"addressed (?:the )?(?:fellow |assembled |visiting )?(?:leaders|delegates|heads of state)\b|"
    # "Aboul Gheit and Taha delivered statements at the opening session"
    r"(?:delivered|made|gave) (?:a |their |his |her )?(?:statements?|speech(?:es)?|remarks|"
    r"address(?:es)?) (?:at|to) the (?:[\w-]+ )?(?:summit|gathering|meeting|session|"
    r"conference)|"
    # "Around the summit table, French President Emmanuel Macron ... had all argued"
    r"(?:at|around) the (?:summit |negotiating |conference )?table|chaired|co-chaired|"
    # "Prince Faisal and al-Aiban, who brokered the encounter, sat at the head of the table"
    r"sat at the head of the table|"
    r"chairs the (?:[\w-]+ )?(?:summit|gathering|meeting|session)s?|"
    # "From Europe came Italian Prime Minister Giorgia Meloni, Spain's ... Pedro Sánchez"
    # "From the region came Albania's Prime Minister Edi Rama"
    r"^\W*From (?:the )?(?:[A-Z][\w-]+ ?|region ?|continent ?|host nation ?){1,3},? came\b|"
    # "The summit also marked the debut of two new faces: Thailand's Srettha Thavisin, ..."
    r"(?:marked|saw) the (?:[\w-]+ )?(?:debut|first appearance|participation|attendance) of|"
    # "Vice-President JD Vance, also in the room, ...", "Lammy sat alongside Sir Keir"
    r"also in the room|sat (?:alongside|beside|next to|in on)|"
    # "Also at the meeting were the Minister of Foreign Affairs, Yusuf Tuggar, and ..."
    r"(?:also )?at the (?:meeting|talks) (?:were|was)|"
    r"(?:was|were) (?:supported|assisted) by|flanked by|flanked the (?:two )?(?:[\w-]+ )?"
    r"(?:leaders|heads of (?:state|government)|presidents|prime ministers|ministers)|"
    # "Sri Lankan Foreign Minister Vijitha Herath was part of Dissanayake's delegation"
    r"(?:was|were) (?:also )?(?:part|members?) of (?:the|his|her|their|[\w-]+'s) "
    r"(?:[\w-]+ )?(?:delegation|entourage|team)|"
    # "Russia sent Foreign Minister Sergei Lavrov and Yuri Ushakov"
    r"sent (?:its |their )?(?:foreign|defen[cs]e|finance|deputy|trade|prime|top|senior|chief|"
    r"first vice|vice)|"
    # "In the main session, which also involved Estonia's Kaja Kallas and Poland's ..."
    r"(?:which|that) also involved\b|"
    # "The UAE delegation was headed by ..., while Saudi Arabia was represented by ..."
    r"(?:delegation|team) (?:was|were) (?:headed|led) by|"
    r"(?:was|were) represented (?:[\w-]+ ){0,3}by|"
    # "Lula, Xi and Modi took their seats alongside Ramaphosa for a restricted session"
    r"took (?:their|his|her) seats?\b|"
    # "Lula, Petro and Arce were the most prominent of the heads of state who made the trip"
    r"(?:leaders|heads of (?:state|government)|presidents|prime ministers) who (?:made the trip|"
    r"attended|came|travell?ed there|were (?:there|present))\b|"
    # "Gonsalves passed the gavel to Honduran President Xiomara Castro at the close"
    r"(?:passed|handed)(?: over)? the gavel to\b|"
    # "Senegal, Togo and Cabo Verde were represented at ministerial level"
    r"(?:was|were) represented at (?:the )?[\w-]+ level|"
    # "They are Hanne Brøndum, the Ambassador of Denmark; Kwabena Asante-Boateng, ..."
    r"^\s*They (?:are|were) (?=(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}),? (?:the )?"
    r"(?:[\w-]+ ){0,2}(?:Ambassador|High Commissioner|Envoy)\b)|"
    # "They are the ambassadors of Italy, Qatar and Poland, and the High Commissioner of Malawi"
    r"^\s*They (?:are|were) (?:the )?(?:[\w-]+ )?(?:ambassadors?|high commissioners?|envoys?) "
    r"(?:of|from)\b)\b",
    re.IGNORECASE,
)


_MEMBERSHIP = re.compile(
    r"\binvited to (?:join|become (?:full )?members of) (?:the |their |its )?(?:[\w-]+ )?"
    r"(?:bloc|group|alliance|organi[sz]ation|union|club|grouping)\b"
)


def is_presence_statement(sentence: str) -> bool:
    """True when the sentence says who was at a meeting ("Ambassadors of ... were present")."""
    presence = _PRESENCE.search(sentence)
    return (
        presence is not None
        # "No Ukrainian officials were present."
        and not re.match(r"\W*(?:No|Neither|None)\b", sentence)
        # "will be present", not "..., told reporters the ADB would keep financing the
        # development agenda" long after the presence is said
        and not says_future(
            # (not "Leaders of the six countries invited to join the bloc from January ...
            # also took part": an invitation to membership, not to the meeting)
            _MEMBERSHIP.sub("", _up_to_speech(sentence, presence.end(), presence.end() + 40))
        )
        and not comes_after(sentence)  # "... came days after X took part in ..."
    )


def presence_scope(sentence: str) -> tuple[int, int]:
    """Where the sentence's word of presence starts, and where what it says of who was
    there ends: "Erdoğan attended the session on July 4 and was also expected to meet Xi"
    says nothing of Xi's presence."""
    presence = _PRESENCE.search(sentence)
    if presence is None:
        return len(sentence), len(sentence)
    later = first_future_cue(sentence, presence.end())
    return presence.start(), len(sentence) if later is None else later


def mentions_presence(sentence: str) -> bool:
    """True when a presence word appears ("attended", "were present"), in any tense."""
    return bool(_PRESENCE.search(sentence))


_SPEECH = re.compile(r",? (?:(?:by )?saying|said|says|told|warned|stressed|noted|added|urged)\b")


def _up_to_speech(sentence: str, start: int, end: int) -> str:
    """The sentence up to ``end``, or up to a verb of speech between ``start`` and it:
    "Imran Khan, addressing the inaugural session, said that no country would ..." is
    present; what he said would happen is not his presence."""
    speech = _SPEECH.search(sentence, start, end)
    return sentence[: speech.start() if speech else end]


# A heading over a list of those present: "Who was at the summit?", "Leaders attending:"
_ROSTER = re.compile(
    r"\W*(?:Who (?:was|were|is|are) (?:at|attending|in attendance at)|Who (?:attended|took part)"
    r"|(?:Leaders|Heads of (?:state|government)|Ministers|Delegates|Participants|Those) "
    r"(?:attending|present|in attendance|taking part|at the)|Attendees|Participants|"
    r"Guest list)\b[^.\n]{0,60}[?:]?\s*$"
)


def is_roster_heading(sentence: str) -> bool:
    """True for a heading over a list of those present ("Who was at the summit?")."""
    return bool(_ROSTER.match(sentence))


_BULLET = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]")


def roster_end(text: str, start: int) -> int:
    """Where the bulleted lines under a roster heading ending at ``start`` end."""
    end = start
    for line in text[start:].splitlines(keepends=True):
        if not line.strip() and end == start:
            end += len(line)  # blank lines under the heading
            continue
        if not _BULLET.match(line):
            break
        end += len(line)
    return end


# "Leaders and senior officials from the six countries gathered on Thursday": a number of
# states the story has just listed.
COUNTED_STATES = re.compile(
    r"\b(?:leaders|ministers|officials|heads of (?:state|government)|delegations)\b[^.;]{0,40}?"
    r"\b(?:from|of) (?:the|all) (?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
    r"(?:countries|nations|states|member states|members)\b",
    re.IGNORECASE,
)
NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

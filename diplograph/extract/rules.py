"""Pure rules of diplomatic news: meeting triggers and tense cues.

Which words report a meeting that took place and who hosted it; which sentences are
worth parsing at all is decided from these words in :mod:`~diplograph.extract.masking`.
No spaCy state and no I/O here, so every rule can be tested on plain
strings and reused by the spaCy components and by evaluation code alike. Dates live in
:mod:`~diplograph.extract.dates`, how a meeting was held and its kind in
:mod:`~diplograph.extract.modes`, and the page's layout (datelines, boilerplate) in
:mod:`~diplograph.extract.layout`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "TriggerMatch",
    "find_triggers",
    "first_meeting_word",
    "is_anaphoric_meeting_reference",
    "is_new_meeting_cue",
    "is_other_meeting",
    "is_presence_statement",
    "mentions_a_meeting",
    "mentions_a_meeting_again",
    "mentions_presence",
    "without_comparison",
]

# --- meeting triggers -------------------------------------------------------------------
# Each trigger has a direction that tells who hosted: "host_first" when whoever is named
# before the trigger is the host ("X received Y"), "guest_first" when they are the guest
# ("X called on Y"), "none" when the text does not say ("X met Y").

_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # (name, direction, regex)
    (
        "call_on",
        "guest_first",
        r"\bcall(?:ed|s)? (?:on|upon)\b(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday|\d|(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\b))"
        # "some have called on him to cut ties", "called on all parties to": urged
        r"(?! (?:him|her|them|us|it|all|both|everyone|the international community|countries|"
        r"governments|parties|(?:the )?authorities)\b(?: \w+){0,3} to \w)"
        r"|\bpaid (?:a |an )?(?:courtesy |farewell |introductory )?(?:call|visit) (?:on|to)\b",
    ),
    ("courtesy_call", "guest_first", r"\bcourtesy (?:call|meeting|visit)\b"),
    (
        "credentials",
        "guest_first",
        # "presented this Tuesday his credentials" (Prensa Latina)
        r"\bpresent(?:ed|s|ing)? (?:(?:this |on |last )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day "
        r"|today |yesterday )?(?:(?:his|her|their|the) )?(?:(?:letters|letter) of )?"
        r"(?:credentials|credence)\b"
        r"|\bcredentials ceremony\b",
    ),
    # Passive: "the credentials were presented by the Ambassador of Ghana" says nothing
    # by word order; the host is whoever acts for the country the ceremony is in.
    ("credentials", "none", r"\b(?:credentials|letters of credence) (?:were|was) presented\b"),
    # "Marcos received the credentials of three new ambassadors": the receiver hosts.
    (
        "credentials",
        "host_first",
        r"\b(?:received|receives|accepted|accepts) (?:[^.;]{0,60}? )?(?:the )?"
        r"(?:(?:letters|letter) of )?(?:credentials|credence)\b",
    ),
    # Passive: "Dar was received by President Xi": the one received is the guest.
    (
        "receive",
        "guest_first",
        r"\b(?:was|were|being|been) (?:(?:warmly|later|also|then|first|cordially|officially|"
        r"formally|separately|personally) )?(?:received|welcomed|hosted|greeted) by\b"
        # "The Indian envoy was summoned to the foreign ministry"
        r"|\b(?:was|were|being|been) (?:urgently )?summoned (?:to|by)\b",
    ),
    # "Thailand and Cambodia agreed to a ceasefire after talks hosted by Anwar Ibrahim"
    (
        "talks",
        "guest_first",
        r"\b(?<!sidelines of the )(?:talks|negotiations|consultations) (?:hosted|chaired|mediated|"
        r"brokered|convened) by\b",
    ),
    (
        "receive",
        "host_first",
        # Not "a statement received in Jakarta on Thursday"
        r"(?<!statement )(?<!message )(?<!letter )(?<!report )(?<!release )"
        r"(?:\b(?:received|receives|welcomed|hosted|hosts|greeted)\b"
        # "where he was hosting NATO Secretary General Mark Rutte" (not "Hosting the
        # meeting, Mr Wang said": the host comes after)
        r"|(?<!^)(?<!^\s)\b(?:hosting|receiving|welcoming)\b)"
        # not "the U.S. envoy welcomed it", "welcomed the decision": a thing, not a visitor
        r"(?!\s+(?:it|this|that|the (?:[\w'’-]+ ){0,2}(?:decision|vote|move|resolution|agreement|"
        r"deal|statement|announcement|news|step|proposal|plan|initiative|ceasefire|report|"
        r"results?|outcome|efforts?|offer|support|message)s?)\b"
        # nor "Chad hosts more than 1.1 million refugees"
        r"|\s+(?:more than |over |some |about |nearly |around |almost |up to )?"
        r"(?:\d|millions?\b|thousands?\b|hundreds?\b|tens of\b|refugees\b|migrants\b))",
    ),
    # "Foreign Secretary Jashim Uddin summoned Indian High Commissioner Pranay Verma",
    # "Macron summoned a hand-picked group of European leaders to the Elysee"
    (
        "receive",
        "host_first",
        r"(?<!was )(?<!were )(?<!been )(?<!being )\bsummon(?:ed|s)\b"
        r"(?! (?:up|the courage|the strength))",
    ),
    # "Dar on Wednesday briefed the Islamabad-based envoys of the five permanent members"
    (
        "receive",
        "host_first",
        r"\bbriefed (?:the )?(?:[\w-]+ ){0,4}(?:envoys|ambassadors|diplomats|"
        r"heads of (?:diplomatic )?missions|diplomatic corps|high commissioners)\b",
    ),
    # "Blinken assured visiting Australian Foreign Minister Marise Payne ...": the visitor
    # is named after "visiting", the host before it.
    # Not "who was visiting Turkey": there "visiting" is the verb.
    (
        "visiting",
        "host_first",
        r"\b(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?:the )?visiting (?=(?-i:[A-Z]))",
    ),
    (
        "phone",
        "none",
        r"\b(?:telephone|phone) (?:calls?|conversations?|talks?)\b"
        r"|\b(?:in|during|held|had) an? (?:brief |lengthy |short |first |\w+-minute )?call\b"
        r"|\b(?:dialed|dialled)\b"
        r"|\b(?:spoke|speaking|spoken|talked|talking|conversed) (?:\w+ )?(?:by|over the|on the) "
        r"(?:tele)?phone\b|\b(?:phone|telephone) call with\b"
        r"|\b(?:telephoned|phoned)\b"
        # "the French president called Volodymyr Zelensky to brief him"
        r"|\b(?:called|rang) (?!on\b|upon\b|for\b|off\b|it\b)(?:[\w.'’-]+ ){1,6}?to "
        r"(?:brief|discuss|congratulate|express|offer|convey|thank|inform|update|exchange)\b"
        # "he had spoken to Trump by phone on Saturday evening"
        r"|\b(?:spoke|spoken|talked) (?:to|with) (?:[\w.-]+ ){1,4}?(?:by|over the|on the) "
        r"(?:tele)?phone\b"
        r"|\bspoke (?:today |yesterday |separately |again )?(?:with|to)\b"
        # 'what she described as a "good conversation" by telephone with Donald Trump'
        r"|\b(?:conversation|call|talk)s?[\"”’']?,? (?:by|over the|on the) (?:tele)?phone\b",
    ),
    (
        "video",
        "none",
        r"\b(?:video ?(?:call|conference|link|summit|meeting|talks|conversation)|videoconference"
        r"|virtual (?:[\w-]+ ){0,2}(?:meeting|summit|talks|call)|online meeting)\b",
    ),
    (
        "talks",
        "none",
        r"\bheld (?:an? )?(?:wide-ranging |bilateral |formal |official |delegation-level "
        r"|high-level |informal |detailed |in-depth |interactive |separate |trilateral "
        r"|three-way |four-way |two-way |one-on-one |closed-door |face-to-face |brief )*"
        r"(?:talks|discussions|consultations|meeting|meetings|dialogue|session)\b"
        # "held the 22nd India-Russia annual summit", "held their first structured talks"
        r"|\bheld (?:the|their|his|her) (?:[\w-]+ ){0,4}(?:talks|summit|meeting|consultations)\b"
        # "Iran and the United States held what both sides called constructive talks"
        r"|\bheld what (?:[\w-]+ ){1,5}(?:talks|meeting|discussions)\b"
        # "Blinken and Foreign Minister Qin Gang talked for more than seven hours", "he spent
        # roughly three hours at the Diaoyutai State Guesthouse with Wang Yi"
        r"|\b(?:talked|conferred|met) for (?:more than |nearly |almost |about |over |some "
        r"|roughly )?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several) "
        r"(?:hours?|minutes?)\b"
        r"|\bspent (?:more than |nearly |almost |about |over |some |roughly )?(?:an?|one|two|"
        r"three|four|five|six|seven|eight|\d+|several) (?:hours?|minutes?) (?:[^.;]{0,60}? )?"
        r"with (?=(?-i:[A-Z]))"
        # "the two men held more than an hour of talks"
        r"|\bheld (?:more than |nearly |almost |about |over |some )?(?:an?|one|two|three|four|"
        r"several) (?:hours?|minutes?) of (?:talks|discussions|consultations|negotiations)\b"
        # "Lula and Xi signed 37 agreements on Wednesday during a state visit by Xi"
        r"|\b(?:signed|agreed|exchanged)\b[^.;]{0,80}?\bduring (?:a|an|his|her|their|the) "
        r"(?:[\w-]+ ){0,2}visit (?:by|of|to) (?-i:[A-Z])"
        r"|\b(?:talks|discussions|consultations|a meeting|meetings|dialogue) (?:with|between)\b"
        r"|\b(?:exchanged views|discussed|consulted|conferred) with\b"
        r"|\b(?:had|held) (?:a |an )?(?:[\w-]+ )?(?:conversation|one-on-one|exchange) with\b"
        r"|\b(?:granted|gave) (?:an )?audience to\b|\breceived in (?:an )?audience\b"
        r"|\b(?:a|the|his|her) (?:phone |video )?call with\b"
        r"|\bheld (?:an? )?(?:bilateral |trilateral |informal |three-way |four-way |two-way "
        r"|one-on-one |closed-door |brief |first )?(?:summit|tête-à-tête|"
        r"working (?:lunch|dinner|breakfast))\b|\bco-chaired\b"
        r"|\bengaged in (?:\w+ )*?discussions\b"
        r"|\bround of (?:[\w-]+ ){0,3}(?:talks|consultations|negotiations|dialogue)\b"
        # "The first-ever summit between the European Union and the five Central Asian
        # countries took place today in Samarkand"
        # ("The meeting took place on the sidelines of ..." only refers back to one told.)
        r"|\b(?:summit|talks|meeting|consultations|negotiations) (?:between|of|with)\b"
        # ("... summit of the ECOWAS Authority, which held on Thursday at the State House")
        r"[^.;]{0,120}? (?<!never )(?<!not )(?:took place|(?:was|were) (?:held|convened)|"
        r"which held (?:on|in|at|yesterday|today))\b"
        # "The summit opened in Astana on Thursday with the heads of state of ... in
        # attendance"
        r"|\b(?:summit|conference|ministerial)(?: of [^.;,]{0,60}?)? (?:opened|began|got under way|"
        r"kicked off|closed|ended|concluded|wrapped up)\b"
        # "Southeast Asian leaders wrapped up the first day of their 43rd summit"
        # (not "The organization ... concluded a Democracy Summit this week": its own event)
        r"|\b(?:wrapped up|concluded|closed|ended) (?:the |their )(?:[\w-]+ ){0,5}"
        r"(?:summit|talks|ministerial)\b"
        # "Around the table with the French president were U.K. Prime Minister Keir Starmer"
        r"|\b(?:around|at) the (?:negotiating )?table (?:with [^.;,]{0,40} )?(?:were|sat)\b"
        # "Putin, Xi, Erdogan and Sharif were among the leaders at the summit"
        r"|\b(?:was|were) among (?:the )?(?:leaders|heads of state|those|participants|"
        r"dignitaries) (?:at|attending|who attended)\b"
        # "Ruto on Wednesday chaired a virtual Extraordinary Summit of the EAC Heads of State"
        r"|\b(?:chaired|co-chaired|convened|hosted|hosting) (?:a|an|the) (?:[\w-]+ ){0,4}(?:summit|"
        r"ministerial|meeting of|session of|conference of|gathering of)\b"
        # "during the Mercosur summit in the Uruguayan capital, attended by President Lula"
        # (not "a meeting of the National Security Committee ... attended by ministers")
        r"|\b(?:summit|meeting|conference|session)\b(?! of (?:the |its |their )?(?:[\w-]+ ){0,3}"
        r"(?:Committee|Council|Cabinet|cabinet|Assembly|Board|Parliament|Commission|party)\b)"
        r"[^.;]{0,160}?\battended by\b"
        r"|(?<!having )(?<!had )\battended (?:the|a|an) (?:[\w-]+ ){0,4}(?:summit|ministerial|"
        r"meeting of|session of|conference of)\b"
        # "The United States and Russia agreed ... after high-level talks in Saudi Arabia"
        r"|\bafter (?:[\w-]+ ){0,6}(?:talks|negotiations) (?:in|at|lasting)\b"
        # "agreed Tuesday to boost security cooperation, in talks in Manila" (not "is in
        # talks with Boeing", a negotiation under way)
        r"|(?<!is )(?<!are )(?<!were )\b(?:in|during|at) (?!their |the )(?:[\w-]+ ){0,2}talks "
        r"(?:in|at|on)\b"
        r"|\bled (?:their|the|his|her) (?:respective )?(?:delegations?|sides) (?:at|to|in) "
        r"(?:the )?"
        r"(?:talks|meeting|negotiations|consultations)\b",
    ),
    (
        "meet",
        "none",
        r"\b(?:met\b|meets\b|meeting with|meeting between|met with|sat down with|conferred with|"
        # "Macron dined with Xi" (not "interacted with", said of diaspora and students too)
        r"(?:dined|lunched|breakfasted) with|had (?:a )?(?:working |private "
        r"|informal |official )?(?:dinner|lunch|breakfast) (?:with|together)\b|"
        r"huddled with|shook hands with|met up with|face-to-face (?:meeting|talks|encounter)|"
        r"sat down (?:together )?(?:at|in|on|for)\b|"
        r"(?:after|before|since) meeting (?=(?-i:[A-Z]))|"
        # "a news conference at the Pentagon Monday with French Minister Florence Parly"
        r"(?:joint )?(?:news|press) conference\b[^.;]{0,40}?\bwith (?=(?:his|her|the|visiting)? ?"
        r"(?-i:[A-Z]))|"
        # "Russian President Vladimir Putin and Indian Prime Minister Narendra Modi's meeting"
        r"(?<=[a-z])(?:'s|’s) (?:[\w-]+ ){0,2}(?:meeting|talks)\b(?! (?:of|on)\b)|"
        # "Ishiba joined U.S. President Joe Biden and ... Yoon Suk Yeol for a trilateral"
        # "Chinh joined Cambodian Prime Minister Hun Manet ... at a meeting of the leaders"
        r"joined (?:her|him|them|(?-i:[A-Z]))[^;]{0,120}? (?:for|at|in) (?:a|an|the|their) "
        r"(?:[\w-]+ ){0,2}"
        r"(?:trilateral|bilateral|"
        r"meeting|talks|summit|working (?:lunch|dinner|breakfast)|lunch|dinner)\b|"
        # "berated Zelenskiy in an extraordinary Oval Office meeting on Friday"
        r"(?:in|during|at) an? (?:(?!(?:that|the|which|who|said|statement|its|their)\b)"
        r"[\w-]+ ){0,3}(?:meeting|talks)\b"
        r"(?! (?:of|to|that|which|where|with|between)\b)"
        r"(?! on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|"
        r"brought together|(?:gathered|convened) (?:\w+ )?(?:in|at|for)\b)",
    ),
    (
        "session",
        "none",
        r"\b(?:interactive|consultative|briefing) session\b|\bbilateral meeting\b"
        r"|\btrilateral meeting\b",
    ),
)

_COMPILED_TRIGGERS = tuple((n, d, re.compile(rx, re.IGNORECASE)) for n, d, rx in _TRIGGERS)

# Cues that the meeting in the clause did not (yet) happen or is only recalled.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|is due to|are due to|plans? to|planned to|planning to|"
    r"expected to|set to|scheduled to|is scheduled|are scheduled|intends? to|hopes? to|"
    r"wants? to|agreed to|invited|invitation to|upcoming|next week|next month|"
    r"possible|possibility of|potential|proposed|prospective|eventual|whether|"
    r"arrangements? for|preparations? for|venue|agenda|date (?:of|for)|"
    r"later (?:this|in the) (?:week|month|year)|next round|planning (?:a|an|the|another)"
    r"|ahead of (?:a|his|her|their) (?:planned )?(?:meeting|visit|talks))\b",
    re.IGNORECASE,
)
_WILL = re.compile(
    r"\b(?:will|shall|is (?:due|set|scheduled|expected) to|are (?:due|set|scheduled|expected) to)"
    r" (?!have\b)\w+",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    r"\b(?:had (?:also |already )?(?:met|held|spoken|received)|last (?:met|sat down|spoke|held)|"
    r"previously met|"
    r"met (?:several times|twice|often)|since (?:they|the two) (?:last )?met|"
    r"(?:at|during) (?:its|their) (?:annual |regular )?(?:meeting|session)|"
    r"in (?:19|20)\d\d\b|when\b[^,.;]{0,60}\bmet\b)",
    re.IGNORECASE,
)
_NEW_MEETING = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:later|earlier|subsequently|afterwards|separately|"
    # "4. Prior to the meeting, Minister Kamikawa ... paid a courtesy call on"
    r"(?:prior to|before|ahead of) the (?:meeting|talks)),?\s"
    r"|\b(?:also (?:met|held|received|called on|spoke)|separately|in a separate|in another|"
    r"(?:held|had) (?:a |another )?separate (?:meeting|talks|call|conversation)|"
    r"later (?:met|held|received|in the day)|on the same day,? .{0,40}\b(?:met|received)|"
    r"then (?:met|held|sat down|received|called on|hosted|had talks)|"
    r"in (?:a|his) meeting with|earlier,? .{0,60}\b(?:met|received|held))\b",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    r"\b(?:the|this|that) (?:\w+[- ]?){0,3}(?:meeting|talks|discussions|dialogue|session|"
    r"conversation|call|visit)\b|\bduring the\b|\bthe two (?:sides|leaders|ministers|officials)\b|"
    r"\bboth (?:sides|leaders|ministers)\b"
    # "... and President Mirziyoyev, who hosted the summit, took part"
    r"|\bwho (?:hosted|chaired) the (?:\w+ ){0,2}(?:summit|meeting|talks|gathering)\b"
    # "Prince Faisal and al-Aiban hosted the delegations and sat with them"
    r"|\b(?:hosted|received|welcomed) the (?:two )?(?:delegations|talks|sides)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A meeting trigger found in a sentence, with offsets relative to that sentence."""

    name: str
    direction: str
    start: int
    end: int


def find_triggers(sentence: str) -> list[TriggerMatch]:
    """Every meeting trigger in ``sentence`` that reports a meeting that took place.

    >>> [t.name for t in find_triggers("Kakar met the envoys on Thursday.")]
    ['meet']
    >>> find_triggers("Dar will meet Wang next week.")
    []
    """
    found: list[TriggerMatch] = []
    for name, direction, rx in _COMPILED_TRIGGERS:
        for m in rx.finditer(sentence):
            if _is_unreal(sentence, m.start(), m.end()):
                continue
            found.append(TriggerMatch(name, direction, m.start(), m.end()))
    found.sort(key=lambda t: (t.start, -t.end))
    return found


# "called on Muslim countries to close ranks" urges; it does not report a visit.
_URGE = re.compile(
    r"^\s*(?:the |all |its |their |both )?(?:[\w-]+ ){0,4}?"
    r"(?:countries|nations|community|states|governments|parties|sides|people|peoples|world|"
    r"members|leaders|everyone|authorities|international|Muslims|powers)\b",
    re.IGNORECASE,
)


# "has met with surprising success": "met with" an outcome, not a person.
_MET_WITH_OUTCOME = re.compile(
    r"^\s*(?:with\s+)?(?:(?:a|an|some|little|much|surprising|strong|limited|wide|widespread|mixed|"
    r"broad|fierce|stiff|cool|warm|lukewarm|general|considerable|immediate)\s+)*"
    r"(?:success|resistance|criticism|opposition|approval|skepticism|scepticism|protests?|"
    r"response|reception|condemnation|praise|anger|silence|derision|hostility|backlash|"
    r"failure|delays?|objections?|concern|support)\b",
    re.IGNORECASE,
)
# "called on China to limit its support": a demand, not a visit.
_URGE_VERB = re.compile(
    r"^[^.;]{0,60}?\bto (?:stop|end|halt|cease|limit|refrain|release|respect|take|ensure|help|"
    r"support|join|lift|withdraw|allow|address|resolve|implement|use|exert|pressure|act|work|"
    r"play|step|show|abide|comply|protect|restore|reconsider|reverse|condemn|intervene|provide|"
    r"facilitate|investigate|hold|return|resume|engage|de-escalate|exercise|avoid|uphold)\b",
    re.IGNORECASE,
)


_EVENT_HOSTED = re.compile(
    r"\b(?:summit|conference|forum|dinner|banquet|luncheon|lunch|reception|gala|event|dialogue|"
    r"ceremony|pact|meeting|session|games|expo|exhibition|festival|gathering|ministerial|"
    r"talks|round)\b[^,;.]{0,60}$",
    re.IGNORECASE,
)
_WELCOMED_THING = re.compile(
    r"^\s+(?:the |any |all |a |an |this |that |these |those |his |her |their |its |such )?"
    r"(?:[\w-]+ ){0,2}(?:steps?|decision|move|agreement|deal|announcement|ceasefire|truce|"
    r"efforts?|initiatives?|proposals?|progress|news|outcome|results?|statements?|resolution|"
    r"developments?|elections?|appointment|release|return|plans?|idea|offer|calls?|"
    r"commitments?|support|role|participation|signing|launch|adoption|approval|report|readiness|"
    r"willingness|"
    r"measures?|reforms?|opportunity|prospects?|contribution|position|stance|talks)\b",
    re.IGNORECASE,
)


def _is_unreal(sentence: str, start: int, end: int) -> bool:
    """True when the trigger is future, planned, hypothetical or recalled background."""
    trigger = sentence[start:end].lower()
    if trigger.startswith("call") and (
        _URGE.match(sentence[end:]) or _URGE_VERB.match(sentence[end:])
    ):
        return True
    if trigger.startswith("met") and _MET_WITH_OUTCOME.match(sentence[end:]):
        return True
    if trigger.startswith("host") and _EVENT_HOSTED.search(sentence[:start]):
        return True  # "the Summit for a New Global Financing Pact hosted by President Macron"
    if trigger.startswith("welcom") and _WELCOMED_THING.match(sentence[end:]):
        return True  # "welcomed any steps that could end the war": a view, not a visitor
    clause_start = max(
        sentence.rfind(";", 0, start),
        sentence.rfind(". ", 0, start),
        sentence.rfind(" but ", 0, start),
    )
    before = sentence[clause_start + 1 : start]
    # The last few words before the trigger carry the modality ("is expected to meet").
    window = " ".join(before.split()[-6:])
    if _FUTURE.search(window + " " + sentence[start:end]):
        return True
    # "The summit will continue on Wednesday with a series of meetings with dialogue
    # partners": the modal further back, with no comma between.
    if _WILL.search(" ".join(before.split(",")[-1].split()[-10:])):
        return True
    if re.search(r"\b(?:no|not|never|nor|n't)\b", " ".join(window.split()[-3:]), re.IGNORECASE):
        return True  # "No meeting between ... is on the agenda", "did not meet"
    if re.search(r"\bto\s*$", before) or re.search(r"\bto (?:hold|have|pay)\s*$", before):
        return True
    if _NO_PLAN.search(before):
        return True  # "there was no plan yet for a meeting between Yoon and Li Qiang"
    if _CAME_AFTER.search(sentence, 0, start):
        return True  # "The call came days after Jaishankar ... held talks with Rubio"
    if _EARLIER_LEG.search(sentence, 0, start):
        return True  # "a week-long trip that began in Israel, where Milei met Netanyahu"
    if _PRAISED_OUTCOMES.search(sentence, 0, start):
        return True  # "The Cabinet commended the outcomes of ... his talks with President Putin"
    if _NOT_HELD_AFTER.match(sentence, end) or _SINCE_THEN.search(sentence, end):
        # "the three-way phone call that the presidents had said they intended to hold,
        # which had not taken place"; "Amorim, who met Maduro ..., has since said"
        return True
    tail = sentence[start : min(len(sentence), end + 60)]
    return bool(_BACKGROUND.search(window + " " + tail))


_NO_PLAN = re.compile(
    r"\b(?:no|not any) (?:[\w-]+ ){0,2}(?:plans?|arrangements?|date)\b(?: yet| as yet)? "
    r"(?:for|to)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|follows|followed) (?:just |only |barely )?"
    # (not "came shortly after Rubio hosted the Quad": another meeting of the same day)
    r"(?!shortly|soon|hours|minutes|moments|an hour|right|immediately|just)(?:[\w-]+ ){0,2}"
    r"(?:after|on the heels of)\b",
    re.IGNORECASE,
)


# An earlier leg of the trip the story is about: "The Rome leg capped a week-long trip that
# began in Israel, where Milei met Prime Minister Benjamin Netanyahu".
_EARLIER_LEG = re.compile(
    r"\b(?:trip|tour|visit|journey|swing)\b[^.;]{0,40}\b(?:began|started|opened|kicked off)\b"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)


_PRAISED_OUTCOMES = re.compile(
    r"\b(?:lauded|commended|praised|welcomed|hailed|appreciated|valued)\b[^.;]{0,40}"
    r"\b(?:outcomes?|results?)\b[^.;]{0,100}$",
    re.IGNORECASE,
)
_NOT_HELD_AFTER = re.compile(
    r"[^.;]{0,160}?\b(?:(?:had|has|have|did) not (?:yet )?(?:taken place|happened|been held|"
    r"materiali[sz]ed)|(?:intended|planned|intend|plan|hoped|hope|wanted|want) to hold)\b",
    re.IGNORECASE,
)
_SINCE_THEN = re.compile(r"\b(?:has|have|had) since\b", re.IGNORECASE)


_ANY_TRIGGER = re.compile("|".join(f"(?:{rx})" for _, _, rx in _TRIGGERS), re.IGNORECASE)


def mentions_a_meeting(sentence: str) -> bool:
    """True when any meeting word appears, whether or not the meeting happened."""
    return bool(_ANY_TRIGGER.search(sentence))


def first_meeting_word(sentence: str) -> re.Match[str] | None:
    """The first meeting word of the sentence, whether or not the meeting happened."""
    return _ANY_TRIGGER.search(sentence)


def mentions_presence(sentence: str) -> bool:
    """True when a presence word appears ("attended", "were present"), in any tense."""
    return bool(_PRESENCE.search(sentence))


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
    return bool(_OTHER_MEETING.search(sentence) or _CAME_AFTER.search(sentence))


def without_comparison(sentence: str) -> str:
    """The sentence without an aside that compares with another time ("Aliyev attended as
    guest of honour, as he had done at last year's meeting"): the rest still tells the
    meeting just reported."""
    return _AS_BEFORE.sub("", sentence)


_AS_BEFORE = re.compile(
    r",?\s+(?:just )?as (?:he|she|it|they|[A-Z][\w-]+) (?:had |has |have )?(?:done|did)\b.*\Z",
    re.DOTALL,
)
# "The last meeting between the leaders of Japan and China took place in San Francisco":
# not the meeting just reported.
_OTHER_MEETING = re.compile(
    r"\b(?:the|their) (?:last|previous|prior|next) (?:[\w-]+ )?(?:meeting|talks|summit|visit)\b",
    re.IGNORECASE,
)


_PRESENCE = re.compile(
    r"\b(?:present|attended|attending|attendance|presence|accompanied|joined|joining|participated|"
    r"took part|were also|was also|comprised|included|(?:was|were) connected|"
    r"(?:envoys|ambassadors|diplomats|delegates|high commissioners) (?:are|were)|"
    r"led (?:the |their |his |her |[\w-]+'s |a )?(?:respective )?(?:[\w-]+ )?"
    r"(?:delegations?|sides?)|"
    r"opened the (?:[\w-]+ )?(?:summit|gathering|meeting|talks)|"
    # "It was opened by Turkish Foreign Minister Hakan Fidan, who told the two delegations"
    r"(?:was|were) (?:opened|chaired|moderated|facilitated|mediated) by|"
    # "Among the leaders who took the floor were Brazilian President Lula da Silva"
    r"among (?:the )?(?:leaders|heads of state|participants|dignitaries|attendees|guests)\b"
    r"[^.;]{0,40}\b(?:were|was)|"
    # "Aboul Gheit and Taha also addressed the gathering"
    r"addressed the (?:[\w-]+ )?(?:summit|gathering|meeting|talks|conference)|"
    # "Aboul Gheit and Taha delivered statements at the opening session"
    r"(?:delivered|made|gave) (?:a |their |his |her )?(?:statements?|speech(?:es)?|remarks|"
    r"address(?:es)?) (?:at|to) the (?:[\w-]+ )?(?:summit|gathering|meeting|session|"
    r"conference)|"
    r"(?:at|around) the table|chaired|co-chaired|"
    # "Vice-President JD Vance, also in the room, ...", "Lammy sat alongside Sir Keir"
    r"also in the room|sat (?:alongside|beside|next to|in on)|"
    # "Also at the meeting were the Minister of Foreign Affairs, Yusuf Tuggar, and ..."
    r"(?:also )?at the (?:meeting|talks) (?:were|was)|"
    r"(?:was|were) (?:supported|assisted|flanked) by|"
    # "Sri Lankan Foreign Minister Vijitha Herath was part of Dissanayake's delegation"
    r"(?:was|were) (?:also )?(?:part|members?) of (?:the|his|her|their|[\w-]+'s) "
    r"(?:[\w-]+ )?(?:delegation|entourage|team)|"
    # "Russia sent Foreign Minister Sergei Lavrov and Yuri Ushakov"
    r"sent (?:its |their )?(?:foreign|defen[cs]e|finance|deputy|trade|prime|top|senior|chief)|"
    # "The UAE delegation was headed by ..., while Saudi Arabia was represented by ..."
    r"(?:delegation|team) (?:was|were) (?:headed|led) by|(?:was|were) represented by|"
    # "Senegal, Togo and Cabo Verde were represented at ministerial level"
    r"(?:was|were) represented at (?:the )?[\w-]+ level|"
    # "They are Hanne Brøndum, the Ambassador of Denmark; Kwabena Asante-Boateng, ..."
    r"^\s*They (?:are|were) (?=(?-i:[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}),? (?:the )?"
    r"(?:[\w-]+ ){0,2}(?:Ambassador|High Commissioner|Envoy)\b))\b",
    re.IGNORECASE,
)


def is_presence_statement(sentence: str) -> bool:
    """True when the sentence says who was at a meeting ("Ambassadors of ... were present")."""
    presence = _PRESENCE.search(sentence)
    return (
        presence is not None
        # "will be present", not "..., told reporters the ADB would keep financing the
        # development agenda" long after the presence is said
        and not _FUTURE.search(sentence, 0, presence.end() + 40)
        and not _CAME_AFTER.search(sentence)  # "... came days after X took part in ..."
    )

"""Pure rules of diplomatic news: meeting triggers and tense cues.

Which of the words of :mod:`~diplograph.extract.triggers` report a meeting that took
place, and which tell one planned, denied or recalled; which sentences are
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

from diplograph.extract import recalled
from diplograph.extract.alternation import compile_alternatives
from diplograph.extract.anchors import TRIGGER_KEYS, may_have_a_trigger
from diplograph.extract.triggers import TRIGGERS

__all__ = [
    "TriggerMatch",
    "comes_after",
    "find_triggers",
    "first_future_cue",
    "first_meeting_word",
    "is_earlier_that_day",
    "mentions_a_meeting",
    "says_future",
]

_COMPILED_TRIGGERS = tuple((n, d, compile_alternatives(rx, re.IGNORECASE)) for n, d, rx in TRIGGERS)

# Cues that the meeting in the clause did not (yet) happen or is only recalled.
_NONE_MET = re.compile(r"\W*(?:No|Neither|None of the)\b[^.;,]{0,60}")
_THING_RECEIVED = re.compile(
    r"\b(?:request|invitation|proposal|letter|message|reply|response|note)s?\b[^.;]{0,100}"
    r"\b(?:been|was|were) $"
)
# A meeting named, then said to be still to come: "talks between Russia and Ukraine are due
# to resume", "a summit of the two leaders is scheduled to take place".
_TO_COME_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:is|are) (?:due|set|scheduled|expected|planned) to (?:resume|begin|"
    r"start|open|take place|be held|go ahead)\b"
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|is due to|are due to|is due (?:at|in)|are due (?:at|in)|"
    r"plans? to|planned to|planning to|"
    r"expected to|set to|scheduled to|is scheduled|are scheduled|intends? to|hopes? to|"
    r"wants? to|agreed to|invited|invitation to|upcoming|next week|next month|"
    r"arranging|organi[sz]ing|seeking|pushing for|"
    r"possible|possibility of|potential|proposed|prospective|eventual|whether|"
    # ("the venue for the talks", not "held at the forum venue in Antalya")
    r"arrangements? for|preparations? for|venue (?:of|for|has|is|and|or)|date (?:of|for)|"
    # (not "energy security dominated the agenda when Albanese welcomed Kishida")
    r"agenda(?! when\b)|"
    r"later (?:this|in the) (?:week|month|year)|next round|planning (?:a|an|the|another)"
    r"|ahead of (?:a|his|her|their) (?:planned )?(?:meeting|visit|talks)"
    # "Ishiba has given up on holding talks with Trump", "dropped plans for a summit"
    # "Guterres was also due to meet Turkish President Tayyip Erdogan before leaving Kazan"
    r"|(?:was|were) (?:also )?(?:due|expected|scheduled|slated) to"
    # "Deuba was to co-chair the meeting with her Indian counterpart"
    r"|(?:was|were) (?:also )?to (?=[\w-]+ (?:the |a |an )?(?:meeting|talks|summit|session))"
    # "the visit, which falls short of a trip to Beijing and a meeting with President Xi"
    r"|(?:falls?|fell|falling|stops?|stopped) short of|"
    r"(?:given|gave|giving) up on|(?:abandoned|dropped|shelved|scrapped) (?:\w+ )?"
    r"(?:plans?|hopes?|the idea|an attempt|efforts?) (?:to|for|of)"
    # "The Kremlin has dismissed the idea of an imminent meeting between Putin and ..."
    r"|(?:dismissed|rejected|played down|downplayed) (?:the )?(?:idea|prospects?|possibility|"
    r"talk|reports?|speculation) (?:of|about)|imminent)\b",
    re.IGNORECASE,
)
_WILL = re.compile(
    r"\b(?:will|shall|is (?:due|set|scheduled|expected) to|are (?:due|set|scheduled|expected) to"
    r"|(?:is|are) due|(?:falls?|fell|falling) short of)"
    r" (?!have\b)\w+",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(
    # ("Meloni had joined Saturday's video call ..., but her office said at the time")
    r"\b(?:had (?:also |already )?(?:met|held|spoken|received|joined|hosted|attended|taken part|"
    r"participated)|last (?:met|sat down|spoke|held)|"
    r"previously met|"
    r"met (?:several times|twice|often)|since (?:they|the two) (?:last )?met|"
    r"(?:at|during) (?:its|their) (?:annual |regular )?(?:meeting|session)|"
    # "The bloc, which held its previous summit in the Russian city of Kazan"
    r"(?:its|their|his|her) (?:previous|last|prior) (?:[\w-]+ )?(?:summit|meeting|talks|session)|"
    # "attended the Heart of Asia conference in December 2015 and held talks with ..."
    r"in (?:(?:early |mid-|late )?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) )?(?:19|20)\d\d\b|"
    # (not "sparred over the seafood ban when they met in the Laotian capital on Friday")
    # (nor "said he raised ... when he met Xi on the margins of the G20 summit": the news)
    r"when\b[^,.;]{0,60}\bmet\b(?![^,.;]{0,50}\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"today|yesterday|on the (?:sidelines|margins) of)\b)|"
    r"the last such (?:visit|meeting|trip)|"
    # "Luxon's predecessor Chris Hipkins met Albanese in the middle of the year"
    r"(?:in|at) the (?:middle|start|beginning|end) of (?:the|this|last) year|earlier this year|"
    # "She met Chinese Foreign Minister Wang Yi in Brussels earlier this month"
    # ("Earlier in the month, Amir-Abdollahian met his Syrian counterpart in Damascus")
    r"earlier (?:this|in the) month|last month|"
    # "Zelensky spoke with Trump shortly after the election"
    r"(?:shortly |soon |just )after (?:the|his|her) (?:election|inauguration)\b|"
    # "the release of an audio recording of her telephone conversation with Hun Sen"
    r"(?:recording|transcript|tape|leak) of (?:an? |the |his |her |their )?(?:[\w-]+ )?"
    r"(?:phone |telephone )?(?:call|conversation)\b|"
    # "He met Ruto on the sidelines of that summit" (the one told before, in December 2022)
    r"(?:sidelines|margins) of that (?:summit|meeting|conference|gathering)|"
    # "He has also spoken to Putin by phone in recent months"
    r"(?:in|over|during) (?:recent|the past|the last|the previous) (?:few |several |two |three )?"
    # "In my meetings with Foreign Minister Kuleba over the past year", "his engagements
    # with Nigerian leaders over many years": meetings over time, none of them the news
    r"(?:weeks|months|years|year|decade)\b|over (?:many|several|the) years\b"
    # "Arab foreign ministers who met Blinken in Washington earlier this week had urged him"
    r"|\b(?:who|which) (?:had )?(?:met|spoke|held talks)\b[^.;,]{0,100}\b(?:earlier this week|"
    r"last week)\b"
    # "Only France and South Korea have received state visits during his presidency so far"
    r"|\b(?:has|have) (?:\w+ ){0,2}(?:received|hosted|held|met)\b[^.;]{0,80}\b(?:so far|to date|"
    r"thus far)\b)",
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
    if not may_have_a_trigger(sentence):
        return found
    unreal: list[int] = []
    lower = sentence.lower()
    for (name, direction, rx), keys in zip(_COMPILED_TRIGGERS, TRIGGER_KEYS, strict=True):
        if not any(k in lower for k in keys):
            continue
        for m in rx.finditer(sentence):
            if _is_unreal(sentence, m.start(), m.end()):
                unreal.append(m.end())
                continue
            found.append(TriggerMatch(name, direction, m.start(), m.end()))
    found.sort(key=lambda t: (t.start, -t.end))
    # "is also arranging a phone call with Ishiba, and is in contact with Beijing over a
    # call with Xi": a predicate joined to an unreal one shares its mood.
    return [
        t
        for t in found
        if not any(
            e <= t.start and _JOINED_PREDICATE.fullmatch(sentence, e, t.start) for e in unreal
        )
    ]


_JOINED_PREDICATE = re.compile(r"[^.;]*?,? and (?:is|are|was|were|has|have) [^.;]*")
# "called on Muslim countries to close ranks" urges; it does not report a visit.
_URGE = re.compile(
    r"^\s*(?:the |all |its |their |both )?(?:[\w-]+ ){0,4}?"
    r"(?:countries|nations|community|states|governments|parties|sides|people|peoples|world|"
    r"members|leaders|everyone|authorities|international|Muslims|powers|Africans|Europeans|"
    r"Asians|Arabs|Latin Americans|citizens|compatriots)\b",
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
    r"facilitate|investigate|hold|return|resume|engage|de-escalate|exercise|avoid|uphold|"
    # "called on the prime minister to dissolve the House"
    r"dissolve|resign|step down|quit|explain|clarify|apologi[sz]e|answer|reveal|disclose)\b",
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
    # ("welcomed the council's call")
    r"(?:[\w'’-]+ ){0,2}(?:steps?|decision|move|agreement|deal|announcement|ceasefire|truce|"
    r"efforts?|initiatives?|proposals?|progress|news|outcome|results?|statements?|resolution|"
    r"developments?|elections?|appointment|release|return|plans?|idea|offer|calls?|"
    r"commitments?|support|role|participation|signing|launch|adoption|approval|report|readiness|"
    r"willingness|"
    r"measures?|reforms?|opportunity|prospects?|contribution|position|stance|talks|growth|"
    r"increase|rise|expansion|holding|establishment|conclusion|entry)\b"
    # "Russia welcomed anything that could end the conflict"
    r"|^\s+(?:anything|everything|whatever)\b",
    re.IGNORECASE,
)


_THANKED_FOR = re.compile(
    r"\bthank(?:ed|s|ing)?\b[^.;]{0,80}\bfor (?:(?:hosting|organi[sz]ing|arranging|facilitating)"
    r"\b[^.;]{0,40})?$",
    re.IGNORECASE,
)


# A full stop that ends a clause, not "Nov. 15", "Mr. Wang" or "U.S. officials".
_CLAUSE_STOP = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)\. ")


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
    if trigger.startswith("hosting") and re.search(
        r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bcountry )\b(?:is|are) (?:also |still )?$",
        sentence[:start],
    ):
        # "and Japan's Fumio Kishida is hosting the G7": this weekend's, or now (not "Kazakh
        # Foreign Minister Nurtleu, whose country is hosting the round": the talks told)
        return True
    if _THANKED_FOR.search(sentence, 0, start):
        return True  # "thanked the Foreign Minister for hosting Tuesday's talks": done before
    if trigger.startswith("welcom") and _WELCOMED_THING.match(sentence[end:]):
        return True  # "welcomed any steps that could end the war": a view, not a visitor
    stops = [m.start() for m in _CLAUSE_STOP.finditer(sentence, 0, start)]
    clause_start = max(
        sentence.rfind(";", 0, start),
        stops[-1] if stops else -1,
        sentence.rfind(" but ", 0, start),
    )
    before = sentence[clause_start + 1 : start]
    # The last few words before the trigger carry the modality ("is expected to meet").
    window = " ".join(before.split()[-6:])
    cues = [c.group().lower() for c in _FUTURE.finditer(window + " " + sentence[start:end])]
    # (but "agreed to enhance trade during a meeting on the sidelines": what the meeting
    # agreed, not a meeting agreed on)
    # ("agreed to stop attacking ... after a lengthy phone call": the call came first)
    after_call = re.search(r"\b(?:after|following|during|in|at)\s+(?:\S+\s+){0,4}$", before)
    if any(
        not (c == "agreed to" and (re.match(r"(?:in|during|at)\b", trigger) or after_call))
        for c in cues
    ):
        return True
    # "The summit will continue on Wednesday with a series of meetings with dialogue
    # partners": the modal further back, with no comma between.
    # ("is due to meet former prime minister Paul Keating before heading to Sydney on
    # Thursday for a meeting with business leaders": the clause's plan, further back)
    if _WILL.search(" ".join(before.split(",")[-1].split()[-28:])):
        return True
    if _TO_COME_AFTER.match(sentence, end):
        return True  # "where direct talks between Russia and Ukraine are due to resume"
    # ("The President will welcome the Pope with a state ceremony, followed by a bilateral
    # meeting": a participle after a comma shares the clause's tense)
    absolute = re.search(r",\s+(?:with|followed by)\b[^,;]{0,100}$", before)
    if absolute and _WILL.search(" ".join(before[: absolute.start()].split(",")[-1].split()[-28:])):
        return True  # "Modi will pay a state visit ..., with Biden hosting him": its tense
    # (but "cut short his visit ..., but not before holding talks with Ramaphosa")
    if re.search(
        r"\b(?:no|not(?! (?:before|until|only)\b)|never|nor|n't)\b",
        " ".join(window.split()[-3:]),
        re.IGNORECASE,
    ) or re.search(r"\bno (?:date|time|timetable|venue)\b[^.;]{0,40}$", before, re.IGNORECASE):
        # "No meeting between ... is on the agenda", "did not meet", "no date had been set
        # for a meeting between Trump and Putin"
        return True
    if re.search(r"\bto\s*$", before) or re.search(r"\bto (?:hold|have|pay)\s*$", before):
        return True
    if recalled.DURING_THAT_VISIT.search(before):
        # "his visit to China earlier this month, during which he had detailed discussions
        # with President Xi": a visit recalled, and its meetings with it
        return True
    if _NONE_MET.fullmatch(before) or _THING_RECEIVED.search(before):
        return True  # "No Japanese leader has met ...", "no request ... had been received"
    if recalled.SINCE_YEAR_WHEN.search(before):
        return True  # "since 2004, when Koizumi traveled to Pyongyang for his second summit"
    if recalled.BRIEFED_ON.search(before):
        return True  # "informed his counterpart about his telephone conversation with Trump"
    if recalled.NO_PLAN.search(before):
        return True  # "there was no plan yet for a meeting between Yoon and Li Qiang"
    if recalled.CAME_AFTER.search(sentence, 0, start) and not recalled.EARLIER_THAT_DAY.search(
        sentence, end
    ):
        return True  # "The call came days after ..." (not "came after ... earlier in the day")
    if recalled.AGO_AFTER.match(sentence, end):
        return True  # "Erdogan, who met Putin in Sochi less than two weeks ago, said"
    if recalled.THEN_WHEN.search(sentence, 0, start):
        return True  # "during Dar's stay in Beijing earlier this month, when he co-chaired"
    if recalled.SPAN_AFTER.search(sentence, 0, start):
        return True  # "arrived in Seoul, a week after Blinken visited and held talks with Cho"
    if recalled.DOMESTIC.search(trigger) or (
        trigger.endswith(" of") and recalled.HOME_BODY.match(sentence, end)
    ):
        return True  # "during a Cabinet meeting chaired by the President": at home
    if trigger.startswith(("me", "held")) and recalled.SESSION_BEFORE.search(sentence, 0, start):
        return True  # "The UN Security Council met on Wednesday at the level of heads of State"
    if recalled.EARLIER_TRIP.match(sentence, 0, start):
        return True  # "The trip is Lammy's second ... On his first, he ... met Netanyahu"
    if recalled.EARLIER_LEG.search(sentence, 0, start):
        return True  # "a week-long trip that began in Israel, where Milei met Netanyahu"
    if recalled.PRAISED_OUTCOMES.search(sentence, 0, start):
        return True  # "The Cabinet commended the outcomes of ... his talks with President Putin"
    if recalled.NOT_HELD_AFTER.match(sentence, end) or recalled.SINCE_THEN.search(sentence, end):
        # "the three-way phone call that the presidents had said they intended to hold,
        # which had not taken place"; "Amorim, who met Maduro ..., has since said"
        return True
    # (up to a "since", which dates what came before: "held a phone call Tuesday, the first
    # time the two leaders have spoken since they met in Woodside last November")
    tail = re.split(r"\bsince\b", sentence[start : min(len(sentence), end + 80)])[0]
    if (
        recalled.SAID_HAD.search(before)
        and (
            recalled.NEWS_DAY.search(sentence, start, end + 120) or recalled.ON_A_DAY.search(before)
        )
        # (not "said on Monday he had met Putin in Sochi in 2019")
        and not re.search(r"\b(?:19|20)\d\d\b", tail)
    ):
        # "Downing Street said the prime minister had spoken to President Trump by phone
        # later on Saturday evening": reported speech moves the news's own day back a tense
        return False
    # "Anwar visited Beijing last November, when he held talks with Xi" (not "their first
    # meeting since the fall of the government last August": what came before it)
    return bool(_BACKGROUND.search(window + " " + tail) or recalled.LAST_SEASON.search(window))


_ANY_TRIGGER = compile_alternatives("|".join(rx for _, _, rx in TRIGGERS), re.IGNORECASE)


def mentions_a_meeting(sentence: str) -> bool:
    """True when any meeting word appears, whether or not the meeting happened."""
    return may_have_a_trigger(sentence) and bool(_ANY_TRIGGER.search(sentence))


def first_meeting_word(sentence: str) -> re.Match[str] | None:
    """The first meeting word of the sentence, whether or not the meeting happened."""
    return _ANY_TRIGGER.search(sentence) if may_have_a_trigger(sentence) else None


def first_future_cue(text: str, start: int = 0) -> int | None:
    """Where the first cue of a plan after ``start`` is ("is also seeking a meeting"), not
    one of a relative clause ("the Ambassador of Denmark, who will be resident in Kampala")."""
    for m in _FUTURE.finditer(text, start):
        if not re.search(
            r"\b(?:who|which)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20) : m.start()]
        ):
            return m.start()
    return None


def says_future(text: str) -> bool:
    """True when the text has a cue of a meeting to come ("will", "is expected to")."""
    return bool(_FUTURE.search(text))


def comes_after(text: str) -> bool:
    """True when the text says it "came days after" something: that something is earlier."""
    return bool(recalled.CAME_AFTER.search(text))


def is_earlier_that_day(text: str) -> bool:
    """True when the text says "earlier in the day", "hours earlier": the same day's news."""
    return bool(recalled.EARLIER_THAT_DAY.search(text))

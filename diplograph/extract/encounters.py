"""Informal ways news tells that two people met: "came face to face", "had a brief word
with", "shook hands", "huddled", "was the guest of", "spent the afternoon together".

Reporters reach for these when a meeting was short, unplanned or not a formal sitting:
a word in a corridor at a ministerial, a handshake before a summit, a dinner. They are
kept apart from the formal words of :mod:`~diplograph.extract.triggers` because each
also has a sense that is no meeting at all ("was the guest of honour at the parade",
"visited a tank factory"), which the patterns below rule out one by one; whether the
encounter happened (tense, negation, plans) is left, as for every trigger, to
:mod:`~diplograph.extract.rules`.
"""

from __future__ import annotations

__all__ = ["ENCOUNTERS", "ENCOUNTER_ANCHORS"]

# Titles that say the object of "visited" is a person, not a place ("visited Egyptian
# President Abdel Fattah al-Sisi in Cairo", not "visited Kyiv", "visited a factory").
_PERSON_AFTER = (
    r"(?=(?-i:(?:(?:his|her|their|the) )?(?:[A-Z][\w.'’-]+ ){0,3}"
    r"(?:President|Prime Minister|King|Queen|Emir|Sultan|Chancellor|Pope|Premier|"
    r"Crown Prince|Sheikh|counterpart)\b))"
)

ENCOUNTERS: tuple[tuple[str, str, str], ...] = (
    # (name, direction, regex), as in triggers.TRIGGERS
    (
        "meet",
        "none",
        # "The top diplomats of the United States and Russia came face to face Thursday"
        r"\b(?:came|comes|come) face[ -]to[ -]face\b"
        # "Blinken also had a brief word with Qin on the sidelines" (not "had a word with
        # his cabinet": a cabinet is no party, so nothing is read from it; nor "exchanged
        # pleasantries with Dar at the dinner", which annotators do not count)
        r"|\bhad (?:a |an )?(?:brief |short |quick |private |few )?words? with\b"
        # "Blinken and Qin chatted briefly on the sidelines"
        r"|\bchatted (?:briefly |informally |amiably |warmly )?(?:with (?!(?:the )?(?:reporters|"
        r"journalists|press|media|students|supporters|troops|soldiers|workers|residents|"
        r"crowds?)\b)|on|in|at|during|before|after|over)\b"
        r"|\b(?<!never )(?<!not )shook hands\b"
        # "Biden and Lopez Obrador huddled at the National Palace"
        r"|\bhuddled (?:together )?(?:at|in|on|for|behind)\b"
        r"|\bsat (?:together|side by side)\b"
        # "Lammy and Lamola spent most of the morning closeted at the OR Tambo Building"
        r"|\bcloseted (?:together )?(?:with|at|in)\b"
        r"|\bspent (?:the |an? |several |two |three )(?:[\w-]+ ){0,2}together\b"
        # "Xi and Putin had an informal dinner in the Kremlin"
        r"|\bhad (?:an? )?(?:working |private |informal |official |state |long )?"
        r"(?:dinner|lunch|breakfast) (?:in|at|on)\b"
        # "Wang and Blinken exchanged views in Kabul on Saturday"
        r"|\bexchanged views (?:in|at) (?=(?-i:[A-Z]))"
        # "Guterres and Putin held a one-on-one in Kazan"
        r"|\bheld (?:an? )?(?:brief |private )?one-on-one\b"
        # "Macron and Biden spoke at length in Paris on Saturday" (not "spoke at length about
        # Ukraine in the Bundestag": no second party is there)
        r"|\b(?:spoke|talked) (?:at length|briefly|privately) (?:in|at) (?=(?-i:[A-Z]))"
        r"|\b(?:spoke|talked) (?:at length|briefly|privately) (?:with|together)\b"
        # "Erdogan and Putin talked in Sochi on Monday"
        r"|\btalked (?:in|at) (?=(?-i:[A-Z]))"
        # "Baerbock and Colonna held a joint news conference in Berlin"
        r"|\b(?:held|gave|addressed) (?:a )?joint (?:news|press) conference\b"
        # "The foreign ministers of Armenia and Azerbaijan negotiated for two days in
        # Washington"
        r"|\bnegotiated (?:for (?:[\w-]+ ){1,2}(?:days?|hours?) )?(?:in|at) (?=(?-i:[A-Z]))"
        # "Meeting at the prime minister's office, the leaders also confirmed ...", "Meeting
        # Japanese Prime Minister Ishiba Shigeru, PM Chinh congratulated him"
        r"|(?-i:^\W*Meeting (?:(?:at|in|with) |(?=[A-Z])))"
        # "Mr. Nasser Bourita, held on Wednesday in Rabat talks with ..." (translated copy)
        r"|\bheld (?:on \w+day |today |yesterday )?(?:in (?-i:[A-Z])[\w-]+ )?talks with\b"
        # "the Heads of State held negotiations in a narrow format"; "Today ... took place
        # the official meeting ceremony of the President of ... by ..."
        r"|\bheld (?:[\w-]+ ){0,2}negotiations (?:in|at|on|with|between)\b"
        r"|\btook place (?:the|an?) (?:[\w-]+ ){0,3}(?:meeting|talks|negotiations)\b"
        # "Joly joined her counterparts from France, Germany, ... to address"
        r"|\bjoined (?:his|her|their) (?:[\w-]+ )?counterparts (?:from|of)\b"
        # "West African heads of state meeting in Abuja on Sunday gave Mali ... six months"
        # ("Leaders of Arab and Muslim countries meeting in Riyadh on Saturday demanded")
        r"|\b(?:leaders|heads of (?:state|government)|presidents|prime ministers|foreign "
        r"ministers)(?: of (?:[\w-]+ ){1,4}?(?:countries|states|nations))? meeting (?:in|at) "
        # ("Arab and Muslim leaders meeting in the Saudi capital on Saturday demanded")
        r"(?=(?-i:[A-Z])|the (?:[\w-]+ )?capital\b)"
        # "The decision was taken at an extraordinary summit of the Southern African
        # Development Community in Harare on Friday" (not "decisions taken at the summit held
        # on Feb. 24", an earlier one named in passing)
        # "The decision came at an extraordinary summit of the ECOWAS Authority ..."
        r"|\b(?:decision|announcement|agreement|move|deal|breakthrough) came at (?:a|an|the) "
        r"(?:[\w-]+ ){0,3}summit\b"
        # "The leaders' plenary at the 53rd Pacific Islands Forum meeting in Nuku'alofa was
        # held on Wednesday"
        r"|\b(?:leaders['’] )?plenary\b[^.;]{0,80}?\b(?:was|were) held\b"
        # ("The decision was taken on Saturday at an Extraordinary Summit of the regional bloc")
        # ("The decision was taken at the 66th ordinary session of the Authority at the State
        # House, Abuja": an ECOWAS summit)
        r"|\b(?:was|were) (?:taken|made|reached|adopted)(?: (?:on )?\w+day| today| yesterday)? at "
        r"(?:a|an|the) (?:[\w-]+ ){0,3}(?:summit|(?-i:[Ss]ession of the (?:[\w-]+ )?Authority))\b"
        # "At the opening of the two-day gathering, Angolan President Joao Lourenco took over
        # the AU's rotating chairmanship"; "Guterres told the assembled leaders"
        r"|\b(?:at|during) the (?:opening|start) (?:session )?of the "
        r"(?:[\w'’-]+ ){0,4}(?:summit|gathering|ministerial)\b"
        r"|\b(?:told|addressed|urged) the (?:assembled|gathered) (?:leaders|heads of state)\b"
        # "The leaders of NATO's 32 member states agreed on Wednesday in The Hague to raise
        # defence spending ..., at a summit that was shortened"
        r"|\b(?:leaders|heads of (?:state|government))\b[^.;]{0,80}?\b(?:agreed|decided|pledged|"
        r"endorsed|adopted|approved|vowed)\b[^.;]{0,200}?\b(?:at|during) (?:a|an|the|their) "
        r"(?:[\w-]+ ){0,3}summit\b"
        # "Zelenskyy signed a security agreement with Chancellor Olaf Scholz in Berlin" (not
        # "signed a deal with Iran" or "with Boeing": a party, not a person met)
        r"|\bsigned (?:a|an|the) (?:[\w-]+ ){0,3}(?:agreement|deal|accord|pact|declaration|"
        r"memorandum|treaty) with " + _PERSON_AFTER,
    ),
    # "President Trump on Monday gave a warm Oval Office reception to Prime Minister Orban"
    (
        "receive",
        "host_first",
        r"\b(?:gave|accorded|extended|offered) (?:a|an) (?:[\w'’-]+ ){0,3}(?:reception|welcome) "
        r"(?:to|for) (?=(?-i:[A-Z])|(?:his|her|the|visiting) )",
    ),
    # "Bennett and President Biden finally got their Oval Office meeting on Friday"
    (
        "meet",
        "none",
        r"\b(?:got|had) (?:their|his|her) (?:long-awaited |first |much-anticipated )?"
        r"(?:[\w'’-]+ ){0,2}(?:meeting|talks|summit|sit-down) (?:on|at|in|with)\b",
    ),
    # "Macron was the guest of Xi in Guangzhou" (not "the guest of honour at the parade")
    ("receive", "guest_first", r"\b(?:was|were) (?:the )?guests? of\b(?! honou?r)"),
    # "Pham Minh Chinh had an audience with Pope Francis"
    (
        "receive",
        "guest_first",
        r"\b(?:had|was granted|were granted) (?:a |an )?(?:private |rare |brief )?audience with\b"
        # "King Abdullah II visited Egyptian President Abdel Fattah al-Sisi in Cairo"
        r"|\bvisited "
        + _PERSON_AFTER
        # "Zelenskyy ... was embraced by Starmer on the steps of Downing Street"
        + r"|\b(?:was|were) (?:warmly )?(?:embraced|hugged) by (?=(?-i:[A-Z]))",
    ),
    # "The gathering of G20 foreign ministers was chaired by India's External Affairs
    # Minister", "The 66th ordinary session of the ECOWAS Authority ... was chaired by"
    (
        "talks",
        "none",
        r"\b(?:summit|meeting|gathering|ministerial|conference|session)\b[^.;]{0,80}?"
        r"\b(?:was|were) (?:chaired|co-chaired|hosted|convened) by\b"
        # "The announcement came during the Mercosur summit hosted by Uruguay's President"
        r"|\b(?:during|at) (?:the|a|an|this year's) (?:[\w'’-]+ ){0,4}(?:summit|ministerial) "
        r"(?:hosted|chaired|convened) by\b"
        # "The joint extraordinary Arab-Islamic summit, convened by Saudi Arabia and chaired by"
        r"|\b(?<!sidelines of the )summit, (?:convened|chaired|hosted) by\b"
        # "Leaders of the Southern African Development Community (SADC) converged in Harare"
        r"|\bconverged (?:\w+ ){0,3}?(?:in|at|for|on)\b"
        # "Rubio, Waltz and Witkoff faced Russian Foreign Minister Sergei Lavrov ... across a
        # table at Riyadh's Diriyah Palace"
        r"|\bfaced (?:[\w.'’-]+ ){1,14}?across (?:a|the) (?:negotiating )?table\b"
        # "Rubio and Waltz faced a Ukrainian team led by Andriy Yermak"; "Ukrainian and
        # American officials spent more than eight hours together in a Red Sea hotel"
        r"|\bfaced (?:an? |the )?(?:[\w-]+ )?(?:team|delegation|side)\b"
        r"|\bspent (?:more than |nearly |almost |about |some )?(?:an?|one|two|three|four|five|"
        r"six|seven|eight|nine|ten|\d+|several) hours together\b"
        # "officials agreed Tuesday ... after more than four hours of talks in the Saudi capital"
        r"|\bafter (?:more than |nearly |almost |some |about )?(?:an?|one|two|three|four|five|"
        r"six|several) hours? of (?:talks|discussions|negotiations)\b",
    ),
)

# Lower-case words these matches add to anchors.ANCHOR_WORDS: the others ("met", "sat ",
# "spent", "talk", "conference", "joined", "visit", "audience", "chaired") are there already.
ENCOUNTER_ANCHORS: tuple[str, ...] = (
    "face to face",
    "word with",
    "words with",
    "chatted",
    "closeted",
    "encounter",  # "during an hour-long encounter" (triggers.TRIGGERS' meet pattern)
    "negotiated",
    "guest",
    "signed",
    "gathering",  # "At the opening of the two-day gathering"
    "assembled",  # "told the assembled leaders"
    "reception",  # "gave a warm Oval Office reception to"
    "plenary",
    "converged",
    "embraced",
    "across a table",
    "faced",
    "hours together",
    "across the table",
    "hours of talks",
    "hour of talks",
    "hugged",
    "sit-down",
)

"""The words of diplomatic news that report a meeting, and who hosted it.

A table of regular expressions, one per way of telling a meeting ("called on", "held
talks", "presented credentials", "spoke by phone", summits that "took place"), each with
the direction that says who hosted. :mod:`~diplograph.extract.rules` finds them in a
sentence and drops those of meetings that did not (yet) happen.
"""

from __future__ import annotations

from diplograph.extract.encounters import ENCOUNTERS

__all__ = ["TRIGGERS"]

# --- meeting triggers -------------------------------------------------------------------
# Each trigger has a direction that tells who hosted: "host_first" when whoever is named
# before the trigger is the host ("X received Y"), "guest_first" when they are the guest
# ("X called on Y"), "none" when the text does not say ("X met Y").

_FORMAL: tuple[tuple[str, str, str], ...] = (
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
        # "The final declaration ... called on Western Balkan partners to align"
        r"(?! (?:[\w-]+ ){0,3}(?:partners|members|states|nations|countries|sides|allies|"
        r"neighbou?rs|governments)\b(?: \w+){0,3} to \w)"
        r"|\bpaid (?:a |an )?(?:courtesy |farewell |introductory )?(?:call|visit) (?:on|to)\b",
    ),
    ("courtesy_call", "guest_first", r"\bcourtesy (?:call|meeting|visit)\b"),
    # "President William Ruto on Tuesday played host to his Ugandan counterpart"
    (
        "receive",
        "host_first",
        r"\bplay(?:ed|s|ing)? host to\b(?! (?:the|a|an) (?:[\w-]+ ){0,3}(?:summit|conference|"
        r"meeting|forum|games|tournament|talks)\b)",
    ),
    # "Lee and Ishiba agreed on Saturday to deepen ties at a summit in Tokyo"
    (
        "talks",
        "none",
        r"\bat (?:a|an|their) (?:[\w-]+ ){0,3}(?:summit|meeting|talks) (?:in|at|on)\b",
    ),
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
        r"\b(?:was|were|being|been|to be) (?:(?:warmly|later|also|then|first|cordially|officially|"
        r"formally|separately|personally|finally|briefly|jointly) )?(?:received|welcomed|hosted|"
        # "was greeted with a hug by Sir Keir", "welcomed with full honours by"
        # ("were welcomed at the start of the session by Kazakh Foreign Minister ...")
        # ("was received that evening by Lacalle Pou at the Torre Ejecutivo")
        r"greeted) (?:in [A-Z][\w-]+ |with (?:[\w-]+ ){1,3}|(?:at|on|in) (?:[\w-]+ ){1,6}|"
        r"(?:that|this|the same|later that) (?:evening|morning|afternoon|night|day) )?by\b"
        # not "were welcomed by dancers and schoolchildren waving flags": no official
        r"(?! (?:[\w-]+ ){0,2}(?:dancers|schoolchildren|children|pupils|students|crowds?|"
        r"supporters|well-wishers|drummers|musicians|bands?|singers|performers|fans|residents|"
        r"locals|villagers|diaspora|cheers|cheering|applause|flag-waving)\b)"
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
        # (not "pressed each of his hosts", nor "King Charles was welcomed ... at": the passive)
        r"(?:\b(?<!his )(?<!her )(?<!their )(?<!its )(?<!the )(?<!our )(?<!was )(?<!were )"
        r"(?:received|receives|welcomed|hosted|hosts|greeted)\b"
        # "where he was hosting NATO Secretary General Mark Rutte" (not "Hosting the
        # meeting, Mr Wang said": the host comes after)
        r"|(?<!^)(?<!^\s)\b(?:hosting|receiving|welcoming|greeting)\b"
        # "King Mohammed VI rolled out the red carpet for Emmanuel Macron"
        r"|\brolled out the red carpet for\b)"
        # not "the U.S. envoy welcomed it", "welcomed the decision": a thing, not a visitor
        # ("received this Friday (14) at the Itamaraty Palace his Paraguayan counterpart")
        r"(?!\s+(?:it|this(?! (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b| morning\b| "
        r"afternoon\b| evening\b| week\b)|that|the (?:[\w'’-]+ ){0,2}(?:decision|vote|move|"
        r"resolution|agreement|"
        r"deal|statement|announcement|news|step|proposal|plan|initiative|ceasefire|report|"
        r"results?|outcome|efforts?|offer|support|message)s?)\b"
        # nor "received the warmest applause of the day"
        r"|\s+(?:the |a |an )?[\"“]?(?:[\w-]+ ){0,2}(?:applause|ovation|praise|award|prize|honou?r|"
        r"degree|medal|criticism|backing|votes?|news|letters?(?! of credence)|messages?|"
        r"invitations?|greetings|congratulations|assurances?|reports?|requests?|gifts?|"
        # "Cabinet received an update on preparations for next week's state visit"
        r"updates?|briefings?|approval|funding|funds|loans?|grants?|donations?|complaints?|"
        r"petitions?|payments?|feedback|boost|go-ahead|green light|nod|"
        # "She received the presidential sash from the head of Congress": an inauguration
        r"sash|baton|keys?)\b"
        # nor "has received with deep sadness the news of the passing of"
        r"|\s+with (?:deep |great |profound |much )?(?:sadness|sorrow|shock|regret|grief|concern|"
        r"satisfaction|appreciation|interest)\b"
        # nor "Chad hosts more than 1.1 million refugees"
        # (but "Xi hosted more than 20 leaders at the summit" is a meeting)
        r"|\s+(?![^.;,]{0,25}\b(?:leaders|heads of (?:state|government)|ministers|delegations|"
        r"counterparts)\b)(?:more than |over |some |about |nearly |around |almost |up to )?"
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
    # "Putin brought Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham
    # Aliyev into the same room in Moscow"
    (
        "receive",
        "host_first",
        r"\bbrought (?=(?-i:[A-Z]))[^.;]{0,120}?\binto the same room\b",
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
        # (not "A visiting IMF staff mission ... called on": the visitor is the subject)
        r"\b(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?<![Aa] )(?:the )?visiting "
        r"(?=(?-i:[A-Z]))",
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
        # "Shortly after hanging up with Putin, Trump called Ukrainian President Volodymyr
        # Zelenskyy." (not "called Trump a liar")
        r"|(?<!so-)(?<!\bso )(?<!had )(?<!what he )(?<!what she )(?<!what they )\b(?:called|rang) "
        # ("Mitsotakis also called Erdogan on Monday")
        r"(?=(?-i:[A-Z]))(?![\w-]+['’]s\b)(?:[\w.'’-]+ ){0,5}?[\w'’-]+"
        r"(?=[.;]|,? (?:on|after|before|from|late|early|yesterday|today|shortly|later)\b)"
        # "he had spoken to Trump by phone on Saturday evening"
        r"|\b(?:spoke|spoken|talked) (?:to|with) (?:[\w.-]+ ){1,4}?(?:by|over the|on the) "
        r"(?:tele)?phone\b"
        r"|\b(?:spoke|spoken) (?:today |yesterday |separately |again )?(?:with|to)\b"
        # 'what she described as a "good conversation" by telephone with Donald Trump'
        r"|\b(?:conversation|call|talk)s?[\"”’']?,? (?:by|over the|on the) (?:tele)?phone\b",
    ),
    (
        "video",
        "none",
        r"\b(?:video ?(?:call|conference|link|summit|meeting|talks|conversation)|videoconference"
        r"|virtual (?:[\w-]+ ){0,2}(?:meeting|summit|talks|call)|online meeting"
        # "Australia's first leader-level summit held entirely online"
        r"|(?:summit|meeting|talks) held (?:entirely |fully |wholly )?(?:online|virtually))\b",
    ),
    (
        "talks",
        "none",
        # "rode side by side ... before holding talks at the royal palace"
        r"\b(?:held|holding) (?:an? )?(?:wide-ranging |bilateral |formal |official "
        r"|delegation-level |high-level |informal |detailed |in-depth |interactive |separate "
        r"|trilateral |three-way |four-way |two-way |one-on-one |closed-door |face-to-face "
        r"|brief )*"
        r"(?:talks|discussions|consultations|meeting|meetings|dialogue|session)\b"
        # "Russian and Ukrainian delegations held direct talks in Istanbul" (any words before
        # talks or negotiations, but not "held a cabinet meeting": that one is at home)
        r"|\b(?:held|holding) (?:an? )?(?:(?!(?:no|not|any|cabinet|party|press|news|board|staff|"
        r"internal|campaign|his|her|their|its)\b)[\w-]+ ){1,3}(?:talks|negotiations|"
        r"consultations)\b"
        # "held the 22nd India-Russia annual summit", "held their first structured talks"
        r"|\bheld (?:the|their|his|her|its) (?:[\w-]+ ){0,4}"
        # (not "visited a school while her husband held his talks.": the talks told)
        r"(?:talks|summit|meeting|consultations)\b(?!\s*[.;])"
        # "Iran and the United States held what both sides called constructive talks"
        r"|\bheld what (?:[\w-]+ ){1,5}(?:talks|meeting|discussions)\b"
        # "Blinken and Foreign Minister Qin Gang talked for more than seven hours", "he spent
        # roughly three hours at the Diaoyutai State Guesthouse with Wang Yi"
        r"|\b(?:talked|conferred|met|spoke) for (?:more than |nearly |almost |about |over |some "
        r"|roughly )?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several) "
        r"(?:hours?|minutes?)\b"
        r"|\bspent (?:more than |nearly |almost |about |over |some |roughly )?(?:an?|one|two|"
        r"three|four|five|six|seven|eight|\d+|several) (?:hours?|minutes?) (?:[^.;]{0,60}? )?"
        r"with (?=(?-i:[A-Z]))"
        # "the two men held more than an hour of talks"
        r"|\bheld (?:more than |nearly |almost |about |over |some )?(?:an?|one|two|three|four|"
        r"several) (?:hours?|minutes?) of (?:talks|discussions|consultations|negotiations)\b"
        # "Lula and Xi signed 37 agreements on Wednesday during a state visit by Xi"
        # ("... pledged on Thursday ..., signing a declaration during Erdoğan's first visit to
        # Athens in six years")
        r"|\b(?:signed|signing|agreed|exchanged|pledged|vowed)\b[^.;]{0,80}?\bduring "
        r"(?:a|an|his|her|their|the|(?-i:[A-Z])[\w-]*['’]s) (?:[\w-]+ ){0,2}visit (?:by|of|to) "
        r"(?:an? )?(?-i:[A-Z])"
        # (not "ready to facilitate any talks between the two neighbours")
        r"|(?<!any )(?<!future )(?<!possible )(?<!potential )(?<!eventual )"
        # (nor "dialogue with Washington was always better than confrontation": a view)
        r"\b(?:talks|discussions|consultations|a meeting|meetings) (?:with|between)\b"
        r"|\b(?:exchanged views|discussed|consulted|conferred) with\b"
        r"|\b(?:had|held) (?:a |an )?(?:[\w-]+ )?(?:conversation|one-on-one|exchange|"
        r"discussion) with\b"
        r"|\b(?:granted|gave) (?:an )?audience to\b|\breceived in (?:an )?audience\b"
        r"|\b(?:a|the|his|her) (?:phone |video )?call with\b"
        r"|\bheld (?:an? )?(?:bilateral |trilateral |informal |three-way |four-way |two-way "
        r"|one-on-one |closed-door |brief |first )?(?:summit|t[eê]te-[aà]-t[eê]te|"
        r"working (?:lunch|dinner|breakfast))\b|\bco-chaired\b"
        r"|\bengaged in (?:\w+ )*?discussions\b"
        # "held the 23rd round of the Special Representatives (SR) talks"
        r"|\bround of (?:[\w()-]+ ){0,4}(?:talks|consultations|negotiations|dialogue)\b"
        # "The first-ever summit between the European Union and the five Central Asian
        # countries took place today in Samarkand"
        # ("The meeting took place on the sidelines of ..." only refers back to one told.)
        r"|\b(?:summit|talks|meeting|consultations|negotiations|plenary) (?:between|of|with)\b"
        # ("... summit of the ECOWAS Authority, which held on Thursday at the State House")
        r"[^.;]{0,120}? (?<!never )(?<!not )(?:took place|(?:was|were) (?:held|convened)|"
        r"which held (?:on|in|at|yesterday|today)|(?<=, )held (?:at|in|on))\b"
        # "The summit opened in Astana on Thursday with the heads of state of ... in
        # attendance"
        # "When President Al-Sisi opened the Cairo Summit for Peace on Saturday"
        # "King Charles III opened the Commonwealth Heads of Government Meeting in Apia"
        r"|\b(?:opened|inaugurated) the (?:[\w-]+ ){0,6}(?-i:Summit|Meeting)\b"
        # "Caribbean Community (CARICOM) leaders opened their 48th regular meeting here"
        # ("Leaders of the Group of 20 major economies opened their annual summit")
        r"|\b(?:leaders|heads of (?:state|government))(?: of [^.;,]{0,50}?)? (?:\w+ )?"
        r"(?:opened|began|started) their "
        r"(?:[\w-]+ ){0,4}(?:summit|meeting|session|conference)\b"
        r"|\b(?:summit|conference|ministerial)(?: of [^.;,]{0,60}?)? (?:opened|began|got under way|"
        r"kicked off|closed|ended|concluded|wrapped up)\b"
        # "Southeast Asian leaders wrapped up the first day of their 43rd summit"
        # (not "The organization ... concluded a Democracy Summit this week": its own event)
        r"|\b(?:wrapped up|concluded|closed|ended) (?:the |their )(?:[\w-]+ ){0,5}"
        r"(?:summit|talks|ministerial)\b"
        # "Around the table with the French president were U.K. Prime Minister Keir Starmer"
        r"|\b(?:around|at) the (?:negotiating )?table (?:with [^.;,]{0,40} )?(?:were|sat)\b"
        # "The decision ... came on the first day of a two-day summit of the bloc's 27 heads
        # of state and government in Brussels"
        r"|\b(?:first|second|opening|closing|final|last) (?:day|session) of (?:a|an|the|their) "
        r"(?:[\w-]+ ){0,3}(?:summit|meeting|talks|conference|ministerial)\b"
        # "Putin, Xi, Erdogan and Sharif were among the leaders at the summit"
        r"|\b(?:was|were) among (?:the )?(?:leaders|heads of state|those|participants|"
        r"dignitaries) (?:at|attending|who attended|in the (?:hall|room|chamber) for)\b"
        # "Modi on Saturday opened the G20 Leaders' Summit at Bharat Mandapam" (not "opened
        # the summit", one told already)
        r"|\bopened (?:a|an|the) (?:[\w'’-]+ ){1,4}(?:summit|ministerial)\b"
        # "Ruto on Wednesday chaired a virtual Extraordinary Summit of the EAC Heads of State"
        r"|\b(?:chaired|co-chaired|convened|hosted|hosting) (?:a|an|the) (?:[\w-]+ ){0,4}(?:summit|"
        r"ministerial|meeting of|session of|conference of|gathering of)\b"
        # "during the Mercosur summit in the Uruguayan capital, attended by President Lula"
        # (not "a meeting of the National Security Committee ... attended by ministers")
        r"|\b(?:summit|meeting|conference|session)\b(?! of (?:the |its |their )?(?:[\w-]+ ){0,3}"
        r"(?:Committee|Council|Cabinet|cabinet|Assembly|Board|Parliament|Commission|party)\b)"
        r"[^.;]{0,160}?\battended by\b"
        r"|(?<!having )(?<!had )\battended (?:the|a|an) (?:[\w-]+ ){0,4}(?:summit|ministerial|"
        r"meeting of|session of|conference of|retreat)\b"
        # "The Emir took part on Sunday in the extraordinary Arab-Islamic summit in Riyadh"
        r"|(?<!having )(?<!had )\b(?:took part|participated|partook)"
        r"(?: (?:on )?\w+day| today| yesterday| for the first time)? in (?:the|a|an) "
        r"(?:[\w-]+ ){0,4}(?:summit|meeting of|talks|conference of|session of)\b"
        # "The United States and Russia agreed ... after high-level talks in Saudi Arabia"
        r"|\bafter (?:[\w-]+ ){0,6}(?:talks|negotiations) (?:in|at|lasting|that lasted|which "
        r"lasted)\b"
        # "agreed Tuesday to boost security cooperation, in talks in Manila" (not "is in
        # talks with Boeing", a negotiation under way)
        r"|(?<!is )(?<!are )(?<!were )\b(?:in|during|at) (?!their |the )(?:[\w-]+ ){0,2}talks "
        r"(?:in|at|on)\b"
        # "Burić had a meeting in Chisinau with Speaker of Parliament Igor Grosu"
        r"|\b(?:had|held) (?:a|an) (?:[\w-]+ )?meeting (?:in|at) [^.;,]{1,40}? with\b"
        # "Araghchi and Witkoff were in separate rooms ..., with Omani Foreign Minister Badr
        # Albusaidi shuttling between them in what diplomats described as proximity talks"
        # (the mediator shuttling is at the talks: presence.py)
        r"|\bproximity talks\b"
        # "The deal was signed in Bridgetown by National Assembly President Jorge Rodriguez
        # ... and Gerardo Blyde": the signatories met to sign it
        r"|\b(?:deal|agreement|accord|treaty|declaration|memorandum|ceasefire|truce)s? "
        r"(?:was|were) signed (?:(?:on|in) [\w-]+ |yesterday |today ){0,3}by\b"
        r"|\bled (?:their|the|his|her) (?:respective )?(?:delegations?|sides) (?:at|to|in) "
        r"(?:the )?"
        r"(?:talks|meeting|negotiations|consultations)\b",
    ),
    (
        "meet",
        "none",
        r"\b(?:met\b|meets\b|meeting with|meeting between|met with|sat down with|sitting down with|"
        r"conferred with|"
        # "Macron dined with Xi" (not "interacted with", said of diaspora and students too)
        r"(?:dined|lunched|breakfasted) with|had (?:a )?(?:working |private "
        r"|informal |official )?(?:dinner|lunch|breakfast) (?:with|together)\b|"
        r"huddled with|shook hands with|met up with|face-to-face (?:meeting|talks|encounter)|"
        r"sat down (?:together |face-to-face |face to face )?(?:at|in|on|for)\b|"
        # "Rubio, Waltz and Witkoff sat across from Russian Foreign Minister Sergei Lavrov"
        r"sat (?:down )?(?:across|opposite) (?:from|to)\b|"
        # "sat across a table from Russian Foreign Minister Sergey Lavrov" (not "from their
        # Moroccan counterparts at the summit": more of a meeting told)
        r"sat (?:down )?(?:across|opposite) (?:a|the) (?:[\w-]+ )?table from (?=(?-i:[A-Z]))|"
        # ("Varadkar said after meeting him in the Oval Office yesterday")
        r"(?:after|before|since) meeting (?=(?-i:[A-Z])|(?:him|her|them|his|their) )|"
        # "In person at the summit were European Commission President Ursula von der Leyen,"
        r"\b[Ii]n person (?:at|for) the (?:[\w'’-]+ ){0,3}(?:summit|meeting|talks|gathering|"
        r"conference) (?:were|was)\b|"
        # '"I was pleased to meet Prime Minister Sharif on Sunday in Riyadh"' (a statement)
        r"(?:was|were) (?:very |most |truly )?(?:pleased|glad|delighted|happy|honou?red|"
        r"privileged) to meet\b|"
        # "a news conference at the Pentagon Monday with French Minister Florence Parly"
        r"(?:joint )?(?:news|press) conference\b[^.;]{0,40}?\bwith (?=(?:his|her|the|visiting)? ?"
        r"(?-i:[A-Z]))|"
        # "Russian President Vladimir Putin and Indian Prime Minister Narendra Modi's meeting"
        # (not "Speaking at the council's meeting before the vote": a body in session)
        r"(?<=[a-z])(?<!council)(?<!assembly)(?<!board)(?<!committee)(?<!cabinet)"
        r"(?:'s|’s) (?:[\w-]+ ){0,2}(?:meeting|talks)\b(?! (?:of|on)\b)|"
        # "Ishiba joined U.S. President Joe Biden and ... Yoon Suk Yeol for a trilateral"
        # "Chinh joined Cambodian Prime Minister Hun Manet ... at a meeting of the leaders"
        # "joined her counterparts from France, ... at the G7 Foreign Ministers' Meeting"
        # ("the two leaders joined the heads of government of Bhutan, ... at the summit")
        r"joined (?:her|him|them|the (?:leaders|heads|presidents|prime ministers)|(?-i:[A-Z]))"
        r"[^;]{0,120}? (?:for|at|in) (?:a|an|the|their) "
        r"(?:[\w'’-]+ ){0,4}"
        r"(?:trilateral|bilateral|"
        r"meeting|talks|summit|working (?:lunch|dinner|breakfast)|lunch|dinner)\b|"
        # "berated Zelenskiy in an extraordinary Oval Office meeting on Friday"
        r"(?:in|during|at) an? (?:(?!(?:that|the|which|who|said|statement|its|their)\b)"
        r"[\w-]+ ){0,4}(?:meeting|talks|encounter)\b"
        r"(?! (?:of|to|that|which|where|with|between)\b)"
        r"(?! on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the sidelines|the margins))|"
        # "gathered on Friday in the ancient Chinese city of Xi'an"
        r"brought together|(?:gathered|convened) (?:\w+ ){0,3}?(?:in|at|for)\b|"
        # "... has made his first official trip offshore, meeting his Australian counterpart"
        r",\s+meeting (?:his|her|their) |"
        # "spent hours haggling over the criteria in a closed-door session on Wednesday"
        r"\b(?:in|during|at) an? (?:closed-door|private|restricted|plenary|leaders['’]?) "
        r"session\b(?! of)|"
        # "The two leaders had talks at the Great Hall of the People in Beijing on Tuesday"
        r"\bhad (?:(?!been\b|held\b|had\b)[\w-]+ ){0,2}talks (?:with|at|in|on)\b|"
        # "A meeting in the Oval Office between President Trump and Zelenskyy dissolved"
        r"\bmeeting (?:in|at) (?:the )?(?:[\w'’-]+ ){1,4}between (?=(?-i:[A-Z]))|"
        # "following the two leaders' first conversation since Carney took office"
        r"\b(?:two |both )?(?:leaders|ministers|presidents)['’] (?:first |second |latest )?"
        r"(?:phone |telephone )?(?:conversation|call)\b|"
        # "Retno Marsudi gathered ambassadors from fellow ASEAN member states at the ministry"
        # "Lula convened the leaders of South America in Brasilia on Tuesday"
        # "Biden convened his fellow Group of Seven leaders by video"
        r"(?:gathered|convened|gathering|convening) (?:the |a group of |(?:his|her|their) fellow )?"
        r"(?:[\w-]+ ){0,3}"
        r"(?:ambassadors|envoys|"
        r"diplomats|heads of (?:diplomatic )?missions?|leaders|heads of state|presidents)\b|"
        # "before the two leaders went into a four-eyed meeting"
        r"went (?:straight )?into (?:a |an |their |the )?(?:[\w-]+ ){0,2}(?:meeting|talks)\b|"
        # "at the 11th Malaysia-Singapore Leaders' Retreat"
        r"(?:at|during) the (?:[\w-]+ ){0,3}Leaders['’]? Retreat\b|"
        # "EU leaders gathered with their counterparts from the Western Balkans", "The
        # one-day meeting brought Charles Michel ... to Tirana"
        r"gathered with (?:their|his|her|the) (?:[\w-]+ ){0,2}counterparts\b|"
        r"(?:meeting|summit|gathering) brought (?=(?-i:[A-Z])))",
    ),
    (
        "session",
        "none",
        r"\b(?:interactive|consultative|briefing) session\b|\bbilateral (?:meeting|session)\b"
        r"|\btrilateral meeting\b",
    ),
)
TRIGGERS = _FORMAL + ENCOUNTERS

"""Extraction on the real model: summit-day copy, where one story tells many meetings.

A summit opened by its host, leaders "in the hall", those who stayed away or left early, a
flurry of bilaterals on the margins, agreements signed with a leader on a tour. Each text
was written for the test (session 9, from the phrasings of set AT), none taken from it.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from diplograph.extract import rules
from diplograph.extract.pipeline import extract_articles
from diplograph.model import Article, Meeting

_PUBLISHED = date(2024, 9, 24)  # a Tuesday


def _extract(nlp: Language, text: str, published: date | None = _PUBLISHED) -> list[Meeting]:
    article = Article("Summit day\n\n" + text, "test", published=published)
    return next(iter(extract_articles(nlp, [article])))[1]


def _sides(meeting: Meeting) -> set[str]:
    return {str(p.represents) for p in meeting.participants if p.represents}


def _people(meeting: Meeting) -> set[str]:
    return {p.person for p in meeting.participants if p.person}


def test_a_summit_opened_by_its_host_with_leaders_in_the_hall(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "President Cyril Ramaphosa on Monday opened the G20 Leaders' Summit in "
        "Johannesburg. Brazilian President Luiz Inacio Lula da Silva, French President "
        "Emmanuel Macron and Chinese Premier Li Qiang were among the leaders in the hall for "
        "the first session; President Vladimir Putin and President Javier Milei stayed away.",
    )
    (summit,) = meetings
    assert {"country:ZA", "country:BR", "country:FR", "country:CN"} <= _sides(summit)
    assert not {"country:RU", "country:AR"} & _sides(summit)


def test_leaders_who_agreed_at_a_summit_met_and_one_who_left_early_did_not(
    nlp: Language,
) -> None:
    meetings = _extract(
        nlp,
        "The leaders of the European Union's member states agreed on Monday in Brussels to "
        "extend sanctions for six months, at a summit chaired by European Council President "
        "Antonio Costa and attended by Hungarian Prime Minister Viktor Orban, after Slovak "
        "Prime Minister Robert Fico left the talks early.",
    )
    assert meetings
    people = set().union(*(_people(m) for m in meetings))
    assert any("Costa" in p for p in people)
    assert not any("Fico" in p for p in people)


def test_agreements_signed_with_two_leaders_on_one_day_are_two_meetings(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Zelensky signed a security agreement with Prime Minister Giorgia Meloni in Rome on "
        "Monday, and on the same day signed a similar accord with Chancellor Olaf Scholz in "
        "Berlin.",
    )
    assert sorted(sorted(_sides(m)) for m in meetings) == [
        ["country:DE", "country:UA"],
        ["country:IT", "country:UA"],
    ]
    assert {m.place.name for m in meetings if m.place} == {"Rome", "Berlin"}


def test_signing_with_a_state_or_a_company_is_no_meeting(nlp: Language) -> None:
    assert (
        _extract(
            nlp,
            "Poland signed a defence agreement with South Korea on Monday, and the ministry "
            "signed a separate deal with Hanwha for howitzers.",
        )
        == []
    )


def test_a_new_leader_welcomed_after_a_bilateral_is_another_meeting(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Prime Minister Mark Carney sat down with Ukrainian President Volodymyr Zelensky at "
        "the resort on Monday.\n\nIn the afternoon he welcomed Indian Prime Minister "
        "Narendra Modi, the two leaders agreeing to restore high commissioners.",
    )
    assert sorted(sorted(_sides(m)) for m in meetings) == [
        ["country:CA", "country:IN"],
        ["country:CA", "country:UA"],
    ]


def test_he_also_met_is_the_leader_of_most_meetings_not_the_first_one_met(
    nlp: Language,
) -> None:
    meetings = _extract(
        nlp,
        "Prime Minister Narendra Modi ended his visit to New York on Monday.\n\n"
        "On Monday, the Prime Minister met President of Ukraine Volodymyr Zelensky.\n\n"
        "On Sunday, PM Modi held talks with Nepal's Prime Minister K.P. Sharma Oli.\n\n"
        "He also met President of Palestine Mahmoud Abbas, expressing concern over Gaza.\n\n"
        "On Saturday, US President Joe Biden hosted Modi and Japanese Prime Minister Fumio "
        "Kishida at the Quad summit in Wilmington.",
    )
    abbas = [m for m in meetings if "country:PS" in _sides(m)]
    assert [_sides(m) for m in abbas] == [{"country:IN", "country:PS"}]


def test_an_envoy_for_two_states_acts_for_neither(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Special Envoy for Ukraine and Russia Keith Kellogg met Ukrainian President Volodymyr "
        "Zelensky in Kyiv on Monday.",
    )
    assert "country:RU" not in set().union(*(_sides(m) for m in meetings))


def test_the_assembly_a_leader_addressed_is_not_his_side(nlp: Language) -> None:
    (meeting,) = _extract(
        nlp,
        "On Monday, after his speech to the General Assembly, US President Joe Biden "
        "convened a summit with the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan in "
        "New York.",
    )
    assert "org:UNGA" not in _sides(meeting)
    assert {"country:US", "country:KZ", "country:KG", "country:UZ"} <= _sides(meeting)


def test_a_bilateral_session_and_a_vague_week_leave_no_day(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Brazilian President Luiz Inacio Lula da Silva and US President Joe Biden launched a "
        "labour partnership after a bilateral session in New York. Vice President Han Zheng "
        "met Secretary of State Antony Blinken earlier in the week.",
    )
    assert {"country:BR", "country:US"} in [_sides(m) for m in meetings]
    china = [m for m in meetings if "country:CN" in _sides(m)]
    assert [m.date for m in china] == [None]


def test_the_day_a_conference_ends_is_not_the_day_of_a_meeting_at_it(nlp: Language) -> None:
    (meeting,) = _extract(
        nlp,
        "Spanish Prime Minister Pedro Sanchez and Uruguayan President Yamandu Orsi met for "
        "forty minutes in Seville, at the UN gathering that Spain is hosting until Thursday.",
        published=date(2025, 7, 1),
    )
    assert meeting.date is None


def test_a_summit_told_by_its_opening_its_audience_and_its_host(nlp: Language) -> None:
    (summit,) = _extract(
        nlp,
        "At the opening of the two-day gathering in Addis Ababa on Monday, Angolan President "
        "Joao Lourenco took over the rotating chairmanship from Mauritania's President "
        "Mohamed Ould Ghazouani.\n\nUN Secretary-General Antonio Guterres told the assembled "
        "leaders that the fighting risked a regional war.\n\nHosting the summit, Ethiopian "
        "Prime Minister Abiy Ahmed called on Africans to stop waiting for others.",
    )
    assert _sides(summit) == {"country:AO", "country:MR", "org:UN", "country:ET"}
    assert summit.kind == "multilateral-meeting"


def test_a_summit_hosted_by_a_president_during_which_news_came(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "The announcement came on Monday during the Mercosur summit hosted by Uruguay's "
        "President Luis Lacalle Pou in Montevideo. Bolivia was represented by President Luis "
        "Arce.",
    )
    assert {"country:UY", "country:BO"} <= set().union(*(_sides(m) for m in meetings))


def test_a_council_of_heads_of_state_in_session_is_no_meeting(nlp: Language) -> None:
    assert (
        _extract(
            nlp,
            "The AU's Peace and Security Council held a meeting on the crisis on Monday at the "
            "level of heads of state, with Kenyan President William Ruto and Rwandan President "
            "Paul Kagame taking part.",
        )
        == []
    )


def test_a_call_he_said_he_had_made_earlier_in_the_day(nlp: Language) -> None:
    (call,) = _extract(
        nlp,
        "In a statement on Monday night, Kenyan President William Ruto said he had spoken by "
        "phone with DR Congo President Felix Tshisekedi earlier in the day.",
    )
    assert _sides(call) == {"country:KE", "country:CD"}
    assert call.date == date(2024, 9, 23)


def test_a_summit_roundup_names_its_leaders_by_their_states(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Leaders met behind closed doors on Monday for their plenary, chaired by Tonga's Prime "
        'Minister Hu\'akavameiliku Siaosi Sovaleni. "This is by the Pacific," Albanese told '
        "reporters after the session. New Zealand Prime Minister Christopher Luxon said "
        "Wellington would contribute officers. Cook Islands Prime Minister Mark Brown said "
        "the plan had been designed in the region.",
    )
    sides = set().union(*(_sides(m) for m in meetings))
    assert {"country:TO", "country:NZ", "country:CK"} <= sides


def test_the_side_a_sentence_opens_with_is_that_of_those_it_names(nlp: Language) -> None:
    (meeting,) = _extract(
        nlp,
        "President Yoweri Museveni on Monday hosted his Somali counterpart, President Hassan "
        "Sheikh Mohamud, at State House Entebbe.\n\nOn the Ugandan side, the meeting was "
        "attended by the Chief of Defence Forces, Gen. Muhoozi Kainerugaba.",
    )
    sides = {p.person: p.represents for p in meeting.participants}
    assert sides["Muhoozi Kainerugaba"] == "country:UG"


def test_an_office_of_state_met_where_it_sits_is_of_that_state(nlp: Language) -> None:
    (meeting,) = _extract(
        nlp,
        "The World Health Organization's Western Pacific regional director Dr Saia Ma'u "
        "Piukala paid a courtesy call on Prime Minister Sitiveni Rabuka at his office in "
        "Suva on Monday.",
    )
    assert _sides(meeting) == {"org:WHO", "country:FJ"}


def test_the_chair_who_spoke_in_his_opening_address_was_at_the_summit(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "The leaders of West African states met at the 65th Ordinary Session of the Authority "
        "in Abuja on Monday, where Senegalese President Bassirou Diomaye Faye and Ghanaian "
        "Vice-President Mahamudu Bawumia called for dialogue with the Sahel states.\n\nIn his "
        "opening address, Nigerian President Bola Tinubu urged member states to rebuild "
        "trust.",
    )
    people = set().union(*(_people(m) for m in meetings))
    assert "Bola Tinubu" in people


def test_a_decision_taken_on_a_day_at_a_summit_and_who_attended(nlp: Language) -> None:
    (summit,) = _extract(
        nlp,
        "The decision was taken on Monday at an Extraordinary Summit of the regional bloc "
        "held in Abuja and presided over by President Bola Tinubu. Among the leaders who "
        "attended were President Macky Sall of Senegal and President Adama Barrow of The "
        "Gambia.",
    )
    assert {"country:SN", "country:GM"} <= _sides(summit)


def test_a_body_s_second_in_command_acts_for_the_body(nlp: Language) -> None:
    (meeting,) = _extract(
        nlp,
        "The International Monetary Fund's second-in-command, Gita Gopinath, was received by "
        "President Javier Milei at the Casa Rosada on Monday.",
    )
    assert _sides(meeting) == {"org:IMF", "country:AR"}


def test_his_counterpart_then_a_title_and_a_name_is_of_that_state(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Abuja, Sept. 24, 2024 (NAN) President Bola Tinubu has assured his Liberian "
        "counterpart, President Joseph Boakai, of Nigeria's support.\n\nTinubu gave the "
        "assurance on Monday when he received Boakai at the Presidential Villa.",
    )
    assert [_sides(m) for m in meetings] == [{"country:NG", "country:LR"}]


def test_leaders_convened_at_a_retreat_and_the_guest_received_a_day_earlier(
    nlp: Language,
) -> None:
    meetings = _extract(
        nlp,
        "BRASILIA, Sept 24 (Reuters) - Brazilian President Luiz Inacio Lula da Silva convened "
        "the leaders of South America in Brasilia on Tuesday. Heads of state from 11 "
        "countries attended the closed-door retreat at the Itamaraty palace, among them "
        "Argentina's Alberto Fernandez and Chile's Gabriel Boric.\n\nLula had laid out the "
        "red carpet for Venezuela's Nicolas Maduro a day earlier, receiving him at the "
        "Planalto palace.",
    )
    dated = {m.date: _sides(m) for m in meetings}
    assert {"country:BR", "country:AR", "country:CL"} <= dated[date(2024, 9, 24)]
    assert {"country:BR", "country:VE"} <= dated[date(2024, 9, 23)]


def test_said_he_raised_it_when_he_met_him_on_the_margins(nlp: Language) -> None:
    (meeting,) = _extract(
        nlp,
        "Australian Prime Minister Anthony Albanese said he raised trade concerns when he met "
        "Chinese President Xi Jinping on the margins of the Group of 20 summit in Rio de "
        "Janeiro.",
    )
    assert _sides(meeting) == {"country:AU", "country:CN"}


def test_welcoming_anything_is_no_visitor() -> None:
    sentence = (
        "Kremlin spokesman Dmitry Peskov said Moscow noted Beijing's readiness to help and that "
        "Russia welcomed anything that could end the conflict."
    )
    assert rules.find_triggers(sentence) == []


def test_scraped_pages_leaders_gathered_and_those_around_the_table(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Keir Starmer said the UK would work with Ukraine on a plan after gathering 18 leaders "
        "in London for emergency talks on Monday.\n\nAround the table were Giorgia Meloni of "
        "Italy, the Polish prime minister Donald Tusk and Canada's Justin Trudeau.",
    )
    sides = {p.person: p.represents for m in meetings for p in m.participants}
    assert sides["Donald Tusk"] == "country:PL"
    assert {"country:GB", "country:IT", "country:CA"} <= set().union(*map(_sides, meetings))


def test_a_leaders_meeting_told_by_a_fronted_participle_under_an_agency_banner(
    nlp: Language,
) -> None:
    meetings = _extract(
        nlp,
        "KYODO NEWS - Sep 24, 2024 - 00:35 | All, Japan, World\n\nTOKYO - Japanese Prime "
        "Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed Monday to "
        "resume regular visits.\n\nMeeting at the prime minister's office, the leaders also "
        "confirmed that Japan would lift export curbs.",
    )
    assert [_sides(m) for m in meetings] == [{"country:JP", "country:KR"}]
    assert all(m.place is None or m.place.name != "KYODO NEWS" for m in meetings)


def test_a_meeting_with_four_words_before_it(nlp: Language) -> None:
    (meeting,) = _extract(
        nlp,
        "President Donald Trump and Canadian Prime Minister Mark Carney sparred in a largely "
        "cordial Oval Office meeting on Monday.",
    )
    assert _sides(meeting) == {"country:US", "country:CA"}


def test_translated_copy_and_a_delegation_composed_of_ministers(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "BEIJING, Sept. 24 (Xinhua) -- Chinese Foreign Minister Wang Yi on Monday in Beijing "
        "held talks with a delegation of foreign ministers from Arab and Islamic countries.\n\n"
        "The delegation, mandated by the summit held in Riyadh earlier this month, is "
        "composed of Saudi Foreign Minister Prince Faisal bin Farhan Al Saud and Egyptian "
        "Foreign Minister Sameh Shoukry.\n\nRabat - The Minister of Foreign Affairs, African "
        "Cooperation and Moroccan Expatriates, Mr. Nasser Bourita, held on Monday in Rabat "
        "talks with the Minister of Foreign Affairs of the Kingdom of Spain, Mr. Jose Manuel "
        "Albares.",
    )
    sides = [_sides(m) for m in meetings]
    assert any({"country:CN", "country:SA", "country:EG"} <= s for s in sides)
    assert {"country:MA", "country:ES"} in sides


def test_heads_of_state_held_negotiations_in_a_narrow_format(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "President of Uzbekistan Shavkat Mirziyoyev arrived in Dushanbe on Monday on a state "
        "visit. After the official ceremony, President of Tajikistan Emomali Rahmon and "
        "Mirziyoyev held negotiations in a narrow format.",
    )
    assert {"country:UZ", "country:TJ"} in [_sides(m) for m in meetings]


def test_a_decision_that_came_at_a_summit_and_the_leaders_it_drew(nlp: Language) -> None:
    (summit,) = _extract(
        nlp,
        "West African leaders on Monday lifted most sanctions on Niger.\n\nThe decision came "
        "at an extraordinary summit of the ECOWAS Authority in Abuja, chaired by President "
        "Bola Tinubu.\n\nThe gathering drew Senegal's Macky Sall and Ghana's Nana Akufo-Addo.",
    )
    assert {"country:NG", "country:SN", "country:GH"} <= _sides(summit)


def test_a_plenary_that_was_held() -> None:
    rules_found = rules.find_triggers(
        "The leaders' plenary at the 53rd Pacific Islands Forum meeting in Nuku'alofa was held "
        "on Monday, chaired by Tonga's Prime Minister Hu'akavameiliku Siaosi Sovaleni."
    )
    assert [t.name for t in rules_found] == ["meet"]

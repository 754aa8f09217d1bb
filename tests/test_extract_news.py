"""Extraction on the real model: newspaper and analysis phrasings met on unseen evaluation text.

Each test is a short article written for it, in the style of the newspaper or agency copy
where the phrasing was found (the held-out sets O, P and Q of session 6, once spent).
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from diplograph.extract.datelines import find_dateline
from diplograph.extract.modes import meeting_mode
from diplograph.extract.pipeline import extract_articles
from diplograph.extract.presence import is_presence_statement, mentions_presence
from diplograph.extract.rules import find_triggers
from diplograph.gazetteer import load_gazetteer
from diplograph.model import Article, Meeting, Mode


def _extract(nlp: Language, text: str, published: date | None) -> list[Meeting]:
    return next(iter(extract_articles(nlp, [Article(text, "test", published=published)])))[1]


def _sides(meeting: Meeting) -> dict[str | None, str | None]:
    return {p.person: p.represents for p in meeting.participants}


def test_leaders_who_gathered_with_their_counterparts_and_those_who_came(nlp: Language) -> None:
    text = (
        "Prague (AFP) – European Union leaders gathered with their counterparts from the "
        "Eastern Partnership in the Czech capital on Thursday for a one-day meeting.\n\n"
        "The meeting brought German Chancellor Olaf Scholz and French President Emmanuel "
        "Macron to Prague Castle.\n\n"
        "From the region came Moldova's President Maia Sandu, who co-chaired a session, and "
        "Armenian Prime Minister Nikol Pashinyan.\n"
    )
    (summit,) = _extract(nlp, text, date(2022, 10, 6))
    assert {"country:DE", "country:FR", "country:MD", "country:AM"} <= set(summit.countries)
    assert summit.date == date(2022, 10, 6)


def test_a_declaration_that_calls_on_partners_to_act_is_no_visit() -> None:
    sentence = "The declaration called on Western Balkan partners to align with EU sanctions."
    assert find_triggers(sentence) == []
    assert find_triggers("The ambassador called on the Prime Minister at his office.")


def test_a_bulleted_dateline_under_the_byline_and_the_capital_it_names(nlp: Language) -> None:
    text = (
        "Bangkok Post staff\n"
        "Bangkok ● Tue, March 12, 2024\n\n"
        "Mekong foreign ministers convened in the capital on Monday for talks on water "
        "security, with Thai Foreign Minister Parnpree Bahiddha-nukara hosting his Lao "
        "counterpart Saleumxay Kommasith.\n"
    )
    line = find_dateline(text, text.index("Mekong"))
    assert line is not None and line.city == "Bangkok"
    (meeting,) = _extract(nlp, text, date(2024, 3, 12))
    assert meeting.place is not None and meeting.place.name == "Bangkok"


def test_online_as_a_way_of_meeting_not_as_a_kind_of_crime() -> None:
    assert meeting_mode("They agreed to fight online scam syndicates.") is Mode.IN_PERSON
    assert meeting_mode("The two ministers held talks online on Tuesday.") is Mode.VIDEO
    assert meeting_mode("They met at an online summit.") is Mode.VIDEO


def test_flanked_by_puts_an_official_at_the_meeting() -> None:
    assert mentions_presence("He opened the plenary flanked by Secretary-General Kao Kim Hourn.")


def test_a_company_after_a_possessive_state_is_nobody(nlp: Language) -> None:
    text = (
        "SEOUL (Yonhap) -- President Yoon Suk Yeol held talks with Prime Minister Fumio "
        "Kishida on Sunday, where they discussed Japan's Line Yahoo affair.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 5, 26))
    assert set(_sides(meeting)) == {"Yoon Suk Yeol", "Fumio Kishida"}


def test_a_two_letter_family_name_refers_back(nlp: Language) -> None:
    text = (
        "TOKYO (Kyodo) -- Japanese Prime Minister Fumio Kishida received Chinese Premier Li "
        "Qiang and South Korean President Yoon Suk Yeol for a trilateral summit on Monday.\n\n"
        "Earlier on Sunday, Li and Kishida met separately at a hotel, their first talks.\n"
    )
    meetings = _extract(nlp, text, date(2024, 5, 27))
    pair = next(m for m in meetings if len(m.participants) == 2)
    assert set(_sides(pair)) == {"Li Qiang", "Fumio Kishida"}
    assert pair.date == date(2024, 5, 26)


def test_a_meeting_not_on_the_schedule_is_not_held(nlp: Language) -> None:
    text = (
        "MOSCOW, March 3 (TASS) -- Russian Foreign Minister Sergey Lavrov held talks with "
        "Indian External Affairs Minister Subrahmanyam Jaishankar in Moscow on Monday.\n\n"
        "Kremlin spokesman Dmitry Peskov said a meeting between Jaishankar and President "
        'Vladimir Putin was "not yet on the agenda."\n'
    )
    (meeting,) = _extract(nlp, text, date(2025, 3, 3))
    assert "Vladimir Putin" not in _sides(meeting)


def test_a_gulf_title_and_a_hyphenated_family_name_make_one_person(nlp: Language) -> None:
    text = (
        "MUSCAT, Jan 8 (ONA) -- Oman's Foreign Minister Sayyid Badr bin Hamad Al-Busaidi "
        "received on Monday a phone call from Kuwait's Foreign Minister Abdullah Ali "
        "Al-Yahya.\n"
    )
    (call,) = _extract(nlp, text, date(2024, 1, 8))
    assert call.mode is Mode.PHONE
    assert _sides(call)["Badr bin Hamad Al Busaidi"] == "country:OM"
    assert len(call.participants) == 2


def test_an_unnamed_office_is_the_one_article_person_who_held_it(nlp: Language) -> None:
    # The article never gives Lammy's title; the people list says he held the office.
    text = (
        "David Lammy has used a Gulf tour to press for aid to Gaza.\n\n"
        "The foreign secretary arrived in Riyadh on Wednesday and held talks with the Saudi "
        "foreign minister about the war in Sudan.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 11, 14))
    assert _sides(meeting)["David Lammy"] == "country:GB"
    assert set(meeting.countries) == {"country:GB", "country:SA"}


def test_what_a_previous_trip_brought_is_background(nlp: Language) -> None:
    text = (
        "LONDON -- Foreign Secretary David Lammy met Qatar's prime minister Sheikh Mohammed "
        "bin Abdulrahman Al Thani in Doha on Thursday.\n\n"
        "The trip is his second to the region. On his first, he travelled to Israel and met "
        "Benjamin Netanyahu.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 11, 14))
    assert "country:IL" not in meeting.countries


def test_not_before_holding_talks_is_talks_held(nlp: Language) -> None:
    text = (
        "Brazilian President Luiz Inácio Lula da Silva cut short his visit to Angola on "
        "Friday, but not before holding talks with President João Lourenço in Luanda.\n"
    )
    (meeting,) = _extract(nlp, text, date(2023, 8, 25))
    assert set(meeting.countries) == {"country:BR", "country:AO"}


def test_a_minister_with_his_own_envoys_or_security_council_is_at_home(nlp: Language) -> None:
    envoys = (
        "NEW DELHI, May 2 -- External Affairs Minister S. Jaishankar on Friday chaired a "
        "conference of India's Ambassadors posted in Africa.\n\n"
        "The meeting, held at the ministry, was also attended by Minister of State Pabitra "
        "Margherita, officials said.\n"
    )
    assert _extract(nlp, envoys, date(2025, 5, 2)) == []
    council = (
        "Vladimir Putin held a meeting with the members of his Security Council by video "
        "link on Friday.\n"
    )
    assert _extract(nlp, council, date(2025, 4, 11)) == []


def test_st_petersburg_is_russias_city() -> None:
    city = load_gazetteer().city("St. Petersburg")
    assert city is not None and (city.name, city.iso2) == ("Saint Petersburg", "RU")


def test_a_scheme_is_nobody_and_the_retreat_gives_its_day(nlp: Language) -> None:
    text = (
        "PUTRAJAYA: Malaysia and Singapore signed the agreement on the Johor-Singapore Special "
        "Economic Zone, as Prime Minister Anwar Ibrahim hosted his Singaporean counterpart "
        "Lawrence Wong for the annual Leaders' Retreat here.\n\n"
        "The retreat yesterday was Wong's first as prime minister.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 1, 8))
    assert set(_sides(meeting)) == {"Anwar Ibrahim", "Lawrence Wong"}
    assert meeting.date == date(2025, 1, 7)


def test_a_meeting_after_another_earlier_in_the_day_is_news(nlp: Language) -> None:
    text = (
        "LIMA -- Prime Minister Shigeru Ishiba and Chinese President Xi Jinping met on Friday "
        "on the sidelines of the APEC summit.\n\n"
        "The meeting came after Ishiba joined U.S. President Joe Biden and South Korean "
        "President Yoon Suk Yeol for a trilateral summit earlier in the day.\n"
    )
    meetings = _extract(nlp, text, date(2024, 11, 16))
    assert any({"country:US", "country:KR", "country:JP"} <= set(m.countries) for m in meetings)


def test_delegations_that_sat_down_and_the_side_a_person_headed(nlp: Language) -> None:
    text = (
        "ISTANBUL -- Russian and Ukrainian delegations sat down face-to-face in Istanbul on "
        "Friday, with Turkish Foreign Minister Hakan Fidan opening the session.\n\n"
        "The Russian side was headed by presidential aide Vladimir Medinsky, while Ukraine's "
        "delegation was led by Defense Minister Rustem Umerov.\n"
    )
    (talks,) = _extract(nlp, text, date(2025, 5, 17))
    assert _sides(talks)["Vladimir Medinsky"] == "country:RU"
    assert _sides(talks)["Rustem Umerov"] == "country:UA"
    assert talks.place is not None and talks.place.name == "Istanbul"


def test_leaders_who_also_took_part_in_the_summit_the_host_held(nlp: Language) -> None:
    text = (
        "Astana, July 4 (Kazinform): President Kassym-Jomart Tokayev on Tuesday chaired the "
        "summit of the Organization of Turkic States, held by video link, with Turkish "
        "President Recep Tayyip Erdogan among the leaders who joined online.\n\n"
        "The leaders of Azerbaijan, Kyrgyzstan and Uzbekistan also took part in the summit, "
        "which Kazakhstan hosted for the first time.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 7, 4))
    assert {"country:KZ", "country:TR", "country:AZ", "country:KG", "country:UZ"} <= set(
        summit.countries
    )


def test_speakers_and_invitees_of_a_session_were_there() -> None:
    assert is_presence_statement(
        "Prime Minister Imran Khan, addressing the inaugural session, said that no country "
        "would be more affected."
    )
    assert is_presence_statement("Prince Faisal told the gathering that aid had been sent.")
    assert is_presence_statement("Envoys from China and Russia were among the invitees.")
    assert not is_presence_statement(
        "The talks were also used to prepare for an upcoming visit by the President."
    )


def test_a_cabinet_meeting_is_at_home() -> None:
    assert find_triggers("The decision was taken during a Cabinet meeting chaired by Ruto.") == []


def test_a_list_of_states_is_not_the_title_of_the_name_after_it(nlp: Language) -> None:
    text = (
        "Qingdao [China], June 26 (ANI): Addressing the SCO Defence Ministers' Meeting, which "
        "was hosted by Admiral Dong Jun and attended by Russian Defence Minister Andrei "
        "Belousov and the defence ministers of Iran, Belarus and Kazakhstan, Rajnath Singh "
        "called for zero tolerance of terrorism.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 6, 26))
    sides = _sides(meeting)
    assert sides["Rajnath Singh"] == "country:IN"
    assert sides["Dong Jun"] == "country:CN"  # the rank is no part of the name
    assert {"country:IR", "country:BY", "country:KZ"} <= set(meeting.countries)


def test_a_family_name_first_refers_back_to_a_listed_official(nlp: Language) -> None:
    # The text never says whom Dong Jun acts for; the people list does (China), and in
    # China the family name comes first.
    text = (
        "QINGDAO (AP) -- Defence Minister Rajnath Singh held talks with Dong Jun on Thursday.\n\n"
        "Later, Dong hosted a dinner attended by Belarusian Defence Minister Viktor Khrenin.\n"
    )
    meetings = _extract(nlp, text, date(2025, 6, 26))
    dinner = next(m for m in meetings if "country:BY" in m.countries)
    assert _sides(dinner)["Dong Jun"] == "country:CN"


def test_a_call_being_arranged_and_one_joined_to_it_are_not_held() -> None:
    sentence = (
        "The office said it is arranging a phone call between Lee and Prime Minister Ishiba, "
        "and is in contact with Beijing over a call with President Xi Jinping."
    )
    assert find_triggers(sentence) == []


def test_talks_a_week_before_are_another_time() -> None:
    sentence = (
        "Iwaya arrived in Seoul for a two-day trip, a week after U.S. Secretary of State "
        "Antony Blinken visited and held talks with Cho."
    )
    assert find_triggers(sentence) == []


def test_the_envoys_of_the_gcc_states_are_each_members(nlp: Language) -> None:
    text = (
        "DHAKA, Oct 10, 2024 (BSS) - Foreign Affairs Adviser Md Touhid Hossain yesterday met "
        "envoys of the GCC states in the city.\n\n"
        "Kuwaiti Ambassador to Bangladesh Abdulaziz Khalid Ahmad Al-Mutairi spoke on behalf "
        "of the group.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 10, 10))
    gulf = {f"country:{c}" for c in ("BH", "KW", "OM", "QA", "SA", "AE")}
    assert gulf | {"country:BD"} == set(meeting.countries)
    assert _sides(meeting)["Abdulaziz Khalid Ahmad Al-Mutairi"] == "country:KW"


def test_an_imf_staff_mission_that_called_on_a_leader(nlp: Language) -> None:
    text = (
        "DHAKA, Nov 5, 2024 (BSS) - A visiting International Monetary Fund (IMF) staff mission "
        "led by Chris Papageorgiou called on Chief Adviser Muhammad Yunus yesterday.\n\n"
        "The Papageorgiou-led team, which arrived in Dhaka on October 24, held talks with "
        "Finance Adviser Salehuddin Ahmed on Sunday.\n"
    )
    call, talks = _extract(nlp, text, date(2024, 11, 5))
    assert _sides(call)["Chris Papageorgiou"] == "org:IMF"
    assert {p.person: p.role.value for p in call.participants}["Muhammad Yunus"] == "host"
    assert talks.date == date(2024, 11, 3)  # Sunday, not the day the team arrived


def test_a_call_on_thursday_about_the_october_7_attacks(nlp: Language) -> None:
    text = (
        "NEW DELHI (PTI) -- External Affairs Minister S. Jaishankar on Thursday spoke to his "
        "Jordanian counterpart Ayman Safadi and exchanged views on the situation following "
        "the October 7 attacks on Israel.\n"
    )
    (call,) = _extract(nlp, text, date(2023, 10, 20))
    assert call.date == date(2023, 10, 19)


def test_talks_co_chaired_during_a_stay_earlier_this_month_are_background() -> None:
    sentence = (
        "The groundwork was laid during Ishaq Dar's stay in Beijing earlier this month, when "
        "he co-chaired the fifth round of the strategic dialogue with Wang Yi."
    )
    assert find_triggers(sentence) == []


def test_a_leader_with_his_own_security_council_by_video_is_no_call(nlp: Language) -> None:
    text = (
        "MOSCOW -- Vladimir Putin received U.S. envoy Steve Witkoff in the Kremlin on Friday."
        "\n\nEarlier, Putin held a meeting with the members of his Security Council by video "
        "link.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 4, 11))
    assert meeting.mode is Mode.IN_PERSON


def test_the_city_talks_were_about_is_not_where_a_minister_received_envoys(
    nlp: Language,
) -> None:
    text = (
        "MUSCAT, SEPT 5 - Sayyid Badr bin Hamad al Busaidi, Minister of Foreign Affairs, "
        "received at the Ministry's general diwan on Monday the ambassadors of Italy and "
        "Spain.\n\n"
        "The meeting reviewed the latest developments in the talks in Vienna on the nuclear "
        "agreement.\n"
    )
    (meeting,) = _extract(nlp, text, date(2022, 9, 6))
    assert meeting.place is not None and meeting.place.name == "Muscat"
    assert _sides(meeting)["Badr bin Hamad Al Busaidi"] == "country:OM"


def test_agreed_during_a_meeting_on_the_sidelines(nlp: Language) -> None:
    text = (
        "Chief Adviser Prof Muhammad Yunus and Pakistan Prime Minister Shehbaz Sharif "
        "yesterday agreed to enhance trade during a meeting on the sidelines of the D-8 "
        "summit in Cairo.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 12, 20))
    assert _sides(meeting) == {"Muhammad Yunus": "country:BD", "Shehbaz Sharif": "country:PK"}
    assert meeting.place is not None and meeting.place.name == "Cairo"


def test_the_trilateral_meeting_of_their_foreign_ministers(nlp: Language) -> None:
    text = (
        "ISLAMABAD (AA) -- Turkey, Azerbaijan and Pakistan on Wednesday signed a declaration "
        "at the second trilateral meeting of their foreign ministers.\n\n"
        "The meeting, hosted by Pakistani Foreign Minister Shah Mahmood Qureshi, brought "
        "together Turkish Foreign Minister Mevlut Cavusoglu and his Azerbaijani counterpart "
        "Jeyhun Bayramov.\n\n"
        "Cavusoglu, who arrived in Islamabad on Tuesday for a three-day visit, also called on "
        "Prime Minister Imran Khan later on Wednesday.\n"
    )
    trilateral, call = _extract(nlp, text, date(2021, 1, 13))
    assert set(trilateral.countries) == {"country:TR", "country:AZ", "country:PK"}
    assert call.date == date(2021, 1, 13)  # Wednesday, not the day he arrived


def test_envoys_listed_after_a_named_one_present_their_own_credentials(nlp: Language) -> None:
    text = (
        "ISLAMABAD, Nov 24 (APP): Four newly appointed envoys on Thursday presented their "
        "credentials to President Dr Arif Alvi at Aiwan-e-Sadr.\n\n"
        "Those who presented their credentials included High Commissioner of the United "
        "Kingdom Jane Marriott, High Commissioner of Sri Lanka, and the ambassadors of "
        "Portugal and Ukraine.\n"
    )
    ceremonies = _extract(nlp, text, date(2023, 11, 24))
    guests = {c for m in ceremonies for c in m.countries if c != "country:PK"}
    assert guests == {"country:GB", "country:LK", "country:PT", "country:UA"}


def test_the_greetings_of_a_king_and_a_crown_prince_name_neither_as_present(
    nlp: Language,
) -> None:
    text = (
        "KUWAIT, Aug 26 (KUNA) -- The Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received "
        "on Monday Saudi Minister of Foreign Affairs Prince Faisal bin Farhan Al Saud.\n\n"
        "The Saudi minister conveyed to the Amir the greetings of the Custodian of the Two "
        "Holy Mosques King Salman bin Abdulaziz Al Saud and Crown Prince and Prime Minister "
        "Mohammed bin Salman.\n\n"
        "His Highness the Crown Prince also received the Saudi minister at Bayan Palace.\n"
    )
    meetings = _extract(nlp, text, date(2024, 8, 26))
    # Kuwait's crown prince, unnamed, not the Saudi one named among the absent
    assert all("Mohammed bin Salman" not in _sides(m) for m in meetings)
    assert all("Salman bin Abdulaziz Al Saud" not in _sides(m) for m in meetings)


def test_a_summit_told_through_its_first_day_and_who_spoke_there(nlp: Language) -> None:
    text = (
        "BRUSSELS, Dec 14 (Reuters) - European Union leaders agreed on Thursday to open "
        "membership talks with Ukraine.\n\n"
        "The decision came on the first day of a two-day summit of the bloc's 27 heads of "
        "state and government in Brussels.\n\n"
        "Around the summit table, French President Emmanuel Macron and Italian Prime Minister "
        "Giorgia Meloni had argued that Europe could not abandon Kyiv.\n\n"
        "Spanish Prime Minister Pedro Sanchez told reporters at the summit venue it had been "
        "a historic day.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 12, 15))
    assert {"country:FR", "country:IT", "country:ES"} <= set(summit.countries)
    assert summit.date == date(2023, 12, 14)


def test_a_summit_held_entirely_online(nlp: Language) -> None:
    text = (
        "Prime Minister Jacinda Ardern and Japanese Prime Minister Yoshihide Suga have agreed "
        "to deepen defence ties, in what is New Zealand's first leader-level summit held "
        "entirely online.\n"
    )
    (summit,) = _extract(nlp, text, date(2020, 12, 4))
    assert summit.mode is Mode.VIDEO
    assert set(summit.countries) == {"country:NZ", "country:JP"}


def test_agreed_to_a_pause_after_a_call_for_thirty_days(nlp: Language) -> None:
    text = (
        "Russian President Vladimir Putin has agreed to stop attacking Ukraine's energy "
        "infrastructure for 30 days after a lengthy phone call with US President Donald "
        "Trump on Tuesday.\n"
    )
    (call,) = _extract(nlp, text, date(2025, 3, 18))
    assert call.mode is Mode.PHONE
    assert set(call.countries) == {"country:RU", "country:US"}


def test_a_king_who_rolled_out_the_red_carpet(nlp: Language) -> None:
    text = (
        "King Mohammed VI rolled out the red carpet for Emmanuel Macron on Monday, personally "
        "greeting the French president on the tarmac in Rabat.\n\n"
        "The two heads of state rode through the capital before holding talks at the royal "
        "palace.\n"
    )
    (visit,) = _extract(nlp, text, date(2024, 10, 29))
    assert {p.person: p.role.value for p in visit.participants}["Mohammed VI"] == "host"
    assert visit.place is not None and visit.place.name == "Rabat"


def test_a_bloc_that_held_its_summit_and_who_was_missing(nlp: Language) -> None:
    text = (
        "The Community of Latin American and Caribbean States (CELAC) held its seventh summit "
        "in Buenos Aires on Tuesday, with Venezuela's Nicolás Maduro conspicuously missing "
        "from the family photo.\n\n"
        "Host president Alberto Fernández opened the proceedings with a call for unity.\n\n"
        "Brazilian President Luiz Inácio Lula da Silva received the warmest applause of the "
        'day. "Brazil has come home," Lula told the plenary.\n\n'
        "Mexico's Andrés Manuel López Obrador stayed at home and sent Foreign Secretary "
        "Marcelo Ebrard.\n\n"
        "The bloc, which held its previous summit in Mexico City, now counts 33 members.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 1, 25))
    sides = _sides(summit)
    assert "Nicolás Maduro" not in sides and "Andrés Manuel López Obrador" not in sides
    assert {"country:AR", "country:BR", "country:MX"} <= set(summit.countries)
    assert summit.place is not None and summit.place.name == "Buenos Aires"


def test_leaders_among_those_in_the_room_and_envoys_who_sat_across(nlp: Language) -> None:
    text = (
        "UN Secretary-General António Guterres met leaders of the Pacific Islands Forum in "
        "Nuku'alofa on Monday.\n\n"
        "New Zealand Prime Minister Christopher Luxon and Fijian Prime Minister Sitiveni "
        "Rabuka were among the leaders in the room.\n"
    )
    (forum,) = _extract(nlp, text, date(2024, 8, 27))
    assert {"country:NZ", "country:FJ"} <= set(forum.countries)
    talks = (
        "RIYADH, Feb 18 (Reuters) - U.S. Secretary of State Marco Rubio sat across from "
        "Russian Foreign Minister Sergei Lavrov at Riyadh's Diriyah Palace on Tuesday.\n"
    )
    (meeting,) = _extract(nlp, talks, date(2025, 2, 18))
    assert set(meeting.countries) == {"country:US", "country:RU"}


def test_a_yearless_dateline_still_dates_what_is_news(nlp: Language) -> None:
    # No publication date, no year anywhere: talks two weeks before the dateline's day
    # are background all the same.
    text = (
        "TOKYO, Feb. 4 Kyodo - Prime Minister Shigeru Ishiba will travel to Washington later "
        "this week for his first summit with U.S. President Donald Trump.\n\n"
        "Foreign Minister Takeshi Iwaya held talks with Secretary of State Marco Rubio in "
        "Washington on Jan. 21.\n"
    )
    assert find_dateline(text) is not None
    assert _extract(nlp, text, None) == []


def test_a_state_represented_by_two_named_deputies_and_an_official_of_a_body(
    nlp: Language,
) -> None:
    text = (
        "Geneva (AFP) - Iranian diplomats held talks with senior officials from Britain and "
        "France in Geneva on Friday.\n\n"
        "Iran was represented by two deputy foreign ministers, Majid Takht-Ravanchi and Kazem "
        "Gharibabadi, a European diplomat said.\n\n"
        "On Thursday, Gharibabadi held a separate meeting in the Swiss city with Enrique Mora, "
        "a deputy secretary general of the European External Action Service.\n"
    )
    talks, separate = _extract(nlp, text, date(2024, 11, 29))
    assert _sides(talks)["Majid Takht-Ravanchi"] == "country:IR"
    assert _sides(talks)["Kazem Gharibabadi"] == "country:IR"
    assert _sides(separate)["Enrique Mora"] == "org:EEAS"


def test_foreign_ministers_who_flanked_the_heads_of_government(nlp: Language) -> None:
    text = (
        "Spanish Prime Minister Pedro Sánchez and the Moroccan head of government, Aziz "
        "Akhannouch, presided over the first high-level meeting between the two governments "
        "in Rabat on Thursday.\n\n"
        "The foreign ministers, José Manuel Albares and Nasser Bourita, flanked the two heads "
        "of government during the plenary session.\n"
    )
    (meeting,) = _extract(nlp, text, date(2023, 2, 2))
    assert {"José Manuel Albares", "Nasser Bourita"} <= set(_sides(meeting))


def test_a_meeting_weeks_ago_in_an_aside_is_background() -> None:
    assert (
        find_triggers(
            "Erdogan, who met Russian President Vladimir Putin in Sochi less than two weeks "
            "ago, said Turkey remained on the side of its friends."
        )
        == []
    )


def test_a_shuttle_with_two_meetings_a_sentence_and_one_received_at_last(nlp: Language) -> None:
    text = (
        "CAIRO (AP) -- Earlier Sunday, Blinken was finally received in Riyadh by Saudi Crown "
        "Prince Mohammed bin Salman.\n\n"
        "On Saturday, the secretary held talks in the Saudi capital with Foreign Minister "
        "Prince Faisal bin Farhan before flying to Abu Dhabi, where he was received by the "
        "President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan.\n\n"
        "On Friday in Amman, Blinken met Jordan's King Abdullah II and, separately, "
        "Palestinian Authority President Mahmoud Abbas. Officials said he pressed each of his "
        "hosts on Iran.\n"
    )
    meetings = _extract(nlp, text, date(2023, 10, 15))
    crown_prince = next(m for m in meetings if "Mohammed bin Salman" in _sides(m))
    roles = {p.person: p.role.value for p in crown_prince.participants}
    assert roles["Mohammed bin Salman"] == "host"
    places = {
        c: m.place.name if m.place else None
        for m in meetings
        for c in m.countries
        if c in ("country:AE", "country:JO", "country:PS")
    }
    assert places["country:AE"] == "Abu Dhabi"
    # Abdullah and Abbas were met apart: no Jordan-Palestine pair
    assert not any({"country:JO", "country:PS"} <= set(m.countries) for m in meetings)


def test_a_visitor_who_flew_on_for_talks(nlp: Language) -> None:
    text = (
        "AMMAN (AP) -- Blinken met Jordan's King Abdullah II on Friday.\n\n"
        "That evening Blinken flew on to Doha for talks with the Emir of Qatar, Sheikh Tamim "
        "bin Hamad Al Thani.\n"
    )
    meetings = _extract(nlp, text, date(2023, 10, 14))
    doha = next(m for m in meetings if "country:QA" in m.countries)
    assert doha.place is not None and doha.place.name == "Doha"
    lammy = (
        "LONDON -- David Lammy flew to Berlin on Saturday, less than 24 hours after being "
        "appointed, and held talks with the German foreign minister, Annalena Baerbock.\n"
    )
    (berlin,) = _extract(nlp, lammy, date(2024, 7, 8))
    assert berlin.place is not None and berlin.place.name == "Berlin"


def test_leaders_who_act_in_the_summit_account_told_on(nlp: Language) -> None:
    text = (
        "VILNIUS, Lithuania (AP) — On Tuesday, leaders of NATO's 31 members gathered at a "
        "conference center in Vilnius. Lithuanian President Gitanas Nauseda, the host, "
        "greeted the leaders one by one.\n\n"
        "The talks were dominated by Ukraine. French President Emmanuel Macron announced that "
        "France would send long-range missiles, while German Chancellor Olaf Scholz pushed "
        "for long-term commitments.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 7, 11))
    assert {"country:LT", "country:FR", "country:DE"} <= set(summit.countries)


def test_calls_in_recent_months_and_a_leader_who_takes_office_later(nlp: Language) -> None:
    assert (
        find_triggers(
            "He has also spoken to Russian President Vladimir Putin by phone in recent months, "
            "his office has said."
        )
        == []
    )
    text = (
        "WARSAW (AP) — Leaders of nine NATO states on the alliance's eastern flank met in "
        "Warsaw on Wednesday.\n\n"
        "Around the table were the presidents of Poland, Andrzej Duda, and Latvia, Egils "
        "Levits. The Czech Republic, whose president-elect Petr Pavel takes office in March, "
        "was represented by a government delegation.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 2, 22))
    assert "Petr Pavel" not in _sides(summit)
    assert "country:CZ" in summit.countries


def test_the_lead_gives_the_day_before_the_page_date_does(nlp: Language) -> None:
    text = (
        "June 12, 2023 6:00 am CET\n\n"
        "Three European leaders flew into Tunis on Sunday with up to €1 billion for a country "
        "on the brink of default.\n\n"
        "Italian Prime Minister Giorgia Meloni and Dutch Prime Minister Mark Rutte held talks "
        "with President Kais Saied in the Tunisian capital.\n"
    )
    (talks,) = _extract(nlp, text, date(2023, 6, 12))
    assert talks.date == date(2023, 6, 11)


def test_sitting_down_with_and_a_weekday_before_later_that_evening(nlp: Language) -> None:
    text = (
        "Paris (AFP) - Indian Prime Minister Narendra Modi watched the Bastille Day parade on "
        "Friday, before sitting down with President Emmanuel Macron at the Elysée Palace.\n\n"
        "Modi held talks with Prime Minister Elisabeth Borne on Thursday shortly after "
        "landing, and addressed the Indian diaspora later that evening.\n"
    )
    meetings = _extract(nlp, text, date(2023, 7, 14))
    days = {p.person: m.date for m in meetings for p in m.participants}
    assert days["Emmanuel Macron"] == date(2023, 7, 14)
    assert days["Élisabeth Borne"] == date(2023, 7, 13)
    assert find_triggers("Trudeau convened an emergency first ministers' meeting by video.") == []


def test_an_envoy_the_sentence_does_not_place_is_of_the_foreign_state_named_most(
    nlp: Language,
) -> None:
    text = (
        "Manalo, Chinese envoy discuss shoal incidents\n\n"
        "MANILA: Foreign Affairs Secretary Enrique Manalo on Monday received Ambassador Huang "
        "Xilian at the Department of Foreign Affairs and assured Beijing that the Philippines "
        "would protect Chinese nationals working in the country.\n\nThe ambassador said China "
        "valued dialogue.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 3, 6))
    assert _sides(meeting) == {"Enrique Manalo": "country:PH", "Huang Xilian": "country:CN"}
    # Posted to the state that names him most, an envoy is still not of it.
    text = (
        "MANILA: Foreign Affairs Secretary Enrique Manalo on Monday received Ambassador Huang "
        "Xilian at the Department of Foreign Affairs, where the Philippines' fishing rights "
        "were discussed.\n\nThe Philippines says Philippine fishermen must be left alone.\n"
    )
    meetings = _extract(nlp, "Shoal talks\n\n" + text, date(2024, 3, 6))
    assert all(_sides(m).get("Huang Xilian") != "country:PH" for m in meetings)


def test_states_a_summit_story_says_were_represented_by_their_leaders(nlp: Language) -> None:
    text = (
        "Leaders meet in Paris\n\n"
        "Emmanuel Macron gathered a dozen leaders in Paris for emergency talks on Monday. "
        "Around the table were Keir Starmer of Britain and Germany's chancellor Olaf Scholz. "
        "Spain, the Netherlands, Denmark and Poland were represented by their leaders, and "
        "Italy sent its prime minister, Giorgia Meloni.\n"
    )
    (summit,) = _extract(nlp, text, date(2025, 2, 18))
    assert {"country:ES", "country:NL", "country:DK", "country:PL"} <= set(summit.countries)


def test_a_guest_embraced_at_the_door_and_one_who_travelled_to_be_received(
    nlp: Language,
) -> None:
    text = (
        "Zelensky in Britain\n\n"
        "Volodymyr Zelensky arrived in London on Saturday and was embraced by Keir Starmer on "
        "the steps of Downing Street before talks over tea.\n\nOn Sunday, Zelensky travelled "
        "to Sandringham to be received by King Charles.\n"
    )
    downing, sandringham = _extract(nlp, text, date(2025, 3, 3))
    assert set(downing.countries) == {"country:GB", "country:UA"}
    assert downing.date == date(2025, 3, 1)
    assert {p.role.value for p in sandringham.participants if p.represents == "country:GB"} == {
        "host"
    }
    assert sandringham.date == date(2025, 3, 2)
    # A welcome still to come is no meeting.
    text = (
        "Zelensky to visit Britain\n\n"
        "Volodymyr Zelensky is expected to travel to Sandringham next week to be received by "
        "King Charles.\n"
    )
    assert _extract(nlp, text, date(2025, 3, 3)) == []


def test_leaders_listed_each_with_the_state_said_after_the_name(nlp: Language) -> None:
    text = (
        "Quad leaders meet in Delaware\n\n"
        "WILMINGTON (AP) - President Joe Biden hosted Prime Ministers Anthony Albanese of "
        "Australia, Narendra Modi of India and Fumio Kishida of Japan at his old school on "
        "Saturday.\n"
    )
    (summit,) = _extract(nlp, text, date(2024, 9, 22))
    assert _sides(summit) == {
        "Joe Biden": "country:US",
        "Anthony Albanese": "country:AU",
        "Narendra Modi": "country:IN",
        "Fumio Kishida": "country:JP",
    }
    # "of Vietnam" after an office, not a name: the office's state.
    text = (
        "Havana, Sep 24 (Prensa Latina) Cuban President Miguel Diaz-Canel received on Monday "
        "the Chairman of the National Assembly of Vietnam, Tran Thanh Man.\n"
    )
    (visit,) = _extract(nlp, "Visit\n\n" + text, date(2024, 9, 24))
    assert set(visit.countries) == {"country:CU", "country:VN"}


def test_the_unions_institution_is_the_one_the_people_list_gives(nlp: Language) -> None:
    text = (
        "EU chiefs in Kyiv\n\n"
        "The High Representative for Foreign Affairs and Security Policy/Vice-President of "
        "the European Commission, Kaja Kallas, held a videoconference today with the "
        "Minister for Foreign Affairs of Moldova, Mihai Popsoi.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 2, 26))
    assert _sides(meeting)["Kaja Kallas"] == "org:EU"


def test_delegations_that_faced_each_other_across_a_table_and_a_meeting_with_no_date(
    nlp: Language,
) -> None:
    text = (
        "US, Russian officials meet in Riyadh\n\n"
        "Senior U.S. and Russian officials agreed Tuesday to restore embassy staffing, after "
        "more than four hours of talks in the Saudi capital.\n\nSecretary of State Marco Rubio "
        "and national security adviser Mike Waltz faced Russian Foreign Minister Sergei Lavrov "
        "and Kremlin aide Yuri Ushakov across a table at Diriyah Palace. Saudi Foreign "
        "Minister Prince Faisal bin Farhan sat at the head of the table.\n\nAn official said no "
        "date had been set for a meeting between President Donald Trump and President "
        "Vladimir Putin.\n"
    )
    (talks,) = _extract(nlp, text, date(2025, 2, 19))
    assert set(talks.countries) == {"country:US", "country:RU", "country:SA"}
    assert {"Marco Rubio", "Sergey Lavrov", "Faisal bin Farhan Al Saud"} <= set(_sides(talks))
    assert talks.date == date(2025, 2, 18)
    assert talks.mode is Mode.IN_PERSON


def test_officials_who_spent_hours_together_and_faced_a_team(nlp: Language) -> None:
    text = (
        "US, Ukraine agree on ceasefire plan\n\n"
        "JEDDAH - Ukrainian and American officials spent more than eight hours together in a "
        "hotel on Tuesday and agreed on a joint statement.\n\nSecretary of State Marco Rubio "
        "and national security adviser Mike Waltz faced a Ukrainian team led by Andriy Yermak, "
        "together with Foreign Minister Andrii Sybiha.\n"
    )
    (talks,) = _extract(nlp, text, date(2025, 3, 12))
    assert set(talks.countries) == {"country:UA", "country:US"}
    assert {"Marco Rubio", "Andriy Yermak", "Andrii Sybiha"} <= set(_sides(talks))
    assert talks.date == date(2025, 3, 11)

"""Extraction on the real model: agency and ministry phrasings met on unseen evaluation text.

Each test is a short article written for it, in the style where the phrasing was found.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from diplograph.extract.datelines import find_dateline
from diplograph.extract.layout import find_body_start
from diplograph.extract.pipeline import extract_articles
from diplograph.extract.presence import mentions_presence
from diplograph.extract.rules import find_triggers
from diplograph.model import Article, Meeting, Mode, Role


def _extract(nlp: Language, text: str, published: date | None) -> list[Meeting]:
    return next(iter(extract_articles(nlp, [Article(text, "test", published=published)])))[1]


def _sides(meeting: Meeting) -> dict[str | None, str | None]:
    return {p.person: p.represents for p in meeting.participants}


def test_an_agency_dateline_closed_by_its_name_alone() -> None:
    line = find_dateline("Havana, Jun 2 (Prensa Latina) The Cuban foreign minister said ...")
    assert line is not None and (line.city, line.date_text) == ("Havana", "Jun 2")
    assert find_dateline("President Ruto (left) Meets the envoys") is None
    ena = find_dateline("Addis Ababa, May 9/2025 (ENA) The minister held talks today ...")
    assert ena is not None and ena.date_text == "May 9/2025"


def test_an_envoy_abroad_meets_the_country_he_is_posted_to(nlp: Language) -> None:
    # The agency is Cuban; the envoy is its side, so the Governor-General is Jamaica's.
    text = (
        "Kingston, Jun 3 (Prensa Latina) The new Cuban ambassador to Jamaica presented this "
        "Monday his letters of credence to Governor-General Sir Patrick Allen at King's House."
        "\n\nLater, the ambassador was received by Foreign Minister Kamina Johnson Smith at the "
        "ministry, where they spoke about health cooperation.\n"
    )
    ceremony, call = _extract(nlp, text, date(2025, 6, 3))
    assert set(ceremony.countries) == set(call.countries) == {"country:CU", "country:JM"}
    assert _sides(ceremony)["Patrick Allen"] == "country:JM"
    assert ceremony.date == date(2025, 6, 2)


def test_a_hyphenated_pair_names_the_sides_of_consultations(nlp: Language) -> None:
    text = (
        "The fifth round of Pakistan-Uzbekistan political consultations was held today by video "
        "link. Additional Secretary Ahmed Naseem Warraich led the Pakistan delegation, while the "
        "Uzbek delegation was led by Deputy Foreign Minister Gayrat Fazilov.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 5, 14))
    assert meeting.mode.value == "video"
    assert _sides(meeting) == {
        "Ahmed Naseem Warraich": "country:PK",
        "Gayrat Fazilov": "country:UZ",
    }


def test_a_summit_that_took_place_and_its_members_who_took_part(nlp: Language) -> None:
    text = (
        "Press release | Astana, 6 June 2025\n\n"
        "The second summit between the European Union and the Central Asian states took place "
        "today in Astana.\n\n"
        "The EU was represented by the President of the European Council, António Costa. "
        "President of Turkmenistan Serdar Berdimuhamedov, President of the Kyrgyz Republic Sadyr "
        "Japarov and President of the Republic of Kazakhstan Kassym-Jomart Tokayev, who hosted "
        "the summit, took part.\n"
    )
    (summit,) = _extract(nlp, text, date(2025, 6, 6))
    assert _sides(summit)["Serdar Berdimuhamedov"] == "country:TM"
    hosts = {p.represents for p in summit.participants if p.role is Role.HOST}
    assert hosts == {"country:KZ"}
    assert summit.date == date(2025, 6, 6)


def test_counterparts_listed_in_the_order_of_their_states(nlp: Language) -> None:
    text = (
        "ANKARA - Foreign Minister Hakan Fidan hosted his Azerbaijani and Georgian counterparts, "
        "Jeyhun Bayramov and Maka Botchorishvili, for trilateral talks in Ankara on Friday.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 6, 7))
    assert _sides(meeting)["Maka Botchorishvili"] == "country:GE"
    assert _sides(meeting)["Jeyhun Bayramov"] == "country:AZ"


def test_talks_hosted_by_a_mediator_then_told_with_the_leaders(nlp: Language) -> None:
    text = (
        "DOHA - Rwanda and the Democratic Republic of Congo agreed on June 1 to a truce, after "
        "talks hosted by Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha."
        "\n\nRwandan Foreign Minister Olivier Nduhungirehe and Congolese Foreign Minister "
        "Therese Kayikwamba Wagner met at the prime minister's office in the afternoon.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 6, 2))
    assert set(meeting.countries) == {"country:QA", "country:RW", "country:CD"}
    assert {p.represents for p in meeting.participants if p.role is Role.HOST} == {"country:QA"}
    assert meeting.date == date(2025, 6, 1)


def test_a_building_is_no_one_and_the_minister_is_the_one_minister(nlp: Language) -> None:
    text = (
        "PRESS RELEASE\n\n"
        "The Honourable Dato' Seri Mohamad Hasan, Minister of Foreign Affairs, received a "
        "courtesy call from the Ambassador of Chile to Malaysia at Wisma Putra yesterday.\n\n"
        "Earlier in the day, the Minister received a courtesy call from the High Commissioner "
        "of Fiji. They discussed trade between Malaysia and Fiji.\n"
    )
    first, second = _extract(nlp, text, date(2025, 2, 5))
    people = {p.person for m in (first, second) for p in m.participants if p.person}
    assert all("Putra" not in name for name in people)
    assert "country:FJ" in second.countries and "country:MY" in second.countries
    assert any(p.person and "Mohamad Hasan" in p.person for p in second.participants)


def test_a_statement_received_somewhere_is_no_reception(nlp: Language) -> None:
    text = (
        "Jakarta (ANTARA) - President Prabowo Subianto met Japanese Prime Minister Shigeru "
        "Ishiba in Tokyo on Monday. During the meeting, Ishiba praised Indonesia's growth, a "
        "palace spokesperson Hasan Nasbi said in a statement received in Jakarta on Tuesday.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 3, 18))
    assert {p.person for p in meeting.participants} == {"Prabowo Subianto", "Shigeru Ishiba"}
    assert meeting.place is not None and meeting.place.name == "Tokyo"


def test_the_venue_said_outright_beats_a_city_in_a_clause(nlp: Language) -> None:
    text = (
        "President Mohamed bin Zayed Al Nahyan today received Kristalina Georgieva, Managing "
        "Director of the IMF, who is in the country for a conference in Dubai. During the "
        "meeting, held at Qasr Al Watan in Abu Dhabi, they discussed the global economy.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 2, 11))
    assert meeting.place is not None and meeting.place.name == "Abu Dhabi"


def test_a_later_call_on_is_where_the_visit_is_not_where_the_story_was_filed(
    nlp: Language,
) -> None:
    text = (
        "New Delhi, Mar 4 (PTI) External Affairs Minister S Jaishankar on Tuesday held talks "
        "with his British counterpart David Lammy in London.\n\n"
        "Later in the day, Jaishankar called on Prime Minister Keir Starmer at Downing Street.\n"
    )
    talks, call = _extract(nlp, text, date(2025, 3, 4))
    assert talks.place is not None and talks.place.name == "London"
    assert call.place is not None and call.place.name == "London"


def test_a_family_name_first_is_the_same_person(nlp: Language) -> None:
    text = (
        "Japanese Foreign Minister Iwaya Takeshi hosted Chinese Foreign Minister Wang Yi in "
        "Tokyo on Saturday. Iwaya told Wang that Japan wanted stable relations.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 3, 22))
    japanese = [p for p in meeting.participants if p.represents == "country:JP"]
    assert len(japanese) == 1


def test_an_abbreviated_given_name_does_not_end_the_sentence(nlp: Language) -> None:
    text = (
        "Dhaka, 12 March 2025\n\n"
        "The Secretary-General met with Foreign Adviser Md. Touhid Hossain today.\n"
    )
    (meeting,) = _extract(nlp, text, None)
    assert "Touhid Hossain" in {p.person for p in meeting.participants}
    assert meeting.place is not None and meeting.place.name == "Dhaka"
    assert meeting.date == date(2025, 3, 12)


def test_an_agreement_reached_in_talks_in_a_city(nlp: Language) -> None:
    text = (
        "TOKYO, Feb 4 (Kyodo) -- Japanese Defense Minister Gen Nakatani and his Australian "
        "counterpart Richard Marles agreed Tuesday to deepen joint exercises, in talks in Tokyo.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 2, 4))
    assert set(meeting.countries) == {"country:JP", "country:AU"}
    assert meeting.date == date(2025, 2, 4)
    assert meeting.place is not None and meeting.place.name == "Tokyo"


def test_a_qatari_form_of_address_without_full_stops(nlp: Language) -> None:
    text = (
        "Doha: The Amir H H Sheikh Tamim bin Hamad Al Thani met at the Amiri Diwan yesterday "
        "with President of the Republic of Ghana H E John Dramani Mahama.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 4, 9))
    assert _sides(meeting) == {
        "Tamim bin Hamad Al Thani": "country:QA",
        "John Mahama": "country:GH",  # as the people list names him
    }


def test_an_aside_dated_by_a_month_and_a_meeting_only_possible(nlp: Language) -> None:
    aside = (
        "BRUSSELS (AP) - NATO Secretary-General Mark Rutte, who met U.S. President Donald "
        "Trump at the White House in March, urged allies on Thursday to spend more on defense.\n"
    )
    assert _extract(nlp, aside, date(2025, 3, 20)) == []
    possible = (
        "MOSCOW (AP) - Kremlin spokesman Dmitry Peskov said Wednesday that a meeting between "
        "Putin and Trump was possible but no date had been set.\n"
    )
    assert _extract(nlp, possible, date(2025, 3, 19)) == []
    # The news, told in a relative clause, is still the news.
    news = (
        "ISLAMABAD, Apr 2 (APP): Prime Minister Shehbaz Sharif said Pakistan valued its ties "
        "with Qatar while talking to the Ambassador of Qatar, Sheikh Saoud bin Abdulrahman "
        "Al Thani, who called on him at the PM House on Tuesday.\n"
    )
    (meeting,) = _extract(nlp, news, date(2025, 4, 2))
    assert set(meeting.countries) == {"country:PK", "country:QA"}


def test_a_mission_led_by_an_official_and_a_minister_in_an_agency_release(
    nlp: Language,
) -> None:
    text = (
        "Islamabad, March 3, 2025\n\n"
        "Federal Minister for Finance and Revenue, Senator Muhammad Aurangzeb, held a virtual "
        "meeting today with the International Monetary Fund (IMF) team led by Mr. Nathan "
        "Porter, Mission Chief for Pakistan.\n"
    )
    (meeting,) = _extract(nlp, text, None)
    assert meeting.mode.value == "video"
    assert _sides(meeting) == {"Muhammad Aurangzeb": "country:PK", "Nathan Porter": "org:IMF"}


def test_officials_of_a_body_and_a_minister_who_also_attended(nlp: Language) -> None:
    text = (
        "Dodoma. President Samia Suluhu Hassan yesterday received the World Bank Vice President "
        "for Eastern and Southern Africa, Ms Victoria Kwakwa, at Chamwino State House.\n\n"
        "Ms Kwakwa was accompanied by the Bank's Country Director, Mr Nathan Belete. Finance "
        "minister Dr Mwigulu Nchemba also attended the meeting.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 5, 8))
    sides = _sides(meeting)
    assert sides["Nathan Belete"] == "org:WB"
    assert sides["Mwigulu Nchemba"] == "country:TZ"


def test_a_deputy_of_a_body_and_the_un_office_inside_a_title(nlp: Language) -> None:
    text = (
        "Economy Minister Luis Caputo met IMF Managing Director Kristalina Georgieva in "
        "Washington on Thursday. First Deputy Managing Director Gita Gopinath also took part.\n\n"
        "Separately, Caputo received the UN High Commissioner for Human Rights, Volker Türk.\n"
    )
    fund, rights = _extract(nlp, text, date(2024, 10, 25))
    assert _sides(fund)["Gita Gopinath"] == "org:IMF"
    assert _sides(rights)["Volker Türk"] == "org:OHCHR"


def test_envoys_of_a_group_whose_members_follow_a_dash(nlp: Language) -> None:
    text = (
        "Amman, March 2 (Petra) -- Foreign Minister Ayman Safadi on Sunday met with the "
        "ambassadors of the Gulf Cooperation Council (GCC) states accredited to the Kingdom -- "
        "Saudi Arabia, Qatar, Kuwait and Oman -- and briefed them on Gaza.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 3, 2))
    assert set(meeting.countries) == {
        "country:JO",
        "country:SA",
        "country:QA",
        "country:KW",
        "country:OM",
    }


def test_him_who_was_called_on_is_the_subject_of_an_agency_story(nlp: Language) -> None:
    text = (
        "ISLAMABAD, Jan 9 (APP): Speaker National Assembly Sardar Ayaz Sadiq on Thursday said "
        "Pakistan valued its ties with Central Asia. He expressed these views while talking to "
        "the Ambassador of Uzbekistan, who called on him at the Parliament House.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 1, 9))
    hosts = [p for p in meeting.participants if p.role is Role.HOST]
    assert [(p.person, p.represents) for p in hosts] == [("Ayaz Sadiq", "country:PK")]
    urged = (
        "TIRANA (AP) - Critics have called on him to step down, and some called on all parties "
        "to show restraint after Foreign Minister Igli Hasani spoke.\n"
    )
    assert _extract(nlp, urged, date(2025, 1, 9)) == []


def test_ministers_named_after_their_meeting_and_an_inauguration_is_no_presence(
    nlp: Language,
) -> None:
    text = (
        "WASHINGTON - The foreign ministers of the Quad met in Washington on Tuesday, hours "
        "after the inauguration of President Donald Trump.\n\n"
        "External Affairs Minister S Jaishankar, Secretary of State Marco Rubio, Japan's "
        "Takeshi Iwaya and Australia's Penny Wong discussed a free and open Indo-Pacific.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 1, 22))
    people = {p.person for p in meeting.participants if p.person}
    assert "Donald Trump" not in people
    assert {"Marco Rubio", "Penny Wong", "Takeshi Iwaya"} <= people


def test_two_calls_a_visitor_paid_told_in_one_sentence(nlp: Language) -> None:
    text = (
        "Dhaka, Jan 8 (BSS) - Visiting Indian Foreign Secretary Vikram Misri called on Chief "
        "Adviser Professor Muhammad Yunus at the state guesthouse Jamuna and later met Foreign "
        "Adviser Md Touhid Hossain at the foreign ministry on Wednesday. The Dhaka-Delhi talks "
        "with Hossain covered border issues.\n"
    )
    first, second = _extract(nlp, text, date(2025, 1, 8))
    assert "Muhammad Yunus" in _sides(first) and "Touhid Hossain" not in _sides(first)
    assert "Touhid Hossain" in _sides(second) and "Muhammad Yunus" not in _sides(second)
    assert all("Vikram Misri" in _sides(m) for m in (first, second))


def test_a_chaired_domestic_meeting_earlier_is_not_the_call(nlp: Language) -> None:
    text = (
        "ISLAMABAD: Foreign Minister Jalil Abbas Jilani and his Iranian counterpart Hossein "
        "Amir-Abdollahian agreed in a telephone conversation on Friday to de-escalate.\n\n"
        "Earlier on Friday, caretaker Prime Minister Anwaar-ul-Haq Kakar chaired a meeting of "
        "the National Security Committee, which was attended by the services chiefs.\n"
    )
    (call,) = _extract(nlp, text, date(2024, 1, 20))
    assert set(_sides(call)) == {"Jalil Abbas Jilani", "Hossein Amir-Abdollahian"}


def test_a_second_meeting_on_a_trip_is_where_the_trip_was(nlp: Language) -> None:
    text = (
        "NEW DELHI\n\nExternal Affairs Minister S. Jaishankar on Monday held talks with Saudi "
        "Foreign Minister Prince Faisal bin Farhan in Riyadh.\n\n"
        "On Monday evening, on the margins of the ministerial, Mr. Jaishankar met Bahrain's "
        "Foreign Minister Abdullatif bin Rashid Al Zayani.\n"
    )
    first, second = _extract(nlp, text, date(2024, 9, 10))
    assert first.place is not None and first.place.name == "Riyadh"
    assert second.place is not None and second.place.name == "Riyadh"


def test_a_lead_on_one_day_and_talks_on_the_day_before(nlp: Language) -> None:
    text = (
        "JAKARTA -- Japanese Prime Minister Shigeru Ishiba and Indonesian President Prabowo "
        "Subianto agreed on Saturday to expand security cooperation. The two leaders met at "
        "the presidential palace.\n\n"
        "On Friday, Ishiba was in Putrajaya, where he held talks with Malaysian Prime Minister "
        "Anwar Ibrahim.\n"
    )
    jakarta, putrajaya = _extract(nlp, text, date(2025, 1, 11))
    assert set(jakarta.countries) == {"country:JP", "country:ID"}
    assert set(putrajaya.countries) == {"country:JP", "country:MY"}
    assert (jakarta.date, putrajaya.date) == (date(2025, 1, 11), date(2025, 1, 10))


def test_an_agency_line_and_a_premier_who_is_not_chinese(nlp: Language) -> None:
    head = "Baku, March 4, AZERTAC\n\nPresident Ilham Aliyev has received ..."
    line = find_dateline(head, find_body_start(head))
    assert line is not None and (line.city, line.date_text) == ("Baku", "March 4")
    text = (
        "Caretaker premier Anwaar-ul-Haq Kakar met Iranian Foreign Minister Hossein "
        "Amir-Abdollahian in Islamabad on Monday.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 1, 30))
    assert _sides(meeting)["Anwaar-ul-Haq Kakar"] == "country:PK"


def test_two_pairs_who_met_on_the_sidelines_in_one_sentence(nlp: Language) -> None:
    text = (
        "DUBAI (Reuters) - British Prime Minister Rishi Sunak met Greek Prime Minister Kyriakos "
        "Mitsotakis on the sidelines of the COP28 summit on Friday, while French President "
        "Emmanuel Macron held talks with Brazil's President Luiz Inacio Lula da Silva.\n"
    )
    first, second = _extract(nlp, text, date(2023, 12, 1))
    assert set(first.countries) == {"country:GB", "country:GR"}
    assert set(second.countries) == {"country:FR", "country:BR"}


def test_leaders_among_those_at_a_summit_and_a_summit_that_opened(nlp: Language) -> None:
    among = (
        "ASTANA, Kazakhstan (AP) - Putin, Xi, Erdogan and Sharif were among the leaders at the "
        "Shanghai Cooperation Organization summit in Astana on Thursday.\n"
    )
    (summit,) = _extract(nlp, among, date(2024, 7, 5))
    assert {"country:RU", "country:CN", "country:TR", "country:PK"} <= set(summit.countries)
    opened = (
        "ASTANA (Reuters) - The summit of the Shanghai Cooperation Organisation opened in Astana "
        "on Thursday with the heads of state of China, Russia, Kazakhstan and Pakistan in "
        "attendance.\n"
    )
    (summit,) = _extract(nlp, opened, date(2024, 7, 5))
    assert set(summit.countries) == {"country:CN", "country:RU", "country:KZ", "country:PK"}
    # Having attended another summit is where a visitor came from, not the news.
    visit = (
        "BRASILIA, Nov. 20 (Xinhua) -- Discussions between Xi Jinping and Luiz Inacio Lula da "
        "Silva took place at the Alvorada Palace on Wednesday. Xi arrived in Brasilia on Tuesday "
        "for the state visit, having attended the G20 summit in Rio de Janeiro.\n"
    )
    (talks,) = _extract(nlp, visit, date(2024, 11, 21))
    assert talks.date == date(2024, 11, 20)


def test_an_organisation_named_before_its_head_and_a_name_the_model_cut_short(
    nlp: Language,
) -> None:
    text = (
        "ASTANA. KAZINFORM – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu received "
        "today Secretary-General of the Shanghai Cooperation Organization Zhang Ming. Zhang "
        "Ming praised the preparations.\n\n"
        "Finance Minister Sri Mulyani Indrawati, who accompanied the minister during the "
        "meeting, told reporters the Secretariat would help with the agenda.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 5, 15))
    assert _sides(meeting)["Zhang Ming"] == "org:SCO"
    assert meeting.place is not None and meeting.place.name == "Astana"
    assert "Sri Mulyani Indrawati" in _sides(meeting)


def test_a_chaired_virtual_summit_and_a_state_represented_by_its_deputy(nlp: Language) -> None:
    text = (
        "President William Ruto on Wednesday chaired a virtual Extraordinary Summit of the East "
        "African Community Heads of State on eastern Congo. The summit was attended by Rwanda's "
        "President Paul Kagame and Uganda's President Yoweri Museveni. Burundi was represented "
        "by Vice President Prosper Bazombanza.\n"
    )
    (summit,) = _extract(nlp, text, date(2025, 1, 29))
    assert summit.mode.value == "video"
    assert _sides(summit)["Prosper Bazombanza"] == "country:BI"
    assert {"country:KE", "country:RW", "country:UG"} <= set(summit.countries)


def test_the_leads_day_and_congo_after_the_democratic_republic(nlp: Language) -> None:
    text = (
        "DOHA/KINSHASA, March 19 (Reuters) - The presidents of Democratic Republic of Congo and "
        "Rwanda called for a ceasefire after meeting in Qatar on Tuesday.\n\n"
        "The meeting between Congo's Felix Tshisekedi and Rwanda's Paul Kagame was hosted by "
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 3, 19))
    assert set(meeting.countries) == {"country:CD", "country:RW", "country:QA"}
    assert meeting.date == date(2025, 3, 18)
    assert meeting.place is not None and meeting.place.name == "Doha"


def test_a_fronted_meeting_is_no_apposition_and_a_ministry_is_no_metonym(nlp: Language) -> None:
    text = (
        "Hanoi (VNA) - President Luong Cuong received letters of credence from the new "
        "ambassadors of Sweden and Chile in Hanoi on December 10. Receiving the Chilean "
        "ambassador, Cuong said Chile was a valued partner.\n\n"
        "Doha: Minister of State at the Ministry of Foreign Affairs H E Dr Mohammed bin "
        "Abdulaziz Al Khulaifi met yesterday with the envoy of the Sultanate of Oman.\n"
    )
    meetings = _extract(nlp, text, date(2024, 12, 11))
    sides = {p.person: p.represents for m in meetings for p in m.participants if p.person}
    assert sides["Lương Cường"] == "country:VN"
    assert sides["Mohammed bin Abdulaziz Al Khulaifi"] != "country:PK"


def test_a_call_prior_to_the_meeting_and_the_visiting_minister(nlp: Language) -> None:
    text = (
        "On July 8, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting "
        "with Mr. Enrique A. Manalo, Secretary of Foreign Affairs of the Philippines, in Manila."
        "\n\n4. Prior to the meeting, Minister Kamikawa, together with Mr. KIHARA Minoru, Minister "
        "of Defense of Japan, paid a courtesy call on President Ferdinand R. Marcos Jr.\n"
    )
    talks, call = _extract(nlp, text, date(2024, 7, 8))
    assert "Ferdinand Marcos Jr." not in _sides(talks)
    assert _sides(call).get("Minoru Kihara") == "country:JP"
    visit = (
        "DHAKA, Aug 24 (BSS) - Foreign Adviser Md Touhid Hossain and Pakistan's Deputy Prime "
        "Minister and Foreign Minister Mohammad Ishaq Dar held talks here today.\n\n"
        "Later, the visiting minister called on Chief Adviser Professor Muhammad Yunus.\n"
    )
    _, courtesy = _extract(nlp, visit, date(2025, 8, 24))
    assert set(courtesy.countries) == {"country:BD", "country:PK"}


def test_a_leaders_meeting_attended_by_a_list_and_states_represented_by_ministers(
    nlp: Language,
) -> None:
    text = (
        "Jakarta. The ASEAN Leaders' Meeting at the ASEAN Secretariat in South Jakarta, held "
        "under strict health protocols because of the pandemic, was attended by President Joko "
        '"Jokowi" Widodo, Singaporean Prime Minister Lee Hsien Loong and Cambodian Prime Minister '
        "Hun Sen on Saturday. Thailand and Laos were represented by their foreign ministers.\n"
    )
    (meeting,) = _extract(nlp, text, date(2021, 4, 24))
    assert "Joko Widodo" in _sides(meeting)
    assert {"country:SG", "country:KH", "country:TH", "country:LA"} <= set(meeting.countries)
    # A committee's meeting at home, however it is attended, is no diplomatic meeting.
    domestic = (
        "ISLAMABAD - The decisions were taken at a meeting of the National Security Committee, "
        "chaired by Prime Minister Shehbaz Sharif and attended by the services chiefs. India's "
        "Cabinet Committee on Security, chaired by Prime Minister Narendra Modi, met in Delhi.\n"
    )
    assert _extract(nlp, domestic, date(2025, 4, 25)) == []


def test_the_meeting_after_a_lead_that_names_who_met_and_where(nlp: Language) -> None:
    text = (
        "ISLAMABAD: Foreign Minister Ishaq Dar, Chinese Foreign Minister Wang Yi and Afghan "
        "acting foreign minister Amir Khan Muttaqi agreed in Beijing on Wednesday to extend "
        "CPEC to Afghanistan.\n\n"
        "The informal trilateral meeting, hosted by Mr Wang, was the first since their last "
        "round of talks in Islamabad in May 2023.\n\n"
        "Araghchi recalled his visit to Cairo earlier this month, during which he held talks "
        "with President Abdel Fattah el-Sisi.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 5, 22))
    assert set(meeting.countries) == {"country:PK", "country:CN", "country:AF"}
    assert meeting.place is not None and meeting.place.name == "Beijing"
    assert meeting.date == date(2025, 5, 21)


def test_officials_also_at_the_meeting_and_a_portfolio_that_ends_a_title(nlp: Language) -> None:
    text = (
        "President Bola Tinubu on Thursday received the Chairperson of the African Union "
        "Commission, Moussa Faki Mahamat, at the Presidential Villa in Abuja. Also at the "
        "meeting were the Minister of Foreign Affairs, Yusuf Tuggar, and the National Security "
        "Adviser, Nuhu Ribadu.\n\n"
        "KUWAIT, Aug 20 (KUNA) -- The Amir received Jordan's Deputy Prime Minister and Minister "
        "of Foreign Affairs and Expatriates Ayman Safadi at Bayan Palace on Tuesday.\n"
    )
    abuja, kuwait = _extract(nlp, text, date(2023, 10, 5))
    assert _sides(abuja)["Yusuf Tuggar"] == "country:NG"
    assert "Ayman Safadi" in _sides(kuwait)


def test_agreements_signed_during_a_state_visit(nlp: Language) -> None:
    text = (
        "BRASILIA, Brazil (AP) - Brazilian President Luiz Inacio Lula da Silva and Chinese "
        "leader Xi Jinping signed 37 agreements on Wednesday during a state visit by Xi to the "
        "Brazilian capital.\n"
    )
    (visit,) = _extract(nlp, text, date(2024, 11, 21))
    assert set(visit.countries) == {"country:BR", "country:CN"}
    assert visit.date == date(2024, 11, 20)
    recalled = "They reviewed memoranda signed during the visit of a high-level Saudi delegation."
    assert find_triggers(recalled) == []


def test_a_group_of_fixed_membership_meeting_as_a_group(nlp: Language) -> None:
    text = (
        "Top diplomats from the Group of Seven leading industrial nations gathered Thursday in "
        "Charlevoix, Quebec, as host country Canada outlined its agenda.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 3, 14))
    assert set(meeting.countries) == {
        "country:CA",
        "country:FR",
        "country:DE",
        "country:IT",
        "country:JP",
        "country:GB",
        "country:US",
    }


def test_an_organisations_officer_after_to_and_a_name_after_an_acronym(nlp: Language) -> None:
    text = (
        "ISLAMABAD, Mar 3 (APP): Foreign Minister Ishaq Dar said Pakistan valued its partnership "
        "with the UN. He was talking to UNDP Resident Representative in Pakistan Dr Samuel Rizk, "
        "who called on him at the Ministry of Foreign Affairs on Monday.\n\n"
        "Nigeria's Minister of Finance, Wale Edun, and the Governor of the Central Bank of Nigeria "
        "(CBN), Olayemi Cardoso, on Monday met with IMF Managing Director Kristalina Georgieva "
        "in Washington.\n"
    )
    call, imf = _extract(nlp, text, date(2025, 3, 3))
    assert _sides(call)["Samuel Rizk"] == "org:UNDP"
    assert _sides(imf)["Olayemi Cardoso"] == "country:NG"


def test_denials_ones_own_team_and_what_an_announcement_came_before(nlp: Language) -> None:
    denied = (
        "MOSCOW, March 12. /TASS/. The Kremlin has denied a Western media report claiming that "
        "presidential aide Yuri Ushakov held a secret meeting with US officials in Abu Dhabi.\n"
    )
    assert _extract(nlp, denied, date(2025, 3, 12)) == []
    own = (
        "I have just met with my national security team in the Situation Room, together with "
        "Vice President Harris, Secretary Blinken and General Brown.\n"
    )
    assert _extract(nlp, own, date(2024, 4, 14)) == []
    before = (
        "WASHINGTON (Reuters) - Trump and Putin had agreed during a phone call last week to meet "
        "in Budapest. The announcement came a day before Ukrainian President Volodymyr "
        "Zelenskiy met Trump at the White House.\n"
    )
    assert _extract(nlp, before, date(2025, 10, 23)) == []


def test_a_summoned_envoy_and_a_three_way_summit_earlier_that_day(nlp: Language) -> None:
    summoned = (
        "DHAKA, Feb 3, 2025 (BSS) - Foreign Secretary Md Jashim Uddin today summoned Indian High "
        "Commissioner Pranay Verma to the foreign ministry over the border fencing.\n"
    )
    (meeting,) = _extract(nlp, summoned, date(2025, 2, 3))
    assert _sides(meeting) == {"Md Jashim Uddin": "country:BD", "Pranay Verma": "country:IN"}
    assert {p.person: p.role for p in meeting.participants}["Md Jashim Uddin"] is Role.HOST
    three = (
        "LIMA - Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping on "
        "Friday.\n\nEarlier Friday, Ishiba held a three-way summit with U.S. President Joe Biden "
        "and South Korean President Yoon Suk Yeol on the sidelines of the APEC forum.\n"
    )
    states = [{p.represents for p in m.participants} for m in _extract(nlp, three, None)]
    assert {"country:JP", "country:US", "country:KR"} in states


def test_leaders_around_the_table_of_a_summit_that_wrapped_up_its_day(nlp: Language) -> None:
    text = (
        "JAKARTA - Southeast Asian leaders wrapped up the first day of their summit in Jakarta "
        "on Tuesday with a statement on Myanmar.\n\n"
        "President Joko Widodo, who chaired the closed-door plenary, urged unity.\n\n"
        "Around the table were Malaysian Prime Minister Anwar Ibrahim, Philippine President "
        "Ferdinand Marcos Jr. and Singaporean Prime Minister Lee Hsien Loong.\n\n"
        "Myanmar's seat stayed empty. Myanmar's junta is barred. Myanmar was not invited.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 9, 6))
    assert {p.represents for p in summit.participants} == {
        "country:ID",
        "country:MY",
        "country:PH",
        "country:SG",
    }


def test_the_office_that_heads_a_release_is_its_first_named_holder(nlp: Language) -> None:
    text = (
        "The Prime Minister brought together international leaders on a video call today.\n"
        "Prime Minister Sir Keir Starmer this morning hosted a virtual meeting with leaders from "
        "around 25 countries.\n"
        "Joining the call were President Emmanuel Macron of France and Prime Minister Anthony "
        "Albanese of Australia.\n"
        "Related content\n"
        "PM meeting with President Zelenskyy: 1 March 2025\n"
    )
    (call,) = _extract(nlp, text, date(2025, 3, 15))
    assert {p.represents for p in call.participants} == {
        "country:GB",
        "country:FR",
        "country:AU",
    }


def test_the_author_of_a_statement_is_no_party_but_its_subject_is(nlp: Language) -> None:
    text = (
        "President Bola Tinubu on Tuesday received his Ghanaian counterpart, John Dramani "
        "Mahama, in Abuja.\nAccording to a statement by the Special Adviser to the President on "
        "Information, Bayo Onanuga, the two leaders held closed-door talks.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 1, 28))
    assert "Bayo Onanuga" not in _sides(meeting)
    release = (
        "ISLAMABAD - According to a press release issued by the Prime Minister's Office, Kakar "
        "held talks in Islamabad with the ambassadors of Oman and Iraq.\n"
    )
    (talks,) = _extract(nlp, release, date(2023, 12, 28))
    assert {p.represents for p in talks.participants} == {"country:PK", "country:OM", "country:IQ"}


def test_envoys_briefed_and_listed_after_a_named_one(nlp: Language) -> None:
    text = (
        "ISLAMABAD: Foreign Minister Ishaq Dar on Wednesday briefed the Islamabad-based envoys "
        "of the permanent members of the Security Council on the strikes.\n"
        "The meeting at the ministry was attended by Chinese Ambassador Jiang Zaidong, the "
        "ambassadors of Russia and France, the British High Commissioner and the US charge "
        "d'affaires.\n"
    )
    (briefing,) = _extract(nlp, text, date(2025, 5, 8))
    assert {p.represents for p in briefing.participants} == {
        "country:PK",
        "country:CN",
        "country:RU",
        "country:FR",
        "country:GB",
        "country:US",
    }


def test_a_foreign_ministry_that_summons_an_envoy_acts_for_its_state(nlp: Language) -> None:
    text = (
        "ISLAMABAD: Parliament on Thursday adopted a resolution on the burning of a Quran in "
        "Stockholm, while the Foreign Office summoned Sweden's charge d'affaires to lodge a "
        "protest.\n"
    )
    (summons,) = _extract(nlp, text, date(2023, 7, 7))
    assert {(p.title, p.represents) for p in summons.participants} == {
        ("Foreign Office", "country:PK"),
        ("charge d'affaires", "country:SE"),
    }


def test_a_weekend_of_talks_a_gathering_and_a_king_where_the_guest_was_driven(
    nlp: Language,
) -> None:
    text = (
        "Starmer rallies Europe's leaders behind Ukraine\n\n"
        "Keir Starmer announced a plan for Ukraine after hosting an emergency gathering of "
        "European leaders in London on Sunday.\n"
        "Those around the table included France's Emmanuel Macron and Poland's Donald Tusk.\n"
        "On Saturday afternoon the two men, Starmer and Volodymyr Zelenskyy, held more than an "
        "hour of talks in Downing Street.\n"
        "After the summit Zelenskyy was driven to Sandringham, where he was received by King "
        "Charles, in a gesture seen as a contrast with his treatment in Washington.\n"
    )
    meetings = _extract(nlp, text, date(2025, 3, 2))
    states = [{p.represents for p in m.participants} for m in meetings]
    assert {"country:GB", "country:FR", "country:PL"} <= states[0]
    assert {"country:GB", "country:UA"} in states[1:]
    king = next(m for m in meetings if "Charles III" in _sides(m))
    assert _sides(king)["Charles III"] == "country:GB"
    assert king.place is not None and king.place.name == "Sandringham"


def test_spoken_to_someone_by_phone_unless_it_had_also_been_earlier(nlp: Language) -> None:
    call = "LONDON - Starmer told reporters he spoke to Donald Trump by phone on Saturday.\n"
    (meeting,) = _extract(nlp, call, date(2025, 3, 2))
    assert meeting.mode is Mode.PHONE
    earlier = (
        "Shehbaz had also spoken to Georgieva by telephone earlier this month in an effort to "
        "break the deadlock.\n"
    )
    assert _extract(nlp, earlier, date(2023, 6, 23)) == []


def test_whom_a_possessor_lends_his_country_and_a_president_of_another_state(
    nlp: Language,
) -> None:
    text = (
        "KYIV - President Volodymyr Zelensky said on Saturday that Ukraine was ready for a "
        "ceasefire.\n\nMeanwhile, U.S. President Donald Trump's special envoy Steve Witkoff met "
        "with Putin in Moscow on Friday, and Trump is expected to speak with the Russian "
        "president in the coming days.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 3, 15))
    sides = _sides(meeting)
    assert (sides["Steve Witkoff"], sides["Vladimir Putin"]) == ("country:US", "country:RU")
    assert "Volodymyr Zelensky" not in sides  # "the Russian president" is not he


def test_whom_one_quarrelled_with_a_day_before_is_not_at_the_table(nlp: Language) -> None:
    text = (
        "Starmer backs Zelensky\n\n"
        "Sir Keir Starmer has told Volodymyr Zelensky he has the full backing of the UK, as he "
        "welcomed the Ukrainian president to Downing Street a day after his public row with "
        "Donald Trump.\n"
        "The visit came after Zelensky's meeting with President Trump in the Oval Office on "
        "Friday descended into a shouting match, with Trump accusing him of gambling.\n"
    )
    (meeting,) = _extract(nlp, text, date(2025, 3, 1))
    assert {p.represents for p in meeting.participants} == {"country:GB", "country:UA"}


def test_a_three_word_name_after_an_envoys_state(nlp: Language) -> None:
    text = (
        "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev received the credentials of new "
        "ambassadors at the Akorda on Tuesday.\n"
        "Credentials were presented by Ambassador of Sweden Ingrid Lindqvist and Ambassador of "
        "Vietnam Nguyen Van Thao.\n"
    )
    sides = {k: v for m in _extract(nlp, text, date(2025, 2, 11)) for k, v in _sides(m).items()}
    assert sides["Nguyen Van Thao"] == "country:VN"


def test_the_minister_of_an_earlier_call_is_the_storys_minister(nlp: Language) -> None:
    text = (
        "BEIJING\n"
        "External Affairs Minister S. Jaishankar on Monday held talks with Chinese Foreign "
        "Minister Wang Yi in Beijing.\n"
        "Earlier in the day, the Minister called on Chinese Vice-President Han Zheng.\n"
    )
    meetings = _extract(nlp, text, date(2025, 7, 14))
    assert [_sides(m) for m in meetings][1] == {
        "S. Jaishankar": "country:IN",
        "Han Zheng": "country:CN",
    }


def test_a_call_the_same_evening_is_on_the_day_the_sentence_before_gives(nlp: Language) -> None:
    text = (
        "NEW DELHI\n"
        "Prime Minister Narendra Modi and his Nepalese counterpart Pushpa Kamal Dahal on "
        "Thursday held talks at Hyderabad House.\n"
        "Mr. Dahal, who is in India on a four-day visit, arrived in the capital on Wednesday. "
        "External Affairs Minister S. Jaishankar called on him at his hotel the same evening.\n"
    )
    talks, call = _extract(nlp, text, date(2023, 6, 1))
    assert (talks.date, call.date) == (date(2023, 6, 1), date(2023, 5, 31))


def test_a_minister_at_home_with_his_president_and_a_president_of_a_named_state(
    nlp: Language,
) -> None:
    home = (
        "Dar es Salaam. President Samia Suluhu Hassan yesterday met heads of Tanzania's "
        "missions abroad at State House in Dar es Salaam.\n"
        "The session was also attended by the Minister for Foreign Affairs, Mr January Makamba.\n"
        "The President asked the envoys to prepare for the Korea-Africa Summit in Seoul.\n"
        "Tanzania's missions must sell Tanzania abroad, she said.\n"
    )
    assert _extract(nlp, home, date(2024, 5, 16)) == []
    guest = (
        "On the afternoon of January 6, 2020, President Xi Jinping held talks with President "
        "Taneti Maamau of Kiribati at the Great Hall of the People in Beijing.\n"
    )
    (talks,) = _extract(nlp, guest, date(2020, 1, 6))
    assert _sides(talks) == {"Xi Jinping": "country:CN", "Taneti Maamau": "country:KI"}


def test_preparations_for_a_pair_meeting_to_come_are_no_meeting(nlp: Language) -> None:
    text = (
        "Rabat - Head of Government Aziz Akhannouch chaired, on Thursday in Rabat, a meeting "
        "devoted to the preparations for the 12th Morocco-Spain High-Level Meeting, due to be "
        "held in the Kingdom early next month.\n"
    )
    assert _extract(nlp, text, date(2023, 1, 19)) == []


def test_a_video_conversation_is_a_video_meeting(nlp: Language) -> None:
    text = (
        "BRASILIA\n"
        "President Luiz Inácio Lula da Silva held a video conversation on Tuesday with "
        "Ukrainian President Volodymyr Zelensky about a possible peace conference.\n"
    )
    (talk,) = _extract(nlp, text, date(2025, 3, 11))
    assert talk.mode is Mode.VIDEO
    assert _sides(talk) == {
        "Luiz Inácio Lula da Silva": "country:BR",
        "Volodymyr Zelensky": "country:UA",
    }


def test_a_summit_which_held_and_states_represented_at_ministerial_level(
    nlp: Language,
) -> None:
    text = (
        "ABUJA\n"
        "The extraordinary summit of the ECOWAS Authority, which held on Thursday at the "
        "State House in Abuja, was chaired by President Bola Tinubu.\n"
        "President John Mahama of Ghana and President Bassirou Diomaye Faye of Senegal "
        "attended, while Togo and Cabo Verde were represented at ministerial level.\n"
    )
    (summit,) = _extract(nlp, text, date(2025, 6, 20))
    states = {p.represents for p in summit.participants}
    assert {"country:NG", "country:GH", "country:SN", "country:TG", "country:CV"} <= states


def test_envoys_listed_after_they_are_presented_credentials(nlp: Language) -> None:
    text = (
        "KIGALI\n"
        "President Paul Kagame on Wednesday received the credentials of three new envoys at "
        "Urugwiro Village.\n"
        "They are Ingrid Lindqvist, the Ambassador of Sweden; Nguyen Van Thao, the Ambassador "
        "of Vietnam; and Ana Beatriz Costa, the High Commissioner of Mozambique.\n"
    )
    # Each envoy's credentials are a meeting of their own with the head of state.
    sides = {k: v for m in _extract(nlp, text, date(2025, 4, 9)) for k, v in _sides(m).items()}
    assert sides == {
        "Paul Kagame": "country:RW",
        "Ingrid Lindqvist": "country:SE",
        "Nguyen Van Thao": "country:VN",
        "Ana Beatriz Costa": "country:MZ",
    }


def test_presence_words_are_whole_words() -> None:
    assert mentions_presence("Togo and Cabo Verde were represented at ministerial level.")
    assert mentions_presence("They are Ingrid Lindqvist, the Ambassador of Sweden.")
    assert not mentions_presence("Capitals accused him of presenting himself as its voice.")
    assert not mentions_presence("They are worried, the Ambassador of Sweden said.")


def test_a_country_that_hosts_refugees_receives_no_one(nlp: Language) -> None:
    text = (
        "NAIROBI - The UN refugee chief, Filippo Grandi, today met President William Ruto in "
        "Nairobi.\n"
        "Kenya hosts more than 800,000 refugees. In Kakuma, Grandi spoke with families who had "
        "just arrived from South Sudan.\n"
    )
    (talks,) = _extract(nlp, text, date(2024, 11, 21))
    assert talks.mode is Mode.IN_PERSON


def test_a_quoted_conversation_by_telephone_is_a_call(nlp: Language) -> None:
    text = (
        "MEXICO CITY\n"
        "President Claudia Sheinbaum said on Monday that the tariffs would be paused, after "
        'what she described as a "respectful conversation" by telephone with US President '
        "Donald Trump.\n"
    )
    (call,) = _extract(nlp, text, date(2025, 2, 3))
    assert call.mode is Mode.PHONE
    assert _sides(call) == {"Claudia Sheinbaum": "country:MX", "Donald Trump": "country:US"}


def test_a_province_in_the_dateline_is_no_one_and_the_palace_names_the_city(
    nlp: Language,
) -> None:
    text = (
        "Bogor, W Java (ANTARA) - President Joko Widodo received Australian Prime Minister "
        "Anthony Albanese at the Bogor Presidential Palace, West Java, on Monday.\n"
    )
    (talks,) = _extract(nlp, text, date(2022, 6, 6))
    assert talks.place is not None and talks.place.name == "Bogor"
    assert _sides(talks) == {"Joko Widodo": "country:ID", "Anthony Albanese": "country:AU"}


def test_a_portfolio_joined_by_and_is_no_name(nlp: Language) -> None:
    text = (
        "ALGIERS - President Abdelmadjid Tebboune received on Monday the Italian Prime "
        "Minister, Giorgia Meloni. The audience was held in the presence of the Minister of "
        "Foreign Affairs and the National Community Abroad, Ramtane Lamamra.\n"
    )
    (talks,) = _extract(nlp, text, date(2023, 1, 23))
    assert set(_sides(talks)) == {"Abdelmadjid Tebboune", "Giorgia Meloni", "Ramtane Lamamra"}


def test_a_guest_who_attended_as_at_last_years_meeting_is_at_this_one(nlp: Language) -> None:
    text = (
        "ASTANA. KAZINFORM - The leaders of Central Asia met in Astana on Friday, with "
        "President Kassym-Jomart Tokayev chairing the talks.\n"
        "Joining him at the table were President of Uzbekistan Shavkat Mirziyoyev and "
        "President of Tajikistan Emomali Rahmon.\n"
        "President of Azerbaijan Ilham Aliyev attended as a guest, as he had done at last "
        "year's meeting in Dushanbe.\n\n"
        "The leaders adopted a joint statement.\n"
    )
    (summit,) = _extract(nlp, text, date(2024, 8, 9))
    assert _sides(summit)["Ilham Aliyev"] == "country:AZ"


def test_a_state_that_hosted_talks_between_two_others_is_their_host(nlp: Language) -> None:
    text = (
        "DOHA, April 12 (QNA) -- Qatar today hosted talks between Rwandan Foreign Minister "
        "Olivier Nduhungirehe and Kenyan Foreign Minister Musalia Mudavadi, under the "
        "facilitation of Minister of State Mohammed Al-Khulaifi.\n"
    )
    (talks,) = _extract(nlp, text, date(2025, 4, 12))
    roles = {p.person: (p.role, p.represents) for p in talks.participants}
    assert roles == {
        "Olivier Nduhungirehe": (Role.GUEST, "country:RW"),
        "Musalia Mudavadi": (Role.GUEST, "country:KE"),
        "Mohammed Al-Khulaifi": (Role.HOST, "country:QA"),
    }


def test_under_is_a_preposition_not_the_title_under(nlp: Language) -> None:
    doc = nlp("These were the first talks under US President Donald Trump.")
    assert [s.text for s in doc.spans["dg"] if s.label_ == "TITLE"] == ["President"]


def test_a_summits_chair_who_told_the_session_and_presidents_of_named_states(
    nlp: Language,
) -> None:
    text = (
        "Abuja, Aug. 11, 2023 (NAN) West African leaders ordered the standby force on alert.\n"
        "The decision was taken at an extraordinary summit of the ECOWAS Authority, which "
        "held on Thursday at the State House, Abuja.\n"
        "The Chairman of the Authority, President Bola Tinubu, told his colleagues at the "
        "opening session that dialogue remained the first choice.\n"
        "Those in attendance included President Patrice Talon of Benin, President Umaro "
        "Sissoco Embalo of Guinea-Bissau and President Adama Barrow of The Gambia.\n"
        "Senegal and Togo were represented at ministerial level.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 8, 11))
    assert _sides(summit) == {
        "Bola Tinubu": "country:NG",
        "Patrice Talon": "country:BJ",
        "Umaro Sissoco Embaló": "country:GW",
        "Adama Barrow": "country:GM",
        None: "country:TG",
    }
    unnamed = [p for p in summit.participants if p.person is None]
    assert {p.represents for p in unnamed} == {"country:SN", "country:TG"}
    assert all(p.title is None for p in unnamed)


def test_those_around_the_table_are_at_the_meeting_just_told(nlp: Language) -> None:
    text = (
        "Warsaw (PAP) - US President Joe Biden met on Wednesday with the leaders of the "
        "eastern flank states at the Presidential Palace in Warsaw, in talks co-chaired by "
        "President Andrzej Duda and Romanian President Klaus Iohannis.\n"
        "Around the table were the presidents of Bulgaria, Rumen Radev; Estonia, Alar Karis; "
        "and Slovakia, Zuzana Caputova.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 2, 22))
    assert {p.represents for p in summit.participants} == {
        "country:US",
        "country:PL",
        "country:RO",
        "country:BG",
        "country:EE",
        "country:SK",
    }


def test_a_blocs_member_states_listed_after_a_dash_or_of(nlp: Language) -> None:
    text = (
        "KUALA LUMPUR - The summit, chaired by Malaysian Prime Minister Anwar Ibrahim, brought "
        "together leaders of the five founding Asean member states – Indonesia, Malaysia, "
        "Myanmar, Singapore and Thailand – the two GCC states of Kuwait and Oman, and China, "
        "which was represented by Premier Li Qiang, on Tuesday.\n"
    )
    (summit,) = _extract(nlp, text, date(2025, 5, 28))
    assert {p.represents for p in summit.participants} == {
        f"country:{c}" for c in ("ID", "MY", "MM", "SG", "TH", "KW", "OM", "CN")
    }


def test_a_summit_told_after_a_lead_with_a_calendar_day_is_on_that_day(nlp: Language) -> None:
    text = (
        "KUALA LUMPUR – Leaders from South-east Asia and the Gulf pledged on May 27 to deepen "
        "trade links at their first joint summit.\n"
        "The summit, chaired by Malaysian Prime Minister Anwar Ibrahim, brought together "
        "Premier Li Qiang of China and Kuwait's Crown Prince Sabah Khalid Al-Hamad Al-Sabah.\n"
    )
    (summit,) = _extract(nlp, text, date(2025, 5, 28))
    assert summit.date == date(2025, 5, 27)


def test_no_plan_for_a_meeting_and_a_call_last_wednesday_are_no_news(nlp: Language) -> None:
    no_plan = (
        "SEOUL, Oct. 7 (Yonhap) -- President Yoon Suk Yeol will travel to Laos this week, "
        "his office said Monday.\n"
        "An aide said there was no plan yet for a meeting between Yoon and Chinese Premier "
        "Li Qiang in Vientiane.\n"
    )
    assert _extract(nlp, no_plan, date(2024, 10, 7)) == []
    last_week = (
        "MOSCOW, Nov 11 (Reuters) - The Kremlin on Monday denied a report of a call between "
        "Putin and Trump.\n"
        "Trump spoke to Ukrainian President Volodymyr Zelensky last Wednesday, according to "
        "a source.\n"
    )
    assert _extract(nlp, last_week, date(2024, 11, 11)) == []


def test_a_lawmaker_at_home_with_his_own_leader_is_no_diplomacy(nlp: Language) -> None:
    text = (
        "SYDNEY, May 17 (Reuters) - A Quad summit planned in Sydney next week has been called "
        "off, Australia's prime minister said on Wednesday.\n"
        "U.S. President Joe Biden met House of Representatives Speaker Kevin McCarthy at the "
        "White House on Tuesday.\n"
    )
    assert _extract(nlp, text, date(2023, 5, 17)) == []


def test_a_leader_who_skipped_the_summit_and_an_advisers_title_before_his_name(
    nlp: Language,
) -> None:
    summit = (
        "Astana (AFP) - Leaders of the Shanghai Cooperation Organisation met in Astana on "
        "Thursday, with Kazakh President Kassym-Jomart Tokayev opening the summit.\n"
        "Around the table were Pakistani Prime Minister Shehbaz Sharif and Uzbek President "
        "Shavkat Mirziyoyev.\n"
        "Indian Prime Minister Narendra Modi, sworn in last month, skipped the meeting and "
        "sent Foreign Minister Subrahmanyam Jaishankar instead.\n"
    )
    (meeting,) = _extract(nlp, summit, date(2024, 7, 4))
    assert "Narendra Modi" not in _sides(meeting)
    adviser = (
        "On May 23, 2024, Foreign Minister Wang Yi met with Chief Advisor to the Brazilian "
        "President Celso Amorim in Beijing.\n"
    )
    (talks,) = _extract(nlp, adviser, date(2024, 5, 23))
    assert _sides(talks) == {"Wang Yi": "country:CN", "Celso Amorim": "country:BR"}
    amorim = next(p for p in talks.participants if p.person == "Celso Amorim")
    assert amorim.title == "Chief Advisor to the Brazilian President"


def test_the_bodys_own_dateline_beats_an_outlets_name_above_it() -> None:
    text = (
        "Arab and Muslim leaders meet in Riyadh\n"
        "Updated 12 November 2023\n"
        "ARAB NEWS\n"
        "RIYADH: Leaders meeting in the Saudi capital on Saturday demanded a ceasefire.\n"
    )
    dateline = find_dateline(text, find_body_start(text))
    assert dateline is not None and dateline.city == "RIYADH"


def test_spy_chiefs_and_a_seat_of_government_before_a_title_place_their_people(
    nlp: Language,
) -> None:
    text = (
        "DOHA - The talks on Thursday brought together CIA Director William Burns, Mossad "
        "chief David Barnea and Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al "
        "Thani as host. White House Middle East coordinator Brett McGurk also took part.\n"
    )
    (talks,) = _extract(nlp, text, date(2024, 8, 15))
    sides = _sides(talks)
    assert (sides["William Burns"], sides["David Barnea"], sides["Brett McGurk"]) == (
        "country:US",
        "country:IL",
        "country:US",
    )


def test_talks_opened_by_a_minister_and_statements_delivered_at_a_summit(nlp: Language) -> None:
    opened = (
        "Istanbul (AFP) – Russian and Ukrainian negotiators held talks in Istanbul on Friday.\n"
        "The meeting was opened by Turkish Foreign Minister Hakan Fidan, who welcomed the two "
        "delegations.\n"
    )
    (talks,) = _extract(nlp, opened, date(2025, 5, 16))
    assert _sides(talks)["Hakan Fidan"] == "country:TR"
    statements = (
        "RIYADH: Arab and Muslim leaders met in the Saudi capital on Saturday, with Crown "
        "Prince Mohammed bin Salman in the chair and Turkish President Recep Tayyip Erdogan "
        "and Iranian President Ebrahim Raisi among them.\n"
        "Arab League Secretary-General Ahmed Aboul Gheit delivered a statement at the opening "
        "session.\n"
    )
    (summit,) = _extract(nlp, statements, date(2023, 11, 12))
    assert _sides(summit)["Ahmed Aboul Gheit"] == "org:LAS"


def test_a_kings_letter_is_no_king_and_those_in_the_room_took_part(nlp: Language) -> None:
    text = (
        "WASHINGTON\n"
        "Prime Minister Keir Starmer handed President Donald Trump a letter from the King as "
        "the two leaders met at the White House on Thursday.\n"
        "Vice-President JD Vance, also in the room, raised free speech. Foreign Secretary "
        "David Lammy sat alongside Sir Keir.\n"
    )
    (talks,) = _extract(nlp, text, date(2025, 2, 27))
    assert _sides(talks) == {
        "Keir Starmer": "country:GB",
        "Donald Trump": "country:US",
        "JD Vance": "country:US",
        "David Lammy": "country:GB",
    }


def test_a_possessive_state_heads_a_long_title_and_an_agency_abroad_meets_its_hosts(
    nlp: Language,
) -> None:
    possessive = (
        "BANGKOK, April 4 (BSS) - Chief Adviser Muhammad Yunus today met Myanmar's military "
        "government chief Senior General Min Aung Hlaing on the margins of the summit.\n"
    )
    (talks,) = _extract(nlp, possessive, date(2025, 4, 4))
    assert "country:MM" in {p.represents for p in talks.participants}
    abroad = (
        "Moscow [Russia], December 27 (ANI): On Wednesday, External Affairs Minister S "
        "Jaishankar met Deputy Prime Minister and Minister of Industry and Trade Denis "
        "Manturov, his co-chair on the commission.\n"
    )
    (talks,) = _extract(nlp, abroad, date(2023, 12, 27))
    assert _sides(talks)["Denis Manturov"] == "country:RU"


def test_a_then_prime_minister_sitting_next_to_a_president_is_another_time(
    nlp: Language,
) -> None:
    text = (
        "No Pakistani prime minister received so much as a phone call from the White House "
        "in those years.\n"
        "In July 2019, then prime minister Imran Khan sat next to President Trump in the "
        "Oval Office.\n"
    )
    assert _extract(nlp, text, date(2025, 7, 20)) == []


def test_a_call_on_a_weekday_five_days_before_the_story_is_last_weeks(nlp: Language) -> None:
    text = (
        "MOSCOW, Nov 11 (Reuters) - The Kremlin on Monday denied a report of a call between "
        "Putin and Trump.\n"
        "Trump also spoke to Ukrainian President Volodymyr Zelensky on Wednesday, according "
        "to a source.\n"
    )
    assert _extract(nlp, text, date(2024, 11, 11)) == []
    yesterday = text.replace("on Wednesday", "on Sunday")
    (call,) = _extract(nlp, yesterday, date(2024, 11, 11))
    assert call.date == date(2024, 11, 10)


def test_a_dated_call_days_before_a_story_about_a_summit_to_come_is_background(
    nlp: Language,
) -> None:
    text = (
        "SEOUL, Oct. 7 (Yonhap) -- President Yoon Suk Yeol will hold his first summit with "
        "Japanese Prime Minister Shigeru Ishiba in Laos this week, his office said Monday.\n"
        "Yoon and Ishiba spoke by phone on Oct. 2, a day after Ishiba took office.\n"
    )
    assert _extract(nlp, text, date(2024, 10, 7)) == []
    told_first = (
        "SEOUL, Oct. 7 (Yonhap) -- Yoon and Ishiba spoke by phone on Oct. 5, their first call.\n"
    )
    (call,) = _extract(nlp, told_first, date(2024, 10, 7))
    assert call.date == date(2024, 10, 5)


def test_states_that_sent_ministers_and_a_leader_who_took_part_in_a_summit(
    nlp: Language,
) -> None:
    sent = (
        "BELEM, Aug 8 (Reuters) - Brazil's President Luiz Inacio Lula da Silva on Tuesday "
        "hosted the presidents of Bolivia, Colombia and Peru at a summit of Amazon countries, "
        "while Ecuador and Suriname sent ministers.\n"
    )
    (summit,) = _extract(nlp, sent, date(2023, 8, 8))
    ministers = {p.represents: p.title for p in summit.participants if p.person is None}
    assert ministers["country:EC"] == ministers["country:SR"] == "minister"
    took_part = (
        "DOHA, Nov 12 (QNA) - The Emir of Qatar Sheikh Tamim bin Hamad Al-Thani took part on "
        "Sunday in the extraordinary Arab-Islamic summit in Riyadh, alongside King Abdullah II "
        "of Jordan and President Recep Tayyip Erdogan of Turkey.\n"
    )
    (summit,) = _extract(nlp, took_part, date(2023, 11, 12))
    assert {p.represents for p in summit.participants} == {
        "country:QA",
        "country:JO",
        "country:TR",
    }


def test_more_ways_of_telling_a_meeting(nlp: Language) -> None:
    cases = {
        "PYONGYANG (AP) - Russian Foreign Minister Sergei Lavrov was in Pyongyang on Thursday "
        "for talks with his North Korean counterpart Choe Son Hui.\n": {
            "Sergey Lavrov": "country:RU",
            "Choe Son Hui": "country:KP",
        },
        "NAIROBI (KNA) - President William Ruto on Thursday played host to his Ugandan "
        "counterpart Yoweri Museveni at State House, Nairobi.\n": {
            "William Ruto": "country:KE",
            "Yoweri Museveni": "country:UG",
        },
        "TOKYO (Yonhap) - South Korean President Lee Jae-myung and Japanese Prime Minister "
        "Shigeru Ishiba agreed on Thursday to deepen ties at a summit in Tokyo.\n": {
            "Lee Jae-myung": "country:KR",
            "Shigeru Ishiba": "country:JP",
        },
        "CAIRO (MENA) - President Abdel Fattah al-Sisi discussed with visiting Jordanian King "
        "Abdullah II on Thursday the latest developments in Gaza.\n": {
            "Abdel Fattah el-Sisi": "country:EG",
            "Abdullah II": "country:JO",
        },
    }
    for text, sides in cases.items():
        (meeting,) = _extract(nlp, text, date(2025, 5, 16))
        assert _sides(meeting) == sides, text


def test_leaders_who_have_met_forty_times_report_no_one_meeting(nlp: Language) -> None:
    text = (
        "MOSCOW (Reuters) - Russian President Vladimir Putin and Chinese President Xi Jinping "
        "have met more than 40 times over the past decade, the Kremlin said on Tuesday.\n"
    )
    assert _extract(nlp, text, date(2025, 5, 14)) == []


def test_a_name_in_apposition_that_the_model_took_for_a_body(nlp: Language) -> None:
    text = (
        "ISLAMABAD (APP) - Deputy Prime Minister Ishaq Dar received the Ambassador of the "
        "Kingdom of the Netherlands, Henny de Vries, at the Foreign Office on Tuesday.\n"
    )
    (call,) = _extract(nlp, text, date(2025, 5, 14))
    assert _sides(call) == {"Ishaq Dar": "country:PK", "Henny de Vries": "country:NL"}


def test_an_unnamed_counterpart_is_the_one_person_of_that_side_the_story_names(
    nlp: Language,
) -> None:
    text = (
        "BEIJING (Reuters) - Chinese President Xi Jinping met his Vietnamese counterpart in "
        "Beijing on Wednesday, state media said.\n"
        "Vietnamese President Luong Cuong was on a state visit to China.\n"
    )
    (talks,) = _extract(nlp, text, date(2025, 5, 14))
    guest = next(p for p in talks.participants if p.represents == "country:VN")
    assert guest.person is not None and guest.person.endswith(("Cuong", "Cường"))


def test_a_minister_who_is_visiting_a_capital_meets_there(nlp: Language) -> None:
    text = (
        "December 25, 2024\n"
        "On December 25, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, who is "
        "visiting Beijing, held a Japan-China Foreign Ministers' Meeting with H.E. Mr. Wang Yi, "
        "Minister of Foreign Affairs.\n"
    )
    (talks,) = _extract(nlp, text, date(2024, 12, 25))
    assert talks.place is not None and talks.place.name == "Beijing"
    hosts = {p.represents for p in talks.participants if p.role is Role.HOST}
    assert hosts == {"country:CN"}


def test_a_dateline_closed_by_three_dashes() -> None:
    dateline = find_dateline("Muscat, Feb 16 (ONA) --- Sayyid Badr received Dr. Jaishankar.")
    assert dateline is not None and (dateline.city, dateline.date_text) == ("Muscat", "Feb 16")


def test_a_summit_that_marked_the_debut_of_new_leaders_had_them_there(nlp: Language) -> None:
    text = (
        "Jakarta | Wed, September 6, 2023\n"
        "Southeast Asian leaders wrapped up the first day of their summit in Jakarta on "
        "Tuesday, chaired by President Joko Widodo.\n"
        "The summit also marked the debut of two new faces: Thailand's Srettha Thavisin, who "
        "became prime minister only last month, and Cambodia's Hun Manet, who took over from "
        "his father Hun Sen in August.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 9, 6))
    sides = _sides(summit)
    assert sides["Srettha Thavisin"] == "country:TH" and sides["Hun Manet"] == "country:KH"
    assert "Hun Sen" not in sides


def test_meetings_of_a_visit_recalled_with_during_which_he_had_are_not_at_the_table(
    nlp: Language,
) -> None:
    text = (
        "ISLAMABAD, Jun 18 (APP): Ambassador of China Jiang Zaidong on Tuesday called on Prime "
        "Minister Muhammad Shehbaz Sharif at the PM House.\n"
        "The prime minister said his five-day visit, during which he had detailed discussions "
        "with President Xi Jinping and Premier Li Qiang, had given new momentum to the "
        "corridor.\n"
    )
    (call,) = _extract(nlp, text, date(2024, 6, 18))
    assert _sides(call) == {"Jiang Zaidong": "country:CN", "Shehbaz Sharif": "country:PK"}


def test_a_weeklys_account_of_a_summit_opened_five_days_before(nlp: Language) -> None:
    text = (
        "A summit without a statement\n"
        "Thursday 26 Oct 2023\n"
        "When President Abdel-Fattah Al-Sisi opened the Cairo Summit for Peace on Saturday, "
        "the aim was modest.\n"
        "Around the table sat King Hamad bin Isa Al-Khalifa of Bahrain, Kuwait's Crown Prince "
        "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah and Iraqi Prime Minister Mohamed Shia "
        "Al-Sudani. From Europe came Italian Prime Minister Giorgia Meloni and Greek Prime "
        "Minister Kyriakos Mitsotakis. Russia was represented by Deputy Foreign Minister "
        "Mikhail Bogdanov and China by its special envoy on the Middle East, Zhai Jun, while "
        "Germany and France sent ministers.\n"
    )
    (summit,) = _extract(nlp, text, date(2023, 10, 26))
    assert summit.date == date(2023, 10, 21)
    sides = _sides(summit)
    assert {k: sides.get(k) for k in ("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Zhai Jun")} == {
        "Mishal Al-Ahmad Al-Jaber Al-Sabah": "country:KW",
        "Zhai Jun": "country:CN",
    }
    assert {"country:EG", "country:IT", "country:GR", "country:RU"} <= set(sides.values())


def test_a_cabinet_briefed_on_its_leaders_calls_reports_none(nlp: Language) -> None:
    text = (
        "RIYADH: The Saudi Cabinet on Tuesday renewed its call for a halt to the escalation.\n"
        "The session, chaired by Crown Prince Mohammed bin Salman, was briefed on the crown "
        "prince's phone call with Iranian President Ebrahim Raisi and on his meeting on "
        "Sunday with US Secretary of State Antony Blinken.\n"
    )
    assert _extract(nlp, text, date(2023, 10, 17)) == []


def test_a_listed_leader_in_office_acts_for_the_state_the_list_gives(nlp: Language) -> None:
    # "Prime Minister of the Republic of India" names no state the gazetteer knows; the
    # agency's story makes an office of no stated state the agency's own. The people list
    # knows whose he is.
    text = (
        "ABU DHABI, 15th July, 2023 (WAM) -- Sheikh Mohamed bin Zayed Al Nahyan, President of "
        "the UAE, received today at Qasr Al Watan in Abu Dhabi H.E. Narendra Modi, Prime "
        "Minister of the Republic of India, who is on an official visit to the country.\n\n"
        "His Highness and the Indian Prime Minister reviewed the strategic partnership between "
        "the two countries and ways to expand trade.\n\nThe meeting was attended by Sheikh "
        "Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, while, on the Indian side, "
        "Dr. S. Jaishankar, Minister of External Affairs, attended.\n"
    )
    (meeting,) = _extract(nlp, "Visit\n\n" + text, date(2023, 7, 15))
    assert _sides(meeting)["Narendra Modi"] == "country:IN"


def test_titles_a_lead_named_stand_for_those_it_named(nlp: Language) -> None:
    text = (
        "KARACHI, Feb 15 (APP): Governor Sindh Kamran Khan Tessori and British High "
        "Commissioner Jane Marriott on Wednesday discussed ways to widen cooperation in "
        "education and trade between Sindh and the United Kingdom.\n\nThe High Commissioner "
        "called on the Governor at the Governor House, said a statement issued here on "
        "Thursday.\n\nTessori said the UK was one of Pakistan's largest trading partners. He "
        "told the visiting dignitary about free IT courses for young people.\n\nMarriott "
        "said the UK would keep supporting Pakistan on climate resilience.\n\nThe Deputy "
        "High Commissioner in Karachi was also present.\n\n(Photo caption: Governor Sindh "
        "Kamran Khan Tessori presents a shield to British High Commissioner Jane Marriott.)\n"
    )
    (call,) = _extract(nlp, "Courtesy call\n\n" + text, date(2024, 2, 15))
    assert set(call.countries) == {"country:GB", "country:PK"}
    assert "Jane Marriott" in _sides(call)

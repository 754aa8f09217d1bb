"""Extraction on the real model: phrasings of African and Gulf papers and agencies.

Each test is a short article written for it, in the style where the phrasing was found
(the held-out set BN of session 11, once spent).
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from diplograph.extract.pipeline import extract_articles
from diplograph.model import Article, Meeting, Mode


def _extract(nlp: Language, text: str, published: date | None) -> list[Meeting]:
    return next(iter(extract_articles(nlp, [Article(text, "test", published=published)])))[1]


def _sides(meeting: Meeting) -> dict[str | None, str | None]:
    return {p.person: p.represents for p in meeting.participants}


def test_a_call_told_first_as_what_two_leaders_discussed(nlp: Language) -> None:
    # "repeatedly" belongs to the aside about Egypt, not to the call.
    text = (
        "Sisi, Kuwaiti emir discuss Gaza\n\n"
        "President Abdel Fattah El-Sisi and Kuwait's Emir Sheikh Mishal Al-Ahmad Al-Jaber "
        "Al-Sabah discussed on Monday the humanitarian situation in Gaza, the presidency said."
        "\n\nIn a phone call, the two leaders warned against any displacement of Palestinians into "
        "Sinai, which Cairo has repeatedly called a red line.\n"
    )
    (call,) = _extract(nlp, text, date(2024, 1, 16))
    assert call.mode is Mode.PHONE
    assert set(call.countries) == {"country:EG", "country:KW"}
    assert call.date == date(2024, 1, 15)


def test_a_decision_that_followed_a_meeting_of_the_same_day(nlp: Language) -> None:
    text = (
        "Ghana, UAE agree on direct flights\n\n"
        "The United Arab Emirates has agreed to restore direct flights to Accra, the "
        "presidency said on Tuesday.\n\nThe decision followed a meeting between President Nana "
        "Akufo-Addo and the UAE President, Sheikh Mohamed bin Zayed Al Nahyan, at Qasr Al "
        "Watan in Abu Dhabi on Monday, a spokesman said.\n"
    )
    (meeting,) = _extract(nlp, text, date(2023, 5, 9))
    assert set(meeting.countries) == {"country:AE", "country:GH"}
    assert meeting.date == date(2023, 5, 8)
    assert meeting.place is not None and meeting.place.name == "Abu Dhabi"
    # A visit that follows an earlier call is still told as background.
    text = (
        "Akufo-Addo in Abu Dhabi\n\n"
        "President Nana Akufo-Addo arrived in Abu Dhabi on Monday for a working visit.\n\n"
        "The visit followed a phone call between Akufo-Addo and Sheikh Mohamed bin Zayed on "
        "Friday.\n"
    )
    assert _extract(nlp, text, date(2023, 5, 9)) == []


def test_the_head_of_a_un_mission_and_the_meeting_of_the_day_before(nlp: Language) -> None:
    text = (
        "UN envoy meets Dbeibah\n\n"
        "The head of the UN Support Mission in Libya (UNSMIL), Abdoulaye Bathily, held talks "
        "on Monday with Prime Minister Abdul Hamid Dbeibah in Tripoli on the election "
        "laws.\n\nThe meeting came a day after Bathily travelled to Benghazi, where he met "
        "Khalifa Haftar, commander of the eastern forces of Libya.\n"
    )
    tripoli, benghazi = _extract(nlp, text, date(2023, 6, 13))
    assert _sides(tripoli)["Abdoulaye Bathily"] == "org:UN"
    assert tripoli.date == date(2023, 6, 12)
    assert benghazi.place is not None and benghazi.place.name == "Benghazi"
    assert benghazi.date == date(2023, 6, 11)
    assert "Khalifa Haftar" in _sides(benghazi)


def test_a_call_told_after_a_lead_that_says_what_one_told_the_other(nlp: Language) -> None:
    text = (
        "Erdogan offers to mediate\n\n"
        "President Recep Tayyip Erdogan has told Somali President Hassan Sheikh Mohamud that "
        "Turkiye is ready to help end the dispute with Ethiopia, his office said.\n\nDuring a "
        "phone call on Saturday, Erdogan said Ankara wanted a lasting solution.\n"
    )
    (call,) = _extract(nlp, text, date(2024, 7, 1))
    assert call.mode is Mode.PHONE
    assert set(call.countries) == {"country:SO", "country:TR"}
    assert call.date == date(2024, 6, 29)


def test_peace_talks_between_a_government_and_a_rebel_movement(nlp: Language) -> None:
    text = (
        "Talks open in Nairobi\n\n"
        "NAIROBI – Peace talks between the Government of South Sudan and the holdout groups, "
        "convened by Kenya, officially began in Nairobi on Thursday.\n\nThe talks are being "
        "mediated by Kenyan President William Ruto's envoy, Lazarus Sumbeiywo.\n"
    )
    (talks,) = _extract(nlp, text, date(2024, 5, 10))
    assert "country:SS" in talks.countries
    assert "Lazarus Sumbeiywo" in _sides(talks)
    assert talks.date == date(2024, 5, 9)


def test_a_summit_told_by_the_session_that_took_a_decision(nlp: Language) -> None:
    text = (
        "ECOWAS leaders extend deadline\n\n"
        "West African leaders on Sunday gave the three juntas six more months.\n\nThe decision "
        "was taken at the 65th Ordinary Session of the ECOWAS Authority of Heads of State and "
        "Government held at the State House, Abuja, and presided over by President Bola "
        "Tinubu.\n\nIn attendance were President Bassirou Diomaye Faye of Senegal and Ghana's "
        "President Nana Akufo-Addo, among others.\n"
    )
    (summit,) = _extract(nlp, text, date(2024, 7, 8))
    assert {"country:NG", "country:SN", "country:GH"} <= set(summit.countries)
    assert summit.date == date(2024, 7, 7)
    assert summit.place is not None and summit.place.name == "Abuja"


def test_leaders_who_converged_on_a_capital_for_a_summit(nlp: Language) -> None:
    text = (
        "SADC leaders meet on Mozambique\n\n"
        "Dar es Salaam. Leaders of the Southern African Development Community converged in "
        "Lusaka yesterday for an extraordinary summit on the crisis in eastern Congo.\n\nThe "
        "summit was chaired by Zambian President Hakainde Hichilema and attended by President "
        "Samia Suluhu Hassan.\n"
    )
    (summit,) = _extract(nlp, text, date(2024, 1, 28))
    assert {"country:ZM", "country:TZ"} <= set(summit.countries)
    assert summit.date == date(2024, 1, 27)
    assert summit.place is not None and summit.place.name == "Lusaka"


def test_leaders_of_many_countries_meeting_at_a_summit_convened_by_one(
    nlp: Language,
) -> None:
    text = (
        "Arab, Muslim leaders demand Gaza ceasefire\n\n"
        "RIYADH: Leaders of Arab and Muslim countries meeting in Riyadh on Monday demanded an "
        "immediate ceasefire in Gaza.\n\nThe extraordinary Arab-Islamic summit, convened by "
        "Saudi Arabia and chaired by Crown Prince Mohammed bin Salman, was the second in a "
        "year.\n\nAmong the leaders who took part were Turkish President Recep Tayyip Erdogan "
        "and Iranian First Vice President Mohammad Reza Aref.\n"
    )
    (summit,) = _extract(nlp, text, date(2024, 11, 12))
    assert {"country:SA", "country:TR", "country:IR"} <= set(summit.countries)
    assert summit.date == date(2024, 11, 11)


def test_a_leader_meeting_his_own_security_chiefs_reports_no_meeting(nlp: Language) -> None:
    text = (
        "Tinubu vows to defend democracy in Niger\n\n"
        "President Bola Tinubu on Thursday said the bloc would not accept the coup in Niger "
        "Republic, where soldiers detained President Mohamed Bazoum.\n\nPREMIUM TIMES learnt "
        "that the Nigerian leader on Wednesday night met behind closed doors with the National "
        "Security Adviser, Nuhu Ribadu, and the Chief of Defence Staff, Christopher Musa, at "
        "the Presidential Villa, Abuja, to review the situation in Niger and in Niamey.\n"
    )
    assert _extract(nlp, text, date(2023, 7, 28)) == []

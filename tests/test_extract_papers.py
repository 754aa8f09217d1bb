"""Extraction on the real model: false alarms of newspapers' reported stories and analysis.

Each test is a short article written for it, in the style where the phrasing was found
(the held-out sets CA and CB of session 13, spent for their false alarms).
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from diplograph.extract.pipeline import extract_articles
from diplograph.model import Article, Meeting


def _extract(nlp: Language, text: str, published: date | None) -> list[Meeting]:
    return next(iter(extract_articles(nlp, [Article(text, "test", published=published)])))[1]


def test_a_council_of_ones_own_officials_listed_by_title_is_domestic(nlp: Language) -> None:
    text = (
        "Marcos convenes security council\n\n"
        "MANILA - On Wednesday, President Ferdinand Marcos Jr. met members of the National "
        "Security Council in Malacañang, including Executive Secretary Lucas Bersamin, Defense "
        "Secretary Gilberto Teodoro Jr. and National Security Adviser Eduardo Año.\n"
    )
    assert _extract(nlp, text, date(2024, 9, 12)) == []


def test_no_request_for_a_meeting_was_received(nlp: Language) -> None:
    text = (
        "No bilateral planned at SCO meeting, says FO\n\n"
        "ISLAMABAD: Foreign Minister Bilawal Bhutto Zardari will attend the SCO meeting in Goa "
        "next month, the Foreign Office said on Thursday.\n\n"
        "The spokesperson said no request for a bilateral meeting between the foreign minister "
        "and his Indian counterpart had been received or made.\n"
    )
    assert _extract(nlp, text, date(2023, 4, 21)) == []


def test_no_leader_has_met_since_a_year_long_past(nlp: Language) -> None:
    text = (
        "Kishida seeks summit with Kim\n\n"
        "TOKYO - No Japanese leader has met a North Korean leader since 2004, when Junichiro "
        "Koizumi traveled to Pyongyang for a summit with Kim Jong Il.\n"
    )
    assert _extract(nlp, text, date(2024, 3, 26)) == []


def test_congressional_leaders_at_the_white_house_are_a_domestic_meeting(
    nlp: Language,
) -> None:
    text = (
        "Biden presses congressional leaders on Ukraine aid\n\n"
        "President Biden met the top four leaders of Congress in the Oval Office "
        "on Tuesday, pressing House Speaker Mike Johnson to allow a vote on aid for Ukraine. "
        "Senate Majority Leader Chuck Schumer, Senate Minority Leader Mitch McConnell and House "
        "Minority Leader Hakeem Jeffries also attended, along with Vice President Kamala "
        "Harris. Ukraine has waited months for the aid, and Ukraine's army is short of shells.\n"
    )
    assert _extract(nlp, text, date(2024, 2, 28)) == []


def test_a_given_name_that_is_a_title_elsewhere_makes_no_head_of_state(
    nlp: Language,
) -> None:
    text = (
        "US envoy meets opposition leaders\n\n"
        "DHAKA - US ambassador in Dhaka Peter Haas met leaders of the opposition Bangladesh "
        "Nationalist Party (BNP) at his residence in Gulshan on Tuesday evening. BNP secretary "
        "general Mirza Fakhrul Islam Alamgir and standing committee member Amir Khasru Mahmud "
        "Chowdhury attended the meeting.\n"
    )
    for meeting in _extract(nlp, text, date(2023, 9, 27)):
        assert "country:BD" not in meeting.countries


def test_leaders_who_also_spoke_at_a_virtual_summit_took_part(nlp: Language) -> None:
    text = (
        "ASEAN leaders meet by video\n\n"
        "HANOI: Southeast Asian leaders on Thursday held their summit by video conference, "
        "agreeing on a recovery framework. Vietnam's Prime Minister Nguyen Xuan Phuc chaired "
        "the summit from Hanoi.\n\n"
        "Malaysia's Prime Minister Muhyiddin Yassin and Philippine President Rodrigo Duterte "
        "also spoke at the session, as did Cambodia's Prime Minister Hun Sen.\n"
    )
    (meeting,) = _extract(nlp, text, date(2020, 11, 12))
    assert {"country:MY", "country:PH", "country:KH", "country:VN"} <= set(meeting.countries)


def test_the_two_men_met_after_a_lead_naming_them(nlp: Language) -> None:
    text = (
        "Albanese raises detained writer with Li Qiang\n\n"
        "Anthony Albanese has raised the case of a detained Australian writer with China's "
        "premier, Li Qiang, on the sidelines of the East Asia Summit in Jakarta. The two men "
        "met on Thursday, Australian officials said.\n"
    )
    (meeting,) = _extract(nlp, text, date(2023, 9, 8))
    assert set(meeting.countries) == {"country:AU", "country:CN"}


def test_a_catch_up_section_retells_earlier_news(nlp: Language) -> None:
    text = (
        "Trump to speak with Putin on Tuesday\n"
        "Mar 17, 2025 - World\n"
        "President Trump said he will speak with Russian President Vladimir Putin on Tuesday "
        "about a ceasefire.\n"
        "Catch up quick: Ukraine backed the U.S. proposal last week.\n"
        "- Special envoy Steve Witkoff met Putin in Moscow on Thursday night to brief him.\n"
        "Zoom in: The Kremlin said a conversation was being prepared.\n"
    )
    assert _extract(nlp, text, date(2025, 3, 17)) == []


def test_a_handshake_told_after_a_sentence_that_recalls_an_earlier_month(
    nlp: Language,
) -> None:
    text = (
        "Why a thaw remains elusive\n"
        "Two months on, neither capital will take the first step.\n"
        "New Delhi: When External Affairs Minister S. Jaishankar flew to Islamabad in October "
        "for the SCO meeting, there was a brief flicker of hope. He shook hands with Prime "
        "Minister Shehbaz Sharif at the dinner hosted for visiting delegations.\n"
    )
    assert _extract(nlp, text, date(2024, 12, 10)) == []

"""Extraction on the real model: phrasings of international organisations' releases and of
wire copy about their heads.

Each test is a short article written for it, in the style where the phrasing was found
(the held-out set BU of session 12, spent in session 13).
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from diplograph.extract.pipeline import extract_articles
from diplograph.model import Article, Meeting, Role


def _extract(nlp: Language, text: str, published: date | None) -> list[Meeting]:
    return next(iter(extract_articles(nlp, [Article(text, "test", published=published)])))[1]


def _people(meeting: Meeting) -> dict[str | None, tuple[str | None, Role]]:
    return {p.person: (p.represents, p.role) for p in meeting.participants}


def test_a_city_of_two_words_is_no_participant(nlp: Language) -> None:
    text = (
        "Defence chiefs meet in Cambodia\n\n"
        "SIEM REAP, Cambodia (AP) — Japanese Defense Minister Yasukazu Hamada met his "
        "Australian counterpart Richard Marles on Wednesday at a resort in Siem Reap, where "
        "regional defence ministers are gathering this week.\n"
    )
    (meeting,) = _extract(nlp, text, date(2022, 11, 23))
    assert set(meeting.countries) == {"country:AU", "country:JP"}
    assert "Siem Reap" not in _people(meeting)


def test_a_nationality_and_a_trade_stand_for_the_named_envoy(nlp: Language) -> None:
    text = (
        "UN envoy tours the region\n\n"
        "Tunis (AFP) - The UN envoy for Libya, Abdoulaye Bathily, held talks in Tunis on "
        "Wednesday with Foreign Minister Nabil Ammar, the ministry said.\n\n"
        "The Senegalese diplomat began his tour in Cairo on Monday, where he was received by "
        "Egyptian Foreign Minister Sameh Shoukry.\n"
    )
    meetings = _extract(nlp, text, date(2023, 6, 8))
    assert sorted(m.countries for m in meetings) == [("country:EG",), ("country:TN",)]
    for meeting in meetings:
        assert _people(meeting)["Abdoulaye Bathily"][0] == "org:UN"
        assert None not in _people(meeting)  # no Senegalese diplomat of his own


def test_a_principal_named_by_title_keeps_his_companion_on_his_side(nlp: Language) -> None:
    text = (
        "Alliance chief welcomes Albanian premier\n\n"
        "NATO Secretary General Jens Stoltenberg welcomed the Prime Minister of Albania, Mr "
        "Edi Rama, to NATO Headquarters on Thursday. The Prime Minister was accompanied by "
        "Defence Minister Niko Peleshi.\n"
    )
    (meeting,) = _extract(nlp, text, date(2023, 3, 16))
    people = _people(meeting)
    assert people["Niko Peleshi"] == ("country:AL", Role.GUEST)
    assert people["Edi Rama"] == ("country:AL", Role.GUEST)


def test_the_leader_whose_government_is_mentioned_is_not_at_the_table(nlp: Language) -> None:
    text = (
        "Ecuador's finance minister meets IMF chief\n\n"
        "QUITO, May 9 (Reuters) - Ecuador's Economy Minister Juan Carlos Vega met International "
        "Monetary Fund Managing Director Kristalina Georgieva in Washington on Wednesday, the "
        "ministry said, as the government of President Daniel Noboa seeks to widen its loan "
        "programme.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 5, 9))
    assert set(_people(meeting)) == {"Juan Carlos Vega", "Kristalina Georgieva"}


def test_a_body_officials_name_in_apposition_after_the_bodys_possessive(nlp: Language) -> None:
    text = (
        "Pakistan's finance chief meets IMF head\n\n"
        "ISLAMABAD, April 14 (Reuters) - Pakistan's Finance Minister Muhammad Aurangzeb met IMF "
        "Managing Director Kristalina Georgieva in Washington on Saturday, the ministry said. "
        "The IMF's Middle East and Central Asia director, Jihad Azour, also took part in the "
        "meeting.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 4, 14))
    assert _people(meeting)["Jihad Azour"][0] == "org:IMF"


def test_a_hosting_bodys_assistant_secretary_general_is_its_own(nlp: Language) -> None:
    text = (
        "League chief receives UN envoy\n\n"
        "Cairo, 3 May 2024\n\n"
        "Secretary-General of the Arab League Ahmed Aboul Gheit received on Thursday at the "
        "League's headquarters the UN envoy for Yemen, Hans Grundberg. Assistant "
        "Secretary-General Hossam Zaki attended the meeting.\n"
    )
    (meeting,) = _extract(nlp, text, date(2024, 5, 3))
    people = _people(meeting)
    assert people["Hossam Zaki"][0] == "org:LAS"
    assert people["Hans Grundberg"][0] == "org:UN"


def test_the_team_a_mission_chief_leads_meets_the_authorities(nlp: Language) -> None:
    text = (
        "IMF staff conclude visit to Ghana\n\n"
        "Accra, Ghana: An International Monetary Fund (IMF) team led by Mr. Stéphane Roudet "
        "visited Accra from September 28 to October 10, 2023 to discuss the first review of "
        "the arrangement. At the end of the visit, Mr. Roudet said:\n\n"
        '"The team met with Finance Minister Ken Ofori-Atta, Bank of Ghana Governor Ernest '
        "Addison, Secretary to the Treasury Patrick Nomo, and other senior officials. We "
        'thank the authorities for the productive discussions."\n'
    )
    (meeting,) = _extract(nlp, text, date(2023, 10, 10))
    people = _people(meeting)
    assert people["Stéphane Roudet"][0] == "org:IMF"
    assert people["Ken Ofori-Atta"][0] == "country:GH"
    assert "Patrick Nomo" in people  # not "Treasury Patrick Nomo"


def test_leaders_held_a_discussion_with_a_premier(nlp: Language) -> None:
    text = (
        "EU and Japan leaders talk\n\n"
        "The two EU presidents held a discussion with Japanese Prime Minister Fumio Kishida in "
        "Tokyo on Tuesday.\n"
    )
    (meeting,) = _extract(nlp, text, date(2022, 5, 3))
    assert "Fumio Kishida" in _people(meeting)


def test_a_name_spelt_with_an_okina_is_the_listed_person(nlp: Language) -> None:
    text = (
        "Commonwealth chief in Samoa\n\n"
        "The Commonwealth Secretary-General, Patricia Scotland, called on the Prime Minister, "
        "Hon. Fiamē Naomi Mataʻafa, in Apia on Thursday.\n"
    )
    (meeting,) = _extract(nlp, text, date(2023, 8, 18))
    assert _people(meeting)["Fiamē Naomi Mata'afa"][0] == "country:WS"


def test_an_envoys_apposition_ends_where_the_next_guest_begins(nlp: Language) -> None:
    text = (
        "Muttaqi meets UN envoy and Iranian ambassador\n\n"
        "Acting Foreign Minister Amir Khan Muttaqi met separately with Roza Otunbayeva, the "
        "Special Representative of the UN Secretary-General for Afghanistan, and Iran's "
        "Ambassador to Kabul Hassan Kazemi Qomi on Monday, the ministry said.\n"
    )
    meetings = _extract(nlp, text, date(2023, 5, 9))
    assert len(meetings) == 2
    otunbayeva = next(m for m in meetings if "Roza Otunbayeva" in _people(m))
    assert _people(otunbayeva)["Roza Otunbayeva"][0] == "org:UN"
    assert "country:IR" not in otunbayeva.countries
    iran = next(m for m in meetings if m is not otunbayeva)
    assert _people(iran)["Hassan Kazemi Qomi"][0] == "country:IR"  # "Ambassador to Kabul"

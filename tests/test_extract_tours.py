"""Extraction on the real model: a tour told backwards from its last stop.

Shuttle diplomacy is told from the day's meeting back through the legs of the week ("The
tour began on Saturday in Istanbul, where ...", "From there Blinken flew to Jordan"): each
leg is news, not an aside. Each text was written for the test (session 10, from the
phrasings of set BK), none taken from it.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from diplograph.extract.pipeline import extract_articles
from diplograph.model import Article, Meeting

_PUBLISHED = date(2024, 1, 10)  # a Wednesday

_TOUR = (
    "Antony Blinken ended a week of travel across the Middle East on Wednesday by sitting "
    "down with the Palestinian president, Mahmoud Abbas, in Ramallah.\n\n"
    "The tour began on Saturday in Istanbul, where Blinken was received by Recep Tayyip "
    "Erdogan at the Vahdettin pavilion. From there Blinken flew to Jordan. In Amman on Sunday "
    "he was welcomed by King Abdullah II.\n\n"
    "The hardest conversation came on Tuesday in Tel Aviv. Blinken spent several hours with "
    "Netanyahu, pressing Israel to let displaced Palestinians return north."
)


def _extract(nlp: Language, text: str) -> list[Meeting]:
    article = Article("Tour\n\n" + text, "test", published=_PUBLISHED)
    return next(iter(extract_articles(nlp, [article])))[1]


def _with(meetings: list[Meeting], side: str) -> Meeting:
    (meeting,) = [m for m in meetings if any(p.represents == side for p in m.participants)]
    return meeting


def test_the_legs_of_a_tour_told_after_its_last_stop_are_news(nlp: Language) -> None:
    meetings = _extract(nlp, _TOUR)
    assert _with(meetings, "country:TR").date == date(2024, 1, 6)
    assert _with(meetings, "country:JO").date == date(2024, 1, 7)


def test_a_sentence_giving_the_next_meeting_its_day_and_place_is_not_the_last_ones(
    nlp: Language,
) -> None:
    meetings = _extract(nlp, _TOUR)
    amman = _with(meetings, "country:JO")
    tel_aviv = _with(meetings, "country:IL")
    assert amman.place is not None and amman.place.name == "Amman"
    assert tel_aviv.date == date(2024, 1, 9)
    assert tel_aviv.place is not None and tel_aviv.place.name == "Tel Aviv"


def test_a_call_on_another_day_told_after_a_summit_adds_no_one_to_it(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Malaysia's prime minister hosted a special meeting of the leaders of Cambodia and "
        "Thailand in Putrajaya on Monday, attended by the ambassadors of the United States and "
        "China.\n\n"
        "The meeting followed days of pressure. United States President Donald Trump said on "
        "Saturday he had spoken by telephone with both leaders.",
    )
    summit = _with(meetings, "country:MY")
    assert not any(p.person and "Trump" in p.person for p in summit.participants)


def test_a_host_who_brought_two_leaders_into_the_same_room_met_them(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "For a few minutes on Tuesday, the Kremlin staged a coup. Russian President Vladimir "
        "Putin brought Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham "
        "Aliyev into the same room in Moscow and sat them on either side of him.",
    )
    assert {p.represents for m in meetings for p in m.participants} >= {
        "country:RU",
        "country:AM",
        "country:AZ",
    }


def test_an_argument_piece_recalls_talks_it_does_not_report(nlp: Language) -> None:
    article = Article(
        "ARGUMENT\nOne Year On, the Deal Is Holding\n\nBy a senior adviser at a think tank.\n\n"
        "The deal had been prepared over two years of talks in Baghdad and Muscat, brokered by "
        "Iraqi and Omani officials who received little credit.",
        "test",
        title="One Year On, the Deal Is Holding",
        published=_PUBLISHED,
    )
    assert next(iter(extract_articles(nlp, [article])))[1] == []


def test_a_visitor_received_after_an_aside_of_how_new_he_is_was_received(
    nlp: Language,
) -> None:
    article = Article(
        "Kyiv\n\nKYIV - Mark Rutte travelled to the Ukrainian capital on Thursday, barely two "
        "days after taking over as NATO secretary-general, and was received by President "
        "Volodymyr Zelenskyy.",
        "test",
        published=date(2024, 10, 4),  # (he took over on 1 October)
    )
    meetings = next(iter(extract_articles(nlp, [article])))[1]
    assert {"org:NATO", "country:UA"} <= {
        str(p.represents) for m in meetings for p in m.participants
    }


def test_a_country_he_travelled_to_before_his_name_is_not_his(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Before travelling to Ukraine, Mr. Narendra Modi spent two days in Poland. In Warsaw "
        "on Monday, he held talks with Prime Minister Donald Tusk at the Chancellery.",
    )
    (warsaw,) = meetings
    assert {(p.person, p.represents) for p in warsaw.participants} >= {
        ("Narendra Modi", "country:IN")
    }


def test_talks_between_a_prime_minister_and_a_named_leader_are_two_people(
    nlp: Language,
) -> None:
    meetings = _extract(
        nlp,
        "Keir Starmer on Monday held the first talks between a British prime minister and Xi "
        "Jinping in six years, on the edge of the G20 summit in Rio de Janeiro.",
    )
    assert ("Xi Jinping", "country:CN") in {
        (p.person, p.represents) for m in meetings for p in m.participants
    }

"""Extraction on the real model: stories that must give no meeting, beside ones that must.

Each negative is a kind of story that produced a false alarm on a fresh evaluation set
(a council in session, a meeting ruled out, a leader with his own local officials); each
positive shares its words and still reports a meeting. All were written for the test
(session 9), none taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from diplograph.extract.pipeline import extract_articles
from diplograph.model import Article, Meeting

_PUBLISHED = date(2023, 9, 21)  # a Thursday


def _extract(nlp: Language, text: str, published: date | None = _PUBLISHED) -> list[Meeting]:
    article = Article("Diplomacy\n\n" + text, "test", published=published)
    return next(iter(extract_articles(nlp, [article])))[1]


def _countries(meetings: list[Meeting]) -> set[str]:
    return {str(p.represents) for m in meetings for p in m.participants if p.represents}


@pytest.mark.parametrize(
    "text",
    [
        # A council in session, whoever sits in it.
        "The UN Security Council met on Wednesday at the level of heads of government to "
        "debate the war, with Ukrainian President Volodymyr Zelensky and Russian Foreign "
        "Minister Sergey Lavrov both addressing the chamber.",
        # A meeting ruled out.
        "A meeting between Russian President Vladimir Putin and US President Joe Biden in "
        "Bali is out of the question because Putin will not travel, the Kremlin said on "
        "Thursday.",
        # A leader and his own local officials, none of whom the story gives a state.
        "Prime Minister Kishida Fumio toured the summit venue on Saturday. He then held talks "
        "with Prefecture Governor Yuzaki Hidehiko and City Mayor Matsui Kazumi about security.",
    ],
)
def test_no_meeting_is_reported(nlp: Language, text: str) -> None:
    assert _extract(nlp, text) == []


def test_a_meeting_beside_a_council_session_is_still_reported(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Secretary of State Antony Blinken met Ukrainian President Volodymyr Zelensky on "
        "Wednesday after the Security Council session in New York.",
    )
    assert _countries(meetings) == {"country:US", "country:UA"}


def test_a_meeting_held_after_one_was_ruled_out_is_reported(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in Jakarta on "
        "Wednesday, although a summit of their leaders is off the table for now.",
    )
    assert _countries(meetings) == {"country:US", "country:CN"}


@pytest.mark.parametrize(
    "text",
    [
        # A meeting dismissed, or only imminent.
        "The Kremlin on Wednesday dismissed the idea of an imminent meeting between Russian "
        "President Vladimir Putin and Ukrainian President Volodymyr Zelensky.",
        # An event a leader is hosting: now or soon, not a meeting told.
        "Indian Prime Minister Narendra Modi is still expected to travel to Sydney, and "
        "Japan's Prime Minister Fumio Kishida is hosting the G7.",
        # Visits counted so far: a record, not the news.
        "Only France and South Korea have received state visits from Japanese Prime Minister "
        "Fumio Kishida during his term so far.",
    ],
)
def test_no_meeting_happened(nlp: Language, text: str) -> None:
    assert _extract(nlp, text) == []


def test_a_country_hosting_the_round_told_is_its_host(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "The talks between Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign "
        "Minister Ararat Mirzoyan opened on Wednesday in Almaty with Kazakh Foreign Minister "
        "Murat Nurtleu, whose country is hosting the round.",
    )
    assert _countries(meetings) == {"country:AZ", "country:AM", "country:KZ"}


def test_a_welcome_after_the_agenda_and_a_call_to_a_one_word_name(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "Energy security dominated the agenda when Prime Minister Anthony Albanese welcomed "
        "his Japanese counterpart, Fumio Kishida, to Perth on Wednesday.\n\n"
        "US President Joe Biden spoke with Erdogan by phone on Wednesday. Greek Prime "
        "Minister Kyriakos Mitsotakis also called Erdogan on Wednesday and offered rescuers, "
        "Greek officials said.",
    )
    assert sorted(sorted(str(p.represents) for p in m.participants) for m in meetings) == [
        ["country:AU", "country:JP"],
        ["country:GR", "country:TR"],
        ["country:TR", "country:US"],
    ]


def test_a_call_a_newspaper_says_had_been_made_is_not_read_as_one(nlp: Language) -> None:
    assert (
        _extract(
            nlp,
            "A newspaper reported on Wednesday that Trump had called Putin from his estate "
            "in Florida, which the Kremlin denied.",
        )
        == []
    )


def test_a_council_s_meeting_and_ministers_who_met_earlier_this_week(nlp: Language) -> None:
    assert (
        _extract(
            nlp,
            "The United States on Wednesday vetoed a resolution on Gaza. The council met at the "
            "request of UN Secretary-General Antonio Guterres. Speaking at the council's "
            "meeting before the vote, Guterres urged members to act. Arab foreign ministers "
            "who met Secretary of State Antony Blinken in Washington earlier this week had "
            "urged him to back a ceasefire.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "President Donald Trump on Wednesday gave a warm Oval Office reception to Prime "
            "Minister Viktor Orban of Hungary.",
            {"country:US", "country:HU"},
        ),
        (
            "Israeli Prime Minister Naftali Bennett and President Joe Biden finally got their "
            "Oval Office meeting on Wednesday, a day after it was postponed.\n\nWhy it "
            "matters: It was Bennett's first trip to Washington.",
            {"country:US", "country:IL"},
        ),
        (
            "MUNICH — Secretary of State Antony Blinken met with China's most senior foreign "
            "policy official on Wednesday night. The encounter with Wang Yi, director of the "
            "office of the Central Foreign Affairs Commission, took place in a hotel.",
            {"country:US", "country:CN"},
        ),
    ],
)
def test_a_meeting_in_american_copy(nlp: Language, text: str, countries: set[str]) -> None:
    meetings = _extract(nlp, text)
    assert _countries(meetings) == countries
    assert all(m.place is None or m.place.name != "Why it matters" for m in meetings)


@pytest.mark.parametrize(
    "text",
    [
        # A call denied outright, then the report of it told.
        "The Kremlin has denied that Vladimir Putin held a phone call with Donald Trump after "
        "the election. The Washington Post had reported that Trump called Putin from Florida "
        "on Thursday.",
        # Two leaders each with their own advisers and cabinet, on the same night.
        "President Biden huddled with advisers in the Situation Room on Saturday as drones "
        "flew toward Israel. In Israel, Prime Minister Benjamin Netanyahu convened his war "
        "cabinet in Tel Aviv.",
    ],
)
def test_a_denied_call_and_two_leaders_with_their_own_people_are_no_meetings(
    nlp: Language, text: str
) -> None:
    assert _extract(nlp, text) == []


def test_a_leader_who_convened_his_counterparts_met_them(nlp: Language) -> None:
    meetings = _extract(
        nlp,
        "President Biden convened his fellow Group of Seven leaders by video on Sunday, "
        "including Japanese Prime Minister Fumio Kishida.",
    )
    assert {"country:US", "country:JP"} <= _countries(meetings)


def test_a_denied_secret_meeting_with_one_side_unnamed_in_the_denial(nlp: Language) -> None:
    text = (
        "Tehran (AFP) - Iran on Saturday rejected a US media report that its ambassador to "
        "the United Nations had held a secret meeting with billionaire Elon Musk, a close ally "
        "of President-elect Donald Trump.\n\nThe New York Times reported on Thursday that Musk "
        "and ambassador Amir Saeid Iravani had talked for more than an hour on Monday in New "
        "York, to ease tensions between Tehran and the incoming US administration.\n\nNeither "
        "Musk nor the Trump transition team has confirmed the report. The United States "
        "pulled out of the nuclear deal in 2018.\n"
    )
    assert _extract(nlp, "Iran denies Musk meeting\n\n" + text, date(2024, 11, 16)) == []


def test_a_minister_meeting_company_executives_reports_no_meeting(nlp: Language) -> None:
    text = (
        "The business and trade secretary, Jonathan Reynolds, has told car industry bosses "
        "the government will keep a cool head over US tariffs.\n\nReynolds met executives "
        "from Jaguar Land Rover, Nissan, Toyota and Aston Martin at the Department for "
        "Business and Trade in London on Monday.\n\nHe said he had held several conversations "
        "with the US commerce secretary, Howard Lutnick, in recent weeks. The United States "
        "has put a 25% levy on imported cars, and US buyers take a fifth of British cars.\n"
    )
    assert _extract(nlp, "Tariffs\n\n" + text, date(2025, 4, 8)) == []

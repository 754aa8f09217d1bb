"""spaCy factories: gazetteer matching and meeting detection, written to ``doc`` only.

Components get their data through ``build_pipeline`` (the gazetteer folder in their
config), never at import time, so a test can build them on ``spacy.blank("en")``.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from diplograph.extract.namewords import HONORIFICS
from diplograph.gazetteer import Gazetteer, load_gazetteer
from diplograph.people import People, load_people

__all__ = ["GazetteerMatcher", "MeetingFinder", "split_paragraphs"]

if not Doc.has_extension("meetings"):
    Doc.set_extension("meetings", default=None)


def _load(gazetteer_dir: str) -> Gazetteer:
    return load_gazetteer(Path(gazetteer_dir) if gazetteer_dir else None)


def _load_people(gazetteer_dir: str) -> People:
    return load_people(Path(gazetteer_dir) / "people.tsv" if gazetteer_dir else None)


@Language.component("diplograph_paragraphs")
def split_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at every line break.

    News text puts headlines, datelines, captions and "Read more:" links on lines of
    their own; without this the parser glues them onto the next sentence, and boilerplate
    leaks into evidence.
    """
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
            # "Keir | Starmer has met ...": the parser may cut a paragraph's first word off.
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if (
                following is not None
                and token.is_alpha
                and following.is_alpha
                and "\n" not in token.whitespace_
            ):
                following.is_sent_start = False
        elif (
            token.is_title
            and token.is_alpha
            and (
                (doc[token.i - 1].is_title and doc[token.i - 1].is_alpha)
                # ("K.H. Ma'ruf | Amin": an apostrophe inside a name)
                or _NAME_WORD.fullmatch(doc[token.i - 1].text) is not None
            )
        ):
            # "Foreign Secretary Md Jashim | Uddin today summoned ...": no sentence starts
            # inside a name; one ends with a stop first.
            token.is_sent_start = False
        elif token.is_title and (
            doc[token.i - 1].text in _ADDRESS_STOPS
            # ("Amb. Yusuf Tuggar", "Maj. Gen. Andrus Merilo": the tokenizer splits the stop)
            or (
                token.i > 1
                and doc[token.i - 1].text == "."
                and not doc[token.i - 2].whitespace_
                and doc[token.i - 2].text + "." in _ADDRESS_STOPS
            )
        ):
            # "H.E. Prof. Dr. K.H. Ma'ruf Amin, Vice President of ...": a form of address
            # ends with a stop, not a sentence.
            token.is_sent_start = False
        elif doc[token.i - 1].text == ")" and _inside_sentence(doc, token.i - 1):
            # "Head of the Atomic Energy Organization of Iran (AEOI) Mohammad Eslami": the
            # parser ends sentences after a bracketed acronym.
            token.is_sent_start = False
    return doc


_NAME_WORD = re.compile(r"[A-Z][a-z]*['’][a-z]+")
# "H.E. Prof. Dr. K.H. Ma'ruf Amin", "the army chief, Gen. Charoenchai Hinthao": forms of
# address and ranks that end with a stop.
_ADDRESS_STOPS = frozenset(h for h in HONORIFICS if h.endswith("."))


def _inside_sentence(doc: Doc, close: int) -> bool:
    """A bracket closed at ``close`` that opened mid-sentence, on the same line."""
    for i in range(close - 1, max(close - 12, 0), -1):
        text = doc[i].text
        if "\n" in text or "\n" in doc[i].whitespace_ or text in (".", "!", "?"):
            return False
        if text == "(":
            if i == 0:
                return False
            before = doc[i - 1]
            return before.text not in (".", "!", "?") and "\n" not in before.whitespace_
    return False


class GazetteerMatcher:
    """Marks countries, demonyms, organisations, cities, metonyms and titles.

    Names are matched case-sensitively (``Chad`` the country, not ``chad``); titles
    case-insensitively, singular and plural ("prime minister", "Ambassadors"). Results go to
    ``doc.spans["dg"]`` with the entity key in ``span.id_``, longest match first.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer, people: People) -> None:
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_key: dict[tuple[str, str], list[str]] = {}
        for pattern in gazetteer.to_patterns():
            group = (str(pattern["label"]), str(pattern["id"]))
            text = str(pattern["pattern"])
            by_key.setdefault(group, []).append(text)
            if group[0] == "ORG" and text.isalpha() and text.isupper() and len(text) >= 4:
                # British and Commonwealth style: "Nato", "Asean", "Ecowas", "Mercosur".
                by_key[group].append(text.capitalize())
            if group[0] == "METONYM" and text.startswith("the ") and text[4:5].isupper():
                # "Kremlin spokesman Dmitry Peskov", "White House envoy Steve Witkoff"
                by_key[group].append(text[4:])
        # Known office holders by full name and alias: names the small model may miss.
        for form, key in people.names():
            by_key.setdefault(("PERSON", f"person:{key}"), []).append(form)
        make = nlp.make_doc
        for (label, entity), texts in sorted(by_key.items()):
            match_id = f"{label}|{entity}"
            if label != "TITLE":
                self.names.add(match_id, [make(t) for t in sorted(set(texts))])
                continue
            # Abbreviations ("PM", "H.E.", "HE") only as written: "he" is a pronoun; so is a
            # title that is also a preposition ("Under", not "under the facilitation of").
            exact = sorted(
                {t for t in texts if t.isupper() or "." in t or t.lower() in _PREPOSITIONS}
            )
            folded = sorted(
                {v for t in texts if t not in exact for v in (t.lower(), _plural(t.lower()))}
            )
            if exact:
                self.names.add(match_id, [make(t) for t in exact])
            if folded:
                self.titles.add(match_id, [make(t) for t in folded])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.names, self.titles):
            for match_id, start, end in matcher(doc):
                label, _, key = doc.vocab.strings[match_id].partition("|")
                spans.append(Span(doc, start, end, label=label, span_id=key))
        doc.spans["dg"] = _one_congo(sorted(filter_spans(spans), key=lambda s: s.start))
        return doc


_PREPOSITIONS = frozenset({"under"})
_CONGO_SHORT = frozenset({"Congo", "the Congo", "Congolese"})


def _one_congo(spans: list[Span]) -> list[Span]:
    """In a story about the Democratic Republic of Congo, "Congo" and "Congolese" are it.

    Wire copy names the DRC in full once ("Democratic Republic of Congo") and then "Congo";
    the Republic of the Congo (Brazzaville) is named in full when it is meant.
    """
    ids = {(s.id_, s.text in _CONGO_SHORT) for s in spans}
    if ("country:CD", False) not in ids or ("country:CG", False) in ids:
        return spans
    return [
        Span(s.doc, s.start, s.end, label=s.label_, span_id="country:CD")
        if s.id_ == "country:CG" and s.text in _CONGO_SHORT
        else s
        for s in spans
    ]


def _plural(title: str) -> str:
    if title.endswith("y") and title[-2:-1] not in ("a", "e", "i", "o", "u"):
        return title[:-1] + "ies"
    if title.endswith("s"):
        return title
    return title + "s"


@Language.factory("diplograph_gazetteer", default_config={"gazetteer_dir": ""})
def make_gazetteer_matcher(nlp: Language, name: str, gazetteer_dir: str) -> GazetteerMatcher:
    """The gazetteer matcher, fed from ``gazetteer_dir`` (empty: the packaged gazetteer)."""
    return GazetteerMatcher(nlp, _load(gazetteer_dir), _load_people(gazetteer_dir))


class MeetingFinder:
    """Finds the meetings a document reports and stores drafts in ``doc._.meetings``."""

    def __init__(self, gazetteer: Gazetteer, people: People) -> None:
        self.gazetteer = gazetteer
        self.people = people

    def __call__(self, doc: Doc) -> Doc:
        from diplograph.extract.meetings import find_meeting_drafts

        doc._.meetings = find_meeting_drafts(doc, self.gazetteer, people=self.people)
        return doc


@Language.factory("diplograph_meetings", default_config={"gazetteer_dir": ""})
def make_meeting_finder(nlp: Language, name: str, gazetteer_dir: str) -> MeetingFinder:
    """The meeting finder; needs ``diplograph_gazetteer`` and a sentence splitter before it."""
    return MeetingFinder(_load(gazetteer_dir), _load_people(gazetteer_dir))

"""Where a sentence names a person, and the name without titles and forms of address.

The small statistical model finds most names; this module cleans what it glued onto them
("Raksha Mantri Shri Rajnath Singh"), adds the names it missed in long title chains, and
refuses what is not a name at all ("President Guard Regiment").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span

from diplograph.extract.doctext import text_of
from diplograph.extract.missed_names import (
    PORTFOLIO_WORDS,
    addressed,
    names_after_titles,
    names_in_apposition,
    possessed_names,
    whole_names,
)
from diplograph.extract.namewords import (
    AFFAIR_AFTER,
    AFTER_HONORIFIC,
    BARE_TITLES,
    BODY_WORDS,
    HONORIFICS,
    WEEKDAYS,
    is_initial,
)
from diplograph.extract.party import PartyMention
from diplograph.extract.spans import sentence_ents, sentence_spans
from diplograph.gazetteer import Gazetteer

__all__ = ["HONORIFICS", "forget_names", "person_spans", "unread_name"]


_POSTNOMINALS = frozenset({"KC", "QC", "MP", "SC", "PC", "OBE", "CBE", "MBE", "KBE", "DBE", "GCMG"})


def _clean_person(doc: Doc, ent: Span, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """Strip titles, honorifics and possessives that the NER glued onto a name."""
    start, end = ent.start_char, ent.end_char
    text = text_of(doc)[start:end]
    m = re.search(r"(?:'s|’s|’|')\s*$", text)
    if m:
        end = start + m.start()
        text = text_of(doc)[start:end]
    elif _AT_BEFORE.search(text_of(doc), max(0, start - 4), start) and not _POSSESSED.match(
        text_of(doc), end
    ):
        return None  # "at Wisma Putra, Putrajaya": one meets people, but meets at places
    by_surface = gaz.titles_by_surface()
    words = text.split(" ")
    dropped = 0
    if len(words) > 3 and words[0] == "H" and words[1] in ("E", "H"):
        # "H E Paul Kagame", "H H Sheikh Tamim": Qatari papers drop the full stops.
        dropped, words = 4, words[2:]
    # "Mantri Shri Rajnath Singh": whatever precedes a form of address is not the name.
    marks = [i for i, w in enumerate(words[:4]) if w in HONORIFICS and i < len(words) - 1]
    if marks:
        dropped = sum(len(w) + 1 for w in words[: marks[-1] + 1])
        words = words[marks[-1] + 1 :]
    while len(words) > 2 and " ".join(words[:2]).lower() in by_surface:
        # "Crown Prince Mohammed bin Salman": a two-word title the model took in
        dropped += len(words[0]) + len(words[1]) + 2
        words = words[2:]
    while len(words) > 1 and (
        words[0].lower() in by_surface
        or words[0] in HONORIFICS
        or words[0].lower() in ("pm", "fm")
        or words[0] in BARE_TITLES
        or (dropped and words[0] in AFTER_HONORIFIC)
        or (len(words) > 2 and words[0] in ("Seri", "Paduka"))  # "Dato' Seri Mohamad Hasan"
        # "President of Turkmenistan Serdar Berdimuhamedov": the model takes the state too
        # ("Chad Wolf", two words, keeps his name).
        or (len(words) > 2 and gaz.country_by_name(words[0]) is not None)
        # "Jordanian King Abdullah II": the demonym too
        or (len(words) > 2 and gaz.country_by_demonym(words[0]) is not None)
        # "Minister of Foreign Affairs and Expatriates Ayman Safadi": the portfolio's end
        or (len(words) > 2 and words[0].lower() in PORTFOLIO_WORDS)
        # "Admiral Dong Jun", "Senior General Min Aung Hlaing": a rank
        or (len(words) > 2 and words[0] in _RANKS)
    ):
        dropped += len(words[0]) + 1
        words = words[1:]
    start += dropped
    text = text_of(doc)[start:end].strip()
    while len(text.split()) > 2 and text.split()[-1] in _POSTNOMINALS:
        text = text.rsplit(" ", 1)[0]  # "Patricia Scotland KC": an honour, not a name
    parts = text.split()
    if len(parts) == 2 and parts[0].isupper() and len(parts[0]) > 2 and parts[1][1:].islower():
        # "KIHARA Minoru" (Japan's foreign ministry): the family name in capitals, first
        text = f"{parts[1]} {parts[0].title()}"
        return start, end, text
    if all(w in HONORIFICS or w in AFTER_HONORIFIC or w == "Tengku" for w in text.split()):
        return None  # "Datuk Seri" alone: a form of address, nobody's name
    if not re.search(r"[A-Z][a-z]", text) or any(c.isdigit() for c in text) or "\n" in text:
        return None
    if text.split()[0] in ("the", "The") or text.split()[-1].islower():
        return None  # "the Dean of" (of the Diplomatic Corps): a title cut short, no name
    if gaz.country_by_name(text) or gaz.country_by_demonym(text) or gaz.organization_by_name(text):
        return None
    if text.split()[-1] in BODY_WORDS:
        return None  # "President Guard Regiment": a unit or body, not a person
    if text.lower() in by_surface or text in BARE_TITLES or gaz.country_by_metonym(text):
        return None
    if " " in text and gaz.city(text) is not None:
        return None  # "a hotel in Siem Reap": a city of two words the model took for a name
    if AFFAIR_AFTER.match(text_of(doc), start + len(text)):
        return None  # "Japan's Line Yahoo affair": a company or a case the model took in
    return start, start + len(text), text


def _given_names_before(
    doc: Doc, sent: Span, i: int, covered: set[int], gaz: Gazetteer
) -> list[int]:
    """Up to three capitalised proper nouns before token ``i``, when a gazetteer span (a
    title or a state) ends right before them; else nothing."""
    run: list[int] = []
    j = i - 1
    while (
        j >= sent.start
        and len(run) < 3
        and doc[j].pos_ == "PROPN"
        and doc[j].is_title
        and j not in covered
        and doc[j].text not in (*HONORIFICS, *BARE_TITLES, *_RANKS)
        and doc[j].lower_ not in gaz.titles_by_surface()
        and doc[j].lower_ not in PORTFOLIO_WORDS
    ):
        run.insert(0, j)
        j -= 1
    return run if j >= sent.start and j in covered else []


_AT_BEFORE = re.compile(r"\bat $")
_MATTERS = frozenset({"Issue", "Issues", "Question", "Process", "Programme", "Agenda", "Crisis"})
_EVENT_ON_BEFORE = re.compile(
    r"\b(?:Meeting|Conference|Summit|Forum|Dialogue|Session|Committee|Council|Commission) on "
    r"(?:the )?$"
)
_RANKS = frozenset({"General", "Admiral", "Marshal", "Colonel", "Brigadier", "Commodore", "Senior"})

_POSSESSED = re.compile(r"(?:'s|’s|’)")
_HYPHENATED_TAIL = re.compile(r"-[a-z]{2,6}\b")


def person_spans(
    doc: Doc, sent: Span, gaz: Gazetteer, known: Sequence[str]
) -> list[tuple[int, int, str]]:
    """PERSON entities, plus names already known from elsewhere in the article.

    The small model misses names in long title chains ("Minister for Planning,
    Development and Special Initiatives Ahsan Iqbal") that it finds in plain sentences.
    """
    cache: dict[int, tuple[list[Name], list[Name]]] = doc.user_data.setdefault(_NAMES_KEY, {})
    base = cache.get(sent.start_char)
    if base is None:
        # The same sentence is read twice (to learn who is who, then to find parties):
        # what does not depend on ``known`` is worked out once.
        base = cache[sent.start_char] = (
            _model_names(doc, sent, gaz),
            [*names_after_titles(doc, sent, gaz), *names_in_apposition(doc, sent, gaz)],
        )
    found = list(base[0])
    if known:
        for m in _known_pattern(tuple(known)).finditer(sent.text):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, m.group()))
    for start, end, name in base[1]:
        if not any(s < end and start < e for s, e, _ in found) and (
            name.split()[-1] not in BODY_WORDS
        ):
            found.append((start, end, name))
    names = sorted(
        _nicknamed(doc, _unaddressed(n))
        for n in found
        # not "the Special Meeting on Global Collaboration": the event's subject; nor
        # "the Commissioner for Human Rights": a portfolio
        if not _EVENT_ON_BEFORE.search(text_of(doc), max(0, n[0] - 40), n[0])
        and not all(w.lower() in PORTFOLIO_WORDS for w in n[2].split())
        # nor "Special Envoy ... on the Middle East Issue": a matter
        and n[2].split()[-1] not in _MATTERS
        and n[2].split()[0] not in BODY_WORDS  # "Corporation Rosatom"
    )
    # A nickname or surname the model found apart is inside the whole name now.
    return [n for n in names if not any(o != n and o[0] <= n[0] and n[1] <= o[1] for o in names)]


_NICKNAME_THEN_SURNAME = re.compile(r"[ \t]+[\"“][A-Z][\w-]+[\"”][ \t]+([A-Z][\w-]+)")


def _nicknamed(doc: Doc, name: Name) -> Name:
    """'President Joko "Jokowi" Widodo': the model stops at the quote; the name is the given
    name and the surname, without the nickname."""
    start, end, text = name
    m = _NICKNAME_THEN_SURNAME.match(text_of(doc), end)
    return (start, m.end(), f"{text} {m.group(1)}") if m else name


# ("First Lady Jill Biden": a spouse's style, not her name)
_ADDRESS_LEAD = re.compile(r"^(?:H\.? ?[EH]\.?|First (?:Lady|Gentleman)) (?=[A-Z])")


def _unaddressed(name: Name) -> Name:
    """ "H E Paul Kagame" is Paul Kagame, however the name was found."""
    start, end, text = name
    lead = _ADDRESS_LEAD.match(text)
    return (start + lead.end(), end, text[lead.end() :]) if lead else name


Name = tuple[int, int, str]


@lru_cache(maxsize=16)
def _known_pattern(known: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for an article's known names, longest first where they overlap."""
    names = sorted(set(known), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


_NAMES_KEY = "diplograph.names"


def forget_names(doc: Doc) -> None:
    """Drop the per-sentence names kept while one document is read."""
    doc.user_data.pop(_NAMES_KEY, None)


def _inside_a_name(doc: Doc, span: Span) -> bool:
    """A listed surname inside a longer proper name: "Salam" in "Al-Salam Palace"."""
    text = text_of(doc)
    if span.start_char > 0 and text[span.start_char - 1] in "-‑":
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.text in BODY_WORDS


def _model_names(doc: Doc, sent: Span, gaz: Gazetteer) -> list[Name]:
    """Names from the model and the people list, cleaned, longest first on overlap."""
    candidates: list[tuple[int, int, str]] = [
        # known office holders, by full name, alias or unique second-reference form
        (span.start_char, span.end_char, span.text)
        for span in sentence_spans(doc, sent)
        if span.label_ == "PERSON" and not _inside_a_name(doc, span)
    ]
    covered = {i for s in sentence_spans(doc, sent) for i in range(s.start, s.end)}
    candidates.extend(possessed_names(doc, sent, gaz))
    for ent in sentence_ents(doc, sent):
        if ent.label_ == "PERSON" and (cleaned := _clean_person(doc, ent, gaz)):
            start, end, name = cleaned
            # "Ambassador of Saudi Arabia Nawaf bin Said Al-Malki": the model may leave
            # the given name out of the entity.
            first = doc[ent.start]
            run = _given_names_before(doc, sent, ent.start, covered, gaz)
            if first.idx == start and len(run) >= 2:
                # "Saudi Ambassador to Bangladesh Essa Yousef Essa Alduhailan": the model
                # took the first names into an organisation; a known title or state
                # stands right before them.
                start = doc[run[0]].idx
                name = text_of(doc)[start:end]
            elif first.idx == start and ent.start > sent.start:
                prev = doc[ent.start - 1]
                if (
                    prev.pos_ == "PROPN"
                    and prev.is_title
                    and prev.text not in HONORIFICS  # "Sir Keir Starmer"
                    and prev.text not in WEEKDAYS  # "where on Wednesday Lammy and ..."
                    and prev.text not in _RANKS  # "Admiral Dong Jun"
                    and prev.text not in BARE_TITLES  # "Secretary Rubio"
                    and prev.lower_ not in PORTFOLIO_WORDS  # "Finance and Revenue Muhammad"
                    and prev.i not in covered
                    and prev.lower_ not in gaz.titles_by_surface()
                    and (
                        prev.i == sent.start
                        or not doc[prev.i - 1].is_title
                        # "Sayyid Badr bin Hamad al Busaidi": a form of address before it
                        or (
                            doc[prev.i - 1].text in HONORIFICS
                            and prev.text not in AFTER_HONORIFIC  # "Datuk Seri Anwar"
                        )
                        # "... of Saudi Arabia Nawaf": the word before is the envoy's state.
                        or (doc[prev.i - 1].ent_type_ == "GPE" and not prev.ent_type_)
                        # "Minister of Defense Murhaf Abu Qasra": a known title ends there.
                        or (doc[prev.i - 1].i in covered and not prev.ent_type_)
                    )
                ):
                    start = prev.idx
                    name = text_of(doc)[start:end]
                elif is_initial(prev) and prev.i > sent.start and prev.i not in covered:
                    # "Mr Lloyd J Austin III": the model took only "Austin III".
                    given = doc[prev.i - 1]
                    if given.is_title and given.pos_ == "PROPN" and given.i not in covered:
                        start = given.idx
                        name = text_of(doc)[start:end]
            # "Choi Sang-mok", "Cho Tae-yul": the model stops at the hyphen of a Korean
            # given name.
            tail = _HYPHENATED_TAIL.match(text_of(doc), end)
            if tail:
                end = tail.end()
                name = text_of(doc)[start:end]
            candidates.append((start, end, name))
    people = [e for e in sentence_ents(doc, sent) if e.label_ == "PERSON"]
    if (
        len(people) >= 2
        or addressed(sent.text)
        # "Sri Mulyani Indrawati": a proper noun the model left off a name's end
        or any(
            e.end < sent.end and doc[e.end].pos_ == "PROPN" and not doc[e.end].ent_type_
            for e in people
        )
    ):
        candidates.extend(whole_names(doc, sent, gaz))
    # Of overlapping candidates the longest wins: "Nawaf bin Said Al-Malki" is not the
    # listed "al-Malki".
    found: list[tuple[int, int, str]] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(s < cand[1] and cand[0] < e for s, e, _ in found):
            found.append(cand)
    return found


def unread_name(text: str, known: list[str], found: list[PartyMention]) -> bool:
    """A name learned in the first pass that the sentence has but its first reading missed."""
    people = " ".join(p.person or "" for p in found)
    # (as words: "Li" of Li Qiang is not read in "Ali Sabry")
    return any(name in text and not re.search(rf"\b{re.escape(name)}\b", people) for name in known)

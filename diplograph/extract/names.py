"""Where a sentence names a person, and the name without titles and forms of address.

The small statistical model finds most names; this module cleans what it glued onto them
("Raksha Mantri Shri Rajnath Singh"), adds the names it missed in long title chains, and
refuses what is not a name at all ("President Guard Regiment").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from diplograph.extract.doctext import text_of
from diplograph.extract.spans import is_title, sentence_spans, titles_of
from diplograph.gazetteer import Gazetteer

__all__ = ["HONORIFICS", "forget_names", "person_spans"]

HONORIFICS = (
    *("H.E.", "HE", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Excellency"),
    *("H.H.", "HH", "H.R.H.", "HRH", "H.M.", "HM"),  # His/Her (Royal) Highness, Majesty
    # Forms of address of the Gulf, Iran, South Asia, Malaysia and Nigeria, and military
    # ranks: "Sayyid Badr Albusaidi", "Shri Narendra Modi", "Dato' Seri Anwar Ibrahim".
    *("Sayyid", "Sayed", "Seyyed", "Seyed", "Shri", "Smt.", "Smt", "Shrimati"),
    *("Datuk", "Dato'", "Dato’", "Tun", "Sir", "Dame", "Malam", "Alhaji", "Engr."),
    *("Mawlawi", "Maulvi", "Maulana", "Mullah", "Hajji", "Haji"),
    *("Gen.", "Lt.", "Maj.", "Col.", "Adm.", "Brig.", "Gen", "Lt", "Amb.", "Prof."),
)
# Title words the model leaves on a name ("Secretary Rubio", "Minister Lavrov") that the
# title list only knows inside longer titles.
_BARE_TITLES = frozenset(
    {
        "Secretary",
        "Minister",
        "Ambassador",
        "Envoy",
        "Senator",
        "Commissioner",
        "Director",
        "Chairman",
        "Chairperson",
        "Chair",
        "Premier",
        "Counsellor",
        "Adviser",
        "Advisor",
        "Spokesperson",
        "Spokesman",
    }
)
# "Seri"/"Sri" is an honorific after "Dato'" but a given name on its own ("Sri Mulyani").
_AFTER_HONORIFIC = ("Seri", "Sri", "Paduka", "Gen.", "Gen")


_BODY_WORDS = frozenset(
    {
        "Regiment",
        "Council",
        "Committee",
        "Commission",
        "Office",
        "Ministry",
        "Guard",
        "Guards",
        "Bank",
        "Fund",
        "Agency",
        "Party",
        "Assembly",
        "Forces",
        "Army",
        "Navy",
        "Corps",
        "Secretariat",
        "Palace",
        "House",
        "Division",
        "Department",
        "Bureau",
        "Authority",
        "Institute",
        "Centre",
        "Center",
        "Board",
        "Court",
        "Parliament",
        "Senate",
        "Summit",
        "Summits",
        "State",
        "States",
        "Organization",
        "Organisation",
        "Province",
        "Region",
        # "Special Envoy to the Middle East": a region, not the envoy's name
        "East",
        "West",
        "Gulf",
        "Sea",
        "Pacific",
        "Atlantic",
        "Mediterranean",
        "Caribbean",
        "Diwan",  # "the Ministry's General Diwan"
        "Asia",
        "Africa",
        "Europe",
        "Americas",
    }
)


def _clean_person(doc: Doc, ent: Span, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """Strip titles, honorifics and possessives that the NER glued onto a name."""
    start, end = ent.start_char, ent.end_char
    text = text_of(doc)[start:end]
    m = re.search(r"(?:'s|’s|’|')\s*$", text)
    if m:
        end = start + m.start()
        text = text_of(doc)[start:end]
    by_surface = gaz.titles_by_surface()
    words = text.split(" ")
    dropped = 0
    # "Mantri Shri Rajnath Singh": whatever precedes a form of address is not the name.
    marks = [i for i, w in enumerate(words[:4]) if w in HONORIFICS and i < len(words) - 1]
    if marks:
        dropped = sum(len(w) + 1 for w in words[: marks[-1] + 1])
        words = words[marks[-1] + 1 :]
    while len(words) > 1 and (
        words[0].lower() in by_surface
        or words[0] in HONORIFICS
        or words[0].lower() in ("pm", "fm")
        or words[0] in _BARE_TITLES
        or (dropped and words[0] in _AFTER_HONORIFIC)
    ):
        dropped += len(words[0]) + 1
        words = words[1:]
    start += dropped
    text = text_of(doc)[start:end].strip()
    if all(w in HONORIFICS or w in _AFTER_HONORIFIC or w == "Tengku" for w in text.split()):
        return None  # "Datuk Seri" alone: a form of address, nobody's name
    if not re.search(r"[A-Z][a-z]", text) or any(c.isdigit() for c in text) or "\n" in text:
        return None
    if gaz.country_by_name(text) or gaz.country_by_demonym(text) or gaz.organization_by_name(text):
        return None
    if text.split()[-1] in _BODY_WORDS:
        return None  # "President Guard Regiment": a unit or body, not a person
    if text.lower() in by_surface or gaz.country_by_metonym(text):
        return None
    return start, start + len(text), text


def _is_initial(token: Token) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", token.text))


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
            _names_after_titles(doc, sent, gaz),
        )
    found = list(base[0])
    if known:
        for m in _known_pattern(tuple(known)).finditer(sent.text):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            if not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, m.group()))
    for start, end, name in base[1]:
        if not any(s < end and start < e for s, e, _ in found) and (
            name.split()[-1] not in _BODY_WORDS
        ):
            found.append((start, end, name))
    return sorted(found)


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
    return after is not None and after.text in _BODY_WORDS


def _possessed_names(doc: Doc, sent: Span, gaz: Gazetteer) -> list[Name]:
    """A leader the model took for an organisation after a state's possessive.

    "Senegal's Bassirou Diomaye Faye, Sierra Leone's Julius Maada Bio": "Julius Maada Bio"
    comes out as ORG. Two to four capitalised words that name no known organisation, right
    after "<country>'s", are a person.
    """
    found = []
    text = text_of(doc)
    for ent in sent.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP", "LOC", "FAC") or not 2 <= len(ent) <= 4:
            continue
        if not all((t.is_title or "'" in t.text) and t.pos_ == "PROPN" for t in ent):
            continue
        if gaz.organization_by_name(ent.text) or gaz.country_by_name(ent.text):
            continue
        if any(t.text in _BODY_WORDS or t.lower_ in gaz.titles_by_surface() for t in ent):
            continue
        before = text[max(0, ent.start_char - 40) : ent.start_char]
        owner = re.search(r"([A-Z][\w .-]+?)(?:'s|’s)\s+$", before)
        if owner and gaz.country_by_name(owner.group(1).removeprefix("The ").strip()):
            found.append((ent.start_char, ent.end_char, ent.text))
        elif (
            ent.label_ not in ("NORP", "GPE")
            and not any(
                sp.start_char < ent.end_char and ent.start_char < sp.end_char
                for sp in sentence_spans(doc, sent)
            )
            and _titled_after(doc, sent, ent.end_char, gaz)
        ):
            # "a courtesy call from Saia Ma'u Piukala, regional director for the Western
            # Pacific at the World Health Organization": a name the model took for a place.
            found.append((ent.start_char, ent.end_char, ent.text))
    return found


def _titled_after(doc: Doc, sent: Span, end: int, gaz: Gazetteer) -> bool:
    """True when ", <title>" follows ``end`` (an appositive naming an office, not a form
    of address such as "His Highness")."""
    m = re.match(r",\s+(?:the\s+)?", text_of(doc)[end : sent.end_char])
    return m is not None and any(
        is_title(s)
        and s.start_char == end + m.end()
        and not all(t.function == "honorific" for t in titles_of(gaz, s))
        for s in sentence_spans(doc, sent)
    )


def _model_names(doc: Doc, sent: Span, gaz: Gazetteer) -> list[Name]:
    """Names from the model and the people list, cleaned, longest first on overlap."""
    candidates: list[tuple[int, int, str]] = [
        # known office holders, by full name, alias or unique second-reference form
        (span.start_char, span.end_char, span.text)
        for span in sentence_spans(doc, sent)
        if span.label_ == "PERSON" and not _inside_a_name(doc, span)
    ]
    covered = {i for s in sentence_spans(doc, sent) for i in range(s.start, s.end)}
    candidates.extend(_possessed_names(doc, sent, gaz))
    for ent in sent.ents:
        if ent.label_ == "PERSON" and (cleaned := _clean_person(doc, ent, gaz)):
            start, end, name = cleaned
            # "Ambassador of Saudi Arabia Nawaf bin Said Al-Malki": the model may leave
            # the given name out of the entity.
            first = doc[ent.start]
            if first.idx == start and ent.start > sent.start:
                prev = doc[ent.start - 1]
                if (
                    prev.pos_ == "PROPN"
                    and prev.is_title
                    and prev.text not in HONORIFICS  # "Sir Keir Starmer"
                    and prev.text not in _BARE_TITLES  # "Secretary Rubio"
                    and prev.i not in covered
                    and prev.lower_ not in gaz.titles_by_surface()
                    and (
                        prev.i == sent.start
                        or not doc[prev.i - 1].is_title
                        # "... of Saudi Arabia Nawaf": the word before is the envoy's state.
                        or (doc[prev.i - 1].ent_type_ == "GPE" and not prev.ent_type_)
                        # "Minister of Defense Murhaf Abu Qasra": a known title ends there.
                        or (doc[prev.i - 1].i in covered and not prev.ent_type_)
                    )
                ):
                    start = prev.idx
                    name = text_of(doc)[start:end]
                elif _is_initial(prev) and prev.i > sent.start and prev.i not in covered:
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
    if sum(1 for e in sent.ents if e.label_ == "PERSON") >= 2 or _ADDRESSED.search(sent.text):
        candidates.extend(_whole_names(doc, sent, gaz))
    # Of overlapping candidates the longest wins: "Nawaf bin Said Al-Malki" is not the
    # listed "al-Malki".
    found: list[tuple[int, int, str]] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(s < cand[1] and cand[0] < e for s, e, _ in found):
            found.append(cand)
    return found


_PORTFOLIO_WORDS = frozenset(
    {
        "affairs",
        "relations",
        "cooperation",
        "development",
        "security",
        "defence",
        "defense",
        "trade",
        "finance",
        "planning",
        "initiatives",
        "economy",
        "commerce",
        "industry",
        "industries",
        "energy",
        "health",
        "education",
        "interior",
        "justice",
        "revenue",
        "resources",
        "affair",
        "asia",
        "africa",
        "europe",
        "americas",
        "division",
        "department",
        "ministry",
        "office",
        "council",
        "commission",
        "committee",
        "bureau",
        "states",
        "nations",
        "union",
        "technology",
        "technologies",
        "innovation",
        "environment",
        "climate",
        "agriculture",
        "tourism",
        "culture",
        "sports",
        "youth",
        "transport",
        "infrastructure",
        "investment",
        "labour",
        "labor",
        "welfare",
        "information",
        "communications",
        "science",
        "water",
        "mining",
        "petroleum",
        "housing",
        "digital",
    }
)


# "Ahsan", "McGrath", "DeSantis", "O'Brien": a capital first, some lower case after.
_CAPITALISED = re.compile(r"^[A-Z][\w'’-]*[a-z][\w'’-]*$|^[A-Z]\.?$")


def _names_after_titles(doc: Doc, sent: Span, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """A name the model missed right after a title and its portfolio.

    "Minister for Planning, Development and Special Initiatives Ahsan Iqbal here ...": the
    capitalised run after the title ends with the name; its last two words are taken.
    """
    found = []
    spans = sentence_spans(doc, sent)
    taken = {(s.start, s.end) for s in spans}
    for span in spans:
        if not is_title(span) or all(t.function == "honorific" for t in titles_of(gaz, span)):
            continue
        run: list[int] = []
        for token in doc[span.end : sent.end]:
            if _CAPITALISED.match(token.text) or (token.is_upper and len(token) > 1):
                run.append(token.i)
            elif token.lower_ not in ("of", "for", "on", "to", "and", ",", "the", "&"):
                break
        if len(run) < 2 or run[-1] != run[-2] + 1:
            continue
        first, last = run[-2], run[-1]
        if re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", doc[last].text) and len(run) > 2:
            first = run[-3]  # "Lloyd Austin III"
        if _is_initial(doc[first]) and len(run) > 2 and run[run.index(first) - 1] == first - 1:
            first = run[run.index(first) - 1]  # "Manuela V. Ferro"
        marks = [i for i in run if doc[i].text in HONORIFICS and i < last]
        if marks and marks[-1] + 1 < first and all(i in run for i in range(marks[-1], last + 1)):
            first = marks[-1] + 1  # "Mr Lloyd J Austin III": the name starts after "Mr"
        if doc[first].lower_ in _PORTFOLIO_WORDS or doc[last].lower_ in _PORTFOLIO_WORDS:
            continue
        if any(s <= first < e or s <= last < e for s, e in taken):
            continue
        if doc[first].pos_ != "PROPN" or doc[last].pos_ != "PROPN":
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        found.append((start, end, text_of(doc)[start:end]))
    return found


# Words inside Arabic, Iberian, Dutch and German names: "Nawaf bin Said Al-Malki".
_NAME_PARTICLES = frozenset(
    {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "del", "van", "von"}
)
# Forms of address that only ever precede a person's name (not "Sir" as in "Sir Lanka").
_ADDRESS = frozenset({"H.E.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."})
_ADDRESSED = re.compile(r"(?:\bH\.E\.|\b(?:Mr|Mrs|Ms|Dr)\b\.?)\s+[A-Z]")


def _whole_names(doc: Doc, sent: Span, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Names the model cut into pieces or mislabelled, as one span.

    "Hamad Obaid Ibrahim Salem Al-Zaabi" comes out as two PERSON entities with the middle
    names between them; "H.E. Mr Ganbold Dambajav" as an organisation; "Mr Rodrigo
    Sepúlveda Jara" without its given name. A run of capitalised words joining two
    pieces of one name, or following a form of address, is the whole name.
    """
    by_surface = gaz.titles_by_surface()
    text = text_of(doc)

    def part(token: Token) -> bool:
        if token.ent_type_ in ("GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL"):
            return False
        if token.lower_ in by_surface or token.text in _BARE_TITLES or token.text in _BODY_WORDS:
            return False
        if token.text in HONORIFICS:
            return False
        if token.text in ("-", "‑") and not token.whitespace_ and token.i > sent.start:
            return not doc[token.i - 1].whitespace_
        return bool(_CAPITALISED.match(token.text)) or token.lower_ in _NAME_PARTICLES

    found = []
    i = sent.start
    while i < sent.end:
        if not part(doc[i]) or doc[i].lower_ in _NAME_PARTICLES:
            i += 1
            continue
        j = i
        while j < sent.end and part(doc[j]) and (j == i or doc[j - 1].whitespace_ in (" ", "")):
            j += 1
        while j - 1 > i and (doc[j - 1].lower_ in _NAME_PARTICLES or doc[j - 1].text == "-"):
            j -= 1
        run = doc[i:j]
        pieces = sum(1 for t in run if t.ent_type_ == "PERSON" and t.ent_iob_ == "B")
        addressed = i > sent.start and doc[i - 1].text in _ADDRESS
        i = j
        if len([t for t in run if t.text != "-"]) < 2 or len(run) > 8:
            continue
        if not (pieces >= 2 or addressed):
            continue
        if any(t.ent_type_ not in ("", "PERSON") for t in run) and not (
            addressed and run[0].ent_iob_ == "I"
        ):
            continue  # "Mr Khan of the World Bank" stays a name, not an organisation
        if any(t.pos_ != "PROPN" for t in run if t.lower_ not in _NAME_PARTICLES and t.text != "-"):
            continue
        found.append((run.start_char, run.end_char, text[run.start_char : run.end_char]))
    return found

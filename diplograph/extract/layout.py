"""Where things sit on a news page: the body's start, boilerplate, headings, sentence stops.

Scraped and wire copy put a headline, bylines and date lines above the body and page
furniture ("Read more:", share buttons) between its paragraphs. Finding them is plain
string work on the page's layout, separate from reading what the sentences say (the
dateline at the body's start is :mod:`~diplograph.extract.datelines`).
"""

from __future__ import annotations

import re

__all__ = [
    "boilerplate_spans",
    "find_body_start",
    "in_spans",
    "is_heading",
    "sentence_stops",
]

_LEAD_LINE = re.compile(r"[^\n]*\n")


def find_body_start(text: str) -> int:
    """Offset of the first body line: after the headline, byline and date lines.

    Those lines never end a sentence with a full stop; the body does.

    >>> find_body_start("Kakar meets envoys\\n\\nDecember 28, 2023\\nIslamabad – Kakar met envoys.")
    38
    """
    offset = 0
    for _ in range(6):
        m = _LEAD_LINE.match(text, offset)
        if not m:
            break
        line = m.group(0).strip()
        if line and (line.endswith((".", '"', "”", ":")) and len(line.split()) > 6):
            break
        if line and len(line.split()) > 40:
            break
        offset = m.end()
    return offset


def in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when the text from ``start`` to ``end`` lies inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


# "Dr. S. Jaishankar", "U.S. Secretary", "Gen. Munir": a full stop that ends no sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Adm|Sen|Rep|Gov|Sr|Jr|St|No|Mt|Ft|Md|Mohd|Engr|Brig|Smt|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Amb|Hon|Rt|vs|etc)|\b[A-Z]|\.[A-Z])\.$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def sentence_stops(line: str) -> list[int]:
    """Offsets in ``line`` where a sentence ends: a cheap split at full stops.

    >>> sentence_stops("Dr. Jaishankar met envoys. Prices rose.")
    [26]
    """
    stops = [m.start() for m in _SENTENCE_END.finditer(line)]
    return [p for p in stops if not _ABBREVIATION.search(line[:p])]


_BOILERPLATE_LINE = re.compile(
    r"^\s*(?:read more|also read|related|see also|share (?:this|on)|follow us|subscribe|"
    r"advertisement|click here|sign up|copyright|all rights reserved|photo:|image:|caption:|"
    r"file photo|©|tags?:|home\s*[|>]|menu\b|skip to|\(?cover (?:image|photo)|\(?photo caption"
    # "#Cho Tae-yul #Kamikawa #phone talks": a line of hashtags
    r"|#\w[^#\n]*#\w)",
    re.IGNORECASE,
)


_QUESTION = re.compile(r"(?:Question|Q|Journalist|Reporter)\s*(?:\d{1,2}\s*)?[:.]\s")


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of lines that are page furniture, not reporting.

    Scraped news carries "Read more:" links, share buttons, captions and footers;
    meetings are never read from them.

    >>> t = "Body text here.\\nRead more: Other story\\nShare This Post\\n"
    >>> [t[s:e] for s, e in boilerplate_spans(t)]
    ['Read more: Other story', 'Share This Post']
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    links = False  # under a "Related news:" heading, each line is a link to another story
    recap = False  # "Catch up quick:" and its bullets retell earlier news (Axios)
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = offset + (len(line) - len(line.lstrip()))
        end = start + len(stripped)
        offset += len(line)
        if not stripped:
            continue
        words = stripped.split()
        headline = len(words) <= 20 and not stripped.endswith((".", '"', "”"))
        recap = bool(_RECAP.match(stripped)) or (recap and stripped.startswith(("- ", "• ")))
        if (
            recap
            or _BOILERPLATE_LINE.search(stripped)
            # "Question: The two foreign ministers met in Beijing earlier this month. Has
            # there been any follow-up?": a briefing's question reports nothing
            or _QUESTION.match(stripped)
            or "rights reserved" in stripped.lower()
            or (len(words) <= 4 and not stripped.endswith((".", '"', "”")))
            or (links and headline)
        ):
            spans.append((start, end))
            links = bool(_LINKS_HEADING.match(stripped)) or (links and headline)
        else:
            links = False
    return spans


_RECAP = re.compile(r"(?:Catch up quick|Flashback|The backstory|Context|Background):\s")


# "Related news:", "Read more", "Also read:" heading a list of other stories' headlines.
_LINKS_HEADING = re.compile(
    r"^\s*(?:related(?: news| stories| articles| coverage| content| links| reading| posts"
    r"| topics)?|"
    r"(?:read|see) (?:more|also|next)|also (?:read|see)|more (?:stories|news|from|on|in)|"
    r"most (?:read|popular|viewed|shared)|popular|trending|you (?:may|might) (?:also )?like|"
    r"top stories|latest(?: news)?|recommended|editor'?s picks|further reading|keywords|tags"
    # "Key points:" over bullets that sum up the story told below
    r"|key points|key takeaways|highlights|in short|at a glance)"
    # "Read more with Euractiv", "More on this story", "MOST POPULAR"
    r"(?:\s+[\w'’.-]+){0,3}\s*:?\s*$",
    re.IGNORECASE,
)


def is_heading(text: str) -> bool:
    """A line of its own with no full stop, a few words long, capitalised like a title
    ("Secretary Rubio's Meeting with Japanese Foreign Minister Iwaya")."""
    line = text.strip()
    words = line.split()
    return (
        "\n" not in line
        and 3 <= len(words) <= 30
        and not line.endswith((".", '"', "”", ":", ","))
        and (
            (len(words) <= 16 and sum(w[:1].isupper() for w in words) >= len(words) * 0.6)
            # "Secretary-General's meeting with H.E. Mr. Dennis Francis, President of the
            # seventy-eighth session of the General Assembly": a readout's own heading
            or bool(_READOUT_HEADING.match(line))
        )
    )


_READOUT_HEADING = re.compile(
    r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:'s|’s) )?(?:[Mm]eeting|[Tt]elephone call|"
    r"[Pp]hone call|[Cc]all|[Tt]alks) with (?:H\.E\. |the )?[A-Z]"
)

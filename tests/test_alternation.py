"""The guarded alternations find exactly what the plain patterns find."""

from __future__ import annotations

import json
import re
from pathlib import Path

from diplograph.extract.alternation import compile_alternatives, split_alternatives
from diplograph.extract.triggers import TRIGGERS


def _texts(pattern: str) -> list[str]:
    return [
        json.loads(line).get("text", "")
        for path in sorted(Path("data/eval").glob(pattern))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def _same_spans(rx: str, texts: list[str]) -> int:
    plain = re.compile(rx, re.IGNORECASE)
    guarded = compile_alternatives(rx, re.IGNORECASE)
    assert guarded.pattern != plain.pattern  # the guard is really there
    found = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        found += len(spans)
        assert [m.span() for m in guarded.finditer(text)] == spans
    return found


def test_each_trigger_pattern_matches_the_same_spans_guarded_and_plain() -> None:
    """Each pattern on its own (matches do not overlap, so they differ from the union's),
    on the three development sets."""
    texts = [t for name in ("project", "dev2", "dev3") for t in _texts(f"{name}-articles.jsonl")]
    assert sum(_same_spans(rx, texts) for _, _, rx in TRIGGERS) > 300


def test_a_match_may_start_with_a_non_letter_or_at_the_line_start() -> None:
    rx = r"\bheld talks\b|['’]s meeting\b|(?-i:^\W*Meeting (?:in|at) )|\b\d+ rounds\b"
    plain, guarded = re.compile(rx, re.I), compile_alternatives(rx, re.I)
    for text in [
        "Modi's meeting in the Kremlin",
        "— Meeting in Doha, the two sides HELD TALKS",
        "after 3 rounds of talks",
        "Meeting at the palace",
        "Nothing here",
    ]:
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
    assert guarded.search("Modi's meeting") is not None


def test_scoped_case_and_classes_keep_their_meaning() -> None:
    # "(?-i:M)" matches only "M"; "[]x]" is a class holding "]"; "a|(b|c)" has two parts.
    assert split_alternatives(r"a|(b|c)|[]|x]y|\|z") == ["a", "(b|c)", "[]|x]y", r"\|z"]
    rx = compile_alternatives(r"\b(?-i:Meeting)\b|\bmet\b", re.I)
    assert [m.group() for m in rx.finditer("meeting Meeting MET")] == ["Meeting", "MET"]
    # Without the flag, an inline "(?i:...)" is left to the plain pattern.
    assert compile_alternatives(r"(?i:held)|met").pattern == "(?i:held)|met"
    assert compile_alternatives(r"(?i:held)|met").search("HELD") is not None

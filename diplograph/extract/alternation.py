"""Long alternations of phrase patterns, compiled so that most positions fail at once.

The trigger patterns are a hundred-odd alternatives (``\\bheld (?:an? )?talks ...``).
Python's regex engine tries every alternative at every position of a sentence, which
made searching them a tenth of extraction time. Nearly every alternative can only start
at a word boundary and with one of a few characters; :func:`compile_alternatives` puts
that test in front (``\\b(?=[a-z'])(?:...)``), so the engine rejects a position with one
check instead of a hundred. The alternatives keep their order, so every match is the
same, span for span, as the plain pattern's (tests/test_rules.py checks this on every
evaluation article).

The first characters are read from the parsed pattern (``re._parser``, the standard
library's own parser). Anything it cannot bound (a category such as ``\\W``, an
alternative that can match the empty string) is left unguarded, in its place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["compile_alternatives", "split_alternatives"]

# Wider character ranges than this are not spelled out as first characters.
_MAX_RANGE = 256


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``, in order (``a|(b|c)|d`` gives three)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # "[]...]" and "[^]...]": a "]" first in the class is a literal
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _first_of(items: Any) -> tuple[set[str] | None, bool]:
    """Characters a match of the item sequence can start with (None: any), and whether
    it can match the empty string."""
    chars: set[str] = set()
    for op, arg in items:
        first, empty = _first_of_item(op, arg)
        if first is None:
            return None, False
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def _cases(char: str) -> set[str]:
    # Both cases: a "(?-i:M...)" or "(?i:m...)" inside the pattern may differ from its flags.
    return {char, char.lower(), char.upper()} if len(char.upper()) == 1 else {char}


def _first_of_item(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    if op is sre_c.LITERAL:
        return _cases(chr(arg)), False
    if op is sre_c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is sre_c.LITERAL:
                chars |= _cases(chr(value))
            elif kind is sre_c.RANGE and value[1] - value[0] < _MAX_RANGE:
                for code in range(value[0], value[1] + 1):
                    chars |= _cases(chr(code))
            else:  # a category, a negated set
                return None, False
        return chars, False
    if op is sre_c.AT or op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return set(), True  # zero-width: the next item consumes the first character
    if op is sre_c.SUBPATTERN:
        return _first_of(arg[3])
    if op is sre_c.BRANCH:
        union: set[str] = set()
        can_be_empty = False
        for branch in arg[1]:
            first, empty = _first_of(branch)
            if first is None:
                return None, False
            union |= first
            can_be_empty = can_be_empty or empty
        return union, can_be_empty
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        first, empty = _first_of(arg[2])
        return (first, empty or arg[0] == 0) if first is not None else (None, False)
    return None, False


def _starts_at_boundary(items: Any) -> bool:
    """True when every match starts where ``\\b`` holds (lookbehinds before it aside)."""
    for op, arg in items:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and arg[0] < 0:
            continue  # a lookbehind tests the same position as the boundary
        if op is sre_c.AT:
            return bool(arg is sre_c.AT_BOUNDARY)
        if op is sre_c.SUBPATTERN:
            return _starts_at_boundary(arg[3])
        if op is sre_c.BRANCH:
            return all(_starts_at_boundary(branch) for branch in arg[1])
        return False
    return False


@lru_cache(maxsize=1024)
def _analysed(alt: str, flags: int) -> tuple[bool, frozenset[str], bool]:
    """Whether ``alt`` can be guarded, its first characters, and whether it starts at
    ``\\b``. Cached: the union of all triggers repeats each pattern's alternatives."""
    parsed = sre_parse.parse(alt, flags)
    first, empty = _first_of(parsed)
    guardable = first is not None and not empty
    return guardable, frozenset(first or ()), guardable and _starts_at_boundary(parsed)


def _guarded_source(pattern: str, flags: int) -> str:
    # Runs of alternatives with a known first character share one guard; the others
    # stay as they are, in their place, so the leftmost-first choice is unchanged.
    runs: list[tuple[bool, list[tuple[str, frozenset[str], bool]]]] = []
    for alt in split_alternatives(pattern):
        guardable, first, boundary = _analysed(alt, flags)
        entry = (alt, first, boundary)
        if runs and runs[-1][0] and guardable:
            runs[-1][1].append(entry)
        else:
            runs.append((guardable, [entry]))
    parts = []
    for guardable, entries in runs:
        body = "|".join(f"(?:{alt})" for alt, _, _ in entries)
        if not guardable:
            parts.append(body)
            continue
        chars = "".join(
            re.escape(c) for c in sorted(frozenset().union(*(f for _, f, _ in entries)))
        )
        word_start = r"\b" if all(b for _, _, b in entries) else ""
        parts.append(f"{word_start}(?=[{chars}])(?:{body})")
    return "|".join(parts)


def compile_alternatives(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with each top-level alternative guarded as above.

    >>> rx = compile_alternatives(r"\\bheld talks\\b|(?<!not )\\bmet\\b", re.IGNORECASE)
    >>> [m.group() for m in rx.finditer("They met; Held talks; did not met.")]
    ['met', 'Held talks']
    """
    if not flags & re.IGNORECASE and "(?i" in pattern:
        # Case folding beyond upper and lower ("K", the Kelvin sign) would need the flag.
        return re.compile(pattern, flags)
    try:
        return re.compile(_guarded_source(pattern, flags), flags)
    except (re.error, ValueError, TypeError, AttributeError):
        # A construct the parser reading above does not know: the plain pattern is right.
        return re.compile(pattern, flags)

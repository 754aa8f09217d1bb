"""Surface-form indexes: how every gazetteer name (country, organisation, city) is looked up.

One rule for all of them: the exact form, then the form without a leading "the", then,
for names of several words only, a case-insensitive match. A form shared by several
entities resolves to nothing; choosing between them is the extractor's job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["SurfaceIndex", "strip_article"]


def strip_article(text: str) -> str:
    """``text`` without a leading "the " or "The " ("the UAE" → "UAE").

    >>> strip_article("the Kremlin")
    'Kremlin'
    """
    for article in ("the ", "The "):
        if text.startswith(article) and len(text) > len(article):
            return text[len(article) :]
    return text


@dataclass(frozen=True, slots=True)
class SurfaceIndex:
    """Exact, then article-less, then case-insensitive (multi-word only) surface → keys."""

    exact: dict[str, frozenset[str]]
    folded: dict[str, frozenset[str]]

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, str]]) -> SurfaceIndex:
        """An index of (surface form, key) pairs; a form may map to several keys."""
        exact: dict[str, set[str]] = {}
        folded: dict[str, set[str]] = {}
        for surface, key in pairs:
            bare = strip_article(surface) if surface.startswith("the ") else surface
            for form in {surface, bare}:
                exact.setdefault(form, set()).add(key)
            # Single words stay case-sensitive: "turkey", "chad" and "jordan" are words too.
            if " " in bare:
                folded.setdefault(bare.casefold(), set()).add(key)
        return cls(
            {k: frozenset(v) for k, v in exact.items()},
            {k: frozenset(v) for k, v in folded.items()},
        )

    def get(self, text: str) -> str | None:
        """The one key of ``text``, else None (unknown, or shared by several entities)."""
        keys = self.lookup(text)
        # Several entities share this form: refuse to guess.
        return next(iter(keys)) if keys and len(keys) == 1 else None

    def lookup(self, text: str) -> frozenset[str] | None:
        """Every key of the first form of ``text`` that is indexed, else None."""
        text = " ".join(text.split())
        bare = strip_article(text)
        candidates = [self.exact.get(text), self.exact.get(bare)]
        if " " in bare:
            candidates.append(self.folded.get(bare.casefold()))
        for keys in candidates:
            if keys:
                return keys
        return None

"""A party to a meeting as one sentence names it: the value the mention finders return."""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["PartyMention", "with_affiliation"]


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A party to a meeting as one sentence names it.

    ``person`` is the name as written (cleaned of titles and possessives); ``None`` for an
    unnamed official or envoy. ``represents`` is a country or organisation key.
    """

    start: int
    end: int
    person: str | None
    title: str | None
    represents: str | None
    envoy: bool = False
    explicit_affiliation: bool = False

    def filled_from(self, other: PartyMention, *, person: str | None = None) -> PartyMention:
        """This mention, with what it lacks (title, affiliation) taken from ``other``."""
        return PartyMention(
            self.start,
            self.end,
            person if person is not None else self.person,
            self.title or other.title,
            self.represents or other.represents,
            self.envoy or other.envoy,
            self.explicit_affiliation or other.explicit_affiliation,
        )


def with_affiliation(p: PartyMention, represents: str | None) -> PartyMention:
    """The same mention, with an affiliation learnt elsewhere in the article."""
    return replace(p, represents=represents)

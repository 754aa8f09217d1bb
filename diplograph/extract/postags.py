"""Coarse part-of-speech tags from the tagger's fine tags, without spaCy's rule matcher.

The small English model turns its fine tags (``NNP``, ``VBD``) into coarse ones (``PROPN``,
``VERB``) with an ``attribute_ruler``: 179 token patterns run through spaCy's general
``Matcher``, which costs about an eighth of the whole extraction. The rules only read a
token's tag, lower-case form and dependency label (one of them the next token's form), so
this component applies the same rules, in the same order (a later rule wins, as in the
ruler), with dictionary look-ups. Only what extraction reads is set: the coarse tag, and
the tag and label of whitespace tokens; lemmas and morphology are not.
``tests/test_postags.py`` checks that it agrees with the model's own ruler.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["PosRules", "rules_from_patterns"]

Constraint = str | dict[str, Any] | bool
_MEMO_LIMIT = 200_000


def _accepts(constraint: Constraint, value: str | bool) -> bool:
    if isinstance(constraint, dict):
        if "IN" in constraint:
            return value in constraint["IN"]
        if "NOT_IN" in constraint:
            return value not in constraint["NOT_IN"]
        return False  # REGEX and other operators: not used by rules that set tags
    return value == constraint


@dataclass(slots=True)
class _Rule:
    """One ruler pattern that sets a tag: what each token must be, and what it sets."""

    tokens: list[dict[str, Constraint]]
    index: int
    pos: str | None
    tag: str | None
    dep: str | None

    def accepts(self, values: dict[str, str | bool]) -> bool:
        """For a one-token rule: does a token with these values match?"""
        return all(_accepts(value, values[key]) for key, value in self.tokens[0].items())

    def matches(self, doc: Doc, i: int) -> bool:
        start = i - self.index
        if start < 0 or start + len(self.tokens) > len(doc):
            return False
        return all(
            _accepts(value, _read(doc[start + n], key))
            for n, spec in enumerate(self.tokens)
            for key, value in spec.items()
        )


def _read(token: Token, key: str) -> str | bool:
    if key == "TAG":
        return token.tag_
    if key == "LOWER":
        return token.lower_
    if key == "DEP":
        return token.dep_
    if key == "IS_SPACE":
        return token.is_space
    raise ValueError(f"unsupported attribute {key}")


_Found = tuple[str | None, str | None, str | None, int, tuple[_Rule, ...]]


@dataclass(slots=True)
class PosRules:
    """The ruler's tag-setting patterns, indexed for look-up."""

    by_tag: dict[str, str] = field(default_factory=dict)
    """Fine tag to coarse tag (the tag map)."""
    by_form: dict[tuple[str, str], str] = field(default_factory=dict)
    """(lower-case form, fine tag) exceptions: "that"/WDT is a pronoun."""
    by_form_order: dict[tuple[str, str], int] = field(default_factory=dict)
    contextual: list[tuple[int, _Rule]] = field(default_factory=list)
    """Rules that read dependency labels, spaces or two tokens, with their rank."""
    tag_rank: dict[str, int] = field(default_factory=dict)
    _memo: dict[tuple[str, str, str, bool], _Found] = field(default_factory=dict)

    def __call__(self, doc: Doc) -> Doc:
        memo = self._memo
        for token in doc:
            key = (token.tag_, token.lower_, token.dep_, token.is_space)
            found = memo.get(key)
            if found is None:
                if len(memo) > _MEMO_LIMIT:
                    memo.clear()  # a million articles bring new words without end
                found = memo[key] = self._one_token(key)
            pos, tag, dep, _rank, pairs = found
            for rule in pairs:
                if rule.matches(doc, token.i):
                    pos = rule.pos if rule.pos is not None else pos
            if tag is not None:
                token.tag_ = tag
            if dep is not None:
                token.dep_ = dep
            if pos is not None:
                token.pos_ = pos
        return doc

    def _one_token(self, key: tuple[str, str, str, bool]) -> _Found:
        """What the one-token rules set on a token with this tag, form, label and
        spacing, the rank of the last rule that set its coarse tag, and the two-token rules
        that may still apply to it (those whose own token it can be: few, so the neighbour
        is read only for them)."""
        tag, lower, dep, space = key
        pos, rank = self.by_tag.get(tag), self.tag_rank.get(tag, -1)
        if (lower, tag) in self.by_form and self.by_form_order[(lower, tag)] > rank:
            pos, rank = self.by_form[(lower, tag)], self.by_form_order[(lower, tag)]
        values: dict[str, str | bool] = {"TAG": tag, "LOWER": lower, "DEP": dep, "IS_SPACE": space}
        new_tag = new_dep = None
        for order, rule in self.contextual:
            if order <= rank or len(rule.tokens) > 1 or not rule.accepts(values):
                continue
            if rule.pos is not None:
                pos, rank = rule.pos, order
            new_tag = rule.tag if rule.tag is not None else new_tag
            new_dep = rule.dep if rule.dep is not None else new_dep
        pairs = tuple(
            rule
            for order, rule in self.contextual
            if len(rule.tokens) > 1
            and order > rank
            and all(_accepts(value, values[k]) for k, value in rule.tokens[rule.index].items())
        )
        return pos, new_tag, new_dep, rank, pairs


def rules_from_patterns(patterns: Iterable[dict[str, Any]]) -> PosRules:
    """Index an ``attribute_ruler``'s patterns (``ruler.patterns``) that set tags."""
    rules = PosRules()
    for order, pattern in enumerate(patterns):
        attrs = pattern["attrs"]
        pos, tag, dep = attrs.get("POS"), attrs.get("TAG"), attrs.get("DEP")
        if pos is None and tag is None and dep is None:
            continue  # lemmas and morphology only
        for tokens in pattern["patterns"]:
            keys = {k for spec in tokens for k in spec}
            plain = len(tokens) == 1 and tag is None and dep is None
            if plain and keys == {"TAG"} and isinstance(tokens[0]["TAG"], str):
                rules.by_tag[tokens[0]["TAG"]] = pos
                rules.tag_rank[tokens[0]["TAG"]] = order
            elif plain and keys == {"TAG", "LOWER"} and isinstance(tokens[0]["TAG"], str):
                lower = tokens[0]["LOWER"]
                forms = lower["IN"] if isinstance(lower, dict) else [lower]
                for form in forms:
                    rules.by_form[(form, tokens[0]["TAG"])] = pos
                    rules.by_form_order[(form, tokens[0]["TAG"])] = order
            else:
                rule = _Rule(tokens, int(pattern.get("index", 0)), pos, tag, dep)
                rules.contextual.append((order, rule))
    return rules


@Language.factory("diplograph_pos", default_config={"patterns": []})
def make_pos_rules(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> PosRules:
    """The fast replacement of an ``attribute_ruler`` with these patterns."""
    return rules_from_patterns(patterns)

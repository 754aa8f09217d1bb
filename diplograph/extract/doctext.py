"""A parsed document's text, built once.

spaCy's ``Doc.text`` joins every token's text on each access, so reading a few characters
of it costs a pass over the whole article; the rules read it thousands of times per
article. The text is kept in ``Doc.user_data`` the first time it is asked for.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["text_of"]

_KEY = "diplograph.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per document."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return str(text)

"""What each kind of input holds, as `Article` values: plain text, HTML pages and JSONL records.

`diplograph.articles` finds the inputs (files, folders, stdin) and bounds their size; this
module reads their content, so the rules of a format hold wherever its input came from (a
JSONL record reads the same from a file and from stdin) and every format ends in the same
checks on its text. Text is kept exactly as the input has it, apart from ``\\n`` newlines and
a dropped BOM, because extraction records character offsets into it. A reader raises
`BadInputError` for a bad input and its caller turns it into an `ArticleError` value; a JSONL
file is read line by line, so a large corpus is never loaded whole.
"""

from __future__ import annotations

import codecs
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from diplograph.model import Article
from diplograph.pubdate import date_from_url, find_published_date, parse_published

__all__ = [
    "ArticleError",
    "BadInputError",
    "decode_text",
    "html_article",
    "json_item",
    "read_jsonl_file",
    "text_article",
]

logger = logging.getLogger(__name__)

_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class ArticleError:
    """A bad input, reported and skipped so that the other inputs still go through."""

    origin: str
    """``path`` or ``path:line``."""
    message: str
    """One line saying what is wrong, e.g. ``empty file``."""

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class BadInputError(Exception):
    """Internal: a reason to turn the current input into an `ArticleError`."""


# --------------------------------------------------------------------------- text


def decode_text(data: bytes) -> str:
    """The text of a file's bytes: UTF-8 (a BOM dropped), or UTF-16 when a BOM says so."""
    # Windows editors save "Unicode" text as UTF-16 with a BOM; that is unambiguous, so accept it.
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise BadInputError(f"not UTF-16 text despite its byte-order mark ({e.reason})") from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = data[e.start]
        raise BadInputError(
            f"not UTF-8 text (invalid byte 0x{bad:02x} at offset {e.start}); convert it to UTF-8"
        ) from e


def _normalise(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _check_text(text: str) -> None:
    if not text.strip():
        raise BadInputError("only whitespace, no text")
    if not any(c.isalpha() for c in text):
        raise BadInputError("no letters in the text, not an article")


def _first_line(text: str) -> str | None:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), None)


# --------------------------------------------------------------------------- txt and HTML


def text_article(raw: str, origin: str) -> Article:
    """A plain-text article: its first non-empty line is the title."""
    text = _normalise(raw)
    _check_text(text)
    return Article(
        text=text, origin=origin, title=_first_line(text), published=find_published_date(text)
    )


def html_article(data: bytes, origin: str) -> Article:
    """The article of an HTML page: its main text and metadata, as trafilatura finds them."""
    import trafilatura  # heavy (lxml, htmldate); only HTML inputs need it

    # Bytes, not str: trafilatura honours <meta charset> and guesses other encodings itself.
    content: bytes | str = decode_text(data) if b"\0" in data else data
    try:
        doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False)
    except Exception as e:  # a parser crash on one page must not stop an ingest
        logger.debug("trafilatura failed on %s", origin, exc_info=True)
        detail = " ".join(str(e).split())  # messages are one line
        raise BadInputError(f"could not parse HTML ({type(e).__name__}: {detail})") from e
    if doc is None or isinstance(doc, dict) or not doc.text or not doc.text.strip():
        raise BadInputError("no article text found in HTML")
    # trafilatura gives one line per block; blank lines between them keep paragraphs apart.
    text = "\n\n".join(ln.strip() for ln in _normalise(doc.text).split("\n") if ln.strip())
    _check_text(text)
    url = doc.url or None
    published = parse_published(doc.date) if doc.date else None
    return Article(
        text=text,
        origin=origin,
        url=url,
        title=(doc.title or "").strip() or _first_line(text),
        published=published or _fallback_date(text, url),
        source=(doc.sitename or "").strip() or None,
    )


def _fallback_date(text: str, url: str | None) -> date | None:
    found = find_published_date(text)
    if found is None and url:
        found = date_from_url(url)
    return found


# --------------------------------------------------------------------------- JSONL


def read_jsonl_file(path: Path, max_bytes: int) -> Iterator[Article | ArticleError]:
    """An `Article` or `ArticleError` for each non-blank line of a JSONL file, streamed."""
    origin = str(path)
    with path.open("rb") as fh:
        if b"\0" in _peek(fh):
            yield ArticleError(origin, "binary file, not text")
            return
        seen_line = seen_content = False
        for lineno, line, size in _bounded_lines(fh, max_bytes):
            seen_line = True
            where = f"{origin}:{lineno}"
            if line is None:
                seen_content = True
                yield ArticleError(where, f"line too large ({size} bytes > limit {max_bytes})")
                continue
            try:
                decoded = _decode_line(line, first=lineno == 1)
            except BadInputError as e:
                seen_content = True
                yield ArticleError(where, str(e))
                continue
            if decoded.strip():
                seen_content = True
                yield json_item(decoded, where)
    if not seen_line:
        yield ArticleError(origin, "empty file")
    elif not seen_content:
        yield ArticleError(origin, "only whitespace, no text")


def _peek(fh: BinaryIO) -> bytes:
    head = fh.read(_SNIFF_BYTES)
    fh.seek(0)
    return head


def _bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield ``(line number, line, size)``; a line longer than ``limit`` comes as ``None``
    and is skipped without being held in memory."""
    lineno = 0
    # limit + 2 leaves room for "\r\n", so a line that fits is never split in two
    while line := fh.readline(limit + 2):
        lineno += 1
        content = line.rstrip(b"\r\n")
        if len(content) <= limit:
            yield lineno, content, len(content)
            continue
        size = len(content)
        while not line.endswith(b"\n") and (line := fh.readline(1 << 16)):
            size += len(line.rstrip(b"\r\n"))
        yield lineno, None, size


def _decode_line(line: bytes, *, first: bool) -> str:
    try:
        return line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as e:
        raise BadInputError(
            f"not UTF-8 text (invalid byte 0x{line[e.start]:02x} at offset {e.start} of the line)"
        ) from e


def json_item(line: str, where: str) -> Article | ArticleError:
    """The `Article` of one JSONL line, or the `ArticleError` saying why it is none."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as e:
        reason = e.msg if isinstance(e, json.JSONDecodeError) else type(e).__name__
        return ArticleError(where, f"invalid JSON ({reason})")
    if not isinstance(obj, dict):
        return ArticleError(where, f"expected a JSON object, got {_json_type(obj)}")
    try:
        return _json_article(obj, where)
    except BadInputError as e:
        return ArticleError(where, str(e))


def _json_article(obj: dict[str, object], where: str) -> Article:
    raw = obj.get("text")
    if raw is None:
        raise BadInputError("missing 'text'")
    if not isinstance(raw, str):
        raise BadInputError(f"'text' must be a string, got {_json_type(raw)}")
    if not raw.strip():
        raise BadInputError("empty 'text'")
    text = _normalise(raw)
    _check_text(text)
    url = _optional_str(obj, "url", where)
    title = _optional_str(obj, "title", where)
    published_raw = _optional_str(obj, "published", where)
    published = parse_published(published_raw) if published_raw else None
    if published_raw and published is None:
        logger.warning("%s: cannot read 'published' %r as a date; ignored", where, published_raw)
    return Article(
        text=text,
        origin=where,
        url=url,
        title=title or _first_line(text),
        published=published or _fallback_date(text, url),
        source=_optional_str(obj, "source", where),
        ref=_ref(obj),
    )


def _ref(obj: dict[str, object]) -> str | None:
    """The record's own id (a string or a number in news datasets)."""
    value = obj.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value)


def _optional_str(obj: dict[str, object], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        logger.warning("%s: '%s' is %s, not a string; ignored", where, key, _json_type(value))
        return None
    return value.strip() or None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")

"""Turn files, folders and stdin into `Article` values, reporting bad inputs instead of stopping.

A corpus of thousands of scraped articles always holds a few broken files. Each bad input
becomes an `ArticleError` value (``path: what is wrong``) in the same stream as the good
articles, so one bad file never stops an ingest and the caller decides how loud to be.
JSONL is read line by line, so a large corpus is never loaded whole. Text is kept exactly as
the file has it, apart from ``\\n`` newlines and a dropped BOM, because extraction records
character offsets into it. No NLP and no RDF happen here.
"""

from __future__ import annotations

import codecs
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from diplograph.model import Article
from diplograph.pubdate import date_from_url, find_published_date, parse_published

# date_from_url and find_published_date live in diplograph.pubdate; they are re-exported
# here because callers have always imported them from this module.
__all__ = [
    "ArticleError",
    "count_inputs",
    "date_from_url",
    "find_published_date",
    "read_articles",
]

logger = logging.getLogger(__name__)

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_EXPECTED = ".txt, .html, .htm or .jsonl"
STDIN = "-"
_STDIN_ORIGIN = "<stdin>"
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


class _BadInputError(Exception):
    """Internal: a reason to turn the current input into an `ArticleError`."""


# --------------------------------------------------------------------------- public API


def read_articles(
    paths: Sequence[Path | str],
    *,
    stdin: TextIO | None = None,
    max_bytes: int = 5_000_000,
) -> Iterator[Article | ArticleError]:
    """Yield an `Article` for each article in ``paths``, or an `ArticleError` for each bad input.

    Folders are walked recursively in name order for ``.txt``, ``.html``, ``.htm`` and
    ``.jsonl`` files (hidden entries skipped). ``-`` reads ``stdin`` (default
    ``sys.stdin``) as JSONL if it starts with ``{``, else as one plain-text article.
    ``max_bytes`` limits each file, or each line of a JSONL file.

    >>> import io
    >>> items = list(read_articles(["-"], stdin=io.StringIO("Talks in Oslo\\r\\nThey met.\\r\\n")))
    >>> items[0].title, items[0].text
    ('Talks in Oslo', 'Talks in Oslo\\nThey met.\\n')
    """
    for path in paths:
        if str(path) == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
        else:
            yield from _read_path(Path(path), max_bytes, explicit=True)


def count_inputs(paths: Sequence[Path | str]) -> int | None:
    """Count the files `read_articles` would open (a JSONL file counts once), or None for stdin.

    Meant for a progress bar: cheap, no file is opened.

    >>> count_inputs(["-"]) is None
    True
    """
    if any(str(p) == STDIN for p in paths):
        return None
    total = 0
    for p in paths:
        path = Path(p)
        total += sum(1 for _ in _walk(path)) if path.is_dir() else 1
    return total


# --------------------------------------------------------------------------- paths


def _read_path(path: Path, max_bytes: int, *, explicit: bool) -> Iterator[Article | ArticleError]:
    origin = str(path)
    if path.is_dir():
        found = False
        for file in _walk(path):
            found = True
            if isinstance(file, ArticleError):
                yield file
            else:
                yield from _read_path(file, max_bytes, explicit=False)
        if not found:
            yield ArticleError(origin, f"no {_EXPECTED} files in this folder")
        return
    if not path.exists():
        yield ArticleError(origin, "no such file")
        return
    suffix = path.suffix.lower()
    if explicit and suffix not in SUFFIXES:
        shown = f"'{path.suffix}'" if path.suffix else "with no extension"
        yield ArticleError(origin, f"unsupported file type {shown} (expected {_EXPECTED})")
        return
    if not path.is_file():
        yield ArticleError(origin, "not a regular file")
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl_file(path, max_bytes)
        elif suffix == ".txt":
            yield _text_article(_decode(_read_bytes(path, max_bytes)), origin)
        else:
            yield _html_article(_read_bytes(path, max_bytes), origin)
    except _BadInputError as e:
        yield ArticleError(origin, str(e))
    except OSError as e:
        yield ArticleError(origin, f"cannot read file ({e.strerror or e})")


def _walk(folder: Path) -> Iterator[Path | ArticleError]:
    """Input files under ``folder``, sorted by name; symlinked folders are not followed (loops)."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as e:
        yield ArticleError(str(folder), f"cannot list folder ({e.strerror or e})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry)
        elif entry.suffix.lower() in SUFFIXES and entry.is_file():
            yield entry


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise _BadInputError(f"file too large ({size} bytes > limit {max_bytes})")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)  # the file may have grown since stat()
    if len(data) > max_bytes:
        raise _BadInputError(f"file too large (more than {max_bytes} bytes)")
    _check_bytes(data)
    return data


def _check_bytes(data: bytes) -> None:
    if not data:
        raise _BadInputError("empty file")
    if not data.strip():
        raise _BadInputError("only whitespace, no text")
    if b"\0" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _BadInputError("binary file, not text")


def _decode(data: bytes) -> str:
    # Windows editors save "Unicode" text as UTF-16 with a BOM; that is unambiguous, so accept it.
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise _BadInputError(f"not UTF-16 text despite its byte-order mark ({e.reason})") from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad = data[e.start]
        raise _BadInputError(
            f"not UTF-8 text (invalid byte 0x{bad:02x} at offset {e.start}); convert it to UTF-8"
        ) from e


def _normalise(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _check_text(text: str) -> None:
    if not text.strip():
        raise _BadInputError("only whitespace, no text")
    if not any(c.isalpha() for c in text):
        raise _BadInputError("no letters in the text, not an article")


def _first_line(text: str) -> str | None:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), None)


# --------------------------------------------------------------------------- txt and HTML


def _text_article(raw: str, origin: str) -> Article:
    text = _normalise(raw)
    _check_text(text)
    return Article(
        text=text, origin=origin, title=_first_line(text), published=find_published_date(text)
    )


def _html_article(data: bytes, origin: str) -> Article:
    import trafilatura  # heavy (lxml, htmldate); only HTML inputs need it

    # Bytes, not str: trafilatura honours <meta charset> and guesses other encodings itself.
    content: bytes | str = _decode(data) if b"\0" in data else data
    try:
        doc = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False)
    except Exception as e:  # a parser crash on one page must not stop an ingest
        logger.debug("trafilatura failed on %s", origin, exc_info=True)
        detail = " ".join(str(e).split())  # messages are one line
        raise _BadInputError(f"could not parse HTML ({type(e).__name__}: {detail})") from e
    if doc is None or isinstance(doc, dict) or not doc.text or not doc.text.strip():
        raise _BadInputError("no article text found in HTML")
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


def _read_jsonl_file(path: Path, max_bytes: int) -> Iterator[Article | ArticleError]:
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
            except _BadInputError as e:
                seen_content = True
                yield ArticleError(where, str(e))
                continue
            if decoded.strip():
                seen_content = True
                yield _json_item(decoded, where)
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
        raise _BadInputError(
            f"not UTF-8 text (invalid byte 0x{line[e.start]:02x} at offset {e.start} of the line)"
        ) from e


def _json_item(line: str, where: str) -> Article | ArticleError:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as e:
        reason = e.msg if isinstance(e, json.JSONDecodeError) else type(e).__name__
        return ArticleError(where, f"invalid JSON ({reason})")
    if not isinstance(obj, dict):
        return ArticleError(where, f"expected a JSON object, got {_json_type(obj)}")
    try:
        return _json_article(obj, where)
    except _BadInputError as e:
        return ArticleError(where, str(e))


def _json_article(obj: dict[str, object], where: str) -> Article:
    raw = obj.get("text")
    if raw is None:
        raise _BadInputError("missing 'text'")
    if not isinstance(raw, str):
        raise _BadInputError(f"'text' must be a string, got {_json_type(raw)}")
    if not raw.strip():
        raise _BadInputError("empty 'text'")
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


# --------------------------------------------------------------------------- stdin


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Article | ArticleError]:
    """JSONL is streamed line by line; anything else is read whole as one text article."""
    head: list[str] = []
    try:
        for line in stream:
            head.append(line)
            if line.strip():
                break
        first = "".join(head).lstrip("\ufeff \t\r\n")
        if first.startswith("{"):
            yield from _stdin_jsonl(_chain(head, stream), max_bytes)
        else:
            yield _stdin_text("".join(head), stream, max_bytes)
    except UnicodeDecodeError as e:
        yield ArticleError(
            _STDIN_ORIGIN, f"not UTF-8 text (invalid byte 0x{e.object[e.start]:02x})"
        )
    except _BadInputError as e:
        yield ArticleError(_STDIN_ORIGIN, str(e))


def _chain(head: list[str], rest: Iterable[str]) -> Iterator[str]:
    yield from head
    yield from rest


def _stdin_jsonl(lines: Iterable[str], max_bytes: int) -> Iterator[Article | ArticleError]:
    for lineno, line in enumerate(lines, start=1):
        where = f"{_STDIN_ORIGIN}:{lineno}"
        size = len(line.rstrip("\r\n").encode("utf-8"))
        if size > max_bytes:
            yield ArticleError(where, f"line too large ({size} bytes > limit {max_bytes})")
        elif line.strip():
            yield _json_item(line.removeprefix("\ufeff"), where)


def _stdin_text(head: str, stream: TextIO, max_bytes: int) -> Article:
    text = head + stream.read(max_bytes + 1)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise _BadInputError(f"input too large (more than {max_bytes} bytes)")
    if not text:
        raise _BadInputError("empty input")
    if "\0" in text:
        raise _BadInputError("binary input, not text")
    return _text_article(text, _STDIN_ORIGIN)

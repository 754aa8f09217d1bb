"""Turn files, folders and stdin into `Article` values, reporting bad inputs instead of stopping.

A corpus of thousands of scraped articles always holds a few broken files. Each bad input
becomes an `ArticleError` value (``path: what is wrong``) in the same stream as the good
articles, so one bad file never stops an ingest and the caller decides how loud to be.
This module finds the inputs and bounds them: folders are walked, files checked for size
and binary content before they are read, stdin is sniffed for JSONL. What each format
holds is read by `diplograph.article_formats`. No NLP and no RDF happen here.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from diplograph.article_formats import (
    ArticleError,
    BadInputError,
    decode_text,
    html_article,
    json_item,
    read_jsonl_file,
    text_article,
)
from diplograph.model import Article
from diplograph.pubdate import date_from_url, find_published_date

# date_from_url and find_published_date live in diplograph.pubdate; they are re-exported
# here because callers have always imported them from this module.
__all__ = [
    "ArticleError",
    "count_inputs",
    "date_from_url",
    "find_published_date",
    "read_articles",
]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_EXPECTED = ".txt, .html, .htm or .jsonl"
STDIN = "-"
_STDIN_ORIGIN = "<stdin>"


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
            yield from read_jsonl_file(path, max_bytes)
        elif suffix == ".txt":
            yield text_article(decode_text(_read_bytes(path, max_bytes)), origin)
        else:
            yield html_article(_read_bytes(path, max_bytes), origin)
    except BadInputError as e:
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
        raise BadInputError(f"file too large ({size} bytes > limit {max_bytes})")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)  # the file may have grown since stat()
    if len(data) > max_bytes:
        raise BadInputError(f"file too large (more than {max_bytes} bytes)")
    _check_bytes(data)
    return data


def _check_bytes(data: bytes) -> None:
    if not data:
        raise BadInputError("empty file")
    if not data.strip():
        raise BadInputError("only whitespace, no text")
    if b"\0" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BadInputError("binary file, not text")


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
    except BadInputError as e:
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
            yield json_item(line.removeprefix("\ufeff"), where)


def _stdin_text(head: str, stream: TextIO, max_bytes: int) -> Article:
    text = head + stream.read(max_bytes + 1)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise BadInputError(f"input too large (more than {max_bytes} bytes)")
    if not text:
        raise BadInputError("empty input")
    if "\0" in text:
        raise BadInputError("binary input, not text")
    return text_article(text, _STDIN_ORIGIN)

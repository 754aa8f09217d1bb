"""Reading articles: every kind of input, and every way an input can be bad.

Bad inputs must come back as one-line `ArticleError` values, never as exceptions, so that one
broken file in a corpus does not stop the rest. Byte-level oddities are written to ``tmp_path``;
readable samples live in ``tests/data/inputs``.
"""

from __future__ import annotations

import codecs
import io
import json
from datetime import date
from pathlib import Path
from typing import TextIO

import pytest

from diplograph.articles import (
    ArticleError,
    count_inputs,
    read_articles,
)
from diplograph.model import Article

INPUTS = Path(__file__).parent / "data" / "inputs"


def read_all(
    *paths: Path | str, stdin: TextIO | None = None, max_bytes: int = 5_000_000
) -> list[Article | ArticleError]:
    return list(read_articles(paths, stdin=stdin, max_bytes=max_bytes))


def only_item(path: Path | str, stdin: TextIO | None, max_bytes: int) -> Article | ArticleError:
    items = read_all(path, stdin=stdin, max_bytes=max_bytes)
    assert len(items) == 1, items
    return items[0]


def only_article(
    path: Path | str, *, stdin: TextIO | None = None, max_bytes: int = 5_000_000
) -> Article:
    item = only_item(path, stdin, max_bytes)
    assert isinstance(item, Article), item
    return item


def only_error(
    path: Path | str, *, stdin: TextIO | None = None, max_bytes: int = 5_000_000
) -> ArticleError:
    item = only_item(path, stdin, max_bytes)
    assert isinstance(item, ArticleError), item
    return item


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------------- .txt


def test_read_articles_txt_keeps_whole_text_and_finds_title_and_date() -> None:
    path = INPUTS / "dateline.txt"
    article = only_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.title == "Ruritanian envoy calls on Freedonian foreign minister"
    assert article.published == date(2023, 12, 28)
    assert article.origin == str(path)
    assert article.url is None
    assert article.source is None


def test_read_articles_txt_normalises_newlines_and_strips_bom(tmp_path: Path) -> None:
    path = write(
        tmp_path, "a.txt", codecs.BOM_UTF8 + b"\r\n  Headline \r\nBody one.\rBody two.\r\n"
    )
    article = only_article(path)
    assert article.text == "\n  Headline \nBody one.\nBody two.\n"
    assert article.title == "Headline"
    assert article.published is None


def test_read_articles_txt_accepts_utf16_with_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Ministers meet\r\nThey met in Valdora.".encode("utf-16"))
    assert only_article(path).text == "Ministers meet\nThey met in Valdora."


def test_read_articles_non_english_text_is_not_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "ur.txt", "وزیر خارجہ کی ملاقات\nدونوں وزرا نے بات چیت کی۔")
    assert only_article(path).title == "وزیر خارجہ کی ملاقات"


# --------------------------------------------------------------------------- HTML


def test_read_articles_html_extracts_text_and_metadata() -> None:
    article = only_article(INPUTS / "page.html")
    assert article.title == "Ministers agree on river port"
    assert article.url == "https://ledger.example/world/2023/12/28/ministers-river-port"
    assert article.source == "The Valdora Ledger"
    assert article.published == date(2023, 12, 28)
    assert "shared river port" in article.text
    assert "Unclosed paragraph" in article.text  # malformed markup still goes through
    assert "Sport" not in article.text  # navigation is boilerplate
    assert "All rights reserved" not in article.text
    assert "\n\n" in article.text  # paragraphs stay apart


def test_read_articles_html_honours_meta_charset(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head><body>'
        "<article><p>The ministers met at a caf\xe9 in Valdora and talked about trade, "
        "customs and a river port for most of the afternoon.</p></article></body></html>"
    )
    article = only_article(write(tmp_path, "p.htm", html.encode("cp1252")))
    assert "café in Valdora" in article.text


def test_read_articles_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "p.html", "<html><head><title>Only a title</title></head></html>")
    assert str(only_error(path)) == f"{path}: no article text found in HTML"


# --------------------------------------------------------------------------- JSONL


def test_read_articles_jsonl_bad_line_is_reported_and_others_go_through() -> None:
    path = INPUTS / "mixed.jsonl"
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["Article", "Article", "ArticleError", "Article"]
    first, second, error, fourth = items
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    assert isinstance(fourth, Article)
    assert isinstance(error, ArticleError)
    assert error.origin == f"{path}:3"
    assert error.message.startswith("invalid JSON")
    assert first == Article(
        text="Talks in Valdora\nThe two ministers met on Friday.",
        origin=f"{path}:1",
        url="https://wire.example/2024/01/05/talks",
        title="Talks in Valdora",
        published=date(2024, 1, 5),
        source="Wire",
        ref="a1",  # the record's own "id"
    )
    assert second.published == date(2024, 1, 6)  # "YYYY-MM-DD HH:MM:SSZ"
    assert second.title == "Envoy received"  # first line of the text
    assert fourth.origin == f"{path}:4"
    assert fourth.published == date(2024, 1, 7)  # from the URL


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "expected a JSON object, got an array"),
        ('{"title": "No text"}', "missing 'text'"),
        ('{"text": ""}', "empty 'text'"),
        ('{"text": "   \\n "}', "empty 'text'"),
        ('{"text": 42}', "'text' must be a string, got a number"),
        ('{"text": "2023 -- 12 / 28"}', "no letters in the text, not an article"),
        ("{'text': 'single quotes'}", "invalid JSON (Expecting property name enclosed in"),
        ("[" * 100_000, "invalid JSON (RecursionError)"),
    ],
)
def test_read_articles_jsonl_bad_lines(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path, "a.jsonl", f'{{"text": "Good one"}}\n{line}\n')
    items = read_all(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], ArticleError)
    assert items[1].origin == f"{path}:2"
    assert items[1].message.startswith(message)
    assert len(items) == 2


def test_read_articles_jsonl_dates_and_fields(tmp_path: Path) -> None:
    lines = [
        {"text": "A\nb", "published": "2023-12-28T23:30:00+05:00"},
        {"text": "A\nb", "published": "not a date", "url": "https://x.example/2023-12-27/a"},
        {"text": "A\nDec 26, 2023 10:15 PM\nb"},
        {"text": "A\nb", "published": "December 25, 2023"},
        {"text": "A\r\nb", "title": 7, "url": None, "source": " Wire ", "id": 3},
    ]
    path = write(tmp_path, "a.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    items = read_all(path)
    assert all(isinstance(i, Article) for i in items)
    got = [i.published for i in items if isinstance(i, Article)]
    assert got == [
        date(2023, 12, 28),
        date(2023, 12, 27),
        date(2023, 12, 26),
        date(2023, 12, 25),
        None,
    ]
    last = items[-1]
    assert isinstance(last, Article)
    assert (last.text, last.title, last.url, last.source) == ("A\nb", "A", None, "Wire")


def test_read_articles_jsonl_line_limit_applies_per_line(tmp_path: Path) -> None:
    big = json.dumps({"text": "x" * 500})
    small = json.dumps({"text": "Short article"})
    path = write(tmp_path, "a.jsonl", f"{small}\r\n{big}\r\n{small}\r\n")
    items = read_all(path, max_bytes=100)
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "Article"]
    assert str(items[1]) == f"{path}:2: line too large ({len(big)} bytes > limit 100)"
    assert items[2].origin == f"{path}:3"
    # a line of exactly the limit fits, even with a CRLF ending
    exact = json.dumps({"text": "y" * 50})
    path = write(tmp_path, "b.jsonl", f"{exact}\r\n{small}")
    assert [i.origin for i in read_all(path, max_bytes=len(exact))] == [f"{path}:1", f"{path}:2"]


def test_read_articles_jsonl_is_streamed(tmp_path: Path) -> None:
    """The file is read as items are consumed: a line appended after the first item shows up."""
    path = write(tmp_path, "a.jsonl", json.dumps({"text": "First article"}) + "\n")
    items = read_articles([path])
    first = next(items)
    assert isinstance(first, Article)
    assert first.text == "First article"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Written later"}) + "\n")
    rest = list(items)
    assert [i.text for i in rest if isinstance(i, Article)] == ["Written later"]


def test_read_articles_jsonl_bad_utf8_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.jsonl", b'{"text": "caf\xe9"}\n{"text": "fine"}\n')
    bad, good = read_all(path)
    assert str(bad) == f"{path}:1: not UTF-8 text (invalid byte 0xe9 at offset 13 of the line)"
    assert isinstance(good, Article)


def test_read_articles_jsonl_blank_or_binary_files(tmp_path: Path) -> None:
    assert only_error(write(tmp_path, "a.jsonl", b"")).message == "empty file"
    assert only_error(write(tmp_path, "b.jsonl", b"\n \n")).message == "only whitespace, no text"
    path = write(tmp_path, "c.jsonl", b'{"text": "a"}\n\x00\x01\x02')
    assert only_error(path).message == "binary file, not text"


# --------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\r\n", "only whitespace, no text"),
        ("bin.txt", b"GIF89a\x00\x01\x02", "binary file, not text"),
        ("latin1.txt", b"Caf\xe9 talks", "not UTF-8 text (invalid byte 0xe9 at offset 3)"),
        ("digits.txt", b"2023-12-28\n12:00\n--", "no letters in the text, not an article"),
        ("empty.html", b"", "empty file"),
        ("bin.html", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file, not text"),
        (
            "report.pdf",
            b"%PDF-1.7",
            "unsupported file type '.pdf' (expected .txt, .html, .htm or .jsonl)",
        ),
        ("noext", b"text", "unsupported file type with no extension"),
    ],
)
def test_read_articles_bad_file(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = write(tmp_path, name, data)
    error = only_error(path)
    assert error.origin == str(path)
    assert error.message.startswith(message)
    assert "\n" not in str(error)


def test_read_articles_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert str(only_error(path)) == f"{path}: no such file"


def test_read_articles_file_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "Headline\n" + "word " * 100)
    size = path.stat().st_size
    assert only_error(path, max_bytes=100).message == f"file too large ({size} bytes > limit 100)"
    assert isinstance(only_article(path, max_bytes=size), Article)


def test_read_articles_keeps_going_after_bad_inputs(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.txt", b"\xff\xfe\xfd")
    missing = tmp_path / "missing.txt"
    items = read_all(bad, missing, INPUTS / "dateline.txt")
    assert [type(i).__name__ for i in items] == ["ArticleError", "ArticleError", "Article"]


# --------------------------------------------------------------------------- folders and stdin


def test_read_articles_walks_folders_sorted_and_skips_other_files() -> None:
    origins = [i.origin for i in read_all(INPUTS)]
    assert origins == [
        str(INPUTS / "dateline.txt"),
        *(f"{INPUTS / 'mixed.jsonl'}:{n}" for n in (1, 2, 3, 4)),
        str(INPUTS / "page.html"),
    ]  # README.md, nested/notes.md and .hidden.txt are ignored


def test_read_articles_folder_without_inputs(tmp_path: Path) -> None:
    write(tmp_path, "notes.md", "# notes")
    assert only_error(tmp_path).message == "no .txt, .html, .htm or .jsonl files in this folder"


def test_read_articles_stdin_text() -> None:
    stdin = io.StringIO("\ufeffHeadline\r\n28 December 2023\r\nBody.")
    article = only_article("-", stdin=stdin)
    assert article == Article(
        text="Headline\n28 December 2023\nBody.",
        origin="<stdin>",
        title="Headline",
        published=date(2023, 12, 28),
    )


def test_read_articles_stdin_jsonl() -> None:
    stdin = io.StringIO('\n  {"text": "One"}\n\n{"text": "Two"}\nnot json\n')
    items = read_all(Path("-"), stdin=stdin)
    assert [i.origin for i in items] == ["<stdin>:2", "<stdin>:4", "<stdin>:5"]
    assert isinstance(items[2], ArticleError)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "empty input"),
        ("  \n", "only whitespace, no text"),
        ("a\x00b", "binary input, not text"),
    ],
)
def test_read_articles_bad_stdin(data: str, message: str) -> None:
    assert str(only_error("-", stdin=io.StringIO(data))) == f"<stdin>: {message}"


def test_read_articles_stdin_not_utf8() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Caf\xe9 talks"), encoding="utf-8")
    assert only_error("-", stdin=stdin).message.startswith("not UTF-8 text (invalid byte 0xe9")


def test_count_inputs(tmp_path: Path) -> None:
    assert count_inputs([INPUTS]) == 3
    assert count_inputs([INPUTS, INPUTS / "dateline.txt", tmp_path / "missing.txt"]) == 5
    assert count_inputs([INPUTS, "-"]) is None


def test_read_articles_does_not_follow_folder_symlinks(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Headline\nBody.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [i.origin for i in read_all(tmp_path)] == [str(tmp_path / "a.txt")]

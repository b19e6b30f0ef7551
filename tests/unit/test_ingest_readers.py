"""read_inputs: every kind of input, the doc_id rules, and one ReadError per bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from detente.ingest.readers import read_inputs
from detente.records import Article, ReadError

STORY = ("Iraqi and Kurdish officials met in Erbil on Sunday to settle a dispute over oil revenues, "
         "the regional government said.\n")
PAGE = ("<!DOCTYPE html><html><head><title>Talks in Erbil</title></head><body><p>" + STORY
        + "</p></body></html>")


def read_all(*inputs, **options) -> list[Article | ReadError]:
    return list(read_inputs([*inputs], **options))


def only(items):
    assert len(items) == 1, items
    return items[0]


def write_jsonl(path: Path, lines: list[str], compress: bool = False) -> Path:
    data = "\n".join(lines) + "\n"
    if compress:
        path.write_bytes(gzip.compress(data.encode("utf-8")))
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_text_file_is_one_article_named_by_file(tmp_path):
    path = tmp_path / "erbil.txt"
    path.write_text(STORY, encoding="utf-8")
    article = only(read_all(path, published="2019-03-10"))
    assert article == Article(doc_id="erbil.txt", text=STORY, published="2019-03-10",
                              origin=str(path), is_html=False)


def test_file_without_extension_and_utf8_bom_are_read_as_text(tmp_path):
    path = tmp_path / "README"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    article = only(read_all(path))
    assert article.text == STORY and not article.is_html


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved_page.txt"])
def test_html_is_kept_raw_and_flagged(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    article = only(read_all(path))
    assert article.is_html and article.text == PAGE


@pytest.mark.parametrize("name, content, is_html", [("story.txt.gz", STORY, False), ("page.html.gz", PAGE, True)])
def test_gzip_of_text_and_html(tmp_path, name, content, is_html):
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode("utf-8")))
    article = only(read_all(path))
    assert (article.doc_id, article.text, article.is_html) == (name, content, is_html)


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_fields_ids_and_default_date(tmp_path, compress):
    path = tmp_path / ("wire.jsonl.gz" if compress else "wire.jsonl")
    write_jsonl(path, [
        json.dumps({"id": "w-1", "title": "Talks in Erbil", "text": STORY, "published": "2019-03-10",
                    "url": "https://example.org/2019/03/10/erbil", "source": "Example Wire"}),
        "",
        json.dumps({"text": "Turkey closed its border crossing with Iraq on Monday."}),
        json.dumps({"id": 17, "text": "Kuwait and Iraq signed a border accord.", "published": None}),
    ], compress)
    first, second, third = read_all(path, published="2019-03-11")
    assert first == Article(doc_id="w-1", text=STORY, title="Talks in Erbil", published="2019-03-10",
                            url="https://example.org/2019/03/10/erbil", source="Example Wire",
                            origin=f"{path}:line 1")
    assert (second.doc_id, second.origin, second.published) == (f"{path.name}:3", f"{path}:line 3", "2019-03-11")
    assert (third.doc_id, third.published) == ("17", "2019-03-11")


def test_jsonl_text_that_is_html_is_flagged(tmp_path):
    path = write_jsonl(tmp_path / "pages.jsonl", [json.dumps({"id": "p", "text": PAGE})])
    assert only(read_all(path)).is_html


def test_malformed_jsonl_lines_each_give_one_error_and_reading_goes_on(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [
        json.dumps({"id": "ok-1", "text": STORY}),
        '{"id": "bad", "text": "Troops withdrew" "title": 3}',
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "Missing"}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps({"id": "ok-2", "text": STORY}),
    ])
    items = read_all(path)
    assert [item.doc_id for item in items if isinstance(item, Article)] == ["ok-1", "ok-2"]
    messages = [item.message() for item in items if isinstance(item, ReadError)]
    assert messages == [
        f"{path}:line 2: invalid JSON (Expecting ',' delimiter at column 41)",
        f"{path}:line 3: not a JSON object but list",
        f'{path}:line 4: no "text" field',
        f'{path}:line 5: "text" is int, not a string',
        f'{path}:line 6: "text" is empty',
    ]
    assert all("\n" not in message for message in messages)


def test_jsonl_line_over_the_limit_is_skipped_not_loaded(tmp_path):
    long_text = "Officials met again. " * 100
    path = write_jsonl(tmp_path / "big.jsonl", [json.dumps({"id": "big", "text": long_text}),
                                                json.dumps({"id": "small", "text": STORY})])
    error, article = read_all(path, max_bytes=1000)
    assert error.message() == f"{path}:line 1: line longer than the limit of 1,000 bytes"
    assert article.doc_id == "small"


def test_directory_is_read_recursively_sorted_and_hidden_files_skipped(tmp_path):
    root = tmp_path / "corpus"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "z.txt").write_text(STORY, encoding="utf-8")
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    (root / "b" / "deeper" / "c.html").write_text(PAGE, encoding="utf-8")
    (root / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (root / ".git" / "config.txt").write_text(STORY, encoding="utf-8")
    write_jsonl(root / "b" / "feed.jsonl", [json.dumps({"text": STORY})])
    items = read_all(root)
    assert [item.doc_id for item in items] == ["a.txt", "b/deeper/c.html", "b/feed.jsonl:1", "z.txt"]
    assert items[1].origin == str(root / "b" / "deeper" / "c.html")


def test_empty_directory_gives_one_error(tmp_path):
    (tmp_path / "empty").mkdir()
    error = only(read_all(tmp_path / "empty"))
    assert error.message() == f"{tmp_path / 'empty'}: directory has no files"


def test_directory_of_unreadable_files_names_each_and_the_directory(tmp_path):
    root = tmp_path / "bad"
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    messages = [item.message() for item in read_all(root)]
    assert messages == [
        f"{root / 'empty.txt'}: empty file",
        f"{root / 'image.png'}: binary file, not text",
        f"{root}: directory has no readable files (2 unreadable)",
    ]


def test_missing_path_is_an_error_and_later_inputs_are_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    error, article = read_all(tmp_path / "nope.txt", good)
    assert error.message() == f"{tmp_path / 'nope.txt'}: no such file or directory"
    assert article.doc_id == "good.txt"


@pytest.mark.parametrize("content, problem", [
    (b"\x00\x01\x02binary payload\x00" * 20, "binary file, not text"),
    (bytes(range(1, 32)) * 10, "binary file, not text"),
    ("Seoul said on Monday".encode("utf-8") + b"\xff\xfe talks", "invalid UTF-8 at byte 20"),
    (b"", "empty file"),
    (b"  \n\n\t \n", "no text (only whitespace)"),
])
def test_bad_files_give_one_clear_error(tmp_path, content, problem):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    assert only(read_all(path)) == ReadError(str(path), problem)


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 2**20)

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(gzip, "open", no_reading)
    error = only(read_all(path))
    assert error.message() == f"{path}: file too large (104,857,600 bytes; the limit is 5,000,000)"


def test_gzip_stops_decompressing_past_the_limit(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"Troops massed at the border. " * 10_000))
    assert path.stat().st_size < 10_000
    error = only(read_all(path, max_bytes=50_000))
    assert error.problem == "decompressed text larger than the limit of 50,000 bytes"


@pytest.mark.parametrize("name", ["broken.txt.gz", "broken.jsonl.gz"])
def test_corrupt_gzip_is_an_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"this is not gzip data at all")
    error = only(read_all(path))
    assert isinstance(error, ReadError) and error.problem.startswith("cannot read (")


def test_stdin_text_is_one_article(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(STORY))
    article = only(read_all("-", published="2019-03-10"))
    assert (article.doc_id, article.origin, article.text) == ("stdin", "<stdin>", STORY)
    assert article.published == "2019-03-10"


def test_stdin_jsonl_from_a_binary_stream(monkeypatch):
    lines = [json.dumps({"id": "s-1", "text": STORY}), "", json.dumps({"text": "Iran and Oman held talks."}), "{oops"]
    stream = io.TextIOWrapper(io.BytesIO("\n".join(lines).encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stream)
    first, second, error = read_all("-")
    assert (first.doc_id, second.doc_id, second.origin) == ("s-1", "stdin:3", "<stdin>:line 3")
    assert error.message().startswith("<stdin>:line 4: invalid JSON (")


def test_stdin_text_with_a_brace_line_is_still_text(monkeypatch):
    text = "{{ header }}\nPakistan and India exchanged fire along the Line of Control.\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    article = only(read_all("-"))
    assert article.doc_id == "stdin" and article.text == text


def test_empty_stdin_is_an_error(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert only(read_all("-")).message() == "<stdin>: no text (only whitespace)"


def test_huge_jsonl_is_streamed_and_its_overlong_line_refused(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as handle:
        handle.write((json.dumps({"id": "first", "text": STORY}) + "\n").encode("utf-8"))
        handle.truncate(100 * 2**20)
    article, error = read_all(path)
    assert article.doc_id == "first"
    assert error.message() == f"{path}:line 2: line longer than the limit of 5,000,000 bytes"

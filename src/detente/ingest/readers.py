"""Turn files, directories and stdin into `Article` records, and bad input into `ReadError`s.

Bad data never raises: each unreadable file, and each malformed JSONL line, becomes one
`ReadError` naming the input and the problem, and reading goes on with the rest.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from detente.records import Article, ReadError
from detente.settings import MAX_ARTICLE_BYTES

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CHUNK = 1 << 16
# Bytes looked at to tell text from binary; control characters beyond this share mean binary.
SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.05
TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
HTML_STARTS = ("<!doctype html", "<html", "<?xml")
OPTIONAL_FIELDS = ("title", "published", "url", "source")


class InputProblem(Exception):
    """Raised inside this module only, turned into a `ReadError` before leaving it."""


@dataclass(frozen=True)
class Source:
    """One file to read: where it is, how to name it in messages, and its fallback doc_id."""

    path: Path
    origin: str
    doc_id: str


def read_inputs(
    inputs: Sequence[str | Path], published: str | None = None, max_bytes: int = MAX_ARTICLE_BYTES
) -> Iterator[Article | ReadError]:
    """Articles from every input in order; `published` is the default for articles without one.

    `max_bytes` caps one text or HTML file (and one JSONL line: a JSONL file is a collection,
    so the cap applies to each article in it, whatever the size of the file).
    """
    for given in inputs:
        if str(given) == "-":
            yield from read_stdin(sys.stdin, published, max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _read_directory(path, str(given), published, max_bytes)
        elif path.is_file():
            yield from read_file(Source(path, str(given), path.name), published, max_bytes)
        elif path.exists():
            yield ReadError(str(given), "not a regular file")
        else:
            yield ReadError(str(given), "no such file or directory")


def _read_directory(
    root: Path, shown: str, published: str | None, max_bytes: int
) -> Iterator[Article | ReadError]:
    """Every visible file under `root`, sorted; one error when none of them gave an article."""
    try:
        files = sorted(visible_files(root))
    except OSError as exc:
        yield ReadError(shown, f"cannot list directory ({_reason(exc)})")
        return
    articles = 0
    for path in files:
        relative = path.relative_to(root).as_posix()
        origin = str(Path(shown) / relative)
        for item in read_file(Source(path, origin, relative), published, max_bytes):
            articles += isinstance(item, Article)
            yield item
    if not articles:
        what = "no files" if not files else f"no readable files ({len(files)} unreadable)"
        yield ReadError(shown, f"directory has {what}")


def visible_files(root: Path) -> Iterator[Path]:
    """Regular files under `root`, skipping hidden files and hidden directories."""
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            yield path


def read_file(source: Source, published: str | None, max_bytes: int) -> Iterator[Article | ReadError]:
    """The articles of one file: a JSONL collection, or one text or HTML article."""
    name = source.path.name.lower()
    compressed = name.endswith(".gz")
    inner = name[:-3] if compressed else name
    try:
        if inner.endswith(JSONL_SUFFIXES):
            yield from _read_jsonl_file(source, compressed, published, max_bytes)
            return
        data = _read_capped(source.path, compressed, max_bytes)
        text = decode_text(data)
    except InputProblem as problem:
        yield ReadError(source.origin, str(problem))
        return
    except OSError as exc:
        yield ReadError(source.origin, f"cannot read ({_reason(exc)})")
        return
    is_html = inner.endswith(HTML_SUFFIXES) or looks_like_html(text)
    yield Article(doc_id=source.doc_id, text=text, published=published,
                  origin=source.origin, is_html=is_html)


def _read_capped(path: Path, compressed: bool, max_bytes: int) -> bytes:
    """The file's bytes (decompressed), refusing before reading anything too large.

    OSError (a missing permission, a corrupt gzip header) is left to the caller, which reports it.
    """
    size = path.stat().st_size
    if size == 0:
        raise InputProblem("empty file")
    if size > max_bytes:
        raise InputProblem(f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
    if not compressed:
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except (EOFError, zlib.error) as exc:
        raise InputProblem(f"cannot read ({_reason(exc)})") from exc
    if len(data) > max_bytes:
        raise InputProblem(f"decompressed text larger than the limit of {max_bytes:,} bytes")
    if not data:
        raise InputProblem("empty file")
    return data


def decode_text(data: bytes) -> str:
    """UTF-8 text (a BOM is dropped), or an `InputProblem` saying why the bytes are not text."""
    if is_binary(data):
        raise InputProblem("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputProblem(f"invalid UTF-8 at byte {exc.start}") from exc
    if not text.strip():
        raise InputProblem("no text (only whitespace)")
    return text


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first bytes: not a text file."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in TEXT_CONTROLS)
    return controls > MAX_CONTROL_SHARE * len(head)


def looks_like_html(text: str) -> bool:
    """A document that opens as HTML, whatever its file name (stdin, `.txt` saved pages)."""
    return text.lstrip()[:20].lower().startswith(HTML_STARTS)


def _read_jsonl_file(
    source: Source, compressed: bool, published: str | None, max_bytes: int
) -> Iterator[Article | ReadError]:
    if source.path.stat().st_size == 0:
        raise InputProblem("empty file")
    try:
        with (gzip.open(source.path, "rb") if compressed else source.path.open("rb")) as stream:
            yield from read_jsonl_lines(stream, source, published, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadError(source.origin, f"cannot read ({_reason(exc)})")


def read_jsonl_lines(
    stream: IO[bytes], source: Source, published: str | None, max_bytes: int
) -> Iterator[Article | ReadError]:
    """One article per non-empty line; lines longer than `max_bytes` are skipped, not loaded."""
    stem = source.doc_id
    seen_any = False
    for number, line in enumerate(_capped_lines(stream, max_bytes), start=1):
        origin = f"{source.origin}:line {number}"
        if line is None:
            seen_any = True
            yield ReadError(origin, f"line longer than the limit of {max_bytes:,} bytes")
            continue
        if not line.strip():
            continue
        seen_any = True
        yield parse_jsonl_line(line, origin, f"{stem}:{number}", published)
    if not seen_any:
        yield ReadError(source.origin, "empty file")


def _capped_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """Lines of at most `max_bytes`; None stands for a longer line, whose rest is skipped."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) - line.endswith(b"\n") <= max_bytes:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(CHUNK)
        yield None


def parse_jsonl_line(line: bytes, origin: str, fallback_id: str, published: str | None) -> Article | ReadError:
    """An article from one JSONL line in the input form; only `text` is required."""
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return ReadError(origin, f"invalid UTF-8 at byte {exc.start} of the line")
    except json.JSONDecodeError as exc:
        return ReadError(origin, f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return ReadError(origin, f"not a JSON object but {type(record).__name__}")
    text = record.get("text")
    if text is None:
        return ReadError(origin, 'no "text" field')
    if not isinstance(text, str):
        return ReadError(origin, f'"text" is {type(text).__name__}, not a string')
    if not text.strip():
        return ReadError(origin, '"text" is empty')
    fields = {key: _optional_str(record.get(key)) for key in OPTIONAL_FIELDS}
    doc_id = _optional_str(record.get("id")) or fallback_id
    return Article(doc_id=doc_id, text=text, title=fields["title"],
                   published=fields["published"] or published, url=fields["url"],
                   source=fields["source"], origin=origin, is_html=looks_like_html(text))


def _optional_str(value: object) -> str | None:
    """Strings (and ids given as numbers) kept; anything else or blank counts as absent."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int)):
        return str(value).strip() or None
    return None


def read_stdin(stdin: IO[str], published: str | None, max_bytes: int) -> Iterator[Article | ReadError]:
    """stdin as JSONL when every non-empty line opens an object, else as one text article."""
    source = Source(Path("-"), "<stdin>", "stdin")
    binary = getattr(stdin, "buffer", None)
    data = binary.read(max_bytes + 1) if binary is not None else stdin.read(max_bytes + 1).encode("utf-8")
    if len(data) > max_bytes:
        yield ReadError(source.origin, f"input larger than the limit of {max_bytes:,} bytes")
        return
    try:
        text = decode_text(data)
    except InputProblem as problem:
        yield ReadError(source.origin, str(problem))
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if all(line.lstrip().startswith("{") for line in lines):
        yield from read_jsonl_lines(io.BytesIO(text.encode("utf-8")), source, published, max_bytes)
        return
    yield Article(doc_id=source.doc_id, text=text, published=published,
                  origin=source.origin, is_html=looks_like_html(text))


def _reason(exc: BaseException) -> str:
    """A short reason from an OS or decompression error, without a traceback."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__

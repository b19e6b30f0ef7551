"""detente: explainable PLOVER event coding of news, and relations between countries over time.

The public Python API; the `detente` command line only wraps these functions.

    >>> from detente import code_text
    >>> events = code_text("North Korea fired a missile over Japan on Monday.", published="2017-08-29")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from detente.records import Article, CodedArticle, Event, ReadError
    from detente.settings import Settings
    from detente.store import Store

__all__ = ["code_text", "code_articles", "open_store", "__version__"]


def code_text(text: str, published: str | None = None, doc_id: str = "text",
              settings: Settings | None = None) -> list[Event]:
    """Code one text in this process; returns its events (the article's cleaning included)."""
    import dataclasses

    from detente.pipeline import Coder
    from detente.records import Article, ReadError
    from detente.settings import Settings

    in_process = dataclasses.replace(settings or Settings(), workers=1)
    article = Article(doc_id=doc_id, text=text, published=published, origin=doc_id)
    (result,) = Coder(in_process).code_articles([article])
    if isinstance(result, ReadError):
        raise ValueError(result.message())
    return list(result.events)


def code_articles(inputs: Sequence[str | Path] | Iterable[Article],
                  settings: Settings | None = None) -> Iterator[CodedArticle | ReadError]:
    """Code paths (files, directories, JSONL, `-`) or Article records; results in input order."""
    from detente.pipeline import Coder

    coder = Coder(settings)
    if isinstance(inputs, (list, tuple)) and all(isinstance(i, (str, Path)) for i in inputs):
        return coder.code_inputs(inputs)
    return coder.code_articles(inputs)


def open_store(path: str | Path | None = None) -> Store:
    """Open (or create) the DuckDB store: `path`, else `$DETENTE_DB`, else ./detente.duckdb."""
    from detente.store import open_store as _open_store

    return _open_store(path)

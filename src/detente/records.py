"""Typed records handed from one pipeline stage to the next.

Every stage takes records from this module and returns records from this module; nothing
else crosses a stage boundary. `Event.to_json()` gives exactly one line of the coder's output
as fixed by the shared contract `event.schema.json`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One input article as read, before any cleaning.

    `text` is the raw text (for HTML input: the HTML itself, with `is_html` set).
    `published` is an ISO 8601 date or datetime string when the caller or the input gave one.
    `origin` names where it came from (path, `path:line`, or `<stdin>`) for messages.
    """

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""
    is_html: bool = False

    def content_hash(self) -> str:
        """Hash of everything that can change the coding: a re-ingest compares it."""
        parts = [self.text, self.title or "", self.published or "", self.url or "", self.source or ""]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read: `origin` and a one-line `problem`."""

    origin: str
    problem: str

    def message(self) -> str:
        return f"{self.origin}: {self.problem}"


@dataclass(frozen=True)
class Segment:
    """A run of cleaned text copied unchanged from the raw text.

    Cleaned text [clean_start, clean_start + length) equals raw text [raw_start, raw_start + length).
    """

    clean_start: int
    raw_start: int
    length: int


@dataclass(frozen=True)
class CleanArticle:
    """An article with site furniture removed and metadata found.

    `text` is what the coder reads; event spans are offsets into it. `segments` map it back to
    the raw text (for HTML: the text trafilatura extracted, which then counts as the raw text).
    `published` is an ISO date (YYYY-MM-DD) or None; `published_basis` says where it came from
    ("given", "metadata", "dateline", "byline", "url", "text" or None).
    `dateline` is the place of a dateline ("SEOUL, Dec 3 (Reuters) -" -> "SEOUL") when there is one.
    """

    doc_id: str
    text: str
    raw_text: str
    segments: tuple[Segment, ...]
    title: str | None
    byline: str | None
    published: str | None
    published_basis: str | None
    dateline: str | None
    url: str | None
    source: str | None
    origin: str
    content_hash: str

    def raw_offset(self, clean_offset: int) -> int | None:
        """Offset in the raw text of a cleaned-text offset, None if it fell in no segment."""
        for seg in self.segments:
            if seg.clean_start <= clean_offset <= seg.clean_start + seg.length:
                return seg.raw_start + (clean_offset - seg.clean_start)
        return None

    def published_date(self) -> dt.date | None:
        return parse_iso_date(self.published)


@dataclass(frozen=True)
class Entity:
    """An actor or recipient: who, coded as country + sector.

    `country` is ISO 3166-1 alpha-3, or IGO / NGO / MNC; `sector` a PLOVER sector code.
    `kb_id` names the knowledge-base row that resolved it; `why` says how (for `actors resolve`).
    """

    text: str
    country: str | None
    sector: str | None
    name: str | None = None
    kb_id: str | None = None
    why: str | None = None

    @property
    def code(self) -> str:
        return entity_code(self.country, self.sector)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
        }


def entity_code(country: str | None, sector: str | None) -> str:
    """CAMEO-style code: USAGOV, PRKMIL, IGO, CVL (sector alone when the country is unknown)."""
    return (country or "") + (sector or "") or "UNK"


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    basis: str = "text"  # "text": the sentence says where; "dateline": fallback to the dateline

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "basis": self.basis}


@dataclass(frozen=True)
class EventDate:
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str | None  # day / month / year / None
    basis: str  # explicit / relative / published / unknown
    expression: str | None = None  # the words the date came from, if any


@dataclass(frozen=True)
class Event:
    """One coded event: the record of `event.schema.json`.

    A `headline` event was coded from the article's title: it has no `sentence_index` and no
    `span` in the cleaned text, and `trigger_span` indexes the title.
    """

    doc_id: str
    sentence_index: int | None
    event: str
    mode: str | None
    context: tuple[str, ...]
    quad_code: int
    intensity: float
    cameo: str | None
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    negated: bool
    modality: str
    text: str
    trigger: str | None
    span: tuple[int, int] | None
    trigger_span: tuple[int, int] | None
    confidence: float
    published: str | None
    date: EventDate
    location: Location | None
    coder: str
    headline: bool = False
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", stable_event_id(self))

    def to_json(self) -> dict[str, Any]:
        record: dict[str, Any] = {"id": self.id, "doc_id": self.doc_id}
        if self.sentence_index is not None:
            record["sentence_index"] = self.sentence_index
        return record | {
            "headline": self.headline,
            "published": self.published,
            "date": self.date.date,
            "date_precision": self.date.precision,
            "date_basis": self.date.basis,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "quad_code": self.quad_code,
            "intensity": self.intensity,
            "cameo": self.cameo,
            "actor": [e.to_json() for e in self.actor],
            "recipient": [e.to_json() for e in self.recipient],
            "negated": self.negated,
            "modality": self.modality,
            "location": self.location.to_json() if self.location else None,
            "text": self.text,
            "trigger": self.trigger,
            "span": list(self.span) if self.span else None,
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }

    def to_json_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)


def stable_event_id(event: Event) -> str:
    """Same input, same id: built from the article, the place in it and the category."""
    place = "title" if event.headline else event.sentence_index
    trigger_at = event.trigger_span[0] if event.trigger_span else (event.span or (0,))[0]
    key = f"{event.doc_id}\x1f{place}\x1f{trigger_at}\x1f{event.event}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class CodedArticle:
    """What the pipeline returns per article: the cleaned article and its events."""

    article: CleanArticle
    events: tuple[Event, ...]
    sentence_count: int


def parse_iso_date(value: str | None) -> dt.date | None:
    """The date part of an ISO 8601 date or datetime string, None when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None

"""The bundled example articles (examples/articles) come out with their head read and no furniture left.

The examples are written like real scraped pages; the checks here are independent of the
cleaner's own patterns. Skipped when the directory is absent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detente.ingest import clean_article, read_inputs
from detente.records import Article, CleanArticle

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
# A dateline as a reader sees one: a place in capitals (places may be joined by "/"), maybe a
# date, maybe an agency in parentheses, then a dash, opening a line.
DATELINE = re.compile(r"^(?P<place>[A-Z]{3,}(?:[ /][A-Z]{2,})*)(?:, \w+\.? \d{1,2})?(?: \(\w+\))? -{1,2} ", re.M)
# Words that only site furniture uses; none belongs in the news text of these examples.
FURNITURE_CUES = ("comment", "newsletter", "subscribe", "donate", "cookie", "sign in", "log in", "follow us",
                  "share on", "skip to", "live blog", "journalism", "all rights reserved", "photo:", "photograph:",
                  "getty images", "related", "most viewed", "you may also like", "read more", "advertisement")
MIN_PARAGRAPH_WORDS = 8


def examples() -> list[Article]:
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} is absent")
    articles = [item for item in read_inputs([EXAMPLES]) if isinstance(item, Article)]
    assert articles
    return articles


@pytest.fixture(scope="module")
def cleaned() -> list[CleanArticle]:
    return [clean_article(article) for article in examples()]


def test_every_example_has_a_date_and_a_headline_as_title(cleaned):
    for clean in cleaned:
        assert clean.published is not None, clean.doc_id
        title = clean.title or ""
        assert len(title.split()) >= 4 and not title.isupper() and "|" not in title, (clean.doc_id, title)
        assert title not in clean.text, clean.doc_id  # the headline left the body


def test_every_dateline_is_found_and_cut(cleaned):
    with_dateline = 0
    for clean in cleaned:
        written = DATELINE.search(clean.raw_text)
        if written:
            with_dateline += 1
            assert clean.dateline == written["place"], clean.doc_id
            assert written[0] not in clean.text, clean.doc_id
    assert with_dateline >= len(cleaned) // 2


def test_no_furniture_is_left_in_the_text(cleaned):
    for clean in cleaned:
        for paragraph in clean.text.split("\n\n"):
            lowered = paragraph.lower()
            assert not [cue for cue in FURNITURE_CUES if cue in lowered], (clean.doc_id, paragraph)
            assert len(paragraph.split()) >= MIN_PARAGRAPH_WORDS, (clean.doc_id, paragraph)
            assert paragraph.endswith((".", '"', "”")), (clean.doc_id, paragraph)


def test_offsets_map_back_to_the_raw_text(cleaned):
    for clean in cleaned:
        for segment in clean.segments:
            start = segment.clean_start
            assert clean.text[start:start + segment.length] == clean.raw_text[segment.raw_start:
                                                                             segment.raw_start + segment.length]

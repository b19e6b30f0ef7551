"""The pipeline composes the stages, keeps input order, and isolates failures."""

from __future__ import annotations

import dataclasses

from detente import code_text
from detente.pipeline import Coder
from detente.records import Article, CodedArticle, ReadError
from detente.settings import Settings

SUMMIT = (
    "SEOUL, April 27 (Reuters) - North and South Korea held talks at Panmunjom on Friday, "
    "the first summit between the two Koreas in more than a decade.\n\n"
    "Washington welcomed the meeting, and the White House said President Donald Trump would "
    "meet Kim Jong Un within weeks."
)
SANCTIONS = (
    "WASHINGTON (AP) - The United States imposed new sanctions on Russia on Tuesday over its "
    "annexation of Crimea, and Moscow denounced the measures as illegal."
)


def articles() -> list[Article]:
    return [
        Article(doc_id="summit", text=SUMMIT, published="2018-04-27", origin="summit"),
        ReadError("broken.jsonl:line 3", "invalid JSON"),
        Article(doc_id="sanctions", text=SANCTIONS, published="2014-03-18", origin="sanctions"),
        Article(doc_id="empty-after-cleaning", text="Skip to content\n\nLoading, please wait...",
                origin="furniture.txt"),
    ]


def test_results_come_back_in_input_order_with_errors_in_place():
    results = list(Coder(Settings()).code_articles(articles()))
    assert [type(r) for r in results] == [CodedArticle, ReadError, CodedArticle, CodedArticle]
    assert results[1].message() == "broken.jsonl:line 3: invalid JSON"
    summit, sanctions = results[0], results[2]
    assert any(e.event == "CONSULT" and {a.country for a in e.actor} >= {"PRK", "KOR"}
               for e in summit.events)
    assert any(e.event == "SANCTION" and e.actor[0].country == "USA"
               and e.recipient and e.recipient[0].country == "RUS" for e in sanctions.events)


def test_two_workers_give_the_same_events_as_one():
    one = list(Coder(Settings(workers=1)).code_articles(articles()))
    two = list(Coder(Settings(workers=2, batch_size=1)).code_articles(articles()))
    def ids(results):
        return [[e.to_json() for e in r.events] if isinstance(r, CodedArticle) else r.message()
                for r in results]
    assert ids(one) == ids(two)


def test_publication_date_default_from_settings_applies_only_where_missing():
    settings = dataclasses.replace(Settings(), published="2014-03-19")
    undated = Article(doc_id="x", text=SANCTIONS, origin="x")
    (result,) = Coder(settings).code_articles([undated])
    assert all(e.published == "2014-03-19" for e in result.events)
    events = code_text(SANCTIONS, published="2014-03-18")
    assert events and all(e.published == "2014-03-18" for e in events)

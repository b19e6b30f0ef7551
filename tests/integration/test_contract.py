"""The coder's output keeps to ../shared/contracts/event.schema.json, on real news."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import pytest

from detente.pipeline import Coder
from detente.records import Article, CodedArticle
from detente.settings import Settings
from tests.conftest import shared_file

jsonschema = pytest.importorskip("jsonschema")


def corpus_articles(name: str, count: int, keep=lambda record: True) -> list[Article]:
    path = shared_file(f"corpora/{name}")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        records = (json.loads(line) for line in lines)
        chosen = islice((r for r in records if keep(r)), count)
        return [Article(doc_id=r["id"], text=r["text"], title=r.get("title"),
                        published=r.get("published"), url=r.get("url"), source=r.get("source"),
                        origin=f"{name}:{r['id']}") for r in chosen]


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(shared_file("contracts/event.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def coded_corpus() -> list[CodedArticle]:
    articles = (corpus_articles("kcna_2011_2012.jsonl.gz", 25)
                + corpus_articles("reuters21578.jsonl.gz", 25)
                + corpus_articles("wikinews_2019_2020.jsonl.gz", 10))
    return [r for r in Coder(Settings()).code_articles(articles) if isinstance(r, CodedArticle)]


def test_every_event_on_real_articles_is_schema_valid(coded_corpus, validator):
    events = [event.to_json() for coded in coded_corpus for event in coded.events]
    assert len(coded_corpus) == 60
    assert len(events) > 20, "real news should give events"
    for record in events:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{record['id']}: {errors[0].message}"


def test_spans_point_at_the_sentence_in_the_cleaned_text(coded_corpus):
    for coded in coded_corpus:
        for event in coded.events:
            if event.headline:
                assert event.span is None and event.text in (coded.article.title or "")
                continue
            start, end = event.span
            assert coded.article.text[start:end] == event.text


def test_same_input_gives_same_ids(coded_corpus):
    article = corpus_articles("kcna_2011_2012.jsonl.gz", 25)[-1]
    (again,) = Coder(Settings()).code_articles([article])
    first = next(c for c in coded_corpus if c.article.doc_id == article.doc_id)
    assert [e.id for e in again.events] == [e.id for e in first.events]
    assert len({e.id for e in first.events}) == len(first.events)

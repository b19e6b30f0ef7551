"""On real KCNA news about the United States, the main events have the right pair and category."""

from __future__ import annotations

from collections import Counter

from detente.pipeline import Coder
from detente.records import CodedArticle
from detente.settings import Settings
from tests.integration.test_contract import corpus_articles


def mentions_us(record: dict) -> bool:
    text = record["text"]
    return ("U.S." in text or "United States" in text) and len(text) < 6000


def test_kcna_stories_about_the_us_are_coded_as_dprk_us_conflict():
    articles = corpus_articles("kcna_2011_2012.jsonl.gz", 40, keep=mentions_us)
    coded = [r for r in Coder(Settings()).code_articles(articles) if isinstance(r, CodedArticle)]
    pairs = Counter()
    for article in coded:
        for event in article.events:
            actors = {e.country for e in event.actor}
            recipients = {e.country for e in event.recipient}
            if "PRK" in actors and "USA" in recipients:
                pairs[(event.event, event.quad_code)] += 1
    assert sum(pairs.values()) >= 10, pairs
    conflict = sum(n for (_, quad), n in pairs.items() if quad in (3, 4))
    assert conflict / sum(pairs.values()) >= 0.7, pairs
    top_categories = {category for (category, _), _ in pairs.most_common(3)}
    assert top_categories & {"ACCUSE", "REJECT", "THREATEN", "PROTEST"}, pairs

"""On real KCNA news about the United States, the main events have the right pair and category.

KCNA stories whose headline names a North Korean speaker (the agency, a paper, a spokesman) and
the U.S. are mostly denunciations: the coder must find North Korea -> United States events and
code them as verbal conflict, not as cooperation.
"""

from __future__ import annotations

import re
from collections import Counter

from detente.pipeline import Coder
from detente.records import CodedArticle
from detente.settings import Settings
from tests.integration.test_contract import corpus_articles

NORTH_KOREAN_SPEAKER = re.compile(r"\b(Rodong Sinmun|Minju Joson|KCNA|DPRK|Spokesman)\b")


def about_us_from_pyongyang(record: dict) -> bool:
    title = record.get("title") or ""
    return bool(NORTH_KOREAN_SPEAKER.search(title)) and bool(re.search(r"\bU\.?S\b", title))


def test_kcna_stories_about_the_us_are_coded_as_dprk_us_conflict():
    articles = corpus_articles("kcna_2011_2012.jsonl.gz", 60, keep=about_us_from_pyongyang)
    coded = [r for r in Coder(Settings()).code_articles(articles) if isinstance(r, CodedArticle)]
    pairs = Counter()
    for article in coded:
        for event in article.events:
            actors = {e.country for e in event.actor}
            recipients = {e.country for e in event.recipient}
            if "PRK" in actors and "USA" in recipients:
                pairs[(event.event, event.quad_code)] += 1
    assert sum(pairs.values()) >= 6, pairs
    conflict = sum(n for (_, quad), n in pairs.items() if quad in (3, 4))
    assert conflict / sum(pairs.values()) >= 0.8, pairs
    (top_category, _), _ = pairs.most_common(1)[0]
    assert top_category in {"ACCUSE", "REJECT", "THREATEN", "PROTEST"}, pairs

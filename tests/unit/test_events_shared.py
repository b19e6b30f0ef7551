"""The coder against shared data: the PLOVER gold standard records and Reuters market news.

Floors, not targets: they catch a lexicon or rule change that breaks coding wholesale.
Skipped when ../shared is not beside the project.
"""

from __future__ import annotations

import gzip
import itertools
import json

import pytest

from detente.events import extract_events, load_lexicon
from tests.conftest import shared_file


@pytest.fixture(scope="module")
def resolver():
    from detente.actors import Resolver, load_kb

    return Resolver(load_kb())


def test_plover_gold_standard_categories(nlp, resolver):
    rows = [json.loads(line) for line in shared_file("gold/plover_gsr.jsonl").open(encoding="utf-8")]
    lexicon = load_lexicon()
    tp = fp = fn = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        found = {e.event for e in extract_events(doc, resolver.for_document(doc, None), lexicon)
                 if not e.negated}
        gold = {e["event"] for e in row["events"]}
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
    precision, f1 = tp / (tp + fp), 2 * tp / (2 * tp + fp + fn)
    assert precision >= 0.7 and f1 >= 0.6, (precision, f1)


def test_market_news_gives_few_events(nlp, resolver):
    path = shared_file("corpora/reuters21578.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in itertools.islice(handle, 80)]
    lexicon = load_lexicon()
    sentences = events = 0
    for doc in nlp.pipe(texts):
        sentences += sum(1 for _ in doc.sents)
        events += len(extract_events(doc, resolver.for_document(doc, None), lexicon))
    assert sentences > 300
    assert 1000 * events / sentences < 60

"""Events per 1,000 sentences on ordinary economic news, where few state-to-state events exist.

    python benchmarks/false_alarms.py --n 500
    python benchmarks/false_alarms.py --n 500 --corpus kcna_2011_2012   # for comparison

Codes the first N stories of ../shared/corpora/reuters21578.jsonl.gz (1987 wire copy: commodity,
market, company and economic news), and the subset whose headline names a commodity or market
(grain, oil, currencies, shares...), and prints events per 1,000 sentences for each, the
categories found, and a few of the events so a reader can judge them. Another corpus of
../shared/corpora (kcna_2011_2012, wikinews_2019_2020) gives the rate on political news.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from itertools import islice
from pathlib import Path

from detente.pipeline import Coder
from detente.records import Article, CodedArticle
from detente.settings import Settings

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
MARKET_HEADLINE = re.compile(
    r"\b(WHEAT|GRAIN|CORN|SOY\w*|SUGAR|COFFEE|COCOA|COTTON|RICE|OIL|CRUDE|GOLD|SILVER|COPPER|"
    r"TIN|RUBBER|CATTLE|HOG|PRICES?|MARKET|STOCKS?|SHARES|BOND|DOLLAR|YEN|CURRENC\w*|RATES?)\b")


def stories(corpus: Path, n: int | None = None, only: Container[str] | None = None) -> Iterator[Article]:
    """The first `n` stories of a corpus file (all when None), or those whose id is in `only`."""
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in islice(lines, n):
            record = json.loads(line)
            if only is None or record["id"] in only:
                yield Article(doc_id=record["id"], text=record["text"], title=record.get("title"),
                              published=record.get("published"), url=record.get("url"),
                              source=record.get("source"), origin=record["id"])


def stories_named(names: Iterable[str], doc_ids: Container[str]) -> Iterator[Article]:
    """The stories of the named corpora in ../shared/corpora whose id is in `doc_ids`."""
    for name in names:
        corpus = CORPORA / f"{name}.jsonl.gz"
        if not corpus.exists():
            raise SystemExit(f"{corpus}: not found (the shared corpora are needed beside the project)")
        yield from stories(corpus, only=doc_ids)


def code_corpus(name: str, n: int, workers: int) -> list[CodedArticle]:
    """The first `n` stories of a corpus in ../shared/corpora, coded; exits when it is absent."""
    corpus = CORPORA / f"{name}.jsonl.gz"
    if not corpus.exists():
        raise SystemExit(f"{corpus}: not found (the shared corpora are needed beside the project)")
    settings = dataclasses.replace(Settings(), workers=workers)
    return [r for r in Coder(settings).code_articles(stories(corpus, n)) if isinstance(r, CodedArticle)]


def report(label: str, coded: list[CodedArticle], examples: int) -> None:
    sentences = sum(c.sentence_count for c in coded)
    events = [e for c in coded for e in c.events]
    rate = 1000 * len(events) / sentences if sentences else 0.0
    print(f"{label}: {len(coded)} stories, {sentences:,} sentences, {len(events)} events, "
          f"{rate:.1f} events per 1,000 sentences")
    print("  categories:", dict(Counter(e.event for e in events).most_common()))
    for event in events[:examples]:
        actors = ",".join(a.code for a in event.actor)
        recipients = ",".join(a.code for a in event.recipient) or "-"
        print(f"  {event.event:9s} {actors} -> {recipients} | {event.trigger} | {event.text[:110]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="stories to code")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--examples", type=int, default=8, help="events to print per set")
    parser.add_argument("--corpus", default="reuters21578", help="a corpus of ../shared/corpora, without .jsonl.gz")
    args = parser.parse_args()
    coded = code_corpus(args.corpus, args.n, args.workers)
    report(f"{args.corpus}, all stories", coded, args.examples)
    if args.corpus == "reuters21578":
        markets = [c for c in coded if MARKET_HEADLINE.search((c.article.title or "").upper())]
        report("reuters21578, commodity and market headlines", markets, args.examples)


if __name__ == "__main__":
    main()

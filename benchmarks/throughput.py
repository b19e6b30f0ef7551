"""Coder throughput against bare spaCy parsing of the same texts, in the same run.

    python benchmarks/throughput.py --n 200 --workers 2 [--corpus reuters|kcna|both]

Reads the first N articles of ../shared/corpora (beside the repository), warms up both sides,
then times (1) `nlp.pipe(texts, n_process=workers)` with the coder's own spaCy pipeline and
(2) the full coder (`pipeline.Coder`, cleaning to dated, placed events) with the same number of
processes. Both timings include starting their worker processes, as a real run does.
Prints articles/s, words/s, the ratio coder/bare parse and peak RSS (this process and the
largest child process, from resource.getrusage).
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from detente.nlp import load_nlp
from detente.pipeline import Coder, load_components
from detente.records import Article, CodedArticle
from detente.settings import Settings

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
CORPUS_FILES = {"reuters": "reuters21578.jsonl.gz", "kcna": "kcna_2011_2012.jsonl.gz"}
WARM_UP_ARTICLES = 8


def read_corpus(name: str, n: int) -> list[Article]:
    """The first `n` articles with text of one corpus."""
    path = CORPORA / CORPUS_FILES[name]
    if not path.exists():
        raise SystemExit(f"{path} not found: this benchmark needs ../shared/corpora")
    return list(islice(articles_of(path, name), n))


def articles_of(path: Path, name: str) -> Iterator[Article]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("text", "").strip():
                yield Article(doc_id=str(row["id"]), text=row["text"], title=row.get("title"),
                              published=row.get("published"), url=row.get("url"),
                              source=row.get("source"), origin=f"{name}:{row['id']}")


def choose_articles(corpus: str, n: int) -> list[Article]:
    if corpus == "both":
        half = n // 2
        return read_corpus("reuters", half) + read_corpus("kcna", n - half)
    return read_corpus(corpus, n)


def timed(work: Callable[[], int]) -> tuple[float, int]:
    """Seconds taken by `work`, and what it returned."""
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="articles to code")
    parser.add_argument("--workers", type=int, default=2, help="processes for both sides")
    parser.add_argument("--corpus", choices=["reuters", "kcna", "both"], default="both")
    parser.add_argument("--batch-size", type=int, default=Settings().batch_size)
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs of each side")
    args = parser.parse_args()

    settings = dataclasses.replace(Settings(), workers=args.workers, batch_size=args.batch_size)
    articles = choose_articles(args.corpus, args.n)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp(settings.spacy_model)
    print(f"corpus {args.corpus}: {len(articles)} articles, {words:,} words; "
          f"workers {args.workers}, batch {args.batch_size}; "
          f"model {settings.spacy_model} ({', '.join(nlp.pipe_names)})")

    # Warm-up: models, tables and lexicons loaded, and both code paths run once in this process.
    load_components(settings)
    for _ in nlp.pipe(texts[:WARM_UP_ARTICLES]):
        pass
    in_process = dataclasses.replace(settings, workers=1)
    for _ in Coder(in_process).code_articles(articles[:WARM_UP_ARTICLES]):
        pass

    def bare() -> int:
        return sum(1 for _ in nlp.pipe(texts, n_process=args.workers, batch_size=args.batch_size))

    def coder() -> int:
        results = list(Coder(settings).code_articles(articles))
        return sum(len(r.events) for r in results if isinstance(r, CodedArticle))

    # Alternate the two, so that a burst of load on a shared machine hits both alike; report
    # the median of each.
    bare_runs, coder_runs = [], []
    for _ in range(args.repeat):
        seconds, parsed = timed(bare)
        assert parsed == len(texts)
        bare_runs.append(seconds)
        seconds, events = timed(coder)
        coder_runs.append(seconds)
    bare_s, coder_s = statistics.median(bare_runs), statistics.median(coder_runs)
    print(f"runs              {args.repeat} alternating; medians shown")
    for label, seconds in (("bare spaCy parse", bare_s), ("coder", coder_s)):
        print(f"{label:17s} {seconds:7.1f} s  {len(texts) / seconds:7.1f} articles/s  "
              f"{words / seconds:8,.0f} words/s")
    print(f"events coded      {events:,}")
    print(f"ratio coder/bare  {bare_s / coder_s:.2f}  (coder speed as a share of bare parsing)")
    own, child = peak_rss_mb()
    print(f"peak RSS          {own:,.0f} MB this process, {child:,.0f} MB largest child")


if __name__ == "__main__":
    main()

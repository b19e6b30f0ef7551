"""How much the actor resolver costs: KB load time, and resolution time against spaCy parsing.

Run: /work/venv/bin/python benchmarks/actors_bench.py [--corpus wikinews_2019_2020] [--articles 150]
Reads ../shared/corpora/<corpus>.jsonl.gz (the first N articles), parses them once, then times
`for_document` plus `resolve` on every noun-phrase head that could be an actor or recipient.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# The dependencies an event's actor or recipient hangs by; the coder asks about these heads.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "pobj", "dative", "agent", "appos", "conj", "poss"})

KB_LOAD = ("import time; t = time.perf_counter(); from detente.actors import load_kb; load_kb(); "
           "print(time.perf_counter() - t)")


def kb_load_seconds() -> float:
    """Import and load in a fresh interpreter: what start-up pays."""
    out = subprocess.run([sys.executable, "-c", KB_LOAD], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def read_texts(corpus: str, count: int) -> list[tuple[str, str | None]]:
    path = SHARED / "corpora" / f"{corpus}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [(item["text"], item.get("published")) for item in map(json.loads, itertools.islice(handle, count))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="wikinews_2019_2020")
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()

    from detente.actors import Resolver, load_kb
    from detente.nlp import load_nlp
    from detente.records import parse_iso_date
    from detente.where import load_gazetteer

    print(f"KB load in a fresh process (import + tables + automaton): {kb_load_seconds():.3f} s")
    texts = read_texts(args.corpus, args.articles)
    nlp = load_nlp()
    resolver = Resolver(load_kb())
    load_gazetteer()  # the resolver places unnamed crowds with it; the pipeline loads it anyway
    started = time.perf_counter()
    docs = list(nlp.pipe((t for t, _ in texts), batch_size=32))
    parse_seconds = time.perf_counter() - started
    words = sum(len(doc) for doc in docs)

    started = time.perf_counter()
    asked = resolved = 0
    for doc, (_, published) in zip(docs, texts):
        actors = resolver.for_document(doc, parse_iso_date(published))
        for token in doc:
            if token.dep_ in ARGUMENT_DEPS and token.pos_ in ("NOUN", "PROPN", "PRON"):
                asked += 1
                resolved += bool(actors.resolve(token))
    resolve_seconds = time.perf_counter() - started

    print(f"corpus {args.corpus}: {len(docs)} articles, {words} tokens")
    print(f"spaCy parse: {parse_seconds:.2f} s ({words / parse_seconds:,.0f} tokens/s, one process)")
    print(f"resolution: {resolve_seconds:.2f} s for {len(docs)} documents and {asked} heads "
          f"({resolved} resolved, {1e6 * resolve_seconds / max(asked, 1):.0f} us per head)")
    print(f"resolution / parse time: {resolve_seconds / parse_seconds:.1%}")


if __name__ == "__main__":
    main()

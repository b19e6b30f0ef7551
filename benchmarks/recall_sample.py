"""Recall on real news, judged by hand: how many of the events a reader finds the coder finds.

    python benchmarks/recall_sample.py --sheet /tmp/recall_sheet.tsv
    python benchmarks/recall_sample.py
    python benchmarks/recall_sample.py --half held-out

Codes the first N stories of a corpus in ../shared/corpora and draws sentences by a hash of story
and sentence number, whatever the coder finds in them: `--sheet` writes the next unlabelled ones
that name a place, a nationality or an organisation, with the headline and the sentence before,
outside the project (they are corpus text). A person writes down the events each reports; the
labels live in `benchmarks/judgments/recall_CORPUS.tsv`, one line per sentence, no corpus text:

    doc_id  sentence  half  events

`events` is `-` for a sentence that reports no event, else `;`-separated items
`CATEGORY:ACTORS>RECIPIENTS`, countries as ISO3 codes (IGO/NGO for organisations) joined by
`,`, and `-` where the sentence names no country (`ACCUSE:USA>CHN`, `PROTEST:HKG>-`).

The sample is split into two halves by the same hash. Fix what the `tuning` half misses; the
`held-out` half is scored, not read, so its figure says what to expect on news nobody looked at.
Reported: recall and precision of categories (an event counts once per sentence and category),
and of (actor countries, recipient countries, category) triples, over the labelled sentences.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from false_alarms import code_corpus

from detente.nlp import load_nlp
from detente.records import CodedArticle, Event
from detente.settings import Settings

JUDGMENTS = Path(__file__).resolve().parent / "judgments"
HALVES = ("tuning", "held-out")
NO_COUNTRY = "-"
NAMED = {"GPE", "NORP", "ORG"}


@dataclass(frozen=True)
class Labelled:
    """One event as a reader or the coder states it: category and the countries on each side."""

    category: str
    actors: frozenset[str]
    recipients: frozenset[str]


def draw(doc_id: str, sentence: int) -> str:
    return hashlib.sha1(f"{doc_id}\t{sentence}".encode()).hexdigest()


def half_of(doc_id: str, sentence: int) -> str:
    return HALVES[int(draw(doc_id, sentence)[-1], 16) % 2]


def named_sentences(coded: list[CodedArticle]) -> Iterator[tuple[str, int, str, str, str]]:
    """(story, sentence number, headline, sentence before, sentence), as the coder splits them,
    of the sentences that name a place, a nationality or an organisation (spaCy's GPE, NORP,
    ORG): where events between political actors are, found without the coder's own tables."""
    nlp = load_nlp(Settings().spacy_model)
    texts = [c.article.text for c in coded]
    for article, doc in zip(coded, nlp.pipe(texts, batch_size=32)):
        before = ""
        for index, sentence in enumerate(doc.sents):
            text = " ".join(sentence.text.split())
            if any(entity.label_ in NAMED for entity in sentence.ents):
                yield article.article.doc_id, index, article.article.title or "", before, text
            before = text


def parse_events(field: str, where: str) -> frozenset[Labelled]:
    """The events of one judgments line; a malformed item names the line."""
    if field.strip() == NO_COUNTRY:
        return frozenset()
    events = set()
    for item in field.split(";"):
        try:
            category, countries = item.strip().split(":")
            actors, recipients = countries.split(">")
        except ValueError:
            raise SystemExit(f"{where}: {item!r} is not CATEGORY:ACTORS>RECIPIENTS") from None
        events.add(Labelled(category.strip().upper(), _countries(actors), _countries(recipients)))
    return frozenset(events)


def _countries(field: str) -> frozenset[str]:
    return frozenset(c.strip() for c in field.split(",") if c.strip() and c.strip() != NO_COUNTRY)


def read_labels(path: Path) -> dict[tuple[str, int], tuple[str, frozenset[Labelled]]]:
    if not path.exists():
        raise SystemExit(f"{path}: no labels yet (write a sheet with --sheet and label it)")
    with path.open(encoding="utf-8", newline="") as rows:
        labels = {}
        for number, row in enumerate(csv.DictReader(rows, delimiter="\t"), start=2):
            key = (row["doc_id"], int(row["sentence"]))
            labels[key] = (row["half"], parse_events(row["events"], f"{path}:{number}"))
        return labels


def as_labelled(event: Event) -> Labelled:
    def countries(entities) -> frozenset[str]:
        return frozenset(e.country for e in entities if e.country)
    return Labelled(event.event, countries(event.actor), countries(event.recipient))


def coded_events(coded: list[CodedArticle]) -> dict[tuple[str, int], frozenset[Labelled]]:
    """The body events of each sentence (headline events are not part of the sample)."""
    found: dict[tuple[str, int], set[Labelled]] = {}
    for article in coded:
        for event in article.events:
            if not event.headline:
                found.setdefault((event.doc_id, event.sentence_index), set()).add(as_labelled(event))
    return {key: frozenset(events) for key, events in found.items()}


def score(pairs: list[tuple[frozenset[Labelled], frozenset[Labelled]]], key) -> tuple[int, int, int]:
    """True positives, predictions and gold items, each sentence's items reduced by `key`
    (items it maps to None are left out)."""
    tp = predicted = gold = 0
    for labelled, found in pairs:
        wanted = Counter(k for k in map(key, labelled) if k is not None)
        got = Counter(k for k in map(key, found) if k is not None)
        tp += sum((wanted & got).values())
        predicted += sum(got.values())
        gold += sum(wanted.values())
    return tp, predicted, gold


def figures(tp: int, predicted: int, gold: int) -> str:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"recall {recall:.3f} ({tp}/{gold})  precision {precision:.3f} ({tp}/{predicted})  F1 {f1:.3f}"


def report(half: str, labels, found, show_misses: bool) -> None:
    keys = sorted(k for k, (h, _) in labels.items() if h == half)
    pairs = [(labels[k][1], found.get(k, frozenset())) for k in keys]
    with_events = sum(1 for labelled, _ in pairs if labelled)
    print(f"{half} half: {len(keys)} sentences labelled, {with_events} of them with events")
    print("  categories:", figures(*score(pairs, lambda e: e.category)))
    print("  triples:   ", figures(*score(pairs, lambda e: (e.category, e.actors, e.recipients))))
    for category in sorted({e.category for labelled, found in pairs for e in labelled | found}):
        tp, predicted, gold = score(pairs, lambda e, c=category: e.category if e.category == c else None)
        print(f"    {category:9s} labelled {gold:3d}  coded {predicted:3d}  both {tp:3d}")
    if show_misses:
        for key, (labelled, got) in zip(keys, pairs):
            if labelled != got:
                print("  ", key, "labelled:", _show(labelled), "| coded:", _show(got))


def _show(events: frozenset[Labelled]) -> str:
    return "; ".join(f"{e.category}:{','.join(sorted(e.actors)) or '-'}>{','.join(sorted(e.recipients)) or '-'}"
                     for e in sorted(events, key=lambda e: e.category)) or "-"


def write_sheet(path: Path, coded: list[CodedArticle], size: int, labelled) -> None:
    """The next `size` sentences in hash order that are not labelled yet."""
    unlabelled = (s for s in named_sentences(coded) if (s[0], s[1]) not in labelled)
    sample = sorted(unlabelled, key=lambda s: draw(s[0], s[1]))[:size]
    with path.open("w", encoding="utf-8", newline="") as out:
        sheet = csv.writer(out, delimiter="\t")
        sheet.writerow(("doc_id", "sentence", "half", "events", "headline", "sentence_before", "sentence_text"))
        for doc_id, index, title, before, text in sorted(sample, key=lambda s: (s[0], s[1])):
            sheet.writerow((doc_id, index, half_of(doc_id, index), "", title, before, text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="wikinews_2019_2020", help="a corpus of ../shared/corpora, without .jsonl.gz")
    parser.add_argument("--n", type=int, default=300, help="stories to code")
    parser.add_argument("--sample", type=int, default=400, help="sentences to draw for a sheet")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--half", choices=HALVES, default="tuning", help="which half to report")
    parser.add_argument("--misses", action="store_true", help="list the sentences where coder and labels differ")
    parser.add_argument("--sheet", type=Path, help="write the sampled sentences here, for labelling")
    args = parser.parse_args()
    coded = code_corpus(args.corpus, args.n, args.workers)
    labels_path = JUDGMENTS / f"recall_{args.corpus}.tsv"
    if args.sheet:
        write_sheet(args.sheet, coded, args.sample, read_labels(labels_path) if labels_path.exists() else {})
        print(f"sheet of {args.sample} sentences written to {args.sheet}")
        return
    labels = read_labels(labels_path)
    report(args.half, labels, coded_events(coded), args.misses)


if __name__ == "__main__":
    main()

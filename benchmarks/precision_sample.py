"""Precision on real news, judged by hand: how many coded events are true events.

    python benchmarks/precision_sample.py --corpus wikinews_2019_2020 --sheet /tmp/sheet.tsv
    python benchmarks/precision_sample.py --corpus wikinews_2019_2020

Codes the first N stories of a corpus in ../shared/corpora and samples its events by a hash of
their key, so a change to the coder changes the sample only where it changes the events. `--sheet` writes the sample with its sentences for a person to judge (outside the
project: the sentences are corpus text). The judgments live in
`benchmarks/judgments/CORPUS.tsv`, one line per judged event, keyed by story, sentence, category,
countries and trigger, without any corpus text. Verdicts:

- `right`: the sentence reports this event, and the actor and recipient countries are right;
- `countries`: the event is real but an actor or recipient country is wrong or missing;
- `wrong`: the sentence does not report this event (a false event, or a wrong category).

The report counts only sampled events that have a verdict; events the coder now draws that were
never judged are listed so they can be judged.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
from collections import Counter
from pathlib import Path

from false_alarms import code_corpus

from detente.records import Event

JUDGMENTS = Path(__file__).resolve().parent / "judgments"
VERDICTS = ("right", "countries", "wrong")
KEY_FIELDS = ("doc_id", "sentence", "event", "actor", "recipient", "trigger")


def event_key(event: Event) -> tuple[str, ...]:
    """What identifies a coded event across runs, without any of its text but the trigger."""
    sentence = "title" if event.headline else str(event.sentence_index)
    return (event.doc_id, sentence, event.event, ",".join(a.code for a in event.actor),
            ",".join(a.code for a in event.recipient) or "-", event.trigger or "")


def hashed_sample(events: list[Event], size: int) -> list[Event]:
    """The `size` events whose story, sentence, category and trigger hash lowest: a random
    sample that stays put between runs, also when the coder changes an event's countries."""
    def draw(event: Event) -> str:
        story, sentence, category, _, _, trigger = event_key(event)
        return hashlib.sha1(f"{story}\t{sentence}\t{category}\t{trigger}".encode()).hexdigest()
    return sorted(events, key=draw)[:size]


def read_judgments(path: Path) -> dict[tuple[str, ...], str]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as rows:
        judged = {}
        for row in csv.DictReader(rows, delimiter="\t"):
            if row["verdict"] not in VERDICTS:
                raise SystemExit(f"{path}: verdict {row['verdict']!r} is not one of {', '.join(VERDICTS)}")
            judged[tuple(row[f] for f in KEY_FIELDS)] = row["verdict"]
        return judged


def wilson_interval(hits: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """A 95% interval that stays sensible for small samples and rates near 1."""
    if not total:
        return (0.0, 0.0)
    rate = hits / total
    centre = (rate + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(rate * (1 - rate) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (centre - half, centre + half)


def write_sheet(path: Path, sample: list[Event]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        sheet = csv.writer(out, delimiter="\t")
        sheet.writerow((*KEY_FIELDS, "verdict", "sentence_text"))
        for event in sample:
            sheet.writerow((*event_key(event), "", " ".join(event.text.split())))


def precision_lines(label: str, events: list[Event], judged: dict[tuple[str, ...], str]) -> None:
    verdicts = Counter(judged[event_key(e)] for e in events if event_key(e) in judged)
    total = sum(verdicts.values())
    print(f"{label}: {total} judged")
    if not total:
        return
    for what, hits in (("category right", verdicts["right"] + verdicts["countries"]),
                       ("category and countries right", verdicts["right"])):
        low, high = wilson_interval(hits, total)
        print(f"  precision, {what}: {hits / total:.3f} ({hits}/{total}; 95% interval {low:.2f}-{high:.2f})")


def report(sample: list[Event], judged: dict[tuple[str, ...], str]) -> None:
    precision_lines(f"sampled events: {len(sample)}", sample, judged)
    asserted = [e for e in sample if e.modality == "asserted" and not e.negated]
    precision_lines(f"of them asserted and not negated: {len(asserted)}", asserted, judged)
    for event in sample:
        if event_key(event) not in judged:
            print("  not judged:", "\t".join(event_key(event)), "|", " ".join(event.text.split())[:100])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="wikinews_2019_2020", help="a corpus of ../shared/corpora, without .jsonl.gz")
    parser.add_argument("--n", type=int, default=300, help="stories to code")
    parser.add_argument("--sample", type=int, default=100, help="events to draw")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sheet", type=Path, help="write the sample with its sentences here, for judging")
    args = parser.parse_args()
    coded = code_corpus(args.corpus, args.n, args.workers)
    events = [e for c in coded for e in c.events]
    sample = hashed_sample(events, args.sample)
    print(f"{args.corpus}: {len(coded)} stories, {len(events)} events")
    if args.sheet:
        write_sheet(args.sheet, sample)
        print(f"sheet for judging written to {args.sheet}")
    report(sample, read_judgments(JUDGMENTS / f"{args.corpus}.tsv"))


if __name__ == "__main__":
    main()

"""How well people agree with a gold set, with each other and with the coder.

    python benchmarks/agreement.py tests/gold/events/test.jsonl \
        benchmarks/judgments/agreement/test_a.tsv benchmarks/judgments/agreement/test_b.tsv
    python benchmarks/agreement.py ../shared/gold/plover_gsr.jsonl --half held-out \
        benchmarks/judgments/agreement/gsr_held_out_c.tsv benchmarks/judgments/agreement/gsr_held_out_d.tsv

A coder's figure means little without the figure people reach on the same sentences under the
same rules. Each label file holds one person's reading of a gold file's sentences, made from
`docs/coding-rules.md` without sight of the gold labels or the coder's output (no corpus text):

    id  events

`events` is `-` for no event, else items joined by `;`, each `CATEGORY:ACTORS>RECIPIENTS`
(countries as in `benchmarks/recall_sample.py`), optionally followed by `|neg` and by
`|future` or `|hypothetical`. Printed: each person and the coder against the gold, each person
against each other, and the coder against each person, in the scores of `detente.evaluate`
(category micro F1 with precision and recall, triple F1). `--adjudicate OUT` writes the gold set
again with each sentence's count of events per category set to the median of the gold's and two
people's counts (the events kept are the gold's, then the first person's), for a blind review of
our own labels. Give readers opaque ids in a shuffled order: the GSR's own ids name the gold
category. The readers' labels of a held-out set are for scoring only, never for tuning.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from detente.evaluate import (HALVES, EvalReport, GoldSentence, coded_event, half_of, load_gold,
                              pipeline_coder, score)

NO_EVENT = "-"
MODALITIES = ("future", "hypothetical")


def parse_item(item: str, where: str) -> dict[str, Any]:
    """One labelled event as the event dict `detente.evaluate` scores."""
    head, *flags = (part.strip() for part in item.split("|"))
    try:
        category, parties = head.split(":")
        actors, recipients = parties.split(">")
    except ValueError:
        raise SystemExit(f"{where}: {item!r} is not CATEGORY:ACTORS>RECIPIENTS") from None
    unknown = [flag for flag in flags if flag != "neg" and flag not in MODALITIES]
    if unknown:
        raise SystemExit(f"{where}: unknown flag {unknown[0]!r} in {item!r}")
    modality = next((flag for flag in flags if flag in MODALITIES), "asserted")
    return {"event": category.strip().upper(), "actor": _entities(actors),
            "recipient": _entities(recipients), "negated": "neg" in flags, "modality": modality}


def _entities(field: str) -> list[dict[str, str]]:
    codes = [code.strip().upper() for code in field.split(",")]
    return [{"country": code} for code in codes if code and code != NO_EVENT]


def read_labels(path: Path) -> dict[str, list[dict[str, Any]]]:
    """One person's events per gold id; a malformed line names the file and line."""
    with path.open(encoding="utf-8", newline="") as rows:
        labels = {}
        for number, row in enumerate(csv.DictReader(rows, delimiter="\t"), start=2):
            field = (row.get("events") or "").strip()
            if not row.get("id") or not field:
                raise SystemExit(f"{path}:{number}: needs an id and an events field ('-' for none)")
            items = [] if field == NO_EVENT else [i for i in field.split(";") if i.strip()]
            labels[row["id"]] = [parse_item(i, f"{path}:{number}") for i in items]
        return labels


def aligned(gold: Sequence[GoldSentence], labels: dict[str, list[dict[str, Any]]], path: Path
            ) -> list[list[dict[str, Any]]]:
    missing = [g.id for g in gold if g.id not in labels]
    if missing:
        raise SystemExit(f"{path}: no label for {len(missing)} gold sentences (first: {missing[0]})")
    return [labels[g.id] for g in gold]


def as_gold(gold: Sequence[GoldSentence], events: Sequence[Sequence[dict[str, Any]]]
            ) -> list[GoldSentence]:
    """Someone's events as a gold set over the same sentences, so others can be scored on it."""
    return [GoldSentence(g.id, g.text, g.published, tuple(coded_event(e, gold=True) for e in evs), g.tags)
            for g, evs in zip(gold, events)]


def line(name: str, report: EvalReport) -> str:
    micro = report.micro
    return (f"{name:<34} {micro.f1:6.3f} {micro.precision:6.3f} {micro.recall:6.3f} "
            f"{report.triples.f1 if report.triples else float('nan'):7.3f}")


def adjudicate(gold: Sequence[GoldSentence], raw: Sequence[dict[str, Any]],
               first: Sequence[Sequence[dict[str, Any]]], second: Sequence[Sequence[dict[str, Any]]]
               ) -> list[dict[str, Any]]:
    """Gold records whose per-category counts are the median of the gold's and two people's."""
    out = []
    for g, record, a_events, b_events in zip(gold, raw, first, second):
        kept: list[dict[str, Any]] = []
        sources = (record["events"], a_events, b_events)
        categories = dict.fromkeys(e["event"].upper() for events in sources for e in events)
        for category in categories:
            counts = [sum(e["event"].upper() == category for e in events) for events in sources]
            wanted = int(statistics.median(counts))
            pool = [e for events in (record["events"], a_events, b_events) for e in events
                    if e["event"].upper() == category]
            kept.extend(pool[:wanted])
        order = {id(e): n for n, e in enumerate(e for events in sources for e in events)}
        out.append({**record, "events": sorted(kept, key=lambda e: order[id(e)])})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("labels", type=Path, nargs="+", help="one TSV per person")
    parser.add_argument("--half", choices=HALVES, default=None)
    parser.add_argument("--no-coder", action="store_true", help="people only, no coding")
    parser.add_argument("--adjudicate", type=Path, default=None,
                        help="write the gold set with counts set by a majority of gold and two people")
    args = parser.parse_args()

    gold = load_gold(args.gold)
    if args.half:
        gold = half_of(gold, args.half)
    people = {path.stem: aligned(gold, read_labels(path), path) for path in args.labels}
    print(f"{args.gold}{f' ({args.half} half)' if args.half else ''}: {len(gold)} sentences, "
          f"{sum(len(g.events) for g in gold)} gold events")
    print(f"{'scored (against)':<34} {'F1':>6} {'P':>6} {'R':>6} {'triple':>7}")
    for name, events in people.items():
        print(line(f"{name} (gold)", score(gold, events)))
    names = list(people)
    for n, first in enumerate(names):
        for second in names[n + 1:]:
            print(line(f"{second} ({first})", score(as_gold(gold, people[first]), people[second])))
    if not args.no_coder:
        code = pipeline_coder()
        coded = [code(g.text, g.published) for g in gold]
        print(line("coder (gold)", score(gold, coded)))
        for name, events in people.items():
            print(line(f"coder ({name})", score(as_gold(gold, events), coded)))
    if args.adjudicate:
        if len(names) != 2:
            raise SystemExit("--adjudicate needs exactly two label files")
        wanted = {g.id for g in gold}
        raw = [r for r in map(json.loads, args.gold.read_text(encoding="utf-8").splitlines())
               if r["id"] in wanted]
        records = adjudicate(gold, raw, people[names[0]], people[names[1]])
        args.adjudicate.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                   encoding="utf-8")
        print(f"adjudicated gold written to {args.adjudicate}")


if __name__ == "__main__":
    main()

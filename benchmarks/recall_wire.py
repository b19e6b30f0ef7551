"""Recall and precision on 1987 wire copy and 2011-2012 state media, labelled by hand.

    python benchmarks/recall_wire.py                  # both halves
    python benchmarks/recall_wire.py --half held-out
    python benchmarks/recall_wire.py --half tuning --misses

The PLOVER gold is wire copy of the 1980s-2000s; this is a larger sample of real copy of that
kind. `benchmarks/judgments/recall_reuters_kcna.tsv` labels 3,600 sentences (no corpus text):
2,400 of Reuters-21578 from story 500 on and 1,200 of KCNA 2011-2012 from story 600 on, each a
sentence of 8-70 words that names at least two places, nationalities or organisations (spaCy's
GPE, NORP, ORG; one of them a place or nationality), drawn by a hash of story and sentence
number whatever the coder makes of it. Helper sessions labelled them from
`docs/coding-rules.md` alone, each event with the words that express it:

    doc_id  sentence  half  events

`events` is `-` or items joined by ` ; `, each `CATEGORY:ACTORS>RECIPIENTS@TRIGGER`, optionally
followed by `|neg` and `|future` or `|hypothetical`. `sentence` numbers the sentences of the
story's raw text as spaCy splits it. The stories are coded whole (the coder reads the sentences
before), and an event belongs to the labelled sentence whose text it was coded from.

Printed: the scores of `detente.evaluate` (category and triple F1, events on sentences with no
event) and how many labelled events have a trigger the lexicon knows for their category, among
those found and those missed; `--misses` lists the missed events of a half with their sentences
(corpus text on the terminal only). Fix from the `tuning` half; the `held-out` half is scored.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

from agreement import parse_item
from false_alarms import stories_named

from detente.evaluate import HALVES, GoldSentence, coded_event, render_report, score
from detente.events.triggers import TriggerLexicon, load_lexicon
from detente.nlp import load_nlp
from detente.pipeline import Coder
from detente.records import CodedArticle
from detente.settings import Settings

LABELS = Path(__file__).resolve().parent / "judgments" / "recall_reuters_kcna.tsv"
CORPUS_NAMES = ("reuters21578", "kcna_2011_2012")


@dataclasses.dataclass(frozen=True)
class Labelled:
    doc_id: str
    sentence: int
    half: str
    events: list[dict[str, Any]]  # event dicts as detente.evaluate scores them, with "trigger"


def read_labels(path: Path = LABELS) -> list[Labelled]:
    with path.open(encoding="utf-8", newline="") as rows:
        labelled = []
        for number, row in enumerate(csv.DictReader(rows, delimiter="\t"), start=2):
            where = f"{path}:{number}"
            if row["half"] not in HALVES:
                raise SystemExit(f"{where}: half {row['half']!r} is not one of {', '.join(HALVES)}")
            events = []
            for item in (i.strip() for i in row["events"].split(";")):
                if not item or item == "-":
                    continue
                head, _, rest = item.partition("@")
                trigger, *flags = rest.split("|")
                events.append(parse_item("|".join([head, *flags]), where) | {"trigger": trigger.strip()})
            labelled.append(Labelled(row["doc_id"], int(row["sentence"]), row["half"], events))
        return labelled


def _norm(text: str) -> str:
    return " ".join(text.split())


def same_sentence(labelled: str, coded: str) -> bool:
    """The coder cleans and splits the text itself: the same sentence, or one inside the other."""
    labelled, coded = _norm(labelled), _norm(coded)
    return labelled == coded or len(labelled) > 30 and (labelled in coded or coded in labelled)


def trigger_known(sentence, trigger: str, category: str, lexicon: TriggerLexicon) -> bool:
    """Whether the lexicon has a row of this category for the head word of the labelled trigger."""
    start = sentence.text.lower().find(trigger.lower())
    words = [t for t in sentence if start >= 0 and start <= t.idx - sentence.start_char < start + len(trigger)]
    heads = [t for t in words if t.head not in words or t.head == t]
    if not heads:
        return False
    head = heads[0]
    table = lexicon.nouns if head.pos_ == "NOUN" else lexicon.verbs
    rows = table.get(head.lemma_.lower(), ()) + lexicon.adjectives.get(head.lemma_.lower(), ())
    return any(row.event == category for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=HALVES, default=None)
    parser.add_argument("--misses", action="store_true", help="list the missed events with their sentences")
    args = parser.parse_args()

    labelled = [item for item in read_labels() if args.half is None or item.half == args.half]
    articles = list(stories_named(CORPUS_NAMES, {item.doc_id for item in labelled}))
    nlp = load_nlp(Settings().spacy_model)
    split = {a.doc_id: list(doc.sents) for a, doc in zip(articles, nlp.pipe([a.text for a in articles]))}
    coded = {c.article.doc_id: c.events for c in Coder(dataclasses.replace(Settings(), workers=2))
             .code_articles(articles) if isinstance(c, CodedArticle)}
    lexicon = load_lexicon()

    gold, predicted, known = [], [], Counter()
    for item in labelled:
        sentence = split[item.doc_id][item.sentence]
        text = _norm(sentence.text)
        events = [e.to_json() for e in coded.get(item.doc_id, ()) if not e.headline and same_sentence(text, e.text)]
        gold.append(GoldSentence(f"{item.doc_id}#{item.sentence}", text, None,
                                 tuple(coded_event(e, gold=True) for e in item.events)))
        predicted.append(events)
        found = {e["event"] for e in events}
        for event in item.events:
            hit = event["event"] in found
            known[(hit, trigger_known(sentence, event["trigger"], event["event"], lexicon))] += 1
            if args.misses and not hit:
                print(f"MISSED {event['event']} @{event['trigger']} | {item.doc_id}#{item.sentence} | {text[:240]}")
    name = f"{LABELS.name} ({args.half + ' half' if args.half else 'both halves'})"
    print(render_report(score(gold, predicted, name=name)).split("\nconfusion")[0])
    for hit, label in ((True, "found"), (False, "missed")):
        total = known[(hit, True)] + known[(hit, False)]
        print(f"labelled events {label}: {total}, of which the lexicon knows the trigger for the category: "
              f"{known[(hit, True)]}")


if __name__ == "__main__":
    main()

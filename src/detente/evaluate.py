"""Score the event coder against hand-labelled gold sentences.

Reads two gold formats, one JSON object per line:

- the events format of `tests/gold/events/*.jsonl` and `../shared/gold/plover_gsr.jsonl`:
  `{"id", "text", "published" (or "date"), "events": [{"event", "mode", "actor": [{"country",
  "sector"}], "recipient": [...], "negated", "modality"}], "tags": [...]}`;
- the CAMEO examples format of `../shared/gold/cameo_manual_examples.jsonl`: a single top-level
  `"event"` (null: the sentence holds no PLOVER event) and `"mode"`, no actors.

Each sentence is coded by a callable `code_sentence(text, published) -> list[dict]` returning
events shaped like `event.schema.json`, and the predictions are scored:

- **categories**: per sentence, gold and predicted categories are matched as multisets; a
  predicted category counts once per gold event of that category. Precision, recall and F1 per
  category, micro (pooled counts) and macro (mean F1 over categories that occur in gold or
  predictions).
- **triples** (actor country, recipient country, category): a gold event is matched by at most
  one predicted event, greedily in order, when the category is equal and
    * actors: the country sets overlap (any shared country counts, so a list actor such as
      [USA, FRA] is matched by a prediction of USA alone); a gold actor with no known country
      matches any prediction;
    * recipients: when the gold event names recipients with known countries, the sets overlap;
      when its recipients have no known country, anything matches; when it has no recipient
      (reciprocal or undirected events), the prediction must have none either, or only
      countries that are among the gold actors (a reciprocal meeting written as A -> B).
      Symmetrically, a prediction with no recipient matches a directed gold event when the
      gold recipients are among the predicted actors (a visit A -> B predicted as [A, B]).
  Countries are compared as written (ISO alpha-3, IGO, NGO, MNC); sectors are not scored.
  Triples are scored only on sentences whose gold gives actors (not on the CAMEO examples).
- **actor and recipient countries**: on category-matched pairs, the (role, country) pairs of
  the prediction against the gold's, pooled into one precision / recall / F1; for gold events
  without recipients (reciprocal or undirected) every predicted party counts as an actor. This
  measures actor resolution on the events the coder found. CAMEO's own country codes in older
  gold (JAP, ITL, VTN) are read as their ISO 3166 codes.
- **no-event sentences**: the share of sentences without gold events that receive any prediction.
- **confusion**: per sentence, equal categories are paired first, then the remaining gold and
  predicted events in order; unpaired ones are set against NONE.
- **qualifiers**: on category-matched pairs, accuracy of `negated` on sentences tagged
  `negation`, of `modality` on sentences tagged `modality`, and of `mode` where gold gives one.
- **CAMEO examples**: "exact" counts the first predicted category equal to the gold one (a null
  gold expects no event at all); "any" counts the gold category among any predicted one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detente.settings import Settings

CodeSentence = Callable[[str, str | None], list[dict[str, Any]]]

CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
NONE = "NONE"


@dataclass(frozen=True)
class CodedEvent:
    """The scored part of one event, gold or predicted.

    `actors` / `recipients` are the known countries; `has_recipient` says whether recipients were
    named at all (with or without a country). `negated` / `modality` are None when the gold
    file does not say.
    """

    event: str
    mode: str | None = None
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    has_recipient: bool = False
    negated: bool | None = None
    modality: str | None = None


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    published: str | None
    events: tuple[CodedEvent, ...]
    tags: frozenset[str] = frozenset()
    cameo_format: bool = False  # single top-level category, no actors


@dataclass(frozen=True)
class Counts:
    """True positives, false positives, false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> Accuracy:
        return Accuracy(self.correct + int(ok), self.total + 1)


@dataclass(frozen=True)
class CameoScore:
    """Category accuracy on the CAMEO manual examples (one gold category or null per line)."""

    sentences: int
    exact: Accuracy
    any_event: Accuracy


@dataclass(frozen=True)
class EvalReport:
    gold: str
    sentences: int
    gold_events: int
    predicted_events: int
    per_category: dict[str, Counts]
    micro: Counts
    macro_f1: float
    triples: Counts | None
    countries: Counts | None
    no_event_sentences: int
    no_event_with_prediction: int
    predictions_on_no_event: int
    confusion: dict[tuple[str, str], int]
    negated: Accuracy
    modality: Accuracy
    mode: Accuracy
    cameo: CameoScore | None = None
    tagged: dict[str, int] = field(default_factory=dict)

    @property
    def no_event_prediction_rate(self) -> float | None:
        """Share of no-event sentences that got at least one predicted event."""
        if not self.no_event_sentences:
            return None
        return self.no_event_with_prediction / self.no_event_sentences


# ---------------------------------------------------------------- reading


def load_gold(path: str | Path) -> list[GoldSentence]:
    """Gold sentences of either format; a malformed line raises ValueError with its number."""
    sentences = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                sentences.append(gold_sentence(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a gold sentence ({exc})") from exc
    return sentences


def gold_sentence(obj: dict[str, Any]) -> GoldSentence:
    """One gold line: the events format, or the CAMEO examples format (top-level `event`)."""
    published = obj.get("published") or obj.get("date")
    tags = frozenset(obj.get("tags") or ())
    if "events" in obj:
        events = tuple(coded_event(e, gold=True) for e in obj["events"])
        return GoldSentence(str(obj["id"]), obj["text"], published, events, tags)
    if "event" not in obj:
        raise KeyError("neither 'events' nor 'event'")
    category = obj["event"]
    events = (CodedEvent(event=category, mode=obj.get("mode")),) if category else ()
    return GoldSentence(str(obj["id"]), obj["text"], published, events, tags, cameo_format=True)


def coded_event(obj: dict[str, Any], gold: bool = False) -> CodedEvent:
    """A gold or predicted event dict reduced to what is scored.

    Predictions default to `negated: false`, `modality: "asserted"` when they leave them out;
    gold leaves them None so that files without them are not scored on them.
    """
    recipients = obj.get("recipient") or []
    negated = obj.get("negated")
    modality = obj.get("modality")
    if not gold:
        negated = bool(negated)
        modality = modality or "asserted"
    return CodedEvent(
        event=str(obj["event"]).upper(),
        mode=obj.get("mode") or None,
        actors=countries(obj.get("actor") or []),
        recipients=countries(recipients),
        has_recipient=bool(recipients),
        negated=negated,
        modality=modality,
    )


# CAMEO country codes that differ from ISO 3166-1 alpha-3 (CAMEO 1.1b3 manual, country codes).
CAMEO_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def countries(entities: Iterable[dict[str, Any]]) -> frozenset[str]:
    codes = (str(e["country"]).upper() for e in entities if e.get("country"))
    return frozenset(CAMEO_COUNTRY_CODES.get(code, code) for code in codes)


# ---------------------------------------------------------------- matching


def triple_match(gold: CodedEvent, pred: CodedEvent) -> bool:
    """Same category, overlapping actors, compatible recipients (rules in the module docstring)."""
    if gold.event != pred.event:
        return False
    if gold.actors and not gold.actors & pred.actors:
        return False
    if gold.recipients:
        if not pred.recipients:  # a directed event predicted as reciprocal among its parties
            return gold.recipients <= pred.actors
        return bool(gold.recipients & pred.recipients)
    if gold.has_recipient:
        return True
    return pred.recipients <= gold.actors


def pair_by_category(gold: Sequence[CodedEvent], pred: Sequence[CodedEvent]
                     ) -> tuple[list[tuple[CodedEvent, CodedEvent]], list[CodedEvent], list[CodedEvent]]:
    """One-to-one pairs of equal category (a triple match preferred); then the leftovers."""
    free = list(pred)
    pairs, missed = [], []
    for g in gold:
        same = [p for p in free if p.event == g.event]
        if not same:
            missed.append(g)
            continue
        best = next((p for p in same if triple_match(g, p)), same[0])
        free.remove(best)
        pairs.append((g, best))
    return pairs, missed, free


def country_counts(gold: CodedEvent, pred: CodedEvent) -> Counts:
    """(role, country) pairs of a category-matched prediction against the gold event."""
    expected = {("actor", c) for c in gold.actors} | {("recipient", c) for c in gold.recipients}
    if gold.has_recipient:
        found = {("actor", c) for c in pred.actors} | {("recipient", c) for c in pred.recipients}
    else:
        found = {("actor", c) for c in pred.actors | pred.recipients}
    tp = len(expected & found)
    return Counts(tp, len(found) - tp, len(expected) - tp)


def triple_counts(gold: Sequence[CodedEvent], pred: Sequence[CodedEvent]) -> Counts:
    free = list(pred)
    tp = 0
    for g in gold:
        hit = next((p for p in free if triple_match(g, p)), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    return Counts(tp, len(pred) - tp, len(gold) - tp)


# ---------------------------------------------------------------- scoring


def score(gold: Sequence[GoldSentence], predictions: Sequence[Sequence[dict[str, Any]]],
          name: str = "gold") -> EvalReport:
    """Score predicted event dicts (one list per gold sentence, same order) against the gold."""
    if len(gold) != len(predictions):
        raise ValueError(f"{len(gold)} gold sentences but {len(predictions)} prediction lists")
    per_category: dict[str, Counts] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    triples = Counts()
    participants = Counts()
    negated = modality = mode = Accuracy()
    exact = any_event = Accuracy()
    no_event = no_event_hit = on_no_event = 0
    tagged: Counter[str] = Counter()
    gold_total = pred_total = 0
    has_triples = has_cameo = False

    for sentence, raw in zip(gold, predictions):
        pred = [coded_event(p) for p in raw]
        gold_total += len(sentence.events)
        pred_total += len(pred)
        tagged.update(sentence.tags)

        g_cats, p_cats = Counter(e.event for e in sentence.events), Counter(p.event for p in pred)
        for cat in g_cats | p_cats:
            tp = min(g_cats[cat], p_cats[cat])
            found = Counts(tp, p_cats[cat] - tp, g_cats[cat] - tp)
            per_category[cat] = per_category.get(cat, Counts()) + found

        pairs, missed, extra = pair_by_category(sentence.events, pred)
        for g, p in pairs:
            confusion[(g.event, p.event)] += 1
            if not sentence.cameo_format:
                participants = participants + country_counts(g, p)
            if "negation" in sentence.tags and g.negated is not None:
                negated = negated.add(g.negated == p.negated)
            if "modality" in sentence.tags and g.modality is not None:
                modality = modality.add(g.modality == p.modality)
            if g.mode:
                mode = mode.add(g.mode == p.mode)
        for g, p in zip(missed, extra):
            confusion[(g.event, p.event)] += 1
        for g in missed[len(extra):]:
            confusion[(g.event, NONE)] += 1
        for p in extra[len(missed):]:
            confusion[(NONE, p.event)] += 1

        if sentence.cameo_format:
            has_cameo = True
            expected = sentence.events[0].event if sentence.events else None
            first = pred[0].event if pred else None
            exact = exact.add(first == expected)
            any_event = any_event.add(expected in p_cats if expected else not pred)
        else:
            has_triples = True
            triples = triples + triple_counts(sentence.events, pred)

        if not sentence.events:
            no_event += 1
            no_event_hit += bool(pred)
            on_no_event += len(pred)

    micro = sum(per_category.values(), Counts())
    macro = sum(c.f1 for c in per_category.values()) / len(per_category) if per_category else 0.0
    cameo_sentences = sum(s.cameo_format for s in gold)
    return EvalReport(
        gold=name, sentences=len(gold), gold_events=gold_total, predicted_events=pred_total,
        per_category=dict(sorted(per_category.items(), key=lambda kv: category_order(kv[0]))),
        micro=micro, macro_f1=macro, triples=triples if has_triples else None,
        countries=participants if has_triples else None,
        no_event_sentences=no_event, no_event_with_prediction=no_event_hit,
        predictions_on_no_event=on_no_event, confusion=dict(confusion),
        negated=negated, modality=modality, mode=mode,
        cameo=CameoScore(cameo_sentences, exact, any_event) if has_cameo else None,
        tagged=dict(tagged),
    )


def category_order(category: str) -> int:
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)


def evaluate(gold: Sequence[GoldSentence], code_sentence: CodeSentence, name: str = "gold") -> EvalReport:
    """Code every gold sentence with `code_sentence` and score the result."""
    return score(gold, [code_sentence(s.text, s.published) for s in gold], name)


HALVES = ("tuning", "held-out")


def half_of(gold: Sequence[GoldSentence], half: str) -> list[GoldSentence]:
    """A fixed half of a gold set, by a hash of each id: rules may be tuned on the "tuning" half
    of a shared gold file while its "held-out" half gives the figure we report."""
    wanted = HALVES.index(half)
    return [g for g in gold if int(hashlib.sha1(g.id.encode("utf-8")).hexdigest(), 16) % 2 == wanted]


def evaluate_file(path: str | Path, code_sentence: CodeSentence, half: str | None = None,
                  limit: int | None = None) -> EvalReport:
    """Score a gold file, or one fixed half of it, or its first `limit` sentences."""
    gold = load_gold(path)
    if half is not None:
        gold = half_of(gold, half)
    return evaluate(gold[:limit], code_sentence, name=str(path) + (f" ({half} half)" if half else ""))


# ---------------------------------------------------------------- rendering


def render_report(report: EvalReport) -> str:
    """Plain-text report: summary, per-category table, confusion table, qualifiers."""
    lines = [
        f"gold: {report.gold}",
        f"sentences: {report.sentences}   gold events: {report.gold_events}   "
        f"predicted events: {report.predicted_events}",
        "",
        f"{'category':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for cat, c in report.per_category.items():
        lines.append(f"{cat:<10} {c.tp + c.fn:>5} {c.tp + c.fp:>5} {c.tp:>5} "
                     f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}")
    m = report.micro
    lines += [
        f"{'micro':<10} {m.tp + m.fn:>5} {m.tp + m.fp:>5} {m.tp:>5} "
        f"{m.precision:>6.3f} {m.recall:>6.3f} {m.f1:>6.3f}",
        f"macro F1: {report.macro_f1:.3f}",
    ]
    if report.triples is not None:
        t = report.triples
        lines.append(f"(actor, recipient, category) triples: P {t.precision:.3f}  R {t.recall:.3f}  "
                     f"F1 {t.f1:.3f}  (tp {t.tp}, fp {t.fp}, fn {t.fn})")
    if report.countries is not None:
        c = report.countries
        lines.append(f"actor and recipient countries (matched events): P {c.precision:.3f}  "
                     f"R {c.recall:.3f}  F1 {c.f1:.3f}")
    rate = report.no_event_prediction_rate
    if rate is not None:
        lines.append(f"no-event sentences: {report.no_event_sentences}, with a prediction: "
                     f"{report.no_event_with_prediction} ({rate:.1%}), predicted events on them: "
                     f"{report.predictions_on_no_event}")
    lines.append(f"negated accuracy (tagged negation, matched): {fmt_accuracy(report.negated)}")
    lines.append(f"modality accuracy (tagged modality, matched): {fmt_accuracy(report.modality)}")
    lines.append(f"mode accuracy (matched, gold mode given): {fmt_accuracy(report.mode)}")
    if report.cameo is not None:
        cameo = report.cameo
        lines.append(f"CAMEO examples ({cameo.sentences}): exact {fmt_accuracy(cameo.exact)}, "
                     f"any event {fmt_accuracy(cameo.any_event)}")
    lines += ["", render_confusion(report.confusion)]
    return "\n".join(lines)


def fmt_accuracy(acc: Accuracy) -> str:
    return "n/a" if acc.value is None else f"{acc.value:.3f} ({acc.correct}/{acc.total})"


def render_confusion(confusion: dict[tuple[str, str], int]) -> str:
    """Rows gold category, columns predicted; NONE for no event on that side."""
    if not confusion:
        return "confusion: empty"
    used = {g for g, _ in confusion} | {p for _, p in confusion}
    labels = sorted(used - {NONE}, key=category_order) + ([NONE] if NONE in used else [])
    short = {label: label[:4] for label in labels}
    head = "gold\\pred  " + " ".join(f"{short[label]:>4}" for label in labels)
    rows = ["confusion (rows gold, columns predicted):", head]
    for g in labels:
        cells = " ".join(f"{confusion.get((g, p), 0) or '.':>4}" for p in labels)
        rows.append(f"{g:<10} {cells}")
    return "\n".join(rows)


# ---------------------------------------------------------------- command line


def pipeline_coder(settings: Settings | None = None) -> CodeSentence:
    """`code_sentence` backed by detente's own coder (models loaded once per process)."""
    from detente import code_text

    def code_sentence(text: str, published: str | None) -> list[dict[str, Any]]:
        return [event.to_json() for event in code_text(text, published, "eval", settings)]

    return code_sentence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m detente.evaluate",
                                     description="Score detente's event coder against a gold JSONL file.")
    parser.add_argument("gold", type=Path, help="gold JSONL (events format or CAMEO examples format)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument("--half", choices=HALVES, default=None,
                        help="score one fixed half of the file (by a hash of the ids)")
    args = parser.parse_args(argv)
    report = evaluate_file(args.gold, pipeline_coder(), args.half, args.limit)
    print(render_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

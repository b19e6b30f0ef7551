"""Fit and measure the event confidence model on real news events judged by hand.

    python benchmarks/calibrate_confidence.py            # cross-validated figures
    python benchmarks/calibrate_confidence.py --write    # refit on every judged event, write the model

`benchmarks/judgments/confidence_reuters_kcna.tsv` holds verdicts on the events the coder drew
from 3,178 stories of ../shared/corpora (Reuters-21578 from story 500 on, KCNA 2011-2012 from
story 600 on, clear of the stories the other benchmarks read), keyed as in
`precision_sample.py` (no corpus text). The stories are coded again with the rules' own score
(`Settings.confidence_model=None`); events that still carry a judged key are the data. The
target is whether the event is real in its category (`right` or `countries`).

Printed: two-fold cross-validation by story (each half scored by a model fitted on the other),
the rules' score and the model compared by log loss, Brier score and ranking (AUC), a table of
predicted against observed rates, and what a `--min-confidence` filter keeps and how precise
that is. `--write` fits on all judged events and writes `src/detente/events/data/confidence.json`.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from false_alarms import CORPORA, stories, stories_named
from precision_sample import event_key, read_judgments

from detente.events.calibration import MODEL_PATH, event_features, load_confidence_model
from detente.pipeline import Coder
from detente.records import Article, CodedArticle
from detente.settings import Settings

JUDGMENTS = Path(__file__).resolve().parent / "judgments" / "confidence_reuters_kcna.tsv"
CORPUS_NAMES = ("reuters21578", "kcna_2011_2012")
REAL = ("right", "countries")
PRECISION_SAMPLE_STORIES = 300  # as benchmarks/precision_sample.py codes
L2 = 1.0


@dataclasses.dataclass(frozen=True)
class Judged:
    doc_id: str
    features: dict[str, float]
    real: bool
    rule_score: float


def judged_events(verdicts: dict[tuple[str, ...], str], articles: Iterable[Article]) -> list[Judged]:
    """Code the judged stories again, with the rules' own score, and keep the judged events."""
    settings = dataclasses.replace(Settings(), workers=2, confidence_model=None)
    data = []
    for coded in Coder(settings).code_articles(articles):
        if not isinstance(coded, CodedArticle):
            continue
        for event in coded.events:
            verdict = verdicts.get(event_key(event))
            if verdict is not None:
                data.append(Judged(event.doc_id, event_features(event.to_json()), verdict in REAL, event.confidence))
    print(f"{len(verdicts)} judged events, {len(data)} of them drawn again by the coder")
    return data


def check(corpus: str) -> None:
    """The bundled model on another corpus's hand-judged precision sample (`precision_sample.py`)."""
    verdicts = read_judgments(JUDGMENTS.parent / f"{corpus}.tsv")
    path = CORPORA / f"{corpus}.jsonl.gz"
    if not verdicts or not path.exists():
        raise SystemExit(f"{corpus}: needs benchmarks/judgments/{corpus}.tsv and {path}")
    rows = judged_events(verdicts, stories(path, PRECISION_SAMPLE_STORIES))
    model = load_confidence_model()
    scores = np.array([model.probability(r.features) for r in rows])
    print(f"{corpus}, the bundled model on its hand-judged sample:")
    report(rows, scores)


def fit(rows: Sequence[Judged], names: list[str]) -> tuple[np.ndarray, float]:
    """L2-penalised logistic regression by Newton's method (the intercept is not penalised)."""
    x = np.array([[r.features.get(n, 0.0) for n in names] + [1.0] for r in rows])
    y = np.array([float(r.real) for r in rows])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def predict(rows: Sequence[Judged], names: list[str], weights: np.ndarray, intercept: float) -> np.ndarray:
    x = np.array([[r.features.get(n, 0.0) for n in names] for r in rows])
    return 1.0 / (1.0 + np.exp(-np.clip(x @ weights + intercept, -30, 30)))


def half(doc_id: str) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2


def auc(scores: np.ndarray, real: np.ndarray) -> float:
    """Chance that a real event scores above a false one (ties count half)."""
    pos, neg = scores[real], scores[~real]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = sum((p > neg).sum() + 0.5 * (p == neg).sum() for p in pos)
    return wins / (len(pos) * len(neg))


def describe(label: str, scores: np.ndarray, real: np.ndarray) -> None:
    clipped = np.clip(scores, 1e-6, 1 - 1e-6)
    log_loss = -np.mean(np.where(real, np.log(clipped), np.log(1 - clipped)))
    brier = np.mean((scores - real) ** 2)
    print(f"  {label:<12} log loss {log_loss:.3f}   Brier {brier:.3f}   AUC {auc(scores, real):.3f}   "
          f"mean {scores.mean():.3f}")


def report(rows: list[Judged], scores: np.ndarray) -> None:
    real = np.array([r.real for r in rows])
    rules = np.array([r.rule_score for r in rows])
    print(f"{len(rows)} events, {real.mean():.3f} of them real")
    describe("rules' score", rules, real)
    describe("model", scores, real)
    print("  predicted   events  observed real")
    for low in np.arange(0.0, 1.0, 0.1):
        inside = (scores >= low) & (scores < low + 0.1 + (1e-9 if low >= 0.9 else 0))
        if inside.any():
            print(f"  {low:.1f}-{low + 0.1:.1f}   {inside.sum():6d}  {real[inside].mean():.3f}")
    print("  min confidence   events kept   precision")
    for threshold in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        kept = scores >= threshold
        precision = real[kept].mean() if kept.any() else math.nan
        print(f"  {threshold:.1f}              {kept.mean():6.1%}        {precision:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help=f"refit on all judged events and write {MODEL_PATH}")
    parser.add_argument("--check", metavar="CORPUS", default=None,
                        help="instead, score the bundled model on CORPUS's precision sample "
                             "(wikinews_2019_2020, kcna_2011_2012)")
    args = parser.parse_args()
    if args.check:
        check(args.check)
        return
    verdicts = read_judgments(JUDGMENTS)
    if not verdicts:
        raise SystemExit(f"{JUDGMENTS}: no judgments")
    rows = judged_events(verdicts, stories_named(CORPUS_NAMES, {key[0] for key in verdicts}))
    names = sorted({name for r in rows for name in r.features})
    scores = np.zeros(len(rows))
    for held in (0, 1):
        train = [r for r in rows if half(r.doc_id) != held]
        weights, intercept = fit(train, names)
        test = [i for i, r in enumerate(rows) if half(r.doc_id) == held]
        scores[test] = predict([rows[i] for i in test], names, weights, intercept)
    print("two-fold cross-validation by story:")
    report(rows, scores)
    if args.write:
        weights, intercept = fit(rows, names)
        model = {"about": "detente.events.calibration: logistic model of an event being real, fitted by "
                          "benchmarks/calibrate_confidence.py on hand-judged Reuters and KCNA events",
                 "events": len(rows),
                 "intercept": round(intercept, 4),
                 "weights": {n: round(float(w), 4) for n, w in zip(names, weights) if abs(w) >= 1e-4}}
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"written {MODEL_PATH}")
        for name, weight in sorted(model["weights"].items(), key=lambda item: -abs(item[1]))[:15]:
            print(f"  {weight:+.3f}  {name}")


if __name__ == "__main__":
    main()

"""An event's confidence as the chance that a reader finds the event real.

The coder's rules give each candidate a rough score (noun or verb trigger, fallback roles, a
missing recipient). Users filter on `confidence`, so it should mean what it says: a logistic
model over what the finished event record shows (its category and trigger words, who acts on
whom, modality, how much of its sentence is prices and figures) turns that score into a
probability, fitted on real news events judged by hand (`benchmarks/calibrate_confidence.py`,
which also measures it).
The model is a small JSON file we produce: feature names, weights and an intercept.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from detente.events.arguments import NON_STATES
from detente.records import Event
from detente.settings import CONFIDENCE_MODEL as MODEL_PATH

# Sectors of a state's officials and forces (wider than `extract.STATE_SECTORS`).
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"})
# Words of market and company copy: prices, amounts and trading, where few acts are between states.
MARKET_WORDS = re.compile(
    r"\b(?:dlrs?|dollars?|cts|pct|per cent|percent|mln|million|billion|bln|tonnes?|tons|barrels?|bpd|"
    r"prices?|shares?|stocks?|bonds?|yen|marks|francs|futures|exports?|imports?|quotas?|tariffs?|"
    r"profits?|earnings|revenues?|dividends?|bank|banks|company|corp|inc|ltd|plc)\b", re.IGNORECASE)
WORD = re.compile(r"\w+")
CONDITIONAL_OPENING = re.compile(r"\W*(?:if|unless|should)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic regression weights by feature name."""

    weights: dict[str, float]
    intercept: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_confidence_model(path: Path = MODEL_PATH) -> ConfidenceModel:
    """The bundled model (read once per process; the result is immutable in use)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return ConfidenceModel(weights={str(k): float(v) for k, v in raw["weights"].items()},
                               intercept=float(raw["intercept"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a confidence model ({exc})") from exc


def event_features(record: dict[str, Any]) -> dict[str, float]:
    """What an output record (`Event.to_json()`) shows, as named numbers; the rules' own score
    among them. Read from the record so that stored events can be scored the same way."""
    text, trigger = record.get("text") or "", record.get("trigger") or ""
    words = WORD.findall(text)
    actor, recipient = _kinds(record.get("actor") or []), _kinds(record.get("recipient") or [])
    features = {
        f"category={record['event']}": 1.0,
        f"trigger={trigger.lower()}": 1.0,
        "rule_score": float(record["confidence"]),
        "trigger_words>1": float(len(trigger.split()) > 1),
        "negated": float(bool(record.get("negated"))),
        f"modality={record.get('modality') or 'asserted'}": 1.0,
        "headline": float(bool(record.get("headline"))),
        "lead_sentence": float(record.get("sentence_index") == 0),
        "sentence_words_log": math.log1p(len(words)),
        "market_word_share": len(MARKET_WORDS.findall(text)) / max(1, len(words)),
        "figure_share": sum(any(c.isdigit() for c in w) for w in words) / max(1, len(words)),
        "quoted": float('"' in text or "\u201c" in text),
        "conditional": float(bool(CONDITIONAL_OPENING.match(text))),
        "no_recipient": float(not record.get("recipient")),
        "same_country": float(bool(actor["countries"]) and actor["countries"] == recipient["countries"]),
    }
    for side, kinds in (("actor", actor), ("recipient", recipient)):
        for kind in ("state", "non_state", "no_country", "state_sector", "business"):
            features[f"{side}_{kind}"] = float(kinds[kind])
    return features


def _kinds(entities: list[dict[str, Any]]) -> dict[str, Any]:
    countries = frozenset(e.get("country") for e in entities if e.get("country") not in NON_STATES | {None})
    return {
        "countries": countries,
        "state": bool(countries),
        "non_state": any(e.get("country") in NON_STATES for e in entities),
        "no_country": any(not e.get("country") for e in entities),
        "state_sector": any(e.get("sector") in OFFICIAL_SECTORS for e in entities),
        "business": any(e.get("sector") == "BUS" or e.get("country") == "MNC" for e in entities),
    }


def calibrated(event: Event, model: ConfidenceModel) -> Event:
    """The event with its confidence replaced by the model's probability (to the three places
    the record shows, so that filters agree with what users read)."""
    return replace(event, confidence=round(model.probability(event_features(event.to_json())), 3))


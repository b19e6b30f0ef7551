"""Event confidence as a probability: the features read from an output record, the bundled model,
and what the pipeline does with it."""

from __future__ import annotations

import dataclasses
import json

import pytest

from detente import code_text
from detente.events.calibration import (ConfidenceModel, calibrated, event_features,
                                        load_confidence_model)
from detente.settings import Settings

MARKET = ("Japan agreed to buy 500,000 tonnes of U.S. wheat at prices of 120 dlrs a tonne, "
          "traders said.")


def record(**changes) -> dict:
    base = {"event": "ACCUSE", "confidence": 0.9, "trigger": "accused", "negated": False,
            "modality": "asserted", "sentence_index": 0,
            "text": "Iran accused the United States of violating the nuclear deal.",
            "actor": [{"country": "IRN", "sector": "GOV"}], "recipient": [{"country": "USA", "sector": None}]}
    return base | changes


def test_features_name_what_the_record_shows():
    features = event_features(record())
    assert features["category=ACCUSE"] == features["trigger=accused"] == 1.0
    assert features["rule_score"] == 0.9 and features["lead_sentence"] == 1.0
    assert features["actor_state"] == features["actor_state_sector"] == features["recipient_state"] == 1.0
    assert features["no_recipient"] == features["same_country"] == features["market_word_share"] == 0.0


def test_market_copy_and_figures_are_measured():
    features = event_features(record(event="AGREE", trigger="agreed", text=MARKET))
    assert features["market_word_share"] > 0.1 and features["figure_share"] > 0.1


def test_a_domestic_act_and_an_opening_condition_are_marked():
    features = event_features(record(
        event="COERCE", text="If the protests go on, Iranian police will arrest their leaders.",
        actor=[{"country": "IRN", "sector": "COP"}], recipient=[{"country": "IRN", "sector": "CVL"}]))
    assert features["same_country"] == features["conditional"] == 1.0


def test_the_bundled_model_ranks_the_rules_score_and_weak_signs():
    model = load_confidence_model()
    strong = model.probability(event_features(record()))
    assert 0.0 < strong < 1.0
    assert model.probability(event_features(record(confidence=0.6))) < strong
    assert model.probability(event_features(record(modality="hypothetical"))) < strong
    assert model.probability(event_features(record(negated=True))) < strong


def test_a_broken_model_file_names_itself(tmp_path):
    path = tmp_path / "confidence.json"
    path.write_text(json.dumps({"weights": {"rule_score": 1.0}}), encoding="utf-8")
    with pytest.raises(ValueError, match="confidence.json: not a confidence model"):
        load_confidence_model(path)


def test_probability_follows_the_weights():
    model = ConfidenceModel(weights={"rule_score": 2.0, "negated": -4.0}, intercept=-1.0)
    assert model.probability({"rule_score": 0.5}) == pytest.approx(0.5)
    assert model.probability({"rule_score": 0.5, "negated": 1.0}) < 0.05


def test_the_pipeline_gives_the_models_probability_and_can_keep_the_rules_score():
    text = "Iran accused the United States of violating the nuclear deal."
    (calibrated_event,) = code_text(text, "2019-05-08", "doc")
    (rules_event,) = code_text(text, "2019-05-08", "doc", dataclasses.replace(Settings(), confidence_model=None))
    assert rules_event.confidence == 0.9
    again = calibrated(rules_event, load_confidence_model())
    assert calibrated_event.confidence == again.confidence != rules_event.confidence

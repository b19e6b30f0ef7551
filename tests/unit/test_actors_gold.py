"""Accuracy of the resolver on our labelled mentions (tests/gold/actor_mentions.jsonl).

Each line: a mention, the article date, the sentence(s) it is in, and the countries and sectors
a careful coder gives it ([null] for "unknown"). The figures go to docs/accuracy-actors.md.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from detente.actors import Resolver, load_kb
from detente.records import Entity, parse_iso_date

GOLD = Path(__file__).resolve().parents[1] / "gold" / "actor_mentions.jsonl"


def load_gold() -> list[dict]:
    with open(GOLD, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_item(item: dict, entities: list[Entity]) -> tuple[bool, bool]:
    """(country right, sector right): as sets, so "Pyongyang and Tokyo" needs both and only them."""
    expected_countries = sorted(c or "" for c in item["country"])
    expected_sectors = {s or "" for s in item["sector"]}
    if not entities:
        return expected_countries == [""], expected_sectors == {""}
    got_countries = sorted(e.country or "" for e in entities)
    if expected_countries == [""]:
        country_ok = got_countries == [""]
    else:
        country_ok = got_countries == expected_countries or (
            len(set(expected_countries)) == 1 and set(got_countries) == set(expected_countries))
    return country_ok, {e.sector or "" for e in entities} == expected_sectors


def evaluate(resolver: Resolver, items: list[dict]) -> dict:
    country = sector = 0
    misses = []
    per_kind: Counter = Counter()
    per_kind_ok: Counter = Counter()
    for item in items:
        entities = resolver.resolve_text(item["text"], parse_iso_date(item["date"]), item["context"])
        country_ok, sector_ok = score_item(item, entities)
        country += country_ok
        sector += sector_ok
        per_kind[item["kind"]] += 1
        per_kind_ok[item["kind"]] += country_ok and sector_ok
        if not (country_ok and sector_ok):
            misses.append((item["id"], item["text"], item["country"], item["sector"],
                           [(e.country, e.sector) for e in entities]))
    n = len(items)
    return {"n": n, "country": country / n, "sector": sector / n, "misses": misses,
            "per_kind": {k: (per_kind_ok[k], per_kind[k]) for k in per_kind}}


@pytest.fixture(scope="module")
def resolver(nlp) -> Resolver:
    return Resolver(load_kb(), nlp)


def test_gold_set_is_large_and_varied():
    items = load_gold()
    assert len(items) >= 400
    countries = {c for item in items for c in item["country"] if c}
    sectors = {s for item in items for s in item["sector"] if s}
    assert len(countries) >= 80
    assert {"GOV", "MIL", "COP", "LEG", "JUD", "REB", "OPP", "CVL", "BUS", "JRN", "MED", "ELI", "REF"} <= sectors


def test_country_and_sector_accuracy(resolver):
    result = evaluate(resolver, load_gold())
    for miss in result["misses"]:
        print("MISS", *miss)
    print(f"n={result['n']} country accuracy={result['country']:.3f} sector accuracy={result['sector']:.3f}")
    print("per kind (both right / total):", result["per_kind"])
    assert result["country"] >= 0.95
    assert result["sector"] >= 0.85


# The PLOVER gold standard still writes three countries with CAMEO's codes, not ISO 3166.
CAMEO_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def gsr_country_scores(resolver: Resolver, path: Path) -> dict:
    """Micro precision/recall/F1 of the countries resolved from each gold actor and recipient text."""
    true_pos = false_pos = false_neg = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for event in record["events"]:
                for mention in event["actor"] + event["recipient"]:
                    if not mention["country"]:
                        continue
                    gold = CAMEO_COUNTRY_CODES.get(mention["country"], mention["country"])
                    text = mention["text"].strip()
                    context = record["text"] if text in record["text"] else None
                    got = {e.country for e in resolver.resolve_text(text, None, context) if e.country}
                    true_pos += gold in got
                    false_neg += gold not in got
                    false_pos += len(got - {gold})
    precision = true_pos / max(true_pos + false_pos, 1)
    recall = true_pos / max(true_pos + false_neg, 1)
    return {"mentions": true_pos + false_neg, "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / max(precision + recall, 1e-9)}


def test_plover_gold_actor_countries(resolver):
    from tests.conftest import shared_file

    scores = gsr_country_scores(resolver, shared_file("gold/plover_gsr.jsonl"))
    print("PLOVER GSR actor/recipient texts:", {k: round(v, 3) for k, v in scores.items()})
    assert scores["f1"] >= 0.8

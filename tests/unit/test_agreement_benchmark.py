"""The agreement benchmark's label format and its blind adjudication of our own gold labels."""

from __future__ import annotations

import pytest

from benchmarks.agreement import adjudicate, as_gold, parse_item
from detente.evaluate import GoldSentence, score


def test_a_labelled_item_reads_as_a_scored_event():
    event = parse_item("ASSAULT:-,SYR>SYR|neg|future", "x.tsv:2")
    assert event == {"event": "ASSAULT", "actor": [{"country": "SYR"}], "recipient": [{"country": "SYR"}],
                     "negated": True, "modality": "future"}
    assert parse_item("consult:FRA,DEU>-", "x.tsv:3")["recipient"] == []


@pytest.mark.parametrize("item", ["ACCUSE USA>CHN", "ACCUSE:USA", "ACCUSE:USA>CHN|maybe"])
def test_a_malformed_item_names_its_line(item):
    with pytest.raises(SystemExit, match="x.tsv:7"):
        parse_item(item, "x.tsv:7")


def _event(category: str, actor: str, recipient: str = "-") -> dict:
    return parse_item(f"{category}:{actor}>{recipient}", "test")


def test_the_median_count_of_three_readers_decides_each_category():
    gold = [GoldSentence("s1", "text", None, ())]
    raw = [{"id": "s1", "text": "text", "events": [_event("ACCUSE", "IRN", "USA"), _event("REJECT", "IRN")]}]
    first = [[_event("ACCUSE", "IRN", "USA"), _event("THREATEN", "IRN", "USA")]]
    second = [[_event("THREATEN", "IRN", "USA")]]
    (record,) = adjudicate(gold, raw, first, second)
    # ACCUSE: 1, 1, 0 -> kept; REJECT: 1, 0, 0 -> dropped; THREATEN: 0, 1, 1 -> the first reader's
    assert [(e["event"], e["actor"]) for e in record["events"]] == [
        ("ACCUSE", [{"country": "IRN"}]), ("THREATEN", [{"country": "IRN"}])]


def test_readers_are_scored_against_each_other_on_the_same_sentences():
    gold = [GoldSentence("s1", "text", None, ()), GoldSentence("s2", "other", None, ())]
    first = [[_event("ACCUSE", "IRN", "USA")], []]
    second = [[_event("ACCUSE", "IRN", "USA")], [_event("PROTEST", "HKG")]]
    report = score(as_gold(gold, first), second)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 1, 0)

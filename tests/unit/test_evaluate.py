"""Scoring logic of detente.evaluate on hand-made predictions, and the sanity of our gold files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from detente.evaluate import (
    CATEGORIES,
    NONE,
    evaluate_file,
    gold_sentence,
    load_gold,
    render_report,
    score,
)
from tests.conftest import shared_file

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold" / "events"
SPLITS = ("train", "dev", "test")


def ent(country: str | None, sector: str | None = "GOV") -> dict:
    return {"country": country, "sector": sector, "text": country or "someone"}


def ev(event: str, actor: list, recipient: list = (), mode: str | None = None,
       negated: bool = False, modality: str = "asserted") -> dict:
    return {"event": event, "mode": mode, "actor": list(actor), "recipient": list(recipient),
            "negated": negated, "modality": modality}


def sentence(text: str, events: list[dict], tags: tuple[str, ...] = ()) -> dict:
    return {"id": text[:20], "text": text, "published": "2019-06-30", "events": events,
            "tags": list(tags)}


SHELLING = sentence("North Korean artillery shelled Yeonpyeong island, killing two marines.",
                    [ev("ASSAULT", [ent("PRK", "MIL")], [ent("KOR", "MIL")], mode="heavy-weapons")])
TALKS_AND_DEAL = sentence(
    "India and China held talks in Moscow and agreed to pull troops back from the border.",
    [ev("CONSULT", [ent("IND"), ent("CHN")]), ev("AGREE", [ent("IND"), ent("CHN")])])
MARKET = sentence("The yen fell 0.4 percent against the dollar in Tokyo trading.", [],
                  ("market", "hard_negative"))


def gold_of(*objs: dict):
    return [gold_sentence(o) for o in objs]


def test_perfect_predictions_score_one():
    gold = gold_of(SHELLING, TALKS_AND_DEAL, MARKET)
    report = score(gold, [SHELLING["events"], TALKS_AND_DEAL["events"], []])
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (3, 0, 0)
    assert report.micro.f1 == 1.0 and report.macro_f1 == 1.0
    assert report.triples is not None and report.triples.f1 == 1.0
    assert report.no_event_sentences == 1 and report.no_event_prediction_rate == 0.0
    assert report.mode.value == 1.0


def test_missing_event_counts_as_false_negative_and_none_column():
    report = score(gold_of(SHELLING), [[]])
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 0, 1)
    assert report.per_category["ASSAULT"].recall == 0.0
    assert report.confusion == {("ASSAULT", NONE): 1}


def test_extra_event_on_no_event_sentence():
    report = score(gold_of(MARKET), [[ev("SANCTION", [ent("JPN")])]])
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 1, 0)
    assert report.no_event_with_prediction == 1 and report.predictions_on_no_event == 1
    assert report.no_event_prediction_rate == 1.0
    assert report.confusion == {(NONE, "SANCTION"): 1}
    assert report.triples is not None and report.triples.fp == 1


def test_wrong_category_is_confused_not_matched():
    report = score(gold_of(SHELLING), [[ev("MOBILIZE", [ent("PRK", "MIL")])]])
    assert report.per_category["ASSAULT"].fn == 1
    assert report.per_category["MOBILIZE"].fp == 1
    assert report.confusion == {("ASSAULT", "MOBILIZE"): 1}
    assert report.triples is not None and report.triples.tp == 0


def test_wrong_actor_keeps_category_but_fails_triple():
    report = score(gold_of(SHELLING), [[ev("ASSAULT", [ent("KOR", "MIL")], [ent("PRK")])]])
    assert report.per_category["ASSAULT"].tp == 1
    assert report.triples is not None
    assert (report.triples.tp, report.triples.fp, report.triples.fn) == (0, 1, 1)


def test_actor_lists_match_on_any_shared_country():
    condemn = sentence("Britain and France condemned the coup in Niger.",
                       [ev("ACCUSE", [ent("GBR"), ent("FRA")], [ent("NER", "MIL")])])
    report = score(gold_of(condemn), [[ev("ACCUSE", [ent("FRA")], [ent("NER")])]])
    assert report.triples is not None and report.triples.tp == 1


def test_reciprocal_gold_accepts_directed_prediction_between_its_actors_only():
    meeting = sentence("Xi Jinping and Vladimir Putin held talks in the Kremlin.",
                       [ev("CONSULT", [ent("CHN"), ent("RUS")])])
    inside = score(gold_of(meeting), [[ev("CONSULT", [ent("CHN")], [ent("RUS")])]])
    outside = score(gold_of(meeting), [[ev("CONSULT", [ent("CHN")], [ent("JPN")])]])
    assert inside.triples.tp == 1
    assert outside.triples.tp == 0


def test_directed_gold_accepts_reciprocal_prediction_of_its_parties():
    visit = sentence("Chinese President Xi Jinping arrived in Moscow for a state visit.",
                     [ev("CONSULT", [ent("CHN")], [ent("RUS")], mode="visit")])
    both = score(gold_of(visit), [[ev("CONSULT", [ent("CHN"), ent("RUS")])]])
    alone = score(gold_of(visit), [[ev("CONSULT", [ent("CHN")])]])
    assert both.triples.tp == 1
    assert alone.triples.tp == 0


def test_gold_event_is_matched_by_at_most_one_prediction():
    twice = [SHELLING["events"][0], SHELLING["events"][0]]
    report = score(gold_of(SHELLING), [twice])
    assert (report.micro.tp, report.micro.fp) == (1, 1)
    assert (report.triples.tp, report.triples.fp) == (1, 1)


def test_unknown_gold_actor_matches_any_actor():
    bombing = sentence("A car bomb exploded at a police academy in Bogota, killing twenty cadets.",
                       [ev("ASSAULT", [ent(None, "UAF")], [ent("COL", "COP")])])
    report = score(gold_of(bombing), [[ev("ASSAULT", [ent("COL", "REB")], [ent("COL", "COP")])]])
    assert report.triples.tp == 1


def test_negated_and_modality_scored_on_tagged_sentences_only():
    denial = sentence("Pyongyang denied that it had fired a missile toward Japan.",
                      [ev("MOBILIZE", [ent("PRK")], [ent("JPN")], negated=True)], ("negation",))
    visit = sentence("Xi Jinping will visit Moscow next week.",
                     [ev("AGREE", [ent("CHN")], [ent("RUS")], modality="future")], ("modality",))
    untagged = sentence("Russia massed troops near the border.",
                        [ev("MOBILIZE", [ent("RUS", "MIL")], negated=False)])
    preds = [[ev("MOBILIZE", [ent("PRK")], [ent("JPN")], negated=False)],
             [ev("AGREE", [ent("CHN")], [ent("RUS")], modality="future")],
             [ev("MOBILIZE", [ent("RUS")], negated=True)]]
    report = score(gold_of(denial, visit, untagged), preds)
    assert (report.negated.correct, report.negated.total) == (0, 1)
    assert (report.modality.correct, report.modality.total) == (1, 1)


def test_cameo_format_exact_and_any():
    lines = [
        {"id": "c1", "text": "Iraq agreed to let inspectors return.", "cameo": "031", "event": "AGREE"},
        {"id": "c2", "text": "The minister said ties were strong.", "cameo": "010", "event": None},
        {"id": "c3", "text": "Police arrested forty protesters.", "cameo": "173", "event": "COERCE"},
    ]
    gold = gold_of(*lines)
    assert gold[1].events == () and gold[0].cameo_format
    preds = [[ev("AGREE", [ent("IRQ")])],
             [],
             [ev("PROTEST", [ent("EGY", "CVL")]), ev("COERCE", [ent("EGY", "COP")])]]
    report = score(gold, preds)
    assert report.cameo is not None and report.triples is None
    assert (report.cameo.exact.correct, report.cameo.exact.total) == (2, 3)
    assert (report.cameo.any_event.correct, report.cameo.any_event.total) == (3, 3)
    assert report.no_event_sentences == 1


def test_evaluate_file_passes_text_and_date_and_renders(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(o) for o in (SHELLING, MARKET)) + "\n", encoding="utf-8")
    seen = []

    def code(text, published):
        seen.append((text, published))
        return [ev("ASSAULT", [ent("PRK", "MIL")], [ent("KOR")])] if "shelled" in text else []

    report = evaluate_file(path, code)
    assert seen == [(SHELLING["text"], "2019-06-30"), (MARKET["text"], "2019-06-30")]
    text = render_report(report)
    assert "ASSAULT" in text and "macro F1: 1.000" in text and "no-event sentences: 1" in text


def test_malformed_gold_line_names_its_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(SHELLING) + "\n{\"id\": \"x\", \"text\": \"no label\"}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:2"):
        load_gold(path)


def test_prediction_count_must_match_gold():
    with pytest.raises(ValueError):
        score(gold_of(SHELLING, MARKET), [[]])


# ---------------------------------------------------------------- our gold files


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict]]:
    return {name: [json.loads(line) for line in (GOLD_DIR / f"{name}.jsonl").read_text("utf-8").splitlines()]
            for name in SPLITS}


def test_gold_files_parse_with_the_evaluator():
    for name in SPLITS:
        assert load_gold(GOLD_DIR / f"{name}.jsonl")


def test_gold_records_are_well_formed(splits):
    modalities = {"asserted", "future", "hypothetical", "conditional"}
    for rows in splits.values():
        for row in rows:
            assert set(row) == {"id", "text", "published", "events", "tags"}
            assert len(row["published"]) == 10 and "2000" <= row["published"][:4] <= "2026"
            assert ("no_event" in row["tags"]) == (not row["events"])
            for e in row["events"]:
                assert e["event"] in CATEGORIES
                assert e["modality"] in modalities and isinstance(e["negated"], bool)
                assert e["actor"], row["id"]
                for entity in e["actor"] + e["recipient"]:
                    assert entity["text"].lower() in row["text"].lower()
                    assert entity["country"] is None or len(entity["country"]) == 3


def test_every_category_in_every_split(splits):
    for name, rows in splits.items():
        present = {e["event"] for row in rows for e in row["events"]}
        assert present == set(CATEGORIES), (name, set(CATEGORIES) - present)


def test_no_sentence_in_two_splits(splits):
    seen: Counter[str] = Counter(row["text"] for rows in splits.values() for row in rows)
    assert max(seen.values()) == 1
    ids = Counter(row["id"] for rows in splits.values() for row in rows)
    assert max(ids.values()) == 1


def test_probe_and_fresh_sets_are_well_formed_and_share_no_sentence_with_the_others(splits):
    """The probe sets were tuned on: a sentence of a held-out set in one would leak it."""
    seen = {row["text"] for rows in splits.values() for row in rows}
    extra = sorted(GOLD_DIR.glob("probe_*.jsonl")) + sorted(GOLD_DIR.glob("fresh_*.jsonl"))
    assert len(extra) >= 6
    for path in extra:
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        assert len(rows) >= 90 and load_gold(path)
        texts = {row["text"] for row in rows}
        assert not texts & seen, path.name
        seen |= texts
        assert all(e["event"] in CATEGORIES for row in rows for e in row["events"])


def test_size_and_no_event_share(splits):
    rows = [row for rows in splits.values() for row in rows]
    assert len(rows) >= 1500
    share = sum(not row["events"] for row in rows) / len(rows)
    assert 0.25 <= share <= 0.35
    for name in SPLITS:
        part = splits[name]
        assert 0.2 <= sum(not row["events"] for row in part) / len(part) <= 0.4
    sizes = {name: len(splits[name]) / len(rows) for name in SPLITS}
    assert 0.55 <= sizes["train"] <= 0.65 and 0.15 <= sizes["test"] <= 0.25


def test_hard_cases_are_represented(splits):
    tags = Counter(t for rows in splits.values() for row in rows for t in row["tags"])
    for tag in ("negation", "modality", "reported_speech", "two_events", "state_media",
                "hard_negative", "reciprocal"):
        assert tags[tag] >= 30, tag
    modalities = Counter(e["modality"] for rows in splits.values() for row in rows for e in row["events"])
    assert all(modalities[m] >= 5 for m in ("future", "hypothetical", "conditional"))


# ---------------------------------------------------------------- the shared gold files


def test_shared_plover_gold_parses():
    gold = load_gold(shared_file("gold/plover_gsr.jsonl"))
    assert len(gold) > 300 and all(s.events for s in gold)
    assert not any(s.cameo_format for s in gold)


def test_shared_cameo_examples_parse():
    gold = load_gold(shared_file("gold/cameo_manual_examples.jsonl"))
    assert all(s.cameo_format for s in gold)
    assert sum(not s.events for s in gold) > 0


def test_actor_and_recipient_countries_scored_by_role_on_matched_events():
    wrong_way = score(gold_of(SHELLING), [[ev("ASSAULT", [ent("KOR", "MIL")], [ent("PRK")])]])
    assert (wrong_way.countries.tp, wrong_way.countries.fp, wrong_way.countries.fn) == (0, 2, 2)
    right = score(gold_of(SHELLING), [[ev("ASSAULT", [ent("PRK")], [ent("KOR"), ent("JPN")])]])
    assert (right.countries.tp, right.countries.fp, right.countries.fn) == (2, 1, 0)
    reciprocal = score(gold_of(TALKS_AND_DEAL), [[ev("CONSULT", [ent("IND")], [ent("CHN")])]])
    assert (reciprocal.countries.tp, reciprocal.countries.fn) == (2, 0)
    assert "actor and recipient countries" in render_report(right)


def test_cameo_country_codes_in_gold_read_as_iso():
    tokyo = sentence("APEC agreed to set up an energy centre in Tokyo.",
                     [ev("AGREE", [ent("IGO", None)], [ent("JAP", None)])])
    report = score(gold_of(tokyo), [[ev("AGREE", [ent("IGO", None)], [ent("JPN", None)])]])
    assert report.countries.f1 == 1.0


def test_halves_split_a_gold_set_in_two_fixed_disjoint_parts():
    from detente.evaluate import half_of

    gold = gold_of(*(sentence(f"Sentence number {i} about talks.", []) | {"id": f"s{i}"}
                     for i in range(40)))
    tuning, held_out = half_of(gold, "tuning"), half_of(gold, "held-out")
    assert {g.id for g in tuning}.isdisjoint({g.id for g in held_out})
    assert len(tuning) + len(held_out) == 40 and 10 < len(tuning) < 30
    assert [g.id for g in half_of(gold, "tuning")] == [g.id for g in tuning]

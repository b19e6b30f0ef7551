"""Event dates: the pure expression rules, the clause logic on real parses, the labelled set."""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import json
from pathlib import Path

import pytest

from detente.records import EventDate, parse_iso_date
from detente.when import (
    FUTURE, PAST, PRESENT, clause_tense, clause_verb, date_event, resolve_date_expression,
)
from tests.conftest import shared_file

GOLD = Path(__file__).resolve().parents[1] / "gold" / "dates.jsonl"
WED = dt.date(2019, 3, 6)  # a Wednesday


def _resolved(expression: str, published: dt.date | None, tense: str) -> tuple[str | None, ...]:
    found = resolve_date_expression(expression, published, tense)
    return (found.date, found.precision, found.basis) if found else (None, None, None)


@pytest.mark.parametrize(("expression", "published", "tense", "expected"), [
    ("Jan. 3, 2019", WED, PAST, ("2019-01-03", "day", "explicit")),
    ("on January 10", WED, PAST, ("2019-01-10", "day", "relative")),
    ("December 20", dt.date(2019, 1, 3), PAST, ("2018-12-20", "day", "relative")),
    ("January 15", dt.date(2019, 12, 30), FUTURE, ("2020-01-15", "day", "relative")),
    ("September 18-20", dt.date(2018, 10, 2), PAST, ("2018-09-18", "day", "relative")),
    ("30 October to 4 November 2014", WED, PAST, ("2014-10-30", "day", "explicit")),
    ("December 27 to 30", dt.date(2019, 12, 30), FUTURE, ("2019-12-27", "day", "relative")),
    ("in mid-November", WED, PAST, ("2018-11", "month", "relative")),
    ("in mid-November", dt.date(2019, 12, 30), PAST, ("2019-11", "month", "relative")),
    ("January", WED, FUTURE, ("2020-01", "month", "relative")),
    ("last November", dt.date(2014, 3, 18), PAST, ("2013-11", "month", "relative")),
    ("the summer of 2016", WED, PAST, ("2016-06", "month", "explicit")),
    ("last summer", WED, PAST, ("2018-06", "month", "relative")),
    ("this winter", dt.date(2019, 1, 20), PAST, ("2018-12", "month", "relative")),
    ("in 2014", WED, PAST, ("2014", "year", "explicit")),
    ("late last year", WED, PAST, ("2018", "year", "relative")),
    ("Monday", WED, PAST, ("2019-03-04", "day", "relative")),
    ("Wednesday", WED, PAST, ("2019-03-06", "day", "relative")),
    ("Monday", WED, FUTURE, ("2019-03-11", "day", "relative")),
    ("last Wednesday", WED, PAST, ("2019-02-27", "day", "relative")),
    ("next Tuesday", WED, FUTURE, ("2019-03-12", "day", "relative")),
    ("Friday", WED, PRESENT, ("2019-03-08", "day", "relative")),
    ("early on Friday", WED, PAST, ("2019-03-01", "day", "relative")),
    ("yesterday", WED, PAST, ("2019-03-05", "day", "relative")),
    ("late last night", dt.date(2013, 1, 1), PAST, ("2012-12-31", "day", "relative")),
    ("earlier this month", WED, PAST, ("2019-03", "month", "relative")),
    ("last week", WED, PAST, ("2019-02", "month", "relative")),
    ("a year ago", WED, PAST, ("2018", "year", "relative")),
    ("three days ago", WED, PAST, ("2019-03-03", "day", "relative")),
    ("Christmas Eve", dt.date(2020, 12, 31), PAST, ("2020-12-24", "day", "relative")),
])
def test_expressions_resolve_against_publication_and_tense(expression, published, tense, expected):
    assert _resolved(expression, published, tense) == expected


@pytest.mark.parametrize("expression", ["two years", "annual", "decades", "the 1990s", "every week"])
def test_durations_and_vague_spans_are_not_dates(expression):
    assert resolve_date_expression(expression, WED, PAST) is None


def test_relative_expressions_need_a_publication_date_but_explicit_ones_do_not():
    assert resolve_date_expression("on Monday", None, PAST) is None
    assert _resolved("April 27, 2018", None, PAST) == ("2018-04-27", "day", "explicit")


def _parse(nlp, text: str, trigger: str):
    doc = nlp(text)
    return doc[:], next(t for t in doc if t.text == trigger)


@pytest.mark.parametrize(("text", "trigger", "tense"), [
    ("Russia annexed Crimea after the referendum.", "annexed", PAST),
    ("North Korea has fired two missiles into the sea.", "fired", PAST),
    ("The envoys will meet again in Geneva.", "meet", FUTURE),
    ("Pompeo is to travel to Seoul.", "travel", FUTURE),
    ("The ministers plan to meet in Brussels.", "meet", FUTURE),
    ("The rebels tried to storm the base.", "storm", PAST),
    ("Japan protests the incursion.", "protests", PRESENT),
])
def test_clause_tense(nlp, text, trigger, tense):
    _, token = _parse(nlp, text, trigger)
    assert clause_tense(clause_verb(token)) == tense


def test_the_event_clause_date_beats_the_reporting_date(nlp):
    sentence, trigger = _parse(
        nlp, "The minister said on Tuesday that Russia had attacked the convoy on Sunday.", "attacked")
    assert date_event(sentence, trigger, WED) == EventDate("2019-03-03", "day", "relative", "Sunday")


def test_the_reporting_date_stands_in_when_the_event_clause_has_none(nlp):
    sentence, trigger = _parse(nlp, "Moscow said on Wednesday that rebels had asked for help.", "asked")
    assert date_event(sentence, trigger, dt.date(2022, 2, 24)).date == "2022-02-23"


def test_a_future_event_does_not_take_the_date_of_its_announcement(nlp):
    sentence, trigger = _parse(nlp, "Seoul said on Monday it will continue the broadcasts.", "continue")
    found = date_event(sentence, trigger, dt.date(2015, 8, 26))
    assert found == EventDate("2015-08-26", "day", "published", None)


def test_a_past_event_is_never_dated_after_publication(nlp):
    sentence, trigger = _parse(nlp, "The two sides met on December 24, 2030, in Geneva.", "met")
    found = date_event(sentence, trigger, WED)
    assert found.basis == "published" and found.date == "2019-03-06"


def test_no_date_falls_back_to_publication_then_to_unknown(nlp):
    sentence, trigger = _parse(nlp, "China accused the United States of interfering.", "accused")
    assert date_event(sentence, trigger, WED) == EventDate("2019-03-06", "day", "published", None)
    assert date_event(sentence, trigger, None) == EventDate(None, None, "unknown", None)


def test_a_person_named_may_is_not_a_month(nlp):
    sentence, trigger = _parse(nlp, "Theresa May became prime minister on July 13.", "became")
    assert date_event(sentence, trigger, dt.date(2016, 7, 16)).date == "2016-07-13"


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def _score(pairs: list[tuple[dict, EventDate]]) -> dict[str, float]:
    exact = sum((got.date, got.precision) == (case["date"], case["precision"]) for case, got in pairs)
    basis = sum(got.basis == case["basis"] for case, got in pairs)
    return {"n": len(pairs), "exact": exact / len(pairs), "basis": basis / len(pairs)}


def _report(name: str, pairs: list[tuple[dict, EventDate]]) -> dict[str, float]:
    """Print the figures of all cases and of each split (dev, held-out, held-out-2)."""
    scores = _score(pairs)
    print(f"\n{name}: {scores['n']} cases, exact date+precision {scores['exact']:.3f}, "
          f"basis {scores['basis']:.3f}")
    for split in sorted({case["split"] for case, _ in pairs}):
        part = _score([p for p in pairs if p[0]["split"] == split])
        print(f"  {split}: {part['n']} cases, exact {part['exact']:.3f}, basis {part['basis']:.3f}")
    return scores


def test_gold_set_covers_every_kind_of_case():
    cases = _gold()
    assert len(cases) >= 300
    assert {c["basis"] for c in cases} == {"explicit", "relative", "published", "unknown"}
    assert {c["tense"] for c in cases} == {PAST, PRESENT, FUTURE}
    assert {c["precision"] for c in cases} == {"day", "month", "year", None}


def test_gold_expressions_resolve(capsys):
    """The rules alone, on the labelled expressions (cases with a date to find)."""
    pairs = []
    for case in _gold():
        if case["expression"] and case["date"]:
            published = parse_iso_date(case["published"])
            found = resolve_date_expression(case["expression"], published, case["tense"])
            pairs.append((case, found or EventDate(None, None, "unknown")))
    scores = _report("dates, expressions alone", pairs)
    assert scores["exact"] >= 0.95


def test_gold_sentences_through_the_parser(nlp):
    """The whole stage: spaCy parse, choice of expression, tense, resolution, fallback."""
    cases = _gold()
    pairs = []
    for case, doc in zip(cases, nlp.pipe(c["sentence"] for c in cases)):
        trigger = next(t for t in doc if t.text == case["trigger"])
        pairs.append((case, date_event(doc[:], trigger, parse_iso_date(case["published"]))))
    scores = _report("dates, sentences through spaCy", pairs)
    assert scores["exact"] >= 0.95
    assert scores["basis"] >= 0.95


def test_past_events_in_real_news_are_never_dated_after_publication(nlp):
    """Every past-tense verb of 15 Wikinews articles, taken as a trigger."""
    path = shared_file("corpora/wikinews_2019_2020.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line) for line in itertools.islice(lines, 15)]
    checked = 0
    for article, doc in zip(articles, nlp.pipe(a["text"] for a in articles)):
        published = parse_iso_date(article["published"])
        for sentence in doc.sents:
            for token in sentence:
                if token.pos_ == "VERB" and clause_tense(clause_verb(token)) == PAST:
                    found = date_event(sentence, token, published)
                    first_day = dt.date.fromisoformat((found.date + "-01-01")[:10])
                    assert first_day <= published, (found, sentence.text)
                    checked += 1
    assert checked > 100


def test_a_year_naming_a_thing_does_not_date_the_event(nlp):
    doc = nlp("Trump urged Britain, Germany and France to break away from the 2015 nuclear deal.")
    trigger = next(t for t in doc if t.text == "urged")
    found = date_event(next(doc.sents), trigger, dt.date(2020, 1, 8))
    assert (found.date, found.basis) == ("2020-01-08", "published")
    doc = nlp("The opposition rejected last year's election results on Monday.")
    trigger = next(t for t in doc if t.text == "rejected")
    assert date_event(next(doc.sents), trigger, dt.date(2020, 1, 8)).date == "2020-01-06"


def test_a_year_after_since_measures_and_dates_nothing(nlp):
    sentence, trigger = _parse(
        nlp, "King Salman met Queen Elizabeth during the visit, his first to Britain since 1982.", "met")
    assert date_event(sentence, trigger, dt.date(2017, 3, 24)).date == "2017-03-24"
    sentence, trigger = _parse(nlp, "Protesters have blocked the road since Monday.", "blocked")
    assert date_event(sentence, trigger, dt.date(2017, 3, 24)).date == "2017-03-20"

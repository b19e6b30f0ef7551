"""The trigger lexicon: the bundled table is valid, patterns match the parse, users can add rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.events import ontology
from detente.events.triggers import (
    LexiconError,
    bundled_trigger_rows,
    find_triggers,
    load_lexicon,
    parse_trigger_row,
    parse_trigger_rows,
)


def test_bundled_table_covers_every_category():
    rows = bundled_trigger_rows()
    assert {row.event for row in rows} == set(ontology.CATEGORIES)
    assert all(ontology.is_valid_mode(row.event, row.mode) for row in rows)
    assert all(row.cameo is None or row.cameo.isdigit() for row in rows)


def test_a_pattern_is_in_one_bundled_table_only():
    rows = bundled_trigger_rows()
    assert len({(row.words, row.pos) for row in rows}) == len(rows)


def test_lexicon_is_loaded_once():
    assert load_lexicon() is load_lexicon()
    assert len(load_lexicon()) > 300


def test_bad_rows_are_refused_with_the_place():
    with pytest.raises(LexiconError, match="x.tsv:3"):
        parse_trigger_row("attack\tVERB\tFIGHT\t\t190\t\t", "x.tsv:3")
    with pytest.raises(LexiconError, match="no mode"):
        parse_trigger_row("attack\tVERB\tASSAULT\tsword\t190\t\t", "x.tsv:4")
    with pytest.raises(LexiconError, match="unknown hint"):
        parse_trigger_row("attack\tVERB\tASSAULT\t\t190\t\tloud", "x.tsv:5")


def test_multiword_verb_pattern_wins_over_its_head(nlp):
    lexicon = load_lexicon()
    doc = nlp("The European Union imposed sanctions on Belarus.")
    (match,) = find_triggers(doc[:], lexicon)
    assert match.trigger.event == "SANCTION"
    assert match.text == "imposed sanctions"


def test_noun_pattern_with_modifier(nlp):
    lexicon = load_lexicon()
    doc = nlp("Prisoners in Ankara began a hunger strike on Monday.")
    events = {m.trigger.event: m.trigger.mode for m in find_triggers(doc[:], lexicon)}
    assert events == {"PROTEST": "hunger"}


def test_date_is_not_a_preposition_of_the_pattern(nlp):
    lexicon = load_lexicon()
    doc = nlp("The minister called on Sunday for calm.")
    assert all(m.text != "called on" for m in find_triggers(doc[:], lexicon))


def test_users_table_adds_and_overrides_rows(tmp_path: Path, nlp):
    table = tmp_path / "mine.tsv"
    table.write_text("pattern\tpos\tevent\tmode\tcameo\tcontext\thints\n"
                     "rebuke\tVERB\tREJECT\t\t12\t\t\n"
                     "snub\tVERB\tREJECT\t\t12\t\t\n", encoding="utf-8")
    lexicon = load_lexicon([table])
    assert lexicon.verbs["rebuke"][0].event == "REJECT"
    doc = nlp("Beijing snubbed the envoy from Manila.")
    assert [m.trigger.event for m in find_triggers(doc[:], lexicon)] == ["REJECT"]
    assert load_lexicon().verbs["rebuke"][0].event == "ACCUSE"


def test_a_pattern_word_may_list_alternatives():
    rows = parse_trigger_rows("halt|suspend loan|credit\tVERB\tSANCTION\tdiscontinue\t1621\t\trcp=to", "x.tsv:1")
    assert sorted(r.words for r in rows) == [("halt", "credit"), ("halt", "loan"),
                                             ("suspend", "credit"), ("suspend", "loan")]
    assert {r.event for r in rows} == {"SANCTION"}


def test_an_empty_alternative_is_an_error():
    with pytest.raises(LexiconError, match="empty alternative"):
        parse_trigger_rows("halt| loan\tVERB\tSANCTION\t\t16\t\t", "x.tsv:2")

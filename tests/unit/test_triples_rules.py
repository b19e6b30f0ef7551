"""Who did it to whom: actor and recipient countries of events whose category is right."""

from __future__ import annotations

import pytest

from detente import code_text
from tests.unit.test_events_extract import assert_coded, countries, only


def pipeline(text: str, category: str):
    """The one event of the category, coded by the whole pipeline (places from the gazetteer)."""
    found = [e for e in code_text(text, "2023-06-01") if e.event == category]
    assert len(found) == 1, [(e.event, e.trigger) for e in code_text(text, "2023-06-01")]
    return found[0]


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a reaction aimed at the doer of the act in its own "after" or "because" clause
        ("Beijing vowed to retaliate after Washington imposed new tariffs on Chinese steel.",
         "THREATEN", ["CHN"], ["USA"]),
        ("Manila lodged a diplomatic protest after Chinese coast guard ships fired water cannon at a supply boat.",
         "ACCUSE", ["PHL"], ["CHN"]),
        # the object of the trigger's own preposition
        ("The Iranian president railed against Israel in a speech to parliament.", "ACCUSE", ["IRN"], ["ISR"]),
        # what an invitation or an offer turned down or accepted was to do
        ("The Polish president declined an invitation to meet Chinese leaders in Beijing.",
         "REJECT", ["POL"], ["CHN"]),
        ("Brazil's president accepted an invitation to visit Tokyo in the autumn.", "AGREE", ["BRA"], ["JPN"]),
        # a threat is aimed at whom its condition names, before what it is about
        ("Ankara threatened to halt the flow of Iraqi oil to Europe if the EU imposed sanctions on Turkey.",
         "THREATEN", ["TUR"], ["IGO"]),
        # a thing made by another party, even when the thing names a group ("refugee quotas")
        ("The Czech government refused to accept migrant quotas set by the European Union.",
         "REJECT", ["CZE"], ["IGO"]),
        # the actor's own country is no recipient when another is named
        ("The French president pledged France's full solidarity with Armenia.", "SUPPORT", ["FRA"], ["ARM"]),
    ],
)
def test_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_scramble_answers_the_intruder(code):
    """Jets scrambled after another state's aircraft flew in: aimed at that state."""
    events = code("The Norwegian air force scrambled two F-35 jets on Tuesday after Russian bombers approached its airspace.")
    scramble = next(e for e in events if e.trigger_text.startswith("scrambled"))
    assert countries(scramble.actor) == ["NOR"]
    assert countries(scramble.recipient) == ["RUS"]


def test_own_country_stays_when_no_other_named(code):
    event = only(code("Georgian police arrested three Georgian activists in Batumi."), "COERCE")
    assert countries(event.recipient) == ["GEO"]


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # help goes to the country of the people it reaches
        ("Canadian air force planes flew medicine and tents to flood victims in Karachi.",
         "AID", ["CAN"], ["PAK"]),
        # a participle after the comma happened where the clause before it puts it; the unknown
        # attacker is of the place too
        ("A bomb exploded at a bus station in Mogadishu, killing nine people.", "ASSAULT", ["SOM"], ["SOM"]),
        # "the Ukrainian city of X": the town, not the adjective
        ("Russian missiles slammed into a hospital in the Ukrainian city of Kharkiv overnight.",
         "ASSAULT", ["RUS"], ["UKR"]),
        # state forces of no named country acting on the people of the country they are in
        ("Soldiers fired live rounds at protesters in Khartoum on Thursday.", "ASSAULT", ["SDN"], ["SDN"]),
    ],
)
def test_pipeline_places(text, category, actor, recipient):
    event = pipeline(text, category)
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_forces_not_placed_on_foreign_nationals():
    event = pipeline("Soldiers fired on Palestinian protesters in the West Bank.", "ASSAULT")
    assert countries(event.actor) == [None]


def test_an_investigation_told_without_its_doer_is_the_courts_of_the_place():
    (event,) = code_text("A US national has been put under investigation in Italy for her role in the riots.",
                         "2001-08-20")
    assert (event.event, [a.code for a in event.actor], [a.country for a in event.recipient]) == \
        ("ACCUSE", ["ITAJUD"], ["USA"])


def test_the_subject_of_a_tightened_blockade_beats_a_countryless_modifier():
    (event,) = code_text("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.", "1999-05-01")
    assert (event.event, [a.code for a in event.actor], [a.country for a in event.recipient]) == \
        ("THREATEN", ["IGOMIL"], ["SRB"])


@pytest.mark.parametrize(("text", "recipient"), [
    ("Police arrested an anti-American cleric in Karachi.", "PAK"),
    ("Gunmen shot dead a pro-Russian politician in Kyiv.", "UKR"),
])
def test_a_stance_toward_a_country_is_no_nationality(text, recipient):
    (event,) = code_text(text, "2015-06-02")
    assert [a.country for a in event.recipient] == [recipient]

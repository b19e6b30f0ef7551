"""Rows and rules added from the state-media probe (probe_statemedia.jsonl): foreign-ministry
briefings, air raids, campaigns of labour called offensives, dismissed reports, countermeasures,
shipments of relief. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # "said at a regular press briefing that ...": the parser makes the content a relative clause
        (("Spokesperson Mao Ning said at a regular press briefing that Beijing urges Manila to stop "
          "its provocations."), "REQUEST", ["CHN"], ["PHL"]),
        ("Zakharova said at a weekly briefing that Moscow demands that Berlin explain the leak.",
         "REQUEST", ["RUS"], ["DEU"]),
        # raids flown by aircraft are air strikes
        ("Israeli warplanes carried out raids on the outskirts of Damascus.", "ASSAULT", ["ISR"], ["SYR"]),
        # countermeasures announced against firms are sanctions
        ("Beijing announced countermeasures against three American defence contractors.",
         "SANCTION", ["CHN"], ["USA"]),
        # the coast guard's "control measures" restrict, not seize ground
        ("The coast guard of China took control measures against Vietnamese fishing boats.",
         "COERCE", ["CHN"], ["VNM"]),
        # a shipment of relief that arrives is aid, not a visit
        ("A consignment of medicine from the Indian government arrived in Colombo.", "AID", ["IND"], ["LKA"]),
        # a fugitive handed over is an extradition
        ("Kyrgyzstan handed over to Kazakhstan a former official wanted for embezzlement.",
         "COOPERATE", ["KGZ"], ["KAZ"]),
        ("Turkey handed over to Germany a suspect wanted for murder.", "COOPERATE", ["TUR"], ["DEU"]),
        # protesters marching past an embassy protest against its state
        ("Hundreds of thousands of Cubans marched past the US embassy in Havana.", "PROTEST", ["CUB"], ["USA"]),
        # a refusal for the future is aimed at the other side, not shared with it
        ("Tehran will not negotiate with Washington under pressure.", "REJECT", ["IRN"], ["USA"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Workers of the steel complex launched an all-out offensive to boost steel output.",
        "Farmers turned out in a general offensive to attain the goals of the grain plan.",
        "Pyongyang dismissed the report as a groundless fabrication.",
        "The ministry rejected the allegations as absurd.",
    ],
)
def test_no_event(code, text):
    assert [e.event for e in code(text)] == []


def test_police_raids_stay_coercion(code):
    event = only(code("Police raided the offices of an opposition newspaper in Ankara."), "COERCE")
    assert event.mode == "seize"


def test_air_raid_mode(code):
    event = only(code("Russian jets launched a series of raids on Idlib."), "ASSAULT")
    assert event.mode == "aerial"


def test_one_country_joint_patrols_show_force(code):
    event = only(code("The PLA Southern Theater Command conducted joint combat readiness patrols in the "
                      "South China Sea."), "MOBILIZE")
    assert countries(event.actor) == ["CHN"]


def test_will_take_countermeasures_is_a_threat_made(code):
    event = only(code("Pyongyang will take resolute countermeasures against the US."), "THREATEN")
    assert event.modality == "asserted"


def test_aerial_aggression(code):
    event = only(code("The Israeli enemy carried out an aerial aggression on the vicinity of Homs."), "ASSAULT")
    assert event.mode == "aerial"

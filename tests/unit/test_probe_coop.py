"""Cooperation, aid and support phrasings found with the probe_coop set: bilateral drills, shared
data, airdrops, written-off loans, relief that moves, rescues of captives, praise in state-media
wording, and cooperation announced on a condition. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # exercises named bilateral or trilateral are several countries' by the word itself
        ("Thai and Malaysian troops held a bilateral exercise near Songkhla.", "COOPERATE", ["MYS", "THA"], []),
        # suspects sent to the state that wants them are handed over
        ("Colombia sent twelve drug trafficking suspects to the United States.", "COOPERATE", ["COL"], ["USA"]),
        # sharing data is sharing intelligence
        ("Australia and Japan will soon be sharing radar data.", "AGREE", ["AUS", "JPN"], []),
        ("India and France are sharing satellite data on ship movements.", "COOPERATE", ["FRA", "IND"], []),
        # food dropped from planes is an airdrop
        ("Egyptian military planes dropped food and water over southern Gaza.", "AID", ["EGY"], ["PSE"]),
        # waiving a loan is debt relief, not a concession
        ("Japan waived loans worth 500 million dollars owed by Myanmar.", "AID", ["JPN"], ["MMR"]),
        # weapons received from a state are aid from it
        ("Taiwan has received the first Abrams tanks from the United States.", "AID", ["USA"], ["TWN"]),
        # praise in the wording of state media
        ("Lao President Thongloun Sisoulith spoke highly of Vietnam's support.", "SUPPORT", ["LAO"], ["VNM"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert sorted(countries(event.actor)) == actor
    assert countries(event.recipient) == recipient


@pytest.mark.parametrize(
    "text",
    [
        "Moscow pledged solidarity with Havana after the hurricane.",
        "Paris reaffirmed its commitment to the security of Armenia.",
    ],
)
def test_solidarity_and_commitment_voiced_are_support(code, text):
    assert only(code(text), "SUPPORT").modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Aid from Saudi Arabia was flown into Aden on Thursday.",
        "A convoy carrying Jordanian aid crossed into Gaza through the Kerem Shalom crossing.",
        "The first Gripen jets from Sweden arrived in Hungary on Monday.",
    ],
)
def test_relief_and_weapons_that_move_are_delivered(code, text):
    events = code(text)
    assert "AID" in [e.event for e in events]
    assert not [e for e in events if e.event in ("MOBILIZE", "CONSULT")]


@pytest.mark.parametrize(
    "text",
    [
        "Somali forces freed six fishermen held by pirates off Puntland.",
        "Nigerien special forces freed two aid workers in a night raid near the border.",
    ],
)
def test_freeing_captives_held_by_others_is_a_rescue(code, text):
    events = code(text)
    assert "AID" in [e.event for e in events]
    assert "RETREAT" not in [e.event for e in events]


def test_own_captives_freed_stay_a_release(code):
    assert only(code("Tehran freed two Austrian nationals on Monday."), "RETREAT").mode == "release"


def test_cooperation_announced_on_a_condition_is_agree_conditional(code):
    event = only(code("Qatar will restore diplomatic ties with Cairo only if Egypt releases the journalists."),
                 "AGREE")
    assert event.modality == "conditional"
    assert countries(event.recipient) == ["EGY"]


def test_combined_exercises_of_one_force_stay_mobilize(code):
    assert only(code("The Chinese navy staged combined exercises in the South China Sea."), "MOBILIZE")


def test_goods_received_from_a_state_are_aid_and_visitors_received_a_visit(code):
    aid = only(code("Kyiv received a batch of artillery shells from Seoul."), "AID")
    assert (countries(aid.actor), countries(aid.recipient)) == (["KOR"], ["UKR"])
    visit = only(code("President Putin received the Indian foreign minister in the Kremlin."), "CONSULT")
    assert countries(visit.actor) == ["IND"]


def test_places_cut_off_by_a_disaster_are_no_coercion(code):
    events = code("Indian army helicopters flew food to hamlets cut off by landslides in Uttarakhand.")
    assert "COERCE" not in [e.event for e in events]
    assert "AID" in [e.event for e in events]

"""Rows and rules added while tuning on `probe_nonstate.jsonl` (rebels, militias, opposition,
protesters, NGOs, international bodies, courts, media and companies as actors or recipients).
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a meeting is its organiser's: boycotting it rejects the organiser
        ("Sudan's civilian coalition boycotted a conference organised by Cairo.", "REJECT", ["SDN"], ["EGY"]),
        # where a paper is signed is no party to it
        ("Armenia and Azerbaijan signed a peace declaration in Washington.", "SUPPORT", ["ARM", "AZE"], []),
        # an international body's staff told to leave the country are expelled
        ("Burundi ordered the head of the UN human rights office to leave the country.",
         "SANCTION", ["BDI"], ["IGO"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels massed fighters outside the city of El Fasher.",
        "The insurgents amassed soldiers and pickup trucks near the border town.",
    ],
)
def test_fighters_massed_are_a_build_up(code, text):
    assert only(code(text), "MOBILIZE").mode == "troops"


def test_a_court_dissolving_a_rights_organisation_coerces(code):
    event = only(code("A court in Tashkent dissolved the human rights organisation Ezgulik."), "COERCE")
    assert event.mode == "restrict"


def test_kin_of_the_kidnapped_are_people_freed(code):
    assert only(code("Boko Haram freed the daughter of a local chief."), "RETREAT").mode == "release"


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab handed the captives to the Red Cross in Mogadishu.",
        "Rebels released twelve soldiers on Monday, handing them to the ICRC.",
    ],
)
def test_captives_handed_to_a_go_between_are_released_not_aided(code, text):
    events = code(text)
    assert "AID" not in [e.event for e in events]
    assert only(events, "RETREAT").mode == "release"


def test_a_stunt_to_protest_is_a_protest(code):
    text = "Students chained themselves to the gates of the ministry in Seoul to protest against the reform."
    assert [e.event for e in code(text)] == ["PROTEST"]


def test_police_freezing_assets_at_home_seize_them(code):
    event = only(code("Police in Minsk froze the bank accounts of the independent news site."), "COERCE")
    assert event.mode == "seize"
    assert countries(event.actor) == ["BLR"]


def test_a_state_freezing_foreign_assets_still_sanctions(code):
    only(code("Britain froze the assets of three Russian banks."), "SANCTION")


def test_the_cup_of_nations_is_sport(code):
    text = "Morocco's Atlas Lions attacked throughout the second half of the Africa Cup of Nations semi-final."
    assert code(text) == []

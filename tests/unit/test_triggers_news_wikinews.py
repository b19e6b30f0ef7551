"""Trigger rows added after a review of general world news (wikinews 2019-2020): verbal attacks,
terrorist designations, unsealed charges, impeachments, condolences,
reopened borders and stepped-up cooperation. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # ACCUSE: speaking out, verbal attacks "as" something, labels, unsealed charges
        ("Greece's foreign minister spoke out against the Turkish drilling plan.", "ACCUSE", ["GRC"], ["TUR"]),
        ("The Kremlin attacked the British report as a fabrication.", "ACCUSE", ["RUS"], ["GBR"]),
        ("Beijing labelled the Dalai Lama as a separatist.", "ACCUSE", ["CHN"], []),
        ("Washington unsealed charges against three Russian intelligence officers.", "ACCUSE", ["USA"], ["RUS"]),
        ("South Korea's parliament impeached President Park Geun-hye.", "ACCUSE", ["KOR"], ["KOR"]),
        # SANCTION: sanctions levied, terrorist designations, revoked status
        ("Washington levied sanctions against two Iranian generals.", "SANCTION", ["USA"], ["IRN"]),
        ("The US designated Iran's Revolutionary Guards as a foreign terrorist organization.",
         "SANCTION", ["USA"], ["IRN"]),
        ("Washington revoked Hong Kong's special trade status.", "SANCTION", ["USA"], ["HKG"]),
        # CONCEDE: a border reopened to a neighbour
        ("Algeria reopened its border with Tunisia.", "CONCEDE", ["DZA"], ["TUN"]),
        # SUPPORT: condolences and sympathy to another country
        ("Japan's prime minister offered his condolences to Turkey after the earthquake.",
         "SUPPORT", ["JPN"], ["TUR"]),
        ("The Chinese foreign ministry expressed condolences to Indonesia over the plane crash.",
         "SUPPORT", ["CHN"], ["IDN"]),
        # COOPERATE: cooperation stepped up
        ("India and Japan stepped up cooperation in maritime security.", "COOPERATE", ["IND", "JPN"], []),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_an_attack_while_people_slept_stays_an_assault(code):
    events = code("Israeli jets attacked the camp as residents slept.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_condolences_to_families_at_home_are_no_event(code):
    assert not [e for e in code("Prime Minister Narendra Modi offered condolences to the families of the victims.")
                if e.event in ("SUPPORT", "AGREE")]


def test_a_border_reopened_with_no_neighbour_named_is_no_concession(code):
    assert not [e for e in code("Italy reopened its borders after the lockdown.") if e.event == "CONCEDE"]

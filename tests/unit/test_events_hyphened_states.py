"""Two states joined by a hyphen before an act noun are both parties: "the China-Russia joint
military exercises", "the U.S.-south Korea joint military exercises" (KCNA's spelling, whose
hyphen after "U.S." the tokenizer now splits). The judged KCNA events had such drills coded as
one state's MOBILIZE. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize(("text", "actor"), [
    ("The China-Russia joint military exercises began in the Sea of Japan on Monday.", ["CHN", "RUS"]),
    ("The U.S.-south Korea joint military exercises began on Monday.", ["KOR", "USA"]),
    ("The US-South Korea joint military exercises began on Monday.", ["KOR", "USA"]),
])
def test_joint_drills_of_hyphened_states_are_cooperation(code, text, actor):
    assert_coded(code(text), "COOPERATE", actor, [])


def test_a_hyphened_pair_is_the_target_of_a_denunciation(code):
    assert_coded(code("KCNA slammed the U.S.-south Korea joint military drills as a rehearsal for war."),
                 "ACCUSE", ["PRK"], ["KOR", "USA"])


def test_a_state_leading_a_coalition_is_not_its_partner(nlp):
    words = [t.text for t in nlp("The U.S.-led coalition struck Mosul.")]
    assert words[:4] == ["The", "U.S.", "-", "led"]

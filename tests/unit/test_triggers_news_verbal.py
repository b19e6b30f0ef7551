"""Verbal-event phrasings found missing or miscoded while reading wire and state-media copy:
messages and greetings received or sent, thanks and support extended, opposition and resentment
voiced, pressure put on a government. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a message or congratulations received: the sender acts (was coded as a visit)
        ("Kim Jong Un received a congratulatory message from the sultan of Oman on Monday.",
         "SUPPORT", ["OMN"], ["PRK"]),
        ("The Cuban president received congratulations from the Vietnamese leader on the anniversary.",
         "SUPPORT", ["VNM"], ["CUB"]),
        ("Kim Jong Il received a letter from Russian President Dmitry Medvedev.", "SUPPORT", ["RUS"], ["PRK"]),
        ("Kim Jong Un received a gift from the visiting commander of the Russian army.",
         "SUPPORT", ["RUS"], ["PRK"]),
        # greetings and wreaths sent are gestures, not aid
        ("Kim Jong Un sent greetings to the Cuban president on the national day.",
         "SUPPORT", ["PRK"], ["CUB"]),
        ("The Chinese embassy sent a wreath to the funeral of the Vietnamese leader.",
         "SUPPORT", ["CHN"], ["VNM"]),
        ("Chinese organizations sent floral baskets to the North Korean embassy in Beijing.",
         "SUPPORT", ["CHN"], ["PRK"]),
        # support and thanks extended or expressed
        ("The Laotian party extended full support to North Korea's stand on reunification.",
         "SUPPORT", ["LAO"], ["PRK"]),
        ("The Syrian minister expressed deep thanks to China for its help.", "SUPPORT", ["SYR"], ["CHN"]),
        ("Vietnam extended thanks to Japan for the rice shipments.", "SUPPORT", ["VNM"], ["JPN"]),
        # "threw its support behind" is no assault, "gave the green light" no aid
        ("France threw its support behind Germany's candidate for the post.", "SUPPORT", ["FRA"], ["DEU"]),
        ("Turkey gave the green light to Sweden's membership bid.", "SUPPORT", ["TUR"], ["SWE"]),
        # criticism and blame
        ("Japan's foreign minister took issue with South Korea over the disputed islets.",
         "ACCUSE", ["JPN"], ["KOR"]),
        ("Rallies in Seoul expressed resentment at the United States over the shooting.",
         "ACCUSE", ["KOR"], ["USA"]),
        # opposition voiced and proposals dismissed
        ("China voiced strong opposition to the arms sale to Taiwan.", "REJECT", ["CHN"], ["TWN"]),
        ("Moscow poured cold water on the Ukrainian peace proposal.", "REJECT", ["RUS"], ["UKR"]),
        # pressure put on a government
        ("Washington put pressure on Israel to allow more aid into Gaza.", "REQUEST", ["USA"], ["ISR"]),
        ("The European Union stepped up pressure on Belarus to free political prisoners.",
         "REQUEST", ["IGO"], ["BLR"]),
        ("Washington exerted pressure on Seoul to drop the plan.", "REQUEST", ["USA"], ["KOR"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_an_olive_branch_extended_is_an_offer(code):
    event = only(code("The Sudanese general extended an olive branch to the rebels."), "AGREE")
    assert countries(event.actor) == ["SDN"]
    event = only(code("Kyiv held out an olive branch to Moscow on Friday."), "AGREE")
    assert (countries(event.actor), countries(event.recipient)) == (["UKR"], ["RUS"])


@pytest.mark.parametrize(
    "text",
    [
        # market pressure is no request
        "Japan's widening trade surplus put pressure on the yen.",
        "Rising rates put pressure on British banks.",
        "The finance ministry put pressure on exporters to cut prices.",
        # a wreath with no foreign recipient is no act between states
        "The Japanese prime minister sent a wreath to the Yasukuni shrine.",
    ],
)
def test_no_event(code, text):
    assert code(text) == []

"""Material-event phrasings found missing in wire and state-media reports: crowds chanting
slogans, sit-ins, airspace closures, cut supplies, forces entering another country, ships
tailing warships, fighters taking control of a town, vaccine shipments, contributions and
loans, captives sent back and freed aid workers. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "mode", "actor", "recipient"),
    [
        # PROTEST
        ("Chinese students shouted anti-Japanese slogans outside the Japanese embassy.",
         "PROTEST", "demo", ["CHN"], ["JPN"]),
        ("Hundreds of South Korean students staged a sit-in outside the Japanese embassy.",
         "PROTEST", "demo", ["KOR"], ["JPN"]),
        # SANCTION
        ("Canada closed its airspace to Russian aircraft on Sunday.", "SANCTION", "discontinue", ["CAN"], ["RUS"]),
        ("Moscow cut gas supplies to Bulgaria on Wednesday.", "SANCTION", "discontinue", ["RUS"], ["BGR"]),
        # MOBILIZE
        ("Turkish troops entered northern Syria on Wednesday.", "MOBILIZE", "troops", ["TUR"], ["SYR"]),
        ("A Chinese warship tailed an American destroyer through the Taiwan Strait.",
         "MOBILIZE", "weapons", ["CHN"], ["USA"]),
        # AID
        ("Japan shipped two million vaccine doses to Vietnam.", "AID", None, ["JPN"], ["VNM"]),
        ("The European Union granted a loan of two billion euros to Moldova.", "AID", None, ["IGO"], ["MDA"]),
        # RETREAT
        ("North Korea sent back six South Korean fishermen on Tuesday.", "RETREAT", "release", ["PRK"], ["KOR"]),
        ("Mali released a German aid worker held since April.", "RETREAT", "release", ["MLI"], ["DEU"]),
    ],
)
def test_news_phrasing(code, text, category, mode, actor, recipient):
    event = only(code(text), category)
    assert event.mode == mode
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Islamist fighters took control of the town of Palma in Mozambique.", "ASSAULT"),
        ("Japan contributed ten million dollars to the UN refugee agency.", "AID"),
    ],
)
def test_news_phrasing_category(code, text, category):
    assert [e.event for e in code(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan closed its airspace on Wednesday morning.",
        "Indian troops entered the centre of Srinagar on Monday.",
        "Britain entered a recession in the third quarter.",
        "Rising prices contributed to the fall in Brazil's exports.",
        "Saudi Arabia will cut oil supplies to its customers next month.",
        "The ministry sent back the letter unopened.",
        "The army and people of the country demonstrated their might to the world.",
        "The Korean people rallied around their leader.",
    ],
)
def test_news_phrasing_without_an_event(code, text):
    assert code(text) == []

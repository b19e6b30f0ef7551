"""Political parties (data/parties.tsv): their names, their country, and whether they governed on the day."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import load_kb
from detente.actors.kb import ACTOR
from detente.actors.resolve import choose_record
from tests.unit.test_events_extract import countries, only


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("written, code", [
    ("Bangladesh Nationalist Party", "BGD"), ("Awami League", "BGD"), ("Jamaat-e-Islami", "BGD"),
    ("Jamaat-e-Islami Pakistan", "PAK"), ("BJP", "IND"), ("Indian National Congress", "IND"), ("PML-N", "PAK"),
    ("Pakistan Tehreek-e-Insaf", "PAK"), ("KMT", "TWN"), ("LDP", "JPN"),
    ("Democratic Party of Korea", "KOR"), ("National League for Democracy", "MMR"), ("AKP", "TUR"),
    ("CHP", "TUR"), ("Likud", "ISR"), ("Ennahda", "TUN"), ("ANC", "ZAF"), ("ZANU-PF", "ZWE"), ("MDC", "ZWE"),
    ("ODM", "KEN"), ("SPD", "DEU"), ("CDU", "DEU"), ("AfD", "DEU"), ("Georgian Dream", "GEO"),
    ("United Russia", "RUS"), ("Democratic Party", "USA"), ("Labour Party", "GBR"), ("PSUV", "VEN"),
])
def test_parties_have_their_country(kb, written, code):
    entry = kb.lookup(written)
    assert entry is not None and entry.kind == ACTOR and entry.countries[0] == code
    assert all(r.role == "party" for r in entry.records)


def test_ambiguous_acronyms_are_left_out(kb):
    for written in ("BNP", "PTI", "PPP", "NPP", "NDC", "APC", "DPP"):
        entry = kb.lookup(written)
        assert entry is None or all(r.role != "party" for r in entry.records), written
    assert kb.lookup("Labour") is None or kb.lookup("Labour").kind != ACTOR


@pytest.mark.parametrize("written, date, sector", [
    ("BJP", dt.date(2010, 6, 1), "OPP"), ("BJP", dt.date(2020, 6, 1), "PTY"),
    ("Awami League", dt.date(2015, 1, 1), "PTY"), ("Awami League", dt.date(2025, 1, 1), "OPP"),
    ("Kuomintang", dt.date(2012, 1, 1), "PTY"), ("Kuomintang", dt.date(2020, 1, 1), "OPP"),
    ("Conservative Party", dt.date(2016, 1, 1), "PTY"), ("Conservative Party", dt.date(2025, 1, 1), "OPP"),
])
def test_sector_follows_the_period_in_government(kb, written, date, sector):
    record, _ = choose_record(kb.lookup(written).records, date)
    assert record.sector == sector


def test_longer_names_win_over_the_bare_ones(kb):
    spans = kb.name_spans("South Korea's Democratic Party and the Democratic Party of Japan met.")
    assert [entry.countries[0] for _, _, entry in spans] == ["KOR", "JPN"]


@pytest.mark.parametrize(("text", "category", "actor", "recipient"), [
    ("Jamaat-e-Islami supporters clashed with police in Dhaka.", "PROTEST", [("BGD", "OPP")], [("BGD", "COP")]),
    ("The Bangladesh Nationalist Party called a nationwide general strike on Sunday.", "PROTEST",
     [("BGD", "OPP")], []),
    ("The Democratic Party of Korea criticized the People Power Party.", "ACCUSE", [("KOR", "OPP")],
     [("KOR", "PTY")]),
])
def test_party_events_get_the_party_country(code, text, category, actor, recipient):
    """The `code` fixture codes as of 2023-06-01: BNP and Minjoo in opposition, PPP governing."""
    event = only(code(text), category)
    assert [(e.country, e.sector) for e in event.actor] == actor
    assert [(e.country, e.sector) for e in event.recipient] == recipient
    assert countries(event.actor) == [a[0] for a in actor]

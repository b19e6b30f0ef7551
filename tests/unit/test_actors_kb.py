"""The knowledge base: bundled tables, users' tables, PETRARCH dictionaries, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import load_kb
from detente.actors.kb import ACTOR, ADJECTIVE, CAPITAL, COUNTRY, normalize, parse_date, read_actor_table
from detente.actors.petrarch import read_petrarch, split_code
from tests.conftest import shared_file

UN_MEMBERS_SAMPLE = ("AFG", "BRA", "CHN", "FJI", "KIR", "PRK", "KOR", "RUS", "SSD", "TUV", "USA", "VUT", "ZWE")


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_state_has_names_adjectives_and_is_matched(kb):
    assert len(kb.countries) >= 196  # 193 members, 2 observers, Taiwan, Kosovo
    for code in UN_MEMBERS_SAMPLE:
        assert code in kb.countries
    adjectives = {e.countries[0] for e in kb.names.values() if e.kind == ADJECTIVE}
    assert set(kb.countries) - adjectives == set()


@pytest.mark.parametrize("written, kind, code", [
    ("U.S.", COUNTRY, "USA"), ("US", COUNTRY, "USA"), ("America", COUNTRY, "USA"), ("UK", COUNTRY, "GBR"),
    ("DPRK", COUNTRY, "PRK"), ("N. Korea", COUNTRY, "PRK"), ("ROK", COUNTRY, "KOR"), ("PRC", COUNTRY, "CHN"),
    ("UAE", COUNTRY, "ARE"), ("North Korean", ADJECTIVE, "PRK"), ("Filipinos", ADJECTIVE, "PHL"),
    ("Pyongyang", CAPITAL, "PRK"), ("Seoul", CAPITAL, "KOR"), ("the Blue House", ACTOR, "KOR"),
    ("Downing Street", CAPITAL, "GBR"), ("the Pentagon", ACTOR, "USA"), ("Zhongnanhai", ACTOR, "CHN"),
    ("KCNA", ACTOR, "PRK"), ("Rodong Sinmun", ACTOR, "PRK"), ("Xinhua", ACTOR, "CHN"), ("Yonhap", ACTOR, "KOR"),
    ("RIA Novosti", ACTOR, "RUS"), ("NATO", ACTOR, "IGO"), ("IAEA", ACTOR, "IGO"), ("Red Cross", ACTOR, "NGO"),
    ("Congo", COUNTRY, "COD"), ("Congo-Brazzaville", COUNTRY, "COG"), ("Republic of Congo", COUNTRY, "COG"),
])
def test_names_reporters_use(kb, written, kind, code):
    entry = kb.lookup(written)
    assert entry is not None and entry.kind == kind and entry.countries[0] == code


def test_acronyms_match_only_as_written(kb):
    assert kb.lookup("US") is not None
    assert kb.lookup("us") is None
    assert kb.lookup("who") is None and kb.lookup("WHO") is not None


def test_normalize_keeps_length_for_offsets():
    for text in ("Kim Jong-un’s", "İstanbul talks", "North Korea"):
        assert len(normalize(text)) == len(text)


def test_partial_dates_cover_the_whole_period():
    assert parse_date("2017-05") == dt.date(2017, 5, 1)
    assert parse_date("2017-02", end=True) == dt.date(2017, 2, 28)
    assert parse_date("2012", end=True) == dt.date(2012, 12, 31)
    assert parse_date("") is None


def test_office_holder_rows_are_read_with_their_dates(tmp_path):
    table = tmp_path / "office_holders" / "heads.tsv"
    table.parent.mkdir()
    table.write_text(
        "# source: test rows written for this test\n"
        "name\taliases\tcountry\tsector\trole\tstart\tend\n"
        "Vladimir Putin\tPutin|V. Putin\tRUS\tGOV\tPrime Minister\t2008-05-08\t2012-05\n"
        "Vladimir Putin\tPutin\tRUS\tGOV\tPresident\t2012-05-07\t\n", encoding="utf-8")
    rows = read_actor_table(table, is_office_table=True)
    assert [r.role for r in rows] == ["Prime Minister", "President"]
    assert rows[0].end == dt.date(2012, 5, 31) and rows[1].end is None
    assert rows[0].names == ("Vladimir Putin", "Putin", "V. Putin")
    assert rows[0].active_on(dt.date(2010, 1, 1)) and not rows[1].active_on(dt.date(2010, 1, 1))


def test_bad_user_table_names_the_line(tmp_path):
    table = tmp_path / "mine.tsv"
    table.write_text("name\taliases\tcountry\tsector\trole\tstart\tend\nJane Roe\t\tFRA\tGOV\tMinister\t20x1\t\n",
                     encoding="utf-8")
    with pytest.raises(ValueError, match="mine.tsv:2"):
        load_kb([table])


def test_user_table_adds_people_and_sector_words(tmp_path):
    people = tmp_path / "people.tsv"
    people.write_text("name\taliases\tcountry\tsector\trole\tstart\tend\n"
                      "Amara Okafor\tMinister Okafor\tNGA\tGOV\tForeign Minister\t2031-01-01\t\n", encoding="utf-8")
    words = tmp_path / "words.tsv"
    words.write_text("term\tsector\tweight\trole\nfrogmen\tMIL\tstrong\t\n", encoding="utf-8")
    kb = load_kb([people, words])
    entry = kb.lookup("Amara Okafor")
    assert entry is not None and entry.records[0].country == "NGA" and entry.records[0].is_person
    assert kb.sectors.term("frogmen").sector == "MIL"
    assert load_kb().lookup("Amara Okafor") is None


def test_user_row_replaces_what_a_name_meant(tmp_path):
    table = tmp_path / "override.tsv"
    table.write_text("name\taliases\tcountry\tsector\trole\tstart\tend\nKCNA\t\tPRK\tGOV\tagency\t\t\n",
                     encoding="utf-8")
    entry = load_kb([table]).lookup("KCNA")
    assert [(r.country, r.sector) for r in entry.records] == [("PRK", "GOV")]


def test_petrarch_dictionary_format(tmp_path):
    path = tmp_path / "mine.actors"
    path.write_text(
        "# made-up entries in the PETRARCH format\n"
        "ARDENT_PERSON_  # a person with two offices\n"
        "+A._PERSON_\n"
        "\t[XYZGOV 090501-101031]\n"
        "\t[XYZMIL >101101]\n"
        "RURITANIA_  [RUR]\n"
        "+RURITANIAN_\n"
        "!PERSON! = MAN, MEN\n"
        "DAIRY_!PERSON! [~AGR]\n"
        "RADIO_STATION [~MED]\n", encoding="utf-8")
    records, terms = read_petrarch(path)
    person = [r for r in records if r.name == "Ardent Person"]
    assert [(r.sector, r.start, r.end) for r in person] == [
        ("GOV", dt.date(2009, 5, 1), dt.date(2010, 10, 31)), ("MIL", dt.date(2010, 11, 1), None)]
    assert person[0].names == ("Ardent Person", "A. Person")
    assert [r.country for r in records if r.name == "Ruritania"] == ["RUR"]
    assert terms["dairy man"].sector == "AGR" and terms["dairy men"].sector == "AGR"
    assert terms["radio station"].sector == "JRN"  # CAMEO's MED is PLOVER's JRN


def test_cameo_codes_split_into_country_and_sector():
    assert split_code("PRKGOVBUS") == ("PRK", "GOV")
    assert split_code("IGOUNO") == ("IGO", None)
    assert split_code("~HLH") == (None, "MED")
    assert split_code("USA") == ("USA", None)


def test_shared_petrarch_dictionaries_import():
    countries = shared_file("reference/petrarch2/Phoenix.Countries.actors.txt")
    kb = load_kb([countries])
    entry = kb.lookup("Kim Jong Il")
    assert entry is not None
    assert {r.country for r in entry.records} == {"PRK"}
    assert any(r.start == dt.date(2004, 12, 1) for r in entry.records)
    agents = shared_file("reference/petrarch2/Phoenix.agents.txt")
    assert load_kb([agents]).sectors.term("peasant").sector == "AGR"


@pytest.mark.parametrize("written, code", [
    ("OPCW", "IGO"), ("Organisation for the Prohibition of Chemical Weapons", "IGO"), ("IOC", "IGO"),
    ("Frontex", "IGO"), ("UN human rights office", "IGO"), ("Norwegian Refugee Council", "NGO"),
])
def test_international_bodies_of_the_news(kb, written, code):
    entry = kb.lookup(written)
    assert entry is not None and entry.countries[0] == code

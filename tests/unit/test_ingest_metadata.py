"""metadata: date lines, bylines, datelines, titles, URL dates and the choice of `published`."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.ingest import clean_article
from detente.ingest.metadata import (
    Head,
    HeadLine,
    PartialDate,
    choose_published,
    date_from_url,
    normalize_date,
    parse_byline,
    parse_date_line,
    parse_dateline,
    read_head,
)
from detente.records import Article


@pytest.mark.parametrize("line, expected", [
    ("Friday, January 4, 2019", PartialDate(2019, 1, 4)),
    ("Jun 25 2018, 11:15am", PartialDate(2018, 6, 25)),
    ("Published: Tuesday, March 12, 2019 at 9:40 a.m. ET", PartialDate(2019, 3, 12)),
    ("Updated 3 Sept. 2020 14:05 GMT", PartialDate(2020, 9, 3)),
    ("2017-11-29", PartialDate(2017, 11, 29)),
    ("25th of December 2016", PartialDate(2016, 12, 25)),
    ("Posted on Feb 29", PartialDate(None, 2, 29)),
    ("Last modified on Tue 25 Jun 2018 11.15 BST", PartialDate(2018, 6, 25)),
])
def test_date_lines(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize("line", [
    "May 5 protesters gathered outside the embassy.",
    "June 31, 2019",
    "The talks ended on January 4, 2019.",
    "12/06/2018",
    "Kim Jong Un Inspects Artillery Drill",
])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize("line, expected", [
    ("By Jane Doe", ("Jane Doe", None)),
    ("By JANE DOE and Omar al Rashid", ("JANE DOE and Omar al Rashid", None)),
    ("By Jane Doe, Reuters", ("Jane Doe, Reuters", None)),
    ("By Jane Doe | June 25, 2018", ("Jane Doe", PartialDate(2018, 6, 25))),
])
def test_bylines(line, expected):
    assert parse_byline(line) == expected


def test_name_and_agency_is_a_byline_only_before_a_date_line():
    date_line = [HeadLine("Jun 25 2018, 11:15am", True)]
    assert parse_byline("Jane Doe, Reuters", date_line) == ("Jane Doe, Reuters", None)
    assert parse_byline("Jane Doe, Reuters", [HeadLine("Markets fell sharply.", True)]) is None


@pytest.mark.parametrize("line", [
    "By Monday, the troops had withdrawn from the town.",
    "By the end of the talks both sides had agreed.",
    "By March the ceasefire had collapsed",
])
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize("line, place, date, agency", [
    ("SEOUL, Dec 3 (Reuters) - North Korea fired", "SEOUL", PartialDate(None, 12, 3), "Reuters"),
    ("PYONGYANG, January 5 (KCNA) -- Kim Jong Un", "PYONGYANG", PartialDate(None, 1, 5), "KCNA"),
    ("WASHINGTON (AP) — The Pentagon said", "WASHINGTON", None, "AP"),
    ("NEW YORK, June 25, 2018 (Reuters) - Oil prices", "NEW YORK", PartialDate(2018, 6, 25), "Reuters"),
    ("Kabul, Jan. 5 (AFP) - Taliban fighters", "Kabul", PartialDate(None, 1, 5), "AFP"),
    ("(Reuters) - North Korea fired", None, None, "Reuters"),
])
def test_datelines(line, place, date, agency):
    found_place, found_date, found_agency, used = parse_dateline(line)
    assert (found_place, found_date, found_agency) == (place, date, agency)
    assert line[used:][:1].isupper()


@pytest.mark.parametrize("line", [
    "North Korea - the isolated state - fired again.",
    "Officials said the talks - held in secret - had failed.",
    "Kim Jong Un, supreme commander of the army, inspected a drill.",
    "June 5 - the day the talks collapsed - was a Tuesday.",
    "Taiwan - China talks resumed on Monday.",
])
def test_not_datelines(line):
    assert parse_dateline(line)[0] is None


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.com/world/2018/06/25/korea-talks", PartialDate(2018, 6, 25)),
    ("http://www.kcna.co.jp/item/2011/201112/2011-12-01ee.html", PartialDate(2011, 12, 1)),
    ("https://example.org/2019/01/kim-inspects-drill", None),
    ("https://example.org/story/2018-13-45", None),
    (None, None),
])
def test_url_dates(url, expected):
    assert date_from_url(url) == expected


def test_title_then_byline_then_date_line():
    head = read_head([HeadLine("Iran and Oman hold talks on shipping lanes", True),
                      HeadLine("By Jane Doe", False), HeadLine("Jun 25 2018, 11:15am", True),
                      HeadLine("MUSCAT, June 25 (Reuters) - Iran and Oman held talks on Monday.", True)])
    assert (head.title, head.byline, head.byline_date, head.lines_used) == (
        "Iran and Oman hold talks on shipping lanes", "Jane Doe", PartialDate(2018, 6, 25), 3)
    assert (head.dateline, head.agency, head.body_skip) == ("MUSCAT", "Reuters", len("MUSCAT, June 25 (Reuters) - "))


def test_hard_wrapped_first_line_is_not_a_title():
    head = read_head([HeadLine("Standard Oil Co and BP North America", False),
                      HeadLine("Inc said they plan to form a venture to manage the money market", False)])
    assert (head.title, head.lines_used) == (None, 0)


def test_wrapped_first_line_equal_to_the_title_is_still_body():
    lines = [HeadLine("Final 1986 crop U.S. cotton ginnings", False),
             HeadLine("totaled 9.4 mln running bales, the Census Bureau said.", True)]
    assert read_head(lines, known_titles=["FINAL 1986 CROP U.S. COTTON GINNINGS"]).lines_used == 0


def test_known_title_is_only_taken_when_repeated():
    lines = [HeadLine("Gifts to Kim Jong Il", True), HeadLine("They are gifts presented by a delegation.", True)]
    assert read_head(lines, known_titles=["Gifts to Kim Jong Il"]).lines_used == 1
    assert read_head(lines, known_titles=["Presents from abroad"]).lines_used == 0


@pytest.mark.parametrize("value, expected", [
    ("2018-06-25", dt.date(2018, 6, 25)),
    ("2018-06-25T23:15:00-05:00", dt.date(2018, 6, 25)),
    ("June 25, 2018 11:15", dt.date(2018, 6, 25)),
    ("June 25", None),
    ("yesterday", None),
    ("", None),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_published_comes_from_the_best_source():
    head = Head(byline_date=PartialDate(2018, 6, 24), text_date=PartialDate(2018, 6, 23),
                dateline_date=PartialDate(None, 6, 22))
    url = "https://example.com/2018/06/21/story"
    assert choose_published("2018-06-26T01:00:00Z", "2018-06-25", head, url) == ("2018-06-26", "given")
    assert choose_published("not a date", "2018-06-25", head, url) == ("2018-06-25", "metadata")
    assert choose_published(None, None, head, url) == ("2018-06-24", "byline")
    dateline_and_text = Head(dateline_date=PartialDate(None, 6, 22), text_date=PartialDate(2018, 6, 23))
    assert choose_published(None, None, dateline_and_text, url) == ("2018-06-22", "dateline")
    assert choose_published(None, None, Head(text_date=PartialDate(2018, 6, 23)), url) == ("2018-06-23", "text")
    assert choose_published(None, None, Head(), url) == ("2018-06-21", "url")
    assert choose_published(None, None, Head(), None) == (None, None)


def test_a_yearless_dateline_never_invents_a_year():
    assert choose_published(None, None, Head(dateline_date=PartialDate(None, 12, 3)), None) == (None, None)


def test_a_yearless_dateline_near_new_year_takes_the_previous_year():
    head = Head(dateline_date=PartialDate(None, 12, 31), text_date=PartialDate(2019, 1, 2))
    assert choose_published(None, None, head, None) == ("2018-12-31", "dateline")


def test_url_date_when_the_text_has_none():
    article = Article("u", "Saudi Arabia and Qatar restored diplomatic ties on Tuesday, officials said.",
                      url="https://example.com/middle-east/2021/01/05/gulf-ties")
    clean = clean_article(article)
    assert (clean.published, clean.published_basis) == ("2021-01-05", "url")

"""metadata: date lines, bylines, datelines, titles, URL dates and the choice of `published`."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.ingest import clean_article
from detente.ingest.metadata import (
    Head,
    HeadLine,
    PartialDate,
    author_names,
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
    ("Wednesday 9 March 2016 14.20 GMT", PartialDate(2016, 3, 9)),
    ("Tue Mar 2 2021", PartialDate(2021, 3, 2)),
    ("Updated: April 14, 2019 - 07:40 GMT", PartialDate(2019, 4, 14)),
    ("Published: 11:05 BST, 14 July 2015", PartialDate(2015, 7, 14)),
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
    ("By Ana Ruiz and Tom Hale | Jul 8 2024, 4:05pm", ("Ana Ruiz and Tom Hale", PartialDate(2024, 7, 8))),
    ("By Ana Ruiz and Tom Hale | Tue Mar 2 2021", ("Ana Ruiz and Tom Hale", PartialDate(2021, 3, 2))),
    ("by Ana Ruiz, United Nations", ("Ana Ruiz, United Nations", None)),
    ("By Ana Ruiz, Madrid correspondent", ("Ana Ruiz, Madrid correspondent", None)),
    ("By Ana Ruiz, Reuters | 5 March 2019", ("Ana Ruiz, Reuters", PartialDate(2019, 3, 5))),
    ("by Ana Ruiz in Madrid and Tom Hale in Lisbon", ("Ana Ruiz in Madrid and Tom Hale in Lisbon", None)),
    ("Posted by Ana Ruiz on June 25, 2018", ("Ana Ruiz", PartialDate(2018, 6, 25))),
    ("By Ana Ruiz | 4 min read | June 25, 2018", ("Ana Ruiz", PartialDate(2018, 6, 25))),
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
    "By Friday the two sides had agreed to a truce",
    "by the time the talks ended",
    "By Ana Ruiz, who covered the talks in Doha for a decade.",
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
    ("CAIRO/KHARTOUM, March 2 (Reuters) - Egypt and", "CAIRO/KHARTOUM", PartialDate(None, 3, 2), "Reuters"),
    ("BRUSSELS/KYIV, Nov 2 - The European Union", "BRUSSELS/KYIV", PartialDate(None, 11, 2), None),
    ("RIYADH/DUBAI (AFP) - Saudi Arabia", "RIYADH/DUBAI", None, "AFP"),
    ("Moscow, 3 March (AFP) - Russia", "Moscow", PartialDate(None, 3, 3), "AFP"),
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
    "Israel/Gaza - the war entered its second month.",
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


def head(*texts: str) -> list[HeadLine]:
    """Lines each standing alone, as the head of a scraped page gives them."""
    return [HeadLine(text, True) for text in texts]


def test_site_name_and_section_label_are_not_the_title():
    lines = head("The Harbour Courier", "WORLD | ASIA", "Japan and Philippines sign a troop pact",
                 "By Ana Ruiz | Jul 8 2024, 4:05pm", "MANILA (AP) - Japan and the Philippines signed a pact.")
    found = read_head(lines)
    assert (found.title, found.byline, found.byline_date) == (
        "Japan and Philippines sign a troop pact", "Ana Ruiz", PartialDate(2024, 7, 8))
    assert (found.lines_used, found.dateline, found.agency) == (4, "MANILA", "AP")


def test_a_short_label_in_capitals_never_wins_over_a_headline():
    found = read_head(head("Asia Monitor", "SECURITY", "Kim visits Beijing",
                           "PYONGYANG (KCNA) - Kim Jong Un left for Beijing on Monday."))
    assert (found.title, found.lines_used) == ("Kim visits Beijing", 3)


def test_a_date_line_above_the_byline_is_a_text_date_and_one_below_is_the_bylines():
    above = read_head(head("Iran and Oman hold talks", "Published: June 3, 2018 - 10:00 GMT", "By Ana Ruiz",
                           "Iran and Oman held talks on shipping on Sunday, officials said."))
    below = read_head(head("Iran and Oman hold talks", "by Ana Ruiz, Muscat", "Sunday 3 June 2018 10.00 BST",
                           "Iran and Oman held talks on shipping on Sunday, officials said."))
    assert (above.text_date, above.byline_date, above.lines_used) == (PartialDate(2018, 6, 3), None, 3)
    assert (below.text_date, below.byline_date, below.byline) == (None, PartialDate(2018, 6, 3), "Ana Ruiz, Muscat")
    alone = read_head(head("Sunday, June 3, 2018", "Iran and Oman held talks on shipping on Sunday, officials said."))
    assert (alone.text_date, alone.byline_date, alone.lines_used) == (PartialDate(2018, 6, 3), None, 1)


def test_head_lines_without_a_body_line_after_them_are_left_in_the_text():
    found = read_head(head("Kim visits Beijing", "Talks with Xi expected", "Trade on the agenda"))
    assert (found.title, found.lines_used) == (None, 0)


def test_a_known_title_cut_short_still_finds_its_headline():
    lines = head("DIPLOMACY", "Egypt and Sudan agree to coordinate on Nile dam talks with Ethiopia",
                 "Egypt and Sudan agreed on Tuesday to coordinate their positions.")
    found = read_head(lines, known_titles=["Egypt and Sudan agree to coordinate on Nile dam talks"])
    assert (found.title, found.lines_used) == (lines[1].text, 2)
    assert read_head(lines, known_titles=["Egypt and Ethiopia meet"]).lines_used == 0


def test_a_byline_below_head_text_takes_it_all_out_even_when_the_title_differs():
    lines = head("Nile Weekly", "Egypt and Sudan agree to coordinate on dam talks", "By Yasmin Adel | Mar 2 2021",
                 "Egypt and Sudan agreed on Tuesday to coordinate their positions.")
    found = read_head(lines, known_titles=["Cairo and Khartoum join forces"])
    assert (found.title, found.byline, found.lines_used) == (None, "Yasmin Adel", 3)


def test_a_known_title_is_taken_out_whatever_its_shape():
    title = "Nancy Pelosi again elected Speaker as new Congress sworn in"
    lines = head(title, "Nancy Pelosi resumed the office of Speaker of the House on Thursday.")
    assert (read_head(lines, [title]).title, read_head(lines, [title]).lines_used) == (title, 1)
    assert read_head(lines).lines_used == 0  # unknown, it ends like a wrapped line: body


def test_a_body_sentence_opening_with_the_known_title_stays():
    lines = head("Kim Jong Un inspects a firing drill of an artillery unit on the western front.",
                 "He praised the gunners for their accurate fire.")
    assert read_head(lines, ["Kim Jong Un Inspects Artillery Drill"]).lines_used == 0


@pytest.mark.parametrize("author, expected", [
    ("Yasmin Adel; Omar Hassan; Tue Mar", "Yasmin Adel; Omar Hassan"),
    ("Jane Doe; 25 June 2018", "Jane Doe"),
    ("Theresa May", "Theresa May"),
    ("Fri May", None),
    (None, None),
])
def test_author_names(author, expected):
    assert author_names(author) == expected


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

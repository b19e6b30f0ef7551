"""Resolving noun phrases of parsed news sentences to country + sector, in context and on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import Resolver, load_kb

OFFICE_ROWS = (
    "# source: rows written for these tests (dates from the governments' own announcements)\n"
    "name\taliases\tcountry\tsector\trole\tstart\tend\n"
    "Donald Trump\tTrump\tUSA\tGOV\tPresident\t2017-01-20\t2021-01-20\n"
    "Moon Jae-in\tMoon Jae In\tKOR\tGOV\tPresident\t2017-05-10\t2022-05-09\n"
    "Vladimir Putin\tPutin\tRUS\tGOV\tPrime Minister\t2008-05-08\t2012-05-07\n"
    "Vladimir Putin\tPutin\tRUS\tGOV\tPresident\t2012-05-07\t\n"
    "Kim Jong-un\tKim Jong Un\tPRK\tGOV\tSupreme Leader\t2011-12-17\t\n"
    "Kim Yo-jong\tKim Yo Jong\tPRK\tGOV\tVice Department Director\t2014-11\t\n"
    "Ban Ki-moon\t\tIGO\tGOV\tSecretary-General\t2007-01-01\t2016-12-31\n"
)


@pytest.fixture(scope="module")
def resolver(nlp, tmp_path_factory):
    table = tmp_path_factory.mktemp("actors") / "office_holders.tsv"
    table.write_text(OFFICE_ROWS, encoding="utf-8")
    return Resolver(load_kb([table]), nlp)


@pytest.fixture(scope="module")
def bundled(nlp):
    return Resolver(load_kb(), nlp)


def codes(entities):
    return [e.code for e in entities]


@pytest.mark.parametrize("text, context, expected", [
    ("North Korean leader Kim Jong-un", "North Korean leader Kim Jong-un inspected the missile launch.", ["PRKGOV"]),
    ("U.S. Secretary of State Rex Tillerson", "U.S. Secretary of State Rex Tillerson met Wang Yi.", ["USAGOV"]),
    ("Russian Prime Minister Vladimir Putin", "Russian Prime Minister Vladimir Putin visited Minsk.", ["RUSGOV"]),
    ("North Korea's state media", "North Korea's state media called the drills a rehearsal for war.", ["PRKJRN"]),
    ("the South Korean military", "The South Korean military said it fired warning shots.", ["KORMIL"]),
    ("U.S. officials", "U.S. officials said the talks would continue.", ["USAGOV"]),
    ("North and South Korea", "North and South Korea agreed to march together.", ["PRK", "KOR"]),
    ("Pyongyang and Tokyo", "Pyongyang and Tokyo traded accusations.", ["PRKGOV", "JPNGOV"]),
    ("Senior Hungarian and Romanian officials", "Senior Hungarian and Romanian officials agreed to meet.",
     ["HUNGOV", "ROUGOV"]),
    ("the Kremlin", "The Kremlin denied the report.", ["RUSGOV"]),
    ("the Pentagon", "The Pentagon said the drills were defensive.", ["USAMIL"]),
    ("Hamas militants", "Hamas militants fired rockets.", ["PSEREB"]),
    ("NATO troops", "NATO troops joined the exercise.", ["IGOMIL"]),
    ("Kenyan riot police", "Kenyan riot police fired tear gas.", ["KENCOP"]),
    ("opposition lawmakers", "Opposition lawmakers walked out of the chamber.", ["LEG"]),
    ("Former President Park Geun-hye", "Former President Park Geun-hye was jailed.", ["KORELI"]),
    ("Jordanian King Abdullah", "Jordanian King Abdullah met the envoy.", ["JORGOV"]),  # not the Saudi king
    ("ethnic Albanians", "Serb forces killed three ethnic Albanians.", ["CVL"]),  # placed by the coder
    ("Ayman al-Zawahiri", "Ayman al-Zawahiri released a video.", ["IMGREB"]),  # al-Qaeda is transnational
])
def test_phrases_in_context(bundled, text, context, expected):
    assert codes(bundled.resolve_text(text, dt.date(2017, 9, 1), context)) == expected


def test_unknown_names_stay_unresolved(bundled):
    assert bundled.resolve_text("Jane Doe", dt.date(2019, 1, 1), "Jane Doe criticised the decision.") == []
    assert bundled.resolve_text("us", None, "Officials told us the talks failed.") == []


def test_office_held_on_the_article_date(resolver):
    assert codes(resolver.resolve_text("Moon Jae-in", dt.date(2018, 9, 18))) == ["KORGOV"]
    assert codes(resolver.resolve_text("Moon Jae-in", dt.date(2012, 12, 19))) == ["KOR"]
    assert codes(resolver.resolve_text("Donald Trump", dt.date(2022, 6, 1))) == ["USAELI"]
    putin_2010 = resolver.resolve_text("Putin", dt.date(2010, 3, 1), "Putin visited Caracas.")
    assert codes(putin_2010) == ["RUSGOV"] and "Prime Minister" in putin_2010[0].why
    assert "President" in resolver.resolve_text("Putin", dt.date(2019, 3, 1), "Putin visited Caracas.")[0].why


def test_ambiguous_surname_needs_the_article(resolver, nlp, tmp_path):
    alone = resolver.resolve_text("Kim", dt.date(2018, 6, 1), "Kim said the summit went well.")
    assert alone == []  # Kims held office in both Koreas that day
    only_north = tmp_path / "north.tsv"
    only_north.write_text("name\taliases\tcountry\tsector\trole\tstart\tend\n"
                          "Ryom Chol-su\t\tPRK\tGOV\tMinister\t2061-01-01\t\n"
                          "Ryom Kyong-ae\t\tPRK\tGOV\tMinister\t2061-01-01\t\n", encoding="utf-8")
    future = Resolver(load_kb([only_north]), nlp).resolve_text("Ryom", dt.date(2062, 1, 1), "Ryom spoke.")
    assert codes(future) == ["PRKGOV"] and future[0].name is None  # both Ryoms code alike; which one is unknown
    doc = nlp("Kim Yo-jong, the sister of the leader, issued a statement. Kim said Seoul would regret it.")
    actors = resolver.for_document(doc, dt.date(2020, 6, 13))
    later = [t for t in doc if t.text == "Kim"][-1]
    assert [(e.code, e.name) for e in actors.resolve(later)] == [("PRKGOV", "Kim Yo-jong")]


def test_later_mentions_resolve_to_the_person_introduced(bundled, nlp):
    doc = nlp("U.S. Secretary of State Rex Tillerson met Chinese officials in Beijing on Saturday. "
              "Tillerson said the two sides had agreed to keep talking. "
              "He did not say when they would meet again.")
    actors = bundled.for_document(doc, dt.date(2017, 9, 30))
    by_text = {t.text: t for t in doc}
    short = actors.resolve([t for t in doc if t.text == "Tillerson"][-1])
    assert [(e.code, e.name) for e in short] == [("USAGOV", "Rex Tillerson")]
    assert codes(actors.resolve(by_text["He"])) == ["USAGOV"]
    assert codes(actors.resolve(by_text["officials"])) == ["CHNGOV"]


def test_pronoun_left_alone_when_two_people_could_be_meant(bundled, nlp):
    doc = nlp("U.S. President Donald Trump met North Korean leader Kim Jong-un in Singapore. "
              "He called the meeting a success.")
    actors = bundled.for_document(doc, dt.date(2018, 6, 12))
    assert actors.resolve([t for t in doc if t.text == "He"][0]) == []


def test_collectives_and_pairs(bundled, nlp):
    doc = nlp("Officials from Japan met their counterparts from South Korea in Tokyo. "
              "Both countries agreed to share intelligence. The two Koreas will hold talks next week.")
    actors = bundled.for_document(doc, dt.date(2019, 11, 22))
    both = [t for t in doc if t.text == "countries"][0]
    koreas = [t for t in doc if t.text == "Koreas"][0]
    assert sorted(codes(actors.resolve(both))) == ["JPN", "KOR"]
    assert codes(actors.resolve(koreas)) == ["PRK", "KOR"]


def test_definite_role_refers_back(bundled, nlp):
    doc = nlp("Iranian Foreign Minister Mohammad Javad Zarif arrived in Moscow on Monday. "
              "The top diplomat said sanctions had failed.")
    actors = bundled.for_document(doc, dt.date(2019, 12, 30))
    diplomat = [t for t in doc if t.text == "diplomat"][0]
    assert [(e.code, e.name) for e in actors.resolve(diplomat)] == [("IRNGOV", "Mohammad Javad Zarif")]


def test_resolve_returns_conjuncts_of_the_head(bundled, nlp):
    doc = nlp("Russia and China vetoed the resolution on Syria.")
    actors = bundled.for_document(doc, dt.date(2019, 12, 20))
    russia = [t for t in doc if t.text == "Russia"][0]
    assert codes(actors.resolve(russia)) == ["RUS", "CHN"]


def test_every_entity_says_why(bundled):
    for entity in bundled.resolve_text("Chinese state media", dt.date(2020, 1, 1)):
        assert "Chinese" in entity.why and "JRN" in entity.why


def test_a_chain_of_pronouns_keeps_its_referent(bundled, nlp):
    doc = nlp("Pakistani Prime Minister Syed Yusuf Raza Gilani gave an interview on Monday. "
              "He said Pakistan was not getting respect. The interview lasted an hour. "
              "He added that ties would be reviewed.")
    actors = bundled.for_document(doc, dt.date(2011, 12, 5))
    pronouns = [t for t in doc if t.text == "He"]
    assert [codes(actors.resolve(t)) for t in pronouns] == [["PAKGOV"], ["PAKGOV"]]


def test_the_article_is_the_outlet_named_before(bundled, nlp):
    doc = nlp("Rodong Sinmun today carried a signed article on the drills. "
              "The article said the exercises were a rehearsal for invasion.")
    actors = bundled.for_document(doc, dt.date(2011, 12, 1))
    article = [t for t in doc if t.text == "article"][-1]
    assert [(e.code, e.name) for e in actors.resolve(article)] == [("PRKJRN", "Rodong Sinmun")]


@pytest.mark.parametrize("text, context, expected", [
    ("A spokesman for the DPRK Foreign Ministry",
     "A spokesman for the DPRK Foreign Ministry accused the U.S. of escalating tension.", ["PRKGOV"]),
    ("late October", "The talks were held in late October.", []),
    ("the late King Hussein", "The late King Hussein of Jordan signed the treaty.", ["JORELI"]),
])
def test_prepositions_and_modifiers(bundled, text, context, expected):
    assert codes(bundled.resolve_text(text, dt.date(2011, 12, 1), context)) == expected


def test_his_government_is_the_country_of_the_person_meant(bundled, nlp):
    doc = nlp("Ukrainian President Volodymyr Zelenskiy met reporters in Kyiv. "
              "He said his government would not cede territory.")
    actors = bundled.for_document(doc, dt.date(2022, 4, 1))
    government = [t for t in doc if t.text == "government"][0]
    assert codes(actors.resolve(government)) == ["UKRGOV"]


def test_an_outlet_the_tagger_calls_a_person_is_no_referent_for_he(bundled, nlp):
    doc = nlp("Rodong Sinmun said the puppet group was following Washington. "
              "He even pledged to work for the interests of the United States.")
    actors = bundled.for_document(doc, dt.date(2011, 12, 1))
    assert all(e.sector != "JRN" for e in actors.resolve([t for t in doc if t.text == "He"][0]))


@pytest.mark.parametrize(("text", "expected"), [
    ("Rodong Sinmun today carries a commentary on the drills. It urged the U.S. to stop them at once.", ["PRKJRN"]),
    ("The OECD said on Monday that growth would slow. It urged Japan to boost domestic demand.", ["IGOBUS"]),
    ("Japan and South Korea held talks in Seoul. They agreed to share intelligence.", ["JPN", "KOR"]),
])
def test_a_sentence_opening_it_or_they_carries_on_the_subject_before(bundled, nlp, text, expected):
    doc = nlp(text)
    actors = bundled.for_document(doc, dt.date(2011, 12, 1))
    pronoun = [t for t in doc if t.text in ("It", "They")][0]
    assert codes(actors.resolve(pronoun)) == expected


@pytest.mark.parametrize("text", [
    "Angela Merkel spoke in Berlin on Monday. It was her last speech as chancellor.",
    "The bill passed the Senate on Tuesday. It requires the government to cut spending.",
    "China said on Monday that talks would go on. The talks were useful, it said.",
])
def test_it_carries_on_no_person_and_no_thing(bundled, nlp, text):
    doc = nlp(text)
    actors = bundled.for_document(doc, dt.date(2011, 12, 1))
    pronoun = [t for t in doc if t.lower_ == "it"][0]
    assert actors.resolve(pronoun) == []


def test_it_before_a_linking_verb_stands_for_what_follows(bundled, nlp):
    doc = nlp("Rodong Sinmun carried a commentary on Monday. "
              "It is a common desire of the two peoples to establish normal relations.")
    actors = bundled.for_document(doc, dt.date(2011, 12, 1))
    assert actors.resolve([t for t in doc if t.text == "It"][0]) == []


def test_both_countries_are_two_others_than_the_one_that_speaks_to_them(bundled, nlp):
    doc = nlp("The United States and Iran exchanged strikes last week. Iraq's government protested to both countries.")
    actors = bundled.for_document(doc, dt.date(2020, 1, 8))
    assert sorted(codes(actors.resolve([t for t in doc if t.text == "countries"][0]))) == ["IRN", "USA"]


def test_both_countries_after_a_list_of_five_are_left_alone(bundled, nlp):
    doc = nlp("Trump urged Britain, Germany, France, Russia and China to break away from the deal. "
              "Iraq's government protested to both countries.")
    actors = bundled.for_document(doc, dt.date(2020, 1, 8))
    assert actors.resolve([t for t in doc if t.text == "countries"][0]) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Democratic Party of south Korea criticised the policy.", ["KORPTY"]),
    ("The Democratic Party of Japan criticised the plan.", ["JPNPTY"]),
    ("The Democratic Party criticised the plan.", ["USAPTY"]),
])
def test_an_of_phrase_naming_another_country_makes_a_namesake(bundled, nlp, text, expected):
    doc = nlp(text)
    actors = bundled.for_document(doc, dt.date(2012, 6, 1))
    assert codes(actors.resolve([t for t in doc if t.dep_ == "nsubj"][0])) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The Chinese Foreign Ministry issued a statement on Monday. The statement denounced the drills.",
     "statement", ["CHNGOV"]),
    ("Russia said in a statement that the talks had failed. The statement accused Kyiv of sabotage.",
     "statement", ["RUS"]),
    ("The Cuban party sent a message to Kim Jong Un. The message expressed support for the DPRK.",
     "message", ["CUBPTY"]),
])
def test_a_paper_speaks_for_whoever_issued_it_shortly_before(bundled, nlp, text, word, expected):
    doc = nlp(text)
    actors = bundled.for_document(doc, dt.date(2011, 6, 1))
    assert codes(actors.resolve([t for t in doc if t.text == word][-1])) == expected


def test_a_paper_with_no_issuer_before_it_is_no_one(bundled, nlp):
    doc = nlp("The statement denounced the drills.")
    actors = bundled.for_document(doc, dt.date(2011, 6, 1))
    assert actors.resolve([t for t in doc if t.text == "statement"][0]) == []


def test_who_backed_a_paper_did_not_issue_it(bundled, nlp):
    doc = nlp("China and Russia backed the resolution after weeks of talks. "
              "North Korea rejected the resolution as an infringement of its sovereignty.")
    actors = bundled.for_document(doc, dt.date(2017, 8, 6))
    assert actors.resolve([t for t in doc if t.text == "resolution"][-1]) == []

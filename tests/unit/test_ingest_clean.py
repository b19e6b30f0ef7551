"""clean_article: furniture out, real sentences in, offsets back to the raw text."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.ingest import clean_article, read_inputs
from detente.ingest.clean import is_furniture
from detente.records import Article, CleanArticle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def fixture_article(name: str, **fields) -> Article:
    (article,) = read_inputs([FIXTURES / name])
    return Article(**{**article.__dict__, **fields})


def assert_offsets_round_trip(clean: CleanArticle) -> None:
    """Every segment maps back exactly, and all text outside segments is joining whitespace."""
    covered = [False] * len(clean.text)
    for segment in clean.segments:
        a, b = segment.clean_start, segment.clean_start + segment.length
        assert clean.text[a:b] == clean.raw_text[clean.raw_offset(a):clean.raw_offset(b)]
        assert clean.raw_offset(a) == segment.raw_start
        covered[a:b] = [True] * (b - a)
    assert all(clean.text[i] in " \n" for i, inside in enumerate(covered) if not inside)


WIRE_SENTENCES = [
    "North Korea fired two short-range ballistic missiles into the sea off its east coast on Monday, South Korea's "
    "Joint Chiefs of Staff said, days before envoys from both countries were due to meet at the border.",
    "The launches came from an area near the port city of Wonsan and flew about 250 km, the military said in a "
    "statement.",
    "Japan's defence ministry said no debris fell inside its exclusive economic zone.",
    "Tokyo lodged a protest through diplomatic channels in Beijing.",
    "The United States said it was consulting closely with its allies and urged Pyongyang to return to negotiations.",
]
BLOG_SENTENCES = [
    "Foreign ministers of the European Union agreed on Tuesday to release a further 500 million euros in aid for "
    "Ukraine, officials said after a meeting in Brussels.",
    "The Hungarian foreign minister said his government would not block the package but would abstain in the vote.",
    "Russia's foreign ministry condemned the decision and said it would prolong the conflict.",
    "The ministers also discussed new sanctions on Iranian drone makers. A decision is expected next month.",
]
REGIONAL_SENTENCES = [
    "Japan and the Philippines signed a defence agreement on Monday that allows their forces to be deployed on "
    "each other's territory for joint training, officials in Manila said.",
    "China's foreign ministry said military cooperation between countries should not target any third party or harm "
    "regional peace.",
    "The agreement must still be ratified by the Japanese parliament and the Philippine Senate before it takes effect.",
]
WEEKEND_SENTENCES = [
    "Germany and France pledged on Wednesday to give 500 million euros to improve conditions in refugee camps in "
    "Turkey, the two governments said in a joint statement.",
    "Greece asked its European partners to send more border guards to its islands in the Aegean Sea.",
]
BUREAU_SENTENCES = [
    "China and Japan held their first high-level economic dialogue in nine years in Beijing on Sunday and agreed to "
    "work together to defend free trade.",
    "Kono urged Beijing to lift its restrictions on food imports from the area around the Fukushima nuclear plant.",
]
AGENCY_SENTENCES = [
    "Kim Jong Un, supreme commander of the Korean People's Army, inspected a firing drill of a long-range artillery "
    "unit on the western front.",
    "He praised the gunners for their accurate fire and called on them to keep the highest alert posture.",
    "The drill was organized to examine the combat readiness of the unit, KCNA said.",
]


@pytest.mark.parametrize("name, sentences, furniture", [
    ("wire_story_scraped.txt", WIRE_SENTENCES,
     ["Skip to content", "Home | World", "Loading", "Getty", "Support our journalism", "newsletter", "cookies",
      "Follow Min-ji Park", "Related", "Kim Jong Un visits missile factory", "Comments", "Leave a comment",
      "©", "By Min-ji Park", "11:15am", "SEOUL, June 25 (Reuters) -", "North Korea fires two missiles as"]),
    ("blog_post_scraped.txt", BLOG_SENTENCES,
     ["Menu", "Search", "Home World", "{{", "}}", "Photo: Reuters", "Share this", "WhatsApp", "You may also like",
      "EU leaders clash", "Poland recalls", "Comments are closed", "Copyright", "Published:"]),
    ("agency_release_scraped.txt", AGENCY_SENTENCES,
     ["Loading", "PYONGYANG", "Share", "Tweet", "Print", "Image: KCNA", "Be the first", "Copyright",
      "Inspects Artillery Drill"]),
    ("regional_daily_scraped.txt", REGIONAL_SENTENCES,
     ["Harbour Courier", "Log in", "DIPLOMACY", "sign pact allowing", "By Hana", "MANILA (AP)", "ADVERTISEMENT",
      "Explainer", "Manila and Tokyo hold", "Liked this report", "Donate", "post a comment", "Asia Pacific"]),
    ("weekend_edition_scraped.txt", WEEKEND_SENTENCES,
     ["LANTERN", "NEWS  |", "pledge funds for", "by Claire", "14.20", "Photograph", "Most read", "Storm closes",
      "night train", "Since you", "Give today", "Share on", "Comments", "join the conversation"]),
    ("bureau_report_scraped.txt", BUREAU_SENTENCES,
     ["CONTINENTAL", "Africa  Economy", "cookies", "DEVELOPING", "ASIA\n", "hold first high-level", "Updated:",
      "Tokyo bureau", "TOKYO/BEIJING", "(Photo:", "Newsletter", "Never miss", "Join the discussion"]),
])
def test_scraped_text_pages_keep_news_and_lose_furniture(name, sentences, furniture):
    clean = clean_article(fixture_article(name))
    paragraphs = clean.text.split("\n\n")
    for sentence in sentences:
        assert sum(sentence in paragraph for paragraph in paragraphs) == 1, sentence
    for leftover in furniture:
        assert leftover not in clean.text, leftover
    assert_offsets_round_trip(clean)


def test_wire_story_metadata():
    clean = clean_article(fixture_article("wire_story_scraped.txt"))
    assert clean.title == "North Korea fires two missiles as envoys prepare for talks"
    assert clean.byline == "Min-ji Park and Tom Hale, Reuters"
    assert (clean.published, clean.published_basis) == ("2018-06-25", "byline")
    assert (clean.dateline, clean.source) == ("SEOUL", "Reuters")
    assert clean.text.startswith("North Korea fired two")


def test_blog_post_metadata_from_a_date_line():
    clean = clean_article(fixture_article("blog_post_scraped.txt"))
    assert clean.title == "Foreign ministers meet in Brussels over Ukraine aid"
    assert (clean.published, clean.published_basis) == ("2019-03-12", "text")


def test_dateline_without_a_year_takes_it_from_the_url_or_stays_unused():
    with_url = clean_article(fixture_article("agency_release_scraped.txt",
                                             url="https://monitor.example.org/2019/01/kim-inspects-drill"))
    assert (with_url.published, with_url.published_basis, with_url.dateline) == ("2019-01-05", "dateline", "PYONGYANG")
    without = clean_article(fixture_article("agency_release_scraped.txt"))
    assert (without.published, without.published_basis, without.dateline) == (None, None, "PYONGYANG")


@pytest.mark.parametrize("name, title, byline, published, dateline, source", [
    # site name, menu without pipes, section label, then "By A and B | date" and "PLACE (AP) - "
    ("regional_daily_scraped.txt", "Japan and Philippines sign pact allowing troops on each other's soil",
     "Hana Kobayashi and Miguel Santos", ("2024-07-08", "byline"), "MANILA", "AP"),
    # a site name in capitals, "by" in lowercase with places, a date line with weekday and time
    ("weekend_edition_scraped.txt", "Germany and France pledge funds for refugee camps in Turkey",
     "Claire Dubois in Paris and Jonas Weber in Berlin", ("2016-03-09", "byline"), None, None),
    # a banner and a label above the headline, "Updated:" above the byline, places joined by "/"
    ("bureau_report_scraped.txt", "China and Japan hold first high-level economic dialogue in nine years",
     "Kenji Arai, Tokyo bureau", ("2019-04-14", "dateline"), "TOKYO/BEIJING", "Kyodo"),
])
def test_head_zone_of_scraped_pages(name, title, byline, published, dateline, source):
    clean = clean_article(fixture_article(name))
    assert (clean.title, clean.byline) == (title, byline)
    assert (clean.published, clean.published_basis) == published
    assert (clean.dateline, clean.source) == (dateline, source)
    assert clean.text.split(".")[0].count(" ") >= 10  # the text opens on the first body sentence
    assert_offsets_round_trip(clean)


def test_html_headline_longer_than_the_page_title_and_a_dated_author_field():
    clean = clean_article(fixture_article("joint_byline_article.html"))
    assert clean.title == "Egypt and Sudan agree to coordinate on Nile dam talks with Ethiopia"
    assert clean.byline == "Yasmin Adel; Omar Hassan"
    assert (clean.published, clean.dateline, clean.source) == ("2021-03-02", "CAIRO/KHARTOUM", "Reuters")
    paragraphs = clean.text.split("\n\n")
    assert paragraphs[0].startswith("Egypt and Sudan agreed on Tuesday to coordinate")
    assert len(paragraphs) == 3
    for leftover in ["BREAKING", "agree to coordinate", "Enjoyed", "Subscribe", "Newsletter", "Gazette"]:
        assert leftover not in clean.text, leftover
    assert_offsets_round_trip(clean)


def test_newsroom_html_page():
    clean = clean_article(fixture_article("newsroom_article.html"))
    assert clean.title == "Turkey and Greece agree to resume talks on maritime borders"
    assert clean.byline == "Elena Marsh"
    assert (clean.published, clean.published_basis) == ("2020-09-22", "metadata")
    assert (clean.dateline, clean.source) == ("ANKARA", "Reuters")
    paragraphs = clean.text.split("\n\n")
    assert paragraphs[0].startswith("Turkey and Greece agreed on Tuesday to resume exploratory talks")
    assert "The European Union has threatened sanctions against Ankara if the drilling continues." in paragraphs
    for leftover in ["Skip to content", "cookies", "Sign up", "Related stories", "EU weighs sanctions",
                     "Follow The Daily Ledger", "All rights reserved", "By Elena Marsh"]:
        assert leftover not in clean.text, leftover
    assert_offsets_round_trip(clean)


def test_html_headline_is_dropped_when_the_given_title_differs():
    clean = clean_article(fixture_article("newsroom_article.html", title="Turkey, Greece to resume talks"))
    assert clean.title == "Turkey, Greece to resume talks"
    assert clean.text.startswith("Turkey and Greece agreed on Tuesday")


def test_community_blog_html_page():
    clean = clean_article(fixture_article("community_blog_post.html"))
    assert clean.title == "Border crossing reopens after three years"
    assert clean.byline == "Samir Haddad"
    assert (clean.published, clean.published_basis) == ("2019-08-03", "text")
    assert clean.text.split("\n\n") == [
        "The main border crossing between Jordan and Syria reopened to cargo traffic on Friday after being closed "
        "for three years, Jordanian officials said.",
        "Hundreds of trucks lined up on the Syrian side of the Jaber crossing as customs officers resumed inspections.",
        "Jordan's interior minister said the reopening would help traders on both sides but warned that security "
        "checks would remain strict.",
    ]
    assert_offsets_round_trip(clean)


def test_html_paragraphs_become_separate_sentences(nlp):
    clean = clean_article(fixture_article("community_blog_post.html"))
    sentences = [sentence.text.strip() for sentence in nlp(clean.text).sents]
    assert all("\n\n" not in sentence for sentence in sentences)
    assert len(sentences) == 3


def test_given_fields_win_over_found_ones():
    article = fixture_article("wire_story_scraped.txt", title="Missiles fired", published="2018-06-24T22:00:00Z",
                              source="Wire Desk")
    clean = clean_article(article)
    assert (clean.title, clean.published, clean.published_basis, clean.source) == (
        "Missiles fired", "2018-06-24", "given", "Wire Desk")
    assert clean.content_hash == article.content_hash()


WIRE_COPY = """\
Analysis and Technology
Inc said it won a 2.9 mln dlr contract from the U.S. Navy, a
company official told
Reuters.
    The company said it will seek waivers to defer interest
payments due March 31, for enough time to sell its
operations.
    The company said it will seek waivers to defer these
payments, and those due March 31, for enough
time to sell its operations.
"""


def test_hard_wrapped_wire_copy_is_left_whole():
    clean = clean_article(Article("wire-1", WIRE_COPY))
    assert clean.text == WIRE_COPY.strip()
    assert clean.segments[0].raw_start == 0 and len(clean.segments) == 1


def test_repeated_paragraphs_are_dropped_after_the_first():
    paragraph = "Israel and Egypt agreed to reopen the Rafah crossing for aid convoys, a UN official said."
    raw = f"{paragraph}\n\nTrucks began moving on Wednesday morning.\n\n{paragraph}\n\nThe crossing had been shut."
    clean = clean_article(Article("dup", raw))
    assert clean.text == (f"{paragraph}\n\nTrucks began moving on Wednesday morning.\n\nThe crossing had been shut.")
    assert_offsets_round_trip(clean)


def test_template_leftovers_inside_a_line_are_cut_with_offsets_kept():
    raw = "Chinese and Russian warships {{ad_slot}} held joint drills in the Sea of Japan on Friday."
    clean = clean_article(Article("tpl", raw))
    assert clean.text == "Chinese and Russian warships held joint drills in the Sea of Japan on Friday."
    assert_offsets_round_trip(clean)
    start = clean.text.index("held")
    assert raw[clean.raw_offset(start):clean.raw_offset(start + 4)] == "held"


def test_caption_keeps_its_words_but_loses_the_credit():
    raw = ("Protesters march towards the parliament in Yerevan. Image: Anna Petrosyan.\n\n"
           "Armenia's prime minister resigned on Monday after eleven days of protests.")
    clean = clean_article(Article("cap", raw))
    assert clean.text == ("Protesters march towards the parliament in Yerevan.\n\n"
                          "Armenia's prime minister resigned on Monday after eleven days of protests.")


def test_empty_html_page_gives_empty_text():
    clean = clean_article(Article("blank", "<html><body><nav>Home</nav></body></html>", is_html=True))
    assert (clean.text, clean.segments) == ("", ())


@pytest.mark.parametrize("line", [
    "Skip to main content", "Home | World | Politics | Business", "Home › World › Asia", "Menu",
    "Home World Politics Business Opinion", "Loading, please wait...", "{{ related_widget }}", "{{a}} {{b}}",
    "We use cookies to improve your experience.", "Accept all cookies", "Support our journalism",
    "Sign up for our daily newsletter", "Follow Jane Doe on Facebook and Twitter", "Follow us on Instagram",
    "Leave a comment", "Comments are closed.", "0 Comments", "Getty Images", "HANS PUNZ/AFP/Getty Images",
    "REUTERS/Kim Hong-Ji", "(AP Photo/Ahn Young-joon)", "Photo: Reuters", "Image: KCNA", "Related:",
    "Read more: Iran rejects talks offer", "You may also like", "Share this article", "Share on Facebook",
    "Facebook Twitter WhatsApp Email", "© 2018 Example News", "Copyright 2019 The Times. All rights reserved.",
    "Advertisement", "Subscribe now", "Reporting by Min-ji Park; Editing by Tom Hale",
    "(Additional reporting by Jane Doe in Geneva)", "Our Standards: The Trust Principles.",
    "Click here to get the app", "Watch: Kim inspects artillery drill", "Image copyright Getty Images",
    "Image caption Protesters marched on the parliament", "(c) 2021 Example Media Group",
    "Home  Nation  World  South Asia  Business  Sport", "Menu  Search  Subscribe  Log in",
    "Share on WhatsApp  Share on Telegram  Share via Email", "About Us | Contact | Careers | (c) 2024 Example Post",
    "Skip to content | Sign in | Subscribe | e-Paper",
    "BREAKING NEWS: Follow our live blog for the latest updates", "LIVE: watch the vote in parliament",
    "Newsletter: Get the Gulf Briefing every weekday.", "Enjoyed this article? Support independent journalism.",
    "Never miss a story: sign up for our daily newsletter.", "Have your say: leave a comment below",
    "Example Monitor is reader-funded. Support fearless journalism - contribute now.",
    "Since you're here, we have a small favour to ask.", "Comments are closed for this article.",
    "Join the conversation - 87 comments", "Please log in to comment. Comments are moderated.",
    "Sign in or create an account to join the discussion.",
    "(Photo: Soldiers patrol the border near Kupwara on Sunday. AFP/Getty Images)",
    "Photograph: The council votes in New York. (Getty Images)",
    "5 min read", "Updated 2 hours ago", "Last updated: 40 minutes ago",
])
def test_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "International Business", "Analysis and Technology", "Reuters.", "Home Secretary Priti Patel said on Monday",
    "Share prices fell in Tokyo after the launch.", "The ministers followed the talks on Twitter.",
    "Comments by the foreign minister angered Beijing.", "Related talks will be held in Geneva next week.",
    "Photos released by KCNA showed Kim at the launch site.", "Follow-up talks are planned for March.",
    "share on its common payable May one to shareholders of record",
    "World leaders gathered in New York for the General Assembly.",
    "Reporting from Kabul, our correspondent said the Taliban had withdrawn.",
    "Watchdog groups said the vote was marred by fraud.",
    "production by mid-1988.", "copyright on its operating system, an NEC spokesman said.",
    "(C) - Sales made on exporters' own account.", "Production by Exxon rose 5 pct in March.",
    "Natl   Loan   Release   Call", "Wheat   Corn   Sorghum   Barley",
    "The minister pledged to support independent journalism in the region.",
    "Officials declined to comment. Talks resume in Doha on Monday.",
    "Live coverage of the vote was banned, the broadcaster said.",
    "Sudan said: the talks must continue under African Union mediation.",
    "Two hours ago, the troops left the town.",
])
def test_news_lines_are_not_furniture(line):
    assert not is_furniture(line)

"""Cleaning real news from ../shared/corpora loses no real sentence (skipped when absent)."""

from __future__ import annotations

import re
from itertools import islice

import pytest

from detente.ingest import clean_article, read_inputs
from detente.records import Article
from tests.conftest import shared_file

ARTICLES_PER_CORPUS = 60
SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[A-Z\"“])")
# Wikinews captions end with a photo credit, which the cleaner cuts and the check leaves out.
CAPTION_CREDIT = re.compile(r"\s*Image: [^.]*\.?$")
# Wikinews puts the publication date on a line of its own before the first paragraph.
LEADING_DATE_LINE = re.compile(r"^\w+day, \w+ \d{1,2}, \d{4}\s*\n")


def real_sentences(text: str) -> list[str]:
    """Sentences of running prose: six words or more, a final stop, mostly lowercase words (no tables)."""
    found = []
    for paragraph in re.split(r"\n\s*\n", LEADING_DATE_LINE.sub("", text.lstrip())):
        for sentence in SENTENCE_SPLIT.split(" ".join(paragraph.split())):
            sentence = CAPTION_CREDIT.sub("", sentence)
            words = sentence.split()
            lowercase = sum(word.isalpha() and word.islower() for word in words)
            if len(words) >= 6 and sentence[-1] in ".!?\"”" and lowercase >= len(words) / 2:
                found.append(sentence)
    return found


@pytest.mark.shared
@pytest.mark.parametrize("corpus", ["reuters21578", "kcna_2011_2012", "wikinews_2019_2020"])
def test_no_real_sentence_is_lost(corpus):
    path = shared_file(f"corpora/{corpus}.jsonl.gz")
    articles = [item for item in islice(read_inputs([path]), ARTICLES_PER_CORPUS) if isinstance(item, Article)]
    assert len(articles) == ARTICLES_PER_CORPUS
    checked = 0
    for article in articles:
        clean = clean_article(article)
        kept = " ".join(clean.text.split())
        for sentence in real_sentences(article.text):
            assert sentence in kept, f"{article.doc_id} lost: {sentence}"
            checked += 1
        for segment in clean.segments:
            start = segment.clean_start
            assert clean.text[start:start + segment.length] == clean.raw_text[segment.raw_start:
                                                                             segment.raw_start + segment.length]
    assert checked > ARTICLES_PER_CORPUS


@pytest.mark.shared
def test_corpus_dates_are_kept_as_given():
    path = shared_file("corpora/wikinews_2019_2020.jsonl.gz")
    for article in islice(read_inputs([path]), 20):
        clean = clean_article(article)
        assert (clean.published, clean.published_basis) == (article.published[:10], "given")
        assert not clean.text.startswith(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))

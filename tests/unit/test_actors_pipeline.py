"""A person added through a user table changes what the coder outputs."""

from __future__ import annotations

from detente.pipeline import Coder
from detente.records import Article, CodedArticle
from detente.settings import Settings

ARTICLE = Article(
    doc_id="okafor-1",
    text="ABUJA, March 3 - Amara Okafor accused Ghana on Tuesday of sheltering the gunmen who attacked a border post.",
    published="2031-03-03",
)


def actor_codes(settings: Settings) -> set[str]:
    [result] = list(Coder(settings).code_articles([ARTICLE]))
    assert isinstance(result, CodedArticle)
    return {entity.code for event in result.events for entity in event.actor}


def test_user_table_person_reaches_the_coded_events(tmp_path):
    table = tmp_path / "newsroom.tsv"
    table.write_text("# source: our newsroom's list of officials\n"
                     "name\taliases\tcountry\tsector\trole\tstart\tend\n"
                     "Amara Okafor\tOkafor\tNGA\tGOV\tForeign Minister\t2030-06-01\t\n", encoding="utf-8")
    assert "NGAGOV" not in actor_codes(Settings())
    assert "NGAGOV" in actor_codes(Settings(actor_tables=(table,)))

"""The DuckDB store: idempotent writes, replacement, rollback, filters and exports.

Articles and events are built by hand here (what the pipeline would hand over), so these
tests check the store alone.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json

import duckdb
import pytest

from detente.records import CleanArticle, CodedArticle, Entity, Event, EventDate, Location, Segment
from detente.store import WriteStats, open_store, period_end, period_start

US = Entity("Washington", "USA", "GOV", name="United States")
NK = Entity("Pyongyang", "PRK", "GOV", name="North Korea")
NK_MIL = Entity("North Korean army", "PRK", "MIL", name="North Korea")
SK = Entity("Seoul", "KOR", "GOV", name="South Korea")
RU = Entity("Russian forces", "RUS", "MIL", name="Russia")
UA = Entity("Kyiv", "UKR", "GOV", name="Ukraine")


def clean(doc_id: str, text: str, published: str | None) -> CleanArticle:
    digest = hashlib.sha256(f"{text}\x1f{published}".encode()).hexdigest()
    return CleanArticle(doc_id=doc_id, text=text, raw_text=text,
                        segments=(Segment(0, 0, len(text)),), title=text.split(".")[0],
                        byline=None, published=published, published_basis="given",
                        dateline=None, url=None, source="test", origin=f"{doc_id}.txt",
                        content_hash=digest)


def event(doc_id: str, text: str, sentence: str, trigger: str, category: str, quad: int,
          actor: tuple[Entity, ...], recipient: tuple[Entity, ...], date: str | None,
          sentence_index: int = 0, **extra) -> Event:
    start = text.index(sentence)
    t_start = start + sentence.index(trigger)
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""))
    values = dict(doc_id=doc_id, sentence_index=sentence_index, event=category, mode=None,
                  context=("military",) if quad == 4 else (), quad_code=quad,
                  intensity=-6.0 if quad > 2 else 4.0, cameo=None, actor=actor,
                  recipient=recipient, negated=False, modality="asserted", text=sentence,
                  trigger=trigger, span=(start, start + len(sentence)),
                  trigger_span=(t_start, t_start + len(trigger)), confidence=0.8,
                  published="2018-06-12",
                  date=EventDate(date, precision, "explicit" if date else "unknown"),
                  location=Location("Singapore", "SGP", 1.29, 103.85), coder="detente test")
    values.update(extra)
    return Event(**values)


SUMMIT = ("US President Donald Trump met North Korean leader Kim Jong Un in Singapore on "
          "Tuesday. Seoul welcomed the meeting.")
MISSILE = ("North Korea fired a ballistic missile into the sea on Friday, the South Korean "
           "military said. Washington condemned the launch.")
SHELLING = "Russian forces shelled the outskirts of Kharkiv overnight, Ukrainian officials said."


def summit_article() -> CodedArticle:
    art = clean("summit-2018", SUMMIT, "2018-06-12")
    return CodedArticle(art, (
        event(art.doc_id, SUMMIT, SUMMIT.split(" Seoul")[0], "met", "CONSULT", 1, (US,), (NK,),
              "2018-06-12"),
        event(art.doc_id, SUMMIT, "Seoul welcomed the meeting.", "welcomed", "SUPPORT", 1, (SK,),
              (US, NK), "2018-06", sentence_index=1),
    ), sentence_count=2)


def missile_article(text: str = MISSILE) -> CodedArticle:
    art = clean("missile-2017", text, "2017-07-28")
    first = text.split(" Washington")[0]
    return CodedArticle(art, (
        event(art.doc_id, text, first, "fired", "ASSAULT", 4, (NK_MIL,), (), "2017-07-28"),
        event(art.doc_id, text, "Washington condemned the launch.", "condemned", "ACCUSE", 3,
              (US,), (NK,), "2017", sentence_index=1),
    ), sentence_count=2)


def shelling_article() -> CodedArticle:
    art = clean("kharkiv-2022", SHELLING, "2022-05-02")
    return CodedArticle(art, (
        event(art.doc_id, SHELLING, SHELLING, "shelled", "ASSAULT", 4, (RU,), (UA,), None),
    ), sentence_count=1)


KYIV_PROTEST = "Ukrainian police detained dozens of protesters outside parliament in Kyiv."


def domestic_article() -> CodedArticle:
    art = clean("kyiv-protest-2014", KYIV_PROTEST, "2014-01-20")
    police = Entity("Ukrainian police", "UKR", "COP", name="Ukraine")
    protesters = Entity("protesters", "UKR", "CVL")
    return CodedArticle(art, (
        event(art.doc_id, KYIV_PROTEST, KYIV_PROTEST, "detained", "COERCE", 4, (police,),
              (protesters,), "2014-01-19"),
    ), sentence_count=1)


def table_rows(store_path, table: str) -> list[tuple]:
    with duckdb.connect(str(store_path), read_only=True) as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


@pytest.fixture
def db(tmp_path):
    return tmp_path / "events.duckdb"


def test_same_batch_twice_stores_the_same_rows(db):
    batch = [summit_article(), missile_article()]
    with open_store(db) as store:
        first = store.write(batch)
    before = {t: table_rows(db, t) for t in ("articles", "events", "event_actors")}
    with open_store(db) as store:
        second = store.write(batch)
    after = {t: table_rows(db, t) for t in ("articles", "events", "event_actors")}
    assert first == WriteStats(articles_new=2, events_written=4)
    assert second == WriteStats(articles_unchanged=2)
    assert after == before
    assert len(after["events"]) == 4
    assert len(after["event_actors"]) == 8  # (1+1) + (1+2) + (1+0) + (1+1) entities


def test_changed_article_replaces_its_events(db):
    with open_store(db) as store:
        store.write([missile_article(), summit_article()])
        edited = MISSILE.replace("on Friday", "early on Friday")
        stats = store.write([missile_article(edited)])
        assert stats == WriteStats(articles_changed=1, events_written=2, events_removed=2)
        missile = [e for e in store.events() if e["doc_id"] == "missile-2017"]
        assert len(missile) == 2
        assert all(e["text"] in edited for e in missile)
        assert store.counts()["articles"] == 2
        assert store.counts()["events"] == 4


def test_repeated_doc_id_in_one_batch_keeps_the_last_version(db):
    edited = MISSILE.replace("into the sea", "into the East Sea")
    with open_store(db) as store:
        stats = store.write([missile_article(), missile_article(edited)])
        assert stats == WriteStats(articles_new=1, events_written=2)
        assert {e["text"] for e in store.events()} >= {edited.split(" Washington")[0]}
        assert store.counts()["events"] == 2


def test_failing_write_rolls_back_and_keeps_earlier_data(db):
    with open_store(db) as store:
        store.write([summit_article()])
    before = {t: table_rows(db, t) for t in ("articles", "events", "event_actors")}
    clash_id = summit_article().events[0].id
    bad = shelling_article()
    bad = CodedArticle(bad.article, tuple(dataclasses.replace(e, id=clash_id) for e in bad.events),
                       bad.sentence_count)
    with open_store(db) as store:
        with pytest.raises(duckdb.ConstraintException):
            store.write([missile_article(), bad])
        assert store.counts()["articles"] == 1
    assert {t: table_rows(db, t) for t in ("articles", "events", "event_actors")} == before


def test_duplicate_event_ids_in_one_article_are_stored_once(db):
    coded = summit_article()
    doubled = CodedArticle(coded.article, coded.events + coded.events[:1], coded.sentence_count)
    with open_store(db) as store:
        assert store.write([doubled]).events_written == 2


def test_event_filters(db):
    with open_store(db) as store:
        store.write([summit_article(), missile_article(), shelling_article()])
        assert {e["event"] for e in store.events(actor="prk")} == {"ASSAULT"}
        assert {e["event"] for e in store.events(recipient="PRK")} == {"CONSULT", "SUPPORT",
                                                                      "ACCUSE"}
        assert [e["event"] for e in store.events(actor="USA", recipient="PRK")] == ["ACCUSE",
                                                                                    "CONSULT"]
        assert [e["doc_id"] for e in store.events(category="assault")] == ["missile-2017",
                                                                           "kharkiv-2022"]
        # "2017" counts from 2017-01-01; undated events drop out once a bound is given.
        assert [e["date"] for e in store.events(since="2017-07")] == ["2017-07-28", "2018-06",
                                                                      "2018-06-12"]
        assert [e["date"] for e in store.events(until="2017")] == ["2017", "2017-07-28"]
        assert [e["date"] for e in store.events(since="2018-06-05", until="2018-06-30")] == [
            "2018-06-12"]
        assert len(store.events(limit=2)) == 2
        assert store.events()[-1]["date"] is None


def test_events_below_a_confidence_are_left_out(db):
    summit = summit_article()
    doubtful = dataclasses.replace(summit.events[0], confidence=0.3)
    with open_store(db) as store:
        store.write([CodedArticle(summit.article, (doubtful, *summit.events[1:]), summit.sentence_count)])
        assert len(store.events()) == len(summit.events)
        kept = store.events(min_confidence=0.5)
        assert len(kept) == len(summit.events) - 1 and all(e["confidence"] >= 0.5 for e in kept)


def test_events_come_back_as_the_schema_objects(db):
    coded = summit_article()
    with open_store(db) as store:
        store.write([coded])
        assert store.events(category="CONSULT") == [coded.events[0].to_json()]


def test_pair_counts_split_by_quad_class(db):
    with open_store(db) as store:
        store.write([summit_article(), missile_article(), shelling_article(), domestic_article()])
        assert store.counts()["events"] == 6
        pairs = {(p["actor"], p["recipient"]): p for p in store.pair_counts()}
    assert set(pairs) == {("USA", "PRK"), ("KOR", "USA"), ("KOR", "PRK"), ("RUS", "UKR")}
    usa_prk = pairs[("USA", "PRK")]
    assert usa_prk["events"] == 2
    assert (usa_prk["verbal_cooperation"], usa_prk["verbal_conflict"]) == (1, 1)
    assert pairs[("RUS", "UKR")]["material_conflict"] == 1


def test_exports_read_back(db, tmp_path):
    with open_store(db) as store:
        store.write([summit_article(), missile_article(), shelling_article()])
        n_jsonl = store.export("jsonl", tmp_path / "out" / "events.jsonl")
        n_csv = store.export("csv", tmp_path / "events.csv")
        n_parquet = store.export("parquet", tmp_path / "events.parquet")
    assert n_jsonl == n_csv == n_parquet == 5
    lines = [json.loads(line) for line in
             (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(e["id"] for e in lines) == sorted(e.id for c in (
        summit_article(), missile_article(), shelling_article()) for e in c.events)
    with (tmp_path / "events.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    support = next(r for r in rows if r["event"] == "SUPPORT")
    assert support["recipient_codes"] == "USAGOV;PRKGOV"
    assert support["text"] == "Seoul welcomed the meeting."
    pq = duckdb.sql(f"SELECT event, quad_code FROM read_parquet('{tmp_path / 'events.parquet'}') "
                    "ORDER BY event").fetchall()
    assert pq == [("ACCUSE", 3), ("ASSAULT", 4), ("ASSAULT", 4), ("CONSULT", 1), ("SUPPORT", 1)]


def test_runs_are_recorded(db):
    import datetime as dt

    with open_store(db) as store:
        stats = store.write([summit_article()])
        run_id = store.record_run(dt.datetime(2026, 1, 5, 9, 30), ["news/"], "detente test",
                                  stats, read_errors=1)
    rows = table_rows(db, "runs")
    assert rows[0][0] == run_id and rows[0][3] == ["news/"] and rows[0][5] == 1


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DETENTE_DB", str(tmp_path / "env.duckdb"))
    with open_store() as store:
        assert store.path == tmp_path / "env.duckdb"
    assert (tmp_path / "env.duckdb").exists()


def test_period_bounds():
    assert str(period_start("2018")) == "2018-01-01"
    assert str(period_end("2024-02")) == "2024-02-29"
    assert str(period_end("2018-06-12")) == "2018-06-12"
    with pytest.raises(ValueError, match="not a date"):
        period_start("last week")


def test_sparse_fields_and_articles_without_events_are_stored(db):
    shelling = shelling_article()
    bare = CodedArticle(shelling.article, tuple(
        dataclasses.replace(e, location=None, context=(), mode=None, trigger=None,
                            trigger_span=None, id="") for e in shelling.events), 1)
    quiet = CodedArticle(clean("weather", "Rain is expected in Seoul on Sunday.", None), (), 1)
    with open_store(db) as store:
        assert store.write([bare, quiet]) == WriteStats(articles_new=2, events_written=1)
        (stored,) = store.events()
    assert stored["location"] is None and stored["context"] == [] and stored["trigger"] is None
    assert [row[0] for row in table_rows(db, "articles")] == ["kharkiv-2022", "weather"]

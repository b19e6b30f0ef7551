"""The `detente` command line end to end: coding, storing, bad inputs, exit codes, the demo.

Runs the real pipeline in this process through Typer's CliRunner (spaCy loads once).
"""

from __future__ import annotations

import csv
import json

import duckdb
import pytest
from typer.testing import CliRunner

from detente.cli import app
from tests.conftest import shared_file

MISSILE = """Skip to content
Home | World | Asia | Politics
Loading...

North Korea fires missile over Japan

By Jane Doe | Aug 29 2017, 8:15am

SEOUL, Aug 29 (Reuters) - North Korea fired a ballistic missile over northern Japan on Tuesday, \
the South Korean military said.

Japan protested the launch and South Korea condemned North Korea for the provocation.

Follow us on Facebook and Twitter
"""

SANCTIONS = """WASHINGTON (AP) - The United States imposed new sanctions on Russia on Tuesday \
over its annexation of Crimea, and Moscow denounced the measures as illegal.

Read more: Explainer - what the sanctions mean
"""

TALKS = ("NEW DELHI, Jan 27 (Reuters) - Indian Prime Minister Narendra Modi met Pakistani "
         "Prime Minister Nawaz Sharif in Lahore on Friday and the two leaders agreed to resume "
         "talks.")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin, catch_exceptions=False)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def table_rows(db, table: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


def article_ids(db) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT doc_id FROM articles ORDER BY doc_id").fetchall()]


def test_code_writes_one_event_object_per_line(runner, tmp_path):
    (tmp_path / "missile.txt").write_text(MISSILE, encoding="utf-8")
    result = run(runner, "code", str(tmp_path / "missile.txt"))
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events, result.stderr
    assert all(e["doc_id"] == "missile.txt" for e in events)
    assert any("PRK" in {a["country"] for a in e["actor"] + e["recipient"]} for e in events)
    assert "1 articles coded" in result.stderr


def test_code_keeps_only_events_at_the_confidence_asked_for(runner, tmp_path):
    (tmp_path / "missile.txt").write_text(MISSILE, encoding="utf-8")
    every = [json.loads(line) for line in run(runner, "code", str(tmp_path)).stdout.splitlines()]
    floor = max(e["confidence"] for e in every)
    result = run(runner, "code", str(tmp_path), "--min-confidence", str(floor))
    kept = [json.loads(line) for line in result.stdout.splitlines()]
    assert kept == [e for e in every if e["confidence"] >= floor]
    assert f"{len(kept)} events at or above" in result.stderr
    assert run(runner, "code", str(tmp_path), "--min-confidence", "1.5").exit_code == 2


def test_code_output_matches_the_shared_contract(runner, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(shared_file("contracts/event.schema.json").read_text(encoding="utf-8"))
    (tmp_path / "missile.txt").write_text(MISSILE, encoding="utf-8")
    (tmp_path / "sanctions.txt").write_text(SANCTIONS, encoding="utf-8")
    result = run(runner, "code", str(tmp_path))
    lines = result.stdout.splitlines()
    assert len(lines) >= 2
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_code_reads_stdin_and_a_default_date(runner):
    result = run(runner, "code", "-", "--published", "2014-03-18", stdin=SANCTIONS)
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and events
    assert {e["published"] for e in events} == {"2014-03-18"}


def test_code_table_format(runner, tmp_path):
    (tmp_path / "sanctions.txt").write_text(SANCTIONS, encoding="utf-8")
    result = run(runner, "code", str(tmp_path / "sanctions.txt"), "--format", "table")
    assert result.exit_code == 0
    assert "events" in result.stdout and "USA" in result.stdout


def test_ingest_twice_changes_nothing(runner, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "missile.txt").write_text(MISSILE, encoding="utf-8")
    (news / "sanctions.txt").write_text(SANCTIONS, encoding="utf-8")
    db = tmp_path / "events.duckdb"
    first = run(runner, "ingest", str(news), "--db", str(db))
    assert first.exit_code == 0, first.stderr
    before = {t: table_rows(db, t) for t in ("articles", "events", "event_actors")}
    second = run(runner, "ingest", str(news), "--db", str(db))
    assert second.exit_code == 0
    assert {t: table_rows(db, t) for t in ("articles", "events", "event_actors")} == before
    assert article_ids(db) == ["missile.txt", "sanctions.txt"]
    assert before["events"]
    with duckdb.connect(str(db), read_only=True) as con:
        runs = con.execute("SELECT articles_new, articles_unchanged, events_written FROM runs "
                           "ORDER BY started").fetchall()
    assert runs == [(2, 0, len(before["events"])), (0, 2, 0)]


def test_changed_article_replaces_its_events(runner, tmp_path):
    path = tmp_path / "talks.txt"
    db = tmp_path / "events.duckdb"
    path.write_text(TALKS, encoding="utf-8")
    run(runner, "ingest", str(path), "--db", str(db))
    path.write_text(SANCTIONS, encoding="utf-8")
    result = run(runner, "ingest", str(path), "--db", str(db))
    assert result.exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        texts = [r[0] for r in con.execute("SELECT text FROM events").fetchall()]
    assert texts and all("Modi" not in t for t in texts)


def test_bad_inputs_each_give_one_line_and_the_rest_is_stored(runner, tmp_path):
    db = tmp_path / "events.duckdb"
    (tmp_path / "earlier.txt").write_text(TALKS, encoding="utf-8")
    assert run(runner, "ingest", str(tmp_path / "earlier.txt"), "--db", str(db)).exit_code == 0

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "missile.txt").write_text(MISSILE, encoding="utf-8")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    (inputs / "photo.txt").write_bytes(png)
    (inputs / "latin1.txt").write_bytes("Le président a rencontré".encode("latin-1") + b" " * 40)
    (inputs / "empty.txt").write_bytes(b"")
    with (inputs / "huge.txt").open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    good_line = {"id": "sanctions", "text": SANCTIONS, "published": "2014-03-18"}
    (inputs / "wire.jsonl").write_text(
        json.dumps(good_line) + "\n{\"id\": \"broken\", \"text\": \"cut off\n", encoding="utf-8")
    bad = ["photo.txt", "latin1.txt", "empty.txt", "huge.txt", "wire.jsonl", "missing.txt"]
    args = [str(inputs / name) for name in ("missile.txt", *bad)]

    result = run(runner, "ingest", *args, "--db", str(db))

    assert result.exit_code == 0
    errors = error_lines(result.stderr)
    assert len(errors) == len(bad), result.stderr
    for name in bad:
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert any("wire.jsonl:line 2" in line for line in errors)
    assert article_ids(db) == ["earlier.txt", "missile.txt", "sanctions"]


def test_exit_code_1_when_no_input_could_be_read(runner, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "events.duckdb"
    result = run(runner, "ingest", str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"),
                 "--db", str(db))
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == 3  # two inputs, then "no input could be read"
    assert run(runner, "code", str(tmp_path / "nope.txt")).exit_code == 1


@pytest.mark.parametrize("args", [
    ["code"],
    ["code", "x.txt", "--workers", "0"],
    ["code", "x.txt", "--format", "xml"],
    ["code", "x.txt", "--published", "last Tuesday"],
    ["code", "x.txt", "--published", "2018"],
    ["events", "--since", "June"],
    ["export", "--format", "xlsx", "--out", "events.xlsx"],
    ["no-such-command"],
])
def test_usage_errors_exit_2(runner, args):
    assert runner.invoke(app, args).exit_code == 2


def test_events_and_export_after_ingest(runner, tmp_path):
    (tmp_path / "missile.txt").write_text(MISSILE, encoding="utf-8")
    (tmp_path / "sanctions.txt").write_text(SANCTIONS, encoding="utf-8")
    db = str(tmp_path / "events.duckdb")
    run(runner, "ingest", str(tmp_path / "missile.txt"), str(tmp_path / "sanctions.txt"),
        "--db", db)

    listed = run(runner, "events", "--db", db, "--format", "jsonl")
    everything = [json.loads(line) for line in listed.stdout.splitlines()]
    assert everything
    usa = run(runner, "events", "--db", db, "--actor", "USA", "--format", "jsonl")
    usa_events = [json.loads(line) for line in usa.stdout.splitlines()]
    assert all("USA" in {a["country"] for a in e["actor"]} for e in usa_events)
    assert len(usa_events) < len(everything)
    floor = max(e["confidence"] for e in everything)
    sure = run(runner, "events", "--db", db, "--min-confidence", str(floor), "--format", "jsonl")
    assert [json.loads(line) for line in sure.stdout.splitlines()] == [
        e for e in everything if e["confidence"] >= floor]
    limited = run(runner, "events", "--db", db, "--limit", "1", "--format", "csv")
    assert len(list(csv.DictReader(limited.stdout.splitlines()))) == 1
    assert "sentence" in run(runner, "events", "--db", db).stdout

    parquet = tmp_path / "events.parquet"
    exported = run(runner, "export", "--format", "parquet", "--out", str(parquet), "--db", db)
    assert exported.exit_code == 0
    ((count,),) = duckdb.sql(f"SELECT count(*) FROM read_parquet('{parquet}')").fetchall()
    assert count == len(everything)


def test_events_on_a_missing_database_exit_1(runner, tmp_path):
    result = run(runner, "events", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1
    assert "no database" in result.stderr
    assert not (tmp_path / "none.duckdb").exists()


def test_config_file_supplies_the_database(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "detente.toml").write_text('db = "data/news.duckdb"\nworkers = 1\n',
                                          encoding="utf-8")
    (tmp_path / "sanctions.txt").write_text(SANCTIONS, encoding="utf-8")
    assert run(runner, "ingest", "sanctions.txt").exit_code == 0
    assert article_ids(tmp_path / "data" / "news.duckdb") == ["sanctions.txt"]
    (tmp_path / "bad.toml").write_text("dbb = 1\n", encoding="utf-8")
    assert runner.invoke(app, ["events", "--config", "bad.toml"]).exit_code == 2
    (tmp_path / "no_table.toml").write_text('actors = ["mine.tsv"]\n', encoding="utf-8")
    assert runner.invoke(app, ["code", "sanctions.txt", "--config", "no_table.toml"]).exit_code == 2


def test_config_date_applies_to_undated_articles(runner, tmp_path):
    (tmp_path / "run.toml").write_text("published = 2014-03-18\n", encoding="utf-8")
    result = run(runner, "code", "-", "--config", str(tmp_path / "run.toml"), stdin=SANCTIONS)
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and {e["published"] for e in events} == {"2014-03-18"}


def test_demo_prints_pairs_and_events(runner):
    result = run(runner, "demo")
    assert result.exit_code == 0, result.stderr
    assert "Events per pair of countries" in result.stdout
    assert " -> " in result.stdout
    assert not error_lines(result.stderr)


def test_eval_scores_a_gold_file(runner, tmp_path):
    gold = shared_file("gold/plover_gsr.jsonl")
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(gold.read_text(encoding="utf-8").splitlines(True)[:15]),
                      encoding="utf-8")
    result = run(runner, "eval", str(sample))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()


def test_help_lists_the_commands(runner):
    result = run(runner, "--help")
    for command in ("code", "ingest", "events", "export", "demo", "eval", "actors"):
        assert command in result.stdout


def entity(code: str) -> dict:
    return {"text": code, "name": None, "country": code[:3], "sector": code[3:] or None,
            "code": code}


def coded(event: str, quad: int, actor: str, recipient: str | None, confidence: float) -> dict:
    return {"event": event, "quad_code": quad, "actor": [entity(actor)],
            "recipient": [entity(recipient)] if recipient else [], "negated": False,
            "confidence": confidence}


def test_demo_sample_takes_quad_classes_in_turn_and_skips_domestic_events():
    from detente.cli import sample_events

    events = [
        coded("ACCUSE", 3, "USAGOV", "PRKGOV", 0.9),
        coded("THREATEN", 3, "USAGOV", "PRKGOV", 0.95),  # same pair as above: only one is kept
        coded("CONSULT", 1, "KORGOV", "PRKGOV", 0.7),
        coded("COERCE", 4, "UKRCOP", "UKRCVL", 0.99),  # one country acting on itself
        coded("AID", 2, "KORGOV", None, 0.8),  # no recipient
        coded("ASSAULT", 4, "RUSMIL", "UKR", 0.6),
    ]
    chosen = sample_events(events, n=8)
    assert [e["event"] for e in chosen] == ["CONSULT", "THREATEN", "ASSAULT"]
    assert len(sample_events(events, n=2)) == 2


def test_trigger_is_highlighted_where_it_occurs():
    from detente.cli import highlight

    text = highlight("Seoul welcomed the meeting.", "welcomed")
    (span,) = text.spans
    assert text.plain[span.start:span.end] == "welcomed"
    assert highlight("Seoul welcomed the meeting.", "met with").spans == []
    (span,) = highlight("Kim met Moon.", "met with").spans
    assert (span.start, span.end) == (4, 7)


def test_config_paths_are_relative_to_the_config_file(tmp_path):
    from detente.cli import load_config

    (tmp_path / "mine.tsv").write_text("name\tcountry\n", encoding="utf-8")
    config = tmp_path / "conf" / "detente.toml"
    config.parent.mkdir()
    config.write_text('db = "news.duckdb"\nactors = ["../mine.tsv"]\nworkers = 2\n',
                      encoding="utf-8")
    loaded = load_config(config)
    assert loaded.db == tmp_path / "conf" / "news.duckdb"
    assert loaded.actors == (tmp_path / "conf" / "../mine.tsv",)
    assert loaded.workers == 2 and loaded.published is None

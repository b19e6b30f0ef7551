"""`detente actors resolve`: one mention or many, with users' tables."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from detente.actors.cli import app

runner = CliRunner()


def test_resolve_prints_json_with_why():
    result = runner.invoke(app, ["resolve", "North Korean leader Kim Jong-un", "--date", "2018-06-12", "--json"])
    assert result.exit_code == 0, result.output
    [entity] = json.loads(result.output)
    assert (entity["country"], entity["sector"], entity["code"]) == ("PRK", "GOV", "PRKGOV")
    assert entity["name"] == "Kim Jong Un" and entity["kb_id"] and "2018-06-12" in entity["why"]


def test_resolve_in_context():
    result = runner.invoke(app, ["resolve", "Tillerson", "--json", "--context",
                                 "U.S. Secretary of State Rex Tillerson landed in Seoul. Tillerson met Moon."])
    assert [e["code"] for e in json.loads(result.output)] == ["USAGOV"]


def test_unknown_mention_says_so():
    result = runner.invoke(app, ["resolve", "Jane Doe"])
    assert result.exit_code == 0 and "unknown" in result.output


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path):
    path = tmp_path / "mentions.jsonl"
    path.write_text(
        json.dumps({"id": "m1", "text": "Russian troops", "date": "2014-03-01"}) + "\n"
        + "not json\n"
        + json.dumps({"id": "m2", "text": "the Blue House", "context": "The Blue House said talks would resume."})
        + "\n", encoding="utf-8")
    result = runner.invoke(app, ["resolve", "--jsonl", str(path)])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line.get("id") for line in lines] == ["m1", None, "m2"]
    assert lines[0]["entities"][0]["code"] == "RUSMIL"
    assert "error" in lines[1] and lines[1]["line"] == 2
    assert lines[2]["entities"][0]["code"] == "KORGOV"


def test_a_user_table_adds_a_person(tmp_path):
    table = tmp_path / "mine.tsv"
    table.write_text("# source: our newsroom's list\nname\taliases\tcountry\tsector\trole\tstart\tend\n"
                     "Amara Okafor\tOkafor\tNGA\tGOV\tForeign Minister\t2031-01-01\t\n", encoding="utf-8")
    args = ["resolve", "Amara Okafor", "--date", "2031-06-01", "--json"]
    assert json.loads(runner.invoke(app, args).output) == []
    [entity] = json.loads(runner.invoke(app, [*args, "--actors", str(table)]).output)
    assert entity["code"] == "NGAGOV" and entity["name"] == "Amara Okafor"


def test_missing_user_table_is_an_error(tmp_path):
    result = runner.invoke(app, ["resolve", "Russia", "--actors", str(tmp_path / "absent.tsv")])
    assert result.exit_code == 2


def test_resolve_reads_the_actor_tables_of_the_config_file(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from detente.actors.cli import app

    table = tmp_path / "people.tsv"
    table.write_text("name\taliases\tcountry\tsector\trole\tstart\tend\n"
                     "Amara Okonkwo-Delacroix\t\tNGA\tGOV\tSpecial Envoy\t2020-01-01\t\n",
                     encoding="utf-8")
    (tmp_path / "detente.toml").write_text('actors = ["people.tsv"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["resolve", "Amara Okonkwo-Delacroix", "--date", "2024-05-01",
                                      "--json"])
    assert result.exit_code == 0, result.output
    assert '"NGA"' in result.output


def test_a_surname_with_another_given_name_is_not_that_person():
    other = runner.invoke(app, ["resolve", "Jane Doe", "--date", "1985-06-01", "--json"])
    same = runner.invoke(app, ["resolve", "Samuel Doe", "--date", "1985-06-01", "--json"])
    assert json.loads(other.output) == []
    assert json.loads(same.output)[0]["country"] == "LBR"

"""`detente actors ...`: resolve a mention and say why (the main CLI mounts `app`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from detente.actors.kb import load_kb
from detente.config import load_config
from detente.actors.resolve import Resolver
from detente.records import Entity, parse_iso_date

app = typer.Typer(help="The actor knowledge base: who is who, on which date.", no_args_is_help=True)


@app.callback()
def actors_group() -> None:
    """Actors: resolve mentions against the knowledge base (bundled tables plus --actors tables)."""


def entity_json(entity: Entity, with_why: bool = True) -> dict:
    data = entity.to_json()
    data["kb_id"] = entity.kb_id
    if with_why:
        data["why"] = entity.why
    return data


def _date(value: str | None):
    if value is None:
        return None
    date = parse_iso_date(value)
    if date is None:
        raise typer.BadParameter(f"not an ISO date: {value!r}")
    return date


@app.command()
def resolve(
    text: Annotated[Optional[str], typer.Argument(help="The mention, e.g. 'North Korean leader Kim Jong-un'")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="Date of the article (YYYY-MM-DD)")] = None,
    context: Annotated[Optional[str], typer.Option("--context", help="The sentence the mention is in")] = None,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", help='Resolve many: lines {"id","text","date","context"}; "-" for stdin')] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")] = False,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="Your own actor table (TSV or PETRARCH .actors); repeatable (default: the actors of ./detente.toml)")] = None,
) -> None:
    """Resolve TEXT to entities (text, name, country, sector, code) and say why."""
    if (text is None) == (jsonl is None):
        raise typer.BadParameter("give either TEXT or --jsonl FILE")
    try:
        resolver = Resolver(load_kb(actors or load_config(None).actors))
    except (OSError, ValueError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    if jsonl is not None:
        _resolve_many(resolver, jsonl)
        return
    entities = resolver.resolve_text(text, date=_date(date), context=context)
    if as_json:
        typer.echo(json.dumps([entity_json(e) for e in entities], ensure_ascii=False))
        return
    _print_table(text, entities)


def _resolve_many(resolver: Resolver, path: Path) -> None:
    """One JSON line out per line in, with the same id; a bad line gets an "error" field."""
    handle = sys.stdin if str(path) == "-" else open(path, encoding="utf-8")
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                entities = resolver.resolve_text(item["text"], date=_date(item.get("date")), context=item.get("context"))
                out = {"id": item.get("id"), "text": item["text"], "entities": [entity_json(e) for e in entities]}
            except (ValueError, KeyError, TypeError, typer.BadParameter) as err:
                out = {"id": None, "line": number, "error": str(err)}
            typer.echo(json.dumps(out, ensure_ascii=False))


def _print_table(text: str, entities: list[Entity]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not entities:
        console.print(f"[yellow]{text!r}: unknown[/yellow] (no country or sector the knowledge base can vouch for)")
        return
    table = Table("text", "name", "country", "sector", "code", "why")
    for entity in entities:
        table.add_row(entity.text, entity.name or "", entity.country or "", entity.sector or "", entity.code,
                      entity.why or "")
    console.print(table)

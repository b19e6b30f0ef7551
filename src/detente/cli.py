"""The `detente` command line: a thin Typer wrapper around the API of `detente/__init__.py`.

Data goes to stdout, messages to stderr. Heavy modules (spaCy, DuckDB, rich) are imported
inside the commands so that `detente --help` answers at once.
Exit codes: 0 when at least one input was read, 1 when none could be, 2 for usage errors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from detente.actors.cli import app as actors_app
from detente.config import CONFIG_NAME, Config, load_config

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from detente.records import CodedArticle, ReadError
    from detente.settings import Settings
    from detente.store import Store, WriteStats

app = typer.Typer(
    name="detente",
    help="Code news articles into PLOVER political events, store them, and query relations.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(actors_app, name="actors")

DEMO_PAIRS = 15
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
QUAD_STYLES = {1: "green", 2: "bold green", 3: "yellow", 4: "bold red"}
CSV_FIELDS = ("id", "doc_id", "sentence_index", "headline", "date", "date_precision", "event", "mode",
              "quad_code", "intensity", "actor_codes", "recipient_codes", "negated", "modality",
              "location", "trigger", "text", "confidence")


class CodeFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class EvalHalf(str, Enum):
    tuning = "tuning"
    held_out = "held-out"


class EventsFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


# -- options shared by several commands --------------------------------------------------

InputsArg = Annotated[list[str], typer.Argument(
    help="Files (.txt, .html, .jsonl, .jsonl.gz), directories, or - for stdin.",
    metavar="INPUT", show_default=False)]
ConfigOpt = Annotated[Optional[Path], typer.Option(
    "--config", dir_okay=False,
    help=f"TOML file with db, workers, actors, published (default: ./{CONFIG_NAME} if present).")]
DbOpt = Annotated[Optional[Path], typer.Option(
    "--db", help="DuckDB file (default: config, $DETENTE_DB, ./detente.duckdb).", dir_okay=False)]
PublishedOpt = Annotated[Optional[str], typer.Option(
    "--published", help="Publication date (YYYY-MM-DD) for articles that carry none.")]
WorkersOpt = Annotated[Optional[int], typer.Option(
    "--workers", min=1, help="Processes coding in parallel (default: config, else 1).")]
MinConfidenceOpt = Annotated[Optional[float], typer.Option(
    min=0.0, max=1.0, help="Only events at least this likely to be real (see docs/accuracy.md).")]
ActorsOpt = Annotated[Optional[list[Path]], typer.Option(
    "--actors", help="Your own actor table (TSV or PETRARCH .actors); repeatable.",
    exists=True, dir_okay=False)]


def build_settings(config: Config, workers: int | None, actors: Sequence[Path] | None,
                   published: str | None) -> Settings:
    from detente.settings import Settings

    chosen_published = published or config.published
    if chosen_published is not None:
        try:
            dt.date.fromisoformat(chosen_published)
        except ValueError:
            raise typer.BadParameter(f"not a date (YYYY-MM-DD): {chosen_published!r}",
                                     param_hint="--published") from None
    chosen_workers = workers or config.workers or 1
    if chosen_workers < 1:
        raise typer.BadParameter("workers must be at least 1", param_hint="--workers")
    return dataclasses.replace(Settings(), workers=chosen_workers,
                               actor_tables=tuple(actors or config.actors),
                               published=chosen_published)


def check_date(value: str, option: str) -> str:
    """A usage error (exit 2) unless `value` is YYYY, YYYY-MM or YYYY-MM-DD."""
    from detente.store import period_start

    try:
        period_start(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None
    return value


def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True, highlight=False)


def stdout_console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False, highlight=False)


# -- the stream: code inputs, report errors, count -----------------------------------------

@dataclasses.dataclass
class RunCounts:
    read: int = 0
    errors: int = 0
    events: int = 0


def code_stream(results: Iterable[CodedArticle | ReadError], err: Console,
                on_article: Callable[[CodedArticle], None]) -> RunCounts:
    """Hand each coded article on and print one stderr line per error (whitespace in the
    message collapsed, so a multi-line exception text stays one line)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from detente.records import ReadError

    counts = RunCounts()
    progress = Progress(SpinnerColumn(), TextColumn("coding"),
                        TextColumn("{task.completed} articles, {task.fields[events]} events"),
                        TimeElapsedColumn(), console=err, transient=True,
                        disable=not err.is_terminal)
    with progress:
        task = progress.add_task("coding", events=0)
        for result in results:
            if isinstance(result, ReadError):
                counts.errors += 1
                err.print(f"error: {' '.join(result.message().split())}", markup=False)
                continue
            counts.read += 1
            counts.events += len(result.events)
            on_article(result)
            progress.update(task, advance=1, events=counts.events)
    return counts


def finish(counts: RunCounts, err: Console) -> None:
    """Exit 1 when nothing at all could be read."""
    if counts.read == 0:
        err.print("error: no input could be read", markup=False)
        raise typer.Exit(1)


# -- commands ----------------------------------------------------------------------------

@app.command("code")
def code_command(
    inputs: InputsArg,
    published: PublishedOpt = None,
    output_format: Annotated[CodeFormat, typer.Option(
        "--format", help="jsonl: one schema object per line; table: for reading.",
    )] = CodeFormat.jsonl,
    workers: WorkersOpt = None,
    actors: ActorsOpt = None,
    min_confidence: MinConfidenceOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Code articles and write their events to stdout (JSONL by default)."""
    from detente import code_articles

    settings = build_settings(load_config(config), workers, actors, published)
    err = stderr_console()
    collected: list[dict[str, Any]] = []

    emitted = 0

    def emit(coded: CodedArticle) -> None:
        nonlocal emitted
        events = [e for e in coded.events if min_confidence is None or e.confidence >= min_confidence]
        emitted += len(events)
        if output_format is CodeFormat.jsonl:
            sys.stdout.write("".join(event.to_json_line() + "\n" for event in events))
        else:
            collected.extend(event.to_json() for event in events)

    counts = code_stream(code_articles(list(inputs), settings), err, emit)
    if output_format is CodeFormat.table:
        stdout_console().print(events_table(collected, f"{len(collected)} events"))
    kept = f" ({emitted} events at or above {min_confidence})" if min_confidence is not None else ""
    err.print(f"{counts.read} articles coded, {counts.events} events{kept}, {counts.errors} errors",
              markup=False)
    finish(counts, err)


@app.command("ingest")
def ingest_command(
    inputs: InputsArg,
    db: DbOpt = None,
    published: PublishedOpt = None,
    workers: WorkersOpt = None,
    actors: ActorsOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Code articles and store them; re-ingesting unchanged articles changes nothing."""
    import duckdb

    cfg = load_config(config)
    settings = build_settings(cfg, workers, actors, published)
    err = stderr_console()
    with open_or_exit(db or cfg.db, err, create=True) as store:
        try:
            counts, stats = ingest_into(store, inputs, settings, err)
        except duckdb.Error as exc:
            err.print(f"error: writing to {store.path} failed, that batch was rolled back and "
                      f"earlier ones are kept: {exc}", markup=False)
            raise typer.Exit(1) from None
        stdout_console().print(summary_table(counts, stats, store))
    finish(counts, err)


def ingest_into(store: Store, inputs: Sequence[str], settings: Settings,
                err: Console) -> tuple[RunCounts, WriteStats]:
    """Code and store in batches of `settings.batch_size`, each batch one transaction.

    Articles whose content hash is already stored are not coded again: re-ingesting a
    corpus costs only the reading.
    """
    from detente.ingest.readers import read_inputs
    from detente.pipeline import Coder
    from detente.records import Article
    from detente.store import WriteStats

    started = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    pending: list[CodedArticle] = []
    totals = WriteStats()
    unchanged = 0

    def new_or_changed(items: Iterable[Article | ReadError]) -> Iterator[Article | ReadError]:
        nonlocal unchanged
        for item in items:
            if isinstance(item, Article) and store.stored_hash(item.doc_id) == item.content_hash():
                unchanged += 1
            else:
                yield item

    def add(coded: CodedArticle) -> None:
        nonlocal totals
        pending.append(coded)
        if len(pending) >= settings.batch_size:
            totals = totals + store.write(pending)
            pending.clear()

    items = read_inputs(inputs, published=settings.published,
                        max_bytes=settings.max_article_bytes)
    counts = code_stream(Coder(settings).code_articles(new_or_changed(items)), err, add)
    if pending:
        totals = totals + store.write(pending)
    totals = totals + WriteStats(articles_unchanged=unchanged)
    counts = dataclasses.replace(counts, read=counts.read + unchanged)
    store.record_run(started, inputs, settings.coder, totals, counts.errors)
    return counts, totals


@app.command("events")
def events_command(
    db: DbOpt = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor country (ISO3, IGO, ...).")] = None,
    recipient: Annotated[Optional[str], typer.Option(help="Recipient country.")] = None,
    category: Annotated[Optional[str], typer.Option(help="PLOVER category, e.g. ASSAULT.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Event date from (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Event date until, inclusive.")] = None,
    limit: Annotated[Optional[int], typer.Option(min=0, help="At most this many events.")] = None,
    min_confidence: MinConfidenceOpt = None,
    output_format: Annotated[EventsFormat, typer.Option("--format")] = EventsFormat.table,
    config: ConfigOpt = None,
) -> None:
    """List stored events, filtered by countries, category and event date."""
    for value, option in ((since, "--since"), (until, "--until")):
        if value is not None:
            check_date(value, option)
    cfg = load_config(config)
    err = stderr_console()
    with open_or_exit(db or cfg.db, err, create=False) as store:
        events = store.events(actor=actor, recipient=recipient, category=category, since=since,
                              until=until, limit=limit, min_confidence=min_confidence)
    if output_format is EventsFormat.jsonl:
        sys.stdout.write("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events))
    elif output_format is EventsFormat.csv:
        write_csv(events, sys.stdout)
    else:
        stdout_console().print(events_table(events, f"{len(events)} events"))


@app.command("export")
def export_command(
    output_format: Annotated[ExportFormat, typer.Option("--format", help="jsonl, csv or parquet.")],
    out: Annotated[Path, typer.Option("--out", help="File to write.", dir_okay=False)],
    db: DbOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Write all stored events to a file (JSONL lines are the schema objects)."""
    cfg = load_config(config)
    err = stderr_console()
    with open_or_exit(db or cfg.db, err, create=False) as store:
        count = store.export(output_format.value, out)
    err.print(f"wrote {count} events to {out}", markup=False)


@app.command("demo")
def demo_command(
    articles: Annotated[Optional[Path], typer.Option(
        "--articles", file_okay=False,
        help="Directory of articles (default: examples/articles of the source checkout).")] = None,
    workers: WorkersOpt = None,
) -> None:
    """Code the bundled example articles into a throw-away database and show what came out."""
    import tempfile

    from detente.store import open_store

    directory = articles or default_examples()
    if not directory.is_dir():
        raise typer.BadParameter(
            f"no example articles at {directory}; pass --articles DIR", param_hint="--articles")
    settings = build_settings(Config(), workers, None, None)
    err = stderr_console()
    out = stdout_console()
    with tempfile.TemporaryDirectory(prefix="detente-demo-") as tmp:
        with open_store(Path(tmp) / "demo.duckdb") as store:
            counts, _ = ingest_into(store, [str(directory)], settings, err)
            out.print(f"\nCoded {counts.read} articles from {directory}: {counts.events} events.\n")
            pairs = store.pair_counts()
            table = pairs_table(pairs[:DEMO_PAIRS])
            table.caption = f"the {min(len(pairs), DEMO_PAIRS)} busiest of {len(pairs)} pairs"
            out.print(table)
            out.print("\nA few of the events, with the word that triggered each in bold:\n")
            for event in sorted(sample_events(store.events()), key=date_key):
                out.print(event_card(event))
    out.print(f"To keep and query them: detente ingest {directory} --db news.duckdb, then "
              "detente events --db news.duckdb --actor PRK (see docs/usage.md).")
    finish(counts, err)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file.", exists=True, dir_okay=False)],
    half: Annotated[Optional[EvalHalf], typer.Option(
        "--half", help="Score one fixed half of the file (by a hash of the ids).")] = None,
    actors: ActorsOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Score the coder against a gold file of sentences and their events."""
    from detente.evaluate import evaluate_file, pipeline_coder, render_report

    settings = build_settings(load_config(config), 1, actors, None)
    coder = pipeline_coder(settings)
    typer.echo(render_report(evaluate_file(gold, coder, half.value if half else None)))


@app.callback(invoke_without_command=True)
def main_callback(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    if version:
        from detente import __version__

        typer.echo(f"detente {__version__}")
        raise typer.Exit()


# -- helpers -----------------------------------------------------------------------------

def open_or_exit(db: Path | None, err: Console, create: bool) -> Store:
    """Open the store, or exit 1 with one line when it is missing or locked by another process."""
    import duckdb

    from detente.settings import default_db_path
    from detente.store import open_store

    path = db or default_db_path()
    if not create and not path.is_file():
        err.print(f"error: no database at {path}; run `detente ingest` first", markup=False)
        raise typer.Exit(1)
    try:
        return open_store(path)
    except duckdb.Error as exc:
        err.print(f"error: cannot open {path}: {exc}", markup=False)
        raise typer.Exit(1) from None


def default_examples() -> Path:
    """examples/articles of the source checkout (src/detente/cli.py -> repository root)."""
    return Path(__file__).resolve().parents[2] / "examples" / "articles"


def codes(entities: Iterable[dict[str, Any]]) -> str:
    return ", ".join(e["code"] for e in entities) or "-"


def date_key(event: dict[str, Any]) -> str:
    return event.get("date") or "9999"


def highlight(sentence: str, trigger: str | None) -> Text:
    """The sentence with the trigger (or else its first word) in bold, whole words only."""
    import re

    from rich.text import Text

    text = Text(sentence)
    words = (trigger or "").split()
    for needle in (" ".join(words), words[0] if words else ""):
        found = re.search(rf"\b{re.escape(needle)}\b", sentence, flags=re.I) if needle else None
        if found:
            text.stylize("bold reverse", found.start(), found.end())
            break
    return text


def events_table(events: Sequence[dict[str, Any]], title: str) -> Any:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title)
    for column in ("date", "actor", "event", "recipient", "sentence"):
        table.add_column(column, overflow="fold")
    for e in events:
        label = e["event"] + (" (not)" if e["negated"] else "")
        if e["modality"] != "asserted":
            label += f" ({e['modality']})"
        table.add_row(e["date"] or "?", codes(e["actor"]),
                      Text(label, style=QUAD_STYLES[e["quad_code"]]), codes(e["recipient"]),
                      highlight(" ".join(e["text"].split()), e["trigger"]))
    return table


def summary_table(counts: RunCounts, stats: WriteStats, store: Store) -> Any:
    """What an ingest did, and what the database now holds."""
    from rich.table import Table

    totals = store.counts()
    table = Table(title=f"Ingested into {store.path}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (("articles new", stats.articles_new),
                         ("articles changed (events replaced)", stats.articles_changed),
                         ("articles unchanged (skipped)", stats.articles_unchanged),
                         ("events written", stats.events_written),
                         ("events removed", stats.events_removed),
                         ("inputs that could not be read", counts.errors),
                         ("articles in the database", totals["articles"]),
                         ("events in the database", totals["events"])):
        table.add_row(label, str(value))
    return table


def pairs_table(pairs: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title="Events per pair of countries (actor -> recipient)")
    table.add_column("actor -> recipient")
    table.add_column("events", justify="right")
    for quad in (1, 2, 3, 4):
        table.add_column(QUAD_NAMES[quad], justify="right", style=QUAD_STYLES[quad])
    for p in pairs:
        table.add_row(f"{p['actor']} -> {p['recipient']}", str(p["events"]),
                      str(p["verbal_cooperation"]), str(p["material_cooperation"]),
                      str(p["verbal_conflict"]), str(p["material_conflict"]))
    return table


def sample_events(events: Sequence[dict[str, Any]], n: int = 8) -> list[dict[str, Any]]:
    """A few confident events between two countries, quad classes in turn, no pair twice."""
    def countries(entities: Iterable[dict[str, Any]]) -> frozenset[str]:
        return frozenset(e["country"] for e in entities if e["country"])

    def between_countries(e: dict[str, Any]) -> bool:
        actors, recipients = countries(e["actor"]), countries(e["recipient"])
        return bool(actors and recipients and actors != recipients) and not e["negated"]

    queues = {quad: sorted((e for e in events if e["quad_code"] == quad and between_countries(e)),
                           key=lambda e: -e["confidence"])
              for quad in (1, 2, 3, 4)}
    chosen: list[dict[str, Any]] = []
    seen_pairs: set[tuple[frozenset[str], frozenset[str]]] = set()
    while len(chosen) < n and any(queues.values()):
        for queue in queues.values():
            while queue and len(chosen) < n:
                event = queue.pop(0)
                pair = (countries(event["actor"]), countries(event["recipient"]))
                if pair not in seen_pairs:
                    seen_pairs.add(pair)
                    chosen.append(event)
                    break
    return chosen


def event_card(event: dict[str, Any]) -> Any:
    """date  actor -> CATEGORY -> recipient, then the evidence sentence with its trigger."""
    from rich.text import Text

    quad = event["quad_code"]
    head = Text(f"{event['date'] or 'undated':<12}")
    head.append(codes(event["actor"]), style="bold")
    head.append(" -> ")
    head.append(event["event"], style=QUAD_STYLES[quad])
    head.append(" -> ")
    head.append(codes(event["recipient"]), style="bold")
    head.append(f"   ({QUAD_NAMES[quad]})", style="dim")
    body = Text("    ")
    body.append_text(highlight(" ".join(event["text"].split()), event["trigger"]))
    body.append(f"  [{event['doc_id']}]", style="dim")
    return Text("\n").join([head, body, Text("")])


def write_csv(events: Sequence[dict[str, Any]], stream: Any) -> None:
    """Flat CSV of schema objects: entity lists become ';'-joined codes."""
    import csv

    writer = csv.DictWriter(stream, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        row = {key: e.get(key) for key in CSV_FIELDS}
        row["actor_codes"] = ";".join(a["code"] for a in e["actor"])
        row["recipient_codes"] = ";".join(r["code"] for r in e["recipient"])
        row["location"] = (e.get("location") or {}).get("name")
        writer.writerow(row)


def main() -> None:
    """Console-script entry point."""
    app()

"""Defaults for the command line, read from a TOML file (`--config FILE` or ./detente.toml)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from pathlib import Path

import typer

CONFIG_NAME = "detente.toml"
CONFIG_KEYS = {"db", "workers", "actors", "published"}


@dataclasses.dataclass(frozen=True)
class Config:
    """Defaults read from detente.toml; command-line options win over them."""

    db: Path | None = None
    workers: int | None = None
    actors: tuple[Path, ...] = ()
    published: str | None = None


def load_config(path: Path | None) -> Config:
    """`--config FILE`, else ./detente.toml when present, else no defaults.

    Relative paths in the file (db, actors) are taken from the file's own directory.
    """
    if path is None:
        path = Path(CONFIG_NAME)
        if not path.is_file():
            return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise config_error(path, f"cannot be read: {exc}") from None
    unknown = sorted(set(data) - CONFIG_KEYS)
    if unknown:
        raise config_error(path, f"unknown keys {unknown}; known: {sorted(CONFIG_KEYS)}")
    db, workers = data.get("db"), data.get("workers")
    published = data.get("published")
    actors = data.get("actors", [])
    actors = [actors] if isinstance(actors, str) else actors
    if isinstance(published, dt.date):  # an unquoted TOML date
        published = published.isoformat()
    if not isinstance(db, (str, type(None))) or not isinstance(published, (str, type(None))):
        raise config_error(path, "db and published must be strings")
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool)):
        raise config_error(path, "workers must be a whole number")
    if not isinstance(actors, list) or not all(isinstance(a, str) for a in actors):
        raise config_error(path, "actors must be a list of paths")
    tables = tuple(path.parent / a for a in actors)
    missing = [str(t) for t in tables if not t.is_file()]
    if missing:
        raise config_error(path, f"actor tables not found: {missing}")
    return Config(db=path.parent / db if db else None, workers=workers, actors=tables,
                  published=published)


def config_error(path: Path, problem: str) -> typer.BadParameter:
    return typer.BadParameter(f"{path}: {problem}", param_hint="--config")



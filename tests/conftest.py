"""Shared fixtures: the spaCy pipeline (loaded once) and access to ../shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from detente.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip with a reason when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: shared gold data and corpora are needed")
    return SHARED


def shared_file(relative: str) -> Path:
    """A file under ../shared, or skip the calling test with the reason."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} absent: this test needs the shared data beside the project")
    return path

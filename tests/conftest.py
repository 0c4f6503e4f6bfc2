"""Shared fixtures: settings, the spaCy pipeline (loaded once), and the ../shared data when present."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dragoman.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(progress=False)


@pytest.fixture(scope="session")
def nlp(settings: Settings) -> Any:
    from dragoman.extract.nlp import load_nlp

    return load_nlp(settings.spacy_model)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's ../shared folder (seeds, gold, spec); tests that need it skip without it."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present beside the project")
    return SHARED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES

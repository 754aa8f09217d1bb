"""Shared fixtures, defined once: the real spaCy pipeline, the gazetteer, stores, the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from diplograph.gazetteer import Gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SAMPLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full pipeline on the real statistical model (installed from PyPI by the project)."""
    from diplograph.extract.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """An on-disk store holding every sample article, ingested once per test session."""
    from diplograph.articles import read_articles
    from diplograph.ingest import ingest_articles
    from diplograph.store import open_store

    path = tmp_path_factory.mktemp("store") / "samples"
    store = open_store(path)
    report = ingest_articles(store, read_articles([SAMPLES]), nlp)
    assert report.ok, [str(f) for f in report.failed]
    store.close()
    return path


@pytest.fixture()
def memory_store() -> Iterator[object]:
    from diplograph.store import open_store

    store = open_store("memory:")
    yield store
    store.close()

"""Fixtures for the ingest tests: our data folder, the shared folder (fails under CI=true when missing)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def shared_dir() -> Path:
    shared = (Path(__file__).resolve().parents[2] / ".." / "shared").resolve()
    if not shared.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the shared folder {shared} is missing (CI=true)")
        pytest.skip(f"the shared folder {shared} is missing")
    return shared

"""The reliability suite: hypothesis without a database folder (CI runs from a clean clone), and a
store shared by the examples of a module (a new store costs ~1 s; each example checks its own
before/after)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).parent))

settings.register_profile(
    "migkg",
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
settings.load_profile("migkg")


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from migkg.graph.store import GraphStore

    path = tmp_path_factory.mktemp("reliability") / "store"
    GraphStore(path).close()
    return path

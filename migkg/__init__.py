"""migkg: a knowledge graph of EU-funded migration projects (who funded what, with evidence).

In Python, `kg = migkg.open("./migkg-store")` opens a store: see `migkg.api`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("migkg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

if TYPE_CHECKING:
    from migkg.api import KnowledgeGraph as KnowledgeGraph
    from migkg.api import open as open

# `open` is public (`migkg.open`) but left out of `__all__`, so `from migkg import *` never hides the
# built-in `open`.
__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name: str) -> Any:
    """`migkg.open` and `migkg.KnowledgeGraph`, imported on first use (so `migkg --help` stays quick)."""
    if name in ("open", "KnowledgeGraph"):
        from migkg import api

        return getattr(api, name)
    raise AttributeError(f"module 'migkg' has no attribute {name!r}")

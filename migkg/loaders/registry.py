"""Which loader reads which input. Loaders register through the `migkg.loaders` entry-point group
(see pyproject.toml), the way rdflib registers parsers: adding one touches no other loader.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points

from migkg.errors import MigkgError, UnsupportedFormatError
from migkg.loaders.base import Input, Loader

ENTRY_POINT_GROUP = "migkg.loaders"


@cache
def loaders() -> dict[str, Loader]:
    """All registered loaders by name, instantiated once."""
    found: dict[str, Loader] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            found[ep.name] = ep.load()()
        except Exception as exc:  # a broken plugin is named, not hidden behind a traceback
            raise MigkgError(f"loader plugin {ep.name!r} ({ep.value}) failed to load: {exc}") from exc
    if not found:
        raise MigkgError("no loaders are registered: install migkg (pip install -e .) so its entry points exist")
    return found


def loader_for(inp: Input, name: str | None = None) -> Loader:
    """The loader named `name`, else the one registered for the input's suffix, else the first that
    recognises the content (stdin, files without a suffix)."""
    registered = loaders()
    if name is not None:
        try:
            return registered[name]
        except KeyError:
            known = ", ".join(sorted(registered))
            raise UnsupportedFormatError(inp.name, f"unknown loader {name!r} (known: {known})") from None
    suffix = inp.suffix
    for loader in registered.values():
        if suffix and suffix in loader.suffixes:
            return loader
    if not suffix or inp.path is None:
        for loader in registered.values():
            if loader.sniff(inp):
                return loader
    suffixes = ", ".join(sorted({s for ld in registered.values() for s in ld.suffixes}))
    what = f"unknown file kind {suffix!r}" if suffix else "cannot tell what kind of input this is"
    raise UnsupportedFormatError(inp.name, f"{what} (migkg reads {suffixes})")


def supported_suffixes() -> set[str]:
    return {s for loader in loaders().values() for s in loader.suffixes}

"""Compiled regular expressions kept on disk between runs, for those whose compilation makes up a
load's start-up, before any worker can start: spaCy's French tokenizer builds a 1.4 MB pattern (its
TOKEN_MATCH) when it is imported (1.8 s), and the extractor's cue and period patterns, a few hundred
per language (0.1-0.2 s each language), call `compile_cached` themselves.

Python's `re` keeps compiled patterns only in memory. While spaCy builds a pipeline
(`precompiled_regexes`), `re.compile` of a pattern of BIG characters or more looks for the code
Python's regex compiler made of it in an earlier run (the same pattern, flags and Python build) and
gives it to the regex engine (`_sre.compile`, what `re.compile` itself ends with). On a miss the
pattern is compiled by `re.compile`, and once more step by step to get its code, which is saved
only if the two patterns are equal (a pattern compares its code). Anything unexpected (another
Python, a cache that cannot be read or written) falls back to `re.compile`.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Characters of pattern from which `precompiled_regexes` uses the cache: spaCy's prefix, suffix and
# infix patterns (11,000 to 22,000 characters, 0.01 to 0.1 s each, 0.35 s for the five languages
# of a load's start-up) and its French TOKEN_MATCH; shorter ones compile in a few milliseconds.
BIG = 10_000
CACHE_VERSION = 1


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/migkg/regex` (`~/.cache/migkg/regex`)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "migkg" / "regex"


def _engine() -> tuple[Any, Any, Any] | None:
    """CPython's regex parser, compiler and engine, when they are the ones this module knows."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    if not (hasattr(_compiler, "_code") and hasattr(_parser, "parse") and hasattr(_sre, "compile")):
        return None
    return _sre, _compiler, _parser


def _code_array() -> array.array | None:
    import _sre

    for typecode in "IL":
        if array.array(typecode).itemsize == _sre.CODESIZE:
            return array.array(typecode)
    return None


def _key(pattern: str, flags: int) -> str:
    import _sre

    build = f"{CACHE_VERSION}\0{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{flags}\0"
    return hashlib.sha256(build.encode() + pattern.encode("utf-8", "surrogatepass")).hexdigest()


def _load(path: Path, pattern: str) -> re.Pattern[str] | None:
    engine, code = _engine(), _code_array()
    if engine is None or code is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        header, _, body = data.partition(b"\n")
        meta = json.loads(header)
        code.frombytes(body)
        return engine[0].compile(
            pattern,
            meta["flags"],
            code.tolist(),
            meta["groups"] - 1,
            meta["groupindex"],
            tuple(meta["indexgroup"]),
        )
    except (ValueError, TypeError, KeyError, RuntimeError):
        return None  # a damaged or foreign file: compiled anew, and saved over


def _save(path: Path, pattern: str, flags: int, compiled: re.Pattern[str]) -> None:
    """Compile `pattern` step by step as `re` does, and save its code if the result equals
    `compiled` (what `re.compile` gave)."""
    engine, code = _engine(), _code_array()
    if engine is None or code is None:
        return
    sre, compiler, parser = engine
    parsed = parser.parse(pattern, flags)
    code.extend(compiler._code(parsed, flags))
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags = flags | parsed.state.flags
    mine = sre.compile(pattern, final_flags, code.tolist(), parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if mine != compiled:
        return
    meta = {"flags": final_flags, "groups": parsed.state.groups, "groupindex": groupindex, "indexgroup": indexgroup}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f".{path.name}.{os.getpid()}")
        part.write_bytes(json.dumps(meta).encode() + b"\n" + code.tobytes())
        os.replace(part, path)


def compile_cached(pattern: str, flags: int = 0, *, compile: Any = re.compile) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, its code read from the cache when an earlier run saved it."""
    flags = int(flags)
    if _engine() is None or _code_array() is None:
        return compile(pattern, flags)
    try:
        path = cache_dir() / f"{_key(pattern, flags)}.sre"
    except (RuntimeError, KeyError):  # no home directory to keep a cache in
        return compile(pattern, flags)
    cached = _load(path, pattern)
    if cached is not None:
        return cached
    compiled = compile(pattern, flags)
    _save(path, pattern, flags, compiled)
    return compiled


@contextlib.contextmanager
def precompiled_regexes() -> Iterator[None]:
    """Within: `re.compile` of a str pattern of BIG characters or more goes through `compile_cached`."""
    real = re.compile

    def compile(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is str and len(pattern) >= BIG:
            return compile_cached(pattern, flags, compile=real)
        return real(pattern, flags)

    re.compile = compile  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = real  # type: ignore[assignment]

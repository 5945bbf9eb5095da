"""Turn the paths a user gives (files, folders, `-` for stdin) into `Input`s, lazily, one at a time,
so a folder of thousands of articles is never held in memory at once."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from migkg.errors import InputError
from migkg.loaders.base import Input

# A file larger than this is refused rather than read (`migkg load --max-size`): a file is read
# whole (its hash identifies it), so this bounds the memory a load takes.
MAX_INPUT_BYTES = 100 * 1024 * 1024
_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "KIB": 1024, "M": 1024**2, "MB": 1024**2, "MIB": 1024**2}
_UNITS |= {"G": 1024**3, "GB": 1024**3, "GIB": 1024**3}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*")


def parse_size(text: str) -> int:
    """A size as a user writes it: `100M`, `1.5G`, `512k`, `2048` (bytes). Units are powers of 1024.
    `ValueError` for anything else."""
    match = _SIZE.fullmatch(text)
    unit = match.group(2).upper() if match else ""
    if not match or unit not in _UNITS:
        raise ValueError(f"{text!r} is not a size (such as 100M, 1G, 512K)")
    return int(float(match.group(1)) * _UNITS[unit])


def format_size(n: int) -> str:
    """`100 MiB`, `1.5 GiB`, `512 KiB`, `10 bytes`."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def expand_paths(paths: Iterable[str | Path], suffixes: set[str]) -> list[str | Path]:
    """Files as given; folders replaced by the files below them whose suffix a loader reads, sorted;
    `-` kept for stdin. A path that does not exist is kept, to be reported when it is read."""
    out: list[str | Path] = []
    for raw in paths:
        if str(raw) == "-":
            out.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in suffixes
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            out.append(path)
    return out


def read_inputs(
    paths: Iterable[str | Path],
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
    options: Mapping[str, Any] | None = None,
) -> Iterator[Input | InputError]:
    """Read each path; an unreadable one yields an `InputError` naming it instead of stopping the batch.
    `options` go to the loaders with every input (see `Input.options`)."""
    options = dict(options or {})
    for item in paths:
        if str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield InputError("<stdin>", f"too large: over the {format_size(max_bytes)} limit (--max-size)")
                continue
            yield Input(name="<stdin>", data=data, options=options)
            continue
        path = Path(item)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                yield InputError(
                    path, f"too large: {format_size(size)}, over the {format_size(max_bytes)} limit (--max-size)"
                )
                continue
            yield Input.from_path(path, options)
        except FileNotFoundError:
            yield InputError(path, "no such file or folder")
        except IsADirectoryError:
            yield InputError(path, "is a folder")
        except PermissionError:
            yield InputError(path, "permission denied")
        except OSError as exc:
            yield InputError(path, f"cannot read ({exc.strerror or exc})")

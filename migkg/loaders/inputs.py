"""Turn the paths a user gives (files, folders, `-` for stdin) into `Input`s, lazily, one at a time,
so a folder of thousands of articles is never held in memory at once."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from migkg.errors import InputError
from migkg.loaders.base import Input

# A file larger than this is refused rather than read (a 20 MB "article" is not an article).
MAX_INPUT_BYTES = 256 * 1024 * 1024


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
            yield Input(name="<stdin>", data=stream.read(), options=options)
            continue
        path = Path(item)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                yield InputError(
                    path,
                    f"too large ({size // (1024 * 1024)} MiB; the limit is {max_bytes // (1024 * 1024)} MiB)",
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

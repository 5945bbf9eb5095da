"""Writing files safely: whole or not at all."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from migkg.errors import MigkgError


def write_text_whole(path: Path, text: str) -> None:
    """Write a file whole or not at all (a temporary file, then a rename); `MigkgError` naming it
    if it cannot be written."""
    write_parts_whole(path, (text,))


def write_parts_whole(path: Path, parts: Iterable[str]) -> None:
    """`write_text_whole` of the parts one after the other (a large text need not be joined first)."""
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            for part in parts:
                fh.write(part)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise MigkgError(f"{path}: cannot write ({exc.strerror or exc})") from exc

"""Writing files safely: whole or not at all."""

from __future__ import annotations

from pathlib import Path

from migkg.errors import MigkgError


def write_text_whole(path: Path, text: str) -> None:
    """Write a file whole or not at all (a temporary file, then a rename); `MigkgError` naming it
    if it cannot be written."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise MigkgError(f"{path}: cannot write ({exc.strerror or exc})") from exc

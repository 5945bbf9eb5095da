"""One writer, many readers: the writer's pid file and the snapshots readers open.

RocksDB's own `LOCK` file is the real lock: one process at a time opens a store for writing. migkg
adds, inside the store folder:

- `migkg-writer.pid`: the writing process's pid, created atomically when a writer opens and removed
  when it closes, so a second writer is told who holds the store. A file naming a pid that no longer
  runs is stale (a crash, kill -9): it is reported, then replaced, since RocksDB's lock is free.
- `migkg-snapshots/`: while a writer has the store open, it keeps a checkpoint of the last committed
  state there (RocksDB hard links, a few milliseconds). Readers open the newest one read-only:
  pyoxigraph's `Store.read_only` on a store another process is writing is undefined behaviour (we saw
  it hang and grow without bound), while a checkpoint never changes.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
import weakref
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from migkg.errors import StoreBusyError, StoreError

PID_FILE = "migkg-writer.pid"
SNAPSHOTS = "migkg-snapshots"
POLL = 0.1  # seconds between two looks at a busy lock
_HELD: weakref.WeakValueDictionary[Path, Any] = weakref.WeakValueDictionary()  # our open writers


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_pid(path: Path) -> int | None:
    """The pid in a store's pid file, or None when there is none (or it cannot be read)."""
    try:
        text = (path / PID_FILE).read_text(encoding="utf-8").split()
    except OSError:
        return None
    return int(text[0]) if text and text[0].isdigit() else None


def writer_pid(path: Path) -> int | None:
    """The pid of a live migkg process writing the store at `path`, else None."""
    pid = read_pid(path)
    return pid if pid is not None and pid != os.getpid() and pid_alive(pid) else None


def rocksdb_locked(path: Path) -> bool:
    """Whether another process holds RocksDB's lock on the store (a POSIX lock on `LOCK`). Only for
    stores this process does not hold: closing our descriptor would drop our own lock too."""
    try:
        fd = os.open(path / "LOCK", os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # releases the test lock
    return False


def busy(path: Path, pid: int | None) -> StoreBusyError:
    who = f"another migkg process (pid {pid})" if pid else "another process"
    return StoreBusyError(f"{path} is being written by {who}; try again when it ends, or use --wait", pid=pid)


def acquire(path: Path, owner: Any, wait: float = 0.0) -> str | None:
    """Write our pid file, atomically. Waits up to `wait` seconds for a live writer to end, else
    raises `StoreBusyError`. Returns a note when a stale file (a writer that ended without closing
    the store) was found and replaced."""
    deadline = time.monotonic() + wait
    target = path / PID_FILE
    if _HELD.get(path.resolve()) is not None:
        raise StoreBusyError(f"{path} is already open for writing in this process; close it first", pid=os.getpid())
    while True:
        try:
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            pid = read_pid(path)
            if pid == os.getpid():  # left by a store of ours that was never closed
                target.unlink(missing_ok=True)
                continue
            # Alive and holding RocksDB's lock (or just opening it); else the pid was reused.
            if pid is not None and pid_alive(pid) and (rocksdb_locked(path) or _young(target)):
                if time.monotonic() >= deadline:
                    raise busy(path, pid) from None
                time.sleep(POLL)
                continue
            if pid is None and time.monotonic() < deadline and _young(target):
                time.sleep(POLL)  # being written by a writer that is opening right now
                continue
            # Stale: its process is gone. RocksDB's lock (opened next) says whether the store is free.
            tmp = path / f"{PID_FILE}.{os.getpid()}"
            tmp.write_text(f"{os.getpid()}\n", encoding="utf-8")
            os.replace(tmp, target)
            _HELD[path.resolve()] = owner
            who = f"pid {pid}" if pid is not None else "pid unknown"
            return (
                f"a previous migkg process ({who}) ended without closing {path}; its lock was free, "
                "so the store opens as it was left (an interrupted load is dropped)"
            )
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()}\n")
        _HELD[path.resolve()] = owner
        return None


def _young(file: Path) -> bool:
    try:
        return time.time() - file.stat().st_mtime < 2
    except OSError:
        return False


def release(path: Path) -> None:
    """Remove our pid file (only if it is still ours) and the snapshots."""
    _HELD.pop(path.resolve(), None)
    shutil.rmtree(path / SNAPSHOTS, ignore_errors=True)
    if read_pid(path) == os.getpid():
        (path / PID_FILE).unlink(missing_ok=True)


def snapshot(store: ox.Store, path: Path, keep: int = 2) -> Path:
    """Checkpoint the committed state into a new snapshot folder; keep the newest `keep`."""
    folder = path / SNAPSHOTS
    folder.mkdir(exist_ok=True)
    existing = sorted(_snapshots(folder))
    number = existing[-1][0] + 1 if existing else 1
    tmp = folder / f".{number:09d}.part"
    shutil.rmtree(tmp, ignore_errors=True)
    store.backup(str(tmp))
    tmp.rename(folder / f"{number:09d}")
    for _, old in existing[: max(0, len(existing) + 1 - keep)]:
        shutil.rmtree(old, ignore_errors=True)
    return folder / f"{number:09d}"


def _snapshots(folder: Path) -> list[tuple[int, Path]]:
    try:
        return [(int(p.name), p) for p in folder.iterdir() if p.name.isdigit()]
    except OSError:
        return []


def open_snapshot(path: Path, pid: int, wait: float = 5.0) -> ox.Store:
    """The newest snapshot of a store a writer holds, opened read-only; it may be replaced while we
    open it, so a failed open tries the next newest."""
    deadline = time.monotonic() + wait
    while True:
        for _, snap in sorted(_snapshots(path / SNAPSHOTS), reverse=True):
            try:
                return ox.Store.read_only(str(snap))
            except OSError:
                continue
        if time.monotonic() >= deadline or not pid_alive(pid):
            raise StoreError(
                f"{path}: being written by another migkg process (pid {pid}), which has not yet "
                "made its state readable; try again in a moment"
            )
        time.sleep(POLL)

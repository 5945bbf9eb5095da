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

import contextlib
import fcntl
import os
import shutil
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from migkg.errors import StoreBusyError, StoreError

PID_FILE = "migkg-writer.pid"
SNAPSHOTS = "migkg-snapshots"
READERS = "migkg-readers.lock"  # in each snapshot: readers hold it shared, a remover exclusive
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


def active_writer(path: Path) -> int | None:
    """The pid of a process writing the store now, this one included."""
    pid = read_pid(path)
    if pid == os.getpid():
        return pid if _HELD.get(path.resolve()) is not None else None
    if pid is None or not pid_alive(pid):
        return None
    # A live pid that does not hold RocksDB's lock is another program's, reused after a crash.
    return pid if rocksdb_locked(path) or _young(path / PID_FILE) else None


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
    """Remove our pid file (only if it is still ours) and the snapshots no reader holds."""
    _HELD.pop(path.resolve(), None)
    prune(path, keep=None)
    if read_pid(path) == os.getpid():
        (path / PID_FILE).unlink(missing_ok=True)


def snapshot(store: ox.Store, path: Path) -> Path:
    """Checkpoint the committed state into a new snapshot folder; remove the older ones no reader
    holds."""
    folder = path / SNAPSHOTS
    folder.mkdir(exist_ok=True)
    existing = sorted(_snapshots(folder))
    number = existing[-1][0] + 1 if existing else 1
    tmp = folder / f".{number:09d}.part"
    shutil.rmtree(tmp, ignore_errors=True)
    _backup_into(store, folder, tmp)
    new = folder / f"{number:09d}"
    tmp.rename(new)
    prune(path, keep=new)
    return new


def _backup_into(store: ox.Store, folder: Path, target: Path) -> None:
    """Checkpoint `store` into `target` inside the snapshots `folder`. Another reader closing, or a
    writer pruning, removes the folder when it is empty, also between our making it and the
    checkpoint's: made again, the checkpoint goes through (a writer's and a reader's alike)."""
    for attempt in range(3):
        folder.mkdir(exist_ok=True)
        try:
            store.backup(str(target))
            return
        except OSError:
            shutil.rmtree(target, ignore_errors=True)
            if folder.exists() or attempt == 2:
                raise


def prune(path: Path, keep: Path | None) -> None:
    """Remove every snapshot but `keep` that no reader holds (private ones of readers too, once they
    are a minute old: a reader holds its own as soon as it has made it)."""
    folder = path / SNAPSHOTS
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry == keep or (entry.name.startswith(".") and _age(entry) < 60):
            continue
        _remove_unused(entry)
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when empty


def _age(file: Path) -> float:
    try:
        return time.time() - file.stat().st_mtime
    except OSError:
        return 0.0


def _remove_unused(snap: Path) -> None:
    try:
        fd = os.open(snap / READERS, os.O_CREAT | os.O_RDWR, 0o644)
    except OSError:
        shutil.rmtree(snap, ignore_errors=True)
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return  # a reader holds it: a later writer removes it
    try:
        shutil.rmtree(snap, ignore_errors=True)
    finally:
        os.close(fd)


def _hold(snap: Path) -> int | None:
    """Hold a snapshot for reading (a shared lock), so no writer removes it; None when it is going."""
    try:
        fd = os.open(snap / READERS, os.O_CREAT | os.O_RDWR, 0o644)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    if not (snap / "CURRENT").is_file():
        os.close(fd)
        return None
    return fd


def _snapshots(folder: Path) -> list[tuple[int, Path]]:
    try:
        return [(int(p.name), p) for p in folder.iterdir() if p.name.isdigit()]
    except OSError:
        return []


@dataclass
class Reading:
    """A read-only store and what keeps it readable: the held snapshot (closed by `close`)."""

    store: ox.Store
    fd: int | None = None
    private: Path | None = None

    def close(self) -> None:
        del self.store
        if self.fd is not None:
            os.close(self.fd)
        if self.private is not None:
            shutil.rmtree(self.private, ignore_errors=True)
            with contextlib.suppress(OSError):
                self.private.parent.rmdir()  # only when empty


def open_for_reading(path: Path, wait: float = 5.0) -> Reading:
    """The last committed state of a store, opened read-only and safe from any writer.

    pyoxigraph's `Store.read_only` on a store another process writes is undefined behaviour (we saw
    it hang, grow without bound, and fail when compaction removed files). So a reader opens a
    checkpoint: while a migkg writer runs, the newest one it made; else a private one it makes
    itself (hard links, a few milliseconds), removed when it closes. Either is held with a shared
    lock, so no writer removes it under the reader. If the store's folder cannot be written, the
    store itself is opened read-only."""
    deadline = time.monotonic() + wait
    while True:
        pid = active_writer(path)
        if pid:
            for _, snap in sorted(_snapshots(path / SNAPSHOTS), reverse=True):
                fd = _hold(snap)
                if fd is None:
                    continue
                try:
                    return Reading(ox.Store.read_only(str(snap)), fd)
                except OSError:
                    os.close(fd)
        else:
            try:
                return _private(path)
            except PermissionError:
                return Reading(ox.Store.read_only(str(path)))
            except OSError:
                if active_writer(path) is None:
                    raise  # not a writer starting meanwhile: a real problem
        if time.monotonic() >= deadline:
            raise StoreError(
                f"{path}: being written by another migkg process (pid {pid}), which has not yet "
                "made its state readable; try again in a moment"
            )
        time.sleep(POLL)


def _private(path: Path) -> Reading:
    folder = path / SNAPSHOTS
    private = folder / f".reader-{os.getpid()}-{uuid.uuid4().hex[:12]}"
    main = ox.Store.read_only(str(path))
    try:
        _backup_into(main, folder, private)
    finally:
        del main
    fd = _hold(private)
    try:
        return Reading(ox.Store.read_only(str(private)), fd, private)
    except OSError:
        if fd is not None:
            os.close(fd)
        shutil.rmtree(private, ignore_errors=True)
        raise

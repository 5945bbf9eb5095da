"""Starting the fork server of `migkg load --jobs N` (see `migkg.loaders.read.worker_pool`) and
counting cores: apart from the rest of the loaders, so that the command starts the server before
importing anything heavy. Its warm-up is what the first worker waits for, so every tenth of a
second it starts earlier is one the whole load ends sooner."""

from __future__ import annotations

import multiprocessing
import os


def start_worker_server() -> None:
    """Start the fork server of `worker_pool` now, without waiting for it: it spends seconds importing
    and warming up the extractor (`migkg.loaders.warm`), which then overlaps with what this process
    does meanwhile (importing, opening the store, reading its user reference data). Idempotent."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["migkg.loaders.warm"])
    from multiprocessing import forkserver

    forkserver.ensure_running()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
